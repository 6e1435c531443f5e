"""'The dollar fell after reports that the central bank had sold gold': 'report' is a hearsay noun as 'rumour' and
'allegation' are (cues.json nouns and hearsay_nouns). Its that-clause is a report though no one is named (speaker
null), and an owner before it ('a <Paper> report that X') is the source. PolNeAR counts such clauses; the engine
had no reading for the noun. A report that is itself the object of another cue ('denied reports that X', 'said in its
annual report that X') stays one quote, the other cue's; a relative clause or an infinitive after the noun is none.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of

_REPORTED = [
    ("The dollar fell after reports that the central bank had sold its gold.", "the central bank had sold"),
    ("Shares of Acme rose on Tuesday, a day after reports that a rival would bid for it.", "a rival would bid"),
    ("Traders were unsettled by reports that the port would close for a week.", "the port would close"),
]


@pytest.mark.parametrize("text, fragment", _REPORTED)
def test_a_reports_clause_is_a_report_with_no_source(nlp, text, fragment):
    quote = only(quotes_of(nlp, text), fragment)
    assert quote.speaker is None, (quote.text, quote.speaker)


_ONE_REPORT = [
    ("The company denied reports that it planned to cut 500 jobs.", "it planned to cut", "company"),
    ("The group said in its annual report that sales would rise this year.", "sales would rise", "group"),
]


@pytest.mark.parametrize("text, fragment, speaker", _ONE_REPORT)
def test_a_report_another_cue_reports_stays_one_quote(nlp, text, fragment, speaker):
    quote = only(quotes_of(nlp, text), fragment)
    assert quote.speaker and speaker in quote.speaker.lower(), (quote.text, quote.speaker)


_NOT_REPORTED = [
    "The report to be released on Friday will cover exports.",
    "The team wrote a report that runs to 300 pages.",
    "The firm has no report that the mill is closed.",
]


@pytest.mark.parametrize("text", _NOT_REPORTED)
def test_no_clause_reported_after_the_noun(nlp, text):
    quotes = quotes_of(nlp, text)
    assert not quotes, [(q.text, q.speaker) for q in quotes]
