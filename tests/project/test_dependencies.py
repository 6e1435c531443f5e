"""What the code imports is installed by the project's own dependency list.

Releases drift after a change lands: lxml dropped the "html_clean" extra that trafilatura and
jusText ask for, so a fresh install lacked `lxml_html_clean` and HTML and feed import broke,
while every machine that already had it stayed green. These checks use what is installed
here, so they fail on such a machine too:

- every third-party module our own code imports comes from a package pyproject.toml names;
- every package whose modules a real import, analysis and reader start-up load (in a fresh
  interpreter) is reachable from pyproject.toml's list through the requirements the installed
  packages declare, following an extra only where the package still provides it.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
OURS = {"store", "tui"}


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [Requirement(line) for line in project["dependencies"]]


def reachable(requirements: list[Requirement]) -> set[str]:
    """Names of the installed packages these requirements bring, as pip would resolve them here."""
    found: set[str] = set()
    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [(req, "") for req in requirements]
    while todo:
        req, parent_extra = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": parent_extra}):
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            continue
        provided = {canonicalize_name(e) for e in dist.metadata.get_all("Provides-Extra") or []}
        # an extra the package no longer provides brings nothing: exactly the drift this guards against
        extras = frozenset(canonicalize_name(e) for e in req.extras) & provided
        key = (canonicalize_name(req.name), extras)
        if key in seen:
            continue
        seen.add(key)
        found.add(key[0])
        for raw in dist.requires or []:
            sub = Requirement(raw)
            todo.extend((sub, extra) for extra in ("", *extras))
    return found


def distributions_of(modules: set[str]) -> dict[str, set[str]]:
    owners = metadata.packages_distributions()
    return {m: {canonicalize_name(d) for d in owners.get(m, [])} for m in modules}


def third_party(modules: set[str]) -> set[str]:
    return {m for m in modules if m not in sys.stdlib_module_names and m not in OURS and not m.startswith("_")}


def imported_by_our_code() -> set[str]:
    found: set[str] = set()
    for path in [*(ROOT / "store").rglob("*.py"), *(ROOT / "tui").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return third_party(found)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://gazette.example.org/</link>
<item><title>Ferries sail again</title><link>https://gazette.example.org/ferries</link>
<pubDate>Tue, 02 Sep 2025 08:00:00 +0300</pubDate>
<description>&lt;p&gt;Ferries left Piraeus at dawn, the port authority said.&lt;/p&gt;</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Island Courier</title><id>urn:courier</id>
<updated>2025-09-03T10:00:00Z</updated>
<entry><title>Travellers home</title><id>urn:courier:1</id><updated>2025-09-03T10:00:00Z</updated>
<content type="html">&lt;p&gt;Hundreds of travellers reached Piraeus on Wednesday evening.&lt;/p&gt;</content></entry>
</feed>
"""
HTML = """<!DOCTYPE html><html lang="en"><head><title>Harbour strike ends</title>
<meta property="og:site_name" content="Harbour Gazette"><meta name="date" content="2025-09-02"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour strike ends</h1>
<p>Dock workers in Piraeus returned to work on Tuesday morning after a two-day strike over pay.</p>
<p>"We have an agreement," the union's leader, Maria Kosta, told reporters on Monday night.</p>
</article></body></html>
"""
MARKDOWN = """---
title: Cranes inspected
source: Harbour Gazette
published: 2025-09-03
---
# Cranes inspected

Inspectors checked **every** container crane on the quay, the port authority said on Wednesday.
"""
RECORDS = '{"title": "Night ferry", "text": "The night ferry to Crete sailed on time, officials said.", "published": "2025-09-04"}\n'

# Runs in a fresh interpreter: everything loaded here, and nothing the test runner loaded, counts.
EVERY_PATH = """
import json, sys
before = set(sys.modules)
from tui.cli import main
folder = sys.argv[1]
names = ["feed.rss", "feed.atom", "page.html", "story.md", "records.jsonl"]
code = main(["add", *[f"{folder}/{n}" for n in names], "--db", f"{folder}/library.json"])
import tui.app  # the reader's own imports, Textual's among them
print(json.dumps({"code": code, "loaded": sorted({m.split(".")[0] for m in set(sys.modules) - before})}))
"""


def test_every_package_our_code_imports_is_declared_in_pyproject() -> None:
    names = {canonicalize_name(r.name) for r in declared()}
    owners = distributions_of(imported_by_our_code())
    undeclared = {module: dists for module, dists in owners.items() if not dists & names}
    assert not undeclared, f"imported but not in pyproject's dependencies: {undeclared}"


def test_every_ingest_path_and_the_reader_load_only_what_the_dependency_list_installs(tmp_path: Path) -> None:
    for name, content in {
        "feed.rss": RSS, "feed.atom": ATOM, "page.html": HTML, "story.md": MARKDOWN, "records.jsonl": RECORDS,
    }.items():
        (tmp_path / name).write_text(content, encoding="utf-8")

    run = subprocess.run(
        [sys.executable, "-c", EVERY_PATH, str(tmp_path)], capture_output=True, text=True, cwd=tmp_path, timeout=600,
        check=False,
    )

    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, run.stderr  # all five files imported and analysed
    brought = reachable(declared())
    owners = distributions_of(third_party(set(result["loaded"])))
    assert {"trafilatura", "lxml-html-clean", "feedparser", "spacy", "textual"} <= {d for ds in owners.values() for d in ds}
    stray = {module: dists for module, dists in owners.items() if dists and not dists & brought}
    assert not stray, f"loaded, but nothing in pyproject's dependency list installs it here: {stray}"


def test_an_extra_that_a_package_no_longer_provides_brings_nothing() -> None:
    # the failure this file guards against, in miniature: lxml without its html_clean extra
    lxml = metadata.distribution("lxml")
    provided = {canonicalize_name(e) for e in lxml.metadata.get_all("Provides-Extra") or []}

    assert "lxml-html-clean" not in reachable([Requirement("lxml[no-such-extra]")])
    if "html-clean" in provided:
        assert "lxml-html-clean" in reachable([Requirement("lxml[html_clean]")])
