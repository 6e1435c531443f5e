"""The organisation a person works for when the article names it away from the person: "company spokesman Bob
Foulkes" in a story about Petro-Canada, "John Bookout, president, said" in one about Shell Oil Co, "the bank's
new chairman" in one about the Bank of Ceylon, "Republican committee member Doug Collins" after "the House
Judiciary Committee". `describe` asks here only when the words around the name tie the person to no organisation.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from ..doctext import text_of
from ..paragraphs import BRACKETED_TICKER
from . import gazetteer
from .headlines import headline_end
from .mentions import Mention
from .referents import CORPORATE, fold
from .roles import before_address, hyphenated_word
from .vocabulary import HEADS, POSSESSIVE, POST_AT, TITLES

# a common noun for the organisation the story is about: "company spokesman", "the firm's president"
_OWN_FIRM = {"company", "firm", "group", "corporation", "board", "management"}
# a common noun for an organisation the article names with it: "the bank's chairman" (the Bank of Ceylon),
# "committee member" (the House Judiciary Committee)
_NAMED_BODIES = HEADS["bodies"] | {"bank", "ministry", "department", "agency", "exchange", "utility", "institute"}
# posts a company's officers hold, given bare beside the name in wire copy: "Edward Sondey, vice president of supply,"
# (not an analyst or economist: those in a company's story mostly work elsewhere)
_OFFICERS = {"president", "chairman", "chairwoman", "treasurer", "director", "spokesman", "spokeswoman",
             "spokesperson", "executive", "officer", "manager", "secretary", "counsel"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_TO_THE_SUBJECT = {"appos", "compound", "pobj", "prep", "poss"}


def employer(doc: Doc, m: Mention, orgs: dict[int, str]) -> str | None:
    """The organisation the words before the name or a bare post after it leave unnamed."""

    @cache
    def story() -> str | None:  # read from the lead once, and only when a word asks for it
        return _story_of(doc, orgs)

    for tok in _words_before(doc, m.start):
        noun = tok.lower_
        if story() and (noun in _OWN_FIRM or noun in (fold(w) for w in story().split())):
            return story()
        if noun in _NAMED_BODIES and (found := _named_with(noun, orgs, m.start)):
            return found
    head = doc[m.end - 1]
    for post in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
        if _bare_officer(post):
            return story()
        if found := _body_named_before(post, orgs, m.start):
            return found
        if _of_the_own_firm(post) and story():
            return story()  # "Ann Lee, president of the company," in wire copy: the firm the story is about
    if head.dep_ == "appos" and head.head.i < m.start and (found := _its_body_just_named(doc, head.head, orgs)):
        # "Its spokeswoman, Ana Ruiz," after "The case was brought by Casa Viva, a tenants' group.", in a story whose
        # lead is about the court: "its" is the one organisation the sentence before names, before the story's
        return found
    if head.dep_ == "appos" and head.head.i < m.start and _own_officer_before(head.head, story):
        return story()  # "The company's chairman, Robert Baines, said", "An Apex spokesman and vice president, John Stiles,"
    # the same post set before the name: "The institute's director, Ana Ruiz,", "The head of the council, Ana Ruiz,"
    if head.dep_ == "appos" and head.head.i < m.start and head.head.pos_ == "NOUN" and \
            (found := _body_named_before(head.head, orgs, m.start)):
        return found
    titled = _officers_title_before(doc, before_address(doc, m.start))  # "Chairman Sir Peter Walters" too
    if titled and doc[m.end : m.end + 1].text not in _WHERE_AFTER and story() and (fold(story().split()[-1]) in _FIRMS or doc[m.start - 1].is_lower):
        # "Chairman Allen Murray said" in a story about Mobil Corp; not "President Trump" in one about a commission,
        # though "vice-president Helmut Schlesinger" in one about the Bundesbank: wire copy writes an officer's
        # title in lower case, a head of state's in capitals
        return story()
    if (found := _governors_bank(doc, before_address(doc, m.start), orgs, story)) is not None:
        return found  # "Governor Ann Lee said" in a story about the central bank the article names
    return None


# the last words of a company's name: "Mobil Corp", "First Interstate Bancorp"
_FIRMS = CORPORATE | {"bancorp", "bancorporation"}


# words after the name that say where the person works, however the model tagged it ("of L.F. Rothschild")
_WHERE_AFTER = {"of", "at", "with", "for", "from", ","}
# the words of a company officer's title written before the name: "Chairman", "Vice President", "Chief Executive"
_OFFICER_TITLE_WORDS = _OFFICERS | {"vice", "chief", "managing", "senior", "deputy", "executive", "general"}


# a word after an officer's post, unhyphenated, that is still the post: "chairman elect", "president designate"
_TITLE_AFTER = {"elect", "designate"}


def _officers_title_before(doc: Doc, start: int) -> bool:
    """A company officer's title alone before the name, no organisation run into it: "Chairman Allen Murray"."""
    if not start:
        return False
    at = hyphenated_word(doc, start - 1)  # "chairman-elect Denys Henderson" is one title
    end = start
    if at == start - 1 and start >= 2 and doc[at].lower_ in _TITLE_AFTER and doc[at - 1].lower_ in _OFFICERS:
        at, end = at - 1, start - 1  # "chairman elect Ann Lee", "Chairman designate Ann Lee": written without the hyphen
    if not any(doc[i].lower_ in _OFFICERS for i in range(at, end, 2)):
        return False
    while at > 0 and end - at < 3 and (doc[at - 1].lower_ in _OFFICER_TITLE_WORDS or
                                       doc[at - 1].is_title and doc[at - 1].lower_ in HEADS["post_fields"]):
        at -= 1
    # no name run into the title ("B and C managing director Peter Goldie"): the words before are no capitalised ones
    return at == 0 or not (doc[at - 1].is_title or doc[at - 1].is_upper) or doc[at].is_sent_start


def _own_officer_before(post: Token, story) -> bool:
    """A company officer's post before the name whose owner is the story's company: "the company's chairman",
    "its president", "An Apex spokesman and vice president" in a story about Apex Mining Corp."""
    posts = [post]
    while posts[-1].dep_ == "conj" and posts[-1].head.i < posts[-1].i:
        posts.append(posts[-1].head)  # the first of "spokesman and vice president"
    if not any(p.lower_ in _OFFICERS for p in posts):
        return False
    for owner in (c for p in posts for c in p.children if c.dep_ in ("poss", "compound")):
        if owner.lower_ == "its" or owner.is_lower and owner.lower_ in _OWN_FIRM:
            return story() is not None
        if owner.is_title and story() and fold(owner.text) in (fold(w) for w in story().split()):
            return True
    return False


def _body_named_before(post: Token, orgs: dict[int, str], before: int) -> str | None:
    """The one organisation named before the person that the body noun owning the post, or the one it is held at,
    stands for."""
    # "Jay Hair, the federation's executive vice president," after "the National Wildlife Federation"
    owner = next((c for c in post.children if c.dep_ == "poss"), None)
    if owner is not None and owner.is_lower and owner.lower_ in _NAMED_BODIES and \
            (found := _named_with(owner.lower_, orgs, before)):
        return found
    # "Alain Vidal Naquet, head of external relations for the council," after "the World Food Council"
    for body in (t for t in post.subtree if t.dep_ == "pobj" and t.head.lower_ in POST_AT and t.is_lower and
                 t.lower_ in _NAMED_BODIES and any(c.lower_ == "the" for c in t.children)):
        if found := _named_with(body.lower_, orgs, before):
            return found
    return None


def _its_body_just_named(doc: Doc, post: Token, orgs: dict[int, str]) -> str | None:
    """"Its" opening the sentence of the post before the name: the one organisation the sentence before names ("The
    strike was called by the Dock Workers' Union. Its leader, Ana Ruiz, said"); None when it names none or several,
    and "its" is then the story's organisation as before."""
    sent = post.sent
    owner = next((c for c in post.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ != "its" or owner.i != sent.start or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    names = {orgs[i] for i in range(before.start, before.end) if i in orgs}
    return next(iter(names)) if len(names) == 1 else None


def _words_before(doc: Doc, start: int) -> list[Token]:
    """The lower-case words of the description run into the name, nearest first: "Managing board chairman",
    "the bank's new chairman", "Republican committee member"."""
    out = []
    at = start - 1
    while at >= 0 and start - at <= 5:
        tok = doc[at]
        if tok.text in POSSESSIVE or tok.is_lower and tok.is_alpha and tok.dep_ != "det" or \
                tok.lower_ in TITLES and not tok.is_sent_start:
            out.append(tok)
            at -= 1
            continue
        break
    if at >= 0 and at < start - 1 and _own_firm_opening(doc[at]):
        out.append(doc[at])  # "Company spokesman Ann Ferris" opening a sentence: the word is in lower case elsewhere
    return [t for t in out if (t.is_lower or _own_firm_opening(t)) and t.dep_ in ("compound", "amod", "nmod", "poss")]


def _own_firm_opening(tok: Token) -> bool:
    """A noun for the story's own firm that opens the sentence and so takes a capital: "Company chairman ..."."""
    return tok.is_sent_start and tok.is_title and tok.lower_ in _OWN_FIRM


def _bare_officer(post: Token) -> bool:
    """A company officer's post beside the name with no organisation or place: "John Bookout, president,", "Edward
    Sondey, vice president of supply,", "Jim Hale, the company's treasurer," (not "an economist", "Reagan's
    spokesman")."""
    words = list(post.subtree)
    owner = [t for t in words if t.dep_ == "poss"]
    # "its president", "the company's president": the story's company too
    if owner and not (len(owner) == 1 and (owner[0].lower_ == "its" or owner[0].lower_ in _OWN_FIRM)):
        return False
    return post.lower_ in _OFFICERS and all(t.is_lower or t.is_punct for t in words) and \
        not any(t.dep_ == "det" and not (owner and t.head == owner[0]) for t in words)


def _of_the_own_firm(post: Token) -> bool:
    """A company officer's post held 'of' or 'for' the story's own firm, named by its common noun alone: "president
    of the company", "chairman and chief executive of the company", "a spokesman for the firm"; not "of the parent
    company" or "of the company's unit", which name another."""
    for body in post.subtree:
        if body.dep_ == "pobj" and body.head.lower_ in ("of", "for") and body.lower_ in _OWN_FIRM and \
                body.is_lower and [c.lower_ for c in body.children] == ["the"]:
            return body.head.head.lower_ in _OFFICERS
    return False


def _named_with(noun: str, orgs: dict[int, str], before: int) -> str | None:
    """The one organisation named before `before` with this noun as a word of its name."""
    names = {name for i, name in orgs.items() if i < before and noun in (fold(w) for w in name.split())}
    return next(iter(names)) if len(names) == 1 else None


_STORY = "newsreader_story_organisation"


def _story_of(doc: Doc, orgs: dict[int, str]) -> str | None:
    """story_organisation, read once per Doc for the one `orgs` the component describes all its persons with: each
    person's employer may ask, and the answer walks the lead's first sentence anew. Nothing changes the Doc's parse,
    its entities or `orgs` between those calls; the table is kept with the answer, so another table asks again."""
    kept = doc.user_data.get(_STORY)
    if kept is None or kept[0] is not orgs:
        kept = doc.user_data[_STORY] = (orgs, story_organisation(doc, orgs))
    return kept[1]


def story_organisation(doc: Doc, orgs: dict[int, str]) -> str | None:
    """The organisation the story is about: the subject of its lead's first sentence, or the organisation that
    subject speaks for ("A spokesman for Preussag AG said", "Sri Lanka's largest bank, the Bank of Ceylon, plans").
    A headline set over the body ("Acme profit slides as costs rise") is read only when the body's lead names none:
    its subject is often no name the model tags ("Acme profit") where the lead's is ("Acme Holdings ASA reported")."""
    body = headline_end(doc)
    for start in ([doc[body].idx] if 0 < body < len(doc) else []) + [0]:
        if (found := _lead_organisation(doc, orgs, start)) is not None:
            return found
    return None


_LINE = re.compile(r"\S[^\n]*")


def _lead_organisation(doc: Doc, orgs: dict[int, str], start: int) -> str | None:
    """story_organisation read from the first line at or after the character offset `start`."""
    lead = _LINE.search(text_of(doc), start)
    if lead is None:
        return None
    span = doc.char_span(lead.start(), lead.end(), alignment_mode="contract")
    if span is None:
        return None
    # the lead's first sentence with a subject: a dateline ("COLOMBO, March 5 -") may stand alone
    first = next((s for s in span.sents if any(t.dep_ in _SUBJECTS for t in s)), None)
    for tok in first or ():
        at = tok
        while at.dep_ not in _SUBJECTS and at.dep_ in _TO_THE_SUBJECT and at.head.i != at.i:
            at = at.head
        if at.dep_ not in _SUBJECTS or at.head.pos_ not in ("VERB", "AUX"):
            continue
        if tok.i in orgs:
            return orgs[tok.i]
        if (owner := _ticker_owner(doc, tok, orgs)) is not None:
            return owner
        # the name the model left untagged there that the article tags elsewhere ("Petro-Canada, Canada's
        # state-owned oil company, said")
        if tok == at and (found := _named_elsewhere(doc, at, set(orgs.values()))):
            return found
    return None


def _ticker_owner(doc: Doc, tok: Token, orgs: dict[int, str]) -> str | None:
    """"<Firm> <TICK> will ...": the parser takes the wire ticker after the firm's name for the lead's subject; the
    ticker stands for the firm named straight before it. Only a name whole ("A/S" tagged "S" is not) that opens
    the sentence after the dateline, a description at most before it ("Insurance group <Firm>"): not "a delegation
    from <Firm> <TICK>", not the second firm of "<Firm> <TICK> and <Firm> <TICK>"."""
    opening = next((i for i in range(tok.i, max(tok.i - 3, 0), -1) if doc[i].text == "<"), None)
    if opening is None or any(doc[i].text == ">" for i in range(opening, tok.i)):
        return None
    text = text_of(doc)  # Doc.text would join every token again, twice
    if not BRACKETED_TICKER.fullmatch(text, doc[opening].idx, text.find(">", doc[opening].idx) + 1):
        return None
    name = orgs.get(opening - 1)
    first = opening - 1
    while first > 0 and orgs.get(first - 1) == name:
        first -= 1
    if name is None or first > 0 and not doc[first - 1].whitespace_:
        return None
    sent = doc[first].sent
    before = list(doc[sent.start : first])
    dash = max((t.i for t in before if t.text in ("-", "--", "—")), default=sent.start - 1)
    if any(t.pos_ in ("ADP", "CCONJ", "VERB", "AUX") or t.text in ("<", ">") for t in before if t.i > dash):
        return None
    return name


def _named_elsewhere(doc: Doc, subject: Token, names: set[str]) -> str | None:
    """The organisation's name the subject's words open with: "Brooklyn Union Gas <BU>" -> "Brooklyn Union"."""
    start = subject.left_edge.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
        start -= 1  # the parse may leave the first word of the name out of the subject ("Norcen | Energy said")
    words = []
    for t in doc[start : subject.i + 1]:
        if t.text == "<" or not (t.pos_ == "PROPN" or t.text == "-" and not t.whitespace_):
            break
        words.append(t)
    for end in range(len(words), 0, -1):
        name = doc[words[0].i : words[0].i + end].text if words else ""
        if name in names:
            return name
    return None


# the words of a central bank's own name, beside "Bank of <Country>": "Central Bank of Kenya", "Reserve Bank of India"
_CENTRAL_BANK_WORDS = ({"central", "bank"}, {"reserve", "bank"}, {"bundesbank"}, {"riksbank"}, {"norges", "bank"},
                       {"federal", "reserve"})
_CENTRAL_BANK_TEXT = re.compile(r"\bcentral bank\b", re.IGNORECASE)


def _governors_bank(doc: Doc, start: int, orgs: dict[int, str], story) -> str | None:
    """The one central bank the article names, for "Governor <Name>" or "Deputy Governor <Name>" with no body run
    into the title, in a story about that bank or an article that speaks of a central bank ("The Kenyan central
    bank held its rate ... Governor <Name> said"); not a state's governor, in an article with no central bank."""
    if start < 1 or doc[start - 1].lower_ != "governor" or not doc[start - 1].is_title:
        return None
    at = start - 1
    if at > 0 and doc[at - 1].lower_ in ("deputy", "vice"):
        at -= 1
    if at > 0 and (doc[at - 1].is_title or doc[at - 1].is_upper) and not doc[at].is_sent_start:
        return None  # "Bank of Japan Governor ...", "Texas Governor ...": the words before say whose
    if story() is not None and _central_bank_name(story()):
        return story()  # "The Bank of Canada cut its key rate ... Governor <Name> said"
    text = text_of(doc)
    if not _CENTRAL_BANK_TEXT.search(text):
        return None
    banks = {name for name in orgs.values() if _central_bank_name(name)}
    if len(banks) != 1:
        return None
    bank = next(iter(banks))
    # "the Philippine central bank" is no "U.S. Federal Reserve" named in passing: a country the bank's name holds
    # is one the article's "<Country> central bank" names, when it names any
    countries = {_stem(w) for w in bank.replace("'s", "").split() if w == "U.S." or gazetteer.country_code(w)}
    whose = {_stem(q.group(1)) for q in _CENTRAL_BANK_OF.finditer(text) if gazetteer.country_code(q.group(1)) or
             gazetteer.nationality_adjective(q.group(1)) or q.group(1) in ("U.S.", "US")}
    return bank if not countries or not whose or countries & whose else None


# the country word before "central bank": "the Kenyan central bank", "Hungary's central bank", "the U.S. central bank"
_CENTRAL_BANK_OF = re.compile(r"\b([A-Z][\w.]*?)(?:'s|’s)? central bank\b")


def _stem(word: str) -> str:
    """A country's name and its adjective alike: "Kenya" and "Kenyan" -> "keny"; "U.S." and "US" -> "us"."""
    return word.replace(".", "").lower()[:4]


def _central_bank_name(name: str) -> bool:
    """A central bank's name: "Central Bank of Kenya", "Reserve Bank of India", "Bank of Canada", "National Bank of
    Hungary", "Bundesbank"."""
    words = [fold(w) for w in name.split()]
    if any(kind <= set(words) for kind in _CENTRAL_BANK_WORDS):
        return True
    at = 1 if words[:1] == ["national"] else 0
    # not "Bank of America", a firm: the continent's name the gazetteer reads as the United States'
    return len(words) >= at + 3 and words[at : at + 2] == ["bank", "of"] and words[at + 2] != "america" and \
        gazetteer.country_code(" ".join(name.split()[at + 2 :])) is not None
