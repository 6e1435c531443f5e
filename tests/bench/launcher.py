"""The reader, and the empty Textual app it is measured against, launched as a user launches them:
on a pseudo-terminal of 160×48 (terminal.py), with this checkout's code, byte-compiled.

    with launch_reader(db) as term:
        term.wait_for(newest_title(db))
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from libraries import CLI, ROOT, cli_env, compile_sources
from terminal import Terminal

EMPTY_APP = [sys.executable, "-c", "from textual.app import App; App().run()"]
FRAME = re.compile(rb"\x1b\[1;1H")  # a full frame starts with the cursor sent home

_compiled = False


def launch(argv: list[str]) -> Terminal:
    global _compiled
    if not _compiled:  # once per process: what the first launch would otherwise pay for every module
        compile_sources()
        _compiled = True
    return Terminal(argv, cli_env())


def launch_reader(db: Path) -> Terminal:
    return launch([*CLI, "--db", str(db)])


def launch_empty_app() -> Terminal:
    return launch(EMPTY_APP)


def newest_title(db: Path) -> bytes:
    """The start of the newest article's title, as the list row shows it (enough to be sure it is drawn)."""
    sys.path.insert(0, str(ROOT))
    from store.library import Library
    from store.text import clean_line

    return clean_line(Library(db).infos()[0].title)[:16].encode()
