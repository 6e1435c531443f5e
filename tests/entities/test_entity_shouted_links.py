"""A line of the body in capitals written as a sentence, a news site's link to another story or its app's
promotion, is no part of the story: its mentions are dropped (real model, real pipeline; our own sentences and
made-up names)."""

from __future__ import annotations

from store.analysis import analyze

_STORY = (
    "Senator proposes farm relief\n\n"
    "WASHINGTON – Senator Ann Marlow said on Tuesday that she would propose a relief plan for farmers in Ohio.\n\n"
    "{link}\n\n"
    "Marlow said the plan would cost $2 billion, and the Harbor Institute said it would support the proposal.\n\n"
    "CLICK HERE TO GET THE HARBOR NEWS APP"
)


def _mentions(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(nlp, text).entities]


def test_names_in_a_link_line_in_capitals_are_dropped(nlp) -> None:
    text = _STORY.format(link="BRENDA KOVACS WINS BACKING FROM FARM GROUPS IN KEY STATE AFTER DEBATE")
    found = _mentions(nlp, text)
    assert not any(name.isupper() and name != "WASHINGTON" for name, _ in found), found
    assert ("Ann Marlow", "PERSON") in found
    assert ("WASHINGTON", "GPE") in found  # a dateline in capitals is no link


def test_a_headline_and_an_article_in_capitals_keep_their_names(nlp) -> None:
    text = (
        "BRENDA KOVACS WINS SEAT IN OHIO\n\n"
        "COLUMBUS – Brenda Kovacs won the seat on Tuesday, the state's election office said."
    )
    assert any(label == "PERSON" and "KOVACS" in name for name, label in _mentions(nlp, text))
    text = (
        "SENATOR ANN MARLOW SAID ON TUESDAY SHE WOULD PROPOSE A RELIEF PLAN FOR FARMERS.\n\n"
        "MARLOW SAID THE PLAN WOULD COST 2 BLN DLRS AND THE HARBOR INSTITUTE WOULD SUPPORT IT."
    )
    assert any("MARLOW" in name for name, _ in _mentions(nlp, text))


def test_a_tables_head_in_capitals_is_no_link(nlp) -> None:
    text = (
        "Acme Dairy Cooperative said its milk output rose in the fourth quarter and in the new year.\n\n"
        "FOURTH QTR 1986 JANUARY 1987 FEBRUARY 1987\n\n"
        "Output 120.5 131.2 128.9\n\n"
        "The cooperative said output would rise again in the spring."
    )
    start = text.index("FOURTH")
    heads = [e for e in analyze(nlp, text).entities if start <= e.start < start + 42]
    assert heads, "the model tags the dates in the table's head"


def test_a_list_subhead_in_capitals_with_no_verb_keeps_its_names(nlp) -> None:
    text = (
        "A look at the new racing games on mobile phones this winter, and too many of them are alike.\n\n"
        "TOO FAST TOO LOUD (HARBOR GAMES)\n\n"
        "The game lets players race through a city at night, and Harbor Games says it sold well."
    )
    start = text.index("TOO FAST")
    assert any(start <= e.start < start + 32 for e in analyze(nlp, text).entities if e.label == "ORG")
