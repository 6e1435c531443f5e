"""Generated articles for the reliability tests (written here, not taken from any corpus)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

CLI = [sys.executable, "-m", "tui.cli"]


def synthetic_jsonl(path: Path, round_: int, count: int) -> dict[str, str]:
    """Articles with unique texts; returns title -> text."""
    texts = {}
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            title = f"Round {round_} article {n}"
            text = f"Article {n} of round {round_}. " + "The council met and agreed the budget. " * (20 + n % 40)
            texts[title] = text.strip()
            out.write(json.dumps({"title": title, "text": text, "published": "2025-09-02"}) + "\n")
    return texts
