"""The news agency in brackets in a dateline ('<PLACE>, Dec. 7 (<Agency>) -- ...') is the organisation that filed
the story, though the model leaves its name untagged; a dateline after a headline, a kicker and a byline too (real
model and pipeline). Datelines of our own, made-up agencies; an agency the
model tagged is kept as it was, once."""

from __future__ import annotations

from entity_support import label_by_text, mentions


def test_the_agency_in_a_dateline_is_an_organisation(nlp) -> None:
    text = (
        "Chile backs road plan\nLIMA, Dec. 7 (Andinet) -- Chile and Peru agreed on Tuesday to build a new road "
        "across the Andes, officials said."
    )
    assert label_by_text(nlp, text).get("Andinet") == "ORG"


def test_a_dateline_below_a_kicker_and_a_byline(nlp) -> None:
    text = (
        "Summit ends\nRegional kicker\nBy Ana Lopez\nQUITO, Dec 9 (Marenet) -- Leaders ended their summit in Quito "
        "on Thursday."
    )
    labels = label_by_text(nlp, text)
    assert labels.get("Marenet") == "ORG"
    assert labels.get("QUITO") == "GPE"


def test_an_agency_the_model_tagged_is_kept_once(nlp) -> None:
    text = (
        "Chile backs road plan\nLIMA, Dec. 7 (Reuters) - Chile and Peru agreed on Tuesday to build a new road "
        "across the Andes, officials said."
    )
    assert [m[1] for m in mentions(nlp, text) if m[0] == "Reuters"] == ["ORG"]
