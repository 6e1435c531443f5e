"""'<Body> Chairman <Name> said', '<Nationality> Mines and Energy Minister <Name> told', 'U.K. Minister for Aviation
<Name> said': the post's holder, named straight before the cue, speaks, not the post or the body the parse headed
the subject with; a name behind a preposition or a participle ('an aide to <Post> <Name>', 'a group led by
<Name>') stays someone else's (real model). Sentences of our own."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of

_HOLDERS = [
    ("JAKARTA, March 3 - A new tin pact is unrealistic, Indonesian Mines and Energy Minister Sutomo told reporters.",
     "tin pact", "Sutomo"),
    (("WASHINGTON, March 3 - Council of Economic Advisers Chairman Ann Porter called on Latin American governments "
     "to cut deficits."), "deficits", "Ann Porter"),
    ("LONDON, March 3 - Air traffic should rise five pct this year, U.K. Minister for Aviation Peter Crane said.",
     "Air traffic", "Peter Crane"),
    (("LONDON, March 3 - International Coffee Organization, ICO, Council chairman, Jean Kouame, said he will seek a "
     "compromise on the rules."), "compromise", "Jean Kouame"),
]


@pytest.mark.parametrize("text, fragment, holder", _HOLDERS)
def test_the_holder_named_before_the_cue_speaks(nlp, text, fragment, holder) -> None:
    quote = only(quotes_of(nlp, text), fragment)
    assert quote.speaker == holder, quote.speaker
    assert quote.speaker_role, quote


def test_the_body_before_the_post_is_the_affiliation(nlp) -> None:
    text = ("WASHINGTON, March 3 - Council of Economic Advisers Chairman Ann Porter called on Latin American "
            "governments to cut deficits.")
    quote = only(quotes_of(nlp, text), "deficits")
    assert (quote.speaker_role, quote.affiliation) == ("Chairman", "Council of Economic Advisers"), quote


@pytest.mark.parametrize("text, fragment, source", [
    ("WASHINGTON, March 3 - Farm exports will rise, an aide to Agriculture Secretary Richard Lyng said.",
     "Farm exports", "aide"),
    (("NEW YORK, March 3 - A group led by New York investor Mario Tessaro said it raised its stake in Tressel "
     "Mills Inc."), "stake", "group"),
])
def test_a_name_behind_a_preposition_is_someone_elses(nlp, text, fragment, source) -> None:
    assert source in (only(quotes_of(nlp, text), fragment).speaker or ""), text
