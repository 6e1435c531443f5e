"""A title standing for the person it belongs to is no name: in '"We have told the truth," the Archbishop said' the
model tags "Archbishop" an organisation; the reader knows it as Desmond Tutu, named with that title before."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .vocabulary import TITLES

# the posts only a firm's or a body's officer holds, written after its short name ("Baxter Chairman John Rees")
_OFFICERS = {"chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson"}


def titles_alone(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drops a one-word mention, not tagged a person, that is a title after 'the' ('the Archbishop', 'the
    Cardinal', 'the Mufti'), so the speaker rules read it as a title and find who holds it."""
    return [m for m in mentions if not (
        m.label != "PERSON" and len(m.words) == 1 and m.words[0].lower() in TITLES and m.start > 0
        and doc[m.start - 1].lower_ == "the" and m.words[0][:1].isupper())]


def firms_run_into_a_post(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Baxter Chairman John Rees': the model runs the firm's short name and the post into one person before the
    holder's name. The post is the holder's (the role rules read it there); the words before it are the organisation,
    not a person. Only a post a firm's officer holds, so 'Finance Minister' or 'Texas Governor' stays as it was."""
    starts = {m.start: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        after = starts.get(m.end)
        if m.label == "PERSON" and len(m.words) > 1 and m.words[-1].lower() in _OFFICERS and after is not None \
                and after.label == "PERSON" and all(w[:1].isupper() and w.lower() not in TITLES for w in m.words[:-1]):
            out.append(mention_of(doc[m.start : m.end - 1], "ORG"))
        else:
            out.append(m)
    return out
