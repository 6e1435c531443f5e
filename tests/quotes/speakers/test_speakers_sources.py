"""Whose words a document carries, whom a 'he' or 'they' means, a company the model cut short (real model).

Each sentence is our own, in the shape of a mistake read on news articles no rule had been written from
(DESIGN.md, "Canonical names": a statement, report or notice speaks for whoever issued it).
"""

from __future__ import annotations

import pytest
from quote_support import quote_with


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a notice, research or data an organisation owns speaks for it, as its statement or report does
        (("The Federation of Dairy Farmers (FDF) sent the mill a notice on Friday.\n\n"
          "FDF's legal notice alleged the mill had used the farmers' brand without their consent."),
         "used the farmers", "Federation of Dairy Farmers"),
        (("Kessler and Partners, a Denver firm that follows land sales, said buyers were paying more.\n\n"
          "Farmland sold for a median 3,100 dlrs an acre in the fourth quarter, according to the firm's research."),
         "Farmland sold", "Kessler and Partners"),
        ("Unemployment rose to seven pct in May, according to statistics from the Federal Statistics Office.",
         "Unemployment rose", "Federal Statistics Office"),
    ],
)
def test_a_document_an_organisation_owns_speaks_for_it(nlp, text: str, fragment: str, speaker: str) -> None:
    assert quote_with(nlp, text, fragment).speaker == speaker


def test_the_report_later_is_the_report_the_article_tied_to_its_issuer(nlp) -> None:
    text = ("The report by the Harwell Division of Brixton Publishing Co said orders for machinery rose six pct "
            "in May.\n\n"
            "Orders for trucks fell two pct, according to the report.\n\n"
            "Demand from builders was the main reason for the gain, the report said.")
    issuer = quote_with(nlp, text, "orders for machinery").speaker
    assert issuer.startswith("Harwell Division")
    assert quote_with(nlp, text, "Orders for trucks").speaker == issuer
    assert quote_with(nlp, text, "Demand from builders").speaker == issuer


def test_the_filing_later_is_the_filing_its_subject_spoke_in(nlp) -> None:
    text = ("Halvard Motor Co said in a filing with regulators that an inquiry had begun.\n\n"
            "According to the filing, the company told the agency about the matter in March.")
    assert quote_with(nlp, text, "told the agency").speaker == "Halvard Motor Co"


def test_a_report_nobody_issued_stays_unnamed(nlp) -> None:
    text = ("Orders for machinery rose six pct in May, a report on the industry said.\n\n"
            "Demand from builders was the main reason for the gain, the report said.")
    speaker = quote_with(nlp, text, "Demand from builders").speaker
    assert speaker is None or speaker[:1].islower()


def test_he_after_an_unnamed_source_is_that_source_though_people_are_named_in_what_it_said(nlp) -> None:
    text = ("Anton Weber, a director of the bank, was charged by the agency on Monday.\n\n"
            "A ministry official in Bonn said the case was unrelated to other inquiries.\n\n"
            "Neither Weber nor Karl Brandt is living in Germany and neither can be extradited, the official said.\n\n"
            "Weber is living in Spain and Brandt's whereabouts are unknown, he said.")
    # the source keeps the name it was first given ("a ministry official"), as "the official" does
    assert quote_with(nlp, text, "whereabouts are unknown").speaker == "ministry official"
    assert quote_with(nlp, text, "neither can be extradited").speaker == "ministry official"
    # a person named in a sentence of the writer's own between them is whom 'he' means
    text = ("A ministry official in Bonn said the case was unrelated to other inquiries.\n\n"
            "Anton Weber, a director of the bank, was charged by the agency on Monday.\n\n"
            "The charges were unfounded, he said.")
    assert quote_with(nlp, text, "charges were unfounded").speaker == "Anton Weber"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # 'they' after people brought in by a bare plural: those people, not the organisation of the lead
        (("BRUSSELS, May 4 - The European Community warned Japan that friction over trade was hurting relations.\n\n"
          "EC farm ministers issued a statement on rice imports. They also said they were disturbed by a bill "
          "before Congress."), "disturbed by a bill", "farm ministers"),
        (("The Bundesbank is expected to hold rates, dealers said.\n\n"
          "Analysts do not expect a cut because of the Bundesbank precedent. But there may be pressure from "
          "Bonn later in the year, they said."), "pressure from", "analysts"),
    ],
)
def test_they_after_a_bare_plural_of_people_is_those_people(nlp, text, fragment, speaker) -> None:
    assert quote_with(nlp, text, fragment).speaker.lower().endswith(speaker)


def test_he_is_the_speaker_not_a_person_named_in_what_the_speaker_reported(nlp) -> None:
    text = ("\"It is a merger of equals,\" said analyst Tom Reyes of Halden Securities Corp.\n\n"
            "Reyes noted that Brook Bancorp chairman Paul Keane is in his 60s while Delta Bank chairman Sam Moore "
            "is in his late 40s. He said Keane would probably lead the combined bank until his retirement.")
    assert quote_with(nlp, text, "would probably lead").speaker == "Tom Reyes"


def test_he_may_still_be_the_person_a_source_spoke_about(nlp) -> None:
    # the reporting subject is an organisation: the person its report was about is whom 'he' means
    text = ("The police said Paul Keane had been arrested at the airport on Monday.\n\n"
            "He told reporters he was innocent.")
    assert quote_with(nlp, text, "was innocent").speaker == "Paul Keane"


def test_a_company_the_model_cut_short_speaks_under_its_whole_name(nlp) -> None:
    # the model tags "Gold Corp" and leaves "ZRT" out; "ZRT" and "the company" later are the same company
    text = ("VANCOUVER, March 17 - ZRT Gold Corp said it has filed for a share offering through underwriters.\n\n"
            "The company said it will use the proceeds to buy shares of Lumen Gold Corp. ZRT said it will trade this "
            "interest for shares.")
    for fragment in ("filed for a share offering", "use the proceeds", "trade this interest"):
        assert quote_with(nlp, text, fragment).speaker == "ZRT Gold Corp"
