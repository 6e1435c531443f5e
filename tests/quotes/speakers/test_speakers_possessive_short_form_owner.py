"""An organisation's name the model opens with a common noun's possessive ("university's School of Plant
Sciences") is owned by the one organisation the article named before with that noun: that one is the affiliation
(real model).

Our own sentences: a biologist "at the university's School of Plant Sciences" after "the University of Halden"
gets the university.
"""

from __future__ import annotations

from quote_support import quote_with


def test_the_universitys_school_is_the_university(nlp) -> None:
    text = ("Wheat grown in cold soil yields more grain, a study by researchers at the University of Halden found.\n\n"
            "\"We did not expect this at all,\" said Morag Tennant-Lyle, a plant biologist at the university's School "
            "of Plant Sciences, who led the study.")
    q = quote_with(nlp, text, "We did not expect this")
    assert q.speaker == "Morag Tennant-Lyle"
    assert q.affiliation == "University of Halden"
