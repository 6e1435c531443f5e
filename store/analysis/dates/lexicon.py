"""The word tables of the dates component, loaded once from lexicon.json.

Kept as data so that a new month spelling or modifier is an edit to a table, not to code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_DATA = json.loads((Path(__file__).parent / "lexicon.json").read_text(encoding="utf-8"))

MONTHS: dict[str, int] = _DATA["months"]
WEEKDAYS: dict[str, int] = _DATA["weekdays"]
# the month spellings as a regex alternation, the longest first, so "Sept" is not matched as "Sep" and a stray "t"
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
SEASONS: dict[str, str] = _DATA["seasons"]
PARTS_OF_DAY: dict[str, str] = _DATA["parts_of_day"]
NUMBERS: dict[str, int] = _DATA["numbers"]
VAGUE_NUMBERS: frozenset[str] = frozenset(_DATA["vague_numbers"])
ORDINALS: dict[str, int] = _DATA["ordinals"]
UNITS: dict[str, str] = _DATA["units"]
# the plural units a count or a vague length stands before ("two thousand years", "weeks or months")
COUNTED_PLURALS: frozenset[str] = frozenset(_DATA["counted_plurals"])
REFS: dict[str, str] = _DATA["refs"]
LEXICAL_CANDIDATES: tuple[str, ...] = tuple(_DATA["lexical_candidates"])
SETS: dict[str, str] = _DATA["sets"]
RELATIVE_DAYS: dict[str, int] = _DATA["relative_days"]
ANCHOR_EVENTS: dict[str, int] = _DATA["anchor_events"]
TRIM_LEFT: frozenset[str] = frozenset(_DATA["trim_left"])
# words between two dates the model ran into one span: a range, a clause, a comparison ("higher in 2004 than 2003",
# "against", "than": each date is read alone)
SPLITTERS: frozenset[str] = frozenset(_DATA["splitters"])
HOLIDAYS: dict[str, list] = _DATA.get("holidays", {})
# what a figure counts when the model runs it into a date ("8.5 mln last quarter", "10 pct a year")
AMOUNT_WORDS: frozenset[str] = frozenset(_DATA["amount_words"])
# "the previous business day", "the next trading day": a day of the working week, so a weekend is skipped
BUSINESS_DAY_WORDS: frozenset[str] = frozenset(_DATA["business_day_words"])
TIME_ZONES: frozenset[str] = frozenset(_DATA["time_zones"])  # as written after a clock: "1700 UTC"
# the word that names a zone in full before "time", after a clock: "6 p.m. local time", "1305 Central Time"
ZONE_NAME_WORDS: frozenset[str] = frozenset({"local", "central", "eastern", "pacific", "mountain", "atlantic"})
# four figures of a 24-hour clock ("0645", "2300"): minutes run to 59, so most years (1987) cannot be one
CLOCK_24 = r"(?:[01]\d|2[0-3])[0-5]\d"
CLOCK_DIGITS = re.compile(f"^{CLOCK_24}$")  # a token that is such a clock and nothing else
HOLIDAY_STARTS: frozenset[str] = frozenset(k.split()[0] for k in HOLIDAYS) | {"new", "st.", "saint"}
# "as soon as Tuesday": the earliest the thing may happen, so a day still ahead
AHEAD_BOUNDS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in _DATA["ahead_bounds"])
# "as long as a month", "as late as next year": a bound on a length or a date that TIMEX3 leaves out of the
# expression, and that says nothing of which side of the report the date lies
MEASURE_BOUNDS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in _DATA["measure_bounds"])
# what a market trades for delivery in a named month: "October crude", "December bonds", "for March delivery"
CONTRACT_NOUNS: frozenset[str] = frozenset(_DATA["contract_nouns"])
# a futures month quoted as a contract of its own ("September was four cents higher", "key March closed at 98"): the
# words that move its price after it, and the words a trader puts before it
CONTRACT_MONTH_MOVES: frozenset[str] = frozenset(_DATA["contract_month_moves"])
CONTRACT_MONTH_QUALIFIERS: frozenset[str] = frozenset(_DATA["contract_month_qualifiers"])
# a traded instrument that names its delivery month a few words before it ("June share price index futures")
CONTRACT_INSTRUMENT_NOUNS: frozenset[str] = frozenset(_DATA["contract_instrument_nouns"])
# a cricket century is a hundred runs: the words of its sentence, and the verbs that score one ("hit a century")
BATTING_WORDS: frozenset[str] = frozenset(_DATA["batting_words"])
SCORING_VERBS: frozenset[str] = frozenset(_DATA["scoring_verbs"])
# the last word of a named event that carries its year ("the 1998 World Cup", "Euro 2004", "Expo 2005")
EVENT_HEADS: frozenset[str] = frozenset(_DATA["event_heads"])
# the words of a match being played ("as play went into the last quarter") and of a company's figures ("profits in
# the fourth quarter"): which of the two a quarter without a year belongs to
PLAY_WORDS: frozenset[str] = frozenset(_DATA["play_words"])
EARNINGS_WORDS: frozenset[str] = frozenset(_DATA["earnings_words"])
# what an honour is given as "<noun> of the year/month" ("album of the year", "its word of the year"): the period
# there is the award's name, not a date a reader would look up
HONOUR_NOUNS: frozenset[str] = frozenset(_DATA["honour_nouns"])
# the verbs that tell a figure or event ahead ("expects a loss in the third quarter", "forecast 85 cts in the second
# quarter"), whatever their own tense
FORECAST_VERBS: frozenset[str] = frozenset(_DATA["forecast_verbs"])
# the adjectives that tell, with an infinitive after a copula, what is to come ("the bank is likely to cut rates in
# June", "was likely to begin cutting rates in the second quarter")
FORECAST_ADJECTIVES: frozenset[str] = frozenset(_DATA["forecast_adjectives"])
# a forecast in a past-tense sentence ("said it sees a profit for the year", "freight for the month will fall"): the
# period named is the one under way, neither the year of accounts told as done (reported_years) nor the report's
# last month or year (story_periods); read by lemma as written, with "see" and without the plans of FORECAST_VERBS,
# as the two rules had it
OUTLOOK_VERBS: frozenset[str] = frozenset(_DATA["outlook_verbs"])
# "on the same respective days", "the corresponding months": periods the story told before, pointed back at
TOLD_BEFORE_WORDS: frozenset[str] = frozenset(_DATA["told_before_words"])
# the words a wheat class is graded by before its season ("hard red winter", "dark northern spring"): the season
# there names the crop, with or without "wheat" after it
CROP_GRADES: frozenset[tuple[str, ...]] = frozenset(tuple(g.split()) for g in _DATA["crop_grades"])
# the nouns a trade's shipping period stands before ("for May/June shipment", "for June 1/10 loading")
SHIPPING_NOUNS: frozenset[str] = frozenset(_DATA["shipping_nouns"])
# the wire's shorthand for a quarter ("1987 3rd qtr"), which the model leaves out of the span it tags
QUARTER_SHORTHANDS: frozenset[str] = frozenset(_DATA["quarter_shorthands"])
