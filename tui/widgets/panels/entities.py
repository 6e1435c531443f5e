"""Entities by type and canonical name, with mention counts."""

from __future__ import annotations

from collections import defaultdict

from rich.style import Style
from rich.text import Text

from store.analysis.types import Analysis, EntityMention
from store.articleset import term
from store.text import clean_line

from ...highlight import ENTITY_TYPES, entity_type
from .base import AnalysisTree, Item

# numbers and dates have panels or little use as names: kept out of this one
_LEFT_OUT = {"Date"}


class EntitiesPanel(AnalysisTree):
    HELP = """\
## Entities

People, organisations, places, groups and events, by type, each name with its number of mentions.

- **Enter**: scroll to a mention and mark it; Enter again goes to the next mention
- **f**: filter the library to every article mentioning this name
- **space**: fold a type
"""
    EMPTY = "No names found in this article."

    def fill(self, analysis: Analysis, text: str) -> None:
        from ..article_view import app_colours

        colours = app_colours(self.app)
        groups: dict[str, dict[str, list[EntityMention]]] = defaultdict(lambda: defaultdict(list))
        for mention in sorted(analysis.entities, key=lambda e: e.start):
            kind = entity_type(mention.label)
            if kind and kind not in _LEFT_OUT:
                groups[kind][clean_line(mention.canonical) or clean_line(mention.text)].append(mention)
        for kind in ENTITY_TYPES:
            names = groups.get(kind)
            if not names:
                continue
            total = sum(len(m) for m in names.values())
            label = Text.assemble(("■ ", Style(color=colours.get(kind))), (kind, "bold"), (f" ({total})", "dim"))
            node = self.root.add(label, Item(), expand=True)
            for name, mentions in sorted(names.items(), key=lambda kv: (-len(kv[1]), kv[0])):
                node.add_leaf(
                    Text.assemble(name, (f" ({len(mentions)})", "dim")),
                    Item([((m.start, m.end),) for m in mentions], term("entity", name, exact=True), name),
                )
