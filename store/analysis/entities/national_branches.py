"""An organisation's national branch or edition, which the model tags as the organisation and then the country:
'Amnesty International' and 'Kenya' for "Amnesty International Kenya said", 'CNN' and 'Philippines' for "CNN
Philippines reported". A reader takes them as one name, and the speaker is the branch, not the country. One name
only when the parse hangs the organisation on the country as a compound and the country ends the phrase: not
across a clause ("told Reuters Peru was current": the firm is the verb's object) nor before a noun the country
modifies ("NATO Ukraine policy"), nor a city, which names an office of the firm in a list of banks ("the co-leads are
X Bank Brussels") as often as part of its name."""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import country_code
from .mentions import Mention, mention_of
from .names import is_first_name
from .vocabulary import HEADS

# what a country ending a branch's name may not be: a word before the noun it modifies
_MODIFIER = {"compound", "amod", "nmod", "poss"}


def national_branches(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "ORG" and m.label == "GPE" and prev.end == m.start \
                and doc[prev.end - 1].whitespace_ == " " and not prev.role and not m.role and _branch(doc, prev, m):
            out[-1] = mention_of(doc[prev.start : m.end], "ORG", None, prev.affiliation)
        else:
            out.append(m)
    return out


def _branch(doc: Doc, org: Mention, place: Mention) -> bool:
    last, head = doc[org.end - 1], doc[place.end - 1]
    return country_code(place.name) is not None and last.dep_ == "compound" \
        and place.start <= last.head.i < place.end and head.dep_ not in _MODIFIER \
        and not doc[place.start].is_sent_start \
        and (place.end == len(doc) or doc[place.end].pos_ not in ("NOUN", "PROPN"))


# countries whose names are family names too, which the first names list does not hold ("Jools Holland")
_FAMILY_COUNTRIES = {"Holland", "England", "Ireland", "Wales", "Scotland", "Britain", "Poland"}


def branches_taken_for_persons(mentions: list[Mention]) -> None:
    """'<Brand> Oman', '<Brand> Kenya': a firm's national branch, tagged whole, which the model reads as a person's
    name when the brand is a word it does not know. No one's full name ends in a country whose name is not a first
    or family name too ('Chad', 'Jordan', 'Israel' are), and opens with no first name; the article names no one
    else by the brand alone as a person. A name given a title stays a person."""
    people = {m.words for m in mentions if m.label == "PERSON"}
    place_words = HEADS["LOC_openers"] | HEADS["LOC"] | HEADS["lower_features"]
    for m in mentions:
        if m.label == "PERSON" and not m.role and len(m.words) > 1 and country_code(m.words[-1]) \
                and not is_first_name(m.words[-1]) and m.words[-1] not in _FAMILY_COUNTRIES and not is_first_name(m.words[0]) \
                and not country_code(" ".join(m.words)) and m.words[:-1] not in people and m.words[-2:-1] not in people \
                and m.words[0].lower() not in place_words:  # "Lake Malawi": a lake
            m.label = "ORG"
