"""The quote finder skips tokens that can open no cue before parsing them (real model, real pipeline).

A token that is no verb opens a cue only by a cue noun, a seeming word or "according"/"reportedly"
(CueFinder._cue skips every other one, the costliest step of the quotes). These tests hold that the
shortcut drops no cue the full rules would find: should a rule for another kind of word come into
_parsed_cue without its words in the shortcut's lists, they fail.
"""

from __future__ import annotations

from spacy.symbols import VERB

from store.analysis.quotes.index import text_of
from store.analysis.quotes.marks import find_quotes
from store.seeds import seed_articles

# cues opened by words that are no verbs, beside ordinary text
NON_VERB_CUES = (
    "The fire started at noon, according to police. The mayor reportedly resigned on Friday. "
    "Her claim that the vote was rigged was rejected. Smith's remarks about the budget drew anger. "
    "The minister seems unlikely to survive the vote, and it appears that talks have stalled. "
    "The company is expected to report a loss. \"We will rebuild,\" the governor said in a statement."
)


def _finder(nlp):
    return nlp.get_pipe("newsreader_quotes")


def _mask(doc) -> bytearray:
    text = text_of(doc)
    mask = bytearray(len(text) + 1)
    for group in find_quotes(text):
        for s, e in group:
            mask[s:e] = b"\x01" * (e - s)
    return mask


def _as_tuple(cue):
    return None if cue is None else (cue.start, cue.end, tuple(cue.spans), cue.source.i if cue.source else None)


def _non_verb_cues(nlp, text: str) -> tuple[int, int]:
    """(cues found, tokens skipped) over the tokens that are no verbs; asserts the shortcut agrees with the rules."""
    finder = _finder(nlp)
    doc = nlp(text)
    mask = _mask(doc)
    found = skipped = 0
    for tok in doc:
        if tok.pos == VERB or mask[tok.idx]:
            continue
        full = _as_tuple(finder._parsed_cue(tok, mask))
        fast = _as_tuple(finder._cue(tok, mask))
        assert fast == full, f"the shortcut changed the cue of {tok.text!r} ({tok.pos_}, {tok.lemma_})"
        found += full is not None
        skipped += tok.lower_ not in ("according", "reportedly") and tok.lemma_.lower() not in finder.non_verb_cues
    return found, skipped


def test_the_shortcut_keeps_every_cue_a_word_other_than_a_verb_opens(nlp):
    found, skipped = _non_verb_cues(nlp, NON_VERB_CUES)
    assert found >= 2  # "reportedly", "claim that" (the model reads "according" and "seems" as verbs here)
    assert skipped > 0


def test_the_shortcut_keeps_every_cue_of_the_seed_articles(nlp):
    tokens = 0
    for article in seed_articles():
        _, skipped = _non_verb_cues(nlp, article.text)
        tokens += skipped
    assert tokens > 1000  # the shortcut is taken: most words of an article are no verbs and open nothing


def _cues_by_openers(nlp, text: str) -> tuple[list, list]:
    """The cues found from the tokens openers() yields, and from every token outside quotation marks."""
    finder = _finder(nlp)
    doc = nlp(text)
    mask = _mask(doc)
    finder.repair_lemmas(doc)
    asked = {tok.i for tok in finder.openers(doc, mask)}
    everywhere = [_as_tuple(finder._cue(tok, mask)) for tok in doc if not mask[tok.idx]]
    by_openers = [_as_tuple(finder._cue(doc[i], mask)) for i in sorted(asked)]
    assert len(asked) < sum(not mask[tok.idx] for tok in doc)  # the words that open nothing are left out
    return [c for c in everywhere if c is not None], [c for c in by_openers if c is not None]


def test_the_openers_the_component_asks_find_every_cue(nlp):
    everywhere, by_openers = _cues_by_openers(nlp, NON_VERB_CUES)
    assert by_openers == everywhere and len(everywhere) >= 4
    for article in seed_articles():
        everywhere, by_openers = _cues_by_openers(nlp, article.text)
        assert by_openers == everywhere
