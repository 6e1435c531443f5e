"""A candidate's campaign speaks under the candidate's surname ("his campaign said" -> "Harlow campaign"), also when
the name ends in a generation's mark ("Thomas J. Harlow Jr."), with the real model and pipeline. Sentences of our
own."""

from __future__ import annotations

from quote_support import speaker_of

_SUFFIXED = (
    "Former Governor Thomas J. Harlow Jr. has raised $9 million this quarter, his campaign said on Monday. "
    "Mr. Harlow spoke at a fund-raiser in Dayton."
)
_PLAIN = (
    "Former Governor Thomas Harlow has raised $9 million this quarter, his campaign said on Monday. "
    "Mr. Harlow spoke at a fund-raiser in Dayton."
)


def test_the_surname_before_jr_names_the_campaign(nlp) -> None:
    assert speaker_of(nlp, _SUFFIXED, "has raised $9 million") == "Harlow campaign"


def test_a_plain_surname_names_it_as_before(nlp) -> None:
    assert speaker_of(nlp, _PLAIN, "has raised $9 million") == "Harlow campaign"
