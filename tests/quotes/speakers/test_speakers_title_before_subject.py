"""'According to his agent, <Surname> had surgery': the name after the comma is the subject of what the agent
said, not the agent set off by a comma, so the words are not the named person's own; a holder set off by commas
before the verb ('<Firm>'s chairman, <Name>, said') still is. Real model and pipeline; sentences of our own."""

from __future__ import annotations

from quote_support import speaker_of

_AGENT = (
    "The British singer John Parkfield died on Monday at his home in Leeds. According to his agent, Parkfield "
    "had been ill for some months.\n\nHe was 71."
)
_PUBLICIST = (
    "The actor Mark Dunmore, who starred in three westerns, died on Sunday.\n\n"
    "According to his publicist, Dunmore died of heart failure. He is survived by his wife."
)
_CHAIRMAN = (
    "Harlow Mills Inc reported higher profits on Monday. The company's chairman, Peter Harlow, said sales "
    "of flour rose in every region."
)


def test_the_agent_is_not_the_singer_he_speaks_of(nlp) -> None:
    assert speaker_of(nlp, _AGENT, "had been ill") != "John Parkfield"


def test_the_publicist_is_not_the_actor_he_speaks_of(nlp) -> None:
    assert speaker_of(nlp, _PUBLICIST, "died of heart failure") != "Mark Dunmore"


def test_a_chairman_set_off_by_commas_still_speaks(nlp) -> None:
    assert speaker_of(nlp, _CHAIRMAN, "sales of flour") == "Peter Harlow"
