"""'declined to say when X', 'refused to say whether X': a source that held back the answer to a question reports
nothing, as with 'declined to comment' (tests/eval/names/README.md: stances with no content are no quotes). What
is held back without a question ('declined to comment on reports that X') is still a report, as PolNeAR counts it,
and so is a plain verb of saying (real model and pipeline; our own sentences)."""

from __future__ import annotations

from quote_support import quotes_of

_DECLINED = ("The exchange will open an inquiry into the trading, a spokesman said. He said the exchange would "
             "publish its findings but declined to say when they would be ready.\n")
_REFUSED = "Hollis refused to say whether the second quarter would bring a loss for the group.\n"
_THING = "The minister declined to comment on reports that the second quarter would bring a loss for the group.\n"
_SAID = "Hollis said results for the second quarter would be better than a year earlier.\n"


def _texts(nlp, text: str) -> list[str]:
    return [q.text for q in quotes_of(nlp, text)]


def test_declined_to_say_when_reports_nothing(nlp) -> None:
    texts = _texts(nlp, _DECLINED)
    assert not any("when they would be ready" in t for t in texts)
    assert any(t.startswith("the exchange would publish its findings") for t in texts)


def test_refused_to_say_whether_reports_nothing(nlp) -> None:
    assert not any("second quarter" in t for t in _texts(nlp, _REFUSED))


def test_a_thing_held_back_is_still_reported(nlp) -> None:
    assert any("second quarter" in t for t in _texts(nlp, _THING))


def test_a_plain_verb_of_saying_still_reports(nlp) -> None:
    assert any("second quarter" in t for t in _texts(nlp, _SAID))
