"""The source of a cue the parse hung on a noun that is no speaker: 'Manafort had reason to know that …', 'Obama held
a briefing to brag that …', 'the senator emailed supporters saying …', 'her campaign sent an email to supporters
stating …'. The one who knows, brags or says is the subject of the verb the noun hangs on, not the reason, the
briefing or the supporters the message went to."""

from __future__ import annotations

from spacy.tokens import Token

from .words import PEOPLE

# verbs that send words to someone and nouns for the words sent: "emailed supporters saying", "a text to voters
# saying" -- the recipients do not say it
_SENDING = {"email", "e-mail", "text", "write", "send", "tweet", "message", "mail"}
_MESSAGES = {"email", "e-mail", "message", "text", "letter", "note", "memo", "tweet", "post", "appeal"}
_NO_SOURCE = {"it", "that", "which", "who", "there", "this"}


def doer_behind_noun(verb: Token) -> Token | None:
    """The subject of the clause a noun clause's noun belongs to, when the noun is no one who could speak; None
    when the noun may well be the speaker ("hired a lawyer to argue", "protesters chanting")."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.pos_ != "NOUN":
        return None
    noun = verb.head
    # "reason to know", "the only candidate to have pledged": the parse makes these relative clauses too
    if _bare_infinitive(verb):
        if noun.dep_ != "attr" and (noun.lemma_.lower() in PEOPLE or noun.ent_type_ or noun.tag_ == "NNS"):
            return None  # "hired a lawyer to argue", "asked experts to say": they speak; "the only candidate to …" is its subject
        return _subject_of_governing(noun)
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.i > noun.i:
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SENDING:
            return _subject_of(noun.head)  # "emailed supporters saying"
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ == "to":
            if prep.head.lemma_.lower() in _MESSAGES:
                return _subject_of_governing(prep.head)  # "sent an email to supporters saying"
            sent = prep.head  # the parse may hang "to supporters" on the verb: "sent an email to supporters saying"
            if sent.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGES for c in sent.children):
                return _subject_of(sent)
    return None


def reason_of_no_one(verb: Token) -> bool:
    """Whether the cue is an infinitive hung on a noun that is no one, with no one behind the noun: 'there is no
    reason to believe that …', 'a need to talk about …'. Neither the reason nor the need says it, and the sentence
    names no one who does: the words have no source (the parse would make the noun their speaker)."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.pos_ != "NOUN" or not _bare_infinitive(verb):
        return False
    noun = verb.head
    if noun.lemma_.lower() in PEOPLE or noun.ent_type_ or noun.tag_ == "NNS" or \
            any(c.dep_ == "poss" for c in noun.children):
        return False  # "the presidents' plan to announce": the owner of the plan is behind it
    return _subject_of_governing(noun) is None


def _bare_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _subject_of_governing(noun: Token) -> Token | None:
    """'had reason', 'held a briefing', 'is the only contender', 'under pressure': the subject of the verb the noun
    is the object, attribute or (through one preposition) prepositional object of."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "attr"):
        return None
    return _subject_of(head) if head.pos_ in ("VERB", "AUX") else None


def _subject_of(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _NO_SOURCE or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return subject
