"""One feed over HTTP: conditional, compressed, redirected a few times, bounded in time and size.

httpx does the HTTP (gzip and deflate decoding, redirects with a limit, separate
connect and read timeouts); this module adds what a feed reader needs on top:
an overall deadline (a server that trickles a byte a second never trips a read
timeout), a size cap counted on the decoded bytes (so a small gzip bomb is cut
off too), and one plain sentence for every way a fetch can fail.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..errors import ImportProblem
from ..ingest.web import USER_AGENT
from .subscriptions import check_url

MAX_FEED_BYTES = 10_000_000
TIMEOUT = 15.0
MAX_REDIRECTS = 5
FEED_TYPES = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


@dataclass(frozen=True)
class Fetched:
    url: str
    body: bytes | None  # None: 304, nothing new since the validators we sent
    etag: str = ""
    last_modified: str = ""
    content_type: str = ""


def client(timeout: float = TIMEOUT, jobs: int = 4):
    """A shared client: httpx is imported here, not when the command line starts."""
    import httpx

    return httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(timeout),
        headers={"User-Agent": USER_AGENT, "Accept": FEED_TYPES},
        limits=httpx.Limits(max_connections=max(jobs, 1) * 2),
    )


def fetch_feed(http, url: str, etag: str = "", last_modified: str = "", *, timeout: float = TIMEOUT,
               max_bytes: int = MAX_FEED_BYTES) -> Fetched:
    """Fetch `url` with `http` (from client()); every failure is one ImportProblem naming the URL."""
    import httpx

    url = check_url(url)
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + timeout
    try:
        with http.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                return Fetched(url, None, etag, last_modified)
            if response.status_code >= 400:
                raise ImportProblem(url, f"the server answered {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise ImportProblem(url, _too_large(max_bytes))
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise ImportProblem(url, _too_large(max_bytes))
                if time.monotonic() > deadline:
                    raise ImportProblem(url, f"took longer than {timeout:g} s; gave up")
                chunks.append(chunk)
            return Fetched(
                url, b"".join(chunks), response.headers.get("etag", ""), response.headers.get("last-modified", ""),
                response.headers.get("content-type", "").split(";")[0].strip().lower(),
            )
    except httpx.TooManyRedirects:
        raise ImportProblem(url, f"redirects more than {MAX_REDIRECTS} times (a redirect loop?)") from None
    except httpx.UnsupportedProtocol as err:
        raise ImportProblem(url, f"redirects to an address that is not http or https ({err})") from None
    except httpx.TimeoutException:
        raise ImportProblem(url, f"no answer within {timeout:g} s") from None
    except httpx.ConnectError as err:
        raise ImportProblem(url, f"cannot connect ({_reason(err)})") from None
    except httpx.DecodingError:
        raise ImportProblem(url, "sent a body that does not decompress (damaged gzip?)") from None
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, ValueError) as err:
        # InvalidURL and StreamError are not HTTPErrors; a bad address in a Location header lands here
        raise ImportProblem(url, f"cannot fetch it ({_reason(err)})") from None


def _too_large(max_bytes: int) -> str:
    return f"is larger than {max_bytes / 1e6:g} MB, the limit for a feed; refused"


def _reason(err: Exception) -> str:
    return " ".join(str(err).split()) or type(err).__name__
