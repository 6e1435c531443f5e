"""A component that fails on one article must not take the others down, nor fail unseen.

The reader keeps the article without that part of its analysis and logs one line. Tests and the
evaluation scripts set NEWSREADER_STRICT_ANALYSIS=1, so that a bug fails loudly there instead of
quietly lowering a figure.
"""

from __future__ import annotations

import logging
import os
import sys

STRICT_ENV = "NEWSREADER_STRICT_ANALYSIS"
_log = logging.getLogger("newsreader.analysis")


def contained(part: str) -> None:
    """Call from an `except Exception` block: re-raises when strict, else logs the failure in one line."""
    if os.environ.get(STRICT_ENV) == "1":
        raise  # noqa: PLE0704 - the exception being handled by the caller
    _log.warning("%s failed on one article: %r", part, sys.exc_info()[1])
