""""Judge <Name>" or "Justice <Name>" with no court run into the title is a judge of the one court the article named
before the judge's first mention ("The Constitutional Court of Varnia ruled ... Judge <Name> wrote"); words run into
the title must be words of that court's name ("U.S. District Judge" is no judge of the Supreme Court); no court
when the article names two that fit, or names the court only after the judge (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_judge_of_the_one_court_named_before(nlp) -> None:
    text = ("The Constitutional Court of Varnia struck down the data law on Tuesday.\n\n"
            "\"No state may watch its citizens without cause,\" Judge Petra Hollan wrote for the majority.")
    q = quote_with(nlp, text, "No state may watch its citizens")
    assert q.speaker == "Petra Hollan"
    assert q.affiliation == "Constitutional Court of Varnia"


def test_justice_of_the_one_court_named_before(nlp) -> None:
    text = ("The High Court of Eastmoor ruled on Friday that the tax was unlawful.\n\n"
            "\"Parliament went further than the constitution allows,\" said Justice Amara Okafor.")
    q = quote_with(nlp, text, "Parliament went further than")
    assert q.speaker == "Amara Okafor"
    assert q.affiliation == "High Court of Eastmoor"


def test_a_district_judge_is_no_judge_of_the_supreme_court(nlp) -> None:
    text = ("The Supreme Court ruled on a related question last year.\n\n"
            "\"The draft rules are unlawful,\" said U.S. District Judge Anton Mirescu in a separate case.")
    q = quote_with(nlp, text, "The draft rules are unlawful")
    assert q.speaker == "Anton Mirescu"
    assert q.affiliation is None


def test_two_courts_named_before(nlp) -> None:
    text = ("The Supreme Court of Varnia and the Court of Appeal both heard the case.\n\n"
            "\"The law stands,\" said Justice Anton Mirescu.")
    q = quote_with(nlp, text, "The law stands")
    assert q.speaker == "Anton Mirescu"
    assert q.affiliation is None


def test_court_named_only_after_the_judge(nlp) -> None:
    text = ("Judge Anton Mirescu said the case would go on. \"The law stands,\" he said. "
            "The Supreme Court will hear an appeal next year.")
    q = quote_with(nlp, text, "The law stands")
    assert q.speaker == "Anton Mirescu"
    assert q.affiliation is None

