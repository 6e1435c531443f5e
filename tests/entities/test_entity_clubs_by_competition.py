"""A report that names the competition two clubs meet in ("the Champions League", "the FA Cup") is about a sport
even when it names no game and no post, so a town's name the article gives a plural verb is the club's in every
mention; without the competition the same lines stay as they were, and a country's side run into the competition's
name by a dash ("the Cup - <country> coach") makes no club of either (real model)."""

from __future__ import annotations

from entity_support import entities_of, labels_of

_TIE = ("Porto travel to Lyon in the Champions League next week. Lyon are unbeaten at home since August, and Porto "
        "have won only once away.")


def test_a_town_in_a_competitions_report_is_its_club(nlp) -> None:
    assert labels_of(nlp, _TIE, "Lyon") == {"ORG"}
    text = ("The holders meet Valencia in the Champions League on Tuesday. Valencia have lost twice at home this "
            "month.")
    assert labels_of(nlp, text, "Valencia") == {"ORG"}


def test_without_the_competition_the_town_stays_as_it_was(nlp) -> None:
    text = _TIE.replace(" in the Champions League", "")
    assert "ORG" not in labels_of(nlp, text, "Lyon")


def test_a_country_run_into_the_competition_by_a_dash_is_no_club(nlp) -> None:
    text = ("Ireland have lost three of their last five games since the World Cup - Ireland coach Tom Byrne said "
            "the side must improve.")
    found = entities_of(nlp, text)
    assert not any(label == "ORG" and "Ireland" in name for name, label in found)
    assert ("Tom Byrne", "PERSON") in found
