"""'likened the plan to a "slow poison"', 'compared the mayor to a captain who is X': a source setting one thing
beside another is a report over the thing and what it was likened to (quotes/likened.py, cues.json
likening_verbs). The verbs are no verbs of saying, so before the rule nothing found these. 'compared with' and a
'compared to' with no object of the verb stay the writer's own figures; so does a firm's comparison with a period
('compared sales to a year ago'), and 'if you compare it to X' supposes a likening nobody made.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_LIKENED = [
    ('At a rally on Tuesday, Harlan likened the new tariffs to a "slow poison" for farmers.',
     "the new tariffs to a", "Harlan"),
    ('Another critic, Dana Ross, likened the plan to "burning the rulebook" - a charge the mayor denied.',
     "the plan to", "Dana Ross"),
    ('Ted Vance, a professor at the local college, compared Harlan to a referee who is "blowing every whistle".',
     "Harlan to a referee", "Ted Vance"),
    ("In a radio interview, Mr. Osgood likened the levy to the old window tax, which was repealed in 1851.",
     "the levy to the old window tax", "Osgood"),
]


@pytest.mark.parametrize("text, fragment, speaker", _LIKENED)
def test_a_likening_is_reported(nlp, text, fragment, speaker):
    quotes = quotes_of(nlp, text)
    hits = [q for q in quotes if q.text.startswith(fragment)]
    assert hits and speaker.lower() in hits[0].speaker.lower(), [(q.text, q.speaker) for q in quotes]


def test_the_writers_aside_after_a_comma_is_no_part(nlp):
    text = "In a radio interview, Mr. Osgood likened the levy to the old window tax, which was repealed in 1851."
    assert not [q for q in quotes_of(nlp, text) if "repealed" in q.text]


_FIGURES = [
    "Net profit rose to 12 mln dlrs, compared with nine mln dlrs a year earlier.",
    "Exports fell 5 pct in March compared to a rise of 2 pct in February.",
    "Compared to last year, the harvest was poor.",
    "Comparing orders to a year ago, the maker saw a rise of 9 pct in bookings.",
    "The report compared the quarter to the three months ended March 31, 1986.",
    "Our club is informal if you compare it to a firm that ships goods to shops.",
]


@pytest.mark.parametrize("text", _FIGURES)
def test_figures_and_supposed_likenings_are_no_report(nlp, text):
    assert [q.text for q in quotes_of(nlp, text) if q.cue and q.cue.lower().startswith("compar")] == []
