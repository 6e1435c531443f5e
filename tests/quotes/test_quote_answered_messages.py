"""'did not respond to requests for comment', 'responded to the tweet by calling X': a verb of answering whose 'to'
phrase names a request or a message the source was sent reports nothing of it (quotes/answered_messages.py); a
'to' phrase that names a charge or a view, or a request whose own clause says what it asked, is still what the
answer was about."""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_ANSWERED = [
    (
        "Plover Mills will shut a plant. A spokesman for Plover Mills did not respond to requests for comment.",
        "requests",
    ),
    ("Dana Kettering wrote that the plan failed. Ollie Brandt responded to the tweet by calling her a fraud.", "tweet"),
    ("Ollie Brandt did not respond to my emails. He said the budget was sound.", "my emails"),
    ("Neither the Brandt campaign nor the Wynn campaign responded to a request for comment for this story.", "request"),
    # no words in the 'to' phrase: a thing acted on, a market's move, the one answered
    ("More than 300 grain dealers responded to the survey, which covered nine states.", "survey"),
    ("The trade gap has been responding to the steep fall in the currency over two years.", "fall in the"),
    ("Firefighters in Plover County responded to a blaze at a grain elevator on Sunday.", "blaze"),
    ("Ollie Brandt was responding to Senator Dana Kettering, who had asked about the budget.", "Dana Kettering"),
]


@pytest.mark.parametrize("text, absent", _ANSWERED)
def test_a_message_answered_is_no_report(nlp, text, absent):
    quotes = quotes_of(nlp, text)
    assert not any(absent in q.text for q in quotes), [(q.text, q.speaker) for q in quotes]


_ABOUT = [
    ("Senator Ollie Brandt responded to the criticism from his rivals on Monday.", "the criticism", "Ollie Brandt"),
    ("Ollie Brandt did not respond to my emails. He pointed to the new budget figures as proof.", "budget", "Brandt"),
    ("Ollie Brandt did not respond to requests to comment on the new budget.", "comment on the new", "Ollie Brandt"),
    ("Ollie Brandt was responding to questions about the timing of the sale.", "questions about the", "Ollie Brandt"),
    ("Ollie Brandt was responding to speculation that the mill would close.", "the mill would close", "Brandt"),
    # a post or a statement answers with words, whatever its 'to' phrase names
    ("The post on the council's forum responded to the new zoning law in Plover County.", "zoning law", "post"),
]


@pytest.mark.parametrize("text, content, speaker", _ABOUT)
def test_what_an_answer_was_about_is_still_reported(nlp, text, content, speaker):
    quotes = quotes_of(nlp, text)
    hit = next((q for q in quotes if content in q.text), None)
    assert hit is not None, [(q.text, q.speaker) for q in quotes]
    assert speaker in (hit.speaker or ""), hit.speaker
