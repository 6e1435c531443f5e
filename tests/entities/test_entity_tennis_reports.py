"""A tennis report may name neither its game nor a side; two sets' scores in a row ('7-5 6-3') say what it is, and
its competitions and players are then read as in a report of a game (real model and pipeline). Passages of our own,
with made-up players; one score in a council's vote or a sales figure opens no sport's rules."""

from __future__ import annotations

from entity_support import labels_of


def test_a_slam_in_a_report_with_set_scores_is_an_event(nlp) -> None:
    text = "Ann Lee won her first Grand Slam title on Sunday, beating Carla Moretti 7-5 6-3."
    assert labels_of(nlp, text, "Grand Slam") == {"EVENT"}


def test_one_score_outside_sport_opens_nothing(nlp) -> None:
    text = "The council voted 6-3 to let the Grand Slam bar in Harwick stay open late."
    assert labels_of(nlp, text, "Grand Slam") == {"FAC"}
    text = "The firm's new Grand Slam range sold well, and sales rose 5-6 percent in the first quarter."
    assert labels_of(nlp, text, "Grand Slam") == {"FAC"}
