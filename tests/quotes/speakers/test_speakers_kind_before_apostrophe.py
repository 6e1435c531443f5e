"""A plural common noun before a bare apostrophe says which people an unnamed source is ("health workers'
unions", "the miners' leaders", "the stockbrokers' association"), where a name before one owns the source
("Warren's aides": the aides). Real model; sentences and names of our own.
"""

from __future__ import annotations

from quote_support import speaker_of


def test_workers_unions(nlp) -> None:
    text = "NAIROBI - Health workers' unions have threatened to strike in June over unpaid wages.\n"
    assert speaker_of(nlp, text, "to strike in June") == "Health workers' unions"


def test_the_miners_leaders(nlp) -> None:
    text = "JOHANNESBURG - The miners' leaders said the wage talks with the shaft owners had broken down.\n"
    assert speaker_of(nlp, text, "the wage talks") == "miners' leaders"


def test_the_stockbrokers_association(nlp) -> None:
    text = "PARIS - Share prices fell sharply, the stockbrokers' association said on Monday.\n"
    assert speaker_of(nlp, text, "Share prices fell sharply") == "stockbrokers' association"


def test_a_named_owner_is_left_out(nlp) -> None:
    text = "BOSTON - Warren's aides said she would run again.\n"
    assert speaker_of(nlp, text, "she would run again") == "aides"
