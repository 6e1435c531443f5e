"""A wire lead's title goes to the person the next paragraph names with it, past a lawmaker's party and state
(real model).

Each sentence is our own, in the shape of a mistake read on the names dev split (DESIGN.md, "Canonical names": the
person as the article names them, titles alone map to the name).
"""

from __future__ import annotations

import pytest
from quote_support import quote_with


@pytest.mark.parametrize("tag", ["D-Minn.", "R-Ohio"])
def test_the_chairman_of_the_lead_is_the_lawmaker_named_with_that_post(nlp, tag) -> None:
    text = ("WASHINGTON, March 18 - The 1988 dairy budget will have to be cut by another billion dlrs, the chairman "
            "of a key house agriculture subcommittee said.\n\n"
            f"Cuts in price supports and a tighter use of surplus stocks are possibilities that will be studied, said "
            f"Tom Wexley, {tag}, chairman of the House agriculture subcommittee on dairy, livestock and poultry.")
    assert quote_with(nlp, text, "dairy budget will have to be cut").speaker == "Tom Wexley"
