"""A paper named beside the paper's noun ('the opposition daily <Title>', 'its sister publication <Title>', 'the
<Title> daily reported') is the paper, an organisation, in every mention, and 'daily' or 'weekly' there is no date
(real model, real pipeline). A name that qualifies a noun of its own after 'weekly' ('a weekly <Board> meeting'),
a person named in full and 'daily' as how often something happens keep their kinds."""

from __future__ import annotations

from entity_support import labels_of

from store.analysis import analyze


def _dates(nlp, text: str) -> list[str]:
    return [e.text for e in analyze(nlp, text).entities if e.label == "DATE"]


def test_a_title_after_its_papers_noun_is_the_paper_in_every_mention(nlp) -> None:
    text = (
        "ABIDJAN, Aug 20 - Three journalists from the opposition daily La Plaine are serving prison terms.\n\n"
        "La Plaine published an article on the president.\n\n"
        "They included one of the three La Plaine journalists."
    )
    assert labels_of(nlp, text, "La Plaine") == {"ORG"}
    assert "daily" not in _dates(nlp, text)


def test_a_title_after_a_sister_publication_is_the_paper(nlp) -> None:
    text = (
        "ROME, Aug 20 - The magazines printed photos of the prince, and its sister publication Vetrina ran "
        "ten pages of them.\n\nVetrina said other photos were taken."
    )
    assert labels_of(nlp, text, "Vetrina") == {"ORG"}


def test_a_title_before_a_daily_that_reports_is_the_paper_and_the_daily_no_date(nlp) -> None:
    text = (
        "JERUSALEM, Aug 20 - The Nova Hadashot daily reported that the minister would resign.\n\n"
        "The daily said he had told friends."
    )
    assert labels_of(nlp, text, "Nova Hadashot") == {"ORG"}
    assert "daily" not in _dates(nlp, text)


def test_how_often_a_thing_happens_is_left_alone(nlp) -> None:
    text = (
        "LONDON, Aug 20 - A weekly Cabinet meeting was held on Sunday.\n\n"
        "Sales rose in daily trading, a spokesman for Harlow Mills said."
    )
    dates = _dates(nlp, text)
    assert "weekly" in dates and "daily" in dates


def test_a_capital_that_opens_a_compound_after_weekly_is_no_paper(nlp) -> None:
    text = "The rate is reset the day after each weekly T-bill auction, the bank said."
    assert "T" not in {e.text for e in analyze(nlp, text).entities}


def test_a_person_named_in_full_after_weekly_stays_a_person(nlp) -> None:
    text = "She said the weekly Ann Lee show would return in May, its producer told reporters."
    assert "PERSON" in labels_of(nlp, text, "Ann Lee")
