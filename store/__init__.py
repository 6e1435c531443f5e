"""newsreader's core: articles, import, analysis and the library on disk. Never imports Textual."""

from .article import Article, ArticleInfo, ReadingState
from .errors import NewsreaderError
from .library import Library

__version__ = "0.1.0"
__all__ = ["Article", "ArticleInfo", "Library", "NewsreaderError", "ReadingState", "__version__"]
