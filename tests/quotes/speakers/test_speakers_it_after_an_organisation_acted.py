"""An 'it' or 'they' after a sentence where an organisation acted goes to that organisation (real model).

Our own sentences, in the shape of speaker errors read in Wikinews copy: one body is quoted, then the next
paragraph has another body do something without saying anything ("cancelled the race", "expressed concern"),
and "It also warned …" or "They asked …" was given to the body quoted before. A '…, they added' whose own
sentence names a firm inside what they added, and an 'it said' after a sentence that reports words, stay as they
were.
"""

from __future__ import annotations

from quote_support import quote_with

_BEFORE = "The Harbor Institute said on Monday its survey of the bay found fewer seals than last year.\n\n"


def test_it_after_a_body_acted(nlp) -> None:
    text = _BEFORE + ("The Coastal Trust cancelled its annual boat race to protect the colony. It also warned that "
                      '"the numbers could fall further" without new rules.')
    assert quote_with(nlp, text, "numbers could fall").speaker == "Coastal Trust"


def test_they_after_a_body_acted(nlp) -> None:
    text = _BEFORE + ("The Coastal Trust expressed concern and thanked volunteers. They asked visitors to "
                      '"keep a safe distance" from the animals.')
    assert quote_with(nlp, text, "keep a safe distance").speaker == "Coastal Trust"


def test_a_firm_inside_what_they_added_is_not_them(nlp) -> None:
    text = ("Marlow Foods Inc officials said the sale of its bakery unit will cut debt by 90 mln dlrs.\n\n"
            "Marlow Foods is closing two older plants in Ohio this year, they added.")
    assert quote_with(nlp, text, "closing two older plants").speaker != "Marlow Foods Inc"


def test_an_act_inside_a_report_goes_on_with_the_report(nlp) -> None:
    text = ("OSLO, May 3 - The state news agency NTB said the Nordic Council has turned down a request for a new "
            "road loan. The Nordic Council had so far only agreed to fund a rail study.\n\n"
            "It said the finance minister would raise the loan again at a meeting in June.")
    assert quote_with(nlp, text, "raise the loan again").speaker != "Nordic Council"


def test_a_firm_described_in_the_present_is_not_it(nlp) -> None:
    text = ("Marlow Foods Inc said it agreed to buy Keller Bakeries Inc for 40 mln dlrs.\n\n"
            "Keller Bakeries makes bread and rolls at three plants in Ohio. It said the deal would close in June.")
    assert quote_with(nlp, text, "deal would close").speaker == "Marlow Foods Inc"
