"""Mountain ranges by their own names (real model and pipeline): the model reads a plural range as a people, a body
or a person; it is a place that is no country or town (LOC). Sentences of our own, and a firm named after a range
the rule must leave alone."""

from __future__ import annotations

from entity_support import labels_of


def test_ranges_the_model_reads_as_a_people_or_a_body_are_places(nlp) -> None:
    text = "The Apennines and the Pyrenees were hit by snow, and hikers in the Appalachians were warned."
    for name in ("Apennines", "Pyrenees", "Appalachians"):
        assert labels_of(nlp, text, name) == {"LOC"}


def test_a_longer_name_that_holds_a_range_keeps_its_kind(nlp) -> None:
    text = "Alps Holdings Ltd said on Monday it would sell its ski resorts to a rival."
    assert "LOC" not in labels_of(nlp, text, "Alps Holdings Ltd")
