"""An organisation's national branch or edition is one name, and it is the speaker, not the country (real model).

Our own sentences, in the shape of an error read on news of our own writing and found again in free Wikinews: the
model tags "Amnesty International Kenya" as the organisation and then the country, and the country became the
speaker of the branch's statement. A firm that is a verb's object before a clause whose subject is a country, and a
country before the noun it modifies, stay apart.
"""

from __future__ import annotations

from entity_support import entities_of
from quote_support import speaker_of


def test_a_branch_named_for_its_country_speaks(nlp) -> None:
    text = ("Police fired tear gas at marchers in the capital on Tuesday. Amnesty International Kenya said at least "
            "fifty people had been held overnight.")
    assert speaker_of(nlp, text, "fifty people") == "Amnesty International Kenya"
    assert ("Kenya", "GPE") not in entities_of(nlp, text)


def test_a_channel_edition_reports(nlp) -> None:
    text = "The storm flattened hundreds of homes along the coast, CNN Philippines reported."
    assert speaker_of(nlp, text, "hundreds of homes") == "CNN Philippines"


def test_a_firm_told_before_a_clause_stays_apart(nlp) -> None:
    text = "The minister told Reuters Peru was current on its interest payments to foreign banks."
    assert ("Peru", "GPE") in entities_of(nlp, text)


def test_a_country_before_its_noun_stays_apart(nlp) -> None:
    text = "The envoy said NATO Ukraine policy would not change after the summit in Vilnius."
    assert ("NATO", "ORG") in entities_of(nlp, text)
