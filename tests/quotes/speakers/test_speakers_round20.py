"""Round 20's speaker rules, with the real model and pipeline: documents speak for whoever issued them (DESIGN.md,
"Canonical names"). Sentences of our own, in the shapes read on unseen Wikinews and Reuters copy.
"""

from __future__ import annotations

from quote_support import quote_with


def test_a_statement_a_group_released_is_the_groups(nlp) -> None:
    text = ("The Harbour Watch Alliance criticised the plan on Monday. They released a statement which said, "
            "\"The bay must stay open to small boats.\"")
    assert quote_with(nlp, text, "The bay must stay open").speaker == "Harbour Watch Alliance"


def test_a_post_on_a_platform_is_its_authors(nlp) -> None:
    text = ("Crowds gathered at the hall on Friday. According to a Twitter post by Mara Lindqvist, director of the "
            "festival, the stage had been moved indoors.")
    assert quote_with(nlp, text, "moved indoors").speaker == "Mara Lindqvist"


def test_the_government_statement_is_the_government_named_before(nlp) -> None:
    text = ("The government of Moldavia on Monday announced the closure of the border. The government statement, "
            "which was posted online, announced the measure \"with deep regret.\"")
    assert quote_with(nlp, text, "the measure").speaker == "government of Moldavia"


def test_a_study_the_lead_gives_by_kind_is_the_issuer_named_next(nlp) -> None:
    text = ("WASHINGTON, June 3 - Higher fees on river barges will do little to cut shipping costs, a government "
            "study said.\n\n"
            "In fact, the Interstate Commerce Commission (ICC) report said, such fees could raise grain prices in "
            "the Midwest.")
    assert quote_with(nlp, text, "Higher fees").speaker == "Interstate Commerce Commission"


def test_a_study_with_no_issuer_after_it_stays_a_study(nlp) -> None:
    text = ("WASHINGTON, June 3 - Higher fees on river barges will do little to cut shipping costs, a government "
            "study said.\n\nBarge operators have asked for a delay.")
    assert quote_with(nlp, text, "Higher fees").speaker == "government study"


def test_a_document_further_on_is_not_the_one_named_after_it(nlp) -> None:
    text = ("CHICAGO, May 2 - Ana Ruiz leads the race for mayor by ten points.\n\n"
            "A similar poll taken last month had showed a tie between the two candidates.\n\n"
            "Ruiz had trailed in Lakeside Herald polls all winter.")
    assert quote_with(nlp, text, "a tie between").speaker != "Lakeside Herald"


def test_a_warning_is_the_service_that_issued_it(nlp) -> None:
    text = ("The yellow warning issued by the Northfield Weather Service applies to three counties from Friday. "
            "The warning said heavy rain would cause local flooding.")
    assert quote_with(nlp, text, "heavy rain").speaker == "Northfield Weather Service"

