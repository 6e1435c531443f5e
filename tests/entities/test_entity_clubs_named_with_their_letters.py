"""In a report of a game, a club written with the letters clubs open or close their names with ("SC <Town>",
"1. FC <Town>", "<Town> FF", "<Name> IF") is one organisation, letters and number included, though the model tags
the letters alone or reads the rest as the town or a person; a day the model found after the name stays a day, and
outside a report of a game the letters are left alone ("<Town> SC" is a state's abbreviation there). A town's name
before a side's nickname ("<Town> Sharks") is a club too (real model)."""

from __future__ import annotations

from entity_support import entities_of, labels_of


def test_a_club_opened_by_its_letters_is_one_organisation(nlp) -> None:
    text = ("SC Paderborn lost 2-1 to 1. FC Heidenheim in the football league on Saturday. The Paderborn striker "
            "Jan Vogel scored late, but the visitors held on.")
    found = entities_of(nlp, text)
    assert ("SC Paderborn", "ORG") in found
    assert ("1. FC Heidenheim", "ORG") in found
    assert ("SC", "ORG") not in found


def test_a_club_closed_by_its_letters_is_one_organisation(nlp) -> None:
    text = ("Malmo FF drew 1-1 with Djurgardens IF in the Swedish football league. The Malmo goalkeeper Erik Lund "
            "saved a penalty in the second half.")
    found = entities_of(nlp, text)
    assert ("Djurgardens IF", "ORG") in found
    assert ("Malmo FF", "ORG") in found


def test_a_day_after_the_club_is_no_part_of_its_name(nlp) -> None:
    text = ("The striker scored twice as AC Venezia beat Pisa 3-0 Sunday, and the midfielder Paolo Rossi added a "
            "third goal in the football match.")
    found = entities_of(nlp, text)
    assert ("AC Venezia", "ORG") in found
    assert not any("Sunday" in name and label == "ORG" for name, label in found)


def test_outside_a_game_the_letters_are_left_alone(nlp) -> None:
    text = "The company opened a new plant in Greenville SC last year, and it plans a second one in Georgia."
    assert not any(name.endswith(" SC") and label == "ORG" for name, label in entities_of(nlp, text))


def test_a_towns_name_before_a_nickname_is_a_club(nlp) -> None:
    text = "The hooker Tom Reed scored twice for Sale Sharks in the rugby premiership on Friday."
    assert labels_of(nlp, text, "Sale Sharks") == {"ORG"}
    text = "Tom Reed scored the winning try for Wigan Warriors in the rugby league final."
    assert labels_of(nlp, text, "Wigan Warriors") == {"ORG"}
    assert labels_of(nlp, text, "Tom Reed") == {"PERSON"}


def test_letters_in_mixed_case_open_a_clubs_name_too(nlp) -> None:
    text = ("MSV Duisburg lost 1-0 at home to VfL Bochum in the football league, and the Duisburg goalkeeper Timo "
            "Brandt was sent off after an hour.")
    found = entities_of(nlp, text)
    assert ("VfL Bochum", "ORG") in found
    assert ("MSV Duisburg", "ORG") in found


def test_a_post_and_a_persons_name_after_the_letters_are_no_part_of_the_club(nlp) -> None:
    text = "The football league match ended 2-2. Hillcrest FC Chairman Tom Reed said the striker would stay."
    found = entities_of(nlp, text)
    assert ("Hillcrest FC", "ORG") in found
    assert ("Tom Reed", "PERSON") in found


def test_a_headlines_capitalised_verb_is_no_part_of_the_club(nlp) -> None:
    text = ("FC Porto Beat Benfica In Lisbon Derby\n\nFC Porto beat Benfica 2-1 in the football league on Sunday, "
            "the striker Rui Costa scoring twice.")
    found = entities_of(nlp, text)
    assert ("FC Porto", "ORG") in found
    assert not any(name.startswith("FC Porto B") for name, _label in found)


def test_a_club_whose_town_is_a_first_name_is_still_the_club(nlp) -> None:
    text = ("The striker scored twice in the football league on Sunday. Next, the side host Florence CF on March 2, "
            "and the midfielder Luis Vega is fit again.")
    found = entities_of(nlp, text)
    assert ("Florence CF", "ORG") in found
