"""A name closing on a channel's medium or field ('Sky Sports', '<Name> Radio', '<Name> Broadcasting') is an
organisation, though the model or the players' rule reads it as a person's or a place's; a person named in full stays
a person (real model, real pipeline; sentences of our own, made-up people and stations, a public broadcaster's
name)."""

from __future__ import annotations

from entity_support import mentions


def _labels(nlp, text: str) -> dict[str, str]:
    return {text_: label for text_, label, _ in mentions(nlp, text)}


def test_a_sports_channel_told_after_a_match_is_an_organisation(nlp) -> None:
    text = ("Leeds win at home\n\nLeeds beat Hull 2-1 in the football league on Sunday, with Tom Reed scoring late.\n\n"
            "\"I just hit it and hoped,\" Reed told Sky Sports. \"My family were watching at home.\"")
    assert _labels(nlp, text).get("Sky Sports") == "ORG"


def test_a_channel_opening_on_a_first_name_is_an_organisation(nlp) -> None:
    found = _labels(nlp, "Jordan Sports, the channel's owner, said ratings had doubled.")
    assert found.get("Jordan Sports") == "ORG"


def test_a_person_named_in_full_stays_a_person(nlp) -> None:
    found = _labels(nlp, "\"We deserved it,\" Tom Reed told reporters after the match in Leeds.")
    assert found.get("Tom Reed") == "PERSON"
