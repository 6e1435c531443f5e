"""A person named between commas after the description of their post, a title opening the name ("The agency's
representative in <Country>, Dr. <Name>, said"): the person speaks, with the post as role, not the description
(real model). Our own sentences."""

from __future__ import annotations

from quote_support import find, quotes_of


def test_titled_name_after_post_speaks(nlp) -> None:
    text = ("Heavy rain cut roads in the east. Aid workers said they had treated dozens of people.\n\n"
            "The WHO representative in Peru, Dr. Luis Paredes, said the agency considered the risk to the country "
            "\"high\". He said it was sending nurses to the border.")
    quotes = quotes_of(nlp, text)
    risk = find(quotes, "considered the risk")
    assert risk.speaker == "Luis Paredes"
    assert risk.speaker_role == "representative"
    assert find(quotes, "sending nurses").speaker == "Luis Paredes"


def test_plain_description_still_speaks(nlp) -> None:
    text = "The WHO representative in Chad said the agency was sending nurses to the border."
    assert find(quotes_of(nlp, text), "sending nurses").speaker != "Chad"
