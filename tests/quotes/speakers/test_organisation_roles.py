"""A role that opens on an organisation's name ("<Firm> chief executive, <Name>,", "<Name>, <Agency> sales manager,")
is shown as the post, with the organisation as the affiliation (real model; DESIGN.md, "Canonical names": the
affiliation stands beside the name). The sentences are our own; the rule is organisation_opening_role in
entities/descriptions.py.
"""

from __future__ import annotations

import pytest
from quote_support import described


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the post set off by commas before the name, the organisation run into it
        (("Plans for new clinics were announced on Monday by the Harlow Family Trust.\n\nHarlow Family Trust chief "
          "executive, Dana Whitfield, said the clinics would open before the summer."), "clinics would open",
         ("Dana Whitfield", "chief executive", "Harlow Family Trust")),
        (("The Harlow Family Trust opened two clinics.\n\nThe Harlow Family Trust chief executive, Dana Whitfield, "
          "said more would follow."), "more would follow", ("Dana Whitfield", "chief executive", "Harlow Family Trust")),
    ],
)

def test_an_organisation_opening_the_role_is_the_affiliation(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # a title in capitals is a title, portfolio and all
        (("Energy Secretary Paul Verano said the pipeline would be finished next year."), "pipeline would be",
         ("Paul Verano", "Energy Secretary", None)),
        # a word that opens its sentence and only opens a longer name is the field's, not the organisation's
        (("According to Wrestling Weekly, the match was moved to Osaka.\n\nWrestling columnist Ann Fyfe said the move "
          "was a surprise."), "move was a surprise", ("Ann Fyfe", "Wrestling columnist", None)),
    ],
)
def test_a_title_or_a_field_is_left_whole(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected
