"""The sample articles shipped with newsreader, imported into an empty library once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article import Article
    from .library import Library


def seeds_folder() -> Path:
    here = Path(__file__).resolve().parent
    # installed: the wheel puts seeds/ inside the package; from a checkout it sits beside it
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the seeds folder is missing from this installation")


def seed_articles() -> list[Article]:
    from .article import Article
    from .ingest import ImportOptions, read_sources  # only for a new library: the reader checks every start

    files = sorted(seeds_folder().glob("*.txt"))
    return [item for item in read_sources(files, ImportOptions()) if isinstance(item, Article)]


def ensure_seeded(library: Library) -> int:
    """Import the seeds into a new, empty library. Returns how many were imported."""
    return library.seed(seed_articles)
