"""Wire copy writes a legal form without its stop, so 'Corp.' before a capitalised word ends the sentence; the model
reads on and runs the firm into the next sentence's subject ('<Agency> Corp. <Bank> Securities co-managed'). The
firm ends at its legal form (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_a_firm_ends_at_its_legal_forms_stop(nlp) -> None:
    found = mentions(nlp, "NEW YORK, May 4 - Tarlow Foods Inc is offering 50 mln dlrs of notes due 1997. The issue "
                          "carries a BB grade from Standard and Poor's Corp. Kessler Securities co-managed the "
                          "offering.")
    assert ("Standard and Poor's Corp.", "ORG", "Standard and Poor's Corp") in found
    assert ("Kessler Securities", "ORG", "Kessler Securities") in found


def test_a_name_that_goes_on_after_its_form_is_whole(nlp) -> None:
    found = mentions(nlp, "He is now vice-chairman of Tamura Securities Co. International. He joined in 1980.")
    assert ("Tamura Securities Co. International", "ORG", "Tamura Securities Co. International") in found
