"""Entity kinds, round 19 (real model, real pipeline).

The sentences are our own, each in the shape of an error seen in fresh Wikinews and Reuters copy or in CoNLL-2003
train: a named policy or programme taken for an organisation, a country made a firm by a misparsed apposition, a
paper or a firm after the noun that says what it is, read as a person.
"""

from __future__ import annotations

from entity_support import entities_of


def test_a_named_plan_or_program_is_no_organisation(nlp) -> None:
    text = ("BRASILIA, May 4 - Prices rose again after the Tropeiro Plan collapsed, officials said. Farmers asked "
            "for more money under the Grain Credit Incentive Program, which pays exporters a bonus.")
    found = entities_of(nlp, text)
    assert not any(name.endswith(("Plan", "Program")) for name, _ in found), found


def test_a_world_or_united_nations_programme_stays_a_body(nlp) -> None:
    text = ("GENEVA, May 4 - The United Nations Development Program said on Tuesday it would send more staff to the "
            "region, where the World Food Program is feeding a million people.")
    found = entities_of(nlp, text)
    assert ("United Nations Development Program", "ORG") in found


def test_a_country_stays_a_country_whatever_noun_the_parse_hangs_on_it(nlp) -> None:
    text = ("WASHINGTON, March 3 - Officials met to discuss the debts of Peru. Peru, with about 14 billion dlrs "
            "in debt, alarmed banks last month when it stopped paying interest to them.")
    found = entities_of(nlp, text)
    assert ("Peru", "GPE") in found
    assert ("Peru", "ORG") not in found


def test_a_paper_after_daily_is_an_outlet_though_its_article_is_a_first_name(nlp) -> None:
    text = ("PARIS, May 4 - The minister gave an interview to the morning daily Le Courrier, published on "
            "Thursday. He said the plan would cost little.")
    found = entities_of(nlp, text)
    assert ("Le Courrier", "ORG") in found
    assert ("Le Courrier", "PERSON") not in found


def test_a_name_after_its_kind_noun_is_the_firm_when_the_parse_makes_it_the_verbs_subject(nlp) -> None:
    text = ("MEXICO CITY, May 4 - A senior official of the export bank Exportar said the peso was too strong. The "
            "Brazilian steel company Sidermar asked for more time to pay its debts.")
    found = entities_of(nlp, text)
    assert ("Exportar", "ORG") in found
    assert ("Sidermar", "ORG") in found


def test_a_person_who_founded_the_company_stays_a_person(nlp) -> None:
    text = ("SAN JOSE, May 4 - Investors bought shares of the company Okafor founded in 1990, and Okafor said he "
            "was pleased.")
    found = entities_of(nlp, text)
    assert ("Okafor", "ORG") not in found


def test_a_barristers_rank_after_the_name_is_no_part_of_it(nlp) -> None:
    text = ("LEEDS, May 4 - Judge Barton Reed QC jailed the three men on Friday. Prosecutor Alice Wong QC told the "
            "court the victims had been frightened for years.")
    found = entities_of(nlp, text)
    assert ("Barton Reed", "PERSON") in found
    assert ("Alice Wong", "PERSON") in found
    assert not any(name.endswith(" QC") for name, _ in found), found


def test_a_newsletter_or_a_weekly_named_beside_its_kind_is_an_outlet(nlp) -> None:
    text = ("FRANKFURT, May 4 - The financial newsletter, Hanzlik, said on Tuesday the bank would be sold. The "
            "photographs appeared in the weekly Il Settimanale on Friday.")
    found = entities_of(nlp, text)
    assert ("Hanzlik", "ORG") in found
    assert ("Il Settimanale", "ORG") in found


def test_a_person_after_weekly_in_another_sense_stays_a_person(nlp) -> None:
    text = "CHICAGO, May 4 - His weekly column appeared on Sunday, Ray Johnson said. Johnson writes it at home."
    found = entities_of(nlp, text)
    assert ("Ray Johnson", "PERSON") in found


def test_a_program_of_an_institution_stays_an_organisation(nlp) -> None:
    text = ('WASHINGTON, May 4 - "The law is unclear," said Ruth Adler, director of the Voting Program at the '
            "Lindqvist Center for Justice.")
    found = entities_of(nlp, text)
    assert ("Voting Program", "ORG") in found
