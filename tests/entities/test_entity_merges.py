"""Entities, round 13: names that must not be joined to another referent's longer name (real model, real pipeline).

The sentences are our own, each in the shape of a wrong merge seen on TempEval-3 wire copy the rules were not
written from.
"""

from __future__ import annotations

import pytest
from entity_support import entities_of

from store.analysis import analyze


def _canonical_of(nlp, text: str, surface: str, nth: int = 0) -> str:
    found = [e.canonical for e in analyze(nlp, text).entities if e.text == surface]
    return found[nth]


def test_a_king_known_by_his_given_name_is_not_the_other_man_with_that_surname(nlp) -> None:
    text = ("AMMAN - Iraq's Saddam Hussein rejected the peace plan on Monday. Jordan's King Hussein urged restraint "
            "and said a war would be a disaster for the region.")
    assert _canonical_of(nlp, text, "Saddam Hussein") == "Saddam Hussein"
    assert _canonical_of(nlp, text, "Hussein") == "Hussein"
    assert ("Hussein", "PERSON") in entities_of(nlp, text)


def test_a_surname_after_an_ordinary_title_still_joins_the_full_name(nlp) -> None:
    text = ("Iraqi President Saddam Hussein rejected the plan on Monday. President Hussein said the army would stay "
            "in Kuwait.")
    assert _canonical_of(nlp, text, "Hussein") == "Saddam Hussein"


def test_a_company_named_with_its_legal_form_is_not_its_finance_arm(nlp) -> None:
    text = ("General Motors Corp. said its sales fell in March. Its finance unit, General Motors Acceptance Corp., "
            "raised its rates on car loans.")
    found = entities_of(nlp, text)
    assert ("General Motors Corp.", "ORG") in found
    assert ("General Motors Acceptance Corp.", "ORG") in found


def test_a_body_named_without_its_middle_words_still_joins_the_full_name(nlp) -> None:
    text = ("The House Oversight and Reform Committee met on Tuesday. The Oversight Committee said it would "
            "call the director to testify.")
    assert _canonical_of(nlp, text, "Oversight Committee") == "House Oversight and Reform Committee"


def test_an_acronym_of_a_name_after_a_country_joins_the_name_with_the_country(nlp) -> None:
    text = ("The U.S. Immigration and Naturalization Service said the boy must go home. The INS said it would act "
            "on Friday.")
    assert _canonical_of(nlp, text, "INS") == "U.S. Immigration and Naturalization Service"


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        # the full name closes a paragraph: its full stop is the sentence's, no part of the name a reader is shown
        (("Dalton Corp said it filed new tax papers with the U.S. Internal Revenue Service.\n\nThe IRS said it "
          "would review them within a month."), "IRS", "U.S. Internal Revenue Service"),
        (("Dalton Corp said it filed papers with the Federal Maritime Commission.\n\nThe FMC said it would rule in "
          "May."), "FMC", "Federal Maritime Commission"),
        # an abbreviation's stop is part of its word: the name is found whole, and shown as the article's others are
        (("Dalton Corp said it bought a stake in Kestrel Foods Inc.\n\nKFI said it would pay cash for the rest."),
         "KFI", "Kestrel Foods Inc"),
    ],
)
def test_an_acronym_of_a_name_that_ends_a_sentence_is_the_name_without_the_stop(nlp, text: str, short: str,
                                                                                 full: str) -> None:
    assert _canonical_of(nlp, text, short) == full


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (("The Department of Housing and Urban Development announced new grants. HUD said the money would go to "
         "cities."), "HUD", "Department of Housing and Urban Development"),
        (("The U.S. Department of Veterans Affairs said it would hire more nurses. The VA has struggled with long "
         "waits."), "VA", "U.S. Department of Veterans Affairs"),
    ],
)
def test_an_acronym_that_leaves_out_the_office_joins_the_offices_full_name(nlp, text: str, short: str,
                                                                           full: str) -> None:
    # the letters spell only the field in charge ("Veterans Affairs"): the article's name for it is the office's
    assert _canonical_of(nlp, text, short) == full


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        ("The United Nations sent envoys to Baghdad. The U.N. said its inspectors would stay.", "U.N.",
         "United Nations"),
        ("The Federal Bureau of Investigation opened a case. The F.B.I. said it had no record of the man.", "F.B.I.",
         "Federal Bureau of Investigation"),
    ],
)
def test_a_dotted_acronym_joins_the_name_it_spells(nlp, text: str, short: str, full: str) -> None:
    assert _canonical_of(nlp, text, short) == full


def test_a_dotted_state_abbreviation_spells_no_company(nlp) -> None:
    text = ("NCNB Corp. of Charlotte, N.C., said it agreed to lend $50 million to Coda Energy Inc., an oil company "
            "in Dallas.")
    assert _canonical_of(nlp, text, "N.C.") == "N.C."
