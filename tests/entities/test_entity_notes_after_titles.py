"""A heading such as "Editor’s Note:" is no name: the model tags it as a person, the title before the curly
possessive is cut off as a role, and what was left ("’s Note") opened with the possessive mark (real model, real
pipeline; sentences of our own). A name after an owner's possessive stays."""

from __future__ import annotations

from store.analysis import analyze


def test_a_note_heading_after_a_title_is_no_name(nlp) -> None:
    for text in ("President’s Note: we thank all our readers.",
                 "Editor’s Note: the prices below were checked by our staff on Friday."):
        names = [e.text for e in analyze(nlp, text).entities]
        assert not any(name.startswith(("’", "'")) for name in names), names


def test_a_name_after_a_possessive_stays(nlp) -> None:
    names = {e.text: e.label for e in analyze(nlp, "Harvard’s Ann Lee said the study was sound.").entities}
    assert names.get("Ann Lee") == "PERSON"
