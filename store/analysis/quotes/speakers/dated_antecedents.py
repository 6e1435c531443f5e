"""What a 'which' stands for when the parse hung it on a date, or on nothing.

'the court's ruling in May 2021, which found that X': the parser hangs the relative clause on the nearest noun,
the month, or (after the comma) makes it an adverbial clause of the main verb. A date or a time finds, says and
shows nothing: the clause describes the noun the date follows ('ruling'), which the resolver then gives to its
maker as for any speech noun.
"""

from __future__ import annotations

from spacy.tokens import Token

_WHEN = ("DATE", "TIME")
_COMMA_WHICH = ("which", "who")


def before_the_date(ante: Token) -> Token:
    """The noun a date or time phrase follows ('ruling' of 'ruling in May 2021', 'data' of 'the data Friday'),
    else ante itself."""
    if ante.ent_type_ not in _WHEN:
        return ante
    doc = ante.doc
    j = ante.i
    while j > 0 and doc[j - 1].ent_type_ in _WHEN and doc[j - 1].ent_iob_ != "O":
        j -= 1
        if doc[j].ent_iob_ == "B":
            break
    j -= 1
    if j >= 0 and doc[j].pos_ == "ADP":
        j -= 1
    if j >= 0 and doc[j].pos_ in ("NOUN", "PROPN") and doc[j].ent_type_ not in _WHEN:
        return doc[j]
    return ante


def comma_clause_antecedent(rel: Token) -> Token | None:
    """', which found that X' that the parser made an adverbial clause of the main verb: the word just before the
    comma, past a date it ends on. None when the pronoun does not open such a clause."""
    if rel.lower_ not in _COMMA_WHICH or rel.dep_ not in ("nsubj", "nsubjpass") or rel.head.dep_ != "advcl":
        return None
    doc = rel.doc
    if rel.i < 2 or doc[rel.i - 1].text != "," or rel.head.i < rel.i:
        return None
    before = doc[rel.i - 2]
    while before.dep_ in ("nummod", "compound") and before.head.i > before.i and before.head.i < rel.i:
        before = before.head
    if before.dep_ == "nummod" and before.head.i < before.i:  # 'October 2021': the month heads the year
        before = before.head
    if before.pos_ not in ("NOUN", "PROPN"):
        return None
    return before_the_date(before)
