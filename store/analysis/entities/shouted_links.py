"""The mentions on a body line written wholly in capitals, a site's link to another story or its app's promotion
(`shouted_lines`), are dropped: in capitals the model cannot tell a name from a word (it made a firm of a surname,
a person of 'ACTIVELY PRACTICE', a person of a ship's name), and the first mention of a person in capitals gave the
story's mentions a shouted name. The names the story also gives go too; it shows them as it writes them."""

from __future__ import annotations

from spacy.tokens import Doc

from ..shouted_lines import shouted_lines
from .mentions import Mention


def shouted_links(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    lines = shouted_lines(doc)
    if not lines:
        return mentions
    return [m for m in mentions if not any(start <= doc[m.start].idx < end for start, end in lines)]
