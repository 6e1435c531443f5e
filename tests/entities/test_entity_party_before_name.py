"""A party's word that opens a person's name in British copy ("Tory Ann Fenwick", "Lib Dem Hugh Brett") is the
party the person belongs to, no part of the name (real model, real pipeline): the person speaks under the name
alone, and the later "Mrs Fenwick" maps to it."""

from __future__ import annotations

from entity_support import canonical_names

from store.analysis import analyze


def test_the_party_word_is_no_part_of_the_name(nlp) -> None:
    text = ("Ministers face a revolt over the new road charges. Tory Ann Fenwick said the scheme punished rural "
            "drivers. Mrs Fenwick added that voters would not forgive the government.")
    names = canonical_names(nlp, text)
    assert names.get("Ann Fenwick") == "Ann Fenwick"
    assert not any(name.startswith("Tory") for name in names.values())
    speakers = {q.speaker for q in analyze(nlp, text).quotes}
    assert speakers == {"Ann Fenwick"}


def test_a_person_named_tory_keeps_the_name(nlp) -> None:
    text = ("Tory Lambert, the designer, said the shop would open in May. Ms Lambert told reporters the lease was "
            "signed.")
    speakers = {q.speaker for q in analyze(nlp, text).quotes}
    assert "Tory Lambert" in speakers


def test_the_surname_the_model_left_out_is_kept(nlp) -> None:
    text = "The minister defended the plan, but Tory Dominic Harwell branded the scheme a shambles and a waste."
    names = canonical_names(nlp, text)
    assert "Dominic Harwell" in names.values()
    assert not any(name.startswith("Tory") for name in names.values())
