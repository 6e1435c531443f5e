"""The analysis contract, canonical entities, and analyses cached in the library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store.analysis import analyze
from store.analysis.record import contract, from_rows, to_rows
from store.library import Library
from store.seeds import seed_articles
from tui.cli import main


@pytest.fixture(scope="module")
def seed():
    return next(a for a in seed_articles() if a.source == "Athens News Agency")


@pytest.fixture(scope="module")
def seed_analysis(nlp, seed):
    return analyze(nlp, seed.text, seed.published)


def names(analysis, label):
    return {e.canonical for e in analysis.entities if e.label == label}


def test_xi_and_putin_are_one_entity_each(seed_analysis) -> None:
    people = names(seed_analysis, "PERSON")
    assert {"Xi Jinping", "Vladimir Putin", "Donald Trump"} <= people
    assert "Xi" not in people and "Putin" not in people
    xi = [e for e in seed_analysis.entities if e.canonical == "Xi Jinping"]
    assert {e.text for e in xi} == {"Xi Jinping", "Xi"} and len(xi) == 5


def test_titles_are_roles_not_names(seed_analysis) -> None:
    first_xi = next(e for e in seed_analysis.entities if e.canonical == "Xi Jinping")
    assert (first_xi.text, first_xi.role) == ("Xi Jinping", "President")


def test_kyiv_is_a_place(seed_analysis) -> None:
    kyiv = [e for e in seed_analysis.entities if e.text == "Kyiv"]
    assert kyiv and all(e.label == "GPE" for e in kyiv)


def test_the_us_under_every_spelling_is_the_united_states(nlp) -> None:
    text = "The United States and the U.S. Senate disagree. US officials said America would wait."
    analysis = analyze(nlp, text)
    places = {e.text: e.canonical for e in analysis.entities if e.label == "GPE"}
    assert places and set(places.values()) == {"United States"}
    assert "United States" in places and ("US" in places or "U.S." in places)


def test_a_leading_the_and_a_possessive_are_not_part_of_the_name(nlp) -> None:
    analysis = analyze(nlp, "The European Commission's decision surprised the United Nations.")
    orgs = {e.canonical for e in analysis.entities if e.label == "ORG"}
    assert "European Commission" in orgs and "United Nations" in orgs


def test_an_acronym_is_the_organisation_it_spells(nlp) -> None:
    text = "Leaders met at the Shanghai Cooperation Organisation summit. The SCO was founded in 2001."
    orgs = [e for e in analyze(nlp, text).entities if e.label == "ORG"]
    assert {e.canonical for e in orgs} == {"Shanghai Cooperation Organisation"}


def test_an_acronym_may_take_more_than_the_initials(nlp) -> None:
    text = ("The Singapore International Monetary Exchange opened in 1984. "
            "Dealers said SIMEX would add contracts.")
    names = {e.text: (e.canonical, e.label) for e in analyze(nlp, text).entities}
    assert names.get("SIMEX") == ("Singapore International Monetary Exchange", "ORG")


def test_a_name_defined_in_parentheses_is_one_organisation(nlp) -> None:
    text = "The Chicago Board of Trade (CBOT) will introduce night trading."
    orgs = [e for e in analyze(nlp, text).entities if e.label == "ORG"]
    assert [e.text for e in orgs] == ["Chicago Board of Trade", "CBOT"]
    assert {e.canonical for e in orgs} == {"Chicago Board of Trade"}


@pytest.mark.parametrize("text", [
    "Kiichi Miyazawa met James Baker. Miyazawa said the yen was too strong.",
    "Guy Verhofstadt arrived in Brussels. Verhofstadt said Europe must act.",
])
def test_a_person_the_model_calls_an_organisation_is_a_person(nlp, text) -> None:
    # the model labels both names ORG; a first name, then the surname alone, make them people
    analysis = analyze(nlp, text)
    first = analysis.entities[0]
    surname = first.text.split()[-1]
    mentions = [e for e in analysis.entities if e.text in (first.text, surname)]
    assert len(mentions) == 2 and {(e.label, e.canonical) for e in mentions} == {("PERSON", first.text)}
    assert analysis.quotes[0].speaker == first.text


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Eva Glawischnig-Piesczek sued Facebook. Glawischnig-Piesczek won the case.",
     "Eva Glawischnig-Piesczek", "Glawischnig-Piesczek"),
    ('Jo Jorgensen picked Jeremy "Spike" Cohen as her running mate. Spike Cohen accepted.',
     'Jeremy "Spike" Cohen', "Spike Cohen"),
    ("Rocky De La Fuente won the primary. De La Fuente thanked voters.", "Rocky De La Fuente", "De La Fuente"),
])
def test_a_name_is_written_as_the_article_writes_it_and_its_short_forms_join_it(nlp, text, full, short) -> None:
    canonical = {e.text: e.canonical for e in analyze(nlp, text).entities if e.label == "PERSON"}
    assert canonical.get(full) == full and canonical.get(short) == full


def test_a_firm_named_after_people_stays_a_firm(nlp) -> None:
    analysis = analyze(nlp, "Morgan Stanley raised its forecast. Analysts at Morgan Stanley expect profits to rise.")
    assert {e.label for e in analysis.entities if e.canonical == "Morgan Stanley"} == {"ORG"}


def test_every_span_indexes_the_text_as_given(seed_analysis, seed) -> None:
    text = seed.text
    result = contract(seed_analysis)
    for entity in result["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
    for quote in result["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        for start, end in quote["spans"]:
            assert quote["start"] <= start < end <= quote["end"]
    for found in result["dates"]:
        assert text[found["start"] : found["end"]] == found["text"]
        assert found["sentence_start"] <= found["start"] < found["end"] <= found["sentence_end"]
    assert result["reference_date"] == {"value": "2025-09-02", "source": "given"}
    assert set(result) == {"reference_date", "entities", "quotes", "dates"}


def test_storage_rows_round_trip(seed_analysis, seed) -> None:
    rows = json.loads(json.dumps(to_rows(seed_analysis)))
    assert from_rows(rows, seed.text) == seed_analysis


def test_odd_texts_never_raise(nlp) -> None:
    for text in ["", " ", "“", "\"\"\"", "May may.", "12345", "The the the.", "‘’«»“”", "\n\n\n"]:
        analysis = analyze(nlp, text)
        for e in analysis.entities:
            assert text[e.start : e.end] == e.text


def test_analyze_a_batch_prints_one_line_per_input_in_order(tmp_path: Path, capsys, seed) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "a", "text": seed.text, "published": "2025-09-02"}) + "\n"
        + "not json\n"
        + json.dumps({"id": "b", "text": "Angela Merkel spoke in Berlin on Monday."}) + "\n"
    )
    code = main(["analyze", str(batch)])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and "batch.jsonl:2: is not valid JSON" in err
    assert [line["id"] for line in lines] == ["a", None, "b"]
    assert "error" in lines[1]
    assert lines[0]["reference_date"]["value"] == "2025-09-02"
    assert lines[2]["reference_date"] == {"value": None, "source": "none"} or lines[2]["reference_date"]["source"] == "inferred"
    assert any(e["canonical"] == "Angela Merkel" for e in lines[2]["entities"])


def test_jobs_spread_the_analysis_over_processes_with_the_same_result(tmp_path: Path, capsys, seed) -> None:
    rows = [{"id": "seed", "text": seed.text, "published": "2025-09-02"}]
    rows += [{"id": f"s{n}", "text": f"Angela Merkel said on Monday that talks {n} in Berlin had failed."}
             for n in range(40)]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(row) + "\n" for row in rows))
    outputs = []
    for jobs in ("1", "2"):
        assert main(["analyze", str(batch), "--jobs", jobs]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    lines = [json.loads(line) for line in outputs[1].splitlines()]
    assert [line["id"] for line in lines] == [row["id"] for row in rows]
    assert lines[0]["reference_date"]["value"] == "2025-09-02" and lines[-1]["quotes"][0]["speaker"] == "Angela Merkel"


def test_add_with_jobs_stores_every_analysis(tmp_path: Path, capsys) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(
        json.dumps({"title": f"Talks {n}", "text": f"Angela Merkel said on Monday that talks {n} had failed.",
                    "published": "2025-09-02"}) + "\n" for n in range(30)))
    db = tmp_path / "lib" / "library.json"
    assert main(["add", str(batch), "--db", str(db), "--jobs", "2"]) == 0
    library = Library(db)
    assert len(library) == 30
    assert all(library.analysis_doc(info.id) is not None for info in library.infos())


def test_analyze_a_single_file(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Title: Budget\n\nThe mayor of Lyon, Grégory Doucet, presented the budget.\n")
    assert main(["analyze", str(story), "--published", "2025-09-02"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["text"].startswith("The mayor of Lyon")
    assert result["reference_date"] == {"value": "2025-09-02", "source": "given"}
    lyon = next(e for e in result["entities"] if e["text"] == "Lyon")
    assert result["text"][lyon["start"] : lyon["end"]] == "Lyon"


def test_add_stores_analyses_and_opening_does_not_load_spacy(tmp_path: Path, capsys, seed) -> None:
    db = tmp_path / "library.json"
    files = [str(p) for p in sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))]
    assert main(["add", *files, "--db", str(db)]) == 0
    capsys.readouterr()
    code = (
        "import sys; from store.library import Library; from store.analyses import stored_analysis\n"
        f"lib = Library({str(db)!r})\n"
        "found = [stored_analysis(lib, lib.get(i.id)) for i in lib.infos()]\n"
        "print(sum(a is not None for a in found), len(found), 'spacy' in sys.modules)\n"
        f"a = stored_analysis(lib, lib.get({seed.id!r}))\n"
        "print(sorted({e.canonical for e in a.entities if e.label == 'PERSON'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0] == "5 5 False"
    assert "Xi Jinping" in out[1] and "Vladimir Putin" in out[1]


def test_no_analyze_defers_and_a_stale_version_is_redone(tmp_path: Path, capsys, seed, monkeypatch) -> None:
    from store import analyses
    from store.library import Library

    db = tmp_path / "library.json"
    seed_file = Path(__file__).parents[2] / "seeds" / "000_f708116572588e45.txt"
    assert main(["add", str(seed_file), "--no-analyze", "--db", str(db)]) == 0
    library = Library(db)
    article = library.get(seed.id)
    assert analyses.stored_analysis(library, article) is None
    fresh, unsaved = analyses.analysis_for(library, article)
    assert unsaved is None
    assert analyses.stored_analysis(Library(db), article) == fresh
    monkeypatch.setattr(analyses, "ANALYZER_VERSION", "older")
    assert analyses.stored_analysis(Library(db), article) is None


def test_facets_let_the_library_be_filtered_without_reading_analyses(tmp_path: Path, capsys, seed) -> None:
    from store.library import Library

    db = tmp_path / "library.json"
    files = [str(p) for p in sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))]
    assert main(["add", *files, "--db", str(db)]) == 0
    library = Library(db)
    facets = library.facets()
    assert set(facets) == {i.id for i in library.infos()}
    assert {"Xi Jinping", "Vladimir Putin", "Tianjin"} <= set(facets[seed.id].entity_names())
    assert "Vladimir Putin" in facets[seed.id].speaker_names()
    assert "2025-09-03" in facets[seed.id].day_values()
    library.remove(seed.id)
    assert seed.id not in Library(db).facets()


def test_a_long_text_is_analysed_in_pieces_with_offsets_into_the_whole(nlp, seed) -> None:
    from store.analysis.pipeline import analyze_many, pieces

    text = seed.text + "\n" + seed.text
    cut = pieces(text, 1000)
    assert len(cut) > 4 and "".join(p for _, p in cut) == text and all(len(p) <= 1000 for _, p in cut)
    (whole,) = analyze_many(nlp, [(text, seed.published)], piece_limit=1000)
    assert whole.reference_date.value == seed.published
    assert sum(e.canonical == "Vladimir Putin" for e in whole.entities) >= 10
    for e in whole.entities:
        assert text[e.start : e.end] == e.text
    for q in whole.quotes:
        assert text[q.start : q.end] == q.text
        assert all(q.start <= a < b <= q.end for a, b in q.spans)
    for d in whole.dates:
        assert text[d.start : d.end] == d.text
        assert d.sentence_start <= d.start < d.end <= d.sentence_end
    assert any(e.start > len(seed.text) for e in whole.entities)


@pytest.mark.parametrize("dateline", ["NEW YORK, March 9 - ", "WASHINGTON (AP) — ", "New York, Feb 26 - "])
def test_a_wire_dateline_is_not_part_of_the_first_sentence(nlp, dateline) -> None:
    text = dateline + "U.S. authorities intervened in the currency market in January, the Federal Reserve said."
    quote = analyze(nlp, text).quotes[0]
    assert quote.text.startswith("U.S. authorities intervened") and quote.speaker == "Federal Reserve"


def test_a_dateline_after_a_headline_is_not_part_of_the_first_sentence(nlp) -> None:
    text = ("CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.\n\n"
            "PEKING, March 3 - China called on the United States to remove curbs on its exports.")
    analysis = analyze(nlp, text)
    assert next(q for q in analysis.quotes if "remove curbs" in q.text).speaker == "China"
    assert [d.text for d in analysis.dates] == ["March 3"]  # not "March 3 - China"


def test_a_capitalised_opening_without_a_dash_is_not_a_dateline(nlp) -> None:
    doc = nlp("NATO leaders met on Monday, officials said.")
    assert [s.text for s in doc.sents] == ["NATO leaders met on Monday, officials said."]


@pytest.mark.parametrize("text", [
    "Ukraine and accusations of support\nThe minister said talks would go on.\n\n  Officials agreed.",
    "\nA line first.\r\nThen a second one \n \n\tand a third after spaces.\n",
    "No break at all in this sentence, which the parser alone splits.",
    "PEKING, March 3 - China called on the United States.\nIt said so twice.",
    "\n\n",
    "",
])
def test_every_line_opens_a_sentence_in_a_made_doc_and_a_plain_one(nlp, text) -> None:
    from store.analysis.doctext import text_of
    from store.analysis.pipeline import make_doc

    def opens(doc):
        return [t.i for t in doc if t.is_sent_start]

    made = next(iter(nlp.pipe([make_doc(nlp, text, None)])))  # the text kept from make_doc
    plain = nlp(text)  # the text read from the tokens
    assert text_of(made) == made.text == text_of(plain) == text
    assert opens(made) == opens(plain)
    for doc in (made, plain):
        for t in doc[1:]:
            if "\n" in doc[t.i - 1].text_with_ws and not t.is_space:
                assert t.is_sent_start, (t.i, t.text)


def test_a_dateline_abbreviation_stays_with_its_sentence_and_its_report(nlp) -> None:
    text = "WASHINGTON, Oct 20 - U.S. military planners ruled out an attack on the ships, officials said."
    assert [s.text for s in nlp(text).sents] == [
        "WASHINGTON, Oct 20 -", "U.S. military planners ruled out an attack on the ships, officials said."]
    [quote] = analyze(nlp, text).quotes
    assert (quote.text, quote.speaker) == ("U.S. military planners ruled out an attack on the ships", "officials")


@pytest.mark.parametrize("text, word, opens", [
    ("Shares of Acme Corp. -- a maker of valves -- fell, the company said.", "--", False),
    ("Exports to the U.S. rose 12 pct in May.", "rose", False),
    ("The talks start at 10 a.m. tomorrow.", "tomorrow", False),
    ("Gov.\nJane Holloway spoke first.", "Jane", True),  # a line break still ends a sentence
    ("He lives in the U.S. In response, officials said nothing.", "In", None),  # the parser decides
    ("The vote was close. And officials said nothing.", "And", None),
])
def test_the_word_after_an_abbreviation_is_marked_before_the_parser(nlp, text, word, opens) -> None:
    from store.analysis.paragraphs import paragraphs
    from store.analysis.pipeline import make_doc

    doc = paragraphs(make_doc(nlp, text, None))
    token = next(t for t in doc if t.text == word)
    assert token.is_sent_start is opens


@pytest.mark.parametrize("attr, of", [
    ("ORTH", lambda t: t.text), ("POS", lambda t: t.pos_), ("TAG", lambda t: t.tag_), ("DEP", lambda t: t.dep_),
    ("ENT_TYPE", lambda t: t.ent_type_),
])
def test_a_column_holds_each_tokens_string_for_the_attribute(nlp, attr, of) -> None:
    from store.analysis.doctext import column
    from store.analysis.pipeline import make_doc

    text = "Recep Tayyip Erdoğan said on Monday\u200b that Ankara would act.\n\nErdogan’s aides in İstanbul agreed."
    doc = next(iter(nlp.pipe([make_doc(nlp, text, None)])))
    assert column(doc, attr) == [of(t) for t in doc]
    assert column(doc, attr) is column(doc, attr)  # read once per Doc


def test_the_token_list_and_slices_stand_for_the_docs_own(nlp) -> None:
    from store.analysis.doctext import doc_slice, lowers, text_of, tokens
    from store.analysis.pipeline import make_doc

    text = "The harbour board met on Tuesday.\n\nIts chairman, Ana Ruiz, said the quay would reopen."
    doc = next(iter(nlp.pipe([make_doc(nlp, text, None)])))
    assert "newsreader_tokens" not in doc.user_data  # dropped by the last component: it and the Doc refer to each other
    toks = tokens(doc)
    assert toks is tokens(doc) and toks == [doc[i] for i in range(len(doc))]
    assert [(t.i, t.text, t.ent_type_, t.head.i) for t in toks] == [(t.i, t.text, t.ent_type_, t.head.i) for t in doc]
    assert lowers(doc) == [t.lower_ for t in doc]
    n = len(doc)
    for start in range(-3, n + 3):
        for end in range(-3, n + 3):
            got, want = doc_slice(doc, start, end), doc[start:end]
            assert (got.start, got.end, got.label) == (want.start, want.end, want.label)
    assert doc_slice(doc, 0, n).text == text_of(doc) == text


def test_word_cleaning_and_the_country_table_give_the_uncached_answers() -> None:
    import pycountry

    from store.analysis.dates.normalize import clean
    from store.analysis.entities.gazetteer import _country_lookup

    words = clean("Last Year's 3rd quarter, 7:15 p.m.")
    words.append("changed")  # a caller's own list: the kept words stay as they were
    assert clean("Last Year's 3rd quarter, 7:15 p.m.") == ["last", "year", "third", "quarter", "7:15", "pm"]
    table = _country_lookup()
    for name in ("France", "FRA", "fr", "250", "Viet Nam", "Republic of Korea", "Bolivia, Plurinational State of",
                 "Taiwan", "TAIWAN, PROVINCE OF CHINA", "Atlantis", "Scotland", ""):
        try:
            expected = pycountry.countries.lookup(name).alpha_2
        except LookupError:
            expected = None
        assert table.get(name.lower()) == expected, name


def test_batches_hold_a_bounded_number_of_characters_and_keep_the_order(nlp, monkeypatch) -> None:
    from store.analysis import pipeline

    texts = [f"Report {n}. The minister said on Monday that talks would go on. " * 150 for n in range(8)]
    expected = [analyze(nlp, t).quotes[0].text for t in texts]
    held: list[int] = []
    real_pipe = nlp.pipe

    def counting_pipe(docs, batch_size=32):
        docs = list(docs)
        held.append(sum(len(d.text) for d in docs))
        return real_pipe(docs, batch_size=batch_size)

    monkeypatch.setattr(nlp, "pipe", counting_pipe)
    results = list(pipeline.analyze_many(nlp, [(t, None) for t in texts]))
    assert [r.quotes[0].text for r in results] == expected
    assert sum(held) == sum(map(len, texts)) and len(held) > 1 and max(held) <= pipeline.BATCH_CHARS
