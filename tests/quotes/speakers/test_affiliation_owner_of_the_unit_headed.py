""""<Name>, who leads/heads/runs <Body>'s <unit>," ties the person to the body that owns the unit, as "who heads
<Body>" ties them to the body (no role: the clause gives none) (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_who_leads_a_partys_group(nlp) -> None:
    text = "Mara Holt, who leads the Green League's group in the assembly, said the bill would pass."
    q = quote_with(nlp, text, "the bill would pass")
    assert q.speaker == "Mara Holt"
    assert q.affiliation == "Green League"
    assert q.speaker_role is None


def test_who_runs_a_firms_desk(nlp) -> None:
    text = "Mara Holt, who runs Kestrel Bank's bond desk, said yields would rise."
    assert quote_with(nlp, text, "yields would rise").affiliation == "Kestrel Bank"


def test_who_runs_a_persons_farm_has_none(nlp) -> None:
    text = "Mara Holt, who runs her father's farm, said yields would rise."
    assert quote_with(nlp, text, "yields would rise").affiliation is None
