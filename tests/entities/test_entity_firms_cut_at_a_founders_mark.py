"""A firm named for two founders joined by 'and', the second written with his possessive mark straight before the
legal form ('<A> and <B>'s Corp'): the model opens the firm at the second founder; the whole name is the firm's,
and the founders' names written again without the legal form are its short name (real model and pipeline).
Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_the_first_founder_opens_the_firms_name(nlp) -> None:
    found = mentions(nlp, "BOSTON, June 9 - Hallam and Pryce's Corp said it lowered its rating on the senior notes "
                          "of Dunmore Textile Inc to BB.")
    assert ("Hallam and Pryce's Corp", "ORG", "Hallam and Pryce's Corp") in found
    assert not any(text == "Pryce's Corp" for text, _, _ in found)


def test_the_founders_again_without_the_legal_form_are_the_firm(nlp) -> None:
    found = mentions(nlp, "The debentures carry a grade of A-2 from Moody's and A from Standard and Poor's Corp. "
                          "Later Standard and Poor's said the outlook was stable.")
    assert ("Standard and Poor's", "ORG", "Standard and Poor's Corp") in found
    assert not any(text == "Standard" for text, _, _ in found)


def test_an_index_named_after_the_firm_is_not_the_firm(nlp) -> None:
    found = mentions(nlp, "BOSTON, June 9 - Hallam and Pryce's Corp said it lowered its rating. Its shares joined "
                          "the Hallam and Pryce's 500 list of stocks on Monday.")
    assert sum(1 for text, label, _ in found if text.startswith("Hallam and Pryce's") and label == "ORG") == 1


def test_letters_joined_by_and_stand_for_the_founders_firm(nlp) -> None:
    # the letters fit the other firm's first letters too; only the founders' firm is joined by 'and' as they are
    found = mentions(nlp, "NEW YORK, June 1 - Hallam and Pryce's Corp said it affirmed Harlow Pacific Corp's 2.5 "
                          "billion dlrs of debt.\n\nH and P said that although the bank will post a loss in the third "
                          "quarter, it still expects a profit for the year.")
    assert ("H and P", "ORG", "Hallam and Pryce's Corp") in found
