"""Words beside a speaker's name that say who the person is (an age, a tie to someone, where they vote, what they
saw) are no role: the role shown with the quotes is a title or a job (real model). The sentences and names are
our own."""

from __future__ import annotations

from store.analysis import analyze


def _roles(nlp, text: str) -> dict:
    return {q.speaker: q.speaker_role for q in analyze(nlp, text).quotes}


def test_descriptions_are_no_roles(nlp) -> None:
    text = ("Tom Hale, a teenager from Leeds, said the bus never came.\n\n"
            "Lena Kraus, a voter in Munich, said she would back the Greens.\n\n"
            "Marta Silva, an eyewitness, said the car was going very fast.\n")
    roles = _roles(nlp, text)
    assert {"Tom Hale", "Lena Kraus", "Marta Silva"} <= set(roles)
    assert roles["Tom Hale"] is None and roles["Lena Kraus"] is None and roles["Marta Silva"] is None


def test_posts_and_jobs_stay_roles(nlp) -> None:
    text = ("Sam Petrov, a local shop owner, said sales had halved.\n\n"
            "Ines Duarte, the mayor of Braga, said the bridge would reopen in May.\n")
    roles = _roles(nlp, text)
    assert roles.get("Sam Petrov") == "local shop owner"
    assert roles.get("Ines Duarte") == "mayor"
