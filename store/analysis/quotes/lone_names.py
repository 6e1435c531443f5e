"""One capitalised word opening the sentence that speaks is an unnamed source in lower case ("Officials said"),
unless the article shows it is a name: a given name ("Ahmed, a 34-year-old taxi driver, said"), or a word it
writes capitalised on its own inside a sentence ("the Department of Environment, Food and Rural Affairs (Defra)
said …. Defra said")."""

from __future__ import annotations

import re

from ..entities.names import is_first_name


def a_name_after_all(word: str, text: str) -> bool:
    if " " in word or not word[:1].isupper() or not word[1:].islower() or len(word) < 3:
        return False
    if is_first_name(word):
        return True
    # alone mid-sentence: after a lower-case word or an opening bracket, and not before another capitalised word
    return re.search(r"(?:\b[a-z]+ |\()" + re.escape(word) + r"\b(?! [A-Z])", text) is not None
