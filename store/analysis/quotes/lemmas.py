"""Cue verbs the small model lemmatises wrongly: "hoping", "hoped" and "hopes" come out as "hop",
"lambasted" as "lambast", "muses" as "mus", so the cue lists (lemmas) never see them.

A verb written as a regular inflection of a cue lemma takes that lemma when the model gave it one
no cue list knows. Irregular forms ("told", "said") the model gets right.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import lowers


def inflections(lemma: str) -> set[str]:
    """The regular -s, -ed and -ing forms of a verb (enough for the cue lists, not a morphology)."""
    if lemma.endswith("e") and not lemma.endswith("ee"):
        stem = lemma[:-1]
        return {lemma + "s", lemma + "d", stem + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma + "es", lemma + "ed", lemma + "ing"}
    return {lemma + "s", lemma + "ed", lemma + "ing"}


class LemmaRepair:
    def __init__(self, lemmas: frozenset[str]) -> None:
        self.lemmas = lemmas
        forms: dict[str, set[str]] = {}
        for lemma in lemmas:
            for form in inflections(lemma):
                forms.setdefault(form, set()).add(lemma)
        self.forms = {form: next(iter(ls)) for form, ls in forms.items() if len(ls) == 1 and form not in lemmas}

    def __call__(self, doc: Doc) -> None:
        forms = self.forms
        for i, word in enumerate(lowers(doc)):
            lemma = forms.get(word)  # first: few words are the inflection of a cue lemma
            if lemma is None:
                continue
            tok = doc[i]
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in self.lemmas:
                tok.lemma_ = lemma
