"""Unnamed and organisational sources: who speaks when no person is named (real model).

Each sentence is our own, in the shape of a mistake read on Reuters texts no rule had been written from
(DESIGN.md, "Canonical names"; tests/eval/names/README.md: unnamed sources as written, in lower case,
without how many spoke).
"""

from __future__ import annotations

import pytest
from quote_support import quote_with


def test_an_indefinite_bank_is_not_the_bank_named_before(nlp) -> None:
    text = ("The Bank of Canada bought small amounts of dollars in Toronto today, dealers said.\n\n"
            "One large Dutch bank said it sold between ten and 20 mln dlrs for the central bank.\n\n"
            "Another bank said it had seen no sign of intervention at all.")
    first = quote_with(nlp, text, "it sold between").speaker
    second = quote_with(nlp, text, "it had seen no sign").speaker
    assert first != "Bank of Canada" and first[:1].islower()
    assert second == "bank"


def test_the_bank_still_stands_for_the_bank_named_before(nlp) -> None:
    text = ("The Bank of Canada bought small amounts of dollars in Toronto today, dealers said.\n\n"
            "The bank said it would not comment on its operations.")
    assert quote_with(nlp, text, "it would not comment").speaker == "Bank of Canada"


def test_the_government_is_not_a_council_for_clean_government(nlp) -> None:
    text = ("Investigators from the Council for Clean Government asked banks to freeze the accounts last month.\n\n"
            "The government announced on Monday that the landowner had handed over ten mln pesos in cash.")
    assert quote_with(nlp, text, "the landowner had handed").speaker == "government"


def test_a_lower_case_department_keeps_what_it_is_the_department_of(nlp) -> None:
    text = ("Refundable tax credits will rise to 80 dlrs from 60 dlrs for each child, the finance department said.\n\n"
            "The finance department said the cost of the credits would be met from savings.")
    assert quote_with(nlp, text, "Refundable tax credits").speaker == "finance department"
    assert quote_with(nlp, text, "the cost of the credits").speaker == "finance department"


def test_a_newspaper_named_in_full_speaks_under_its_name_not_the_agency_before(nlp) -> None:
    text = ("Output in the province rose to 1.2 mln tonnes, the Xinhua news agency said.\n\n"
            "The Jiefang Daily said output in the city fell to 0.9 mln tonnes from 1.1 mln.\n\n"
            "\"Supply of cane is inadequate,\" the newspaper said.")
    assert quote_with(nlp, text, "output in the city fell").speaker == "Jiefang Daily"
    assert quote_with(nlp, text, "Supply of cane").speaker == "Jiefang Daily"


def test_a_day_is_never_the_source_of_a_statement(nlp) -> None:
    text = "The dollar rose after yesterday's statement that the two central banks would act together."
    speaker = quote_with(nlp, text, "the two central banks").speaker
    assert speaker is None or speaker.lower() not in ("monday", "today", "yesterday")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Halvorsen Corp reported higher profits on Monday.\n\nA company statement said sales rose ten pct in the quarter.",
         "sales rose ten pct", "Halvorsen Corp"),
        ("The Foreign Ministry summoned the envoy on Monday.\n\nA ministry statement said the boats had been fishing.",
         "the boats had been fishing", "Foreign Ministry"),
    ],
)
def test_a_statement_of_the_company_or_the_ministry_is_theirs(nlp, text: str, fragment: str, speaker: str) -> None:
    assert quote_with(nlp, text, fragment).speaker == speaker


def test_who_after_the_home_of_a_person_is_the_person(nlp) -> None:
    text = "Police went to the home of John Smith, who told reporters he had seen nothing."
    assert quote_with(nlp, text, "he had seen nothing").speaker == "John Smith"


def test_an_amount_before_an_unnamed_source_is_not_part_of_it(nlp) -> None:
    text = "Reserves stayed above the level of around 40 billion marks dealers said is needed this month."
    assert quote_with(nlp, text, "is needed").speaker == "dealers"


def test_a_lead_title_is_the_person_the_next_paragraph_gives_it_to(nlp) -> None:
    text = ("WASHINGTON, March 5 - The Agriculture Department must make a decision soon on how to change the soybean "
            "loan or more soybeans will be forfeited to the government, the president of the National Bean Growers "
            "Association, NBGA, said.\n\n"
            "\"The department will have to bite the bullet one way or another on this loan problem, sooner or "
            "later,\" David Morrow, NBGA president, told Reuters.\n\n"
            "The president said the loan rate was too high.")
    assert quote_with(nlp, text, "the loan rate was too high").speaker == "David Morrow"


def test_they_after_a_report_are_those_who_spoke_not_those_spoken_of(nlp) -> None:
    text = ("Local brokers and analysts say when the rules are eased, investors will be allowed to buy foreign shares "
            "freely. But they warn against expectations of a sudden outflow of funds.")
    speaker = quote_with(nlp, text, "expectations of a sudden outflow").speaker
    assert speaker is not None and "investors" not in speaker and speaker.startswith("local brokers")


def test_one_of_other_brokers_is_a_broker_without_the_other(nlp) -> None:
    text = "Other brokers agreed. \"At least this gives the market a pause,\" said one."
    assert quote_with(nlp, text, "gives the market a pause").speaker == "brokers"
