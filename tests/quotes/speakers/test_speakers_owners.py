"""A document the article tied to its owner earlier, a people's adjective on a document, names opening a sentence
and unnamed sources after a dateline (real model).

Each sentence is our own, in the shape of a mistake read on unseen news articles (DESIGN.md, "Canonical names":
a statement or report speaks for whoever issued it; unnamed sources are shown in lower case, names keep theirs).
"""

from __future__ import annotations

import pytest
from quote_support import quote_with

from store.analysis import analyze


def test_the_report_later_is_the_companys_report_named_before(nlp) -> None:
    text = ("HOUSTON, March 3 - Vantage Oil Corp's crude reserves fell last year, the company's annual report said.\n\n"
            "Gas output offset much of the drop, the report said.")
    assert quote_with(nlp, text, "Gas output offset").speaker == "Vantage Oil Corp"


def test_a_report_whose_owner_stands_for_no_one_stays_unnamed(nlp) -> None:
    text = "Reserves fell last year. Its annual report said the drop was small. Gas offset the drop, the report said."
    assert quote_with(nlp, text, "Gas offset").speaker == "report"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (("Turkey sent two ships to the region on Friday. A Turkish statement said the ships would stay in "
          "international waters."), "Turkey"),
        (("Iraq fired missiles at the tanker, Lloyd's said. Iraqi reports said the ships would stay in "
          "international waters."), "Iraq"),
        # no country of that people named: the adjective alone never speaks for anyone
        ("Ships sailed on Friday. A Turkish statement said the ships would stay in international waters.",
         "Turkish statement"),
    ],
)
def test_a_peoples_document_speaks_for_the_country_the_article_names(nlp, text: str, speaker: str) -> None:
    assert quote_with(nlp, text, "the ships would stay").speaker == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("The rebels attacked the base at dawn. The Army said the soldiers were safe.", "the soldiers", "Army"),
        ("The talks broke down on Monday. Parillo said the talks would go on.", "the talks would", "Parillo"),
        # a capital that only opens the sentence or a dateline's story is a common noun's
        ("WELLINGTON, June 18 - Analysts said they were surprised at the forecast.", "they were surprised",
         "analysts"),
        ("Banks lent more. Government figures show that loans rose by 13.8 pct in 1986.", "loans rose",
         "government figures"),
    ],
)
def test_a_name_opening_a_sentence_keeps_its_capital_and_a_common_noun_does_not(
        nlp, text: str, fragment: str, speaker: str) -> None:
    assert quote_with(nlp, text, fragment).speaker == speaker


def test_an_acronym_the_article_defined_speaks_through_its_figures(nlp) -> None:
    text = ("Oil stocks fell 2.1 mln barrels last week, the American Petroleum Institute (API) said. "
            "API statistics showed that gasoline stocks rose.")
    assert quote_with(nlp, text, "gasoline stocks rose").speaker == "American Petroleum Institute"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (("Minister of International Trade and Industry Hajime Tamura said Japan would cut output. "
          "Tamura said the cuts would start soon."), "Hajime Tamura"),
        (("The U.S. will defend its rights, U.S. Ambassador to GATT Michael Samuels said. "
          "Samuels said the cuts would start soon."), "Michael Samuels"),
    ],
)
def test_a_post_run_into_its_holders_name_leaves_the_holder_speaking(nlp, text: str, speaker: str) -> None:
    assert {q.speaker for q in analyze(nlp, text).quotes} == {speaker}


def test_titles_joined_by_and_run_into_the_holders_name(nlp) -> None:
    text = ('Vantage Corp expects first quarter sales to be up "sharply" and profits to "do well," chairman and '
            'president Jack Reichert said after a securities analysts meeting.')
    assert quote_with(nlp, text, "Vantage Corp expects").speaker == "Jack Reichert"


def test_initials_joined_by_and_open_the_company_name_the_model_cut(nlp) -> None:
    text = ("DALLAS, May 4 - SP and T Royalty Trust said Sabine Delta Petroleum Co <SDP>, the operator of its "
            "wells, may start holding back royalties.\n\n"
            "SP and T said Sabine Delta has not yet held back any amounts. The trust said it would wait.")
    assert {q.speaker for q in analyze(nlp, text).quotes} == {"SP and T Royalty Trust"}
