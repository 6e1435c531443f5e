"""News outlets the model misreads.

Two outlets that sponsor one poll, written as one name ("a Washington Post/ABC News poll", "the Washington
Post-ABC News survey"): the model reads them as one organisation. They are two, each named as written. Only
when both halves read as an outlet (a newspaper's or a broadcaster's last word, or capitals) and one ends in such a
word: "Big Brothers/Big Sisters", "AFL-CIO" and "Hewlett-Packard" are one name each.

A newspaper's last word alone ("the Times", "the Post") after its full name ("the New York Times"): the paper
the article named, as a reader takes it, not a second outlet."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from . import gazetteer
from .mentions import Mention, mention_of
from .referents import fold, key
from .vocabulary import HEADS, OUTLET_ENDS, TITLE_ARTICLES


def joint_outlets(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split(doc, m))
    return out


def _split(doc: Doc, m: Mention) -> list[Mention]:
    if m.label != "ORG":
        return [m]
    for i in range(m.start + 1, m.end - 1):
        joint = doc[i]
        if joint.text == "/" or joint.text == "-" and not joint.whitespace_ and not doc[i - 1].whitespace_:
            left, right = doc[m.start : i], doc[i + 1 : m.end]
            if _outlet(left) and _outlet(right) and (_named_outlet(left) or _named_outlet(right)):
                return [mention_of(left, "ORG"), mention_of(right, "ORG")]
            return [m]
    return [m]


def _outlet(span: Span) -> bool:
    last = span[-1]
    return _named_outlet(span) or last.is_upper and last.is_alpha and len(last) >= 2


def _named_outlet(span: Span) -> bool:
    """Capitals alone are any body's initials ("AFL-CIO"): one of the two says it is an outlet."""
    return span[-1].lower_ in OUTLET_ENDS and span[-1].is_title


def newspaper_word_alone(mentions: list[Mention], canonical: dict[int, str]) -> None:
    papers: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "ORG" and len(m.words) > 1 and (last := key(m.words)[-1]) in HEADS["newspapers"]:
            papers.setdefault(last, set()).add(canonical.get(id(m), m.name))
    for m in mentions:
        if m.label == "ORG" and len(m.words) == 1 and canonical.get(id(m), m.name) == m.name \
                and len(names := papers.get(fold(m.words[0]), set())) == 1:
            canonical[id(m)] = next(iter(names))


# news agencies and sites named by one word the model takes for a surname ("Perry told Politico", "a report by
# Reuters"): names no reader takes for a person's
_OUTLETS = {"politico", "breitbart", "reuters", "xinhua", "interfax", "tass", "itar-tass", "axios", "mediaite",
            "buzzfeed", "newsweek", "gawker", "kyodo", "yonhap", "bernama"}


def outlets_taken_for_persons(mentions: list[Mention]) -> None:
    """'told Politico', 'Xinhua reported': an outlet's one-word name is an organisation, in every mention. Not
    where the article names a person with it ("Andrew Breitbart", then "Breitbart said")."""
    surnames = {fold(m.words[-1]) for m in mentions if m.label == "PERSON" and len(m.words) > 1}
    for m in mentions:
        if len(m.words) == 1 and m.label in ("PERSON", "GPE", "LOC", "NORP") \
                and (word := fold(m.words[0])) in _OUTLETS and word not in surnames:
            m.label = "ORG"


# a paper's title opens with its language's article, which the model takes for a first name ("Le", "Il", "Al"),
# and the Arabic one also in lower case ("al Ahram")
_TITLE_ARTICLES = TITLE_ARTICLES | {"al"}


def papers_by_their_title(mentions: list[Mention]) -> None:
    """'told Le Figaro', 'the Milan daily, Il Giornale,', 'Die Welt reported': an article and a word that only a
    paper's title puts after it name the paper, an organisation, whatever the model guessed (a person, a work). Not a
    name the article gives a title ('Le Pen' is no paper's word)."""
    for m in mentions:
        if m.label in ("PERSON", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "PRODUCT") and len(m.words) > 1 \
                and not m.role and m.words[0] in _TITLE_ARTICLES and fold(m.words[1]) in HEADS["paper_titles"]:
            m.label = "ORG"


_AGENCY_KINDS = HEADS["agency_kinds"]


def agencies_cut_before_their_kind(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the official <Name> news agency said': the model runs the lower-case kind into the agency's name, and the
    name a reader looks up, and the one the article then writes alone ('<Name> quoted him'), is <Name>. The mention
    is cut before the kind. Only an organisation the model tagged, with a capitalised name before the kind: not a
    people's adjective ('the Iranian news agency' names no agency)."""
    out: list[Mention] = []
    for m in mentions:
        cut = _before_the_kind(m)
        if cut is None:
            out.append(m)
            continue
        short = mention_of(doc[m.start : m.start + cut], "ORG", m.role, m.affiliation)
        out.append(short)
    return out


def _before_the_kind(m: Mention) -> int | None:
    """How many of the mention's tokens name the agency, when the rest is its kind in lower case, else None."""
    if m.label != "ORG" or len(m.words) < 3 or m.words[-1] != "agency" or len(m.words) != m.end - m.start:
        return None
    cut = len(m.words) - 1
    while cut > 0 and m.words[cut - 1] in _AGENCY_KINDS:
        cut -= 1
    name = m.words[:cut]
    if not name or not name[0][:1].isupper() or not name[-1][:1].isupper() or cut == len(m.words) - 1:
        return None  # 'the Yugoslav agency' alone is no agency's kind of words; 'news' must stand before 'agency'
    if len(name) == 1 and (gazetteer.adjective_of_a_country(name[0]) or gazetteer.country_code(name[0])):
        return None
    return cut
