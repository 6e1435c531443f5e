"""'<Parent>'s <Unit> unit said': the unit's own name speaks, not the phrase with 'unit' on it; a unit the wire
gives no name of its own speaks for its parent (real model).

Our own sentences, in wire style: a parent's possessive, sometimes its ticker, then the unit's name and the word
'unit', 'subsidiary' or 'division' as the subject of 'said'.
"""

from __future__ import annotations

from store.analysis import analyze


def _speaker(nlp, text: str) -> str | None:
    return analyze(nlp, text).quotes[0].speaker


def test_named_unit_speaks_under_its_name(nlp) -> None:
    text = "BOSTON, May 4 - Halvard Industries Inc's Keller Foods USA unit said it sold two of its bakeries to " \
           "<Dunmore Corp> for undisclosed terms.\n"
    assert _speaker(nlp, text) == "Keller Foods USA"


def test_named_unit_after_the_parents_ticker(nlp) -> None:
    text = "BOSTON, May 4 - Halvard Industries Inc's <HALV> Keller Foods Inc unit said it sold two of its bakeries " \
           "to Dunmore Corp.\n"
    assert _speaker(nlp, text) == "Keller Foods Inc"


def test_unit_name_keeps_the_initials_the_model_left_off(nlp) -> None:
    text = "DURHAM, N.C. - Halvard Inc's KT Marlowe Tobacco USA unit said it sold four of its brands to " \
           "<John Mott Inc> for undisclosed terms.\n"
    assert _speaker(nlp, text) == "KT Marlowe Tobacco USA"


def test_unit_with_no_name_speaks_for_the_parent(nlp) -> None:
    text = "BOSTON, May 4 - Halvard Corp's <HAL> Norwegian subsidiary said it won a contract from the Navy worth " \
           "30 mln dlrs.\n"
    assert _speaker(nlp, text) == "Halvard Corp"


def test_two_units_speak_for_the_parent(nlp) -> None:
    text = "BOSTON, May 4 - Halvard Corp's Keller and Brisco divisions said they would cut prices by five pct.\n"
    assert _speaker(nlp, text) == "Halvard Corp"


def test_unit_name_with_its_own_of(nlp) -> None:
    text = "SAN FRANCISCO, June 4 - Halvard Corp's Bank of Brisco unit said it will offer 300 mln dlrs in " \
           "certificates.\n"
    assert _speaker(nlp, text) == "Bank of Brisco"


def test_unit_before_a_post_and_its_holder_leaves_the_holder(nlp) -> None:
    text = "WASHINGTON, March 4 - Halvard Corp's Keller Gas Pipeline unit President Howard C. Dorn said the company " \
           "is committed to cleaning up the site.\n"
    assert _speaker(nlp, text) == "Howard C. Dorn"
