"""Where the library lives: the user's data folder, or --db / NEWSREADER_DB."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DB = "NEWSREADER_DB"


def default_db() -> Path:
    from platformdirs import user_data_path

    return user_data_path("newsreader", appauthor=False) / "library.json"


def resolve_db(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """--db wins over NEWSREADER_DB, which wins over the user data folder."""
    value = cli_value or os.environ.get(ENV_DB)
    return Path(value).expanduser() if value else default_db()


@dataclass(frozen=True)
class LibraryPaths:
    """The main file and its companions, named after it: library.json → library.texts/ …"""

    index: Path

    @property
    def _base(self) -> Path:
        return self.index.with_suffix("") if self.index.suffix else self.index

    @property
    def segments(self) -> Path:
        """The index's rows, keys and log, one set of files per generation."""
        return self._base.with_name(self._base.name + ".index")

    @property
    def facets_log(self) -> Path:
        return self._base.with_name(self._base.name + ".facets.log")

    @property
    def texts(self) -> Path:
        return self._base.with_name(self._base.name + ".texts")

    @property
    def analyses(self) -> Path:
        return self._base.with_name(self._base.name + ".analyses")

    @property
    def views(self) -> Path:
        """The records the views across the library read (store/mentions.py), a folder of each kind."""
        return self._base.with_name(self._base.name + ".views")

    @property
    def facets(self) -> Path:
        return self._base.with_name(self._base.name + ".facets.json")

    @property
    def state(self) -> Path:
        return self._base.with_name(self._base.name + ".state.json")

    @property
    def state_log(self) -> Path:
        return self._base.with_name(self._base.name + ".state.log")

    @property
    def feeds(self) -> Path:
        return self._base.with_name(self._base.name + ".feeds.json")

    @property
    def lock(self) -> Path:
        return self._base.with_name(self._base.name + ".lock")

    def backup(self, path: Path) -> Path:
        return path.with_name(path.name + ".bak")

    def shard(self, folder: Path, number: int) -> Path:
        return folder / f"{number:05d}.json"
