"""The attribute ruler matched through an index finds exactly what spaCy's Matcher finds."""

from __future__ import annotations

import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from store.analysis import build_pipeline
from store.analysis.attribute_ruler_index import _IndexedMatch, index_attribute_ruler
from store.model import model_name

# made-up sentences that reach the ruler's exceptions: contractions, pronouns as objects, "there is", spaces
SENTENCES = [
    "Dana Velloway said she's gonna ask Brekkin Tools whether they'd sell, and let's see if it ain't so.",
    "Y'all know nothin' about it, Mr. Oskarsen told me.  There are two offers and there's a third.",
    "\"I don't think it will,\" said Parvel Quinto, who has got to wait; c'mon, he added, we're not done.",
    "The board, which did not vote, gave it to us at 9 a.m. on Tuesday.\n\nShares of Hollin & Marr rose 4 pct.",
]


def _before_the_ruler(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = proc(doc)
    raise AssertionError("no attribute_ruler")


def test_the_pipeline_matches_through_the_index():
    nlp = build_pipeline()
    assert isinstance(nlp.get_pipe("attribute_ruler").match, _IndexedMatch)


def test_same_matches_as_the_matcher():
    nlp = build_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = _IndexedMatch(ruler)  # one of its own, nothing known yet
    pairs = 0
    for text in SENTENCES:
        doc = _before_the_ruler(nlp, text)
        expected = AttributeRuler.match(ruler, doc)
        assert expected
        assert indexed(doc) == expected
        assert indexed(doc) == expected  # and again, from what it has kept
        pairs += sum(end - start == 2 for _, _, start, end in expected)
    assert pairs  # "gonna", "let's", "c'mon": two-word patterns


def test_same_attributes_as_the_bare_model():
    ours = build_pipeline()
    bare = spacy.load(model_name(None))  # a model of its own, its ruler untouched
    assert not isinstance(bare.get_pipe("attribute_ruler").match, _IndexedMatch)
    for text in SENTENCES:
        mine = ours(text)
        theirs = bare(text)
        assert (
            mine.to_array([POS, TAG, LEMMA, MORPH, DEP]).tolist()
            == theirs.to_array([POS, TAG, LEMMA, MORPH, DEP]).tolist()
        )


def test_a_pattern_it_cannot_read_leaves_the_ruler_alone():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert index_attribute_ruler(nlp) is False
    assert not isinstance(ruler.match, _IndexedMatch)
