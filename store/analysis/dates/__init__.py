"""Dates: TIMEX3 expressions with values resolved against the reference date.

- `component`: the spaCy component that turns candidate spans into dated mentions.
- `spans`: finds the candidate expressions and the tense around them.
- `normalize`: the value of one expression on its own ("last Tuesday", "Q3 1987").
- `anchors`: values that need the story ("the previous day", "a year earlier").
- `weeks`: weeks counted within a month ("the last week of April").
- `slashed`: dates joined by a slash ("1986/87", "May/June shipment", "June 10/July 10"), their spans and values.
- `comparisons`: year-on-year comparisons beside a month's figures ("up 4 pct in May from a year earlier").
- `reference`: infers an article's date from its text when none is given.
- `lexicon` (`lexicon.json`): month, weekday, holiday and unit words, as data.
"""
