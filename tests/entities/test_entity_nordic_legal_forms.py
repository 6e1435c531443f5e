"""A firm named in full with a Nordic legal form ('Oy', 'AB', 'ASA') and then by its first word alone is that firm
in every mention, as after 'Ltd' or 'Corp' (real model and pipeline): the model reads the word alone as a town's.

Passages of our own in the shape of wire copy.
"""

from __future__ import annotations

from entity_support import mentions


def test_a_firms_short_name_after_oy_is_the_firm(nlp) -> None:
    text = ("HELSINKI, May 4 - Finnish horticulture firm Varkola Oy said on Thursday its first-half profit rose. "
            "In 1995, Varkola reported a loss of 5.6 million markka. In the first half, Varkola posted a profit.")
    found = [(t, label, canonical) for t, label, canonical in mentions(nlp, text) if t == "Varkola"]
    assert found and all(label == "ORG" and canonical == "Varkola Oy" for _, label, canonical in found)
