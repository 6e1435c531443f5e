"""'“…,” said Ana Ruiz, who has backed the mayor for years. “…”': the verb of a relative clause or an apposition
on the speaker is no cue of the quotation that follows; the two quotations are one split direct quote of the speaker
(quotes/attach.py _describes_source). The parse of opening marks typed as two apostrophes reached back to that
verb and gave the second quotation to it.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_JOINED = [
    (("''We can win this,'' said Ana Ruiz, the party's treasurer, who has backed the mayor for years. "
     "''The voters want change.''"), "Ana Ruiz"),
    (("''Costs are up a little,'' said Mr. Dunn, who noted that prices had fallen by half in the slump. "
     "''Things are moving the right way.''"), "Dunn"),
    (("''I would call it a gamble,'' said Lee Marsh, whom the mayor named to the board, and who now backs the "
     "rival. ''Trust is gone.''"), "Lee Marsh"),
    (('"We can win this," said Ana Ruiz, the party\'s treasurer, who has backed the mayor for years. '
     '"The voters want change."'), "Ana Ruiz"),
]


@pytest.mark.parametrize("text, speaker", _JOINED)
def test_the_second_quotation_goes_on_from_the_cue(nlp, text, speaker):
    quotes = quotes_of(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1 and len(direct[0].spans) == 2, [(q.text, q.speaker, q.cue) for q in quotes]
    assert speaker.lower() in (direct[0].speaker or "").lower()


def test_a_new_speaker_after_the_attribution_keeps_the_quotation(nlp):
    text = ("''We can win this,'' said Ana Ruiz, the party's treasurer. Her rival, Tom Hale, disagreed. "
            "''The voters want change,'' he said.")
    quotes = quotes_of(nlp, text)
    last = [q for q in quotes if "voters" in q.text]
    assert last and "Ruiz" not in (last[0].speaker or ""), [(q.text, q.speaker) for q in quotes]
