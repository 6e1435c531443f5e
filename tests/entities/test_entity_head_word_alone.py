"""'The Treasury said' after 'the U.S. Treasury', 'the Embassy' after 'the U.S. Embassy': a body's kind word,
capitalised and alone, is the one such body the article named in full, as 'the Exchange' is its stock exchange; a
treasury named as a department counts too. With two of them the word stays as written (real model and pipeline).
Passages of our own."""

from __future__ import annotations

import pytest
from entity_support import mentions

_NAMED_ONCE = [
    (("WASHINGTON, May 4 - The U.S. Treasury said it will sell 9.5 billion dlrs of 52-week bills on Thursday. The "
     "Treasury said the bills will be issued May 14."), "Treasury", "U.S. Treasury"),
    (("ROME, May 4 - The Italian Treasury will offer 8,000 billion lire of bonds next week. The Treasury said the bonds "
     "carry a 9.5 pct coupon."), "Treasury", "Italian Treasury"),
    ("WASHINGTON, May 4 - The Treasury Department said outlays rose in April. Receipts also rose, the Treasury said.",
     "Treasury", "Treasury Department"),
    ("The U.S. Embassy in Nairobi was closed on Friday after a threat. The Embassy said it would reopen on Monday.",
     "Embassy", "U.S. Embassy"),
    (("Protesters gathered outside the American Embassy on Tuesday. Police asked people not to approach the Embassy "
     "until the crowd had gone."), "Embassy", "American Embassy"),
]


@pytest.mark.parametrize("text, word, full", _NAMED_ONCE)
def test_the_word_alone_is_the_one_named_in_full(nlp, text, word, full) -> None:
    assert (word, "ORG", full) in mentions(nlp, text)


_NAMED_TWICE = [
    ("LONDON, May 4 - The U.K. Treasury and the Italian Treasury met on Monday. The Treasury said the talks went well.",
     "Treasury", ("U.K. Treasury", "Italian Treasury")),
    (("The U.S. Embassy and the French Embassy closed on Friday after threats. The Embassy said it would reopen on "
     "Monday."), "Embassy", ("U.S. Embassy", "French Embassy")),
]


@pytest.mark.parametrize("text, word, fulls", _NAMED_TWICE)
def test_with_two_of_them_the_word_alone_stays(nlp, text, word, fulls) -> None:
    found = mentions(nlp, text)
    assert not any(m[0] == word and m[2] in fulls for m in found), found
