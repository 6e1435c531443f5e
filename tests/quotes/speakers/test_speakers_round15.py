"""Speaker rules read on fresh political news (round 15, issue 12; real model).

Each sentence is our own, in the shape of a mistake read on US political news the project had never seen
(DESIGN.md, "Canonical names": a statement, reply or analysis speaks for whoever issued it, a pronoun subject
included; a bare nationality is never a speaker; "all told" names no one).
"""

from __future__ import annotations

import pytest
from quote_support import quote_with, quotes_of


def test_a_statement_she_issued_is_hers(nlp) -> None:
    text = ("Senator Maria Lopez toured the flooded towns on Monday. Hours later, she issued a statement calling on "
            'the governor "to act before the next storm arrives."')
    assert quote_with(nlp, text, "next storm").speaker == "Maria Lopez"


def test_a_response_someone_fired_back_is_theirs(nlp) -> None:
    text = ("Mayor Tom Reed criticised the budget on Friday. Later that day, Governor Alan Park fired back a response "
            "saying the city had wasted its own money.")
    assert quote_with(nlp, text, "wasted its own money").speaker == "Alan Park"


@pytest.mark.parametrize("source", ["an analysis by the Civic Data Project", "a Civic Data Project analysis"])
def test_an_analysis_is_its_authors(nlp, source: str) -> None:
    text = f"Turnout rose sharply in the primaries, according to {source}."
    assert quote_with(nlp, text, "Turnout rose").speaker == "Civic Data Project"


@pytest.mark.parametrize("people", ["Texan", "Briton"])
def test_a_person_called_by_where_they_are_from_is_the_person(nlp, people: str) -> None:
    text = ('Former governor Rick Dalton endorsed Senator Jim Hale on Monday. "He is ready to lead on the first '
            'day," Dalton said.\n\n'
            f'"The voters want someone new this year," the {people} said.')
    assert quote_with(nlp, text, "someone new").speaker == "Rick Dalton"


def test_a_government_of_a_people_still_speaks_as_written(nlp) -> None:
    # "German" only describes the government that spoke: no person stands for it
    text = "The German government said on Monday it would raise taxes."
    assert quote_with(nlp, text, "raise taxes").speaker == "German government"


def test_all_told_names_no_one(nlp) -> None:
    # "all told" is "in all": the figures are the paper's, and no one called "All" told anything
    text = ("All told, super committees and other outside groups spent more than $2 million on robo-calls and other "
            "phone expenses to sway voters in the race, according to a Harbor Times analysis.")
    assert {q.speaker for q in quotes_of(nlp, text)} == {"Harbor Times"}


@pytest.mark.parametrize("owner", ["Her", "Lopez’s", "Maria Lopez's"])
def test_a_candidates_campaign_speaks_as_the_campaign_of_that_candidate(nlp, owner: str) -> None:
    # "the Lopez campaign said" is already "Lopez campaign"; "her campaign said" and "Lopez's campaign said" are too
    text = f"Senator Maria Lopez raised $5 million in March. {owner} campaign said the money came from small donors."
    assert quote_with(nlp, text, "small donors").speaker == "Lopez campaign"


def test_a_companys_campaign_is_still_the_company(nlp) -> None:
    text = "Acme Corp launched a new drill. The company's campaign will start in May, the firm said."
    assert quote_with(nlp, text, "start in May").speaker == "Acme Corp"


def test_a_poll_someone_believed_is_not_theirs(nlp) -> None:
    # only a verb that puts a document out makes "he" its issuer
    text = ("Governor Alan Park lost the debate. He believed the online polls that showed him winning every "
            "round.")
    assert all(q.speaker != "Alan Park" for q in quotes_of(nlp, text) if "winning every" in q.text)


def test_a_campaign_is_not_short_for_an_unnamed_source_of_it(nlp) -> None:
    # "Park campaign source" is someone unnamed in the campaign: the campaign that spoke is not that person
    text = ("Governor Alan Park will speak in Ohio on Friday. Park’s campaign said the speech would be about jobs.\n\n"
            "A Park campaign source told reporters that the speech will also cover trade.")
    assert quote_with(nlp, text, "about jobs").speaker == "Park campaign"


def test_an_outlets_analysis_is_the_whole_outlets_name(nlp) -> None:
    # the model tags "USA" a place and leaves "TODAY" untagged: the outlet is both words, not "TODAY"
    text = ("Super committee donations have passed the $2 billion mark, a USA TODAY analysis of newly filed reports "
            "shows.")
    assert quote_with(nlp, text, "donations have passed").speaker == "USA TODAY"


@pytest.mark.parametrize("sentence, fragment, speaker", [
    ("Senator Maria Lopez had every reason to know that her plan would fail.", "her plan would fail", "Maria Lopez"),
    ("Governor Alan Park held a short news conference to brag that jobless claims had fallen.", "jobless claims",
     "Alan Park"),
    ("Senator Maria Lopez emailed supporters saying that the fight would go on.", "fight would go on", "Maria Lopez"),
    ("Senator Maria Lopez is the only candidate to have pledged that she would visit every county.",
     "visit every county", "Maria Lopez"),
])
def test_a_noun_the_cue_hangs_on_is_not_the_source(nlp, sentence: str, fragment: str, speaker: str) -> None:
    # the reason, the news conference, the supporters written to: the one who knows, brags, writes or pledges is
    # the subject of the verb the noun belongs to
    assert quote_with(nlp, sentence, fragment).speaker == speaker


def test_people_the_cue_hangs_on_still_speak(nlp) -> None:
    text = "Police confronted protesters shouting that the count was rigged."
    assert quote_with(nlp, text, "count was rigged").speaker == "protesters"

