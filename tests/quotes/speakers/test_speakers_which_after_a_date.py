"""A 'which' that the parse hung on a date ('the ruling in March 2022, which found …') or made an adverbial clause
after a comma stands for the noun the date follows; a court's ruling speaks for the court (real model).

Our own sentences.
"""

from __future__ import annotations

from quote_support import speaker_of


def test_ruling_in_a_month_which_found(nlp) -> None:
    text = ("The farmers point to the High Court's ruling in March 2022, which found that the first dam broke "
            "water laws.")
    assert speaker_of(nlp, text, "the first dam broke") == "High Court"


def test_comma_which_parsed_as_adverbial_clause(nlp) -> None:
    text = ("The campaigners point to the Constitutional Court's ruling in June 2020, which found that two pipelines "
            "on the eastern coast breached the rights of fishing villages under the European Convention on Human "
            "Rights.")  # the parse makes the clause an adverbial one of 'point'
    assert speaker_of(nlp, text, "two pipelines on") == "Constitutional Court"


def test_which_after_a_named_body_is_unchanged(nlp) -> None:
    text = "Their lawyers cite a report by the Water Board, which said that river levels had fallen by a third."
    assert speaker_of(nlp, text, "river levels had fallen") == "Water Board"


def test_judgment_in_a_month_which_found(nlp) -> None:
    text = "Residents cite the Supreme Court's judgment in April 2018, which found that the mine had polluted the river."
    assert speaker_of(nlp, text, "the mine had polluted") == "Supreme Court"
