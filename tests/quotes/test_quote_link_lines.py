"""A news page's link to another story, a line in capitals between the paragraphs, holds no quote of the article
(quotes/link_lines.py), with the real model and pipeline, on pages of our own."""

from __future__ import annotations

from quote_support import quotes_of

_PAGE = (
    "{headline}\n"
    "Governor Ana Morel said on Monday that the state would build two new bridges over the river.\n"
    "{link}\n"
    "\u201cThe old crossings are simply worn out,\u201d Morel said.\n"
)


def test_a_link_in_capitals_holds_no_quote(nlp) -> None:
    text = _PAGE.format(headline="State to build two bridges", link="SENATOR SAYS HIGHWAY FUND WILL RUN DRY BY MAY")
    assert [q for q in quotes_of(nlp, text) if "HIGHWAY" in q.text] == []
    assert any("worn out" in q.text and q.speaker == "Ana Morel" for q in quotes_of(nlp, text))


def test_a_headline_in_capitals_is_left(nlp) -> None:
    text = _PAGE.format(headline="GOVERNOR SAYS STATE WILL BUILD TWO BRIDGES", link="")
    assert any("STATE WILL BUILD" in q.text for q in quotes_of(nlp, text))


def test_a_paragraph_in_mixed_case_is_left(nlp) -> None:
    text = _PAGE.format(headline="State to build two bridges", link="The senator says the highway fund will run dry.")
    assert any("highway fund" in q.text for q in quotes_of(nlp, text))


def test_a_labelled_link_to_another_story_holds_no_quote(nlp) -> None:
    text = _PAGE.format(
        headline="State to build two bridges", link="More: Senator Ray Dunmore says highway fund will run dry by May"
    )
    assert [q for q in quotes_of(nlp, text) if "highway fund" in q.text] == []


def test_a_paragraph_opening_with_said_and_a_colon_is_left(nlp) -> None:
    text = _PAGE.format(
        headline="State to build two bridges", link="Senator Ray Dunmore said: the highway fund will run dry by May"
    )
    assert any("highway fund" in q.text for q in quotes_of(nlp, text))


def test_a_subheading_opening_with_a_name_is_left(nlp) -> None:
    text = (
        "Minister quits after one term\n"
        "Foreign Minister Peter Walsh resigned on Monday after one term in office.\n"
        "He said the budget was in good shape.\n"
        "Walsh: 'Business as usual' for now\n"
        "Walsh said the president accepted the resignation on Friday.\n"
    )
    assert any("Business as usual" in q.text and q.speaker == "Peter Walsh" for q in quotes_of(nlp, text))
