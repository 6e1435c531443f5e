"""A town the article shows to be one ('the hill town of <Name>', or a name the gazetteer of places and villages
holds) and the model tags as a place in one sentence but leaves bare in the next, opening a sentence most of all
('<Town> mayor <Name> said', '<Town> lies south of ...'): the article's own tag vouches for the other mentions of the
one word. Read after the relabelling, so that a word the model took for a person and the rules made a place counts,
and a town's name a firm or a person also bears does not."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import column
from . import gazetteer
from .gazetteer import country_code
from .mentions import Mention, covered, mention_of
from .names import is_first_name
from .tidy import names_money
from .untagged import inside_a_longer_name
from .vocabulary import HEADS


def bare_repeats_of_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The untagged words that spell a one-word place of the article, as places. Only a word every one-word mention
    of gives GPE, one of them where only a place stands (the model also gives GPE to a firm's or a fuel's name
    opening a sentence, a maker's in a results table, a deity's after 'believe in'), no word of a longer person's or
    organisation's name ('Jordan' of a player's), no first name ('Florence') and no word inside a longer capitalised
    run ('<Town> Cathedral', '<Town> Savings Bank')."""
    labels: dict[str, set[str]] = {}
    for m in mentions:
        if len(m.words) == 1:
            labels.setdefault(m.words[0], set()).add(m.label)
    named = {w for m in mentions if len(m.words) > 1 and m.label in ("PERSON", "ORG") for w in m.words}
    shown = {m.words[0] for m in mentions if len(m.words) == 1 and m.label == "GPE" and _a_place_here(doc, m)}
    places = {w for w, got in labels.items() if got == {"GPE"} and w.isalpha() and w.istitle() and len(w) > 2
              and w in shown and w not in named and (country_code(w) or not is_first_name(w))}
    if not places:
        return mentions
    taken = covered(mentions)
    texts, tags = column(doc, "ORTH"), column(doc, "TAG")
    # 'Reading the report, ...': a town's name that is also a verb's form, opening a sentence as the verb; inside a
    # sentence the capital shows the name ('a Reading resident'), whatever the tagger reads
    added = [mention_of(doc[i : i + 1], "GPE") for i, word in enumerate(texts)
             if word in places and i not in taken and not inside_a_longer_name(doc, i, i + 1)
             and not (tags[i] == "VBG" and doc[i].is_sent_start)
             and not (i + 1 < len(texts) and names_money(texts[i + 1]))]  # '<Country> dlrs': the money
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _a_place_here(doc: Doc, m: Mention) -> bool:
    """'the town of <Name>', or a place the gazetteer knows. Not any 'in <Name>': the model's GPE after 'believe in'
    or 'compete in' is a deity's or a contest's name as often as a town's."""
    if m.start > 1 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in HEADS["town_of"]:
        return True
    return m.words[0] in gazetteer.places() or m.words[0] in gazetteer.villages()
