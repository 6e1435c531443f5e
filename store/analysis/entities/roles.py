"""Titles and jobs taken off a person's name: "Chief Superintendent Ana Ruiz" is Ana Ruiz, role "Chief
Superintendent" (DESIGN.md, "Canonical names"). What the article says around the name is in `descriptions`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..doctext import text_between
from .gazetteer import adjective_of_a_country, is_place, places, towns
from .names import is_first_name
from .vocabulary import HEADS, MAX_TITLE_WORDS, ROLE_ENDINGS, TITLES


def is_job_word(word: str) -> bool:
    """A capitalised word before a name that is a job, not a first name: "Immunologist", "Ecologist"."""
    return word[:1].isupper() and word.isalpha() and word.lower().endswith(ROLE_ENDINGS) and \
        word.lower() not in NOT_JOBS and not is_first_name(word) and not adjective_of_a_country(word)  # "Russian"


def of_a_place(doc: Doc, at: int) -> bool:
    """'New Zealander', 'New Yorker': the word at `at` names someone from a place whose name is the word before and
    this word's stem; it ends like a job ('-er') but says where the person is from (names README: no nationality as
    a role), which the reader saw as a post 'Zealander'."""
    word = doc[at].text
    if not at or not word.endswith("er") or not doc[at - 1].text.istitle() or len(word) < 5:
        return False
    return is_place(f"{doc[at - 1].text} {word[:-2]}", places())


def letters_after_a_name(token: Token) -> bool:
    """Two to four capitals, as a seat or an honour is written after a name ('<Name> MSP', 'QC', 'OBE'): the parse
    makes them the head of the name before them, so a reading of the name's role in its sentence starts there."""
    return token.is_upper and token.is_alpha and 2 <= len(token) <= 4


# words ending like a job that open a sentence before a name: "After Mugabe fired his deputy"
NOT_JOBS = {"after", "other", "another", "however", "never", "either", "neither", "under", "over", "whether", "rather",
            "further", "together", "ever", "later", "per", "for", "nor", "or", "whenever", "wherever", "whoever",
            "meanwhile", "before", "since", "as", "first", "most", "last", "almost", "upper", "outer", "inner",
            "former", "latter", "prior", "minor", "major", "senior", "junior", "creative", "native", "active"}


# titles that say how to address a person, not what post they hold at an organisation
FORMS_OF_ADDRESS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord", "comrade",
                    "cde", "rev.", "reverend", "sheikh", "sheik"}


def before_address(doc: Doc, start: int) -> int:
    """Where the forms of address before a name open ("Chairman Sir Peter Walters" -> "Sir"); `start` if none."""
    while start > 1 and doc[start - 1].lower_ in FORMS_OF_ADDRESS:
        start -= 1
    return start


def hyphenated_word(doc: Doc, end: int) -> int:
    """Where the word joined by hyphens that ends at token `end` opens ("vice-president", "chairman-elect": the
    tokenizer splits them); `end` itself for a word without one."""
    at = end
    while at >= 2 and doc[at - 1].text == "-" and not doc[at - 1].whitespace_ and not doc[at - 2].whitespace_ and \
            doc[at - 2].is_alpha and doc[at].is_alpha:
        at -= 2
    return at


def title_at_start(doc: Doc, start: int, end: int) -> int:
    """The index after the titles and jobs that open a name ("Chief Superintendent Ana Ruiz",
    "Immunologist Kristian Andersen"), or 0. A name keeps at least two words."""
    at = start
    while end - at > 2 or (end - at == 2 and at == start):
        for n in range(min(MAX_TITLE_WORDS, end - at - 1), 0, -1):
            if text_between(doc, at, at + n).lower() in TITLES:
                at += n
                break
        else:
            # "Schroeder-Hohenwarth": a word joined to the next by a hyphen is the first half of a surname
            if not (end - at > 2 and is_job_word(doc[at].text) and doc[at].whitespace_):
                break
            at += 1
    return at if at > start else 0


def title_inside(doc: Doc, start: int, end: int) -> int:
    """The index after a title that ends a longer role inside a person's name: "Political Science
    Professor Mitsuru Uchida" -> Mitsuru Uchida, role "Political Science Professor". The name after it
    keeps two words, the first a first name; else 0."""
    for at in range(end - 2, start, -1):
        if _title_ending_at(doc, at, start) is not None:
            return at if is_first_name(doc[at].text) else 0
    return 0


# every ending of a title: a span of words before a name can be a title only if the last word ends one
_TITLE_ENDINGS = frozenset(t[i:] for t in TITLES for i in range(len(t)))


def title_before(doc: Doc, start: int) -> str | None:
    if not start or doc[start - 1].lower_ not in _TITLE_ENDINGS:
        return None  # (checked first: the spans below cost a Token and a string each, for every mention)
    if (paired := _paired_officers_post(doc, start)) is not None:
        return paired
    title = _title_ending_at(doc, start)
    if title is None:
        return None
    # the whole word when the title ends one joined by hyphens: "executive-secretary", "ex-president"
    opening = min(post_opening(doc, title), hyphenated_word(doc, start - 1), _chief_of(doc, title),
                  _field_of(doc, title), _leader_in_a_chamber(doc, start - 1), whole_post_opening(doc, start - 1))
    opening = _officers_post_before(doc, opening, start)
    if text_between(doc, title, start).lower() not in FORMS_OF_ADDRESS:
        opening = _stand_in_before(doc, opening)  # not "chief executive Sir Ian Reed": "Sir" is no post
        if (level := _level_or_side_before(doc, opening)) < opening:
            opening = _stand_in_before(doc, level)  # "deputy regional governor"
    post = doc[opening:start].text
    if whole_post_opening(doc, start - 1) < start - 1:
        return post  # a post the whole-posts lexicon names is given as it writes it (tests of whole posts)
    former = _no_longer_held(doc, opening)
    return post if former is None else f"{former}{post}" if former.endswith("-") else f"{former} {post}"


# a post its holder has left: "former Mayor <Name>" is a former mayor, not the mayor, and dev gold keeps the word
_NO_LONGER = {"former"}


def _no_longer_held(doc: Doc, opening: int) -> str | None:
    """'former' (or 'ex' joined by a hyphen) right before the post, or before the place or nationality that opens it
    ("former Chicago Mayor", "Ex-Prime Minister", "former Israeli Prime Minister"): the word as written; else None."""
    at = opening
    while at > 0 and doc[at - 1].ent_type_ in ("GPE", "NORP") and doc[at - 1].text[:1].isupper():
        at -= 1  # a place or a nationality is no part of the role (names README), the word before it still is
    if at >= 2 and doc[at - 1].text == "-" and not doc[at - 1].whitespace_ and not doc[at - 2].whitespace_ \
            and doc[at - 2].lower_ == "ex":
        return doc[at - 2].text + "-"
    if at > 0 and doc[at - 1].lower_ in _NO_LONGER:
        return doc[at - 1].text
    return None


# the words before a post that say at which level of government it is held or on which side its holder stands:
# "regional Deputy Governor", "Provincial Governor", "federal prosecutor", "independent candidate" are the role as
# the article gives it (names README), where the post alone was shown; fewer levels than _LEVELS_OF_GOVERNMENT below,
# whose "state", "national", "city" before a capitalised post are as often a name's first word ("State Department")
_LEVELS_AND_SIDES = {"regional", "provincial", "federal", "municipal", "independent", "opposition"}


def _level_or_side_before(doc: Doc, opening: int) -> int:
    """Where the post opens with such a word right before it: in lower case, or capitalised before a capitalised
    post after a word in lower case ("said Regional President <Name>"), or before a lower-case post only for opening
    the sentence; never a word of a longer name ("Federal Reserve Chairman" ends at "Reserve")."""
    if opening == 0:
        return opening
    word, post = doc[opening - 1], doc[opening]
    if word.lower_ not in _LEVELS_AND_SIDES or not word.is_alpha or word.whitespace_ == "":
        return opening
    if word.is_lower:
        return opening - 1
    if not word.is_title:
        return opening
    if post.is_lower:
        return opening - 1 if word.is_sent_start else opening
    # a capitalised post: only after a word in lower case ("said Regional President <Name>"), as a name's words or a
    # sentence's opening ("Regional Inspector <Name> said") leave it in doubt
    before = doc[opening - 2] if opening >= 2 else None
    return opening - 1 if before is not None and before.is_lower and before.is_alpha else opening


def _title_ending_at(doc: Doc, end: int, floor: int = 0) -> int | None:
    """Where the longest title (titles.json) that ends at token `end` and opens at `floor` or after opens; None."""
    for n in range(min(MAX_TITLE_WORDS, end - floor), 0, -1):
        if text_between(doc, end - n, end).lower() in TITLES:
            return end - n
    return None


# the words between a chamber and 'Leader' that say whose leader the post is: a side's, in any case ("Majority",
# "majority"), or a party's, capitalised
_CHAMBER_SIDES = HEADS["chamber_sides"]
_CHAMBER_PARTIES = HEADS["party_labels"] | HEADS["party_members"]


def _leader_in_a_chamber(doc: Doc, at: int) -> int:
    """Where the post opens when a chamber and a side of it run into 'Leader': "Senate Majority Leader", "House
    Republican leader", "Senate majority leader" is one post, the leader of that side in that chamber; "Leader" or
    "majority leader" alone the reader saw as less than the post. Only the chamber capitalised, right before the
    side."""
    if doc[at].lower_ != "leader" or at < 2 or doc[at - 2].text not in HEADS["chambers"] or \
            doc[at - 1].lower_ not in _CHAMBER_SIDES and doc[at - 1].text not in _CHAMBER_PARTIES:
        return at
    return at - 2


# the last words of a firm officer's posts, which an officer holds two of at once: "Chairman and Chief Executive
# Officer <Name>", "president and chief operating officer <Name>"
_OFFICERS = HEADS["officer_posts"] | HEADS["head_posts"]


def _officers_post_before(doc: Doc, opening: int, start: int) -> int:
    """Where the first of two officer's posts joined by 'and' opens before a name: both are the role (names README:
    as the article gives it), where the reader showed the second alone; and a third set off by a comma before the
    two ("Chairman, President and Chief Executive Officer <Name>") is held as well."""
    if doc[start - 1].lower_ not in _OFFICERS:
        return opening
    earlier = _earlier_officers_post(doc, opening, "and")
    return _earlier_officers_post(doc, earlier, ",") if earlier < opening else opening


def _earlier_officers_post(doc: Doc, opening: int, joiner: str) -> int:
    """Where an officer's post written before `joiner`, itself just before the post opening at `opening`, opens;
    `opening` if there is none. Both posts in the same case, the earlier one a title."""
    if opening < 2 or doc[opening - 1].lower_ != joiner or doc[opening - 2].lower_ not in _OFFICERS or \
            doc[opening - 2].is_lower != doc[opening].is_lower:
        return opening
    first = _title_ending_at(doc, opening - 1)
    return opening if first is None else min(first, post_opening(doc, first))


# officers' posts that are no title alone (a lone one is a calling, which keeps its "former"), but are the second of
# two joined by 'and' before a name: "president and chief operating officer <Name>"
_PAIRED_POSTS = {tuple(post.split()) for post in HEADS["paired_officer_posts"]}
_PAIRED_POST_LENGTHS = sorted({len(post) for post in _PAIRED_POSTS})


def _paired_officers_post(doc: Doc, start: int) -> str | None:
    """Both posts when a paired post after 'and' and another officer's post runs into the name, where the parse
    joins the second post to the first and the reader showed no role."""
    for n in _PAIRED_POST_LENGTHS:
        if n < start and tuple(t.lower_ for t in doc[start - n : start]) in _PAIRED_POSTS and \
                (opening := _officers_post_before(doc, start - n, start)) < start - n:
            return doc[_stand_in_before(doc, opening) : start].text  # "Vice Chairman and Chief Financial Officer"
    return None


# the words that make a post a lesser or a stand-in one, in any case: "deputy Energy Minister", "central bank Vice
# Governor", "acting prime minister", an opposition's "Shadow home secretary"; without them the reader saw a deputy
# as the minister
_STAND_INS = {"deputy", "vice", "acting", "assistant", "associate", "senior", "executive", "shadow"}


def _stand_in_before(doc: Doc, at: int) -> int:
    """Where the post opens with the words before it that make it a deputy's or an acting holder's."""
    while at > 0 and doc[at - 1].lower_ in _STAND_INS:
        at -= 1
    if at > 0 and doc[at].lower_ in _STAND_INS and doc[at - 1].lower_ == "first" and \
            doc[at - 1].is_lower == doc[at].is_lower:
        at -= 1  # the first of several deputies: "First Vice Foreign Minister", "first deputy prime minister"
    return at


# nouns before a lower-case post that name the body it is held at, not the field: "police spokesman", "union
# president" keep the post alone (the body is the affiliation's)
_BODY_NOUNS = HEADS["bodies"] | HEADS["org_nouns"] | {"ministry", "department", "government", "exchange", "stock",
                                                      "office", "bureau", "army", "navy", "embassy", "court"}


def _field_of(doc: Doc, at: int) -> int:
    """Where a lower-case post opens with the lower-case words of its field that the parse joins to it: "foreign
    affairs spokesman", "monetary affairs secretary", "chief state prosecutor", "marketing manager", "energy and
    mines minister" (up to three words); the reader saw "spokesman", "secretary", "prosecutor" alone."""
    if not doc[at].is_lower:
        return at
    end = at
    while end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].is_alpha and doc[end].dep_ == "compound":
        end += 1  # the post's last word, which the words before hang on: "general manager"
    opening = at
    while opening > 0 and at - opening < 3:
        word = doc[opening - 1]
        joined = word.head.i in range(opening, end + 1)
        if word.dep_ == "conj" and opening >= 3 and doc[opening - 2].lower_ == "and" and \
                word.head.i == opening - 3 and word.head.head.i in range(opening, end + 1) and \
                all(t.is_lower and t.pos_ == "NOUN" and t.lower_ not in _BODY_NOUNS for t in (word, word.head)):
            opening -= 3  # two fields of one post: "energy and mines minister"
            continue
        if _portfolio_of(word, joined) or _opening_modifier(word, joined, opening, end) or \
                opening == at and _lone_body(word, joined):
            opening -= 1
            continue
        if not (word.is_lower and word.is_alpha and joined and word.lower_ not in _BODY_NOUNS and
                (word.pos_ == "NOUN" and word.dep_ in ("compound", "nmod") or
                 word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.i < end and word.head.i >= opening) or
                word.lower_ == "chief" and word.head.i <= end and word.head.i >= opening):
            break
        opening -= 1
    if opening < at and opening > 0 and doc[opening - 1].tag_ == "PRP":
        return at  # "as they eye captain Tom Reid": a verb after its subject, read as a noun
    return _whole_word(doc, opening, at)


def _whole_word(doc: Doc, opening: int, at: int) -> int:
    """The field's first word whole when the tokenizer split it at a hyphen: "e-commerce minister" (the reader
    showed "commerce minister"); a field glued to anything else is left out."""
    if opening == at or opening == 0 or doc[opening - 1].whitespace_ or doc[opening - 1].is_space:
        return opening
    if doc[opening - 1].text == "-" and (whole := hyphenated_word(doc, opening)) < opening:
        return opening if doc[whole].lower_ in WHEN_HELD else whole
    return at


# "then-vice president": when the post was held, no word of it (as "then-Sen." is "Sen.")
WHEN_HELD = {"then", "now"}


def _portfolio_of(word: Token, joined: bool) -> bool:
    """A portfolio the parse hangs on the post: "foreign secretary", an adjective the field rule leaves out; and,
    opening a sentence, capitalised only for that ("Home affairs spokesman <Name>", "Shadow foreign secretary
    <Name>"), where the reader cut the role after it."""
    return joined and word.is_alpha and word.lower_ in HEADS["portfolios"] and \
        (word.is_lower or word.is_sent_start and word.is_title and word.text not in _PARTY_OPENING_WORDS)


def _opening_modifier(word: Token, joined: bool, opening: int, end: int) -> bool:
    """A word that says what kind of post it is, capitalised only for opening the sentence: "Presiding judge",
    "Regional governor", "Political analyst" (the reader cut the role at the post, where the same words in lower
    case were kept). Never a name's word, a nationality or a party's, nor a town's name, which the parse may read
    as an adjective where it names a firm ("Harlow managing director <Name>" after a dateline); but a level of
    government is a post's own word though some town goes by it ("Federal judge", "State prosecutor")."""
    if not (joined and word.is_sent_start and word.is_title and word.is_alpha and opening <= word.head.i <= end and
            not word.ent_type_):
        return False
    if word.lower_ in _LEVELS_OF_GOVERNMENT:
        return word.pos_ in ("ADJ", "NOUN", "PROPN") and word.dep_ in ("amod", "compound", "nmod")
    return word.pos_ in ("ADJ", "VERB") and word.dep_ == "amod" and \
        not adjective_of_a_country(word.text) and word.text not in _PARTY_OPENING_WORDS and \
        word.text not in towns() and not is_place(word.text, places()) and not is_first_name(word.text)


# the levels of government and of a court a post is held at, which open a lower-case post as its own words ("federal
# judge", "state prosecutor", "district attorney") and some of which are also towns' names ("Federal")
_LEVELS_OF_GOVERNMENT = {"federal", "state", "regional", "national", "provincial", "municipal", "local", "district",
                         "county", "city"}


# the kinds of body a post is held in that say which post it is when written alone before it: "union leader",
# "committee chairman", "party leader", "board member" (a firm's "company" or a "police" spokesman says no more than
# the post)
_BODIES_IN_POSTS = frozenset(HEADS["bodies_named_in_posts"])


def _lone_body(word: Token, joined: bool) -> bool:
    """A body's noun alone right before the post, in lower case or capitalised only for opening the sentence
    ("Union leader <Name>"): the reader cut it off, and where the article names the body nowhere no
    affiliation kept it either. With a lower-case word before it ("central bank governor", "managing board
    chairman", "Senate banking committee chairman") the words name the body, which descriptions.body_before_post
    gives as the affiliation."""
    if not (joined and word.is_alpha and word.lower_ in _BODIES_IN_POSTS and word.pos_ in ("NOUN", "PROPN") and
            word.dep_ in ("compound", "nmod") and (word.is_lower and not word.ent_type_ or word.is_sent_start and
                                                   word.is_title and _alone_if_a_name(word))):
        return False
    before = word.doc[word.i - 1] if word.i else None
    return before is None or word.is_sent_start or not (
        (before.is_lower or before.is_sent_start) and before.is_alpha and before.dep_ in ("compound", "amod") and
        before.head.i >= word.i)


def _alone_if_a_name(word: Token) -> bool:
    """No name, or one of this word alone: the model tags a sentence's opening "Party" as an organisation."""
    return not word.ent_type_ or word.ent_iob_ == "B" and (word.i + 1 == len(word.doc) or
                                                           word.doc[word.i + 1].ent_iob_ != "I")


# capitalised, they open a party's name or label its members: "Labour foreign affairs spokesman" is the party's;
# as written, since only a capital opening a sentence is in doubt here, and with the openers ("Social"), which the
# other party sets (kinds, parties) leave out
_PARTY_OPENING_WORDS = set(HEADS["party_labels"]) | set(HEADS["party_openers"])


def _chief_of(doc: Doc, at: int) -> int:
    """'security chief Alexander Lebed', 'army chief': a lone 'chief' heads what the lower-case nouns before it
    name (up to two, joined to it by the parse); the role is all of it, not 'chief'."""
    if doc[at].lower_ != "chief" or not doc[at].is_lower:
        return at
    opening = at
    while opening > 0 and at - opening < 2:
        word = doc[opening - 1]
        if not (word.is_lower and word.is_alpha and word.pos_ == "NOUN" and word.dep_ == "compound"
                and word.head.i in range(opening, at + 1)):
            break
        opening -= 1
    return opening


# posts whose last word alone is another post or a title, as written in lower case: "First Lady" is no "Lady" (a form
# of address), "Postmaster General" no general, "special prosecutor" no public prosecutor
_WHOLE_POSTS = {tuple(post.split()) for post in HEADS["whole_posts"]}
_WHOLE_POST_WORDS = max(len(post) for post in _WHOLE_POSTS)


def whole_post_opening(doc: Doc, at: int) -> int:
    """Where the post opens when the word at `at` ends one of the whole posts, in any case; `at` if none."""
    for n in range(min(_WHOLE_POST_WORDS, at + 1), 1, -1):
        if tuple(t.lower_ for t in doc[at - n + 1 : at + 1]) in _WHOLE_POSTS:
            return at - n + 1
    return at


# the posts whose portfolio or rank is written into the title: "Commerce Secretary", "Chief Minister",
# "Trade Representative"; a spokesman's or an official's words before are the organisation's ("Pentagon spokesman")
_POSTS = HEADS["minister_posts"]
_RANKS = {"chief", "deputy", "assistant", "vice", "first", "general", "state"}
# a firm's officers' posts take their field in capitals as a minister's takes the portfolio: "Chief Financial Officer",
# "General Sales Manager", "Budget Director" (the reader saw "Officer", "Manager", "Director")
_FIELD_TITLED_POSTS = {"director", "manager", "officer"}


def post_opening(doc: Doc, at: int) -> int:
    """Where the whole title opens when capitalised portfolio or rank words run into the post: "Economic
    Planning Secretary Solita Monsod" has the role "Economic Planning Secretary", not "Secretary"; "Trade and Industry
    Minister" is one post, and so is a firm officer's post with its field ("Chief Financial Officer"). Never a
    place or an organisation's own name ("U.S. Trade Representative" is "Trade Representative")."""
    if (whole := whole_post_opening(doc, at)) < at:
        return whole
    officer = doc[at].lower_ in _FIELD_TITLED_POSTS and doc[at].is_title
    if doc[at].lower_ not in _POSTS and not officer:
        return at
    post = at
    while at > 0:
        word = doc[at - 1]
        if word.is_title and word.is_alpha and (word.lower_ in HEADS["portfolios"] or word.lower_ in _RANKS or
                                                word.lower_ in HEADS["post_fields"]):
            at -= 1
        elif word.lower_ == "and" and at >= 2 and doc[at].lower_ in HEADS["portfolios"] and \
                doc[at - 2].is_title and doc[at - 2].lower_ in HEADS["portfolios"]:
            at -= 1  # two portfolios in one post: "Trade and Industry Minister Hajime Tamura"
        else:
            break
    if officer and 0 < at < post and doc[at - 1].lower_ in ("and", "of") and doc[at].lower_ in HEADS["portfolios"]:
        return post  # "Office of Management and Budget Director": the word ends the body's name (not "President and
        # Chief Financial Officer")
    return at
