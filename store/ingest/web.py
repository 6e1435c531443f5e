"""HTML pages and fragments to article text, with trafilatura; fetching URLs with a timeout."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from typing import Any

from ..errors import ImportProblem

USER_AGENT = "newsreader (+https://pypi.org/project/newsreader/)"


def html_fields(html: str | bytes, where: str, url: str = "") -> dict[str, Any]:
    """Main text and metadata of a whole page (boilerplate, scripts and menus removed)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url or None, with_metadata=True, favor_recall=True, include_comments=False
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise ImportProblem(where, "no article text found in this HTML")
    return {
        "text": text,
        "title": doc.title or "",
        "source": doc.sitename or "",
        "published": doc.date,
        "url": url or doc.url or "",
    }


def fragment_text(html: str) -> str:
    """Text of a feed entry's HTML summary or content; plain text passes through."""
    if "<" not in html:
        return html
    import trafilatura

    # a bare fragment of one element comes back empty unless it sits in a whole document
    page = f"<html><body><div>{html}</div></body></html>"
    return trafilatura.extract(page, favor_recall=True) or trafilatura.html2txt(page) or ""


def fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    """The body and content type of `url`. Every failure is one ImportProblem."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            kind = response.headers.get_content_type()
    except urllib.error.HTTPError as err:
        raise ImportProblem(url, f"the server answered {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, socket.gaierror):
            raise ImportProblem(url, "cannot reach the host (no network, or the name does not exist)") from None
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise ImportProblem(url, f"no answer within {timeout:g} s (no network?)") from None
        raise ImportProblem(url, f"cannot fetch it ({reason})") from None
    except TimeoutError:
        raise ImportProblem(url, f"no answer within {timeout:g} s (no network?)") from None
    except (OSError, ValueError) as err:
        raise ImportProblem(url, f"cannot fetch it ({err})") from None
    if len(body) > max_bytes:
        raise ImportProblem(url, f"is too large (more than {max_bytes / 1e6:g} MB; see --max-size)")
    return body, kind
