"""Wire copy sets an unlisted firm's name in angle brackets ('sold the mill to <Harlow Tools Ltd> and will'): the
parser could read the opening bracket as a sentence's end and the name as the next sentence's root, so a report
stopped at the bracket ('it sold the mill to <') and a source in brackets lost its verb to the firm named after
it. The words inside a name's brackets in mid-sentence are held in their sentence before the parser runs (real
model). A bracket that opens a sentence still opens it. A ticker in mid-sentence ('Veldhoven Groep <VLDG.AS.>
said') is held too, with the word after it: its dots read as full stops and its firm lost its verb."""

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


def test_a_ticker_whose_dots_read_as_a_full_stop_keeps_its_firm_s_verb(nlp):
    text = "Veldhoven Groep <VLDG.AS.> said it planned to pool its sales of measuring equipment with a U.S. firm."
    quote = only(quotes_of(nlp, text), "measuring")
    assert (quote.text, quote.speaker) == (
        "it planned to pool its sales of measuring equipment with a U.S. firm",
        "Veldhoven Groep",
    ), quote.speaker


def test_a_ticker_mid_sentence_is_held_with_the_word_after_it():
    text = "Cream Ltd <CRMA.S> and Bell Corp <BELL.N> were keen on the stock."
    assert inside_brackets(text) == [10, 11, 17, 19, 33, 34, 40, 42]
    # a ticker after a line break opens its sentence as before
    assert inside_brackets("Cream Ltd sold it.\n<CRMA.S> said so.") == []
    assert inside_brackets("<CRMA.S> said so.") == []


def test_a_ticker_that_a_parse_already_held_is_unchanged(nlp):
    text = "Corlan Industries Inc <CRLN.O> said it would close two plants in Ohio."
    quote = only(quotes_of(nlp, text), "plants")
    assert (quote.text, quote.speaker) == ("it would close two plants in Ohio", "Corlan Industries Inc")


def test_a_report_whose_subject_holds_a_ticker_opens_on_the_subject(nlp):
    text = ("The commission chairman, Ramon Cruz, said brewer Alan Pike and the brewing company Hollis Ltd <HOLL.S> "
            "were interested in buying 40 pct each of the stock.")
    quote = only(quotes_of(nlp, text), "interested")
    assert quote.text == ("brewer Alan Pike and the brewing company Hollis Ltd <HOLL.S> were interested in buying "
                          "40 pct each of the stock"), quote.text


def test_a_report_opening_inside_a_ticker_opens_on_the_subject(nlp):
    text = "A spokesman said the brewing company Hollis Ltd <HOLL.S> was interested in buying 40 pct of the stock."
    quote = only(quotes_of(nlp, text), "interested")
    assert quote.text == "the brewing company Hollis Ltd <HOLL.S> was interested in buying 40 pct of the stock"


def test_a_report_after_a_ticker_in_the_source_keeps_its_start(nlp):
    text = "Hollis Ltd <HOLL.S> said on Monday that Pike Corp was interested in buying 40 pct of the stock."
    quote = only(quotes_of(nlp, text), "interested")
    assert quote.text.startswith("Pike Corp") or quote.text.startswith("that Pike Corp"), quote.text
    assert quote.speaker == "Hollis Ltd", quote.speaker
