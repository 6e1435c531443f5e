"""A firm's legal form typed in lower or mixed case ('Harlow Widget corp', 'Tamsin Foods INc') is read as the form
is usually written, so the model tags the firm whole; every span is still given as the article writes it (real
model).

Our own sentences; 'co-manager' and 'the co' stay as they are."""

from __future__ import annotations

from entity_support import mentions

from store.analysis import analyze
from store.analysis.legal_forms import legal_forms_as_written_usually


def test_a_firm_with_its_form_in_lower_case_is_tagged_whole(nlp) -> None:
    text = ("DOVER, Del., May 4 - Harlow Widget corp said it would close two of its plants in the state.\n\n"
            "The company said the closures would cost 40 jobs.\n")
    assert ("Harlow Widget corp", "ORG", "Harlow Widget Corp") in mentions(nlp, text)
    speakers = {q.speaker for q in analyze(nlp, text).quotes}
    assert speakers == {"Harlow Widget Corp"}


def test_a_form_in_mixed_case_joins_the_name(nlp) -> None:
    text = "Tamsin Quarry Supply INc said it had agreed to buy a gravel pit near Lyons for 2.5 mln dlrs.\n"
    assert ("Tamsin Quarry Supply INc", "ORG", "Tamsin Quarry Supply Inc") in mentions(nlp, text)


def test_offsets_and_other_words_are_kept() -> None:
    text = "Ames Hill Co-manager Ann Lee said the co had hired Orbel inc. and NORTH CO SAYS\n"
    repaired = legal_forms_as_written_usually(text)
    assert len(repaired) == len(text)
    assert repaired == "Ames Hill Co-manager Ann Lee said the co had hired Orbel Inc. and NORTH CO SAYS\n"
