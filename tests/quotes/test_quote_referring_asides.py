"""', referring to X' set after a verb of saying names what the speaker's words were about: a report over X with the
speaker as source (quotes/referring_asides.py), cut before a relative clause the writer adds behind a comma."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize("text, content, speaker", [
    ("\u201cPrices will fall sharply next year,\u201d Mr. Okafor said, referring to the market for copper pipes.",
     "the market for copper pipes", "Okafor"),
    # the parse hangs the participle on the name of the one who spoke
    (("\u201cIt is a classic move,\u201d said Tara Wynn, a former adviser to the mayor, referring to the governor's "
      "chief strategist."), "the governor's chief strategist", "Tara Wynn"),
    # on the clause said; the relative clause after the comma is the writer's
    ("The Velmor company said the plant would close, referring to its site in Halden, which opened in 1970.",
     "its site in Halden", "Velmor"),
])
def test_what_the_words_were_about_is_reported(nlp, text, content, speaker):
    quotes = quotes_of(nlp, text)
    hit = next((q for q in quotes if q.text == content), None)
    assert hit is not None, [(q.text, q.speaker) for q in quotes]
    assert speaker in (hit.speaker or ""), hit.speaker


@pytest.mark.parametrize("text, absent", [
    ("The old bridge was closed, referring to the rules of the port.", "rules of the port"),
    ("The memo, referring to the old rules, was withdrawn on Monday.", "the old rules"),
])
def test_no_report_without_a_speaker_before_it(nlp, text, absent):
    assert not any(absent in q.text for q in quotes_of(nlp, text)), [q.text for q in quotes_of(nlp, text)]
