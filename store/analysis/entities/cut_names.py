"""Organisations' names the model cut at a preposition inside them, or ran on past their end.

'the Iraq Veterans Against the War', 'the Puerto Rico Center for Investigative Journalism': the model stops at
'the' or before 'for', leaving 'Iraq Veterans Against' or 'Puerto Rico Center', which no reader would note. The
rest of the name is capitalised words it left untagged; the name runs on over them. 'Dominion Textiles Inc of
Canada': a legal form closes a company's name; the place after it is where the company is from.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import gazetteer
from .gazetteer import is_place
from .mentions import Mention, covered, mention_of
from .vocabulary import HEADS, ORG_TAILS

# a preposition a name goes on after, never ends with: "Reporters Without Borders", "Veterans Against the War"
_INNER = {"against", "for", "without", "of", "on", "to"}

# an organisation's own word a field follows with 'for': "Center for …", "Committee for the Protection of …"
_BODIES_FOR_A_FIELD = ORG_TAILS | {"center", "centre", "institute", "alliance", "coalition", "campaign", "fund",
                                   "league", "society", "network", "project", "forum", "union", "trust", "council"}

# inside the rest of a name, between its capitalised words: "for the Protection of Journalists"
_JOINING = {"of", "the", "and", "for", "&"}

_MOST_WORDS = 5


def _rest(doc: Doc, at: int) -> int:
    """Where the rest of a name that starts at `at` ends: capitalised words the model left untagged, with joining
    words between them, in one sentence; `at` when there are none."""
    end = j = at
    while j < len(doc) and j - at < _MOST_WORDS + 2:
        tok = doc[j]
        if j > at and tok.is_sent_start or tok.ent_type_ not in ("", "ORG"):
            break
        if tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper:
            end = j + 1
        elif tok.lower_ not in _JOINING or not tok.is_lower:
            break
        j += 1
    return end


def names_cut_at_a_preposition(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    swallowed: set[int] = set()
    for n, m in enumerate(mentions):
        if id(m) in swallowed:
            continue
        end = m.end
        if m.label == "ORG" and len(m.words) > 1 and end < len(doc):
            last = m.words[-1]
            at = None
            if last.lower() in _INNER and last[:1].isupper():
                at = end + (doc[end].lower_ == "the")  # "Against [the] War"
            elif last.lower() in _BODIES_FOR_A_FIELD and doc[end].text == "for":
                at = end + 1
            if at is not None and at < len(doc) and (rest := _rest(doc, at)) > at:
                end = rest
        inside = [o for o in mentions[n + 1:] if o.start < end]
        if end == m.end or any(o.end > end or o.label != "ORG" for o in inside):
            out.append(m)  # nothing capitalised after it, or another name the model tagged there
            continue
        swallowed.update(id(o) for o in inside)  # "Journalism", which the model may tag an organisation alone
        out.append(mention_of(doc[m.start:end], "ORG", m.role, m.affiliation))
    return out


# legal forms that close a company's name ("Co" and "Corp" may go on: "Aluminum Co of America")
_CLOSING_FORMS = {"inc", "ltd", "plc", "llc", "ag", "sa", "nv", "n.v", "s.a", "gmbh", "bv", "spa", "s.p.a"}


def firms_of_a_place(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'Dominion Textiles Inc of Canada': the company, then the place it is from."""
    out: list[Mention] = []
    for m in mentions:
        of = next((m.start + i for i, w in enumerate(m.words[1:-1], 1) if w == "of"
                   and m.words[i - 1].lower().rstrip(".") in _CLOSING_FORMS), 0) if m.label == "ORG" else 0
        if of and len(m.words) == m.end - m.start and is_place(doc[of + 1 : m.end].text, places):
            out += [mention_of(doc[m.start:of], "ORG", m.role, m.affiliation), mention_of(doc[of + 1 : m.end], "GPE")]
        else:
            out.append(m)
    return out


# the words an institution's name opens with before 'of': "House of Representatives", "Court of Appeals"
_OPENS_WITH_OF = ORG_TAILS | HEADS["bodies"] | {"house", "court", "department", "ministry", "bank", "office"}


def institutions_after_a_country(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the United States House of Representatives', of which the model tags only the country: an institution's
    name with 'of' it left untagged straight after a country's name is one organisation's name, the country first."""
    taken = covered(mentions)
    out: list[Mention] = []
    for m in mentions:
        at = m.end
        if m.label in ("GPE", "ORG") and at + 2 < len(doc) and at not in taken and doc[at - 1].whitespace_ == " " \
                and doc[at].is_title and doc[at].lower_ in _OPENS_WITH_OF and doc[at + 1].text == "of" \
                and gazetteer.country_code(m.name):
            end = _rest(doc, at + 2)
            if end > at + 2 and not any(i in taken for i in range(at, end)):
                out.append(mention_of(doc[m.start:end], "ORG", m.role, m.affiliation))
                continue
        out.append(m)
    return out
