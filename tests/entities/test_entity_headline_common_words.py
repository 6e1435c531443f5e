"""Words of a title-case headline read as a name the body never gives, where the body writes each word small
('<Name> Predicts <Party> Will Win <State>'), are dropped (real model, real pipeline; sentences of our own, names
made up)."""

from __future__ import annotations

from entity_support import mentions


def _texts(nlp, text: str) -> set[str]:
    return {text_ for text_, _, _ in mentions(nlp, text)}


def test_headline_verbs_read_as_a_person_are_dropped(nlp) -> None:
    text = (
        "Tessa Brandt Predicts Democrats Will Win Ohio in 2020\n\nSen. Tessa Brandt said on Monday that Democrats "
        "would win Ohio. Brandt told the crowd they will win if they work."
    )
    found = _texts(nlp, text)
    assert "Will Win" not in found
    assert {"Tessa Brandt", "Ohio"} <= found


def test_a_headline_clause_read_as_a_work_is_dropped(nlp) -> None:
    text = (
        "Jonas Pell Sues Bureau, Saying His Firing Was Politically Motivated\n\nJonas Pell sued the bureau on "
        "Tuesday, saying his firing was politically motivated. Pell was fired in August."
    )
    found = _texts(nlp, text)
    assert "Saying His Firing Was Politically Motivated" not in found
    assert "Jonas Pell" in found


def test_a_name_only_the_headline_gives_stays_when_the_body_never_writes_it_small(nlp) -> None:
    text = (
        "Senators Praise Kestrel Dynamics Over New Plant\n\nThe senators said on Monday the firm's new plant would "
        "bring jobs. The company will open it next year."
    )
    assert any("Kestrel" in text_ for text_ in _texts(nlp, text))


def test_a_date_in_a_headline_stays(nlp) -> None:
    text = (
        "Voters Hear From Tessa Brandt This Week\n\nVoters in Salem heard from the senator this week. She said the "
        "plan would work."
    )
    assert ("Week", "DATE") in {(text_, label) for text_, label, _ in mentions(nlp, text)}
