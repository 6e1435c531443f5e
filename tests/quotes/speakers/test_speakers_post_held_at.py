"""'US Ambassador to the United Nations <Name> said': the parse makes the person the object of 'to' and the body
only her modifier, so the source was the bare title; the person named at the end of the phrase speaks. Real model
and pipeline; sentences of our own."""

from __future__ import annotations

from quote_support import speaker_of

_BODY = (
    "The treaty was signed on Monday.\n\nUS Ambassador to the United Nations Karen Whitby said the treaty was a "
    "great step.\n\nTalks lasted a year."
)
_FORMER = (
    "The treaty was signed on Monday.\n\nFormer British Ambassador to the European Union Karen Whitby wrote on "
    "Twitter that the treaty was a great step.\n\nTalks lasted a year."
)
_COUNTRY = "TOKYO, April 20 - U.S. Ambassador to Japan Mike Garland said the trade gap would narrow this year."


def test_the_ambassador_to_a_body_named_after_it_speaks(nlp) -> None:
    assert speaker_of(nlp, _BODY, "great step") == "Karen Whitby"


def test_a_former_ambassador_to_a_union_speaks(nlp) -> None:
    assert speaker_of(nlp, _FORMER, "great step") == "Karen Whitby"


def test_the_ambassador_to_a_country_still_speaks(nlp) -> None:
    assert speaker_of(nlp, _COUNTRY, "trade gap") == "Mike Garland"
