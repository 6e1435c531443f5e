"""Entities in political news, round 13: a person run onto a party or an outlet by a curly possessive, and names
in a title-case headline (real model, real pipeline).

The sentences are our own, each in the shape of an error seen on PolNeAR dev news.
"""

from __future__ import annotations

from entity_support import entities_of


def test_a_person_after_a_curly_possessive_is_no_part_of_the_organisation(nlp) -> None:
    text = ("In the new survey the Libertarian candidate had 8 percent, while the Green Party’s Jill Stein "
            "had 3 percent. The host of the Sports Network’s Rich Eisen show said he would watch the debate.")
    found = entities_of(nlp, text)
    assert ("Green Party’s Jill Stein", "ORG") not in found
    assert ("Jill Stein", "PERSON") in found
    assert ("Green Party", "ORG") in found
    assert ("Rich Eisen", "PERSON") in found


def test_a_firm_named_with_a_possessive_keeps_it(nlp) -> None:
    text = ("Hudson’s Bay Co. said on Monday it would sell shares, and McDonald’s Corp said its sales rose. "
            "Moody’s Investors Service kept its rating.")
    found = {name for name, _ in entities_of(nlp, text)}
    assert "Hudson’s Bay Co." in found
    assert "Bay Co." not in found
    assert "McDonald’s Corp" in found


def test_a_capitalised_word_before_a_name_in_a_title_case_headline_is_no_part_of_it(nlp) -> None:
    text = ("Weary Obama And Clinton Face The Voters.\n\n"
            "The president spoke in Ohio on Monday. Obama said the economy was growing, and Clinton agreed with him "
            "at a later event.")
    found = entities_of(nlp, text)
    assert not any(name.startswith("Weary") for name, _ in found)
    assert ("Obama", "PERSON") in found


def test_a_whole_title_case_headline_is_not_a_name(nlp) -> None:
    text = ("First Steps Into Pension Reform.\n\n"
            "Hospitals in small towns reported more patients this year, said Maria Lopez, an analyst in Omaha, Neb.")
    found = {name for name, _ in entities_of(nlp, text)}
    assert "First Steps Into Pension Reform" not in found
    assert "Maria Lopez" in found


def test_two_outlets_that_sponsor_one_poll_are_two_organisations(nlp) -> None:
    text = ("A new Chicago Tribune/NBC News poll found the race tied, and a Denver Post-CBS News survey "
            "gave the governor a small lead.")
    found = entities_of(nlp, text)
    assert ("Chicago Tribune", "ORG") in found
    assert ("NBC News", "ORG") in found
    assert ("Denver Post", "ORG") in found
    assert ("CBS News", "ORG") in found
    assert not any("/" in name for name, _ in found)


def test_initials_and_one_charity_joined_by_a_slash_stay_one_name(nlp) -> None:
    text = "The AFL-CIO backed the bill, and Big Brothers/Big Sisters of Ohio asked for volunteers."
    found = {name for name, _ in entities_of(nlp, text)}
    assert "AFL-CIO" in found
    assert "CIO" not in found


def test_a_newspapers_last_word_alone_is_the_newspaper_named_in_full(nlp) -> None:
    text = ("The senator told the Denver Post on Monday that he would run. He repeated the claim to the Post "
            "on Tuesday, and the Post said it would print the interview.")
    found = entities_of(nlp, text)
    assert ("Denver Post", "ORG") in found
    assert ("Post", "ORG") not in found
    assert ("The Post", "ORG") not in found


def test_a_name_ending_in_society_or_caucus_is_an_organisation_not_a_person(nlp) -> None:
    text = ("He told one of his young John Smithers Society friends that the plan was wrong. Leslie Moore, "
            "president of the Democratic Black Women Caucus, agreed.")
    found = entities_of(nlp, text)
    assert ("John Smithers Society", "ORG") in found
    assert ("Democratic Black Women Caucus", "ORG") in found
    assert not any(label == "PERSON" and name.endswith(("Society", "Caucus")) for name, label in found)


def test_a_country_leaving_a_union_named_by_a_blend_is_no_entity(nlp) -> None:
    text = ("After Brexit, the bloc aims to rely less on the United States. The fund warned that the Grexit "
            "talk could hurt growth in Greece.")
    found = {name for name, _ in entities_of(nlp, text)}
    assert "Brexit" not in found
    assert "Grexit" not in found
    assert "Greece" in found


def test_a_pro_adjective_made_of_a_name_is_no_part_of_the_committee_after_it(nlp) -> None:
    text = ("In May the pro-Smith Voters First Action became the richest committee of the race, and "
            "Voters First Action said it would spend more in Ohio.")
    found = {name for name, _ in entities_of(nlp, text)}
    assert "Voters First Action" in found
    assert "Smith Voters First Action" not in found


def test_a_lawmakers_party_before_a_district_is_no_part_of_the_place(nlp) -> None:
    text = "State Del. Ann Rowe (D-Newport News) shouted to the crowd that the vote was close."
    found = entities_of(nlp, text)
    assert ("Newport News", "GPE") in found
    assert not any(name.startswith("D-") for name, _ in found)


def test_a_pac_alone_is_no_name(nlp) -> None:
    text = ("The PAC spent $2 million on television ads, and a spokesman for the PAC said it would spend more "
            "in Florida before the primary.")
    found = {name for name, _ in entities_of(nlp, text)}
    assert "PAC" not in found
    assert "Florida" in found


def test_a_run_in_subhead_in_capitals_is_no_place_but_a_dateline_is(nlp) -> None:
    text = ("The senator has many critics.\n\n"
            "RISKY DIET ADVICE — The doctor has been criticised for his advice by other doctors in Boston.\n\n"
            "SAN LUIS OBISPO - The county council met on Monday.")
    found = {name for name, _ in entities_of(nlp, text)}
    assert not any("Diet" in name or "DIET" in name for name in found)
    assert "Boston" in found
    assert "San Luis Obispo" in found


def test_a_states_abbreviation_keeps_the_full_stop_the_tokenizer_split_off(nlp) -> None:
    text = "Sen. Ann Baker (Vt.) spoke first, and the plant in Austin, Tex., closed last year."
    found = entities_of(nlp, text)
    assert ("Vt.", "GPE") in found
    assert ("Tex.", "GPE") in found
    assert ("Vt", "GPE") not in found


def test_a_name_opening_a_title_case_headline_is_cut_from_the_verb_after_it(nlp) -> None:
    body = ("\n\nThe senator {s}, who has run for the seat twice, told the crowd a story on Monday. {s} said she had "
            "been there. Aides to {s} declined to comment.")
    text = "Report: Marta Kellerby Fabricated Story About Her Youth" + body.format(s="Kellerby")
    assert entities_of(nlp, text) == {("Marta Kellerby", "PERSON")}
    # a headline that leaves 'into' and 'with' in small letters is written in title case all the same
    text = "Karen Holloway Surges into Statistical Tie with Governor in State Poll" + body.format(s="Holloway")
    assert entities_of(nlp, text) == {("Karen Holloway", "PERSON")}


def test_a_word_opening_a_question_headline_is_no_given_name(nlp) -> None:
    text = ("Will Holloway Win Over Voters in Ohio?\n\nThe senator Holloway, who has run for the seat twice, told the "
            "crowd a story on Monday. Holloway said she had been there.")
    assert not any(name.startswith("Will") for name, _ in entities_of(nlp, text))
