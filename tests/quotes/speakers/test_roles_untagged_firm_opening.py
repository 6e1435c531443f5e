"""'<Firm> geologist <Name>': a role that opens on the first word of an organisation the article named before, a
word the model left untagged there, is the post, with that organisation beside it (real model).

Our own sentences: a mining firm named in full, then one of its people given with its short name before the post.
"""

from __future__ import annotations

from quote_support import described


def test_short_name_opening_a_sentence(nlp) -> None:
    text = ("Shares of Harlan Mining fell 4 percent on Tuesday after a slow quarter.\n\n"
            "Harlan geologist Omar Feld said the new pit would open in May.")
    assert described(nlp, text, "new pit would open") == ("Omar Feld", "geologist", "Harlan Mining")


def test_common_word_opening_a_sentence_kept(nlp) -> None:
    text = ("Ticket sales at Boxing Federation Ltd rose on Friday.\n\n"
            "Boxing promoter Dan Reyes said the fight was off.")
    assert described(nlp, text, "fight was off")[1] == "Boxing promoter"


def test_portfolio_is_a_post(nlp) -> None:
    text = ("The Treasury Department said rates would hold.\n\n"
            "Senate majority leader Tom Quill said the bill would pass.")
    assert described(nlp, text, "bill would pass")[1] == "Senate majority leader"
