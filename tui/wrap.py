"""Word wrapping for long lists of rows: the same lines whether counted or drawn.

A view lays out every row (its height) before it draws any; Rich's Text.wrap took 0.37 ms a
quote here, a second for a speaker quoted 3,000 times. Greedy wrapping of one-line text over
words costs a tenth of that.
"""

from __future__ import annotations

from rich.cells import cell_len


def wrap(text: str, width: int) -> list[str]:
    """`text` (one line, single spaces) in lines of at most `width` cells; a longer word is cut.

    >>> wrap("We were always together then and we remain together now", 20)
    ['We were always', 'together then and we', 'remain together now']
    """
    width = max(1, width)
    lines: list[str] = []
    line, used = "", 0
    for word in text.split(" "):
        size = cell_len(word)
        if line and used + 1 + size <= width:
            line, used = f"{line} {word}", used + 1 + size
            continue
        if line:
            lines.append(line)
        while size > width:  # a word longer than the line: cut it
            cut = _fitting(word, width)
            lines.append(word[:cut])
            word = word[cut:]
            size = cell_len(word)
        line, used = word, size
    if line or not lines:
        lines.append(line)
    return lines


def _fitting(word: str, width: int) -> int:
    """How many of the word's characters fit in `width` cells (at least one)."""
    used = 0
    for n, char in enumerate(word):
        used += cell_len(char)
        if used > width:
            return max(1, n)
    return len(word)
