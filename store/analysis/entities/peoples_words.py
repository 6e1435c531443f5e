"""A one-word name the model calls a people's (NORP) though no people goes by it: 'rival <Firm>', 'developed by <Firm>',
'portal director at <Firm>', '<Firm> subsidiary <Unit>'. A people's, a faith's, a party's or a language's word has a
known shape (a country's adjective; an -an, -ian, -ish, -ese, -ic, -ist or -ite ending; a plural) or is one of
heads.json 'peoples'; a proper noun of no such shape names a firm or a body (ORG), or a town when the gazetteer knows
one by it (GPE), in every mention the model gave NORP. Not a sentence's first word ('Rising prices'), a word joined
by a hyphen ('anti-<Word>', '<Word>-made'), an adjective before its noun, a word in lower case, a country ('the
<Country> round' of talks), a word beside another capitalised one (a longer name cut), nor one qualifying a common
noun that is no firm's ('at <Word> sites'); no mention of a word set beside a common noun that says what it is
('<Word>, a nerve agent'), after 'in' or 'near' (a town no gazetteer knows) or after an article ('the <Word> said he':
one person named by their people, as a firm's one-word name goes bare); nor a word of a headline set in capitals
word by word."""

from __future__ import annotations

from spacy.tokens import Doc

from ..title_lines import first_line, title_case
from . import gazetteer
from .mentions import Mention
from .vocabulary import HEADS

_SHAPES = ("an", "ans", "ish", "ese", "ic", "ics", "ist", "ists", "ite", "ites", "i", "s")
_GROUP_WORDS = HEADS["peoples"] | HEADS["religions"] | {w.lower() for w in HEADS["party_labels"]}


def _a_peoples_word(word: str) -> bool:
    return word.lower() in _GROUP_WORDS or word.endswith(_SHAPES) or gazetteer.nationality_adjective(word)


def firms_read_as_peoples(doc: Doc, mentions: list[Mention]) -> None:
    decided: dict[str, str] = {}
    vetoed: set[str] = set()
    for m in mentions:
        if m.label != "NORP" or len(m.words) != 1 or m.end - m.start != 1 or len(m.name) < 4:
            continue
        tok = doc[m.start]
        word = m.name
        if _said_to_be_a_thing(tok) or tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near") \
                or _a_person_by_their_people(tok):
            vetoed.add(word)  # "poisoned with <Word>, a range of neurotoxins", "in nearby <Word>": no firm
            continue
        if not word[:1].isupper() or word.isupper() or not word.isalpha() or _a_peoples_word(word) \
                or tok.is_sent_start or tok.tag_ not in ("NNP", "NNPS") or tok.dep_ == "amod" \
                or _joined_by_a_hyphen(doc, m):
            continue
        if gazetteer.country_code(word) or _beside_a_capitalised_word(doc, m) or _before_a_common_noun(tok) \
                or _in_a_capitalised_headline(doc, tok):
            continue
        decided[word] = "GPE" if word in gazetteer.places() or word in gazetteer.towns() else "ORG"
    for m in mentions:
        if m.label == "NORP" and len(m.words) == 1 and m.name in decided and m.name not in vetoed:
            m.label = decided[m.name]


def _joined_by_a_hyphen(doc: Doc, m: Mention) -> bool:
    """'anti-<Word>', '<Word>-made', '<Word>-born': a word joined to another is an adjective's, a people's as often as a
    firm's, and the model reads it as the people's."""
    before = doc[m.start - 1] if m.start else None
    after = doc[m.end] if m.end < len(doc) else None
    return before is not None and before.text == "-" and not before.whitespace_ \
        or after is not None and after.text == "-" and not doc[m.end - 1].whitespace_


def _a_person_by_their_people(tok) -> bool:
    """'the <Word> believed he was', 'beat a <Word> in the final': one person named by their people's noun; a firm's
    one-word name goes without an article."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children)


def _beside_a_capitalised_word(doc: Doc, m: Mention) -> bool:
    """'<Word> <Name>', '<Name> <Word>': a word of a name the model cut, which it names alone nothing."""
    before = doc[m.start - 1] if m.start else None
    after = doc[m.end] if m.end < len(doc) else None
    return any(t is not None and t.is_alpha and t.text[:1].isupper() and not t.is_sent_start for t in (before, after))


def _before_a_common_noun(tok) -> bool:
    """'at <Word> sites', 'the <Word> diocese', 'its <Word> programme': a word that qualifies a noun names a kind or a
    place as often as a firm; only a firm's own nouns ('its <Firm> unit', 'the <Town> team') say it is one."""
    head = tok.head
    return tok.dep_ == "compound" and head.i != tok.i and head.text.islower() and head.pos_ == "NOUN" \
        and head.lower_ not in HEADS["firm_owned"] and head.lower_ not in HEADS["org_nouns"]


def _said_to_be_a_thing(tok) -> bool:
    """'<Word>, a range of neurotoxins': the common noun set beside the word says what it is; a firm's noun
    ('<Firm>, the search engine firm') does not bar it."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.text.islower() and c.lower_ not in HEADS["org_nouns"]
               for c in tok.children)


def _in_a_capitalised_headline(doc: Doc, tok) -> bool:
    """'<Name> Scheme Proves Costly and Complex.': on a first line whose every word is capitalised, a common word is
    too."""
    first = first_line(doc)
    # every long word capitalised, not the entity headlines' four in five: a line with one word in small letters
    # is read here as running text, as this rule was measured; the share would skip more words
    return first is not None and tok.idx < first.end and title_case(first.long, 1.0, least=3)
