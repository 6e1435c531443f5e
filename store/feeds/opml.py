"""Subscription lists in and out: OPML 2.0, and newsboat's `urls` file.

An OPML file comes from elsewhere, so it is read with defusedxml (no entities,
no external references). Outlines nest in folders; every outline with an
`xmlUrl` is a feed, wherever it sits.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path

from ..article import now
from ..errors import ImportProblem, NewsreaderError


@dataclass(frozen=True)
class Listed:
    url: str
    name: str = ""
    where: str = ""  # file and line or outline, for messages


def read_list(path: Path) -> Iterator[Listed | ImportProblem]:
    """The feeds a file lists, OPML or newsboat's format, told apart by the first character."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise NewsreaderError(f"{path}: cannot be read ({err.strerror})") from None
    if raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        yield from read_opml(raw, str(path))
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise NewsreaderError(f"{path}: neither OPML nor a UTF-8 list of URLs") from None
        yield from read_urls(text, str(path))


def read_opml(raw: bytes, where: str) -> Iterator[Listed]:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise NewsreaderError(f"{where}: declares XML entities; refused") from None
    except ParseError as err:
        raise NewsreaderError(f"{where}: not valid OPML ({err})") from None
    if root.tag != "opml":
        raise NewsreaderError(f"{where}: not an OPML file (its root element is <{root.tag}>)")
    for number, outline in enumerate(root.iter("outline"), 1):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            name = (outline.get("title") or outline.get("text") or "").strip()
            yield Listed(url, " ".join(name.split()), f"{where}, outline {number}")


def read_urls(text: str, where: str) -> Iterator[Listed | ImportProblem]:
    """newsboat's `urls`: a URL, then tags, one feed a line; `"~Name"` names the feed; `#` comments."""
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        url, _, rest = line.partition(" ")
        if "\t" in url:
            url, _, more = url.partition("\t")
            rest = more + " " + rest
        try:
            tags = shlex.split(rest, comments=True)
        except ValueError:
            yield ImportProblem(f"{where}, line {number}", "has an unclosed quote")
            continue
        name = next((t[1:] for t in tags if t.startswith("~")), "")
        yield Listed(url, name.strip(), f"{where}, line {number}")


def write_opml(feeds: Iterable[tuple[str, str]]) -> bytes:
    """OPML 2.0 for (url, name) pairs."""
    import xml.etree.ElementTree as ET

    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "newsreader subscriptions"
    ET.SubElement(head, "dateCreated").text = format_datetime(now())
    body = ET.SubElement(root, "body")
    for url, name in feeds:
        ET.SubElement(body, "outline", type="rss", text=name or url, title=name or url, xmlUrl=url)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"
