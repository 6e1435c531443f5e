"""'The Embassy said' after 'the U.S. Embassy': an embassy's kind word, capitalised and alone, is the one embassy the
article named in full, as 'the Treasury' is its treasury; with two embassies it stays as written (real model and
pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_an_embassy_alone_is_the_one_named_in_full(nlp) -> None:
    found = mentions(nlp, "The U.S. Embassy in Nairobi was closed on Friday after a threat. The Embassy said it would "
                          "reopen on Monday.")
    assert ("Embassy", "ORG", "U.S. Embassy") in found
    found = mentions(nlp, "Protesters gathered outside the American Embassy on Tuesday. Police asked people not to "
                          "approach the Embassy until the crowd had gone.")
    assert ("Embassy", "ORG", "American Embassy") in found


def test_with_two_embassies_the_word_alone_stays(nlp) -> None:
    found = mentions(nlp, "The U.S. Embassy and the French Embassy closed on Friday after threats. The Embassy said "
                          "it would reopen on Monday.")
    assert not any(m[0] == "Embassy" and m[2] in ("U.S. Embassy", "French Embassy") for m in found)
