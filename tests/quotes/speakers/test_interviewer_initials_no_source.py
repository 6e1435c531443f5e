"""The outlet's initials that label its own turns in an interview ('((WN))') name the writer, no source, even
where the interviewer comments more than it asks (real model). The sentences and names are our own."""

from __future__ import annotations

from store.analysis import analyze


def test_the_interviewers_initials_are_no_speaker(nlp) -> None:
    text = ("Wikinews spoke with the engineer Olaf Brandt about repairing farm machines.\n\n"
            "((WN))  Many farmers say they cannot fix their own tractors any more.\n\n"
            "((Olaf Brandt))  That is right. The software locks them out of the engine.\n\n"
            "((WN))  Some makers say the locks keep the machines safe for everyone.\n\n"
            "((Olaf Brandt))  Safety is a pretext. The locks keep the repair business for the dealers.\n\n"
            "((WN))  What should the law say?\n\n"
            "((Olaf Brandt))  The owner should be free to open and mend what they bought.\n")
    speakers = [q.speaker for q in analyze(nlp, text).quotes]
    assert "WN" not in speakers
    assert "Olaf Brandt" in speakers
