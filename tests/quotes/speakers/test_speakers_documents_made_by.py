"""A document made "by" a source the article words as a common noun ("a survey by the firm", "a study by the
institute") speaks for that source, and a later "the report" or "the survey" for the study one made (DESIGN.md,
"Canonical names": a statement or report is attributed to whoever issued it). Real model; sentences of our own.
"""

from __future__ import annotations

from quote_support import quotes_of, speaker_of


def test_a_survey_by_the_firm_is_the_firm_named_before(nlp) -> None:
    text = ("Few shoppers check the fuel use of the cars they buy, according to motoring firm Workvault.\n\n"
            "Only one buyer in ten had asked a dealer about running costs, a poll by the firm found.")
    assert speaker_of(nlp, text, "asked a dealer about running costs") == "Workvault"


def test_the_report_after_a_study_by_a_named_firm_is_that_firms(nlp) -> None:
    text = ("Electric bikes are selling faster than cheap cars in several cities, say retailers.\n\n"
            "A study by Hollis Research found that bike sales rose by a third last year. Prices must still fall "
            "before most commuters switch, said the report.")
    assert speaker_of(nlp, text, "before most commuters switch") == "Hollis Research"


def test_a_survey_of_people_is_not_theirs(nlp) -> None:
    text = ("Shoppers are wary of tracking tags, a survey of 2,000 people by a consultancy found.\n\n"
            "The survey showed that few had heard of the tags.")
    assert speaker_of(nlp, text, "few had heard of the tags") != "2,000 people"


def test_a_thing_that_made_nothing_is_no_maker(nlp) -> None:
    text = ("A drive by Harlow Mail to flood junk websites with traffic has stopped.\n\n"
            "Watchdog firm Sitewatch checked the speed of some of the pages hit by the virus and found that "
            "several were offline. Harlow Mail now appears to have given up. The site hosting the virus currently "
            "shows an empty page with the words, \"Back soon\".")
    assert "virus" not in [q.speaker for q in quotes_of(nlp, text)]


def test_a_study_written_by_people_stays_the_body_named_with_it(nlp) -> None:
    text = ("Higher fuel duty would barely change how far people drive, a government paper said on Monday.\n\n"
            "Indeed, the Harlow Institute report said, drivers mostly kept to their routes when prices rose.\n\n"
            "The 90-page report, written by institute staff Ana Ruiz and Tom Hale, found that only bus fares "
            "changed habits.\n\n"
            "\"Across the regions we see no shift in driving that duty alone would explain,\" the study said.")
    assert speaker_of(nlp, text, "no shift in driving") == "Harlow Institute"
