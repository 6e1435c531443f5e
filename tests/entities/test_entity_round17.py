"""Entity names, kinds and roles, round 17 (real model, real pipeline): errors seen in US political news of 2015-16
and in Reuters copy of 1996, each written here in sentences of our own. A post written as one word joined by
hyphens ("front-runner", "co-founder", "co-host") is the person's role whole, not its last or first half; "Another"
before a name is no job. The newsroom of a wire sign-off ("-- Zagreb Newsroom +385 …") is one organisation, place
and all, not a person, its place alone, or a name run into the telephone number. A share of the vote is no role
("Sens. Lang and Heng, 11 and 8 percent"); a name ending in "Center" is an institute's, not a person's; a name the
article calls an airport ("Gatwick airport", "Heathrow, Gatwick and Stansted airports") is the airport in every
mention. An outlet's curly possessive before its host ("Fox News’ Megyn Kelly") or its programme ("CBS’ Face the
Nation") ends the outlet's name: the host is a person, the programme no name here. A post with its portfolio before a name ("Secretary of Labor Carl Heng") is
the role whole, and the portfolio no part of the name."""

from __future__ import annotations

import pytest
from entity_support import mentions

from store.analysis import analyze


def _roles(nlp, text: str) -> dict[str, str | None]:
    return {e.canonical: e.role for e in analyze(nlp, text).entities if e.label == "PERSON" and e.role}


def _speaker_roles(nlp, text: str) -> set[tuple[str | None, str | None]]:
    return {(q.speaker, q.speaker_role) for q in analyze(nlp, text).quotes}


@pytest.mark.parametrize(("text", "name", "role"), [
    ('"We will win the state," Republican front-runner Tom Baxter said on Monday in Des Moines.',
     "Tom Baxter", "front-runner"),
    ("In a radio interview, co-host Linda Marsh asked the senator about the vote.", "Linda Marsh", "co-host"),
    ('"It was a fair fight," said award-winning journalist Carl Heng, who covered the race.',
     "Carl Heng", "award-winning journalist"),
    ('"The plan is a mess," said Ruth Lang, co-founder of the Center for Fair Budgets, a research group.',
     "Ruth Lang", "co-founder"),
    ('"We cannot wait," Ruth Lang, co-director of the Hampton Policy Institute, said in a statement.',
     "Ruth Lang", "co-director"),
])
def test_a_post_joined_by_hyphens_is_the_role_whole(nlp, text: str, name: str, role: str) -> None:
    assert _roles(nlp, text).get(name) == role


def test_a_post_joined_by_hyphens_is_the_speakers_role(nlp) -> None:
    text = '"The plan is a mess," said Ruth Lang, co-founder of the Center for Fair Budgets, a research group.'
    assert ("Ruth Lang", "co-founder") in _speaker_roles(nlp, text)


def test_when_a_post_was_held_is_no_word_of_it(nlp) -> None:
    assert _roles(nlp, '"We lost," said then-vice president Ruth Lang.').get("Ruth Lang") == "vice president"


def test_another_before_a_name_is_no_job(nlp) -> None:
    text = ("Donald Trump spoke in Ohio on Monday. Mr. Trump declined to comment. Another Trump supporter in Silicon "
            "Valley, Ann Pike, had some business dealings with the candidate many years ago.")
    assert "Another" not in {e.role for e in analyze(nlp, text).entities}


@pytest.mark.parametrize(("sign_off", "desk"), [
    ("-- Zagreb Newsroom, 385-1-4557075", "Zagreb Newsroom"),
    ("-- Moscow Newsroom, +7095 941 8520", "Moscow Newsroom"),
    ("-- Helsinki Newsroom +358 - 0 - 680 50 245", "Helsinki Newsroom"),
    ("-- Ann Moyes, London Newsroom +44 171 542 0000", "London Newsroom"),
])
def test_the_newsroom_of_a_sign_off_is_one_organisation(nlp, sign_off: str, desk: str) -> None:
    city = desk.split()[0]
    text = (f"{city.upper()}, Aug 30 - Traders marked up grain prices on Friday after a quiet week in the port.\n\n"
            f"Dealers said trade was thin ahead of the weekend.\n\n{sign_off}")
    found = mentions(nlp, text)
    assert (desk, "ORG", desk) in found
    assert (city.upper(), "GPE", city) in found
    assert not any(label == "PERSON" and "Newsroom" in name for _, label, name in found)


def test_a_programme_named_newsroom_inside_a_story_is_no_sign_off(nlp) -> None:
    text = "The senator told viewers of Morning Newsroom on Monday that he would run again next year."
    assert not any(name == "Morning Newsroom" and label == "ORG" for _, label, name in mentions(nlp, text))


def test_a_share_of_the_vote_is_no_role(nlp) -> None:
    text = "Baxter took 48 percent, and Sens. Ruth Lang and Carl Heng, 11 and 8 percent respectively."
    assert not any(role and "percent" in role for role in _roles(nlp, text).values())


def test_a_name_ending_in_center_is_an_institute(nlp) -> None:
    text = ('"The bill is a mistake," said Ann Pike, a fellow at the Woodrow Wilson Center. The Ruth Baxter Center '
            "said it agreed.")
    found = mentions(nlp, text)
    assert ("Woodrow Wilson Center", "ORG", "Woodrow Wilson Center") in found
    assert not any(label == "PERSON" and name.endswith("Center") for _, label, name in found)


@pytest.mark.parametrize("text", [
    ("The government lowered noise limits for London's Heathrow, Gatwick and Stansted airports. Noise at Heathrow "
     "rose last year."),
    "He flew from Gatwick airport to Chicago on Monday. Gatwick said flights were delayed.",
])
def test_a_name_the_article_calls_an_airport_is_the_airport(nlp, text: str) -> None:
    found = mentions(nlp, text)
    assert not any(label == "PERSON" for _, label, _ in found)
    assert any(label == "FAC" and name in ("Heathrow", "Gatwick") for _, label, name in found)


def test_a_towns_airport_leaves_the_town_a_town(nlp) -> None:
    text = "The plane landed at Osaka airport on Monday. Osaka officials said the runway would reopen."
    assert ("Osaka", "GPE", "Osaka") in mentions(nlp, text)


def test_an_outlets_possessive_before_its_host_gives_the_outlet_and_the_person(nlp) -> None:
    text = "Fox News’ Megyn Kelly asked the governor about the wall. Kelly later said the answer was weak."
    found = mentions(nlp, text)
    assert ("Fox News", "ORG", "Fox News") in found
    assert ("Megyn Kelly", "PERSON", "Megyn Kelly") in found
    assert {label for text_, label, _ in found if text_ == "Kelly"} == {"PERSON"}


@pytest.mark.parametrize("text", [
    "Speaking on CBS’ Face the Nation, the governor said he would sign the bill.",
    "Appearing on CBS’s Face the Nation on Sunday, Ruth Lang said the party was united.",
    # straight, the model ends the outlet at the mark and tags the programme apart
    "Appearing on CBS's Face the Nation on Sunday, Ruth Lang said the party was united.",
])
def test_an_outlets_programme_is_no_part_of_its_name(nlp, text: str) -> None:
    found = mentions(nlp, text)
    assert ("CBS", "ORG", "CBS") in found
    assert not any("Nation" in name for _, _, name in found)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Former Secretary of Defense Leon Panetta said the plan would fail.", "Leon Panetta", "Secretary of Defense"),
    ('"It will not work," said Secretary of Defense Tom Baxter on Monday.', "Tom Baxter", "Secretary of Defense"),
    ("Former Secretary of Labor Carl Heng wrote a letter to the board.", "Carl Heng", "Secretary of Labor"),
])
def test_a_post_with_its_portfolio_before_a_name_is_the_role(nlp, text: str, name: str, role: str) -> None:
    found = analyze(nlp, text).entities
    assert [(e.label, e.role) for e in found if e.canonical == name] == [("PERSON", role)]
    assert not any(e.label == "ORG" and name in e.canonical for e in found)
