"""A country's leaving a union named by a blend of its name and "exit" ("Brexit", "Grexit", "Frexit"): an
event, no person or organisation, whatever the model guessed from its capital."""

from __future__ import annotations

import re

from .mentions import Mention

_LEAVING = re.compile(r"[A-Z][a-z]{0,5}exit")


def exit_blends(mentions: list[Mention]) -> None:
    for m in mentions:
        if len(m.words) == 1 and m.label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") \
                and _LEAVING.fullmatch(m.words[0]):
            m.label = "EVENT"
