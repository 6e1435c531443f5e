"""Sources the parse hid behind an aside: the verb a clause really hangs on, the subject set off before it.

Read on wire copy where the speaker came out as a thing or a preposition:
- "He applauded the agreement …, saying X": the parse hangs "saying" on the object; he says X, not the agreement.
- "Consul officials told an analysts meeting that X": "meeting" read as a verb on "analysts"; the tellers speak.
- "Unlike Amro, ABN says X": the real subject parsed as a second object of "unlike".
- "Pillsbury Corp, reporting lower earnings, said X": the subject hung on the participle aside.
- "Under its accord with Acme, Beta Corp said X", "Speaking in Lyon, Rhone, Minister Ana Ruiz said X": the name
  right before the verb hung on the opening phrase's last noun as its apposition.
- "In a filing with the agency, Beta Corp, which is owned by Acme, said X": the same, with an aside of its own
  between the name and the verb, which the parse hangs on the name or on the opening phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_table import cues
from .speakers.words import PEOPLE

_TELLING = frozenset(cues()["telling_verbs"])
_COMPARING = {"unlike", "like"}


def verb_behind_object(t: Token) -> Token | None:
    """The verb whose subject speaks when a clause is hung on that verb's object, or None."""
    if t.dep_ != "acl" or t.head.dep_ != "dobj" or t.head.head.pos_ != "VERB" or t.head.i >= t.i:
        return None
    obj, verb = t.head, t.head.head
    if t.i == obj.i + 1 and t.tag_ == "VBG" and verb.lemma_.lower() in _TELLING:
        return verb  # "told an analysts meeting that": a noun the tagger read as a participle
    if obj.pos_ != "NOUN" or obj.ent_type_ or obj.lemma_.lower() in PEOPLE:
        return None  # "met the analysts, saying" may be theirs
    if t.tag_ == "VBG" and t.doc[t.i - 1].text == "," and t.lemma_.lower() in cues()["speech_verbs"]:
        return verb
    return None


def compared_subject(word: Token) -> Token | None:
    """'Unlike Amro, ABN says': the parse runs the subject into the object of "unlike" (or takes "unlike" itself for
    the subject); the name after the comma speaks. None when `word` opens no such comparison."""
    if word.lower_ not in _COMPARING:
        return None
    pobj = next((c for c in word.children if c.dep_ == "pobj"), None)
    other = next((c for c in pobj.children if c.dep_ == "conj" and c.i > pobj.i), None) if pobj is not None else None
    return other if other is not None and word.doc[other.left_edge.i - 1].text == "," else None


def subject_set_off_before(tok: Token) -> Token | None:
    """The subject of a subjectless cue verb that the parse put inside an opening aside, or None."""
    for child in tok.lefts:
        if child.dep_ == "prep" and child.lower_ in _COMPARING and compared_subject(child) is not None:
            return compared_subject(child)
        if child.dep_ == "advcl" and child.tag_ == "VBG" and tok.doc[child.right_edge.i + 1].text == ",":
            subject = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
            if subject is not None and tok.doc[child.i - 1].text == ",":
                return subject  # "Pillsbury Corp, reporting lower earnings, said"
    return name_after_opening(tok) or name_before_aside(tok)


def name_after_opening(tok: Token) -> Token | None:
    """The name set off by a comma right before a subjectless verb, which the parse made an apposition of the last
    noun of an opening phrase hung on that verb ('With its bid for Acme, Beta Corp said'; 'At a meeting of the
    Club, an association of firms, Ana Ruiz, its chairman, said'), or None."""
    doc = tok.doc
    if tok.i < 4 or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children):
        return None
    last = doc[tok.i - 2] if doc[tok.i - 1].text == "," else doc[tok.i - 1]
    name = last
    while name.dep_ != "appos" and name.head.i != name.i and name.head.i < tok.i:
        name = name.head
    while name.dep_ == "appos" and name.ent_type_ not in ("PERSON", "ORG") and name.head.i < name.i and \
            name.head.pos_ == "PROPN" and \
            (name.head.dep_ == "appos" or name.head.dep_ in ("npadvmod", "conj") and
             doc[name.head.left_edge.i - 1].text == ",") and name.head.ent_type_ not in _PLACES:
        name = name.head  # "Ana Ruiz, its chairman,", "Ana Ruiz, D-Ohio,": the post or the party is hers in turn
    if name.dep_ not in ("appos", "npadvmod", "conj") or name.pos_ != "PROPN" or name.ent_type_ in _PLACES or \
            name.right_edge.i not in (last.i, tok.i - 1) or \
            doc[name.left_edge.i - 1].text != "," or _party_tag(name):
        return None
    opening = name.head
    while opening.head.i != tok.i and opening.head.i != opening.i and opening.head.i < tok.i:
        opening = opening.head
    if opening.head.i != tok.i or opening.dep_ not in ("prep", "advcl", "npadvmod") or \
            opening.left_edge.i != tok.left_edge.i:
        return None  # the phrase must open the clause, before the name
    return name


def name_before_aside(tok: Token) -> Token | None:
    """'In a filing with the agency, Beta Corp, which is owned by Acme, said', 'In a letter, Beta Corp, led by Ana
    Ruiz, said': a subjectless verb after an opening phrase, then a name set off by commas with an aside of its
    own; the parse hangs the name on the phrase and leaves the verb without a subject. Only an aside that describes
    the name (a relative clause, a participle, 'a/an' and a noun), so the phrase's own apposition ('At a meeting of
    the Club, an association of firms, Ana Ruiz said') is not taken."""
    doc = tok.doc
    opening = tok.left_edge
    if tok.i < 6 or doc[tok.i - 1].text != "," or opening.dep_ != "prep" or opening.head.i != tok.i or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children):
        return None
    comma = next((t.i for t in doc[opening.i + 1:tok.i] if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in doc[opening.i:comma]):
        return None
    first = _name_run(doc, comma + 1, tok.i)
    if first is None:
        return None
    name, k = first
    if doc[k].lower_ == "and":  # "Acme and Beta Corp, a firm it controls, said": the first of them stands for both
        second = _name_run(doc, k + 1, tok.i)
        if second is None:
            return None
        k = second[1]
    aside = doc[k + 1:tok.i - 1]
    if doc[k].text != "," or not len(aside) or any(t.is_quote for t in aside) or \
            not (aside[0].tag_ in ("WDT", "WP", "WP$", "VBN") or aside[0].lower_ in ("a", "an")):
        return None
    return name


def _name_run(doc: Doc, i: int, end: int) -> tuple[Token, int] | None:
    """The last word of a name ('Beta Holdings Corp') from token i, and the index after it; None when no name opens
    at i. Not 'the group, led by Acme,': the speakers of such a noun went to the wrong firm (4 of 6 on wire copy)."""
    k = i
    while k < end and doc[k].pos_ == "PROPN":
        k += 1
    if k == i or doc[k - 1].ent_type_ in _PLACES_AND_TIMES:
        return None
    return doc[k - 1], k


_PLACES = {"GPE", "LOC"}
_PLACES_AND_TIMES = _PLACES | {"DATE", "TIME"}


def _party_tag(name: Token) -> bool:
    """'R-Iowa', 'D-Ill.': a legislator's party and state, which the parse may hang on the opening phrase instead of
    on the name before it; never a speaker."""
    first = name.doc[name.left_edge.i]
    return len(first.text) == 1 and first.text.isupper() and first.i + 1 < len(name.doc) and \
        name.doc[first.i + 1].text == "-"
