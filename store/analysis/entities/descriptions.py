"""What the article says a person is, around the name: the role, and the organisation it ties them to.

Both stay beside the name, never inside it (DESIGN.md, "Canonical names"): "Bob Hughes, executive director of the
Ask Wellness Society," is Bob Hughes, role "executive director", affiliation "Ask Wellness Society". `orgs` maps
each token of an organisation's mention to the organisation's canonical name. A country is never an affiliation:
the component leaves countries out of `orgs`.
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Token

from ..doctext import body_paragraphs, column, text_of
from . import gazetteer
from .employers import employer
from .mentions import Mention
from .parties import SEAT_HOLDERS
from .portfolios import portfolio_title, portfolio_title_set_off
from .referents import CORPORATE, fold
from .roles import FORMS_OF_ADDRESS as _FORMS_OF_ADDRESS
from .roles import (
    WHEN_HELD,
    before_address,
    hyphenated_word,
    is_job_word,
    letters_after_a_name,
    of_a_place,
    post_opening,
    title_before,
)
from .vocabulary import ACRONYM_SKIP, APOSTROPHE_S, HEADS, ORG_TAILS, POSSESSIVE, POST_AT, ROLE_ENDINGS, TITLES

_POSTS = (TITLES - _FORMS_OF_ADDRESS) | HEADS["jobs"]
# the words of a post the model runs into the organisation's name before it ("Department of Agriculture Deputy")
_RUN_IN = HEADS["jobs"] | {"deputy", "vice", "assistant", "acting", "senior", "associate", "administrator"}
# the words of titles of several words, which may stand in capitals inside a role ("Detective Constable")
_TITLE_WORDS = frozenset(w for title in TITLES for w in title.split())


def describe(doc: Doc, m: Mention, orgs: dict[int, str]) -> None:
    """The role and affiliation the article gives a person around the name: "Bob Hughes, executive
    director of the Ask Wellness Society,", "Kristian Andersen of Scripps Research", "the BBC's Jonathan
    Marcus", "Immunologist Kristian Andersen"; and, when those give no organisation, the ones below."""
    head = doc[m.end - 1]
    if m.end < len(doc) and head.head.i == m.end and letters_after_a_name(doc[m.end]):
        head = doc[m.end]  # "<Name> MP, <party>'s <post>,": the parse hangs the apposition on the seat after the name
    if m.affiliation and (m.start - 1 not in orgs and m.affiliation not in orgs.values() or
                          organisation_name(m.affiliation) is None):
        # split off a name the model read as two ("Lu Ming-Jen" gave "Lu"), or off the title the model took for an
        # organisation ("Detective Inspector Steven Jones"): no organisation
        m.affiliation = None
    address = m.role if m.role and m.role.lower() in _GIVING_WAY else None
    rank = address is not None and address.lower() in _ACADEMIC_RANKS
    m.role = None if address else m.role  # "the director of IEDCR, Dr Meerjady Sabrina Flora,": the post is the role
    if (post := portfolio_title(doc, m.start)) and (m.role is None or m.role.lower() in post.lower()):
        m.role = post  # "Secretary of Labor Carl Heng": the whole post, not "Labor" or "Secretary"
    elif (post := portfolio_title_set_off(doc, m.start, m.end)) and (m.role is None or m.role.lower() in post.lower()):
        m.role = post  # "Peru's Minister of Energy and Mines, Carla Ruiz,": the whole post, not "Minister"
    # "Dan Glickman, D-Kans., chairman of …": the parse hangs the post on the party and state between
    between = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.ent_type_ in ("GPE", "NORP")]
    for child in _whole_words([*head.children, *(c for b in between for c in b.children)]):
        if child.i > head.i and _turn_label(doc, m):
            continue  # "((Ana Ruiz))  Not this year.": the words after an interview's label are the answer
        if child.dep_ == "appos" and child.i > head.i and child.ent_type_ not in ("NORP", "GPE") and \
                (_is_description(child) or _owner(child, orgs) or child.is_lower and child.tag_ == "NN"):
            # a nationality is no calling: "C. David Finch, an Australian who heads …"
            # "an AICE official", "the Democratic Party's presumptive nominee": the organisation is no word of the role
            if not (rank and _of_a_thing(child, orgs)):
                m.role = m.role or _post_words(child, orgs) or None
            m.affiliation = m.affiliation or organisation_of_post(child, orgs) or organisation_after(child, orgs) or \
                body_in(child)
        elif child.dep_ == "relcl" and child.i > head.i and (post := _post_in_clause(child)) is not None:
            # "John Reed, who is also president of Citicorp,": the post the clause gives, as an apposition would
            if not (rank and _of_a_thing(post, orgs)):
                m.role = m.role or _post_words(post, orgs) or None
            m.affiliation = m.affiliation or organisation_of_post(post, orgs) or body_in(post)
        elif child.dep_ in ("relcl", "acl") and child.i > head.i and (found := _organisation_served(child, orgs)):
            m.affiliation = m.affiliation or found  # "John Reed, who works for Citicorp,", "speaking for Amnesty"
        elif child.dep_ == "appos" and child.i > head.i and child.lower_ == "one":
            role, organisation = _one_of(child, orgs)  # "Herbert Edelman, one of Manville's lawyers,"
            m.role, m.affiliation = m.role or role, m.affiliation or organisation
        elif child.dep_ == "prep" and child.lower_ in ("of", "from") and child.i == m.end:
            m.affiliation = m.affiliation or organisation_in(child, orgs, _OF_FROM) or body_in(child)
        elif child.dep_ == "prep" and child.lower_ == "at" and child.i == m.end:
            # "said Brian Waterhouse at James Capel and Co": the firm the name stands at, in wire copy's analyst style
            # (only the object of "at" itself, not "Smith at a briefing at the Pentagon")
            m.affiliation = m.affiliation or next((orgs[c.i] for c in child.children if c.dep_ == "pobj" and
                                                   c.i in orgs and not _is_portfolio(orgs[c.i])), None)
        elif child.dep_ == "prep" and child.lower_ in _PLACE_OF_WORK and child.i == m.end + 1 and \
                doc[m.end].text == ",":
            # "William Raferty, of Smith Barney Harris Upham said", "Evelyn Brody, at Morgan Grenfell and Co in London,"
            m.affiliation = m.affiliation or organisation_in(child, orgs, _PLACE_OF_WORK)
        elif child.dep_ == "poss" and child.i in orgs:
            m.affiliation = m.affiliation or orgs[child.i]
    if m.affiliation is None and (stated := post_stated(head)) is not None and \
            (found := _owner(stated, orgs) or _held_at(stated, orgs) or organisation_after(stated, orgs)):
        m.role, m.affiliation = m.role or _post_words(stated, orgs) or None, found
    m.affiliation = m.affiliation or firm_with(doc, m.end, orgs)
    if m.role is None and m.start and is_job_word(doc[m.start - 1].text) and not of_a_place(doc, m.start - 1):
        m.role = doc[post_opening(doc, m.start - 1) : m.start].text  # "Immunologist Kristian Andersen"
    m.role = m.role or calling_before_the_name(doc, m)
    if m.role is None and address and (opening := before_address(doc, m.start)) < m.start:
        m.role = title_before(doc, opening)  # "Chairman Sir Peter Walters": the post, not "Sir"
    for find in (organisation_before_role, title_before_the_name, post_of_organisation_before):
        if m.affiliation is None:
            role, found = find(doc, m, orgs)
            m.affiliation = found and organisation_name(found)
            # the post held at the organisation, rather than a title alone: "Chairman of the House
            # subcommittee, Rep. Ed Jones," is Ed Jones, Chairman (House subcommittee), not "Rep."; and the whole post
            # that ends in the title: "White House press secretary Josh Earnest" is "press secretary", not "secretary"
            bare = m.role is not None and len(m.role.split()) == 1 and m.role.lower() in TITLES and \
                role is not None and (m.role.lower() not in role.lower().split() or
                                      role.lower().endswith(" " + m.role.lower()))
            m.role = role if role and m.affiliation and (m.role is None or bare) else m.role or role
    if m.affiliation is None and (found := organisation_headed(head, orgs)):
        m.affiliation = organisation_name(found)
    m.affiliation = m.affiliation or body_before_post(doc, m, orgs)
    m.affiliation = m.affiliation or employer(doc, m, orgs)
    if m.role and m.role.split()[-1].lower() in _SHARES:
        m.role = None  # "Clinton's 51 percent to Sanders' 39 percent": a share of the vote the parse hung on the name
    if m.role:
        m.role = one_holders_post(m.role)
    if m.role and (split := organisation_opening_role(doc, m, orgs)):
        m.role, found = split
        m.affiliation = m.affiliation or found
    m.role = m.role or address
    if m.affiliation and (whole := _owner_named_before(m.affiliation, orgs, m.start)):
        m.affiliation = whole  # "the college's School of Law": the college the article named


# an academic rank alone before the name gives way, like "Dr", to the calling or post the article sets beside the
# name ("Professor <Name>, an entomologist at <University>," is an entomologist; the names README's role is the job
# the article gives); with nothing beside the name it is still the role
_ACADEMIC_RANKS = {"professor", "prof.", "prof"}
# the words before a name that give way to the post set beside it
_GIVING_WAY = _FORMS_OF_ADDRESS | _ACADEMIC_RANKS


def _of_a_thing(post: Token, orgs: dict[int, str]) -> bool:
    """Whether the words set beside the name are of a thing, not a body: "designer of the reform", "author of the
    report" say what the person did, where an academic rank before the name says what the person is."""
    return any(o.dep_ == "pobj" and o.i not in orgs and o.pos_ != "PROPN" and o.lemma_.lower() not in HEADS["bodies"]
               for p in post.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def post_stated(head: Token) -> Token | None:
    """The post a sentence says the person holds now, the name its subject: "Ana Ruiz is a glaciologist at the
    University of X", "Ruiz is the chief economist of Y" (not "was", nor "is not", nor "is one of ...", nor under
    another clause: "because Ruiz is a member of Z, ...")."""
    verb = head.head
    # the name right before the verb, its subject (the model may call a name it does not know an adverb)
    # a sentence of its own that states it, not a clause under another ("because X is a member of ...")
    if verb.i != head.i + 1 or head.dep_ not in ("nsubj", "advmod", "npadvmod") or verb.lower_ not in ("is", "'s") or \
            verb.dep_ != "ROOT" or any(c.dep_ == "neg" for c in verb.children):
        return None
    post = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    return post if post is not None and _is_description(post) else None


def _held_at(post: Token, orgs: dict[int, str]) -> str | None:
    """The organisation in a preposition hung on the post itself ("a professor at X", "chairman of Y"); not one
    further down, in a clause about the person ("a vet, who took a degree from X")."""
    return next((orgs[o.i] for p in post.children if p.dep_ == "prep" and p.lower_ in POST_AT
                 for o in p.children if o.dep_ == "pobj" and o.i in orgs and not _is_portfolio(orgs[o.i])), None)


# an organisation's name the model opened with a common noun's possessive: "college's School of Law"
_OWNED_BY_NOUN = re.compile(r"([a-z]+)(?:" + "|".join(map(re.escape, sorted(APOSTROPHE_S))) + r") (?=[A-Z])")


def _owner_named_before(name: str, orgs: dict[int, str], before: int) -> str | None:
    """The one organisation named before the person with the common noun that owns this one as a word of its name:
    "the college's School of Law" after "Marlow College" is that college, the person's affiliation, not the school
    cut after "college's". None when no such name, or two, came before."""
    owned = _OWNED_BY_NOUN.match(name)
    if owned is None:
        return None
    noun = owned.group(1)
    names = {n for i, n in orgs.items() if i < before and n[:1].isupper() and noun in (fold(w) for w in n.split())}
    return next(iter(names)) if len(names) == 1 else None


def organisation_opening_role(doc: Doc, m: Mention, orgs: dict[int, str]) -> tuple[str, str] | None:
    """(post, organisation) when a role the article set off by commas, or put after the name, opens on an
    organisation's name: "<Firm> chief executive, <Name>," and "<Name>, <Agency> sales manager," gave the role with
    the firm inside it, where the reader wants the post, the firm beside it (DESIGN.md: the affiliation stands beside
    the name). Only a post in lower case after the name: "Energy Secretary", "Fed Chairman" are titles."""
    role = m.role or ""
    words = role.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1].islower():
        return None
    names: dict[str, str] = {}
    at, end = -1, -1
    for i in sorted(orgs):
        if i != end or orgs[i] != orgs[at]:
            at = i
        end = i + 1
        names[doc[at:end].text] = orgs[i]
    for n in range(len(words) - 1, 0, -1):
        rest = words[n:]
        if not all(w.islower() for w in rest):
            return None
        written = " ".join(words[:n])
        found = names.get(written) or _named_by_its_opening(doc, m, words[:n], orgs)
        if found and (found := organisation_name(found)):
            if written != found and sum(f" {written} " in f" {name} " for name in set(orgs.values())) > 1:
                return None  # "Shell chairman" in a story of three Shell firms: which one the reader cannot tell
            if n == 1 and written != found and _opens_sentence(doc, m, role) and not _proper_before(doc, m, n):
                return None  # "Wrestling sportswriter <Name>": a field's word, only capitalised where it opens
            if n == 1 and fold(written) in _CHAMBERS and rest[-1] == "leader" and rest[0] in HEADS["chamber_sides"]:
                return None  # "Senate majority leader": the chamber is a word of the post (roles._leader_in_a_chamber)
            return " ".join(rest), found
    return None


def _named_by_its_opening(doc: Doc, m: Mention, words: list[str], orgs: dict[int, str]) -> str | None:
    """The one organisation the article named before the person whose name opens on these capitalised words, which
    the model left untagged where they run into the post: "<Firm> economist <Name>" after "<Firm> Mining", "<Club>
    coach <Name>" after "<Club> <Town>". Never a portfolio or a chamber ("Treasury secretary", "Senate majority
    leader" are posts), nor words the model tagged as anything else here."""
    if not all(w[:1].isupper() and w.isalpha() and fold(w) not in HEADS["portfolios"] for w in words):
        return None
    at = _role_before(doc, m)
    if at is None or any(t.ent_type_ for t in doc[at : at + len(words)]):
        return None
    if len(words) == 1 and fold(words[0]) in _CHAMBERS:
        return None
    written = " ".join(words)
    before = {name for i, name in orgs.items() if i < at and name.startswith(written + " ") and
              not _is_portfolio(name)}
    return before.pop() if len(before) == 1 else None


def _role_before(doc: Doc, m: Mention) -> int | None:
    """Where the role opens when it is written right before the name; None when it is not."""
    at = m.start - len(m.role.split()) if m.role else -1
    return at if at >= 0 and doc[at : m.start].text == m.role else None


def _proper_before(doc: Doc, m: Mention, n: int) -> bool:
    """Whether the role's first n words, written right before the name, are words the model read as a proper noun
    but left untagged there ("<Firm> geologist <Name>" opening a sentence), not a common noun capitalised for opening
    it ("Wrestling sportswriter <Name>"), nor a body's word the model tagged there ("Party leader <Name>")."""
    at = _role_before(doc, m)
    return at is not None and all(t.tag_ == "NNP" and not t.ent_type_ for t in doc[at : at + n])


def _opens_sentence(doc: Doc, m: Mention, role: str) -> bool:
    """Whether the role's words, written next to the name (before it or after it), open their sentence."""
    text = text_of(doc)
    start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
    at = text.rfind(role, max(0, start - 200), start)
    at = at if at >= 0 else text.find(role, end, end + 200)
    span = doc.char_span(at, at + 1, alignment_mode="expand") if at >= 0 else None
    return bool(span) and span[0].is_sent_start


# the last words of a share or a count, which no post ends with
_SHARES = {"percent", "%", "pct", "points", "votes"}


def one_holders_post(role: str) -> str | None:
    """A post the article gives several people at once is each one's in the singular: "Democratic candidates Ann Lee
    and Tom Ray" makes Ann Lee a "Democratic candidate". Not when the words count or join the holders ("two outsider
    candidates", "current and former chief executives", "three daughters"): no one person's post, so none."""
    words = role.split()
    last = words[-1]
    if not last.islower() or not last.endswith("s") or last.endswith("ss") or not _is_post_word(last[:-1]):
        return role
    if any(w.lower() in _COUNTING or any(c.isdigit() for c in w) for w in words[:-1]):
        return None
    return " ".join([*words[:-1], last[:-1]])


# words before a plural post that count its holders or join two groups of them
_COUNTING = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "million", "thousand",
             "hundred", "and", "many", "several", "some", "all", "most", "more", "other", "remaining", "family"}


def ends_in_a_post(role: str) -> bool:
    """A role whose last word is a title or a job ('fire service spokesman'), not a firm's kind ('subsidiary'); or a
    post with its portfolio ('Minister of Energy and Mines')."""
    words = role.split()
    return words[-1].lower() in _POSTS or len(words) > 2 and words[1] in ("of", "for") and words[0].lower() in _POSTS


def _is_post_word(word: str) -> bool:
    return word in _POSTS or word in HEADS["person"] or is_job_word(word) or word.endswith(ROLE_ENDINGS)


def _whole_words(children: list[Token]) -> list[Token]:
    """The children with a word joined by hyphens as its last half: the parse makes "co", "-" and "founder" of
    "Ann Lee, co-founder of X," three appositions, and the first alone would be the role ("co")."""
    out: list[Token] = []
    for child in children:
        doc = child.doc
        if child.dep_ == "appos":
            if _joins(child):
                continue
            while child.i + 2 < len(doc) and _joins(doc[child.i + 1]) and doc[child.i + 2].is_alpha and \
                    doc[child.i + 2].dep_ == "appos" and doc[child.i + 2].head == child.head:
                child = doc[child.i + 2]
        if child not in out:
            out.append(child)
    return out


def firm_with(doc: Doc, end: int, orgs: dict[int, str]) -> str | None:
    """The organisation in ", with X" right after the name and closing the clause, in wire copy's analyst style:
    "said John Smith, with Merrill Lynch." (the parse hangs "with" on the verb); not "Smith, with the backing of X"."""
    at = end + 2
    if at + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "with":
        return None
    at += doc[at].lower_ == "the"
    name = orgs.get(at)
    if name is None or _is_portfolio(name):
        return None
    while at + 1 < len(doc) and orgs.get(at + 1) == name:
        at += 1
    return name if at + 1 == len(doc) or doc[at + 1].text in (".", ",", ";") else None


def _post_in_clause(verb: Token) -> Token | None:
    """The post in "who is (also) the president of X": a present "is", so not a post held once ("who was …")."""
    if verb.lemma_ != "be" or verb.tag_ != "VBZ" or not any(c.dep_ == "nsubj" and c.lower_ == "who"
                                                             for c in verb.children):
        return None
    # a post or a calling ("economist"), not a tie ("the son of the founder")
    return next((c for c in verb.children if c.dep_ == "attr" and
                 (_is_post(c) or c.pos_ == "NOUN" and c.lower_.endswith(ROLE_ENDINGS))), None)


# the verbs that tie a person to the organisation they serve, with their prepositions: "works for", "speaking on
# behalf of" (not "speaking at", where a guest speaks too); "who teaches law at <University>" holds a post there
# (not "who studies at", a student's)
_SERVING = {"work": {"for", "at", "with"}, "speak": {"for", "on"}, "teach": {"at"}, "lecture": {"at"}}


def _organisation_served(verb: Token, orgs: dict[int, str]) -> str | None:
    preps = _SERVING.get(verb.lemma_)
    if preps is None or verb.dep_ == "relcl" and (verb.tag_ not in ("VBZ", "VBP") or  # not "who worked at X"
                                                  not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lower_ == "behalf":  # "on behalf of X"
                obj = next((o for p in obj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), obj)
            elif prep.lower_ == "on":
                continue
            if obj.i in orgs and not _is_portfolio(orgs[obj.i]):
                return orgs[obj.i]
    return None


def described_in_the_lead(doc: Doc, mentions: list[Mention], orgs: dict[int, str]) -> None:
    """A wire lead that gives only a post ("…, the chairman of the Association of Indonesian Coffee Exporters
    (AICE) told Reuters.") and names its holder at the start of the next paragraph ("Dharyono Kertosastro
    said …"): the post and its organisation are that person's. Only when the lead names no person at all."""
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    if not people or people[0].affiliation or people[0].role:
        return
    first, text = people[0], text_of(doc)
    paragraphs = body_paragraphs(doc)
    if len(paragraphs) < 2 or text[paragraphs[1].start() : doc[first.start].idx].strip():
        return
    lead = paragraphs[0]
    for tok in doc.char_span(lead.start(), lead.end(), alignment_mode="contract") or ():
        # the post is who speaks in the lead ("…, the chairman of X told Reuters"; the parse may make it an apposition)
        if tok.dep_ not in ("nsubj", "appos") or tok.sent.root.lemma_ not in _LEAD_VERBS or not _is_post(tok) or \
                any(c.lower_ in ("a", "an") for c in tok.children):
            continue
        found = organisation_of_post(tok, orgs)
        if found:
            first.role = first.role or _post_words(tok, orgs) or None
            first.affiliation = organisation_name(found)
            return


_LEAD_VERBS = {"say", "tell", "add", "predict", "announce", "state", "warn", "report"}


def organisation_before_role(doc: Doc, m: Mention, orgs: dict[int, str]) -> tuple[str | None, str | None]:
    """(role, organisation) when an organisation's name runs into the post before the person's: "New York
    Mercantile Exchange President Rosemary McFadden", "Maroochydore assistant coach Ben Radmall", "Farm Credit
    Administration (FCA) board member Jim Billington"."""
    start = m.start
    while start > 1 and doc[start - 1].lower_ in _FORMS_OF_ADDRESS:
        start -= 1  # "IFC chief executive Sir William Ryrie"
    if not start or not (_is_post(doc[start - 1]) or doc[start - 1].is_lower and
                         (_is_description(doc[start - 1]) or doc[start - 1].tag_ == "NN")):
        return None, None  # a calling too: "Harvard astronomer Ryan Cloutier", "Rutgers University political scholar"
    if of_a_place(doc, start - 1):
        return None, None  # "New Yorker <Name>": one from a place, the model's magazine, neither a post nor a body
    at = hyphenated_word(doc, start - 1)  # "NATO Secretary-General Javier Solana", "Ford vice-chairman Harold Poling"
    words = start - at
    while at > 0 and start - at < words + 3 and at - 1 not in orgs and \
            (_in_role(doc[at - 1]) or _joining_posts(doc[at - 1])):
        at -= 1
    before = at - 1
    if before >= 2 and doc[before].text == ">" and (opening := next(
            (i for i in range(before - 1, max(before - 11, 0), -1) if doc[i].text == "<"), None)) and \
            (before - opening <= 5 or before - 1 in orgs and opening < before - 2):
        # the ticker wire copy puts after a name: "Banque Nationale de Paris <BNPP.A> senior dealer"; or the brackets
        # it puts round an unlisted firm's own name, which the model tags inside them: "<Harlow, Drake and Co> chairman"
        # (a name of two words or more there: a ticker is one)
        before = before - 1 if before - 1 in orgs and opening < before - 2 else opening - 1
    if before >= 1 and doc[before].text in POSSESSIVE and before - 1 in orgs:
        before -= 1  # "the LDP Policy Affairs Research Council's Chairman Masayoshi Ito"
    if before >= 2 and doc[before].text == ")" and doc[before - 2].text == "(":
        # the acronym the article defines in brackets: "Farm Credit Administration (FCA) board member"
        before = before - 1 if before - 1 in orgs else before - 3
    name = orgs.get(before) if before >= 0 else None
    if name is None and before >= 1:
        name = _untagged_organisation(doc, before) or _short_form_before(doc, before, orgs) or \
            _named_elsewhere(doc, before, orgs)
    if name is None:
        return None, None
    words = name.split()
    if fold(words[-1]) in HEADS["portfolios"] and "of" not in words and doc[start - 1].lower_ in _CABINET and \
            (doc[start - 1].lower_ not in _VOICES_OF_A_BODY or all(fold(w) in _PORTFOLIO_OR_AND for w in words)):
        # "Finance Minister", "Philippine Finance Secretary", "Agriculture spokesman", "<Firm> Finance director": the
        # portfolio is the role's; not a firm's name that ends in one before its spokesman ("<Firm> Gas spokesman")
        return None, None
    if len(words) == 1 and fold(words[0]) in HEADS["post_fields"]:
        return None, None  # "Financial Secretary": the model tagged the post's first word alone
    if len(words) == 1 and fold(words[0]) in _CHAMBERS:
        return None, None  # "Senate President Thomas Rivera Schatz": the chamber is a word of the post's name
    return doc[at:start].text, name


# the words of a name that is a portfolio alone ("Trade and Industry"), and the posts that speak for a body and hold
# no field of their own before it: before them a firm's name may end in a portfolio's word ("<Firm> Gas spokesman")
_PORTFOLIO_OR_AND = HEADS["portfolios"] | {"and"}
_VOICES_OF_A_BODY = {"spokesman", "spokeswoman", "spokesperson", "official", "officials"}
# the posts a portfolio runs into ("Finance Minister"); before others the same word is a party's ("Labour MP")
_CABINET = {"minister", "secretary", "undersecretary", "representative", "commissioner", "spokesman",
            "spokeswoman", "spokesperson", "chief", "head", "director", "official", "officials"}
# the chambers whose name runs into the title of the post held there ("Assembly president Richard Ferrand")
_CHAMBERS = {"senate", "assembly", "house", "parliament", "congress"}


def _untagged_organisation(doc: Doc, end: int) -> str | None:
    """An organisation's name the model left untagged before a post: "Economics Ministry State Secretary Otto
    Schlecht", "Pennzoil Co Chairman J. Hugh Liedtke". Only a name of two words or more whose last is an
    organisation's own ("Ministry", "Commission") or a company's legal ending ("Co", "Inc")."""
    last = doc[end]
    if last.ent_type_ not in ("", "ORG") or not last.is_title or \
            last.lower_ not in ORG_TAILS and last.lower_ not in CORPORATE:
        return None
    at = end
    while at > 0 and end - at < 4 and doc[at - 1].is_title and doc[at - 1].is_alpha and \
            doc[at - 1].ent_type_ in ("", "ORG") and doc[at - 1].lower_ not in TITLES:
        at -= 1
    return doc[at : end + 1].text if at < end else None


def _short_form_before(doc: Doc, at: int, orgs: dict[int, str]) -> str | None:
    """The organisation named earlier that a lone word of its name stands for before a post: "Council spokesperson
    Barend Leyts" after "European Council chief Charles Michel". Only when one organisation named before ends so."""
    tok = doc[at]
    if not tok.is_title or tok.lower_ not in ORG_TAILS or tok.ent_type_ not in ("", "ORG") or \
            doc[at - 1].is_title and not doc[at - 1].is_sent_start:
        return None  # "Economics Ministry State Secretary": a longer name, the model's or `_untagged_organisation`'s
    names = {name for i, name in orgs.items() if i < at and fold(name.split()[-1]) == tok.lower_}
    return next(iter(names)) if len(names) == 1 else None


def _named_elsewhere(doc: Doc, end: int, orgs: dict[int, str]) -> str | None:
    """The organisation whose name the capitalised words before a post spell, where the model left them untagged but
    tagged the name elsewhere in the article: "World Bank Vice-President Ana Reyes" with "the World Bank" further
    on, "CIP president" after "CIP Inc", "Harbour Line spokesman" after "Harbour Line Shipping Corp of Canada Ltd".
    The whole run of words, in any case; not a place or a people's adjective ("Texas Governor")."""
    at = end + 1
    while at > 0 and end + 1 - at < 4 and at - 1 not in orgs and _name_word(doc[at - 1]):
        at -= 1
        if doc[at].is_sent_start:
            break
    if at > end or gazetteer.is_place(doc[at : end + 1].text, gazetteer.places()):
        return None  # "Wales fly-half": the side of a country, which is never an affiliation
    words = doc[at : end + 1].text.lower()
    names: dict[str, str] = {}  # each organisation's mentions as written, and its canonical name
    for i, name in sorted(orgs.items()):
        first = i
        while first - 1 in orgs and orgs[first - 1] == name:
            first -= 1
        if i + 1 not in orgs or orgs[i + 1] != name:
            names.setdefault(doc[first : i + 1].text.lower(), name)
        names.setdefault(name.lower(), name)
    if words in names:
        return None if gazetteer.is_place(names[words], gazetteer.places()) else names[words]
    # the opening words of one organisation's full name: "Harbour Line" for "Harbour Line Shipping Corp of Canada Ltd"
    opened = {name for name in orgs.values() if " " in words and name.lower().startswith(words + " ")}
    return opened.pop() if len(opened) == 1 else None


def _name_word(tok: Token) -> bool:
    """A word of an organisation's name run into a post: capitalised or in capitals, no place, people or person."""
    return tok.is_alpha and (tok.is_title or tok.is_upper) and tok.ent_type_ in ("", "ORG") and \
        tok.lower_ not in _TITLE_WORDS


def title_before_the_name(doc: Doc, m: Mention, orgs: dict[int, str]) -> tuple[str | None, str | None]:
    """(role, organisation) when the post comes first and the name after it between commas: "Chairman of the
    FCA board, Frank Naylor,", "Daily Xtra's editorial director, Rachel Giese,", "The Executive director of the
    Ask Wellness Society, Bob Hughes,"."""
    head = doc[m.end - 1]
    comma = m.start - 1
    while comma > head.head.i and (doc[comma].lower_ in TITLES or doc[comma].lower_ in _TITLE_WORDS):
        comma -= 1  # "Chairman of the House subcommittee, Rep. Ed Jones,"
    # "The agency's representative in <Country>, Dr. <Name>,": after a title the parse may hang the name on the post
    # as an adverbial noun instead of an apposition; framed by commas it is the same apposition
    framed = head.dep_ == "npadvmod" and m.end < len(doc) and doc[m.end].text == ","
    if head.dep_ != "appos" and not framed or head.head.i >= m.start:
        return None, None
    post, organisation = head.head, None
    if doc[comma].text != "," and not _runs_into(post, m.start):
        return None, None  # without commas, only a post that runs into the name: "the equity committee's lawyer"
    if post.dep_ == "pobj" and post.head.lower_ in POST_AT and post.head.head.i < post.i and \
            (post.i in orgs or post.ent_type_ in ("GPE", "LOC")):
        # the parse hung the name on the organisation or the place: "The mayor of Paris, Anne Hidalgo,"
        organisation, post = orgs.get(post.i), post.head.head
    named_in = next((orgs[c.i] for c in post.children if c.dep_ == "compound" and c.i in orgs), None)
    if not _is_post(post) and not (named_in and doc[comma].text != "," and post.is_lower and _is_description(post)):
        return None, None  # a calling only with its organisation run into it: "UCL astronomer Angelos Tsiaras"
    organisation = organisation or named_in or next((orgs[c.i] for c in post.children if c.dep_ == "poss" and c.i in orgs),
                                        None) or organisation_in(post, orgs) or body_in(post) or \
        next((found for c in post.children if c.dep_ == "poss" and (found := _untagged_firm(c))), None) or \
        next((found for c in post.children if c.dep_ == "poss" and (found := _its_owner(c, orgs))), None)
    return _post_words(post, orgs if named_in else ()) or None, organisation


def _its_owner(its: Token, orgs: dict[int, str]) -> str | None:
    """The organisation an 'its' before the post stands for: "The Bank of Wessex does not want new rules, its
    governor, Alan Brook, said", "Rand Corp said ... that its chairman, John Hale, would retire", "Coastal and its
    chairman". The subject of the nearest clause above the post that an organisation's name opens before 'its' (the
    organisation the post is joined to by "and" first); a country is left out of `orgs`, so never given."""
    if its.lower_ != "its":
        return None
    post = its.head
    if post.dep_ == "conj" and post.head.i in orgs and post.head.i < its.i:
        return orgs[post.head.i]
    node = post
    while node.head.i != node.i:
        node = node.head
        # the clause reported before the post that is its subject: "X will not cut rates, its governor said"
        clauses = [node, *(c for c in node.children if c.dep_ == "ccomp" and c.i < its.i)]
        subject = next((c for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and
                        c.i < its.i and c.i != post.i), None)
        if subject is not None:
            return orgs.get(subject.i)
    return None


def post_of_organisation_before(doc: Doc, m: Mention, orgs: dict[int, str]) -> tuple[str | None, str | None]:
    """(role, organisation) for a post and its organisation written before the name where the parse ties neither to
    it: "chairman of Belgian starch producer <Amylum NV> Pierre Callebaut told", "President of the Brazilian Coffee
    Institute, Jorio Dauster told". With a comma, only a post that opens the sentence ("After the resignation of the
    president of X, Y said" does not make Y president)."""
    at = m.start - 1
    comma = at >= 0 and doc[at].text == ","
    at -= comma
    if at >= 2 and doc[at].text == ">" and (opening := next(
            (i for i in range(at - 1, max(at - 6, 0), -1) if doc[i].text == "<"), None)):
        # the ticker wire copy puts after a firm's name, or the brackets it puts round an unlisted firm's own
        at = at - 1 if at - 1 in orgs else opening - 1
    if at < 2 or at not in orgs:
        return None, None
    name = orgs[at]
    while at > 0 and orgs.get(at - 1) == name:
        at -= 1
    at -= at > 2 and doc[at - 1].text == "<"
    words = 0  # what kind of organisation it is: "Belgian starch producer", "the"
    while at > 1 and words < 4 and doc[at - 1].lower_ != "of" and doc[at - 1].is_alpha and \
            (doc[at - 1].is_lower or doc[at - 1].ent_type_ == "NORP") and at - 1 not in orgs:
        at -= 1
        words += 1
    if at < 2 or doc[at - 1].lower_ != "of" or not _is_post(doc[at - 2]):
        return None, None
    opening = at - 2
    while opening > 0 and doc[opening - 1].is_alpha and doc[opening - 1].dep_ != "det" and \
            (doc[opening - 1].lower_ in _TITLE_WORDS or doc[opening - 1].lower_ in _RUN_IN):
        opening -= 1  # "executive vice president of X"
    if comma and not (doc[opening].is_sent_start or opening > 0 and doc[opening - 1].lower_ == "the" and
                      doc[opening - 1].is_sent_start):
        return None, None
    return doc[opening : at - 1].text.strip(), name


def _untagged_firm(owner: Token) -> str | None:
    """A company's name the model left untagged as a post's owner, known by its corporate ending: "FW Woolworth Co's
    chairman" after a dateline, where the model tags nothing."""
    doc = owner.doc
    if owner.ent_type_ or fold(owner.text) not in CORPORATE or not owner.is_title:
        return None
    at = owner.i
    while at > 0 and at - owner.i > -5 and doc[at - 1].pos_ == "PROPN" and not doc[at - 1].ent_type_ and \
            (doc[at - 1].is_title or doc[at - 1].is_upper) and doc[at - 1].is_alpha:
        at -= 1
    return doc[at : owner.i + 1].text if at < owner.i else None


def calling_before_the_name(doc: Doc, m: Mention) -> str | None:
    """The description in lower case the article runs into the name: "Fashion designer Mary Quant", "US
    theoretical astrophysicist David Spergel", "Republican committee member Doug Collins". Places, parties and
    nationalities before it are no part of the role."""
    at = m.start - 1
    joined = hyphenated_post(doc, at) if at >= 0 else None  # "said chairman-elect Denys Henderson"
    if joined is not None and doc[joined : m.start].text.islower() and m.start <= doc[at].head.i < m.end:
        at = joined
    elif at < 0 or not _calling_word(doc[at]) or not m.start <= doc[at].head.i < m.end:
        return None
    inside = set(range(at, m.end))
    while at > 0:
        if (joined := _joined_before(doc, at)) is not None:
            at = joined  # "front-runner", "co-host", "award-winning": the parse cuts a word joined by hyphens
        elif doc[at - 1].head.i in inside and doc[at - 1].dep_ in ("compound", "amod", "nmod") \
                and not doc[at - 1].ent_type_ and (doc[at - 1].is_lower or doc[at - 1].is_sent_start) \
                and doc[at - 1].is_alpha and not _verb_with_its_subject(doc, at - 1):
            at -= 1
        else:
            break
        inside.update(range(at, m.start))
    at = _counted_before(doc, at)
    if at >= 2 and doc[at - 1].lower_ == "of" and _is_post(doc[at - 2]):
        return doc[at - 2 : m.start].text  # "director of public credit Angel Gurria": the words are the post's
    # one space between words, none round a hyphen that joins two
    return "".join(t.text + ("" if _joins(t) or _joins(doc[t.i + 1]) or t.like_num and not t.whitespace_ else " ")
                   for t in doc[at : m.start]).strip()


def _verb_with_its_subject(doc: Doc, at: int) -> bool:
    """A verb's form right after a name or a noun opens a clause of its own, whatever the parse hung it on: "an
    engineer at <Firm> asked billionaire <Name>", "<Name> targeting singer <Name>" give "billionaire" and "singer",
    while "retired general", "managing director" after no noun keep the whole calling."""
    before = at - 1
    while before >= 0 and doc[before].is_space:
        before -= 1  # a no-break space the tokenizer keeps as a token of its own
    return doc[at].tag_ in ("VBD", "VBN", "VBG") and before >= 0 and doc[before].tag_ in _SUBJECT_TAGS and \
        (before < at - 1 or bool(doc[before].whitespace_))


_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


def _counted_before(doc: Doc, at: int) -> int:
    """Where the calling opens with the number the tokenizer cut from its first word: "Four-time champion", "100m
    champion" (the reader showed "time champion", "m champion")."""
    if at >= 2 and _joins(doc[at - 1]) and doc[at - 2].like_num and not doc[at - 2].whitespace_:
        return at - 2
    if at >= 1 and doc[at - 1].like_num and not doc[at - 1].whitespace_ and doc[at].is_lower and len(doc[at]) <= 2:
        return at - 1  # a distance or a weight run into the number
    return at


def _joined_before(doc: Doc, at: int) -> int | None:
    """Where the first half of a word joined by a hyphen to the word at `at` opens ("front" of "front-runner",
    "co" of "co-host"), in lower case or opening the sentence ("Best-selling"); else None."""
    if at < 2 or not _joins(doc[at - 1]) or not doc[at - 2].is_alpha or doc[at - 2].ent_type_ or \
            not (doc[at - 2].is_lower or doc[at - 2].is_sent_start) or doc[at - 2].lower_ in WHEN_HELD:
        return None
    return at - 2


def hyphenated_post(doc: Doc, end: int) -> int | None:
    """Where a post written as one word with hyphens opens, when one ends at `end`: "vice-president",
    "chairman-elect", "executive-secretary" (the model parses each half apart); else None."""
    at = hyphenated_word(doc, end)
    if at == end or not any(_is_post(doc[i]) for i in range(at, end + 1, 2)):
        return None
    return at


def _calling_word(tok: Token) -> bool:
    """The last word of a description in lower case: a noun ("designer", "member"), or a job's word the model
    tags otherwise ("representative"). Not a plural one ("met officers Antoine Quirin and Nicolas Redouane")."""
    # nor a comparative: "the elder <Surname>", "the younger <Surname>" tell two of one family apart, no calling
    return tok.is_alpha and tok.is_lower and tok.dep_ in ("compound", "amod", "nmod") and not tok.ent_type_ and \
        tok.tag_ not in ("NNS", "NNPS", "JJR") and \
        (tok.pos_ == "NOUN" or tok.lower_.endswith(ROLE_ENDINGS) or tok.lower_ in _POSTS)


def _runs_into(post: Token, start: int) -> bool:
    """Whether the words from the post up to the name are the post's own ("former Vice President of the
    United States Joe Biden")."""
    return all(post.i <= t.head.i < start for t in post.doc[post.i + 1 : start])


def organisation_headed(head: Token, orgs: dict[int, str]) -> str | None:
    """The organisation a person governs or speaks for: "Talyzin, who heads the state planning committee
    GOSPLAN", "Paul Gonson, a Washington lawyer representing the Securities and Exchange Commission"."""
    for holder in (head, *(c for c in head.children if c.dep_ == "appos")):
        for verb in holder.children:
            if verb.dep_ not in ("relcl", "acl") or verb.lemma_ not in HEADS["heading_verbs"]:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if verb.dep_ == "relcl" and (subject is None or subject.lower_ not in ("who", "that")):
                continue  # "the man whom the agency represents" is not its head
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                # and the owner of the unit headed: "who leads the Reform Party's list", "who runs <Firm>'s bond desk"
                for t in (obj, *(c for c in obj.children if c.dep_ in ("compound", "appos", "poss"))):
                    if t.i in orgs:
                        return orgs[t.i]
    return None


def organisation_in(token: Token, orgs: dict[int, str], preps: frozenset[str] = frozenset({"of"})) -> str | None:
    """The organisation named in an 'of' phrase under this token: "director of the Society", "Chairman of the
    FCA board"; with `preps`, the others that tie a post to where it is held ("a vice president at PG&E")."""
    for t in token.subtree:
        if t.i not in orgs or _is_portfolio(orgs[t.i]):
            continue  # "the Secretary of Justice": what the post has charge of, no organisation
        if t.dep_ == "pobj" and t.head.lower_ in preps:
            return orgs[t.i]
        if t.dep_ in ("compound", "poss", "appos") and t.head.dep_ == "pobj" and t.head.head.lower_ in preps:
            return _with_body(t, orgs)  # also "an analyst for the Wall Street firm Shearson Lehman Brothers"
    return None


def _with_body(t: Token, orgs: dict[int, str]) -> str:
    """The organisation with the body of it the article names in lower case: "the House agriculture
    subcommittee" is no more the whole House than "the Senate banking committee" is the Senate."""
    body = t.head
    rest = t.doc[t.i + 1 : body.i + 1]
    if t.dep_ != "compound" or not body.is_lower or body.lemma_.lower() not in HEADS["bodies"] or \
            any(w.i in orgs or not w.is_lower for w in rest):
        return orgs[t.i]
    return f"{orgs[t.i]} {rest.text}"


_OF_FROM = frozenset({"of", "from"})
# where a person works, between commas after the name (not "with" or "for": "Smith, with his wife, …")
_PLACE_OF_WORK = frozenset({"of", "at", "from"})


def body_in(token: Token) -> str | None:
    """A group left unnamed that the post or person belongs to, as written: "president of Colombia's private
    coffee exporters' association" -> "private coffee exporters' association"; "the equity committee's lawyer"
    -> "equity committee". Words that tell which group it is are needed: "the committee" alone is no name."""
    for c in token.children:  # the post's owner or 'of' phrase, or the object of the preposition given
        group = c if c.dep_ in ("poss", "pobj") else next(
            (p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ in POST_AT | _OF_FROM \
            else None
        if group is None or not group.is_lower or group.lemma_.lower() not in HEADS["bodies"]:
            continue
        places = {t.i for p in group.subtree if p.dep_ == "poss" and p.ent_type_ in ("GPE", "NORP", "LOC")
                  for t in p.subtree}  # a country is no affiliation, nor part of one: "Colombia's"
        words = [t for t in group.doc[group.left_edge.i : group.i + 1] if t.i not in places and t.dep_ != "det"]
        if len(words) > 1:
            return group.doc[words[0].i : group.i + 1].text
    return None


def _one_of(one: Token, orgs: dict[int, str]) -> tuple[str | None, str | None]:
    """('lawyer', 'Manville Corp') for "one of Manville's lawyers"."""
    for of in (c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"):
        for post in (c for c in of.children if c.dep_ == "pobj" and _is_post(c)):
            owner = next((orgs[c.i] for c in post.children if c.dep_ == "poss" and c.i in orgs), None)
            if owner:
                return post.lemma_, owner
    return None, None


# the heads of a body a post is held at that the article leaves unnamed, in lower case before the post ("central bank
# governor", "stock exchange president", "police spokesman"); a bank only as "central bank", since a firm's kind
# ("investment bank economist") says what it is, not which
# ("managing board chairman" is a post of the firm's own, and the firm its affiliation)
_BODIES_BEFORE_POSTS = HEADS["bodies"] - {"board"} | {"ministry", "exchange", "bank"}


def body_before_post(doc: Doc, m: Mention, orgs: dict[int, str]) -> str | None:
    """The unnamed body, as written, whose lower-case words run into a lower-case post before the name: "central
    bank governor Jose Fernandez" is governor of the central bank, "police spokesman Tom Reed" speaks for the police.
    The reader saw the post with no body at all. Two words at least ("union president" alone says too little), but
    "police"; never a word of an organisation the model tagged (those are the rules' above)."""
    if not m.role or not m.role[:1].islower():
        return None
    at = m.start - len(m.role.split())
    if at < 1 or doc[at : m.start].text != m.role or doc[at].tag_ == "NNS":
        return None  # "chief police officers spokesman": the body's name goes on past a plural into the post
    end = at - 1
    last = doc[end]
    if not (last.is_lower and last.is_alpha and last.lemma_.lower() in _BODIES_BEFORE_POSTS) or end in orgs:
        return None
    opening = end
    while opening > 0 and end - opening < 2:
        word = doc[opening - 1]
        if word.lower_ == "and" and opening >= 2 and \
                any(c.dep_ == "conj" and opening <= c.i <= end for c in doc[opening - 2].children):
            first = doc[opening - 2]  # two bodies in one: "port and transport union"
            if first.is_alpha and (first.is_lower or first.is_sent_start and first.is_title) and \
                    opening - 2 not in orgs and first.ent_type_ == "":
                opening -= 2
            break
        if not (word.is_alpha and word.dep_ in ("compound", "amod") and word.ent_type_ == "" and
                opening - 1 not in orgs and (word.is_lower or word.is_sent_start and word.is_title) and
                word.head.i in range(opening, m.start)):
            break
        opening -= 1
        if word.is_sent_start:
            break
    words = " ".join(w.lower_ for w in doc[opening : end + 1])
    if " " not in words and words != "police" or last.lower_ == "bank" and doc[end - 1].lower_ != "central":
        return None
    # the article's full name for it, where one organisation's name holds these words: "banking committee
    # chairman" after "the House Banking Committee"
    named = {name for name in orgs.values() if f" {words} " in f" {name.lower()} "}
    return named.pop() if len(named) == 1 else words


def organisation_name(name: str) -> str | None:
    """The organisation's name without the titles the model ran into it ("U.S. Department of Agriculture
    Deputy [Administrator]"); None for a name in lower case ("the national federation")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _RUN_IN:
        words.pop()
    if all(w.lower() in _TITLE_WORDS for w in words):
        return None  # a title the model took for an organisation: "Detective Inspector Steven Jones"
    return " ".join(words) if any(w[:1].isupper() for w in words) else None


def organisation_after(post: Token, orgs: dict[int, str]) -> str | None:
    """The organisation named right after a post and its preposition, whatever the parse made of it: "Gail Martell,
    chief meteorologist for E.F. Hutton said", where the model took the firm for the subject of "said"."""
    doc = post.doc
    at = post.i + 1
    if at >= len(doc) or doc[at].lower_ not in POST_AT:
        return None
    at += 1 if at + 1 < len(doc) and doc[at + 1].lower_ == "the" else 0
    name = orgs.get(at + 1) if at + 1 < len(doc) else None
    return name if name and not _is_portfolio(name) else None


def _owner(post: Token, orgs: dict[int, str]) -> str | None:
    """The organisation written into a post: "an AICE official", "the party's nominee", "a Peters and Co Ltd analyst"
    (the parse makes the first word of a name with "and" in it a modifier of the post)."""
    return next((orgs[c.i] for c in post.children if c.dep_ in ("poss", "compound", "nmod") and c.i in orgs and
                 not _is_portfolio(orgs[c.i])), None)  # not "the Defence Secretary"


def organisation_of_post(post: Token, orgs: dict[int, str]) -> str | None:
    """The organisation a post is held at, written into it ("an AICE official", "X's president") or after it
    ("the chairman of X", "an analyst with X")."""
    return _owner(post, orgs) or organisation_in(post, orgs, POST_AT)


def _turn_label(doc: Doc, m: Mention) -> bool:
    """The name is an interview's turn label: in double brackets ("((Ana Ruiz))  Not this year.") or opening its
    line before a colon ("Ana Ruiz: Not this year."). What follows is the answer, no description of the speaker,
    though the parse may hang its first words on the name as an apposition."""
    text = text_of(doc)
    start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
    line_start = text.rfind("\n", 0, start) + 1
    bracketed = text[max(start - 2, 0) : start] == "((" and text[end : end + 2] == "))"
    return bracketed or text[end : end + 1] == ":" and not text[line_start:start].strip(" \t\"“")


def _post_words(post: Token, leave_out: Container[int]) -> str:
    """A post's words as the role: less its owner ("Puerto Rico's"), determiners, punctuation and the words at
    the token indices left out (the organisation's, in "an AICE official"). A word joined by hyphens stays one
    ("vice-chairman", though the parse may cut it); an age or a place before a calling is no part of it ("a
    39-year-old Miami businessman", "a London-based analyst", names README)."""
    doc = post.doc
    owner = {t.i for c in post.children if c.dep_ == "poss" for t in c.subtree}
    opening = min(post.left_edge.i, hyphenated_word(doc, post.i))
    # the parse may make the first half of a post joined by a hyphen its head: "president-general", "secretary-general"
    closing = post.i + 2 if _closed_by_hyphen(post) else post.i
    # a party's word before the body left out holds the body's seats ("the Republican Senate Majority Leader", as
    # parties.party_before_a_chamber reads it): no word of the post
    words = [t for t in doc[opening : closing + 1] if t.i not in owner and t.i not in leave_out and
             (t.dep_ not in ("det", "punct", "case") and not t.is_punct or _joins(t)) and
             not (t.text in SEAT_HOLDERS and t.i + 1 in leave_out)]
    cut = next((k for k in range(len(words) - 2, 0, -1) if words[k].lower_ in _AGE_OR_BASE and _joins(words[k - 1])), -1)
    words = words[cut + 1 :]
    while len(words) > 1 and (_joins(words[0]) or words[0].ent_type_ in ("NORP", "GPE") and (
            words[0].dep_ == "amod" or post.is_lower and words[0].dep_ == "compound" and words[0].is_title and
            not words[0].is_upper)):
        words.pop(0)  # "Canadian secretary of state": a nationality is no word of the post (names README)
    words = _less_the_place_set_off(words, post)
    if len(words) == 1 and words[0].lower_ in _ORIGINS:
        return ""  # "a North Dakota native": where a person comes from, no post
    words += _of_words_of_title(post) or _second_post(post) or _field_after(post)
    kept = {t.i for t in words}  # no space before a comma of the role's own, as after a third post
    return "".join(t.text + ("" if _joins(t) or t.i + 1 < len(doc) and (_joins(doc[t.i + 1]) or
                                                                       doc[t.i + 1].is_punct and t.i + 1 in kept)
                             else " ") for t in words).strip()


# the second halves of a post joined by a hyphen that the parse may hang on the first: "president-general",
# "secretary-general", "chairman-elect", "president-designate"
_HYPHEN_TAILS = {"general", "elect", "designate"}


def _closed_by_hyphen(post: Token) -> bool:
    """A post whose word runs on past a hyphen into one of _HYPHEN_TAILS: "president-general" read as "president"."""
    doc = post.doc
    return post.i + 2 < len(doc) and _joins(doc[post.i + 1]) and doc[post.i + 2].lower_ in _HYPHEN_TAILS and \
        doc[post.i + 2].head.i == post.i


def _less_the_place_set_off(words: list[Token], post: Token) -> list[Token]:
    """Without a town and its state set off by commas before a calling in lower case: wire copy's "a Fremont, Calif.,
    investor" is an investor; the place is where the person lives, as "a Miami businessman" is (names README). Only
    when the words before the comma are all a name's and one of them the model read as a place."""
    if not post.is_lower or not words:
        return words
    doc = post.doc
    k = next((k for k, t in enumerate(words) if not (t.ent_type_ == "GPE" or t.pos_ == "PROPN")), len(words))
    if 0 < k < len(words) and doc[words[k].i - 1].text == "," and any(t.ent_type_ == "GPE" for t in words[:k]):
        return words[k:]
    return words


def _second_post(post: Token) -> list[Token]:
    """'and' and a second post the person holds after the first: "<Name>, chairman and chief executive officer of
    <Firm>," holds both (names README: the role as the article gives it); the reader showed the first alone. A post
    set off by a comma before the two is held as well: "<Name>, chairman, president and chief executive officer,"."""
    doc = post.doc
    last, at = post, post.i + 1
    if at + 1 < len(doc) and doc[at].text == "," and (middle := _joined_post(post, at + 1)) is not None:
        last, at = middle, middle.i + 1
        at += 1 if at + 1 < len(doc) and doc[at].text == "," else 0  # "chairman, president, and chief executive"
        if at >= len(doc) or doc[at].lower_ != "and":
            return []  # "<Name>, chairman, president of <Firm>": no list of posts without its 'and'
    if at + 2 >= len(doc) or doc[at].lower_ != "and":
        return []
    second = _joined_post(last, at + 1) or (_joined_post(post, at + 1) if last is not post else None)
    return list(doc[post.i + 1 : second.i + 1]) if second is not None else []


def _joined_post(post: Token, at: int) -> Token | None:
    """The post the parse joins to `post` that opens at `at`: all its words alphabetic, no entity, determiner or
    possessive, and some ending of them a title or job."""
    doc = post.doc
    second = next((c for c in post.children if c.dep_ == "conj" and c.left_edge.i == at), None)
    if second is None:
        return None
    words = doc[at : second.i + 1]
    if any(not t.is_alpha or t.ent_type_ or t.dep_ in ("det", "poss") for t in words) or \
            not any(words[k:].text.lower() in _POSTS for k in range(len(words))):
        return None
    return second


def _of_words_of_title(post: Token) -> list[Token]:
    """The 'of' words after a post that end a title of several words ("chief of staff"): without them the role
    read is another post, a chief's."""
    doc = post.doc
    if post.i + 2 >= len(doc) or doc[post.i + 1].lower_ != "of":
        return []
    return next((list(doc[post.i + 1 : end]) for end in range(min(len(doc), post.i + 4), post.i + 2, -1)
                 if doc[post.i : end].text.lower() in TITLES and " of " in doc[post.i : end].text.lower()), [])


def _field_after(post: Token) -> list[Token]:
    """The field a post is held in, written after it in lower case with no determiner: "<Name>, professor of
    marine biology at <University>", "vice president for finance"; the reader cut the role at the post. A body
    after 'of the' is the affiliation's, not the role's, and is left out."""
    doc = post.doc
    at = post.i + 1
    if at + 1 >= len(doc) or doc[at].lower_ not in ("of", "for") or doc[at].head.i != post.i:
        return []
    inside = {t.i for t in doc[at].subtree}
    if doc[at + 1].lower_ == "the":
        return _named_field_after(post, at, inside)
    end = at + 1
    while end < len(doc) and end in inside and (doc[end].is_lower and doc[end].is_alpha and not doc[end].ent_type_
                                                and (doc[end].pos_ in ("NOUN", "ADJ") or
                                                     doc[end].lower_ == "and" and end > at + 1) or
                                                _listing_comma_in_field(doc, end, at, inside)):
        end += 1
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
                not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].is_alpha:
            end += 2  # a word written whole with its hyphen: "vaccine-preventable diseases"
    commas = [i for i in range(at + 1, end) if doc[i].text == ","]
    if commas and not any(doc[i].lower_ == "and" for i in range(commas[-1], end)):
        end = commas[0]  # a list of fields closes with 'and'; without it the comma ends the field
    while end > at + 1 and doc[end - 1].pos_ != "NOUN":
        end -= 1  # the field ends in a noun: not "of economic and"
    if end == at + 1 or end < len(doc) and (doc[end].is_alpha and doc[end].lower_ not in _FIELD_STOPS or
                                              doc[end].text in ("'s", "'") or
                                              doc[end].text == "-" and not doc[end - 1].whitespace_):
        return []  # a field cut short ("director of research projects funded by", a word cut at its hyphen) is left
    return list(doc[at:end])


def _named_field_after(post: Token, at: int, inside: set[int]) -> list[Token]:
    """A field after 'of the' that names what the post is over, not a body: "<Name>, head of the rescue operation,"
    and "head of the marine ecology department at <University>" (names README: the role as the article gives it);
    the role read was the bare post. Only words in lower case (adjectives and nouns, no entity) after 'of the', two
    or more, the last a noun that is no body's ("chairman of the executive board", "member of the ruling party":
    there the body is the affiliation's, and the post stays bare), a unit within one (_UNITS_WITHIN) aside; the
    field closes where the phrase does, on a comma, a full stop or a word of _FIELD_STOPS."""
    doc = post.doc
    if doc[at].lower_ != "of":
        return []
    end = at + 2
    while end < len(doc) and end in inside and doc[end].is_lower and doc[end].is_alpha and not doc[end].ent_type_ \
            and (doc[end].pos_ in ("NOUN", "ADJ", "PROPN") or doc[end].tag_ in ("VBG", "VBN")) \
            and doc[end].dep_ in ("compound", "amod", "pobj"):  # "the negotiating team": a participle before it
        end += 1
    last = doc[end - 1]
    body = last.lower_ in _BODIES_AFTER_OF_THE or last.lemma_.lower() in _BODIES_AFTER_OF_THE
    if end - (at + 2) < 2 or last.pos_ != "NOUN" or last.dep_ != "pobj" or body and last.lower_ not in _UNITS_WITHIN:
        return []
    if end < len(doc) and not (doc[end].is_punct and doc[end].text not in ("'", "-") or doc[end].lower_ in _FIELD_STOPS):
        return []
    return list(doc[at:end])


# the nouns of bodies: after 'of the' they name what the person belongs to, which is the affiliation's
_BODIES_AFTER_OF_THE = frozenset().union(*(HEADS[kind] for kind in (
    "bodies", "generic", "org_words", "org_tails", "firm_nouns", "org_nouns", "lone_heads", "firm_after", "FAC",
    "town_of", "sites", "place_nouns_after"))) | {"assembly", "parliament", "senate", "congress", "legislature",
                                                  "opposition", "cabinet", "country", "nation", "world", "family",
                                                  "industry", "market", "sector", "firm", "business", "region"}
# the units within a body that a post heads, which the field names when the article writes them in lower case
_UNITS_WITHIN = frozenset({"department", "division", "unit", "team", "section", "desk", "ward"})


def _listing_comma_in_field(doc: Doc, at: int, opening: int, inside: set[int]) -> bool:
    """A comma between the fields of one post, in lower case: "minister of economy, trade and industry" (the field
    read stopped at the comma: "minister of economy")."""
    return doc[at].text == "," and at > opening + 1 and doc[at - 1].is_lower and doc[at - 1].pos_ == "NOUN" and \
        at + 1 < len(doc) and at + 1 in inside and doc[at + 1].is_lower and doc[at + 1].is_alpha and \
        doc[at + 1].dep_ == "conj" and doc[at + 1].pos_ == "NOUN"


# the words after a field that open something else: where it is held, with whom, since when
_FIELD_STOPS = {"at", "in", "with", "and", "since", "until", "who", "for", "on", "of"}


# the last word of an age or a place joined by hyphens before a calling: "39-year-old", "London-based",
# "Los Angeles-area"
_AGE_OR_BASE = {"old", "based", "area"}
# the nouns that say where a person comes from or lives, not what they do
_ORIGINS = {"native", "resident", "local"}


def _joins(tok: Token) -> bool:
    """A hyphen written between two words without spaces: "vice-chairman"."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _is_portfolio(name: str) -> bool:
    return fold(name) in HEADS["portfolios"]


def _is_description(tok: Token) -> bool:
    """A noun that says what a person is: a post, or a calling ("actor", "designer") or tie ("wife")."""
    return _is_post(tok) or tok.lemma_.lower() in HEADS["person"] or \
        tok.is_lower and tok.pos_ == "NOUN" and tok.lower_.endswith(ROLE_ENDINGS)


def _is_post(tok: Token) -> bool:
    return tok.lower_ in _POSTS or tok.lemma_.lower() in _POSTS or is_job_word(tok.text)


def _joining_posts(tok: Token) -> bool:
    """'and' between two posts before a name: "PG&E President and CEO Andy Vesey"."""
    doc = tok.doc
    return tok.lower_ == "and" and 0 < tok.i < len(doc) - 1 and _is_post(doc[tok.i - 1]) and _is_post(doc[tok.i + 1])


def _in_role(tok: Token) -> bool:
    """A word of a post before a name: 'neuroscience', 'assistant', 'board', 'Detective'."""
    if not tok.is_alpha or tok.text in POSSESSIVE:
        return False
    # "managing director": the model may read the first word as a verb
    return tok.text.islower() and (tok.pos_ in ("NOUN", "ADJ") or tok.dep_ == "amod") or tok.lower_ in _TITLE_WORDS or \
        is_job_word(tok.text) or tok.is_title and tok.lower_ in HEADS["post_fields"]


def with_acronyms(doc: Doc, orgs: dict[int, str]) -> dict[int, str]:
    """`orgs` with the initials of an organisation the article names in full where the model left them untagged:
    "USCG Captain Monica Rochester" after "the United States Coast Guard (USCG)", "ADB chief economist" after "the
    Asian Development Bank". Initials two organisations share stand for neither."""
    initials: dict[str, str | None] = {}
    for name in set(orgs.values()):
        words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ACRONYM_SKIP]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            letters = "".join(w[0] for w in words)
            initials[letters] = name if initials.get(letters, name) == name else None
    found = {i: initials[w] for i, w in enumerate(column(doc, "ORTH")) if initials.get(w) and i not in orgs and
             w.isupper() and w.isalpha() and 2 <= len(w) <= 6}  # the words, not a Token per word
    return {**orgs, **found} if found else orgs
