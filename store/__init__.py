"""newsreader's core: articles, import, analysis and the library on disk. Never imports Textual.

Importing the package imports nothing else: the reader paints before it reads the library.
"""

__version__ = "0.1.0"
