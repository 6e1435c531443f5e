"""'Deputy Secretary for Planning at the Treasury Ana Ruiz said': a post long enough to hold a portfolio and the
body it is held at, run straight into the holder's name and the verb. The parse makes the post the subject and
hangs the name deep inside its phrases (or the model runs the body's name into the person's); the person speaks,
the post is the role and the body the affiliation."""

from __future__ import annotations

from spacy.tokens import Token

from ...entities.firm_words import INITIALS
from ...entities.names import is_first_name
from ...entities.vocabulary import LEGAL_FORMS, PERSON_ORG_ENDS
from .words import PARTICLES, TITLE_WORDS

_JOINING = {"and", "of", "for", "&"}


def person_after_long_post(resolver, token: Token) -> tuple[str, int, int] | None:
    doc, verb = resolver.doc, token.head
    if token.lower_ not in TITLE_WORDS or token.dep_ not in ("nsubj", "nsubjpass") or verb.i <= token.i + 3:
        return None
    if any(c.dep_ in ("det", "poss") for c in token.lefts):
        return None  # "an attorney for shareholder Ana Ruiz said": an unnamed holder, the name someone else's
    found = resolver.naming(token)
    if found is not None and resolver.ents[found].label == "PERSON":
        return None  # the name is where the parse put it: nothing to mend
    between = doc[token.i + 1 : verb.i]
    # the whole run belongs to the post: a second subject ("the minister and Ana Ruiz") is not a holder's name,
    # though the parse may join the name to the post as a conjunct with no word to join them
    if any(t.dep_ == "cc" and t.head.i == token.i or t.text in ("(", ")", ";", ":", ",") and t.head.i == token.i
           or t.is_space for t in between):
        return None
    if not all(t.i in {s.i for s in token.subtree} for t in between) or \
            not any(t.dep_ == "prep" and t.head.i == token.i for t in between):
        return None  # a post with no portfolio or body ('Secretary Ana Ruiz') is left to the entities
    start = _name_start(resolver, between)
    if start is None or start <= token.i + 2:
        return None
    name = doc[start : verb.i]
    first = min([token.i] + [c.left_edge.i for c in token.lefts if c.dep_ in ("compound", "amod", "punct") and
                             not any(t.ent_type_ for t in c.subtree)])
    # the body the post is held at: after 'at', or after 'of' when a body's name follows ("Director-General of
    # FAO"); else an organisation just before the post ("World Bank director for …")
    at, bodies = None, []
    for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("at", "of") and c.i < start):
        # "Minister of State": a word of the post the model tagged a body is no body
        bodies = [e for e in doc.ents if e.label_ == "ORG" and prep.i < e.start <= prep.i + 2 and e.end <= start
                  and not all(t.lower_ in TITLE_WORDS for t in e)]
        if prep.lower_ == "at" or bodies:
            at = prep
            break
    if at is None:
        bodies = [e for e in doc.ents if e.label_ == "ORG" and e.end == first]
    resolver.lead_roles.setdefault(name.text, doc[first : (at.i if at is not None else start)].text.strip(" ,"))
    if bodies:
        resolver.lead_affiliations.setdefault(name.text, bodies[-1].text.removeprefix("the "))
    return name.text, name.start_char, name.end_char


def _name_start(resolver, between) -> int | None:
    """The first word of the name that ends the post: a person the model tagged there (its initials too), or a
    run of capitalised words from a first name on."""
    last = between[-1]
    k = resolver.overlapping(last.idx, last.idx + len(last))
    if k is not None and resolver.ents[k].label == "PERSON" and resolver.ents[k].end == last.idx + len(last):
        span = resolver.doc.char_span(resolver.ents[k].start, resolver.ents[k].end, alignment_mode="expand")
        if span is not None and span.start > between.start:
            start = span.start
            while start > between.start and INITIALS.fullmatch(resolver.doc[start - 1].text):
                start -= 1
            # "Minister of Mines and Energy Subroto": the model ran the portfolio's last word into the name
            while start + 1 < span.end and resolver.doc[start - 1].lower_ in _JOINING:
                start += 1
            return start
    run = []
    for t in reversed(between):
        if not (t.is_title or t.text == "-" or t.lower_ in PARTICLES or INITIALS.fullmatch(t.text)):
            break
        run.append(t)
    run.reverse()
    first = next((n for n, t in enumerate(run) if is_first_name(t.text)), None)
    if first is None or len(run) - first < 2 or run[-1].text.rstrip(".") in LEGAL_FORMS or \
            run[-1].lower_ in PERSON_ORG_ENDS:
        return None
    # a body's or a place's name opening on a word that is also a first name ("Bank of America", "Rio de
    # Janeiro"); the model may run a body's name on into the person's, so one that begins earlier is no bar
    if any(e.label_ != "PERSON" and e.start == run[first].i for e in resolver.doc.ents) or \
            run[first].ent_type_ in ("NORP", "GPE", "LOC", "FAC"):
        return None
    return run[first].i
