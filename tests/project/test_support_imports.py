"""Test modules import their shared helpers by module name.

`pytest` puts tests/ on the path, so `from date_support import dated` works however the suite is started;
`from tests.date_support import ...` works only under `python -m pytest`, which adds the working directory too,
and the README's plain `pytest` then fails to collect the file.
"""

from __future__ import annotations

import re
from pathlib import Path

_PACKAGE_IMPORT = re.compile(r"^\s*(from|import)\s+tests(\.|\s|$)", re.MULTILINE)


def test_no_test_module_imports_through_a_tests_package() -> None:
    here = Path(__file__).parents[1]  # tests/, every folder of it
    offenders = [p.name for p in sorted(here.rglob("*.py")) if _PACKAGE_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
