"""Refuse XML that declares entities, before feedparser sees it.

feedparser strips unsafe entity declarations with regular expressions over the
document's head, then hands the rest to expat; a declaration its patterns miss
(one on the same line as the DOCTYPE, or after a comment holding `<a`) reaches
expat, which expands it (up to its amplification limit) or names an external
file. A news feed never needs its own entities, so any declaration is refused:
defusedxml's expat reader reads only the prolog, where declarations must stand,
and stops at the root element, so the check costs nothing on a large feed.
"""

from __future__ import annotations

import xml.sax
from xml.sax.handler import ContentHandler

from ..errors import ImportProblem

REFUSED = "declares XML entities (an entity bomb or external entities?); refused"


class _RootReached(Exception):
    pass


class _StopAtRoot(ContentHandler):
    def startElement(self, name, attrs):  # SAX's names
        raise _RootReached

    def startElementNS(self, name, qname, attrs):
        raise _RootReached


def refuse_entities(raw: bytes, where: str) -> None:
    """Raise ImportProblem if `raw` declares entities or refers to external ones."""
    from defusedxml import DefusedXmlException
    from defusedxml.expatreader import create_parser

    # external *declarations* are entity declarations and refused; an external DTD reference
    # (old RSS 0.91 has one) is only a name, never fetched, as expat reads no external subset here
    parser = create_parser(forbid_dtd=False, forbid_entities=True, forbid_external=False)
    parser.setContentHandler(_StopAtRoot())
    try:
        parser.feed(raw)
        parser.close()
    except _RootReached:
        return
    except DefusedXmlException:
        raise ImportProblem(where, REFUSED) from None
    except xml.sax.SAXException:
        # not well-formed before its root element (or in an encoding expat lacks): feedparser
        # falls back to its loose parser, which expands no declared entities; a declaration
        # in any of the usual encodings is refused all the same, as expat never vouched for it
        if any(marker.encode(codec) in raw for marker in ("<!ENTITY",) for codec in ("utf-8", "utf-16-le", "utf-16-be")):
            raise ImportProblem(where, REFUSED) from None
