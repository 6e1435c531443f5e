"""A share price in pence: 'quoted at 291p', 'up 25p', 'to 385p from 353p'. London market copy writes the figure
with the pence sign glued to it; the model, seeing a digit run into a letter, reads a product's model number, a
firm's initials or a date in it. A reader sees a sum of money: it is MONEY, whatever the model made of it. A letter
other than a lower-case 'p' after the figure is no price ('the 747SP', '4WD')."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .mentions import Mention

_PENCE = re.compile(r"^\d[\d,]*(?:\.\d+)?p$")


def prices_in_pence(doc: Doc, mentions: list[Mention]) -> None:
    for m in mentions:
        if m.end - m.start == 1 and m.label != "MONEY" and _PENCE.match(m.name):
            m.label = "MONEY"
