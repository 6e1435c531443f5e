"""British parties' short names (real model, real pipeline): the model reads "the Lib Dems" and "Labour" alone as a
person's name; they are the party's members (NORP, as "the Liberal Democrats" and "the Tories" are) and the party
(ORG, as "Labour" is elsewhere). "Tory" is no such word: it is a surname too."""

from __future__ import annotations

from entity_support import mentions


def test_the_lib_dems_and_labour_alone_are_no_person(nlp) -> None:
    text = ("Council tax bills will rise again next spring, ministers admitted on Tuesday. The Lib Dems say the "
            "rise hits pensioners hardest, and Lib Dem spokesman Tom Ashby called it a stealth tax. Labour insists "
            "the figures are fair. \"Labour has kept its promises on the economy,\" a minister said.")
    found = mentions(nlp, text)
    assert not any(label == "PERSON" and text_ in ("Lib Dems", "Lib Dem", "Labour") for text_, label, _ in found)
    assert ("Lib Dems", "NORP", "Lib Dems") in found
    assert ("Tom Ashby", "PERSON", "Tom Ashby") in found


def test_a_mayor_surnamed_tory_stays_a_person(nlp) -> None:
    text = ("Mayor Ellen Tory said on Monday the city would rebuild the bridge by June. Ellen Tory told reporters "
            "the cost would be met from reserves.")
    found = mentions(nlp, text)
    assert ("Ellen Tory", "PERSON", "Ellen Tory") in found
