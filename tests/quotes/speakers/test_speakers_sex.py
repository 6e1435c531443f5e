"""A 'she' or 'the congresswoman' is no man whose first name is only a man's; a 'he' may still be a person with a
woman's name (real model).

Our own sentences, in the shapes seen on 2019 US political news: the woman a 'she' stands for is named in a form the
model does not tag, and the only persons before are men; a congresswoman named with 'Rep.', then a man's words, then
'the congresswoman claimed …'. The quote is left to no one, or to the unnamed 'congresswoman', rather than given to
the last man.
"""

from __future__ import annotations

from quote_support import quote_with


def test_she_is_not_the_man_named_before(nlp) -> None:
    text = (
        "Joseph Varnell spoke first at the forum on Tuesday.\n\n"
        "\u201cWe will not rejoin that pact,\u201d he said.\n\n"
        "Both parties were criticised for the long war.\n\n"
        "\u201cFor too long our leaders have sent other people\u2019s children abroad,\u201d she said."
    )
    assert quote_with(nlp, text, "For too long").speaker != "Joseph Varnell"
    assert quote_with(nlp, text, "will not rejoin").speaker == "Joseph Varnell"


def test_she_still_goes_to_the_woman_named(nlp) -> None:
    text = (
        "Joseph Varnell and Margaret Quillan both spoke at the forum on Tuesday.\n\n"
        "\u201cFor too long our leaders have looked away,\u201d she said."
    )
    assert quote_with(nlp, text, "For too long").speaker == "Margaret Quillan"


def test_he_may_be_a_man_with_a_womans_name(nlp) -> None:
    text = (
        "Board Chairman Beryl Kostanek called on member states to cut their deficits.\n\n"
        "\u201cEvery government will have to trim its spending,\u201d he said."
    )
    assert quote_with(nlp, text, "Every government").speaker == "Beryl Kostanek"


def test_the_congresswoman_is_not_the_man_near(nlp) -> None:
    text = (
        "Rep. Dana Whitlock is hitting back at the governor over the budget.\n\n"
        "The governor\u2019s spokesman Joseph Varnell later argued that the cuts were needed.\n\n"
        "Though the governor did not name Whitlock at the hearing, the congresswoman claimed on Tuesday that the "
        "cuts would close two hospitals."
    )
    assert quote_with(nlp, text, "close two hospitals").speaker != "Joseph Varnell"
    assert quote_with(nlp, text, "cuts were needed").speaker == "Joseph Varnell"


def test_the_congressman_is_still_the_man_given_that_seat(nlp) -> None:
    text = (
        "Rep. Tom Arden is hitting back at the governor over the budget.\n\n"
        "At the hearing, the congressman claimed on Tuesday that the cuts would close two hospitals."
    )
    assert quote_with(nlp, text, "close two hospitals").speaker == "Tom Arden"


def test_the_congresswoman_given_with_the_title(nlp) -> None:
    text = (
        "Congresswoman Mara Velliquette spoke at the hearing.\n\n"
        "\u201cWe will not back down,\u201d the congresswoman said."
    )
    assert quote_with(nlp, text, "not back down").speaker == "Mara Velliquette"
