"""A firm named in full without a legal form, then by a shorter form of that name, is one speaker (real model).

Our own sentences, in the shape of speaker errors read on unseen newswire: a firm whose full name ends on a word
that is no legal form ("... Industries", "... International", "... Bank") speaks in the lead, and a later
paragraph's "<short name> said" was shown as a speaker of its own. "The company" between the two forms stays the
firm (a short form after "But" is no name the model cut). A short name that two of the article's names open on is
left as written.
"""

from __future__ import annotations

from quote_support import quotes_of, speaker_of


def test_a_shorter_form_after_the_full_name_is_the_firm(nlp) -> None:
    text = ("DALLAS, May 4 - Coastal Electric Industries said it plans to buy back "
            "two mln of its common shares.\n\n"
            "It said the shares would be bought in the open market.\n\n"
            "Coastal Electric said funds for the purchases will come from its cash reserves.")
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Coastal Electric Industries"] * 3


def test_a_name_without_international_is_the_firm(nlp) -> None:
    text = ("DALLAS, May 4 - Midland Chemical International said it plans to buy back "
            "two mln of its common shares.\n\n"
            "Midland Chemical said funds for the purchases will come from its cash reserves.")
    assert speaker_of(nlp, text, "cash reserves") == "Midland Chemical International"


def test_a_one_word_short_name_is_the_bank(nlp) -> None:
    text = ("DALLAS, May 4 - Keltra Bank said it plans to buy back two mln of its common shares.\n\n"
            "Keltra said funds for the purchases will come from its cash reserves.")
    assert speaker_of(nlp, text, "cash reserves") == "Keltra Bank"


def test_a_short_name_two_names_open_on_stays(nlp) -> None:
    text = ("SALEM, Ore., May 4 - Pacific Harbor Bank said it would buy a small lender in Eugene.\n\n"
            "Pacific Harbor Trust said it would manage the lender's pension accounts.\n\n"
            "Pacific Harbor said the two deals would close in July.")
    assert speaker_of(nlp, text, "close in July") == "Pacific Harbor"


def test_the_company_between_them_keeps_the_firm(nlp) -> None:
    text = ("DALLAS, May 4 - Coastal Electric Industries said its second quarter profit could fall by about 20 mln "
            "dlrs.\n\n"
            "But the company noted in its filing that it was too early to take a charge.\n\n"
            "But Coastal Electric said it may take the charge in the fall.")
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Coastal Electric Industries"] * 3

