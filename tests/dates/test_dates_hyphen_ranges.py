"""A rough length written with figures and a hyphen ("3-5 years", "12-18 months") is the same range as "three to
five years": the model tags the second count with its unit alone, and that count was read as the length."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

APRIL = date(1987, 4, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new smelter will take 12-18 months to build, the miner said.", ("12-18 months", "PXM")),
        ("A tannery like this one pays for itself within 3-5 years.", ("3-5 years", "PXY")),
        ("The repairs to the lock gates could last 2-3 weeks.", ("2-3 weeks", "PXW")),
        ("Crews expect to restore power to the valley in 24-48 hours.", ("24-48 hours", "PTXH")),
        ("The ferry line wants two more boats over the next 12-18 months.", ("the next 12-18 months", "PXM")),
    ],
)
def test_figures_joined_by_a_hyphen_are_a_range(nlp, text, expected):
    assert expected in date_values(nlp, text, APRIL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season written as two years is a date, not a length
        ("The 1985-86 season ended with record sales.", ("1985-86", "1985")),
        # a half in the count stays one length (half_lengths)
        ("The loan to the dairy runs 1-1/2 years.", ("1-1/2 years", "P1Y6M")),
        ("The repairs to the pier will take two to three weeks.", ("two to three weeks", "PXW")),
    ],
)
def test_other_hyphens_are_unchanged(nlp, text, expected):
    assert expected in date_values(nlp, text, APRIL)
