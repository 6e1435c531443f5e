"""A firm's legal form set off from its name by a comma: '<Name>, S.A.', '<Name> of <Place>, FSB'.

The model tags the form alone, most often as a place (a lone 'S.A.' reads as initials), and the name before the comma
as a separate mention of any kind, or not at all when a place ends it ('<Word> de <Country>, S.A.': the country is
tagged, the words before it are not). The form closes the name: the whole, from the name's first capitalised word to
the form, is one firm.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, covered, mention_of
from .vocabulary import HEADS, NAME_LABELS, ROMANCE_JOINING

# the forms that stand for nothing else after a comma: not 'Co', 'NV', 'SA' or 'AB', which are also how copy writes
# a state or a province after a town ('Boulder, Co.', 'Reno, NV', 'Adelaide, SA')
_FORMS = {"S.A", "N.V", "Inc", "Corp", "Ltd", "Plc", "PLC", "LLC", "Limited", "Corporation"} | \
    {f.upper().rstrip(".") for f in HEADS["thrift_forms"]}

# the small words inside a firm's name before a comma and its form: the Romance ones ('Petroleos de <Country>',
# 'Minas y <Name>'), Italian 'di', the 'e' of Portuguese and Italian, and English 'of' ('<Name> of <Place>, FSB'); not
# English 'and', which untagged's walk reads only after checking that no other firm's legal form stands before it
# ('<Firm> AB and <Firm> Inc' are two)
_JOINING = ROMANCE_JOINING | {"di", "e", "of"}


def _a_lone_form(m: Mention) -> bool:
    return len(m.words) == 1 and m.words[0].rstrip(".") in _FORMS


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and not tok.is_stop and any(c.isalpha() for c in tok.text) \
        and not tok.is_punct


def legal_forms_after_a_comma(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    taken = covered(mentions)
    # the forms the model tagged alone, and those it left untagged after a firm it tagged
    forms = {m.start: m for m in mentions if _a_lone_form(m)}
    forms.update({i: None for i in range(2, len(doc)) if i not in taken and doc[i].text.rstrip(".") in _FORMS})
    if not forms:
        return mentions
    by_end = {m.end: m for m in mentions}
    dropped: set[int] = set()
    made: list[Mention] = []
    for at, form in sorted(forms.items()):
        comma = at - 1
        if doc[comma].text != "," or doc[comma].is_sent_start or doc[at].is_sent_start:
            continue
        before = by_end.get(comma)
        if before is not None and before.label not in NAME_LABELS or form is None and (
                before is None or before.label != "ORG"):
            continue
        start = before.start if before is not None else comma
        # run back over the name's untagged words, a joining word only between two of them
        i = start - 1
        while i >= 0 and i not in taken and (doc[i].whitespace_ or i + 1 == comma) and not doc[i + 1].is_sent_start:
            if _name_word(doc[i]):
                start = i
            elif doc[i].lower_ not in _JOINING or start != i + 1:
                break
            i -= 1
        if start == comma:
            continue
        dropped.update(id(m) for m in (form, before) if m is not None)
        made.append(mention_of(doc[start:at + 1], "ORG", before.role if before else None,
                               before.affiliation if before else None))
    if not made:
        return mentions
    return sorted([m for m in mentions if id(m) not in dropped] + made, key=lambda m: m.start)
