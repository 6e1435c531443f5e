"""'“…,” the mayor said, referring to the new toll': a participle of referring set after a speech verb, behind a
comma, says what the speaker's words were about; its 'to' phrase is reported with the speaker as source, as a
'spoke of X' or 'complained about X' is.

The phrase stops before a relative clause set off by a comma (', where …', ', who …'): that is the writer telling
the reader more about the thing, not what the words were about. Only a participle hung on a verb of saying that it
follows: 'the bridge was closed, referring to X' has no one whose words it could be about.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_table import cues, saying_verbs

_ASIDE_TOPIC = frozenset(cues()["aside_topic_verbs"])
_SAYING = saying_verbs()


def referred_topic(tok: Token) -> tuple[int, int, Token] | None:
    """The first and last token of what ', referring to X' names, and the verb of saying whose subject is the source."""
    head = tok.head
    if head.dep_ == "ccomp" and head.head.i < head.i or tok.dep_ == "acl" and head.dep_ == "nsubj":
        # 'said the rules were unfair, referring to X', 'said <Name>, a former aide, referring to X': the parse
        # hangs it on the clause said or on the one who said it
        head = head.head
    doc = tok.doc
    before = tok.i - 2 if tok.i > 1 and doc[tok.i - 1].is_quote else tok.i - 1  # '“… by June,” referring to X'
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in _ASIDE_TOPIC or \
            tok.dep_ not in ("advcl", "xcomp", "conj", "acl") or head.i >= tok.i or head.pos_ != "VERB" or \
            head.lemma_.lower() not in _SAYING or before < 0 or doc[before].text != ",":
        return None
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    lo, hi = prep.i + 1, obj.right_edge.i
    for child in tok.rights:  # 'a memoir | by <Name> | about X': the parse hangs the noun's phrases on the verb
        if child.dep_ == "prep" and child.left_edge.i == hi + 1:
            hi = child.right_edge.i
    stray = next((c for c in (*tok.rights, *tok.head.rights) if c.dep_ == "dep" and c.left_edge.i == hi + 2), None)
    if stray is not None and doc[hi + 1].text == ",":
        hi = stray.right_edge.i  # 'referring to herself, <Name> and <Name>': the parse cut the list off the verb
    hi = _before_relative_aside(doc, lo, hi)
    return (lo, hi, head) if hi >= lo else None


def _before_relative_aside(doc: Doc, lo: int, hi: int) -> int:
    """The last token of a topic phrase lo..hi before a relative clause set off by a comma (', where Republicans
    will meet'): the writer telling more about the thing, not what the words were about."""
    for t in doc[lo:hi + 1]:
        if t.dep_ == "relcl" and t.left_edge.i - 1 > lo and doc[t.left_edge.i - 1].text == ",":
            hi = min(hi, t.left_edge.i - 2)
    return hi
