"""Who issued the document a cue's subject is: 'she issued a statement saying …', 'Trump fired back a response
saying …', 'the union chief felt compelled to issue a memo telling …'. DESIGN.md ("Canonical names"): a
statement, report or broadcast speaks for whoever the article says issued it, and a pronoun subject is a person
as much as a name is."""

from __future__ import annotations

from spacy.tokens import Token

from .words import PERSONAL

# words for what someone says or puts out that the cue table does not list as sources of their own (a response or
# a plea is only ever someone's); the resolver reads them as documents, owned or issued like a statement
# what a campaign or a person puts out ("X released a video that says …", "an email sent out by X warned …", "X
# added the caption which reads …", "one of her ads asking …"): the one the sentence says put it out speaks
MEDIA = frozenset({"video", "email", "e-mail", "caption", "ad", "advertisement", "commercial"})
# and a warning someone issued ("the warning issued by the weather service" then "read the warning")
ISSUED_NOUNS = frozenset({"response", "plea", "quote", "analysis", "story", "warning"}) | MEDIA
# a word for a news story that is as often the story of someone's life: "the story" said before is not known to be
# the same one; nor is "the email" one of the many a story cites ("The emails show …" are not the last sender's), and
# a name before it is as often what it is about ("a key Benghazi email") as who sent it
NARRATIVES = frozenset({"story"}) | MEDIA
# verbs that put a document out: only these make a "he" or "she" its issuer ("he believed the polls that showed …"
# makes the polls no one's), and only through these does a subject reach a verb it completes
ISSUING_VERBS = frozenset({"issue", "release", "put", "send", "post", "publish", "fire", "make", "give", "deliver",
                           "write", "pen", "sign", "file", "tweet", "submit", "circulate", "unveil", "distribute"})
# and what makes a video, an ad or a caption someone's own: "X added a caption", "the group ran an ad"
_MAKING_MEDIA = frozenset({"add", "run", "air", "launch", "produce", "create", "film", "record", "share", "upload"})


def issuing_subject(token: Token) -> Token | None:
    """The subject of the verb the document is the object of ("Boeing issued a statement", "she released a
    statement"), or of the verb that verb completes ("X felt compelled to issue a memo"). A document that names
    its author ("a letter from his doctor") is the author's, not the one who passed it on."""
    if token.dep_ != "dobj" or any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for c in token.rights):
        return None
    verb = token.head
    issuing = verb.lemma_.lower() in ISSUING_VERBS
    if token.lemma_.lower() in MEDIA and not (issuing or verb.lemma_.lower() in _MAKING_MEDIA):
        return None  # "the department withheld an email that would have revealed …": not its sender's words
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and issuing and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    # "they released a statement": a group's pronoun issues a document as a person's does
    if subject.pos_ in ("PROPN", "NOUN") or issuing and subject.pos_ == "PRON" and \
            (subject.lower_ in PERSONAL or subject.lower_ == "they"):
        return subject
    return None


def put_out_by(document: Token, verb: Token) -> bool:
    """Whether the agent of the verb hung on a document made it: any agent of a statement or a report ("a poll
    published by X", "a report compiled by X"), but only the one who sent, released or made an email or a video
    ("an email sent out by X"; not "an email obtained by X", which X did not write)."""
    lemma = verb.lemma_.lower()
    return document.lemma_.lower() not in MEDIA or lemma in ISSUING_VERBS or lemma in _MAKING_MEDIA
