"""Entity names and kinds, round 15 (real model, real pipeline): errors seen in US political news of 2015-16, each
written here in sentences of our own. A name run together with the other capitalised words of a title-case
headline or subhead is the body's name inside it, and the body's short forms are shown under that name. A
surname the model read as a work, a product or a firm is the person the article names in full. A person's
possessive run into what follows ("Lee’s Iowa director") is the person, and the place when a place follows; an
outlet's possessive before a programme leaves the outlet. A word that with a weekday names a day ("Super Tuesday")
is no place, and "Gov" or "AG" before a name is a title."""

from __future__ import annotations

from entity_support import mentions


def test_a_headline_verb_run_into_a_name_is_no_part_of_it(nlp) -> None:
    text = ("Survey: Gordon Pratt Ties Rachel Okafor With Dennis Hale in a Close Race.\n\n"
            "Gordon Pratt does better against Rachel Okafor or Dennis Hale than his rivals, a survey found. "
            "Okafor leads among women, the survey said, and Okafor's aides welcomed it.")
    found = mentions(nlp, text)
    assert not any(name.startswith("Ties") for _, _, name in found)
    assert {name for text_, _, name in found if text_ == "Okafor"} == {"Rachel Okafor"}


def test_a_subhead_in_title_case_gives_its_names_without_its_verbs(nlp) -> None:
    text = ("Live updates from the debate in Manchester.\n\n"
            "Senator Walter Brandt spoke first and Governor Lucy Amadi followed him on stage.\n\n"
            "Walter Brandt Hints Amadi Would Raise Taxes\n"
            "Brandt said the governor had raised taxes twice. Amadi denied it.\n\n"
            "Lucy Amadi Apologizes To Voters\n"
            "Amadi said she was sorry for the delay.")
    found = mentions(nlp, text)
    assert not any("Hints" in name or "Apologizes" in name for _, _, name in found)
    assert {name for text_, _, name in found if text_ == "Brandt"} == {"Walter Brandt"}
    assert {name for text_, _, name in found if text_ == "Amadi"} == {"Lucy Amadi"}


def test_a_full_name_in_a_list_of_results_is_left_whole(nlp) -> None:
    text = ("Readers picked a winner.\n\n"
            "Ann Ruiz 1, Peter Vogel 2, Omar Haddad 3 and Carl Fenn last.\n\n"
            "Vogel won the most votes among the young. Ruiz did better among the old.")
    found = mentions(nlp, text)
    assert ("Peter Vogel", "PERSON", "Peter Vogel") in found
    assert {name for text_, _, name in found if text_ == "Vogel"} == {"Peter Vogel"}


def test_a_surname_the_model_reads_as_a_work_is_the_person_named_in_full(nlp) -> None:
    text = ("Senator Bernie Sanders unveiled a tax plan on Monday. Hers is far smaller than Sanders’ plan. "
            "Even Sanders admits the odds are long.")
    found = [(label, name) for t, label, name in mentions(nlp, text) if t == "Sanders"]
    assert found == [("PERSON", "Bernie Sanders")] * 2


def test_a_thing_named_after_the_and_a_known_place_keep_their_kinds(nlp) -> None:
    text = ("The preacher James Bible read from the Bible on Sunday. Elizabeth Warren spoke at a plant in "
            "Warren, Michigan, on Monday.")
    found = mentions(nlp, text)
    assert ("Bible", "PERSON", "James Bible") not in found
    assert ("Warren", "GPE", "Warren") in found


def test_a_persons_possessive_run_into_a_place_or_a_word_is_two_names_or_one(nlp) -> None:
    text = ("Senator Ray Dalton campaigned in Iowa on Monday. Dalton’s Iowa director, Sam Reyes, said the "
            "crowds were large. Critics attacked Dalton’s Middle Eastern policy.")
    found = mentions(nlp, text)
    assert not any("’s" in t for t, _, _ in found)
    assert ("Iowa", "GPE", "Iowa") in found
    assert [name for t, _, name in found if t == "Dalton"] == ["Ray Dalton", "Ray Dalton"]


def test_the_word_before_a_weekday_that_names_a_day_is_no_place(nlp) -> None:
    text = ("Twelve states vote on Super Tuesday. The Super Tuesday contests decide the race, "
            "Ann Lee said in Boston Tuesday. Her rival told CNN Tuesday that he agreed.")
    found = mentions(nlp, text)
    assert not [m for m in found if m[0] == "Super"]
    assert ("Boston", "GPE", "Boston") in found
    assert ("CNN", "ORG", "CNN") in found


def test_an_outlets_possessive_mark_alone_before_a_presenter_parts_the_two(nlp) -> None:
    found = mentions(nlp, "The senator told Fox News’ Laura Benson on Monday that he would run.")
    assert ("Laura Benson", "PERSON", "Laura Benson") in found
    assert not any("’" in t for t, _, _ in found)


def test_a_programme_after_an_outlets_possessive_leaves_the_outlet(nlp) -> None:
    found = mentions(nlp, "The senator told Fox News Channel’s The Evening Hour on Monday that he would run.")
    assert ("Fox News Channel", "ORG", "Fox News Channel") in found
    assert not [m for m in found if m[1] == "PERSON"]


def test_gov_and_ag_without_a_full_stop_are_titles(nlp) -> None:
    text = ("Former AG Briggs Backs Plan.\n\nFormer Attorney General Tom Briggs said on Monday that he backed the "
            "plan. Briggs said it was fair. Oklahoma Gov Ruth Allard said she agreed.")
    found = mentions(nlp, text)
    assert {name for t, label, name in found if label == "PERSON"} == {"Tom Briggs", "Ruth Allard"}
