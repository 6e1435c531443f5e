"""Wire copy puts an unlisted firm's own name in angle brackets; before a post and a name ("<Harlow, Drake and Co>
managing director <Name>") the name in the brackets is the person's firm, not the story's firm found later; a ticker
in the brackets after a name still stands for the name before it (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with

_STORY = "NEW YORK, April 10 - Corvel Oil Inc said it would appeal the ruling.\n\nIn a separate filing, "


def test_a_bracketed_firm_before_its_managing_director(nlp) -> None:
    text = _STORY + ("<Harlow, Drake and Co> managing director Peter Quill said Corvel Oil would be forced to sell "
                     "assets.")
    q = quote_with(nlp, text, "would be forced to sell assets")
    assert q.speaker == "Peter Quill"
    assert q.affiliation == "Harlow, Drake and Co"


def test_a_short_bracketed_firm_before_its_economist(nlp) -> None:
    text = _STORY + "<Harlow Drake and Co> chief economist Peter Quill said Corvel Oil would be forced to sell assets."
    q = quote_with(nlp, text, "would be forced to sell assets")
    assert q.speaker == "Peter Quill"
    assert q.affiliation == "Harlow Drake and Co"


def test_a_ticker_after_the_firm_still_stands_for_it(nlp) -> None:
    text = _STORY + "Harlow Bank <HRLW.L> senior dealer Peter Quill said Corvel Oil would be forced to sell assets."
    q = quote_with(nlp, text, "would be forced to sell assets")
    assert q.speaker == "Peter Quill"
    assert q.affiliation == "Harlow Bank"
