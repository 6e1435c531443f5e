"""'called on the allies to help', 'calls for a referendum': the 'on' or 'for' right after "call" is an appeal, and its
phrase is what the source asked for. After the verb's own object the same words are no appeal: "call" there names,
summons or issues something, and the phrase says where, when or for what ('a course called “Ethics” on her
website', 'calls buying tenders for March delivery'; an 'on' only after a quoted name, as the parse may hang the
object's own 'on' on the verb); nor is an 'on' whose object is a day or a time ('called on Tuesday for a recount':
the appeal is the 'for' after it).

A thing issued or convened with no name given it and a 'for' phrase after it ('calls sugar tenders for
March delivery', 'called a strike for tomorrow', as 'called elections for October') reports nothing at all; a name
given after the object ('called the scheme a scandal for the taxpayer') is read as any other naming.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..types import TIME_LABELS

_OBJECTS = {"dobj", "oprd", "dative"}
_NAMES = {"oprd", "xcomp", "ccomp", "acomp"}


def appeal(verb: Token, prep: Token) -> bool:
    """Whether 'for' or 'on' hung on "call" opens what the source called for."""
    if prep.lower_ not in ("for", "on") or prep.i < verb.i:
        return False
    if any(c.dep_ in _OBJECTS and c.i < prep.i and c.ent_type_ not in TIME_LABELS for c in verb.children) and \
            (prep.lower_ == "for" or any(t.is_quote for t in verb.doc[verb.i:prep.i])):
        # not a bare day the parse took for the object ('called Friday for X'); an 'on' after an unquoted object
        # may be the object's own ('called the raids on two towns a provocation'), left to the object's reading
        return False
    return not (prep.lower_ == "on" and any(c.dep_ == "pobj" and c.ent_type_ in TIME_LABELS for c in prep.children))


def issued_for(verb: Token, prep: Token, mask: bytearray) -> bool:
    """'calls sugar tenders for March delivery': an object issued, then what for, and no name given it."""
    if prep.lower_ != "for":
        return False  # 'called the raids on two towns a provocation': the object's own 'on', hung on the verb
    # the tagger may read a compound before the object as a participle naming it ('buying tenders'), and hang the
    # object on that word: the first object or name before the phrase is what was issued
    obj = next((c for c in verb.children
                if c.dep_ in ("dobj", "oprd") and c.i < prep.i and c.ent_type_ not in TIME_LABELS), None)
    if obj is None:
        return False
    if any(c.dep_ in _NAMES and c.i > obj.right_edge.i for c in verb.children):
        return False  # "called the scheme a scandal for the taxpayer": a name given after the object
    doc = verb.doc
    return not any(mask[t.idx] or t.is_quote for t in doc[verb.i:prep.right_edge.i + 1])
