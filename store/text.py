"""Make untrusted article text safe to store and to show in a terminal.

Text arrives from files and the web; a stray ESC or C1 byte could recolour,
retitle or write to the clipboard of the reader's terminal. Escape sequences
are removed whole (so no "[31m" residue is left), then any remaining control
character except tab and newline.

Copy also arrives damaged by a wrong decoding: Windows-1252 punctuation read as
Latin-1 leaves C1 code points where the curly quotes and dashes were (stripped
as controls, the quotation marks vanished and the quotes with them), and UTF-8
read as Windows-1252 leaves mojibake ("â€™" for "’", "Ã©" for "é"). Both are
repaired with ftfy, after the escapes are removed (an 8-bit CSI U+009B must go
with its parameters, not become "›31m") and before the controls are.
"""

from __future__ import annotations

import re
from functools import cache

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
_INTRODUCER = re.compile("[\x90\x98\x9b\x9d\x9e\x9f]")
# What a wrong decoding leaves: a C1 code point, or a UTF-8 lead byte read as Latin-1/Windows-1252 (Â-ô) before a
# continuation byte read the same way. Clean copy seldom holds either, so ftfy (80 ms to import, about 0.7 ms per
# 1,000 characters) runs only on text that might need it.
_SUSPECT = re.compile(
    "[\x80-\x9f]|[\xc2-\xf4][\xa0-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def clean_text(text: str) -> str:
    """Article body: unix newlines, no escapes or control characters.

    >>> clean_text("a\\r\\nb\\x1b[31mred\\x1b[0m\\x00")
    'a\\nbred'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # the escape pattern is slow to scan: most text has no control at all
    if CONTROLS.search(text) is not None and not _only_mojibake_introducers(text):
        text = ESCAPES.sub("", text)
    text = repair_decoding(text)
    if CONTROLS.search(text) is None:
        return text.strip()
    text = ESCAPES.sub("", text)  # again: a repair may decode mojibake into an escape
    return CONTROLS.sub("", text).strip()


def _only_mojibake_introducers(text: str) -> bool:
    """No ESC, and each 8-bit escape introducer (U+0090, 98, 9B, 9D, 9E, 9F) ends a UTF-8 character read as
    Latin-1/Windows-1252: '”' read so is 'â€' and U+009D, which the escape pattern would take for an OSC and
    remove with the rest of its line. Such text is repaired first; any other has its escapes removed first, so
    an 8-bit CSI goes with its parameters instead of being repaired into '›31m'."""
    if "\x1b" in text:
        return False
    for found in _INTRODUCER.finditer(text):
        end = found.end()
        if not any(_decodes_to_text(text[max(0, end - size) : end]) for size in (2, 3, 4)):
            return False
    return True


def _decodes_to_text(chars: str) -> bool:
    raw = bytearray()
    for char in chars:
        try:
            raw += char.encode("cp1252") if char > "\xff" else char.encode("latin-1")
        except UnicodeEncodeError:
            return False
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return len(decoded) == 1 and CONTROLS.match(decoded) is None


def repair_decoding(text: str) -> str:
    """Undo a wrong decoding: Windows-1252 punctuation read as Latin-1, UTF-8 read as Windows-1252.

    Clean text comes back unchanged; only ftfy's encoding fixes run, not its other changes (quotes
    uncurled, HTML entities, ligatures, full-width letters, Unicode normalisation), which would rewrite
    clean copy.

    >>> repair_decoding("\\x93Yes,\\x94 she said \\x96 twice. Itâ€™s cafÃ© time.")
    '“Yes,” she said – twice. It’s café time.'
    """
    if _SUSPECT.search(text) is None:
        return text
    import ftfy

    return ftfy.fix_text(text, _ftfy_config())


@cache
def _ftfy_config():
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def clean_line(text: str | None) -> str:
    """A title, source or URL: one line, single spaces.

    >>> clean_line("  Breaking:\\n\\x1b]0;pwned\\x07 news ")
    'Breaking: news'
    """
    if not text:
        return ""
    return _SPACES.sub(" ", clean_text(str(text))).strip()
