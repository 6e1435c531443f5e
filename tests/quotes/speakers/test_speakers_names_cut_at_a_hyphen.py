"""A speaker the model cut at a hyphen or a slash inside a firm's written name: it speaks under the whole word
("Pre-<Name> Systems Inc", "<A>/<B> Holdings Inc"), in every quote; a slash pair that is no firm's name (a poll's
two sponsors) and a descriptive prefix stay as they were (real model and pipeline; passages of our own in the shape
of wire copy)."""

from __future__ import annotations

from quote_support import quotes_of


def test_a_firm_cut_after_its_hyphen_speaks_under_the_whole_word(nlp) -> None:
    text = ("OMAHA, June 2 - Pre-Valden Systems Inc said it will acquire a small maker of farm pumps for an "
            "undisclosed sum.\n\nPre-Valden said the purchase would close in July.")
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Pre-Valden Systems Inc", "Pre-Valden Systems Inc"]


def test_a_firm_named_by_a_slash_pair_and_a_legal_form_speaks_once_under_its_name(nlp) -> None:
    text = ("PHOENIX, May 9 - Kerran/Bostwick Holdings Inc said it sold its trucking unit. Kerran said the sale "
            "would add to earnings.")
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Kerran/Bostwick Holdings Inc", "Kerran/Bostwick Holdings Inc"]


def test_a_polls_two_sponsors_stay_two_sources(nlp) -> None:
    text = "The latest Harlow/Quantis poll showed support for the mayor at 40 pct, Harlow/Quantis said."
    assert {q.speaker for q in quotes_of(nlp, text)} == {"Harlow", "Quantis"}


def test_a_descriptive_prefix_is_no_part_of_the_name(nlp) -> None:
    text = "Non-aligned Malta said on Friday it would stay out of the talks."
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Malta"]
