"""A title standing for the person it belongs to is no name: in '"We have told the truth," the Archbishop said' the
model tags "Archbishop" an organisation; the reader knows it as Desmond Tutu, named with that title before."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention
from .vocabulary import TITLES


def titles_alone(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drops a one-word mention, not tagged a person, that is a title after 'the' ('the Archbishop', 'the
    Cardinal', 'the Mufti'), so the speaker rules read it as a title and find who holds it."""
    return [m for m in mentions if not (
        m.label != "PERSON" and len(m.words) == 1 and m.words[0].lower() in TITLES and m.start > 0
        and doc[m.start - 1].lower_ == "the" and m.words[0][:1].isupper())]
