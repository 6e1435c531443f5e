"""'Of' phrases, partitives and amounts: whose words a part, an amount or a relative pronoun stands for."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...entities.vocabulary import HEADS
from ...types import AMOUNT_LABELS
from .unnamed import is_when


def relative_antecedent(rel: Token) -> Token:
    """What 'who' in a relative clause stands for.

    The parse hangs the clause on the nearest noun; after a comma a clause that follows an 'of' phrase
    describes the noun the phrase belongs to: "a niece of the senator's opponent Ann Lee, who claimed …"
    is the niece's claim.
    """
    ante = rel.head.head
    described = _person_described(ante) if rel.lower_ in ("who", "whom") else None
    if described is not None:
        return described
    if rel.i == 0 or rel.doc[rel.i - 1].text != ",":
        return ante
    t = ante
    for _ in range(4):
        if t.dep_ in ("appos", "compound", "conj") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" and \
                t.head.head.lemma_.lower() not in _PLACES:  # "the home of Ana Ruiz, who told": Ana Ruiz told
            return t.head.head
        break
    return ante


def _person_described(ante: Token) -> Token | None:
    """The person a description stands beside: "Mara Klein, a star anchor at Channel Nine who questioned …",
    "Rita Moreno, a nurse who … and an aspiring doctor who felt …", "Tom Vance is a serial liar who pledged …"
    are the named person's words, not an unnamed "star anchor"'s. "Ana Lopez, the director at Book Weekly,
    who knows …": the parse hangs "who" on the firm the description names, a person's word all the same."""
    t = ante
    if t.ent_type_ not in ("", "PERSON") and t.dep_ == "pobj" and t.head.dep_ == "prep" and \
            t.head.head.pos_ == "NOUN" and not t.head.head.ent_type_:
        t = t.head.head  # "the director at Book Weekly, who": the director
    if t.pos_ not in ("NOUN", "PROPN") or t.ent_type_:  # a description the model took for a name: "Xenophobe"
        return None
    for _ in range(8):  # "a nurse who was … and an aspiring doctor who felt", "a liar, bully, racist and boor
        # an adjective in the list ("a liar, racist, boor and bully who …") is one more description, not its end
        listed = t.head.pos_ in ("NOUN", "PROPN") or t.dep_ == "conj" and t.head.pos_ == "ADJ"
        if t.dep_ not in ("conj", "appos") or not listed or t.head.ent_type_:
            break
        t = t.head
    if t.dep_ == "appos" and _named_person(t.head):
        return t.head
    if t.dep_ == "attr" and t.head.lemma_ == "be":
        verb = t.head  # "Tom Vance incites … and is a liar who …": the copula shares the first verb's subject
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and _named_person(subject):
            return subject
    return None


def _named_person(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.ent_type_ == "PERSON"


# where someone lives or works, never who spoke: "the home of", "the offices of"
_PLACES = HEADS["FAC"] | HEADS["LOC"] | HEADS["town_nouns"] | {
    "home", "house", "residence", "office", "headquarters", "apartment", "flat", "farm", "hometown", "room", "car"}


def of_objects(token: Token) -> Iterator[Token]:
    """The objects of the 'of' phrases after a word: 'the managers' of '50 pct of the managers'."""
    return (w for p in token.rights if p.dep_ == "prep" and p.lower_ == "of" for w in p.children if w.dep_ == "pobj")


def partitive_clause(rel: Token) -> Token | None:
    """The relative clause a relative pronoun opens from inside a part of it: 'a number of whom said'."""
    t = rel
    for _ in range(3):
        if t.dep_ not in ("pobj", "prep"):
            return None
        t = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "relcl":
            return t.head
    return None


_SHARES = {"pct", "percent", "%", "per"}


def amount_holder(token: Token) -> Token | None:
    """An amount never speaks: whose amount it is does.

    "Some 50 pct of the purchasing managers reported": the managers; "banks holding some 184 billion
    pesetas of debt said", where the parse makes the amount the subject: the banks that hold it.
    """
    share = token.lower_ in _SHARES and any(c.dep_ == "nummod" for c in token.children)  # "50 pct" untagged
    if token.ent_type_ not in AMOUNT_LABELS and not token.like_num and not share:
        return None
    of = next(of_objects(token), None)
    if of is not None and (of.tag_ in ("NNS", "NNPS") or of.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")):
        return of
    first = min((t.i for t in token.subtree), default=token.i)
    verb = token.doc[first - 1] if first > 0 else None
    if verb is not None and verb.tag_ in ("VBG", "VBN") and verb.i > 0:
        owner = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if owner is None and verb.dep_ == "acl" and verb.head.i < verb.i:
            owner = verb.head
        if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
            return owner
    return None


def of_name(token: Token, end: int) -> int:
    """'Allies of Ukraine', 'supporters of Bernie Sanders', 'the team from UCL': a common noun is named by its
    'of' or 'from' phrase.

    Only the displayed name grows; entity lookup stays on the head, so 'the president of France'
    never becomes France.
    """
    if token.pos_ not in ("NOUN", "PROPN"):  # a capitalised "Allies" opening a sentence is tagged PROPN
        return end
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "from") and child.i == end:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN" and not is_when(pobj) and pobj.right_edge.i - child.i <= 4:
                return pobj.right_edge.i + 1
    return end


def initials_joined(token: Token) -> tuple[str, int, int] | None:
    doc = token.doc
    for first in (token.i, token.i - 2):
        if first < 0 or first + 2 >= len(doc):
            continue
        a, conj, b = doc[first], doc[first + 1], doc[first + 2]
        if conj.lower_ == "and" and all(t.is_upper and t.is_alpha and len(t) <= 2 for t in (a, b)):
            return f"{a.text} and {b.text}", a.idx, b.idx + len(b)
    return None


def name_after_place(token: Token) -> Token | None:
    """'quoted Peru's senior envoy for talks with Chile, Rosa Campos, as saying': the parse hangs the name set off
    by commas on the place or organisation that ends the description. A person is no appositive of a place, so the
    name is the description's, when only 'of', 'with', 'in' phrases lead from the description down to that place."""
    if not token.is_lower or token.pos_ != "NOUN":
        return None
    for t in token.subtree:
        if t.dep_ != "appos" or t.ent_type_ != "PERSON" or t.head.ent_type_ not in ("GPE", "LOC", "ORG") or \
                t.doc[t.left_edge.i - 1].text != ",":
            continue
        step = t.head
        while step.i != token.i and step.dep_ in ("pobj", "prep", "compound", "amod") and step.head.i != step.i:
            step = step.head
        if step.i == token.i:
            return t
    return None
