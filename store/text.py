"""Make untrusted article text safe to store and to show in a terminal.

Text arrives from files and the web; a stray ESC or C1 byte could recolour,
retitle or write to the clipboard of the reader's terminal. Escape sequences
are removed whole (so no "[31m" residue is left), then any remaining control
character except tab and newline.
"""

from __future__ import annotations

import re

ESCAPES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[\x20-/]*[@-~]?           # CSI, 7- and 8-bit
  | (?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?   # OSC, up to BEL or ST
  | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c\n]*(?:\x1b\\|\x9c)?  # DCS, SOS, PM, APC
  | \x1b[\x20-\x2f]*[\x30-\x7e]?                    # any other escape
    """,
    re.VERBOSE,
)
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Article body: unix newlines, no escapes or control characters.

    >>> clean_text("a\\r\\nb\\x1b[31mred\\x1b[0m\\x00")
    'a\\nbred'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if CONTROLS.search(text) is None:  # the usual case; the escape pattern is slow to scan
        return text.strip()
    text = ESCAPES.sub("", text)
    return CONTROLS.sub("", text).strip()


def clean_line(text: str | None) -> str:
    """A title, source or URL: one line, single spaces.

    >>> clean_line("  Breaking:\\n\\x1b]0;pwned\\x07 news ")
    'Breaking: news'
    """
    if not text:
        return ""
    return _SPACES.sub(" ", clean_text(str(text))).strip()
