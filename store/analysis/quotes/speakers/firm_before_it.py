"""'Shares in <Firm> plunged after it warned of lower profits': a business story's first sentence often names the
firm only inside another noun phrase (the shares, the stock) and then has "it" say something. The subject walk finds
no organisation as a subject before the "it" and leaves it unresolved, though the sentence names one firm before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..cue_table import saying_verbs

_SAYING = saying_verbs()


def firm_before_it(resolver, token: Token) -> str | None:
    """The one organisation the pronoun's own sentence names before an "it" that says something, when no noun
    subject stands between them that the "it" could stand for instead ("Shares in <Firm> fell after the regulator
    said it would act": the regulator). A subject that is the firm's own ("its shares") stands for nothing else."""
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass") or token.head.lemma_.lower() not in _SAYING:
        return None  # "after it emerged that …": no one's words
    sent = token.sent
    orgs = [
        k for k, e in enumerate(resolver.ents) if e.label == "ORG" and sent.start_char <= e.start and e.end <= token.idx
    ]
    if not orgs or len({resolver.full[k] for k in orgs}) != 1:
        return None
    last = resolver.ents[orgs[-1]].end
    for t in token.doc[sent.start : token.i]:
        if (
            t.idx >= last
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ in ("NOUN", "PROPN", "PRON")
            and not any(c.dep_ == "poss" and c.lower_ == "its" for c in t.children)
        ):
            return None
    return resolver.full[orgs[-1]]
