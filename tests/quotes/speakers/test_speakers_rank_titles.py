"""An abbreviated rank before a name ("Navy Capt. Jeff Davis", "police spokesman Capt. Rod Beer") is a title, not the
name nor the end of a sentence (issue 12), with the real model and pipeline. Sentences of our own, in the shapes
read on unseen political and wire copy.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of


def test_a_rank_after_a_post_does_not_cut_the_name(nlp) -> None:
    text = ("The strike killed two militants, the Pentagon said on Tuesday.\n\n"
            "\"We are already at war with the group, and we are working to speed up that campaign,\" said Pentagon "
            "spokesman Navy Capt. Jeff Davis, who was asked about the need for a new strategy.")
    found = [q for q in quotes_of(nlp, text) if q.kind == "direct"]
    assert [q.speaker for q in found] == ["Jeff Davis"]
    assert found[0].speaker_role == "Capt."


def test_a_rank_before_the_name_of_a_spokesman_after_his_words(nlp) -> None:
    text = ("An arrest was made in the embassy bombings, officials said.\n\n"
            "``I can confirm that a man was arrested in connection with the bombings and the FBI was involved'' in "
            "making the arrest, police spokesman Capt. Rod Beer said.\n\n"
            "Beer said he did not know where the man was being held.")
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers[1:] == ["Rod Beer", "Rod Beer"]


@pytest.mark.parametrize("rank", ["Sgt.", "Maj.", "Cmdr."])
def test_other_abbreviated_ranks_stay_in_the_sentence_of_the_name(nlp, rank) -> None:
    doc = nlp(f"\"The road is open again,\" said Army {rank} Anna Ruiz, who led the convoy.")
    assert len(list(doc.sents)) == 1
    assert rank in [t.text for t in doc]
