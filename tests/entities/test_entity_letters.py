"""A company's letters ("TWA", "ATT", "S and P", "VW") are the company in the entities, not a second entity beside
it (issue 12: one referent table for entities and speakers), with the real model and pipeline.

Sentences of our own in the shape of wire copy: the model tags the letters alone, cuts the full name at its "and",
or tags nothing; the Entities panel should still list one company, and the speakers read the same name.
"""

from __future__ import annotations

from entity_support import entities_of

from store.analysis import analyze


def _letters(nlp, text: str, form: str) -> set[tuple[str, str]]:
    """The (canonical, label) of every entity written as `form`."""
    return {(e.canonical, e.label) for e in analyze(nlp, text).entities if e.text == form}


def test_letters_taken_in_order_from_one_word_are_the_company(nlp) -> None:
    text = ("BONN, June 8 - Hoechst AG plans to open a second dye plant near Frankfurt, its chairman told "
            "workers on Monday.\n\n"
            "HST said the plant would need about 900 more workers by 1991.")
    assert _letters(nlp, text, "HST") == {("Hoechst AG", "ORG")}
    assert ("HST", "ORG") not in entities_of(nlp, text)
    assert {q.speaker for q in analyze(nlp, text).quotes if "900 more" in q.text} == {"Hoechst AG"}


def test_an_airline_the_model_left_untagged_is_named_by_its_letters(nlp) -> None:
    text = ("DALLAS, June 8 - Pacific Coast Airways said it would start four daily flights to Reno in July.\n\n"
            "PCA said the flights would use two leased jets.")
    ents = entities_of(nlp, text)
    assert ("Pacific Coast Airways", "ORG") in ents
    assert not {name for name, _ in ents} & {"PCA"}
    speakers = {q.speaker for q in analyze(nlp, text).quotes}
    assert speakers == {"Pacific Coast Airways"}


def test_a_name_cut_at_its_and_is_one_entity_with_its_letters(nlp) -> None:
    text = ("NEW YORK, June 8 - American Telephone and Telegraph said it would cut the price of calls to Europe by "
            "six pct.\n\n"
            "ATT said the cut would save customers about 90 mln dlrs a year.")
    orgs = {name for name, label in entities_of(nlp, text) if label == "ORG"}
    assert orgs == {"American Telephone and Telegraph"}


def test_letters_joined_by_and_are_the_company_not_another_they_spell(nlp) -> None:
    text = ("NEW YORK, June 8 - Standard and Poor's Corp said it lowered the ratings of two utilities.\n\n"
            "Among them is Southern Power Corp, which has 300 mln dlrs of bonds.\n\n"
            "S and P said the cut reflected the cost of a new plant.")
    assert _letters(nlp, text, "S and P") == {("Standard and Poor's Corp", "ORG")}
    assert ("Southern Power Corp", "ORG") in entities_of(nlp, text)


def test_letters_no_name_before_spells_stay_a_name_of_their_own(nlp) -> None:
    text = ("NEW YORK, June 8 - Shearson Lehman Brothers said it would open two offices in Tokyo.\n\n"
            "SLH said the offices would employ 40 people.")
    assert {name for name, _ in _letters(nlp, text, "SLH")} == {"SLH"}


def test_letters_of_a_country_s_full_name_are_the_country_by_the_article_s_name(nlp) -> None:
    text = ("North Korea said it tested a new missile on Sunday. \"I strongly urge the [Democratic People's Republic "
            "of Korea] to stop,\" the IAEA chief said. He said the DPRK tests broke U.N. resolutions.")
    assert _letters(nlp, text, "DPRK") == {("North Korea", "GPE")}


def test_a_blend_of_a_hyphenated_names_openings_is_the_company(nlp) -> None:
    text = ("The loan was arranged by Leiden-Utrecht Bank NV. Shares of Leut rose 2 guilders on the Amsterdam "
            "bourse.")
    assert _letters(nlp, text, "Leut") == {("Leiden-Utrecht Bank NV", "ORG")}


def test_a_blend_the_model_read_as_a_surname_is_the_company(nlp) -> None:
    text = ("The port authority hired Leiden-Utrecht Bank NV to run the sale. Leut executive Anna de Vries said the "
            "notes sold well. Leut said it would arrange more issues.")
    assert _letters(nlp, text, "Leut") == {("Leiden-Utrecht Bank NV", "ORG")}


def test_a_persons_surname_that_could_be_a_blend_stays_the_person(nlp) -> None:
    text = ("The port authority hired Leiden-Utrecht Bank NV to run the sale. Leon Leut, a lawyer, said the notes "
            "sold well. Leut said it would arrange more issues.")
    assert _letters(nlp, text, "Leut") == {("Leon Leut", "PERSON")}
