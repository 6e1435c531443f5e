"""Screens pushed over the reader: the library-wide views."""
