"""A title standing for the person it belongs to is no name: in '"We have told the truth," the Archbishop said' the
model tags "Archbishop" an organisation; the reader knows it as Desmond Tutu, named with that title before."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from ..doctext import column
from . import gazetteer
from .mentions import Mention, mention_of
from .names import is_first_name
from .vocabulary import HEADS, TITLES

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


# the small words inside a person's name ("Hamza bin Laden", "Ana de la Cruz")
_NAME_PARTICLES = {"bin", "ibn", "al", "el", "de", "del", "della", "la", "le", "da", "di", "du", "van", "von", "der",
                   "den", "-"}
# the words of a post: before the person's name they are no body's name ("Presidential Spokesperson <Name>")
_POST_WORDS = TITLES | HEADS["jobs"] | HEADS["person"]
# the words that end a body's, a building's, a place's or a storm's name: no word of a person's ("Tin Council", "Saint
# Francis Hospital", "Tropical Storm <Name>", "Lambert Inc")
_NO_PERSONS_WORDS = {w.lower() for k in ("org_words", "firm_ends", "body_ends", "org_tails", "FAC", "GPE", "LOC",
                                         "storms", "club_ends", "chambers") for w in HEADS[k]} | TITLES


def persons_run_into_a_body(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Speaker of the House <First> <Surname>', 'told <Outlet> <First> <Surname> had', 'Governor of the Bank of
    <Country> <First> <Surname>': the model runs a body's name and the person named right after it into one
    organisation. A tail opening on a first name, whose surname the article also writes outside this mention, is the
    person; the words before it are the body, or a post the role rules read there ('Presidential Spokesperson')."""
    # the tokens a longer name of a body or a place covers: a surname written apart shows the article knows the person
    # ('Hofer said', even where the model calls 'Hofer' a firm), a word of another name does not
    bodies = {i for o in mentions if o.label != "PERSON" and o.end - o.start > 1 for i in range(o.start, o.end)}
    written: dict[str, list[int]] | None = None  # where each word stands, read once for all the mentions
    out: list[Mention] = []
    for m in mentions:
        cut = None
        if m.label == "ORG" and m.end - m.start >= 3:
            if written is None:
                written = defaultdict(list)
                for i, text in enumerate(column(doc, "ORTH")):
                    written[text].append(i)
            cut = _person_at_the_end(doc, m, bodies, written)
        if cut is None:
            out.append(m)
            continue
        if not any(t.lower_ in _POST_WORDS for t in doc[m.start : cut]):
            out.append(mention_of(doc[m.start : cut], "ORG"))
        out.append(mention_of(doc[cut : m.end], "PERSON"))
    return out


def _person_at_the_end(doc: Doc, m: Mention, bodies: set[int], written: dict[str, list[int]]) -> int | None:
    """Where the person's name at the end of an organisation's mention starts: two to four tokens, the first a first
    name, the others capitalised or a name's particle, the last a capitalised surname the article writes elsewhere
    alone too, outside any longer mention of a body or a place ('the Senate' is no surname), and never in lower case;
    no word of the name one that ends a body's, a building's or a place's name. The token before them is a
    capitalised word that is no first name or initial ('<First> <Middle> <Surname>' and 'S. <First> <Surname>' are
    one person's name), nor one word of a place's name with the first name ('New York', 'Puerto Rico')."""
    last = doc[m.end - 1]
    if not (last.text[:1].isupper() and last.is_alpha and len(last.text) > 1) \
            or last.lower_.islower() and last.lower_ in written:
        return None  # a word the article also writes small is no surname ("Human Gene Therapy", "gene therapy")
    if not any(i and doc[i - 1].text != doc[m.end - 2].text for i in written.get(last.text, ())
               if not m.start <= i < m.end and i not in bodies):
        # "Bank <First> <Surname>" is a firm named after its founder, which the article never cuts short; "Red Cross"
        # written again ("the national Red Cross") is no surname alone
        return None
    for cut in range(max(m.start + 1, m.end - 4), m.end - 1):
        first, before = doc[cut], doc[cut - 1]
        if not (first.is_alpha and first.text[:1].isupper() and not first.text.isupper() and len(first.text) > 2
                and is_first_name(first.text)) or gazetteer.nationality_adjective(first.text):
            continue  # not "Petroleos De <Country>", "West German <Bank>"
        if not all(t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES for t in doc[cut + 1 : m.end]) \
                or any(t.lower_ in _NO_PERSONS_WORDS for t in doc[cut : m.end]):
            continue
        if before.is_alpha and before.text[:1].isupper() and len(before.text) > 1 and not is_first_name(before.text) \
                and not gazetteer.is_place(place := f"{before.text} {first.text}", gazetteer.places()) \
                and place not in gazetteer.towns():
            return cut
    return None
