"""The source of a cue: its subject, the agent of a passive, the name a dateline or an aside hid."""

from __future__ import annotations

from spacy.tokens import Token

from ..dates.lexicon import MONTHS, RELATIVE_DAYS
from ..entities.vocabulary import BARE_LEGAL_FORMS
from ..paragraphs import dateline_end
from .aside_sources import compared_subject, subject_set_off_before, verb_behind_object
from .clauses import FINITE
from .cue_table import cues
from .index import text_of
from .questions_put import answerer, put_to_them
from .speakers.epithets import epithet
from .speakers.noun_clauses import doer_behind_noun, reason_of_no_one
from .speakers.unnamed import is_age


def cue_source(tok: Token) -> Token | None:
    """The source of a cue verb: its subject, the agent of a passive, or what a relative clause hangs on."""
    source = _any_subject(tok)
    if source is None:
        return None
    if source.lower_ == "all" and tok.lower_ == "told" and source.i == tok.i - 1:
        return None  # "All told, the groups spent …": "in all", an idiom, names no one who told anything
    if source.lower_ in ("unlike", "like"):
        return compared_subject(source)
    if source.ent_type_ in ("GPE", "LOC"):  # "Dayton, Ohio-based Acme Corp said": the firm, not its town
        source = next((c for c in source.children if c.dep_ == "appos" and c.i > source.i and c.pos_ == "PROPN" and
                       _based(c)), source)
    if source.pos_ == "NOUN" and source.dep_ == "nsubj" and source.head.pos_ in ("VERB", "AUX"):
        source = _name_set_off_before(source.head) or source
    if source.i < tok.i - 1 and _in_dateline(source) and tok.doc[tok.i - 1].pos_ == "PROPN" and \
            not _in_dateline(tok.doc[tok.i - 1]):
        source = tok.doc[tok.i - 1]  # "EDEN PRAIRIE, MINN., June 18 - Computer Depot Inc said": not the place
    if source.lower_ in _DEMONSTRATIVES and source.pos_ in ("PRON", "DET") and not list(source.children) and \
            source.head.i == tok.i and source.i == tok.left_edge.i and tok.dep_ != "relcl":
        return None  # "That implies …": the writer's inference, nobody's words
    prev = next((t for t in reversed(source.doc[max(0, source.i - 3):source.i]) if not t.is_punct), None)
    if source.ent_type_ in ("DATE", "TIME") and not (is_age(source) or epithet(source)) or source.lower_ in _TIME_WORDS or \
            source.pos_ == "NUM" and prev is not None and prev.lower_.rstrip(".")[:3] in MONTHS:
        return None  # "Feb 27 put an end to …", "1986 saw …": a date is no source
    if source.pos_ == "NUM" or source.lower_ in _PARTITIVES and source.pos_ == "NOUN":  # "Four of the institutes warned"
        for child in source.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return source


def _place_gone_to(name: Token) -> bool:
    """'claimed asylum in Britain saying …', 'took a taxi to London saying …': a place where, or to which, the
    subject went does not speak; a message "from Israel saying …" is still Israel's."""
    return name.ent_type_ in _PLACES and name.dep_ == "pobj" and name.head.lower_ != "from"


def _quote_mark_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a, b), key=lambda t: t.i)
    return any(t.is_quote for t in a.doc[lo.i + 1:hi.i])


_DEMONSTRATIVES = {"that", "this", "these", "those"}
_OBJECT_PRONOUNS = {"him", "her", "them", "me", "us"}
_PLACES = {"GPE", "LOC", "FAC"}
_PLACES_AND_TIMES = _PLACES | {"DATE", "TIME"}
_TIME_WORDS = frozenset(RELATIVE_DAYS)  # "today", "tonight": the days the dates lexicon counts from the report


def _any_subject(tok: Token) -> Token | None:
    answering = answerer(tok)
    if answering is not None:
        return answering  # "Baker, asked whether X, said Y": the parse gave the question Baker as its subject
    t = _coordinated_cue(tok)
    before = tok.doc[tok.i - 1] if tok.i else None
    if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "advcl") and before is not None and \
            before.dep_ in ("dobj", "pobj") and (before.pos_ == "PROPN" or before.lower_ in ("him", "her", "them")) and \
            not any(c.dep_ == "nsubj" for c in tok.children) and not _place_gone_to(before):
        return before  # "footage of Ana Ruiz asking “…”", "showed him saying": the one named does the talking
    for _ in range(5):
        passive = None
        quoted = next((c for c in t.children if c.dep_ == "dobj"), None) if t.lemma_.lower() == "quote" else None
        if quoted is not None and t.i != tok.i and quoted.pos_ in ("PROPN", "NOUN", "PRON"):
            return quoted  # "The Times quoted Senator Don Nickles as saying": his words, the paper reports them
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:  # '… and all that," Day said': a word of the quote hung on the verb too
            outside = [c for c in subjects if not _quote_mark_between(c, t)]
            subjects = outside or subjects
            if any(c.text == "-" for c in subjects) and subjects[-1].i - subjects[0].i == len(subjects) - 1:
                subjects = subjects[-1:]  # "Another co-author, professor Julian Marshall, said": one hyphenated word
            # "in Berea, OH, after winning …, Gov. John Kasich said": a place the parse made a subject never speaks
            subjects = [c for c in subjects if c.ent_type_ not in _PLACES_AND_TIMES] or subjects
            if not any(c.ent_type_ == "PERSON" for c in subjects):  # "Boise, Idaho-based Granite Bancorp said"
                subjects = [c for c in subjects if c.pos_ == "PROPN" and _based(c)] or subjects
            subjects = _trailing_after_list(t, subjects) or subjects
        if not subjects:  # "The 27-year-old insisted …": the parse hangs the age on the verb as its modifier
            subjects = [c for c in t.children if c.dep_ == "amod" and c.i < t.i and is_age(c)]
        if subjects:
            return subjects[0]
        closing = _name_read_as_stop(t)
        if closing is not None:
            return closing
        held = _subject_of_participle(t)
        if held is not None:
            return held
        quoted = next((c for c in t.children if c.dep_ == "nsubjpass"), None) if t.lemma_.lower() == "quote" else None
        if quoted is not None and t.i != tok.i:
            return quoted  # "X was quoted by the daily al-Qabas as saying": X's words, the daily reports them
        for c in t.children:
            if c.dep_ == "nsubjpass":
                passive = c
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        if passive is not None:
            return None  # "it was reported that": no source named
        if t.i == tok.i and put_to_them(t):
            return None
        behind = verb_behind_object(t)
        if behind is not None:
            t = behind
            continue
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.lemma_.lower() in _GATHERINGS:
            holder = _holder_of(t.head)
            if holder is not None:  # "the senator opened a rally blasting Clinton": the senator blasts, not the rally
                return holder
        doer = doer_behind_noun(t)
        if doer is not None:  # "had reason to know", "emailed supporters saying": not the reason, nor the supporters
            return doer
        if reason_of_no_one(t):
            return None
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return t.head
        if t.dep_ == "xcomp" and t.head.i != t.i:  # "prompted analysts to suggest": the analysts suggest
            obj = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None)
            if obj is not None and t.head.lemma_.lower() != "use" and \
                    (obj.ent_type_ == "PERSON" or obj.tag_ == "NNS" or obj.lower_ in _OBJECT_PRONOUNS):
                return obj  # people, not the means: not "used his platform to describe"; "a win that led her to declare"
        if t.dep_ == "conj" and t.tag_ in FINITE and t.head.tag_ == "VBG" and \
                t.head.dep_ in ("ccomp", "advcl", "xcomp") and t.head.head.i != t.head.i:
            # "The team analyzed the data using its software and confirmed …": a finite verb is no conjunct of a
            # participle, whatever the parse says, so the participle's 'subject' ("data") is not its source
            t = t.head.head
            continue
        if t.dep_ in ("conj", "xcomp", "advcl") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "pcomp" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj" and \
                t.head.head.pos_ == "NOUN" and t.head.head.head.lemma_.lower() == "make":
            t = t.head.head.head  # "made a point of saying", "made a show of praising": the one who made it speaks
            continue
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
            obj = next((c for c in t.head.head.children if c.dep_ == "dobj" and c.i < t.head.i), None)
            if t.head.lower_ == "from" and obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return obj  # "did not prevent Shultz from saying": Shultz says it, not what failed to stop him
            if t.head.lower_ == "for" and obj is not None and obj.pos_ in ("PROPN", "PRON"):
                return obj  # "critics blame him for encouraging farmers to …": he encourages, they blame
            t = t.head.head  # "He continued by noting that …"
            continue
        break
    return _name_set_off_before(tok) or _name_closing_opening_phrase(tok) or subject_set_off_before(t)


def _trailing_after_list(verb: Token, subjects: list[Token]) -> list[Token] | None:
    """'… modeled on the markets of the GNMA and Freddie Mac, industry sources said': names closing the reported
    clause, which the parse made subjects too, are what was said; the source is the subject set off by a comma
    right before the cue."""
    last = max(subjects, key=lambda c: c.i)
    first = min(subjects, key=lambda c: c.i)
    doc = verb.doc
    if last.i > verb.i or last.right_edge.i + 1 != verb.i or last.left_edge.i < 1 or \
            doc[last.left_edge.i - 1].text != "," or \
            not any(c.dep_ == "ccomp" and c.right_edge.i < first.i for c in verb.children):
        return None
    return [last]


def _name_read_as_stop(verb: Token) -> Token | None:
    """'…, said lead manager Acme Securities Inc.' closing a sentence: the tokenizer keeps the legal form's full
    stop, and the parse, with no stop left, labels the name (or the post before it) the cue's punctuation or an
    unclassed dependent; that is the source. Only a main verb after a report set off before it: 'Shareholders vote
    next month on a new name, Kestrel Corp.' and 'a firm she set up, called Dunmore Corp.' name no one who speaks."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE or verb.i < 2 or verb.doc[verb.i - 1].text != "," or \
            any(c.dep_ == "nsubjpass" for c in verb.children) or \
            not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    if last is None or not last.text.endswith(".") or last.text[:-1] not in BARE_LEGAL_FORMS:
        return None
    return next((c for c in verb.children if c.dep_ in ("punct", "dep") and c.i > verb.i and
                 c.pos_ in ("PROPN", "NOUN") and c.left_edge.i <= last.i <= c.right_edge.i), None)


def _subject_of_participle(verb: Token) -> Token | None:
    """'Governor Ana Ruiz backed by two parties has said …': the parse made the participle the clause subject of
    the cue and the name its subject; the name is the one who spoke."""
    clause = next((c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i), None)
    if clause is None or clause.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    name = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    return name if name is not None and name.pos_ in ("PROPN", "NOUN") and name.i + 1 == clause.i else None


# where someone speaks, never a speaker: "a rally blasting …", "at a news conference saying …"
_GATHERINGS = frozenset(cues()["gathering_nouns"])


def _holder_of(gathering: Token) -> Token | None:
    """Who held the rally or gave the speech: the subject of the verb the gathering is the object of."""
    verb = gathering.head
    if gathering.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif gathering.dep_ != "dobj":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None) \
        if verb.pos_ in ("VERB", "AUX") else None


def _based(name: Token) -> bool:
    """'Idaho-based Granite Bancorp', 'Mich.-based First of America': a firm said where it is based."""
    return any(a.dep_ in ("amod", "compound") and a.lower_.endswith("based") for a in name.children)


def _in_dateline(tok: Token) -> bool:
    text = text_of(tok.doc)
    end = dateline_end(text)
    return end is not None and text.rfind("\n", 0, end) < tok.idx < end


def _name_set_off_before(tok: Token) -> Token | None:
    """'Speaking to AFP, the president of the League, Jamel Msallem, said, "…"': the parser hung the name on
    the opening phrase and left the verb without a subject; a person's name set off by commas right before
    a subjectless main verb is its subject."""
    doc = tok.doc
    if tok.i < 3 or doc[tok.i - 1].text != "," or doc[tok.i - 2].ent_type_ != "PERSON":
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ != "ROOT" or subject is not None and (subject.pos_ != "NOUN" or doc[tok.i - 2] not in subject.subtree):
        return None  # "The then-manager of X and Director of Y, David Clay, called": the name closes the subject
    start = tok.i - 2
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[tok.i - 2] if start > 0 and doc[start - 1].text == "," else None


def _name_closing_opening_phrase(tok: Token) -> Token | None:
    """'At a news conference in Paris Finance Minister Jean Dupont said the budget …': with no comma after the
    opening phrase, the parse read the person's name as the last object of its preposition and left the main verb
    without a subject; a person's name right before a subjectless main verb that reports a clause, closing a
    phrase that opens the sentence and hangs on that verb, is its subject."""
    doc = tok.doc
    if tok.dep_ != "ROOT" or tok.tag_ not in FINITE or tok.i < 3 or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children) or \
            not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    name = doc[tok.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "pobj" or name.ent_type_ != "PERSON":
        return None
    t = name
    while t.head.i != t.i and t.head.i != tok.i:  # up through the phrase's prepositions and their objects
        if t.dep_ not in ("pobj", "prep") or t.head.i > tok.i:
            return None
        t = t.head
    if t.head.i != tok.i or t.dep_ != "prep" or t.left_edge.i != tok.sent.start:
        return None
    return name


def _coordinated_cue(tok: Token) -> Token:
    """'the website noted the signal received from Jakarta but declared …', 'the Navy, who told it this
    was unconfirmed and noted …': a second speech verb without a subject that the parser hung on the
    reported clause of the first goes with the first verb, and shares its source."""
    head = tok.head
    # "… told Reuters the decision was made by the Exchange, adding …": the adding is the teller's too
    if (tok.dep_ == "conj" or tok.dep_ == "advcl" and tok.tag_ == "VBG") and head.i < tok.i and \
            head.dep_ == "ccomp" and head.head.i < head.i and \
            head.head.pos_ == "VERB" and head.head.lemma_.lower() in cues()["speech_verbs"] and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return head.head
    return tok


_PARTITIVES = frozenset(cues()["partitive_nouns"])


def joint_source(tok: Token) -> bool:
    """Two people as one subject: a stance the writer sums up for both has no single source."""
    subject = cue_source(tok)
    return subject is not None and subject.ent_type_ == "PERSON" and \
        any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in subject.children)
