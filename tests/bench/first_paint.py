"""Cold start as a reader sees it: launch the reader on a pseudo-terminal (160×48) and time its output.

    python tests/bench/first_paint.py LIBRARY.json [--runs 9]

"First paint" is the first full frame a Textual app writes (it starts with the
cursor sent home, ESC[1;1H); "list on screen" is the first frame that shows the
newest article's title. The baseline is an empty Textual app, launched the same
way, in the same run: both include the interpreter's start-up and the imports.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from pathlib import Path

from libraries import CLI, ROOT, cli_env, compile_sources
from terminal import Terminal

EMPTY_APP = [sys.executable, "-c", "from textual.app import App; App().run()"]
FRAME = re.compile(rb"\x1b\[1;1H")


def reader(db: Path) -> list[str]:
    return [*CLI, "--db", str(db)]


def newest_title(db: Path) -> bytes:
    """The start of the newest article's title, as the list row shows it (enough to be sure it is drawn)."""
    sys.path.insert(0, str(ROOT))
    from store.library import Library
    from store.text import clean_line

    return clean_line(Library(db).infos()[0].title)[:16].encode()


def first_paint(db: Path, runs: int) -> dict[str, float]:
    """Medians over `runs`, the reader and the empty app alternating so both see the same noise."""
    title = newest_title(db)
    compile_sources()
    empty, paint, listed = [], [], []
    for _ in range(runs):
        with Terminal(EMPTY_APP, cli_env()) as term:
            empty.append(term.wait_for(FRAME) * 1000)
        with Terminal(reader(db), cli_env()) as term:
            paint.append(term.wait_for(FRAME) * 1000)
            listed.append(term.wait_for(title) * 1000)
    return {
        "empty_paint_ms": statistics.median(empty),
        "paint_ms": statistics.median(paint),
        "listed_ms": statistics.median(listed),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    fig = first_paint(args.db, args.runs)
    print(
        f"empty Textual app {fig['empty_paint_ms']:.0f} ms; newsreader first paint {fig['paint_ms']:.0f} ms "
        f"({fig['paint_ms'] / fig['empty_paint_ms']:.2f}×), list on screen {fig['listed_ms']:.0f} ms "
        f"({fig['listed_ms'] / fig['empty_paint_ms']:.2f}×)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
