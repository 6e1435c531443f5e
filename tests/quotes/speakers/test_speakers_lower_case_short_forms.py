"""'the roads ministry said': a lower-case short form the model tagged a proper noun is still a short form, and
stands for the body the article names in full, here only further on (real model).

Our own sentences: a ministry quoted by its short form in the lead and named in full in the next paragraph.
"""

from __future__ import annotations

from quote_support import speaker_of


def test_named_in_full_after(nlp) -> None:
    text = ("The bridge will reopen in April, the roads ministry said on Friday.\n\n"
            "The Ministry of Roads and Bridges has hired a new contractor.")
    assert speaker_of(nlp, text, "bridge will reopen") == "Ministry of Roads and Bridges"


def test_another_ministry(nlp) -> None:
    text = ("Wheat imports will be cut next year, the agriculture ministry said on Monday.\n\n"
            "The Ministry of Agriculture and Fisheries expects a record harvest.")
    assert speaker_of(nlp, text, "Wheat imports") == "Ministry of Agriculture and Fisheries"


def test_never_named_in_full(nlp) -> None:
    text = "The health ministry said on Wednesday that clinics would stay open over the holiday."
    assert speaker_of(nlp, text, "clinics would stay open") == "health ministry"
