"""The reader's widgets: the library and article panes and the side panels."""
