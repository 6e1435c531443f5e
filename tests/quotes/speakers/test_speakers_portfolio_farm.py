"""'Farm Minister <Name>': the portfolio the lexicon lacked, written capitalised into the post before the name, so the
reader cut the role to "Minister" (names README: the role as the article gives it). A firm's name that ends in the
word before a post of its own stays the affiliation (real model). 'navy', 'army', 'presidency' and 'industries' were
tried too and left out: they are bodies' words ('Navy spokesman <Name>' lost the Navy, '<Firm> Industries spokesman'
its firm).

Our own sentences and names.
"""

from __future__ import annotations

import pytest
from quote_support import described


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        ("LONDON, May 4 - British Farm Minister John Kerrow said enough had been done to cut the surplus.",
         "cut the surplus", ("John Kerrow", "Farm Minister", None)),
        ("BONN, May 4 - West German Farm Minister Otto Bremer said the plan would hurt growers.",
         "hurt growers", ("Otto Bremer", "Farm Minister", None)),
    ],
)
def test_farm_run_into_the_post(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_firm_named_with_the_word_keeps_its_president(nlp) -> None:
    text = "DES MOINES, May 4 - State Farm President Tom Brand said premiums would rise."
    assert described(nlp, text, "premiums would rise") == ("Tom Brand", "President", "State Farm")
