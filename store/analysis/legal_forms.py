"""'Key Tronic corp said', 'Tab Books INc': wire copy now and then types a firm's legal form in lower or mixed case,
and the model, which reads 'Corp' or 'Inc' as a firm's last word, then tags no name at all or a cut one ('Medical
Technology' of '<Town> Medical Technology corp', a place and a person of '<Town> Palace Restaurants inc'). It reads
the form as it is usually written, one letter for one, after a capitalised word: every offset still points into the
text, and the analysis gives each span as the article writes it (pipeline._as_written). Not a form run into a
hyphen ('co-manager') and not one in capitals (a headline's 'CO')."""

from __future__ import annotations

import re

from .entities.vocabulary import LEGAL_FORMS

# the short forms written with one capital: "corp" -> "Corp", "INc" -> "Inc"
_FORMS = {form.lower(): form for form in LEGAL_FORMS if form.istitle() and len(form) <= 4}

# words opening a sentence with a capital that are no firm's name
_NO_NAME = {"the", "a", "an", "its", "this", "that", "his", "her", "their"}

# one of the forms, in any case, as a word of its own after another word; only these call the reading below, which
# every article passes through
_FORM_AFTER_A_WORD = re.compile(
    r"(?<=\S) ((?i:" + "|".join(sorted((f for f in _FORMS if f.isalpha()), key=len, reverse=True)) + r"))\b(?![-'’])"
)


def legal_forms_as_written_usually(text: str) -> str:
    def usual(match: re.Match[str]) -> str:
        word = match.group(1)
        form = _FORMS[word.lower()]
        if word == form or word.isupper():
            return match.group(0)
        opens = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        before = text[opens:match.start()]
        if not before[:1].isupper() or before.lower() in _NO_NAME:
            return match.group(0)  # "the co", "The co said": the word for a company, no legal form
        return " " + form

    return _FORM_AFTER_A_WORD.sub(usual, text)
