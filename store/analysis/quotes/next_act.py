"""The source's next act after a reported plan or a modal: 'vowed to keep the clinics open and praised the ruling',
'said he would resign and left the room'.

stray_conjuncts lets a verb the parse hung on the cue go on with the content when it cannot be the cue's own (a
bare "grow" after "wants to triple …", a "decided" after "says the two met"). After a to-infinitive content, a
verb in the past or present tense cannot be the infinitive's conjunct either ("to keep … and praised"): it is the
cue's subject acting again ("had pledged to back the nominee, but sounded less certain"), no more of the plan.
"""

from __future__ import annotations

from spacy.tokens import Token

_FINITE = {"VBD", "VBZ", "VBP"}
_NEXT = {"and", "but"}  # "to leave the state or lay off workers": a choice reported, no next act


def _past_for_sure(verb: Token) -> bool:
    """Tagged past and not spelt as its base form: "put", "set", "cut" may be base forms the tagger took for past."""
    return verb.tag_ == "VBD" and verb.lower_ != verb.lemma_.lower()


def finite_after_infinitive(cue: Token, child: Token, hi: int) -> bool:
    """child, a finite verb hung on the cue after token hi, follows a to-infinitive content that ends at hi."""
    if child.tag_ not in _FINITE or child.tag_ == "VBD" and not _past_for_sure(child) or \
            child.doc[child.i - 1].lower_ not in _NEXT:
        return False
    return any(c.dep_ == "xcomp" and c.i > cue.i and c.right_edge.i <= hi and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in cue.children) and \
        not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)


def finite_after_base_form(t: Token, cue: Token) -> bool:
    """'said he would resign and left the room': t, a past-tense verb with no subject of its own, is hung on a
    content verb in the base form after 'to' or a modal, whose conjunct it cannot be; whatever its verb, it is the
    source's next act, as second_act finds for speech verbs. (Not the last item of a list, ", and repaired
    bridges", where the tagger reads an adjective as a verb.)"""
    head = t.head
    return t.dep_ == "conj" and t.pos_ == "VERB" and _past_for_sure(t) and head.tag_ == "VB" and \
        cue.i < head.i < t.i - 1 and t.doc[t.i - 1].lower_ in _NEXT and t.doc[t.i - 2].text != "," and \
        any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in head.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in t.children)
