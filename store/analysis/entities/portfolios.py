"""A post written with its portfolio before a name: "Secretary of Labor Carl Heng", "Former Secretary of Defense Leon
Panetta". The model runs the portfolio into the name ("Defense Leon Panetta", an organisation) or tags it apart
("Labor"), and the word before the name, read alone, is no role ("Labor"). The name is the person's, the role the
whole post: "Secretary of Defense"."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .names import given_name
from .referents import fold
from .roles import hyphenated_word, post_opening
from .vocabulary import HEADS, ORG_TAILS, ORG_WORDS

# the posts a portfolio follows after "of"; the words a portfolio's name is made of besides the portfolios
_POSTS = HEADS["minister_posts"]
_PORTFOLIO_WORDS = {"homeland", "security", "veterans", "urban", "state", "human", "services", "and"}
_MAX_WORDS = 8  # "Housing and Urban Development", "Science and Technology and Ocean Development"


def _portfolio_opening(doc: Doc, end: int) -> int | None:
    """Where 'Secretary of X' (or 'Minister of State for X') opens when the portfolio X ends at token `end`
    (exclusive); else None. A word of the portfolio need not be a known one ("Ocean Development") when the run ends
    in one: between the post's 'of' or 'for' and the name, capitalised words are the portfolio's."""
    if not end or not doc[end - 1].is_title or doc[end - 1].lower_ not in HEADS["portfolios"] | _PORTFOLIO_WORDS:
        return None
    at = end
    while at > 0 and end - at < _MAX_WORDS and (doc[at - 1].is_alpha and (
            doc[at - 1].is_title and (not given_name(doc[at - 1].text) or doc[at - 1].lower_ in HEADS["portfolios"]
                                      or doc[at - 1].lower_ in _PORTFOLIO_WORDS)
            or doc[at - 1].lower_ == "and" and at < end) or _listing_comma(doc, at, end)):
        at -= 1
    if at == end or doc[at].lower_ == "and" or not any(doc[i].lower_ in HEADS["portfolios"] for i in range(at, end)):
        return None
    return _post_before(doc, at, titled=True)


def _listing_comma(doc: Doc, at: int, end: int) -> bool:
    """A comma between two portfolios of one post whose list closes with 'and' before the name: "Minister of
    Economy, Trade and Industry", "Minister of Agriculture, Forestry and Fisheries" (the walk stopped at the comma
    and read "Trade and Industry" with no post before it)."""
    return at >= 2 and at < end and doc[at - 1].text == "," and doc[at].is_title and doc[at - 2].is_title and \
        doc[at - 2].lower_ in HEADS["portfolios"] and any(doc[i].lower_ == "and" for i in range(at, end))


def _post_before(doc: Doc, at: int, titled: bool) -> int | None:
    """Where the post whose portfolio opens at token `at` opens: 'Secretary of X'; 'Minister for X' (a post may name
    its portfolio after 'for' straight away); 'Minister of State for X' (a junior post names it after 'for'). With
    `titled`, only a post written with its capital."""
    def post(i: int) -> bool:
        return doc[i].lower_ in _POSTS and (doc[i].is_title or not titled)

    if at >= 2 and doc[at - 1].lower_ in ("of", "for") and post(at - 2):
        return at - 2
    if at >= 4 and doc[at - 1].lower_ == "for" and doc[at - 2].text == "State" and doc[at - 3].lower_ == "of" \
            and post(at - 4):
        return at - 4
    return None


def portfolio_title(doc: Doc, start: int) -> str | None:
    """The post and its portfolio just before a name: "Secretary of Labor" before "Carl Heng"."""
    opening = _portfolio_opening(doc, start)
    if opening is None:
        return None
    # "Under-Secretary of State for Economic Affairs": the whole word, or the post read is a higher one
    return doc[min(post_opening(doc, opening), hyphenated_word(doc, opening)):start].text


def portfolio_title_set_off(doc: Doc, start: int, end: int) -> str | None:
    """The post and its portfolio set off by commas beside a name: "Norway's Minister of State for Trade, Ola Berg,"
    and "Ola Berg, Norway's Minister of State for Trade,": the parse hangs the portfolio's capitals on the name or
    runs them into an organisation, and the post read alone is "Minister"."""
    if start >= 2 and doc[start - 1].text == ",":
        post = portfolio_title(doc, start - 1)
        if post is not None:
            return post
    if end >= len(doc) or doc[end].text != ",":
        return None
    close = next((i for i in range(end + 1, min(len(doc), end + 4 + _MAX_WORDS)) if doc[i].text in (",", ".")), None)
    opening = _portfolio_opening(doc, close) if close is not None and doc[close].text == "," else None
    if opening is not None:
        close = _last_listed_portfolio(doc, close, opening)  # "<Name>, the Minister of Economy, Trade and Industry,"
    # only the post, with at most whose it is before it: "the", or a country and its "'s"
    if opening is None or not all(t.lower_ == "the" or t.pos_ == "PROPN" or t.tag_ == "POS"
                                  for t in doc[end + 1:opening]) or opening - end > 4:
        return None
    return portfolio_title(doc, close)


def _last_listed_portfolio(doc: Doc, close: int, opening: int) -> int:
    """The comma that closes a post whose portfolios are listed with commas, 'and' before the last, when the first
    comma after the post's opening word closes only its first portfolio; `close` if there is no such list."""
    last = close
    for later in range(close + 1, min(len(doc), close + _MAX_WORDS)):
        if doc[later].text == ".":
            break
        if doc[later].text == "," and _portfolio_opening(doc, later) == opening:
            last = later
    return last


def persons_after_a_portfolio(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Defense Leon Panetta' after 'Secretary of': the person, without the portfolio."""
    out: list[Mention] = []
    for m in mentions:
        cut = next((i for i in range(m.start + 1, m.end - 1) if _portfolio_opening(doc, i) is not None and
                    given_name(doc[i].text) and all(t.is_title or t.text == "." for t in doc[i : m.end])), None)
        out.append(m if cut is None or m.label not in ("ORG", "PERSON") else mention_of(doc[cut : m.end], "PERSON"))
    return out


def fields_after_a_post(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Secretary of Justice', 'Minister of State for Economic Affairs': the model tags the portfolio after the post
    as an organisation, as it does the one before ('Justice Secretary', fields_of_posts). It is part of the post, and
    names no body the article speaks of when the article writes it only after such posts ('the Justice Department
    said' elsewhere keeps it)."""
    fields: dict[tuple[str, ...], bool] = {}
    for m in mentions:
        words = [fold(w) for w in m.words]
        if m.label != "ORG" or words[-1] not in HEADS["portfolios"] \
                or any(w in ORG_WORDS or w in ORG_TAILS for w in words) \
                or not all(w[:1].isupper() or w in ("and", "for", ",") for w in m.words):
            continue
        # 'Secretary of [Justice]', 'Under-Secretary of [State for Economic Affairs]', in any case
        fields[m.words] = fields.get(m.words, True) and _post_before(doc, m.start, titled=False) is not None
    return [m for m in mentions if not fields.get(m.words)]
