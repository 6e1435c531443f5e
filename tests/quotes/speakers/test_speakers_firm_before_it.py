"""An "it" that speaks in a sentence naming one firm before it, with no subject the walk could give it ("Shares in
<Firm> plunged after it warned …"), is that firm (speakers/firm_before_it.py), with the real model and pipeline.
Sentences of our own, in the shape of a business story's first line."""

from __future__ import annotations

from quote_support import speaker_of


def test_it_after_the_firms_shares_is_the_firm(nlp) -> None:
    text = (
        "Shares in Danish toy maker Brikstad Group plunged 20% after it warned of a steep fall in full year "
        "profits.\n\nBrikstad said profits after tax would be between 10% and 15% lower than a year before."
    )
    assert speaker_of(nlp, text, "steep fall") == "Brikstad Group"


def test_it_after_another_subject_is_not_the_firm(nlp) -> None:
    # the regulator stands between the firm and the "it"
    text = "Shares in Brikstad Group fell 4% after the regulator said it would open an inquiry into its accounts."
    assert speaker_of(nlp, text, "open an inquiry") != "Brikstad Group"


def test_it_after_two_firms_is_left(nlp) -> None:
    text = "Shares in Brikstad Group and Tovana Holdings rose 5% after it said sales had doubled in the year."
    assert speaker_of(nlp, text, "sales had doubled") not in ("Brikstad Group", "Tovana Holdings")
