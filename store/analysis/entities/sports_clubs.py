"""Clubs named after their town in a match report: "Riverton defeated Hillcrest 31-12", "a 20 points to 6 win over
Hillcrest", "Hillcrest coach Ann Lee". The model reads such a name as the town or as a person; the report names the
club (an organisation, as the names' rulings say of sports clubs named after places). A name is a club's where it
plays a result with a score ("X beat Y 3-1", "knocked off Y 32-22", "a 22 points to 10 win over Y") or a coach or a
player of its team is named after it, or the name is a town's with a word clubs close their names with ("Riverton
Rovers", "Hillcrest City", "Oakvale Sharks"), or it is written with the letters clubs open or close their names with
("SC Riverton", "Hillcrest CF": the whole is the club's name), or it takes a plural verb as a side does ("Hillcrest
have signed"), or it is listed with a club or drawn against another side ("Riverton, Hillcrest and Oakvale",
"Riverton v Hillcrest"), or it has players, a side, team-mates, fans or staff ("a Riverton player", "his Riverton
team-mate") or a side plays against it ("on his debut against Riverton"), or a squad's list gives it in brackets
after a player ("A Lee (Riverton)"); every mention of that name in the article is then the club.
Only in an article about a sport; a country's name is left alone (a national side is written as the country), and so
is a person named in full. A score the model ran into the name ("Hillcrest 43-5") is no part of it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc, Token

from .. import doctext
from ..types import NUMERIC_LABELS
from . import gazetteer
from .kinds import opens_with_first_name
from .mentions import Mention, covered, mention_of
from .names import is_first_name
from .peoples_kinds import country_adjective
from .referents import key
from .vocabulary import HEADS, POSSESSIVE

_SPORTS = {"rugby", "football", "soccer", "cricket", "hockey", "netball", "basketball", "baseball", "handball",
           "volleyball", "lacrosse", "softball", "futsal"}
# a football report may name its game only by its players, its league or its governors; enough to read a club's
# name, though not to keep a state's name the model took for a body as the state's side (`state_names`)
_FOOTBALL = {"footballer", "footballers", "midfield", "premiership", "uefa", "fifa"}
# a report of a club cup tie may name no game and no post, only the competition the sides meet in
_COMPETITIONS = {("champions", "league"), ("premier", "league"), ("fa", "cup"), ("league", "cup"), ("carling", "cup"),
                 ("uefa", "cup"), ("world", "cup")}
# rugby's competitions, whose words in lower case say nothing of a game ("the six nations at the talks")
_NAMED_COMPETITIONS = {("Six", "Nations"), ("Heineken", "Cup"), ("Celtic", "League")}
# a result between two sides, the winner named first ("Riverton thrashed Hillcrest 40-3")
_RESULTS = {("defeat",), ("defeats",), ("defeated",), ("beat",), ("beats",), ("thrashed",), ("edged",), ("downed",),
            ("trounced",), ("overcame",), ("routed",), ("crushed",), ("upset",), ("hammered",), ("edged", "out"),
            ("knocked", "off"), ("knocked", "of"), ("drew", "with"), ("lost", "to"), ("fell", "to"), ("draw", "with")}
# "a 22 points to 10 win over Hillcrest": the score comes first, then the side beaten
_RESULT_NOUNS = {("win", "over"), ("victory", "over"), ("loss", "to"), ("defeat", "to"), ("defeat", "by"),
                 ("draw", "with"), ("win", "against"), ("victory", "against")}
# a post in a side, between its name and a person's ("Hillcrest coach Ann Lee", "Riverton half back Bo Tan")
_POSTS = {("coach",), ("captain",), ("skipper",), ("halfback",), ("fullback",), ("winger",), ("hooker",), ("flanker",),
          ("striker",), ("midfielder",), ("goalkeeper",), ("assistant", "coach"), ("head", "coach"), ("half", "back"),
          ("five", "eighth")}
# a post in a side alone ("Riverton striker Ann Lee", "Riverton manager Ann Lee"): the first kind also says that the
# article is about a sport, the second only counts in one
_SPORT_POSTS = HEADS["sport_posts"]
_SIDE_POSTS = HEADS["sport_posts"] | HEADS["side_posts"]
_CLUB_ENDS = HEADS["club_ends"]
_OPENERS = {w for phrase in _RESULTS | _RESULT_NOUNS | _POSTS for w in phrase[:1]} | _SIDE_POSTS
_HOME_NATIONS = {"England", "Scotland", "Wales", "Northern Ireland", "Great Britain"}  # a side written as its country
_BODIES = {"union", "league", "association", "federation", "conference", "club"}
# a side takes a plural verb in British copy ("Riverton have signed", "Hillcrest are top"), a town or a person never
_PLURAL_VERBS = {"have", "are", "were", "'ve", "'re"}
_JOINED = {"and", "or", "nor", "&", "both", "either", "neither"}  # "Riverton and Hillcrest are": the two together
# sides listed together ("Riverton, Hillcrest and Oakvale", "Riverton or Hillcrest"), or drawn against each other
# ("Riverton v Hillcrest")
_LINKS = {"and", "or", "&", "v", "vs", "v.", "vs."}
_AGAINST = {"v", "vs", "v.", "vs."}
_NOT_NAMES = frozenset(HEADS["not_names"])
# "the Republic have played": a national side by its country's closing word, no club
_COUNTRY_CLOSERS = {"republic", "kingdom", "states", "islands", "emirates"}
_READ_AS_TOWNS_OR_PERSONS = {"PERSON", "GPE", "LOC", "ORG"}  # not a games' name in a list of them (EVENT)
_SCORE = re.compile(r"\d+\s*(?:[–-]|points? to)\s*\d+")
_SCORE_TOKEN = re.compile(r"\d+[–-]\d+")


def _phrase(low: list[str], at: int, phrases: set[tuple[str, ...]]) -> int:
    """The length of the phrase of `phrases` the words from `at` on open with, else 0."""
    for n in (2, 1):
        if at + n <= len(low) and tuple(low[at:at + n]) in phrases:
            return n  # a slice past the end is shorter: the last word alone is no two-word phrase
    return 0


def _no_country(name: str) -> bool:
    """A national side is written as its country, and its players by their country's adjective ("South African
    captain Ann Lee"): neither is a club."""
    return not gazetteer.country_code(name) and name not in _HOME_NATIONS and not country_adjective(name) \
        and not gazetteer.adjective_of_a_country(name)


def _named_as_a_club(words: tuple[str, ...], places: frozenset[str]) -> bool:
    """A town's name before a word clubs close their names with ("Riverton Rovers", "Hillcrest City"); not a town
    that ends in such a word itself ("Kansas City", "Cape Town")."""
    if len(words) < 2 or words[-1] not in _CLUB_ENDS:
        return False
    town = " ".join(words[:-1])
    return (town in gazetteer.towns() or town in gazetteer.villages()) and not gazetteer.is_place(" ".join(words),
                                                                                                   places)


def _listed_with_a_club(doc: Doc, mentions: list[Mention], clubs: dict[tuple[str, ...], tuple[str, ...]],
                        untagged: Callable[[int], tuple[str, ...] | None]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """A name listed with a club ("Riverton, Hillcrest and Oakvale", "Riverton or Hillcrest") is a club too, as is
    either side of a fixture ("Riverton v Hillcrest"): the model reads a side named after its town as the town, and a
    side with no town's name as a person. A list is read where its last link is a word, not a bare comma ("In Riverton,
    Hillcrest"); a person's surname the article gives in full, a first name, a place no town is, stay out of it."""
    low, toks = doctext.lowers(doc), doctext.tokens(doc)
    by_start = {m.start: m for m in mentions}
    surnames = {key(m.words[-1:]) for m in mentions if m.label == "PERSON" and len(m.words) > 1}
    # a club the model itself took for an organisation is one the article names more than once, and more often as
    # one than as a person: the model reads a player's surname as a body now and then (in a list of scorers)
    orgs = Counter(key(m.words) for m in mentions if m.label == "ORG" and m.words[-1].lower() not in _BODIES
                   and not m.words[-1].isupper())
    persons = Counter(key(m.words) for m in mentions if m.label == "PERSON")
    known = set(clubs) | {k for k, n in orgs.items() if n > 1 and n > persons[k]}

    def element(i: int) -> tuple[tuple[str, ...], int] | None:
        m = by_start.get(i)
        if m is not None:
            if m.label not in _READ_AS_TOWNS_OR_PERSONS or m.role or any(w[:1].islower() for w in m.words):
                return None
            return m.words, m.end
        words = untagged(i)
        if words and any(0 <= j < len(low) and toks[j].is_title and toks[j].is_alpha for j in (i - 1, i + 1)):
            return None  # a word of a longer name on a line of fixtures, whose first word opens a sentence ("Man Utd")
        return (words, i + 1) if words else None

    runs: list[tuple[list[tuple[str, ...]], list[str]]] = []
    i = 0
    while i < len(low):
        first = element(i)
        if first is None:
            i += 1
            continue
        run, links, at = [first[0]], [], first[1]
        while at < len(low):
            n = 2 if low[at] == "," and at + 1 < len(low) and low[at + 1] in _LINKS else 1
            link = low[at + n - 1]
            if link not in _LINKS | {","}:
                break
            nxt = element(at + n)
            if nxt is None:
                break
            run.append(nxt[0])
            links.append(link)
            at = nxt[1]
        i = at if len(run) > 1 else i + 1
        if len(run) > 1 and links[-1] != ",":
            runs.append((run, links))
    # the sides of a fixture are clubs wherever the article lists them
    fixtures = {key(w) for run, links in runs if _AGAINST.intersection(links) for w in run}
    if not (clubs or fixtures or about_a_sport(doc)):
        return {}  # a premiership is a prime minister's term too: "the member for <borough> and Chelsea"
    known.update(fixtures)
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    for run, _links in runs:
        keys = [key(w) for w in run]
        if not known.intersection(keys):
            continue
        for k, w in zip(keys, run):
            if k not in surnames and not (len(w) == 1 and is_first_name(w[0])) \
                    and " ".join(w) not in gazetteer.continents() and not opens_with_first_name(w):
                found[k] = w
    return found


def about_a_sport(doc: Doc) -> bool:
    low = doctext.lowers(doc)
    return bool(_SPORTS.intersection(low) or _SPORT_POSTS.intersection(low))


class _Sides:
    """The words of one report a side may be named by: a mention, or a one-word name the model left untagged."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc, self.text = doc, doctext.text_of(doc)
        self.low, self.toks, self.pos = doctext.lowers(doc), doctext.tokens(doc), doctext.column(doc, "POS")
        self.mentions = mentions
        self.by_start = {m.start: m for m in mentions}
        self.by_end = {m.end: m for m in mentions}
        self.taken = covered(mentions)

    def untagged(self, i: int) -> tuple[str, ...] | None:  # a one-word name the model left untagged ("Oakvale")
        low, toks, pos = self.low, self.toks, self.pos
        if 0 <= i < len(low) and i not in self.taken and pos[i] == "PROPN" and toks[i].is_title and toks[i].is_alpha \
                and not (i and pos[i - 1] == "PROPN" and toks[i - 1].is_title and not toks[i - 1].is_sent_start):
            # not the end of a longer name ("Riverton United boss"); a sentence's capitalised first word is none
            return (toks[i].text,)
        return None

    def after(self, i: int) -> tuple[tuple[str, ...], int] | None:
        m = self.by_start.get(i)
        if m is not None:
            return m.words, m.end
        words = self.untagged(i)
        return (words, i + 1) if words else None

    def before(self, i: int) -> tuple[str, ...] | None:
        m = self.by_end.get(i)
        return m.words if m is not None else self.untagged(i - 1)

    def scored_after(self, end: int) -> bool:
        at = self.toks[end - 1].idx + len(self.toks[end - 1].text)
        return bool(_SCORE.match(self.text[at:at + 30].lstrip()))


def _without_scores(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    low, toks = doctext.lowers(doc), doctext.tokens(doc)
    out: list[Mention] = []
    for m in mentions:  # "Hillcrest 43-5": the score the model ran into the name is no part of it
        if m.end - m.start > 1 and _SCORE_TOKEN.fullmatch(toks[m.end - 1].text):
            m = mention_of(doc[m.start:m.end - 1], m.label, m.role, m.affiliation)
        if m.end - m.start > 3 and low[m.start] == "round" and toks[m.start + 1].like_num:
            # "their Round 4 Coast Rugby Union match": the round of the season is no part of the league's name
            m = mention_of(doc[m.start + 2:m.end], "ORG" if low[m.end - 1] in _BODIES else m.label, m.role,
                           m.affiliation)
        out.append(m)
    return out


def _by_results_and_posts(sides: _Sides, clubs: dict[tuple[str, ...], tuple[str, ...]]) -> None:
    low, toks, doc, text = sides.low, sides.toks, sides.doc, sides.text
    for i, word in enumerate(low):
        if word not in _OPENERS:
            continue
        n = _phrase(low, i, _RESULTS)
        if n:
            winner, loser = sides.before(i), sides.after(i + n)
            if winner and loser and sides.scored_after(loser[1]):
                clubs.update({key(winner): winner, key(loser[0]): loser[0]})  # "Riverton defeated Hillcrest 45-24"
        if tuple(low[i:i + 2]) in _RESULT_NOUNS:
            loser = sides.after(i + 2)
            if loser and _SCORE.search(text[max(0, toks[i].idx - 30):toks[i].idx]):
                clubs[key(loser[0])] = loser[0]  # "a 22 points to 10 win over Hillcrest"
        n = _phrase(low, i, _POSTS) or int(word in _SIDE_POSTS)
        if n and all(toks[j].is_lower for j in range(i, i + n)):
            side, person = sides.before(i), sides.by_start.get(i + n)
            titled = sides.by_start.get(i + n + 1)
            if person is None and titled is not None and titled.role == doc[i + n].text:
                person = titled  # "Riverton manager Sir Ann Lee": the title is the person's role, no part of the name
            if side and person is not None and person.label == "PERSON" and toks[i - 1].tag_ != "JJ":
                clubs[key(side)] = side  # "Hillcrest coach Ann Lee"; not "Iranian striker Ann Lee"


_MEMBER_WORDS = "|".join(re.escape(w) for w in sorted(HEADS["side_members"], key=len, reverse=True))
_MEMBERS = re.compile(r"\s+(?:" + _MEMBER_WORDS + r")\b(?!-)")  # not "the Riverton side-line"


def _by_members_and_opponents(sides: _Sides, clubs: dict[tuple[str, ...], tuple[str, ...]]) -> None:
    """'a Riverton player', 'his Riverton team-mate', 'Riverton chief executive Ann Lee': a town has no players or
    staff, its club has; and a report's 'against Riverton' names the side played, where the venue is 'in' or 'at'
    Riverton."""
    text, low = sides.text, sides.low
    # "Rovers fans" after "Harwick Rovers": the closing word of a longer name, which names the club by that name
    closing = {key(m.words[-1:]) for m in sides.mentions if len(m.words) > 1}
    for m in sides.mentions:
        if m.label not in _READ_AS_TOWNS_OR_PERSONS or len(m.words) > 1 and m.label == "PERSON" \
                or key(m.words) in closing:
            continue
        end = sides.toks[m.end - 1].idx + len(sides.toks[m.end - 1].text)
        # not "against Ann's friends": a person's side in a charity match is no club
        if _MEMBERS.match(text, end) or m.start and low[m.start - 1] == "against" and not (
                m.end < len(low) and low[m.end] in POSSESSIVE):
            clubs[key(m.words)] = m.words


def _by_plural_verbs(sides: _Sides, clubs: dict[tuple[str, ...], tuple[str, ...]]) -> None:
    low, pos, out = sides.low, sides.pos, sides.mentions
    for m in out:  # the side is the verb's subject: not "the top sides in Asia are"
        if m.end < len(low) and low[m.end] in _PLURAL_VERBS and m.label not in NUMERIC_LABELS | {"NORP"} \
                and not (m.start and (low[m.start - 1] in _JOINED or pos[m.start - 1] == "ADP")) \
                and all(w[:1].isupper() for w in m.words) and " ".join(m.words) not in gazetteer.continents() \
                and not (m.label == "PERSON" and len(m.words) > 1 and opens_with_first_name(m.words)):
            clubs[key(m.words)] = m.words
            # "the Ospreys are" after "the Riverton-Hillcrest Ospreys": the longer name the model took for a person's
            clubs.update({key(o.words): o.words for o in out if len(m.words) == 1 and len(o.words) > 1
                          and o.label == "PERSON" and key(o.words)[-1:] == key(m.words)
                          and not any(w.islower() for w in o.words)})  # not a fixture, "Riverton v Hillcrest United"
    # "Riverton have signed" where the model tagged no name at all; not a feast the model left untagged ("a quiet
    # Christmas are"), nor a national side by its country's closing word
    for i in range(len(low) - 1):
        words = sides.untagged(i)
        if words and low[i + 1] in _PLURAL_VERBS and not (i and (low[i - 1] in _JOINED or pos[i - 1] == "ADP")) \
                and not is_first_name(words[0]) and low[i] not in _NOT_NAMES and low[i] not in _COUNTRY_CLOSERS:
            clubs[key(words)] = words


def _in_brackets_after_players(sides: _Sides, clubs: dict[tuple[str, ...], tuple[str, ...]]) -> None:
    """A squad's list gives each player's club in brackets after the name ("A Lee (Riverton), B Tan (Hillcrest,
    capt)"): the name in them is a club's. The player is a person the model found, or a name opening with an initial,
    which the model may read as a place; not a first name alone, whose surname a quote may add in brackets ("we have
    gone for Ann (Lee)"), nor a short code a table gives for a country ("(Fra)", "(GB)")."""
    toks = sides.toks
    for i, tok in enumerate(toks):
        player = sides.by_end.get(i) if tok.text == "(" else None
        if player is None or not (player.label == "PERSON" or len(player.words) > 1 and len(player.words[0]) == 1
                                  and player.words[0].isupper()) \
                or len(player.words) == 1 and is_first_name(player.words[0]):
            continue
        found = sides.after(i + 1)
        if found is None or found[1] >= len(toks) or toks[found[1]].text not in (")", ","):
            continue
        side, named = found[0], sides.by_start.get(i + 1)
        if (named is None or named.label in _READ_AS_TOWNS_OR_PERSONS) and len(side[0]) > 3 \
                and all(w[:1].isupper() and not w.isupper() for w in side) and not is_first_name(side[0]):
            clubs[key(side)] = side


def _run_on(sides: _Sides) -> set[tuple[str, ...]]:
    """A dash set apart by spaces parts two things the model ran into one name ("the Cup - Riverton coach Ann Lee"),
    unlike the hyphen of "Riverton-Hillcrest"."""
    toks = sides.toks
    return {key(m.words) for m in sides.mentions
            if any(toks[j].text in ("-", "–", "—") and (j == m.start or toks[j - 1].whitespace_)
                   for j in range(m.start, m.end))}


def _relabelled(sides: _Sides, clubs: dict[tuple[str, ...], tuple[str, ...]],
                by_name: dict[tuple[str, ...], tuple[str, ...]]) -> list[Mention]:
    """Every mention of a club, and every untagged word naming one, as the club under its full name. "United" alone
    after "Riverton United": the club's closing word, which the model reads as a surname, names the club; not a
    nationality the model tags as one elsewhere ("Dutch"). Where a post made a club of the word alone too ("United
    boss Ann Lee"), it is still the full name's club once that is known by its closing word."""
    out, low, toks, pos, doc = sides.mentions, sides.low, sides.toks, sides.pos, sides.doc
    peoples = {key(m.words) for m in out if m.label == "NORP"}
    closing: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for k, w in clubs.items():
        if len(k) > 1 and not is_first_name(w[-1]) and (k[-1],) not in peoples and _no_country(w[-1]):
            closing.setdefault((k[-1],), []).append(w)
    full = {k: " ".join(ws[0]) for k, ws in closing.items() if len(ws) == 1 and (k not in clubs or by_name)}
    clubs.update({k: ws[0][-1:] for k, ws in closing.items() if k in full})
    # where it closes the names of two clubs ("Riverton United", "Hillcrest United"), it is the one named last before
    shared = {k for k, ws in closing.items() if len(ws) > 1 and by_name}
    clubs.update({k: ws[0][-1:] for k, ws in closing.items() if k in shared})
    last: dict[tuple[str, ...], str] = {}

    def full_name(m: Mention) -> str:
        k = key(m.words)
        if k in shared:
            return last.get(k) or next((" ".join(o.words) for o in out if o.start > m.start and len(o.words) > 1
                                        and key(o.words) in clubs and key(o.words)[-1:] == k), m.name)
        return full.get(k, m.name)

    named = [mention_of(doc[i:i + 1], "ORG") for i in range(len(low))
             if sides.untagged(i) and key((toks[i].text,)) in clubs
             and not (i + 1 < len(low) and pos[i + 1] == "PROPN" and toks[i + 1].is_title)]  # "the Hillcrest Citizen"
    for m in sorted(out + named, key=lambda m: m.start):
        if key(m.words) in clubs and m.label not in NUMERIC_LABELS and (key(m.words) in by_name or not (
                m.label == "PERSON" and (m.role or len(m.words) > 1 and opens_with_first_name(m.words)))):
            m.label = "ORG"
            m.name = full_name(m)
            if len(m.words) > 1:
                last[key(m.words)[-1:]] = m.name
    return sorted(out + named, key=lambda m: m.start) if named else out


_GAME = "newsreader_reports_a_game"


def reports_a_game(doc: Doc) -> bool:
    """Whether the article names a sport, a sport's post, a football word or a club competition (rugby's as written,
    capitalised): a report of a game, where a town's name may be its club's. Read once per Doc: the competitions
    and the clubs both ask, and each answer scans every word."""
    found = doc.user_data.get(_GAME)
    if found is None:
        low, words = doctext.lowers(doc), doctext.column(doc, "ORTH")
        found = doc.user_data[_GAME] = about_a_sport(doc) or bool(
            _FOOTBALL.intersection(low) or _COMPETITIONS.intersection(pairwise(low))
            or _NAMED_COMPETITIONS.intersection(pairwise(words)))
    return found


# two sets' scores in a row ("6-4 3-6"): a tennis report, which may name neither its game nor a side
# (the look-behind after the first digit, so the search tries it only where a digit stands: the same matches)
_SET_SCORES = re.compile(r"[0-7](?<![\d.,£$€-][0-7])-[0-7] [0-7]-[0-7](?![\d-])")
_SPORT = "newsreader_reports_a_sport"


def reports_a_sport(doc: Doc) -> bool:
    """A report of a game, or of a sport persons play or run alone, which names no side or post: by its word
    ('tennis', 'sprinter': heads.json individual_sports) or by a tennis score. Read once per Doc, as reports_a_game
    is: the competitions and the players both ask."""
    found = doc.user_data.get(_SPORT)
    if found is None:
        found = doc.user_data[_SPORT] = reports_a_game(doc) or bool(
            HEADS["individual_sports"].intersection(doctext.lowers(doc)) or _SET_SCORES.search(doctext.text_of(doc)))
    return found


_CLUB_FORMS = HEADS["club_forms"]
# a post after a club's letters is the next person's, no word of the club's name ("Hillcrest FC Chairman Ann Lee")
_POST_WORDS = HEADS["jobs"] | _SIDE_POSTS | {w for phrase in _POSTS for w in phrase}


def _name_word(tok: Token) -> bool:
    """A capitalised word of a club's name ("Union", "Bègles", "Ernest-Wallon"), not a number or a stop word."""
    return tok.text[:1].isupper() and not tok.is_punct and not tok.is_stop and not tok.like_num \
        and any(c.islower() for c in tok.text)


def _named_with_a_form(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A club's name with the letters clubs open or close it with ("SC Riverton", "1. FC Hillcrest Town", "Oakvale
    CF", "Riverton BK"): the model cuts it, tags the letters alone or reads the rest as the town or a person. The
    letters and the capitalised words they stand against (three at most) are one club's name, an organisation, and
    the mentions inside it are no names of their own; not a day or a number the model found beside it ("beat SC
    Riverton Sunday"), nor a name that runs past them into a mention the model found beyond. A word the article also
    writes in lower case is a common one ("FC Riverton Beat Hillcrest" in a headline's capitals), and a post or a
    person's full name is the person's ("Hillcrest FC Chairman Ann Lee"): the name stops before them."""
    toks = doctext.tokens(doc)
    numeric = {i for m in mentions if m.label in NUMERIC_LABELS for i in range(m.start, m.end)}
    common = {t.text for t in toks if t.is_lower and t.is_alpha}
    # not a "person" the model ran the letters into ("Valencia CF")
    persons = {i for m in mentions if m.label == "PERSON" and len(m.words) > 1 and opens_with_first_name(m.words)
               and not _CLUB_FORMS.intersection(m.words) for i in range(m.start, m.end)}

    def word(i: int) -> bool:
        text = toks[i].text
        return i not in numeric and i not in persons and _name_word(toks[i]) and text.lower() not in _POST_WORDS \
            and not (text.lower() in common and text not in _CLUB_ENDS)

    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if tok.text not in _CLUB_FORMS or spans and spans[-1][1] > i:
            continue
        end = i + 1
        while end < len(toks) and end - i <= 3 and word(end):  # the parser may open a sentence there
            end += 1
        start = i
        if end == i + 1:  # no words after the letters: they close the name ("Oakvale CF")
            # the parser may open a sentence at the letters themselves, not at a word of the name before them
            while start > 0 and i - start < 3 and word(start - 1) and (start == i or not toks[start].is_sent_start):
                start -= 1
        elif i >= 2 and toks[i - 1].text == "." and toks[i - 2].text.isdigit():
            start = i - 2  # "1. FC Hillcrest": the club's number opens its name
        elif i and toks[i - 1].text.endswith(".") and toks[i - 1].text[:-1].isdigit():
            start = i - 1
        if end - start > 1:
            spans.append((start, end))
    if not spans:
        return mentions
    inside = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
    # a mention the span cuts through ("Hillcrest Town Hall" past "FC Hillcrest Town"): the span is no club's name
    spans = [(a, b) for a, b in spans if not any(m.start < a < m.end or m.start < b < m.end for m in inside)]
    out = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
    out += [mention_of(doc[a:b], "ORG") for a, b in spans]
    return sorted(out, key=lambda m: m.start)


def sports_clubs(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    if not reports_a_game(doc):
        return mentions
    sides = _Sides(doc, _named_with_a_form(doc, _without_scores(doc, mentions)))
    clubs: dict[tuple[str, ...], tuple[str, ...]] = {}  # a club's key: its words
    _by_results_and_posts(sides, clubs)
    # the model reads "Riverton Rovers" as a person as often as "Riverton" alone, with no post or score beside it
    by_name = {key(m.words): m.words for m in sides.mentions if m.label not in NUMERIC_LABELS
               and _named_as_a_club(m.words, places)}
    clubs.update(by_name)
    _by_plural_verbs(sides, clubs)
    _by_members_and_opponents(sides, clubs)
    _in_brackets_after_players(sides, clubs)
    clubs.update(_listed_with_a_club(doc, sides.mentions, clubs, sides.untagged))
    run_on = _run_on(sides)
    clubs = {k: w for k, w in clubs.items() if _no_country(" ".join(w)) and k not in run_on}
    if not clubs:
        return sides.mentions
    return _relabelled(sides, clubs, by_name)
