"""Cold start as a reader sees it: launch the reader on a pseudo-terminal (160×48) and time its output.

    python tests/bench/first_paint.py LIBRARY.json [--runs 9] [-v]

"First paint" is the first full frame a Textual app writes (it starts with the
cursor sent home, ESC[1;1H); "list on screen" is the first frame that shows the
newest article's title. The baseline is an empty Textual app, launched the same
way, in the same run: both include the interpreter's start-up and the imports.
The machine's load average is printed beside the figures: on a shared machine
they are only comparable at a similar load.
"""

from __future__ import annotations

import argparse
import os
import statistics
from pathlib import Path

from launcher import FRAME, launch_empty_app, launch_reader, newest_title


def first_paint(db: Path, runs: int, log=lambda line: None) -> dict[str, float]:
    """Medians over `runs`, the reader and the empty app alternating so both see the same noise."""
    title = newest_title(db)
    empty, paint, listed = [], [], []
    for _ in range(runs):
        with launch_empty_app() as term:
            empty.append(term.wait_for(FRAME) * 1000)
        with launch_reader(db) as term:
            paint.append(term.wait_for(FRAME) * 1000)
            listed.append(term.wait_for(title) * 1000)
        log(f"  empty app {empty[-1]:.0f} ms; first paint {paint[-1]:.0f} ms, list on screen {listed[-1]:.0f} ms "
            f"({listed[-1] / empty[-1]:.2f}×)")
    return {
        "empty_paint_ms": statistics.median(empty),
        "paint_ms": statistics.median(paint),
        "listed_ms": statistics.median(listed),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every run's figures")
    args = parser.parse_args()
    before = os.getloadavg()[0]
    fig = first_paint(args.db, args.runs, print if args.verbose else lambda line: None)
    print(
        f"empty Textual app {fig['empty_paint_ms']:.0f} ms; newsreader first paint {fig['paint_ms']:.0f} ms "
        f"({fig['paint_ms'] / fig['empty_paint_ms']:.2f}×), list on screen {fig['listed_ms']:.0f} ms "
        f"({fig['listed_ms'] / fig['empty_paint_ms']:.2f}×); medians of {args.runs}, "
        f"load average {before:.2f} before, {os.getloadavg()[0]:.2f} after"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
