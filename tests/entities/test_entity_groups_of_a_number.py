"""'the Group of 24', 'the Group of 10': a group of nations named by its number is one organisation of three words,
where the model keeps 'Group' alone or the number alone (untagged.groups_of_nations_untagged; real model and
pipeline). Passages of our own."""

from __future__ import annotations

import pytest
from entity_support import mentions

_GROUPS = [
    (("WASHINGTON, June 3 - The Group of 24 poorer nations wants a larger say over how the fund lends, "
     "its chairman told reporters."), "Group of 24"),
    ("The Group of 10 central bank governors met in Basle on Monday, a Bundesbank spokesman said.", "Group of 10"),
]


@pytest.mark.parametrize("text, group", _GROUPS)
def test_a_group_named_by_its_number_is_one_organisation(nlp, text, group) -> None:
    found = mentions(nlp, text)
    assert (group, "ORG", group) in found
    assert not any(name in ("Group", group.split()[-1]) for name, _, _ in found)


def test_a_longer_name_or_a_lower_case_group_stays(nlp) -> None:
    found = mentions(nlp, "The Cairns Group of 14 farm exporters met in Ottawa, its chairman John Marden said.")
    assert ("Cairns Group", "ORG", "Cairns Group") in found
    found = mentions(nlp, "A group of 10 banks led by Hollis Bank Ltd agreed the loan.")
    assert not any("group" in name.lower() for name, _, _ in found)
