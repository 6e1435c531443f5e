"""'The company said' is the firm that has been speaking, and a firm's initials are the firm (real model).

Our own sentences, in the shape of speaker errors read on unseen newswire: a firm whose name has no legal form
speaks in the lead ("<Name> said …"), the model tags the name as nothing, and the next paragraph's "the company
said" (and every "it said" after it) was shown under the bare word "company"; a rating agency of two names speaks
later as its initials ("..., H and P said"), shown as a second speaker. A person speaking before gives the company no
name, nor does a bank's noun take a firm that is no bank, nor "the company named in" a suit; initials that fit two
firms stay as written.
"""

from __future__ import annotations

from quote_support import quotes_of, speaker_of


def test_the_company_is_the_firm_named_in_the_lead(nlp) -> None:
    text = ("BOISE, Idaho, May 4 - Kettle Creek Cheese said it would build a new plant near Twin Falls.\n\n"
            "The company said the plant would cost about 30 mln dlrs.")
    assert speaker_of(nlp, text, "would cost about 30 mln") == "Kettle Creek Cheese"


def test_it_said_after_the_company_follows_it(nlp) -> None:
    text = ("SEATTLE, May 4 - Northwind Outfitters said its sales rose 12 pct in April.\n\n"
            "The company said it expects a better second quarter.\n\n"
            "It said it plans to open six stores.")
    quotes = quotes_of(nlp, text)
    assert [q.speaker for q in quotes] == ["Northwind Outfitters"] * 3


def test_the_thrift_is_the_savings_house_that_spoke(nlp) -> None:
    text = ("TULSA, Okla., May 4 - Redbud Savings and Loan Association said it agreed to sell four branches in "
            "Kansas.\n\n"
            "The thrift said the sale would bring a gain of about two mln dlrs.")
    assert speaker_of(nlp, text, "gain of about two mln") == "Redbud Savings and Loan Association"


def test_a_person_speaking_names_no_company(nlp) -> None:
    text = ("DENVER, May 4 - Governor Ann Ruiz said the state would sell its stake in a local utility.\n\n"
            "The company said it had not been told of the plan.")
    assert speaker_of(nlp, text, "had not been told") == "company"


def test_the_bank_is_no_firm_that_is_no_bank(nlp) -> None:
    text = ("TULSA, Okla., May 4 - Prairie Star Freight said it would close two of its truck terminals in Kansas.\n\n"
            "The bank said it had not been told of the plan.")
    assert speaker_of(nlp, text, "had not been told") == "bank"


def test_the_company_a_suit_names_is_not_the_one_speaking(nlp) -> None:
    text = ("TULSA, Okla., May 4 - Prairie Star Freight said it would close two truck terminals.\n\n"
            "A lawsuit filed in Kansas named three trucking firms. The company named in the lawsuit has denied any "
            "wrongdoing.")
    assert speaker_of(nlp, text, "any wrongdoing") == "company"


def test_initials_are_the_firm_of_those_names(nlp) -> None:
    text = ("NEW YORK, May 4 - Hale and Potter's Corp said it lowered its ratings on about 90 mln dlrs of debt of "
            "Lone Mesa Drilling Corp.\n\n"
            "Falling oil prices had weakened the driller's cash flow, H and P said.")
    assert speaker_of(nlp, text, "weakened the driller") == "Hale and Potter's Corp"


def test_initials_of_two_firms_stay_as_written(nlp) -> None:
    text = ("NEW YORK, May 4 - Hale and Potter's Corp and Hiller and Price Inc said they lowered their ratings on "
            "about 90 mln dlrs of debt of Lone Mesa Drilling Corp.\n\n"
            "Falling oil prices had weakened the driller's cash flow, H and P said.")
    assert speaker_of(nlp, text, "weakened the driller") == "H and P"
