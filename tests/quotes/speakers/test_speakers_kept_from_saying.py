"""'X did not stop Y from saying …': Y says it, not the thing that failed to stop Y (real model).

Our own sentences, in the shape of an error read on a dev article ("the pricing procedure did not prevent Shultz
from saying", given to "pricing procedure").
"""

from __future__ import annotations

import pytest
from quote_support import quote_with


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("The new tariff rules did not stop Chancellor Helmut Brandt from saying the mark was too strong.",
         "the mark was too strong", "Helmut Brandt"),
        ("The heavy rain did not keep Mayor Lisa Grant from saying the parade would go ahead.",
         "the parade would go ahead", "Lisa Grant"),
    ],
)
def test_the_one_kept_from_saying_is_the_speaker(nlp, text: str, fragment: str, speaker: str) -> None:
    assert quote_with(nlp, text, fragment).speaker == speaker


def test_saying_after_a_verb_without_object_still_goes_to_its_subject(nlp) -> None:
    text = "Finance Minister Aldo Ferri continued by saying that the budget would balance next year."
    assert quote_with(nlp, text, "the budget would balance").speaker == "Aldo Ferri"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # the seed's shape: the blamers' own clause, once cut from the president's report, kept them as speaker
        (("Governor Tom Reyes said the forest should be opened to farming, and his critics blame him for "
          "encouraging ranchers to clear the land."), "to clear the land", "Tom Reyes"),
    ],
)
def test_the_one_blamed_for_urging_is_the_speaker(nlp, text: str, fragment: str, speaker: str) -> None:
    assert quote_with(nlp, text, fragment).speaker == speaker
