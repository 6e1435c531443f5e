"""A source after its report that carries its own description: "…, Lawrence Ross, forest products analyst for
Paine Webber, said.", "…, the official, who did not want to be named, told Reuters.", "…, bankers and
businessmen polled by Reuters said.", "…, the General Accounting Office, GAO, said."

Reuters and Wikinews name the source last and describe it on the spot. The small model then loses the
source altogether (it hangs the name inside the clause and the description on its verb), and the plain
word-order reading of `trailing` refuses a source with a preposition, a comma or a verb in it. Here the
source is a plain noun group right after a comma, and what follows it up to the cue is only a description of
it: an apposition set off by commas, a prepositional phrase ("of the EC"), a participle ("polled by
Reuters") or a relative clause set off by commas ("who did not want to be named").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# the words of a plain noun group naming a source ("industry and government officials"), here and in `trailing`
SOURCE_GROUP_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "PART"}
_HEAD_END_POS = {"NOUN", "PROPN"}
_DESCRIPTION_POS = SOURCE_GROUP_POS | {"ADP", "ADV"}
_DESCRIPTION_PUNCT = {",", "(", ")", ".", "&", "-", "'", "’"}
_RELATIVE = {"who", "which", "whose"}
_NAME_TYPES = {"PERSON", "ORG"}
_LONGEST = 24  # tokens from the comma to the cue: "the chairman of the Association of … (AICE)"


def modified_source(doc: Doc, cue: int, lo: int, mask: bytearray) -> tuple[int, Token] | None:
    """(the comma that opens the source, the source's head word) for a described source right before the cue
    at token index `cue`, or None. `lo` is the sentence's first token."""
    end = cue - 1 if doc[cue - 1].text == "," else cue
    commas = [k for k in range(end - 1, max(lo, cue - _LONGEST) - 1, -1) if doc[k].text == ","]
    for n, comma in enumerate(commas):
        head = _described(doc, comma, end, mask)
        if head is None:
            continue
        # "…, Willy de Clercq, external relations commissioner of the EC, said": the name before the
        # description is the source, not the end of the reported clause
        earlier = commas[n + 1] if n + 1 < len(commas) else None
        # "“…,” Ana Ruiz, secretary-general of the federation, told the crowd": the quotation's closing mark stands
        # between the earlier comma and the name
        opener = _closing_marks_after(doc, earlier, comma) if earlier is not None else None
        if opener is not None and _named_head(doc, opener, comma):
            name = _described(doc, opener, end, mask)
            if name is not None:
                return earlier, name
        return comma, head
    return None


def _described(doc: Doc, comma: int, end: int, mask: bytearray) -> Token | None:
    """The head of a plain noun group opening right after `comma`, when all that follows it up to `end` describes
    it; None otherwise (and when there is no description: a plain source is `trailing`'s to read)."""
    i = comma + 1
    while i < end and (doc[i].pos_ in SOURCE_GROUP_POS and not doc[i].is_punct or _particle(doc[i])):
        i += 1
    while i > comma + 1 and doc[i - 1].pos_ == "ADJ":
        i -= 1  # "people close to the talks", "officials familiar with the plan": the adjective opens the description
    if i == comma + 1 or i == end or doc[i - 1].pos_ not in _HEAD_END_POS or _next_item(doc[i - 1], comma):
        return None
    rest = doc[i:end]
    if any(mask[t.idx] or t.is_quote and t.tag_ != "POS" or "\n" in t.text for t in doc[comma + 1:end]):
        return None
    if rest[0].text == "," and len(rest) > 1 and rest[1].lower_ in _RELATIVE:
        return doc[i - 1] if end < len(doc) and doc[end].text == "," else None  # a relative clause closes on a comma
    if rest[0].tag_ == "VBN":
        rest = rest[1:]  # "polled by Reuters", "based in Tokyo"
    if not all(t.pos_ in _DESCRIPTION_POS and not t.is_punct or t.text in _DESCRIPTION_PUNCT for t in rest):
        return None
    return doc[i - 1]


def _closing_marks_after(doc: Doc, comma: int, next_comma: int) -> int:
    """The last closing quotation mark right after `comma` (the comma itself when none follows): a quotation that
    closes on the comma before the source's name."""
    k = comma
    while k + 1 < next_comma and doc[k + 1].is_quote and doc[k + 1].tag_ != "POS" and doc[k + 1].is_right_punct:
        k += 1
    return k


def _named_head(doc: Doc, comma: int, next_comma: int) -> bool:
    """Only a person's or an organisation's name lies between the two commas."""
    words = [t for t in doc[comma + 1:next_comma] if t.pos_ != "DET"]
    if not words or _next_item(words[-1], comma):
        return False
    return all(t.ent_type_ in _NAME_TYPES or t.pos_ == "PROPN" for t in words) and \
        any(t.ent_type_ in _NAME_TYPES for t in words)


def _next_item(head: Token, comma: int) -> bool:
    """'in Lyon, Marseille, the housing ministry said': the word after the comma goes on a list before it."""
    return head.dep_ == "conj" and head.head.i == comma - 1


def _particle(token: Token) -> bool:
    """'Willy de Clercq': a name's foreign particle, inside the name's entity, is part of it."""
    return token.pos_ == "X" and token.ent_iob_ == "I"
