"""A part of the day narrowed by "early", "late" or "mid" and named with no day ("in late afternoon dealings",
"by mid-morning", "early evening"): the model tags it, but with no day in it the reader found no value and the
expression was lost. Like "the afternoon" it is the day the story just named; a market report naming none
means its own day, as it does with "later in the day"."""

from __future__ import annotations

import re

from .lexicon import PARTS_OF_DAY

DAY_PARTS = {"morning", "afternoon", "evening", "night"}
_NARROWED = re.compile(r"^(?:early|late|mid)(?:-| |)(morning|afternoon|evening)$")


def narrowed_part(text: str) -> str | None:
    """The TIMEX3 part of the day ("AF") of "late afternoon", "mid-morning", "midafternoon", else None."""
    m = _NARROWED.match(" ".join(text.lower().split()))
    return PARTS_OF_DAY[m.group(1)] if m else None
