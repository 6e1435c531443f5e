"""The post a person speaks under: "<Name> said …" in the lead, then "The <Party> leader said …" for the same person.
The resolver gives the later quote to the person named, yet the Quotes panel showed the person with no role where
the article gives one (DESIGN.md: the role the article gives the speaker, beside the name)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..entities.vocabulary import HEADS, TITLES
from ..types import Quote
from .index import text_of


def roles_from_posts_speaking(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """A person the article gives no role, whose quote it sources to "the <post>" (a title ending the words, no
    possessive: "the prime minister", "the Liberal Democrat leader"), has that post as the role in all quotes."""
    people = {e.canonical or e.text for e in (doc._.entities or []) if e.label == "PERSON"}
    roled = {q.speaker for q in quotes if q.speaker_role}
    text = text_of(doc)
    found: dict[str, str] = {}
    named: set[str] = set()  # the people who have spoken under their own name so far
    for q in sorted(quotes, key=lambda q: q.start):
        if q.speaker_start is None or q.speaker not in people:
            continue
        if q.speaker.split()[-1] in text[q.speaker_start : q.speaker_end]:
            named.add(q.speaker)
        # the post must follow the person's own words: after "<A> has denied he told <B> …", "the prime minister
        # said" went to <B>, the last person named, and the post would make the wrong man prime minister
        if q.speaker in roled or q.speaker in found or q.speaker not in named:
            continue
        span = _the_source(doc, q)
        if span is None or not all(t.text.replace("-", "").isalpha() for t in span[1:]):
            continue  # not "the watchdog's chairman": the post of another's, which the reader reads as a whole
        post = [t for t in span[1:]]
        while len(post) > 1 and post[0].ent_type_ in ("GPE", "LOC"):
            post.pop(0)  # "the Vermont senator" is a senator: a role is written without a place (names README)
        words = [t.text for t in post]
        if _ends_in_a_title(words):
            found[q.speaker] = " ".join(words)
    if not found:
        return quotes
    return [replace(q, speaker_role=found[q.speaker]) if q.speaker in found else q for q in quotes]


def _post_words(doc: Doc, q: Quote) -> list[str] | None:
    """The post of a source written "the <post>" ("the former <Party> leader", "the group's general secretary"), a
    title ending it; None for any other source."""
    span = _the_source(doc, q)
    if span is None:
        return None
    if span.end < len(doc) and doc[span.end].tag_ == "POS" or span[-1].dep_ not in ("nsubj", "nsubjpass"):
        return None  # "the chancellor's announcement" quoted in another's words: the post is not the one speaking
    words = [t for t in span[1:]]
    if sum(t.tag_ == "POS" for t in words) == 1:
        # "the political group's general secretary": an organisation described, not named, whose post it is; a
        # named owner ("<Firm>'s chairman") is a post of a firm the reader may not know was the speaker's
        owner = next(i for i, t in enumerate(words) if t.tag_ == "POS")
        if any(not t.is_lower for t in words[:owner]):
            return None
        words = words[owner + 1 :]
    if not words or not all(t.text.replace("-", "").isalpha() for t in words) or not words[-1].is_lower:
        return None
    capitals = [t for t in words if not t.is_lower]
    if capitals and " ".join(t.text for t in capitals) not in HEADS["party_labels"] and \
            not all(t.ent_type_ == "NORP" for t in capitals):
        return None  # "the FBI director" after a candidate spoke: an organisation's post, most often someone else's
    post = [t.text for t in words]
    return post if _ends_in_a_title(post) else None


def _the_source(doc: Doc, q: Quote) -> Span | None:
    """The quote's source as written when it is "the" and words after it that end there: not "the former
    secretary of state", whose words stop short of the post."""
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].lower_ != "the":
        return None
    return None if span.end < len(doc) and doc[span.end].lower_ == "of" else span


def _ends_in_a_title(words: list[str]) -> bool:
    return words[-1].lower() in TITLES or " ".join(words[-2:]).lower() in TITLES


def posts_of_the_last_speaker(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'"…," <Name> said. / The foreign secretary told MPs …': a post the resolver left speaking on its own, right
    after a person's quote in the same or the paragraph before, is that person, where no one else in the article
    holds that post and the person's own role, if any, ends in the same word."""
    people = {e.canonical or e.text for e in (doc._.entities or []) if e.label == "PERSON"}
    text = text_of(doc)
    ordered = sorted(quotes, key=lambda q: q.start)
    held: dict[str, set[str]] = {}  # the last word of each role the article gives each person
    charges: dict[str, set[str]] = {}  # every word of those roles
    roles = [(q.speaker, q.speaker_role) for q in ordered] + \
        [(e.canonical or e.text, e.role) for e in doc._.entities or [] if e.label == "PERSON"]
    for person, role in roles:
        if person in people and role:
            held.setdefault(person, set()).add(role.split()[-1].lower())
            charges.setdefault(person, set()).update(w.lower() for w in role.split())
    given: dict[int, str] = {}
    previous: Quote | None = None
    for q in ordered:
        person = given.get(id(previous)) if previous is not None else None
        person = person or (previous.speaker if previous is not None and previous.speaker in people else None)
        if person and q.speaker and q.speaker not in people and q.speaker_start is not None and \
                text.count("\n\n", previous.start, q.speaker_start) <= 1:
            post = _post_words(doc, q)
            if post:
                title = post[-1].lower()
                holders = {p for p, words in held.items() if title in words}
                # "<Candidate> said … . The FBI director chastised …": one the article gives another role is not the
                # post; "Transport Minister <Name> said … . The local health minister said": a post whose other words
                # the person's own role does not hold is another charge's holder
                other_charge = person in charges and any(w.lower() not in charges[person] for w in post[:-1])
                if held.get(person, {title}) == {title} and holders <= {person} and not other_charge:
                    given[id(q)] = person
        previous = q
    if not given:
        return quotes
    return [replace(q, speaker=given[id(q)]) if id(q) in given else q for q in quotes]
