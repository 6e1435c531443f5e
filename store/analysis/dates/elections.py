"""A bare month that names a vote still to come: "the November election", "can win in November".

Alone, a month with no year in a sentence told without a past tense is read in a window around the
report that leans back (most bare months in news look back). An election, though, is a fixed date on
the calendar that a campaign story looks ahead to: "the nominee in November", told in January or in
March, is the November ahead, not the one just gone. Told in the past ("endorsed her in November"),
after "since" or "last", or when the month just ended (the report's month or the one before), the
month stays where the tense put it.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

# words that make a sentence about a vote: the contest itself, its candidates, winning it (not "voters" or
# "poll": "a poll of voters in February" was taken, not held ahead)
_VOTE_WORDS = {
    "election", "elections", "electoral", "electorate", "ballot", "ballots", "nominee", "nominees", "matchup",
    "vote", "votes", "win",
}
# how the month names the vote's time: "the November election", "November's general election", or the time
# something is done by ("win in November", "closer to November"), not the time of a thing told ("a March speech")
_CONTEST_NOUNS = {"election", "elections", "general", "ballot", "vote", "matchup", "contest", "race", "presidential"}
_TIME_LEADS = {"in", "into", "until", "till", "before", "by", "come", "to", "toward", "towards", "this"}
# a month after these words has already passed, whatever the vote ("up 10 points from December")
_BACK_LEADS = {"since", "from", "last", "past", "earlier", "previous", "back"}


def election_month(doc: Doc, s: int, e: int, value: str, ref: date | None, tense: str | None) -> str | None:
    """The month ahead ("2016-11") for a bare month (tokens s:e, read as `value`) in a sentence about a vote
    told without the past tense, when it was read a year back; otherwise None."""
    if ref is None or tense == "past" or e - s != 1 or len(value) != 7:
        return None
    year, month = int(value[:4]), int(value[5:])
    behind = (ref.year - year) * 12 + ref.month - month
    if behind < 2:  # ahead already, or the month just gone: "the November election", told in December
        return None
    if s > 0 and doc[s - 1].lower_ in _BACK_LEADS:
        return None
    nxt = e + 1 if e + 1 < len(doc) and doc[e].text in ("'s", "’s") else e
    if not ((nxt < len(doc) and doc[nxt].lower_ in _CONTEST_NOUNS) or (s > 0 and doc[s - 1].lower_ in _TIME_LEADS)):
        return None
    sent = doc[s].sent
    if not any(t.lower_ in _VOTE_WORDS for t in sent if not (s <= t.i < e)):
        return None
    ahead = ref.year if month >= ref.month else ref.year + 1
    return f"{ahead:04d}-{month:02d}"
