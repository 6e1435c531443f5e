"""Wire copy sets an unlisted firm's name in angle brackets ('sold the mill to <Harlow Tools Ltd> and will'): the
parser could read the opening bracket as a sentence's end and the name as the next sentence's root, so a report
stopped at the bracket ('it sold the mill to <') and a source in brackets lost its verb to the firm named after
it. The words inside a name's brackets in mid-sentence are held in their sentence before the parser runs (real
model). A bracket that opens a sentence still opens it, and a ticker ('<ACME.N>') is left to the parser."""

from __future__ import annotations

from quote_support import only, quotes_of

from store.analysis.paragraphs import inside_brackets


def test_a_report_runs_on_through_a_bracketed_buyer(nlp):
    text = ("Marlow Chemicals Inc said it sold its resin unit to <Fenwick Plastics Co> and will use the money "
            "to cut debt.")
    quote = only(quotes_of(nlp, text), "resin unit")
    assert quote.text == ("it sold its resin unit to <Fenwick Plastics Co> and will use the money to cut debt"), \
        quote.text
    assert quote.speaker == "Marlow Chemicals Inc", quote.speaker


def test_a_report_runs_on_through_a_bracketed_name_after_because(nlp):
    text = ("Brenton Foods Corp said it has agreed to drop the proposed purchase of <Lakeside Dairy> because "
            "<Westfield Capital Partners> has withdrawn as lender.")
    quote = only(quotes_of(nlp, text), "Lakeside")
    assert quote.text.endswith("<Westfield Capital Partners> has withdrawn as lender"), quote.text


def test_a_bracketed_source_keeps_its_verb_over_its_owner(nlp):
    text = "<Dorset Mills Ltd>, 40 pct owned by <Keswick Holdings Corp>, said profits would rise this year."
    quote = only(quotes_of(nlp, text), "profits")
    assert quote.speaker == "Dorset Mills Ltd", quote.speaker


def test_a_bracket_that_opens_a_sentence_still_opens_it(nlp):
    text = ("Tellam Corp said it sold its paint unit for nine mln dlrs. <Ostrow Paints Inc> said it would keep "
            "the unit's staff.")
    quotes = quotes_of(nlp, text)
    assert only(quotes, "paint unit").text == "it sold its paint unit for nine mln dlrs"
    second = only(quotes, "staff")
    assert (second.text, second.speaker) == ("it would keep the unit's staff", "Ostrow Paints Inc")


def test_a_ticker_is_left_to_the_parser(nlp):
    assert inside_brackets("Cream Ltd <CRMA.S> and Bell Corp <BELL.N> were keen on the stock.") == []
    text = "Corlan Industries Inc <CRLN.O> said it would close two plants in Ohio."
    quote = only(quotes_of(nlp, text), "plants")
    assert (quote.text, quote.speaker) == ("it would close two plants in Ohio", "Corlan Industries Inc")
