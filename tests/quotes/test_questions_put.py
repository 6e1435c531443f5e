"""'Asked if X, <Name> said Y': the question was put to <Name> by someone left unnamed, so it is no report of
<Name>'s; PolNeAR keeps it as a question with no source, or with the asker 'by' names (real model). Our own
sentences."""

from __future__ import annotations

import pytest

from store.analysis import analyze


def _reports(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(nlp, text).quotes]


def test_asked_whether_has_no_source(nlp) -> None:
    text = "TOKYO, May 4 - Asked whether the central bank would lower its lending rate again, Governor Kenji Arata " \
           "said he saw no need for it.\n"
    reports = _reports(nlp, text)
    assert ("whether the central bank would lower its lending rate again", None) in reports
    assert ("he saw no need for it", "Kenji Arata") in reports


def test_when_asked_whether_has_no_source(nlp) -> None:
    text = "NEW YORK, May 4 - \"We have no plans to sell,\" Chairman Ellen Varga said when asked whether the " \
           "company would sell its mining unit.\n"
    reports = _reports(nlp, text)
    assert ("whether the company would sell its mining unit", None) in reports


def test_the_asker_named_by_by_stays(nlp) -> None:
    text = "WASHINGTON, May 4 - Asked by Senator Tom Heller whether the deficit would shrink this year, Treasury " \
           "Secretary John Mercer said it would.\n"
    reports = _reports(nlp, text)
    assert ("whether the deficit would shrink this year", "Tom Heller") in reports


def test_having_questioned_is_her_own_doubt(nlp) -> None:
    text = "LONDON, May 4 - The singer called the role a \"chance to prove myself,\" having questioned her own " \
           "voice for years.\n"
    assert all(speaker is not None for _, speaker in _reports(nlp, text))


# the model's readings of '<Name>, asked whether X, said Y': 'asked' as the main verb with the answer as its
# clause, or as a clause under 'said' with the answerer as its own subject; either way the question is put to
# the one who answers, and the answer is theirs
_ASIDES = [
    (("Finance Minister Karl Olsen, asked whether he was worried about the fall in bond prices, said he was not "
      "worried about it at all."),
     "whether he was worried about the fall in bond prices", "he was not worried about it at all", "Karl Olsen"),
    ("Lars Holm, asked if the plant would close, said no decision had been made.",
     "if the plant would close", "no decision had been made", "Lars Holm"),
    ("Olsen, asked if the bank would cut its rates, said the board would meet on Friday to decide.",
     "if the bank would cut its rates", "the board would meet on Friday to decide", "Olsen"),
]


@pytest.mark.parametrize("text, question, answer, answerer", _ASIDES)
def test_an_aside_question_is_put_to_the_one_who_answers(nlp, text, question, answer, answerer) -> None:
    reports = _reports(nlp, text)
    assert (question, None) in reports, reports
    assert (answer, answerer) in reports, reports


def test_a_question_the_subject_asks_stays_theirs(nlp) -> None:
    text = "The minister asked whether the plant would close, and the board said it would not.\n"
    assert ("whether the plant would close", "minister") in _reports(nlp, text)
