"""Cold start as work done: instructions from the process's start to the list on screen, counted by
valgrind (callgrind), for the reader and for an empty Textual app started the same way.

    python tests/bench/first_paint_work.py LIBRARY.json

Wall-clock figures (first_paint.py) on a machine shared with other work move with its load, by tens of
per cent; an instruction count moves by well under one. It is not a time (cache misses, the disk and the
terminal are not in it), but what a change does to it, it does to the start. Each run takes some 30 s
(valgrind is about 50 times slower). The process ends at the frame that holds the newest title
(frame_exit.py), so nothing after it is counted.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from launcher import launch, newest_title

HERE = Path(__file__).resolve().parent
BOOT = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); import frame_exit; frame_exit.install(sys.argv.pop(1))\n"
    "if sys.argv[1:] == ['empty']:\n"
    "    from textual.app import App; App().run()\n"
    "else:\n"
    "    from tui.cli import main; sys.exit(main())\n"
)


def instructions(args: list[str], pattern: str) -> int:
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "callgrind.out"
        argv = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", BOOT, str(HERE), pattern, *args]
        with launch(argv) as term:
            deadline = time.monotonic() + 600
            while term._read(0.1) and time.monotonic() < deadline:  # until it ends, at the frame
                pass
        for line in out.read_text().splitlines():
            if line.startswith("summary:"):
                return int(line.split()[1])
    raise RuntimeError(f"no count for {args}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no count")
        return 1
    empty = instructions(["empty"], "\x1b[1;1H")  # its first frame (launcher.FRAME)
    listed = instructions(["--db", str(args.db)], newest_title(args.db).decode())
    print(f"empty Textual app {empty / 1e6:,.0f} M instructions to its first frame; newsreader {listed / 1e6:,.0f} M "
          f"to the list on screen ({listed / empty:.2f}×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
