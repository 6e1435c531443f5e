"""A bare "the campaign" speaks as the campaign the article last named as a speaker or owner ("the Lopez campaign
said …", "her campaign"), with the real model and pipeline. Sentences of our own."""

from __future__ import annotations

import pytest
from quote_support import speaker_of

_NAMED = ("Maria Lopez lost Ohio by 900 votes. The Lopez campaign said on Monday it would ask for a recount in two "
          "counties. If only a few votes are at stake, the campaign said, it may not bother.")
_OWNED = ("Maria Lopez spoke in Dayton. Her campaign has long maintained that the donations were legal, and the "
          "campaign would not say who gave them.")
_A_FIRMS = ("Maria Lopez spoke in Dayton. The Lopez campaign spent heavily. The company's campaign for the new soda "
            "said sales were up, and the campaign said more ads would follow.")
_TALKED_ABOUT = ("Maria Lopez spoke in Dayton. A scandal could revive a struggling Lopez campaign, aides fear. The "
                 "campaign said the river would be ruined.")


@pytest.mark.parametrize("text, fragment", [
    (_NAMED, "it may not bother"),
    (_OWNED, "who gave them"),
])
def test_the_campaign_is_the_one_named_before(nlp, text, fragment) -> None:
    assert speaker_of(nlp, text, fragment) == "Lopez campaign"


@pytest.mark.parametrize("text, fragment", [
    # the nearest campaign is no candidate's, or only talked about: nothing says whose "the campaign" is
    (_A_FIRMS, "more ads would follow"),
    (_TALKED_ABOUT, "the river would be ruined"),
])
def test_a_campaign_no_candidate_speaks_for_stays_bare(nlp, text, fragment) -> None:
    assert speaker_of(nlp, text, fragment) != "Lopez campaign"
