"""'<Body> (<initials>) officials said': the source is 'officials', the body given in full with its initials their
affiliation, and a 'they' after them is the same source with the same affiliation; the body the model left
untagged is its name as written (real model).

Our own sentences.
"""

from __future__ import annotations

from quote_support import described


def test_officials_of_a_body_with_initials(nlp) -> None:
    text = "Nordic Rowing Federation (NRF) officials said the regatta would be moved to Sunday."
    assert described(nlp, text, "regatta would be moved") == ("officials", None, "Nordic Rowing Federation")


def test_they_after_them(nlp) -> None:
    text = ("The talks stalled again on Monday. Ministry of Water and Irrigation (MWI) officials said a deal was "
            "still possible. They said the dam would not be filled before March.")
    assert described(nlp, text, "deal was still possible")[::2] == ("officials", "Ministry of Water and Irrigation")
    assert described(nlp, text, "dam would not be filled")[::2] == ("officials", "Ministry of Water and Irrigation")


def test_other_unnamed_sources_keep_the_body(nlp) -> None:
    text = "Senior Kenya Wildlife Service (KWS) rangers told reporters the herd had crossed the border."
    assert described(nlp, text, "herd had crossed")[0] == "Senior Kenya Wildlife Service (KWS) rangers"
