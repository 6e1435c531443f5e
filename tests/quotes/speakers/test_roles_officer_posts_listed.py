"""A firm officer's posts listed before or after the name are all the role, as the article gives them (names README):
'<Name>, chairman, president and chief executive officer,' and 'chairman, president and treasurer <Name>' hold the
three, where the first or the last two were shown; 'president and chief operating officer <Name>' holds both, where
no role was shown, the second post being no title the lexicon had (real model).

Our own sentences and names; a list of officers, each named after a post, keeps one post each, and a lone such post
keeps the 'former' before it."""

from __future__ import annotations

from store.analysis import analyze


def _people(nlp, text: str) -> dict[str, str | None]:
    return {e.canonical: e.role for e in analyze(nlp, text).entities if e.label == "PERSON"}


def test_two_lower_case_posts_before_the_name(nlp) -> None:
    text = "DALLAS, April 1 - Acme Corp said president and chief operating officer John Barker will retire in June.\n"
    assert _people(nlp, text) == {"John Barker": "president and chief operating officer"}


def test_three_posts_after_the_name(nlp) -> None:
    text = "DALLAS, April 1 - John Barker, chairman, president and chief executive officer of Acme Corp, said sales " \
           "would rise.\n"
    assert _people(nlp, text) == {"John Barker": "chairman, president and chief executive officer"}


def test_three_posts_before_the_name(nlp) -> None:
    text = "DALLAS, April 1 - Acme Corp chairman, president and chief executive officer John Barker said sales " \
           "would rise.\n"
    assert _people(nlp, text) == {"John Barker": "chairman, president and chief executive officer"}


def test_officers_listed_each_with_a_name(nlp) -> None:
    text = "DALLAS, April 1 - Acme Corp said its board is chairman Tom Barrow, president and chief executive " \
           "officer Ann Vole and treasurer Lee Parks.\n"
    assert _people(nlp, text) == {"Tom Barrow": "chairman", "Ann Vole": "president and chief executive officer",
                                  "Lee Parks": "treasurer"}


def test_a_lone_officers_post_keeps_former(nlp) -> None:
    text = "DALLAS, April 1 - Acme Corp said Ann Vole replaces former chief financial officer John Barker, who " \
           "retires.\n"
    assert _people(nlp, text)["John Barker"] == "former chief financial officer"


def test_a_vice_chairmans_paired_post(nlp) -> None:
    text = "DALLAS, April 1 - Sales will rise, said Vice Chairman and Chief Financial Officer John Barker.\n"
    assert _people(nlp, text) == {"John Barker": "Vice Chairman and Chief Financial Officer"}
