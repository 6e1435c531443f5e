"""Who issued the document a cue's subject is: 'she issued a statement saying …', 'Trump fired back a response
saying …', 'the union chief felt compelled to issue a memo telling …'. DESIGN.md ("Canonical names"): a
statement, report or broadcast speaks for whoever the article says issued it, and a pronoun subject is a person
as much as a name is."""

from __future__ import annotations

from spacy.tokens import Token

from .words import PERSONAL

# words for what someone says or puts out that the cue table does not list as sources of their own (a response or
# a plea is only ever someone's); the resolver reads them as documents, owned or issued like a statement
ISSUED_NOUNS = frozenset({"response", "plea", "quote", "analysis", "story"})
# a word for a news story that is as often the story of someone's life: "the story" said before is not known to be
# the same one
NARRATIVES = frozenset({"story"})
# verbs that put a document out: only these make a "he" or "she" its issuer ("he believed the polls that showed …"
# makes the polls no one's), and only through these does a subject reach a verb it completes
ISSUING_VERBS = frozenset({"issue", "release", "put", "send", "post", "publish", "fire", "make", "give", "deliver",
                           "write", "pen", "sign", "file", "tweet", "submit", "circulate", "unveil", "distribute"})


def issuing_subject(token: Token) -> Token | None:
    """The subject of the verb the document is the object of ("Boeing issued a statement", "she released a
    statement"), or of the verb that verb completes ("X felt compelled to issue a memo"). A document that names
    its author ("a letter from his doctor") is the author's, not the one who passed it on."""
    if token.dep_ != "dobj" or any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for c in token.rights):
        return None
    verb = token.head
    issuing = verb.lemma_.lower() in ISSUING_VERBS
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and issuing and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.pos_ in ("PROPN", "NOUN") or issuing and subject.pos_ == "PRON" and subject.lower_ in PERSONAL:
        return subject
    return None
