"""Whose spokesman an unnamed source is: "a spokesman for <firm> said", "officials of <ministry> said", "an official
at <embassy> said". The source stays unnamed ("spokesman"), and the reader saw no organisation beside it, though
the article gave one (DESIGN.md: an unnamed source's organisation goes in the affiliation). "The spokesman said"
after it is the same person, until the article brings in another. A calling tied the same way ("an analyst at
<Firm> said", "economists with <Bank> said") gets the organisation too (callings_at_organisations)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from ..entities.employers import story_organisation
from ..entities.referents import CORPORATE, fold
from ..entities.vocabulary import HEADS, TITLES
from ..types import EntityMention, Quote
from .cue_table import cues
from .index import text_of
from .speakers.words import COMPANY_NOUNS, FIRM_NOUNS, RANK_WORDS

# the unnamed sources a wire story ties to a body with "for", "of" or "at"
_POSTS = frozenset(cues()["tied_sources"])
_TIED = re.compile(r"\s+(?:for|of|at) (?:the )?")
# a later mention of the same source: "the spokesman", "he", "she", "they"
_AGAIN = re.compile(r"(?i)(?:the\b|he$|she$|they$)")
# one person who speaks for one body, and the common nouns for the story's own firm after "for the"
_ONE_VOICE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_FIRM_TIE = re.compile(r"(company|firm|corporation|group)\b")


def unnamed_affiliations(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """Each unnamed spokesman or official whose mention the article writes "<post> for <organisation>" gets that
    organisation as the affiliation, and so does each later quote the same source speaks as "the <post>" or a
    pronoun."""
    quotes = callings_at_organisations(doc, quotes)
    if not any(_tied_source(q.speaker) and not q.affiliation for q in quotes):
        return quotes
    text = text_of(doc)
    # not a name that owns what follows it: "a spokesman for <city>'s <shopping centre>" speaks for the centre
    organisations = {e.start: e.canonical or e.text for e in (doc._.entities or [])
                     if e.label == "ORG" and text[e.end:e.end + 2] not in ("'s", "’s")}
    current: dict[str, str | None] = {}  # the organisation of the source last brought in under each post
    out = list(quotes)
    entities = [e for e in (doc._.entities or []) if e.label == "ORG"]
    lead = cache(lambda: _lead_firm(doc, entities))  # the article's, read once whichever quote asks
    # a lead that names the firm only as another's owner ("X, a division of <Firm>") is not about it for a bare voice
    lone_voice = cache(lambda: _lone_voice(doc, quotes, None if lead()[1] else lead()[0]))
    for n in _in_text_order(quotes):
        q = quotes[n]
        # "an official of <Body> said": the name keeps its tie as written ("official of <Body>"), the mention is the post
        if not _tied_source(q.speaker) or q.affiliation or q.speaker_start is None:
            continue
        tied = _TIED.match(text, q.speaker_end)
        noun = _FIRM_TIE.match(text, tied.end()) if tied is not None else None
        described = _described_body(doc, text, tied.start(), entities) if tied is not None else None
        if tied is not None and tied.end() in organisations:
            current[q.speaker] = organisations[tied.end()]
        elif described is not None:
            current[q.speaker] = described  # "a spokesman for the state-owned <Firm>"
        elif noun is not None and q.speaker in _ONE_VOICE:
            # "a spokesman for the company": the firm the story is about, as for "a company spokesman"
            current[q.speaker] = _the_one(noun.group(1), entities) or lead()[0]
        elif not _AGAIN.match(text[q.speaker_start:q.speaker_end]):
            # "a spokesman said" in a wire story about one firm speaks for it; elsewhere someone new, of no body
            bare = q.speaker in _ONE_VOICE and tied is None
            current[q.speaker] = lone_voice() if bare else None
        if current.get(q.speaker):
            out[n] = replace(q, affiliation=current[q.speaker])
    return out


def _tied_source(speaker: str | None) -> bool:
    """An unnamed source a wire story ties to a body: a tied post, bare or ranked, or one that holds its tie."""
    return _tied_post(speaker) or _post_tied_inside(speaker)


def _tied_post(speaker: str | None) -> bool:
    """'official', 'spokesman', and the same with rank words before it ('senior official', 'chief spokesman')."""
    if speaker in _POSTS:
        return True
    words = (speaker or "").split()
    return len(words) > 1 and words[-1] in _POSTS and all(w in RANK_WORDS for w in words[:-1])


# "official of <Body>": a tied source's name that holds its tie, as the mention wrote it
_POST_TIED_INSIDE = re.compile(r"(.+?) (?:for|of|at) (?:the )?[A-Z]")


def _post_tied_inside(speaker: str | None) -> bool:
    """'official of <Body>', 'senior officials of <Body>', 'spokesman for <Body>': a tied post before the tie."""
    found = _POST_TIED_INSIDE.match(speaker or "")
    return found is not None and _tied_post(found.group(1))


# a calling tied to where it is practised: "an analyst at <Firm>", "economists with <Bank>", "lawyers for <Firm>"
_AT_WORK = re.compile(r"\s+(?:at|with|for) (?:the )?")
_CALLING_ENDINGS = ("ist", "ists", "yst", "ysts", "er", "ers", "or", "ors", "ian", "ians", "ive", "ives",
                    *cues()["calling_sources"])


def callings_at_organisations(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """An unnamed source written as a calling "at", "with" or "for" an organisation the article names ("an analyst
    at <Firm> said", "economists with <Bank> said") gets that organisation as the affiliation, as a spokesman "for"
    one does above; the source keeps its name as written. Only where the organisation's name starts straight after
    the preposition (not "<Firm>'s <unit>", which is another body)."""
    if not any(q.speaker and q.speaker[:1].islower() and not q.affiliation and q.speaker not in _POSTS and
               q.speaker.split()[-1].endswith(_CALLING_ENDINGS) for q in quotes):
        return quotes
    text = text_of(doc)
    # not a bare common noun the model tagged alone ("an economist at the Bank <of …>"): no name of any one body
    organisations = {e.start: e.canonical or e.text for e in (doc._.entities or [])
                     if e.label == "ORG" and text[e.end:e.end + 2] not in ("'s", "’s") and
                     (e.canonical or e.text).lower() not in COMPANY_NOUNS | _BARE_BODIES}
    out = list(quotes)
    # the source last brought in under each calling, and its organisation
    current: dict[str, tuple[str, str] | None] = {}
    for n in _in_text_order(quotes):
        q = quotes[n]
        if not q.speaker or q.speaker_end is None or not q.speaker.split()[-1].endswith(_CALLING_ENDINGS):
            continue
        calling = q.speaker.split()[-1]
        if not (q.speaker[:1].islower() and not q.affiliation and q.speaker not in _POSTS):
            current[calling] = None  # "<Firm> lawyers said": another source under the calling
            continue
        mention = text[q.speaker_start:q.speaker_end]
        if mention.lower().endswith(calling) and \
                (tied := _AT_WORK.match(text, q.speaker_end)) is not None and tied.end() in organisations:
            current[calling] = (q.speaker, organisations[tied.end()])
        elif mention.lower() not in ("he", "she", "they") and \
                (mention.lower() != f"the {q.speaker}".lower() or (current.get(calling) or ("",))[0] != q.speaker):
            # "economists said", "another broker said", "the <Firm> analyst said": someone else under the calling
            current[calling] = None
        if current.get(calling):  # and "he added", "the broker said" after it: the same source
            out[n] = replace(q, affiliation=current[calling][1])
    return out


# the unnamed sources a wire story names after their body: "a Kestrel spokesman", "senior KFA officials"
_OWNED_POSTS = _POSTS | frozenset(cues()["owned_sources"])


def owned_affiliations(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """An unnamed source written after the organisation it speaks for ("a Kestrel spokesman", "Larkspur
    officials") gets that organisation under the article's name for it as the affiliation, and so does each later
    quote the same source speaks ("he", "the spokesman"). The source keeps its name as written (README: the
    organisation goes in the affiliation); before, the reader saw the firm only inside the source's name, cut to the
    word the article used."""
    text = text_of(doc)
    # "<Body> (<initials>) officials … they said": the source goes by its bare post, and "they" is the same source
    initialled_ids = {id(q) for q in quotes if q.speaker and _initialled_owner(text, q)}
    initialled = {q.speaker for q in quotes if id(q) in initialled_ids}
    owned = [q for q in quotes if q.speaker and not q.affiliation and q.speaker.split()[-1] in _OWNED_POSTS
             and (len(q.speaker.split()) > 1 or id(q) in initialled_ids or q.speaker in initialled and
                  q.speaker_start is not None and _AGAIN.match(text[q.speaker_start:q.speaker_end]) is not None)]
    if not owned:
        return quotes
    organisations = [e for e in (doc._.entities or []) if e.label == "ORG"]
    # the article's names for its organisations, however cased: "finance ministry officials" after "the Finance
    # Ministry said", "a Fisheries department official" where the model tagged "Fisheries" alone
    named = {}
    for e in organisations:
        named.setdefault(e.text.lower(), e.canonical or e.text)
    bodies: dict[str, str | None] = {}
    lead_firm = cache(lambda: _lead_firm(doc, organisations))  # the article's, read once whichever quote asks
    for q in owned:
        if q.speaker_start is None or text[q.speaker_start:q.speaker_end].lower() in ("he", "she", "they", "it"):
            continue
        words = q.speaker.split()[:-1]
        body = next((named[w] for w in (" ".join(words[i:]).lower() for i in range(len(words))) if w in named), None)
        if body is None and len(words) == 1 and words[0] in COMPANY_NOUNS | {"board"}:
            body = _the_one(words[0], organisations)
            if body is None and words[0] in FIRM_NOUNS and not q.speaker.endswith(("men", "s")):
                # one spokesman speaks for one firm; "company spokesmen" after a lead about two firms speak for both
                body = lead_firm()[0]
        elif body is None and len(words) == 1 and words[0].lower() in _BARE_BODIES:
            # "a ministry official said" after "the Finance Ministry said": the one ministry the article names most;
            # not a name that only holds the word ("the Finance Ministry Ordinance" is a document)
            noun = words[0].lower()
            bodies_named = [e for e in organisations if _body_of_kind(e.canonical or e.text, noun)]
            body = _the_one(noun, bodies_named)
        if body is None:
            post = text.rfind(" ", q.speaker_start, q.speaker_end)
            inside = {e.canonical or e.text for e in organisations if q.speaker_start <= e.start and e.end <= post
                      and (text[e.start:e.end] in q.speaker or id(q) in initialled_ids)
                      and _runs_to_post(e.canonical or e.text, text[e.end:post])}
            body = inside.pop() if len(inside) == 1 else None
        if body is None:
            body = _portfolio_body(words)
        if body is None and id(q) in initialled_ids:  # a body the model left untagged: its name as written
            body = _written_body(text[q.speaker_start:q.speaker_end])
        if body is not None:
            # one name, two bodies: the article's two "ministry officials" may be two ministries
            bodies[q.speaker] = body if bodies.get(q.speaker, body) == body else None
    owned_ids = {id(q) for q in owned}
    return [replace(q, affiliation=bodies[q.speaker]) if id(q) in owned_ids and bodies.get(q.speaker) else q
            for q in quotes]


# the kinds of body a source is written after by the bare noun: "a ministry spokesman", "a committee spokesman"
_BARE_BODIES = frozenset(cues()["bare_bodies"])
# the bodies a portfolio names before the source: "a finance ministry spokesman"
_PORTFOLIO_BODIES = frozenset(cues()["portfolio_bodies"])


def _body_of_kind(name: str, noun: str) -> bool:
    """'Finance Ministry', 'Ministry of Mines', 'Taiwan Council of Agriculture': the noun is the name's head, its
    last word or the one before "of"; not 'Finance Ministry Ordinance', a document named after the body."""
    words = [fold(w) for w in name.split()]
    return bool(words) and (words[-1] == noun or any(a == noun and b == "of" for a, b in itertools.pairwise(words)))


def _portfolio_body(words: list[str]) -> str | None:
    """'An energy ministry spokesman said' where the article names no ministry the model tagged: the portfolio
    words before the body name it ("Energy Ministry", as the article would write it in full); a bare
    "ministry official", or one with some other word before the body, names none."""
    if len(words) < 2 or words[-1].lower() not in _PORTFOLIO_BODIES:
        return None
    at = len(words) - 1
    while at > 0 and (words[at - 1].lower() in HEADS["portfolios"] or words[at - 1].lower() == "and"
                      and at < len(words) - 1):
        at -= 1
    if at == len(words) - 1 or words[at].lower() == "and":
        return None
    return " ".join(w if w.isupper() else w.capitalize() for w in words[at:])


def _lead_firm(doc: Doc, organisations: list) -> tuple[str | None, bool]:
    """'X is weighing a bid for ..., a company spokesman said': where no one firm is named most often (a story about a
    bid names the bidder and its target as often) or the firm's name has no legal form, the company is the one the
    lead's first sentence is about, as for a named spokesman (entities.employers); and whether the lead names it only
    as the owner of what it is about ("X, a division of <Firm>, plans ...")."""
    orgs: dict[int, str] = {}
    for e in organisations:
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        for tok in span if span is not None else ():
            orgs[tok.i] = e.canonical or e.text
    firm = story_organisation(doc, orgs) if orgs else None
    # a lead whose subject is "X and Y": its company spokesman may be either firm's
    heads = [t for t in doc if orgs.get(t.i) == firm and orgs.get(t.head.i) != firm]
    if heads and any(orgs.get(c.i) not in (None, firm) for c in heads[0].children if c.dep_ == "conj") or \
            heads and heads[0].dep_ == "conj" and orgs.get(heads[0].head.i) not in (None, firm):
        return None, False
    # "X, a division of <Firm>, plans ...": the lead is about X, which the model may have left untagged
    at = heads[0] if heads else None
    while at is not None and at.dep_ == "appos" and at.head.i != at.i:
        at = at.head  # "of private car group <Firm>"
    return firm, at is not None and at.dep_ == "pobj" and at.head.lower_ == "of"


# any spokesman the article writes other than "a spokesman" or "the spokesman" on its own
_OTHER_VOICE = re.compile(r"(?i)(?<!\ba )(?<!\bthe )\bspokes(?:man|woman|person)\b|\bspokes(?:man|woman|person) "
                          r"(?:for|of|at|from|in)\b")


def _lone_voice(doc: Doc, quotes: list[Quote], firm: str | None) -> str | None:
    """'<Firm> plans ..., a spokesman said': a wire story about one firm whose only spokesman is a bare one gives him
    to that firm. Not where the article writes some other spokesman ("an <Org> spokesman", "a spokesman for X",
    "a spokesman from X"): the bare one may be anyone's; nor where the lead is another body's report about the
    firm ("<Firm> has ordered ..., <Maker> said"): he is more likely the reporter's."""
    if firm is None:
        return None
    text = text_of(doc)
    if _OTHER_VOICE.search(text):
        return None
    lead = next((s for s in doc.sents if s.text.strip() and any(t.dep_ in ("nsubj", "nsubjpass") for t in s)), None)
    if lead is not None and any(lead.start_char <= (q.cue_start if q.cue_start is not None else q.start) < lead.end_char
                                and q.speaker not in (None, firm) and q.speaker not in _POSTS for q in quotes):
        return None
    return firm


def _described_body(doc: Doc, text: str, at: int, organisations: list[EntityMention]) -> str | None:
    """'a spokesman for the state-owned <Firm>', 'for Dutch metals company <Firm>', 'for the farm union, <Union>':
    wire copy puts what the body is before its name, so the name does not start right after "for"; the noun the
    preposition governs, or the one name set beside it, is still the body. Not a name that owns what follows it, nor
    one of several bodies ("the two firms, <A> and <B>")."""
    prep = len(text) - len(text[at:].lstrip())  # the preposition, past the spaces _TIED matched before it
    span = doc.char_span(prep, prep + len(text[prep:].split(None, 1)[0]), alignment_mode="expand")
    if span is None:
        return None
    heads = [c for c in span[0].children if c.dep_ == "pobj"]
    if not heads or heads[0].tag_ in ("NNS", "NNPS"):
        return None
    for tok in [heads[0]] + [c for c in heads[0].children if c.dep_ == "appos" and not any(
            g.dep_ == "conj" for g in c.children)]:
        e = next((e for e in organisations if e.start <= tok.idx < e.end), None)
        if e is not None and e.start > at and text[e.end:e.end + 2] not in ("'s", "’s"):
            return e.canonical or e.text
    return None


def _in_text_order(quotes: list[Quote]) -> list[int]:
    """The quotes' indices in the order their sources are written: a later mention is read after the one it takes up."""
    return sorted(range(len(quotes)), key=lambda n: quotes[n].speaker_start if quotes[n].speaker_start is not None
                  else quotes[n].start)


def _initialled_owner(text: str, q: Quote) -> bool:
    """'<Body> (<initials>) officials': a bare post whose mention gives the body in full with its initials in
    brackets before it (the name the source goes by leaves the body out; unnamed.unnamed_source)."""
    return q.speaker_start is not None and re.search(r"\S \([A-Z][\w.&-]*\) \S+$",
                                                     text[q.speaker_start:q.speaker_end]) is not None


def _written_body(mention: str) -> str | None:
    """'senior Nordic Rowing Federation (NRF) officials' -> 'Nordic Rowing Federation': the name before the
    initials, less the words before it that are no part of it (a determiner, 'senior'); None when no capital opens
    what is left."""
    words = mention[:mention.rfind(" (")].split()
    while words and (not words[0][:1].isupper() or words[0].lower() in ("the", "a", "an", "some", "senior")):
        words.pop(0)
    return " ".join(words) if len(words) > 1 else None


def _runs_to_post(name: str, between: str) -> bool:
    """The name reaches the post: "a Green Left spokesman" is no spokesman of a "Green" party the model tagged
    alone, while "a Larkspur Mills spokesman" tagged "Larkspur" is Larkspur Mills Corp's; a ticker or an
    acronym in brackets may come between."""
    return all(w in name.split() for w in re.sub(r"\(.*?\)|<.*?>", " ", between).split())


def _the_one(noun: str, organisations: list) -> str | None:
    """'A company spokesman said' in a story about one firm: the organisation of that kind the article names most
    often ("company" a name with a legal form, "bank" or "board" one with the word in it), when one is named more
    often than any other; a story about four steelmakers gives its "company officials" to none of them."""
    counts: dict[str, int] = {}
    for e in organisations:
        name = e.canonical or e.text
        words = [fold(w) for w in name.split()]
        if (words[-1] in CORPORATE) if noun in FIRM_NOUNS else noun in words:
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(counts, key=counts.get)


def the_same_source(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """"The spokesman said" after "an <Org> spokesman said" (or "a company spokeswoman said") is the source just
    brought in, not a second, bare one: it speaks under that source's name and affiliation (DESIGN.md: titles alone
    map to the source as the article first gives it), as do the pronouns that follow it. "A spokesman said" brings in
    someone new."""
    if not any(q.speaker in _OWNED_POSTS for q in quotes):
        return quotes
    text = text_of(doc)
    last: dict[str, Quote | None] = {}  # the source last brought in under each post
    out = list(quotes)
    for n in _in_text_order(quotes):
        q = quotes[n]
        if not q.speaker or q.speaker_start is None:
            continue
        words = q.speaker.split()
        if words[-1] not in _OWNED_POSTS:
            continue
        if len(words) > 1:
            last[words[-1]] = q
            continue
        if not _AGAIN.match(text[q.speaker_start:q.speaker_end]):
            last[q.speaker] = None
            continue
        first = last.get(q.speaker)
        if first is not None and (q.affiliation is None or q.affiliation == first.affiliation):
            out[n] = replace(q, speaker=first.speaker, speaker_role=first.speaker_role or q.speaker_role,
                             affiliation=first.affiliation)
    return out


# the posts one holds in a body, as the entities give them with a name or a wire story gives an unnamed source
_STAFF = TITLES | _OWNED_POSTS | frozenset(cues()["unnamed_post_nouns"])


def possessed_affiliations(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'the <Agency>'s counselor in <City> said', '<Firm>'s general manager said': an unnamed source written as a
    post the organisation owns speaks as the post alone, and the reader saw no organisation beside it; the owner is
    the affiliation, on each of that source's quotes, unless the article owns the post to two bodies or brings in
    another with "a"."""
    people = {e.canonical or e.text for e in (doc._.entities or []) if e.label == "PERSON"}
    text = text_of(doc)
    owners = {e.end: e for e in (doc._.entities or []) if e.label == "ORG"}
    bodies: dict[str, str | None] = {}
    for q in quotes:
        if not q.speaker or q.speaker in people or not q.speaker[0].islower() or q.speaker_start is None:
            continue
        source = text[q.speaker_start:q.speaker_end]
        if source.lower().startswith(("a ", "an ")):
            bodies[q.speaker] = None  # someone new under the same post
            continue
        mark = max(source.rfind("'s "), source.rfind("’s "))
        if mark < 0 or source[mark + 3:] != q.speaker:
            continue
        owner = owners.get(q.speaker_start + mark)
        if owner is None or q.speaker_start > owner.start:
            continue
        if q.speaker.split()[-1] not in _STAFF:
            continue  # "<Firm>'s results showed", "<Player>'s agent said": no one who holds a post in the body
        body = owner.canonical or owner.text
        bodies[q.speaker] = body if bodies.get(q.speaker, body) == body else None
    if not any(bodies.values()):
        return quotes
    return [replace(q, affiliation=bodies[q.speaker]) if not q.affiliation and bodies.get(q.speaker) else q
            for q in quotes]
