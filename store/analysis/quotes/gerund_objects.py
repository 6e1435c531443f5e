"""A verb of saying or proposing whose object is an act named by a gerund ('proposed raising the fuel tax',
'admitted taking the money', 'suggested looking at the fees'): the parse hangs the gerund on the verb as an open
complement, not as its object, though it is what the source proposed, admitted or suggested."""

from __future__ import annotations

from spacy.tokens import Token


def gerund_object(tok: Token) -> Token | None:
    """The -ing complement right after `tok` (an adverb may come between), with no 'to' of its own, or None."""
    for child in tok.rights:
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and \
                all(t.pos_ in ("ADV", "PART") and t.lower_ != "to" for t in tok.doc[tok.i + 1:child.i]) and \
                not any(c.dep_ == "aux" for c in child.children):
            after = tok.doc[child.right_edge.i + 1] if child.right_edge.i + 1 < len(tok.doc) else None
            if after is not None and after.pos_ in ("AUX", "VERB") and after.tag_ != "VBG":
                return None  # "said using the old ferry was unsafe": the gerund opens a clause, its subject
            return child
        if child.dep_ not in ("advmod", "neg"):
            return None
    return None
