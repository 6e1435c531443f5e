"""Dates: TIMEX3 expressions with values resolved against the reference date.

- `component`: the spaCy component that turns candidate spans into dated mentions.
- `spans`: finds the candidate expressions; `untagged_calendar` adds the days, years and holidays the model leaves
  untagged ("on the 19th", "April 25 and 26"), and `not_dates` drops the spans that name no time ("the
  25-year-old", "winter wheat").
- `clause_tense`: the tense an expression is told in, which way a bare weekday or month points.
- `normalize`: the value of one expression on its own ("last Tuesday", "Q3 1987"), from the parts
  `expression_parts` reads in its words.
- `weekday_neighbours`: a weekday read again beside the mention next to it ("Thursday, 10 October 2019").
- `anchors`: values that need the story ("the previous day", "a year earlier").
- `weeks`: weeks counted within a month ("the last week of April").
- `slashed`: dates joined by a slash ("1986/87", "May/June shipment", "June 10/July 10"), their spans and values.
- `comparisons`: year-on-year comparisons beside a month's figures ("up 4 pct in May from a year earlier").
- `reference`: infers an article's date from its text when none is given.
- `lexicon` (`lexicon.json`): month, weekday, holiday and unit words, as data.
"""
