"""How a filter matches what is typed, in the words of the help screens: one rule for every filter
(store/matching.py), so one sentence for every help that shows a filter."""

WORD_STARTS = (
    "Each word typed must match where a word starts, in any case and with or without accents: "
    "`iran` finds Iran and Iranian, not Tirana; `erdogan` finds Erdoğan. "
    "A word with a dot or a sign inside matches as written (`U.S.`, `S&P`, `9/11`)."
)
