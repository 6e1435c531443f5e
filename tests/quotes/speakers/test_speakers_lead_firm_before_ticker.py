"""A wire lead "<Firm> <TICK> will ...": the parser takes the ticker after the firm's name for the sentence's subject,
so the story's firm was not found and "a spokesman said" later in it got no affiliation, though the story is that
firm's (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import described


def test_bare_spokesman_after_a_forecast_under_a_ticker(nlp) -> None:
    text = ("TOKYO, May 4 - Kaneda Motors Ltd <KAND.T> forecast a parent company net loss of 12 billion yen in the "
            "year ending October 31, 1987, a spokesman said.")
    assert described(nlp, text, "net loss") == ("spokesman", None, "Kaneda Motors Ltd")


def test_bare_spokeswoman_where_the_name_hangs_on_the_bracket(nlp) -> None:
    text = ("TOKYO, May 4 - Sakura Denki Co Ltd <SAKD.T> forecast a parent company net profit of 9 billion yen in the "
            "year ending March 31, 1988, a spokeswoman said.")
    assert described(nlp, text, "net profit")[2] == "Sakura Denki Co Ltd"


def test_a_ticker_after_another_body_gives_no_firm(nlp) -> None:
    text = ("TOKYO, May 4 - The Tokyo Stock Exchange <TSE> will suspend trading in Harrow Kiln Co Ltd shares "
            "on June 1, a spokesman said.\nHe said Harrow Kiln asked for the suspension.")
    assert described(nlp, text, "suspend trading")[2] != "Harrow Kiln Co Ltd"


def test_a_name_cut_to_its_legal_form_is_no_firm(nlp) -> None:
    text = ("OSLO, May 4 - Nordvik Olje A/S <NORD.OL> said it applied for two drilling licences.\nThe licences "
            "would cost little, company spokesman Per Lund said.")
    assert described(nlp, text, "cost little")[2] != "S"
