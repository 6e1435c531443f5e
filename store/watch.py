"""What other processes changed in a library since the last look, for a reader that stays open.

Looking costs a few stats (the index's manifest and log, the reading state, the
facets and their log) when nothing changed. When the index changed, only the
new lines of its log are read (store/index.py); the facets likewise.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .article import ArticleInfo, ReadingState
from .errors import ArticleNotFound
from .library import Library, newest_first

if TYPE_CHECKING:
    from .facets import Facets


@dataclass
class Changes:
    added: list[ArticleInfo] = field(default_factory=list)  # newest first
    removed: set[str] = field(default_factory=set)
    states: dict[str, ReadingState] | None = None  # every non-default state, when any changed
    facets: dict[str, Facets] = field(default_factory=dict)  # facets saved since the last look, by id
    all_facets: dict[str, Facets] | None = None  # every article's, when the facets were compacted meanwhile

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.states is not None or self.facets or self.all_facets is not None)


class LibraryWatch:
    def __init__(self, library: Library) -> None:
        """Start looking from now: make it before reading what it is to keep up with."""
        self.library = library
        self._stamps = library.stamps()
        library.follow()

    def changes(self, ids: Collection[str], states: Mapping[str, ReadingState], facets: bool = True) -> Changes:
        """Against what the caller has: the ids of its articles and their states. `facets`: the caller
        follows them (it has read library.facets() once)."""
        stamps = self.library.stamps()
        found = Changes()
        if stamps == self._stamps:
            return found
        # stamps first, reading after: a write in between is read now and seen again next time, never missed
        old, self._stamps = self._stamps, stamps
        if stamps[:2] != old[:2]:
            journal = self.library.index_changes()
            current = self.library.ids()
            if journal is None:  # read afresh: compare every id
                found.removed = {i for i in ids if i not in current}
                added = [i for i in current if i not in ids]
            else:  # only what the log's new lines name
                found.removed = {i for i in journal[1] if i in ids and i not in current}
                added = list(dict.fromkeys(i for i in journal[0] if i in current and i not in ids))
            infos = []
            for article_id in added:
                try:
                    infos.append(self.library.info(article_id))
                except ArticleNotFound:  # removed again since the ids were read: the next look says so
                    pass
            found.added = sorted(infos, key=newest_first, reverse=True)
        if stamps[2] != old[2]:
            fresh = self.library.states()
            if fresh != states:
                found.states = fresh
        if facets and stamps[3:] != old[3:]:
            saved = self.library.facets_changed()
            if saved is None:
                found.all_facets = self.library.facets()
            else:
                found.facets = saved
        elif not facets:
            self._stamps = (*stamps[:3], *old[3:])  # not followed yet: compared again once they are
        return found
