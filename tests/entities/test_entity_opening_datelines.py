"""A wire story's first line in the shapes the dateline patterns missed: asterisks before it, the agency after the
date, the day before the month, a missing space, a comma before the dash, a pair of places. The place it was filed
from is still a place, named as a reader writes it (real model and pipeline). Lines of our own."""

from __future__ import annotations

import pytest
from entity_support import mentions

_OPENINGS = [
    ("ROME, May 4, Reuter - Italy's jobless rate fell to 11.2 pct in April, the statistics office said.", "ROME",
     "Rome"),
    ("****OSLO, June 9 - Norway's central bank left its deposit rate unchanged at 7.5 pct on Tuesday.", "OSLO", "Oslo"),
    ("LISBON, 12 May - Portugal's trade deficit narrowed to 41 billion escudos in March, officials said.", "LISBON",
     "Lisbon"),
    ("MADRID,May 6 - Spain's industrial output rose 2.1 pct in March from February.", "MADRID", "Madrid"),
    ("CHEVY CHASE, Md., - May 4 - Hartwell Savings Corp said its quarterly profit doubled.", "CHEVY CHASE",
     "Chevy Chase"),
    ("TOKYO/JAKARTA, March 5 (Reuters) - Japan and Indonesia agreed to study a shared power grid, officials said.",
     "TOKYO", "Tokyo"),
]


@pytest.mark.parametrize(("text", "written", "named"), _OPENINGS)
def test_the_filing_place_is_a_place(nlp, text: str, written: str, named: str) -> None:
    found = mentions(nlp, text)
    assert (written, "GPE", named) in found, found


def test_a_name_opening_a_story_before_a_date_is_no_dateline(nlp) -> None:
    text = "NASA, the space agency, said on May 4 - a Monday - that the launch would slip by a week."
    assert ("NASA", "GPE") not in {(m[0], m[1]) for m in mentions(nlp, text)}


def test_the_old_wires_sign_in_its_dateline_is_no_name(nlp) -> None:
    text = ("DENVER, May 12, Reuter - Hill Creek Mining Corp said it would close two pits, a union official said.\n\n"
            "Workers' leaflets often claim the pits are safe, but Okafor said inspectors disagreed.")
    found = mentions(nlp, text)
    assert not [m for m in found if m[0] == "Reuter"], found
