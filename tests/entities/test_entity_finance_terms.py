"""'over the London Interbank Offered Rate (LIBOR)', 'each ADR', '40 mln SDRs', 'PIK certificates', 'VAT receipts':
a reference rate, a security, a reserve asset, a tax or a trade status, spelt out or by its initials, is a term of
the trade, no organisation a reader looks up, though the model tags it ORG (heads.json 'not_names'; real model and
pipeline). Passages of our own."""

from __future__ import annotations

import pytest
from entity_support import mentions

_TERMS = [
    ("Hollis Bank Ltd set the spread at 3/8 point on the London Interbank Offered Rate (LIBOR) each quarter.",
     ("London Interbank Offered Rate", "LIBOR")),
    ("Each ADR represents five ordinary shares of Marden Plc, the company said.", ("ADR",)),
    ("The Fund approved 40 mln SDRs for Ruritania and 12 mln SDR for Freedonia, Hollis Bank said.", ("SDR",)),
    ("The Treasury said the PSBR would be 4 billion stg, while VAT receipts rose, Finance Minister John Marden said.",
     ("PSBR", "VAT")),
    ("Dealers offered 104 pct for PIK certificates, Marden Grain Co said.", ("PIK",)),
    ("Congress renewed Most Favored Nation (MFN) status for Freedonia, the White House said.",
     ("Most Favored Nation", "MFN")),
]


@pytest.mark.parametrize("text, terms", _TERMS)
def test_a_finance_term_is_no_entity(nlp, text, terms) -> None:
    names = {name for name, _, _ in mentions(nlp, text)}
    assert not names & set(terms)
    assert names - set(terms)  # the bodies and people beside it stay
