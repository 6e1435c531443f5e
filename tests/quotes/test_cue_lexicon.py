"""The cue lexicon is one file: every word list the quote rules test words against lives in quotes/cues.json,
described there, and the rules still find their cues through it (real model)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from quote_support import quotes_of

from store.analysis.quotes import (
    as_reports,
    aside_sources,
    attach,
    characterised,
    clauses,
    colon_blocks,
    cue_finder,
    cue_subjects,
    forecasts,
    hearsay_passive,
    hyphenated_names,
    made_clear,
    object_phrases,
    pronoun_targets,
    referring_asides,
    stance_adjectives,
    trailing,
)
from store.analysis.quotes.cue_table import cues

_QUOTES = Path(cue_finder.__file__).parent

def _cue_words() -> set[str]:
    """The verbs, nouns and adjectives of the lexicon; not its titles, labels or any list of function words,
    which share words ("the", "that", "it") with the grammar the rules rightly keep in code."""
    return {w for key, words in cues().items() if key in ("verbs", "nouns", "non_verb_openers") or
            key.endswith(("_verbs", "_nouns", "_adjectives")) for w in words}


def test_every_list_of_the_lexicon_is_described():
    doc = cues()["_doc"]
    assert [key for key in cues() if not key.startswith("_") and f" {key}: " not in doc] == []


@pytest.mark.parametrize("module, name, key", [
    (as_reports, "_ALSO", "as_aside_verbs"),
    (aside_sources, "_TELLING", "telling_verbs"),
    (attach, "_NAMING", "naming_verbs"),
    (characterised, "_REMARK_NOUNS", "remark_nouns"),
    (clauses, "_POINTING", "pointing_verbs"),
    (clauses, "_NOT_TOPIC", "not_topic_verbs"),
    (clauses, "_HEARERS", "hearer_nouns"),
    (cue_finder, "_NON_VERB_OPENERS", "non_verb_openers"),
    (cue_finder, "_HEARSAY", "hearsay_nouns"),
    (cue_finder, "_HEARER_VERBS", "hearer_verbs"),
    (cue_subjects, "_GATHERINGS", "gathering_nouns"),
    (cue_subjects, "_PARTITIVES", "partitive_nouns"),
    (forecasts, "FIGURE_VERBS", "figure_verbs"),
    (forecasts, "_LEVEL_UNITS", "level_units"),
    (hearsay_passive, "_HEARSAY", "hearsay_passive_verbs"),
    (colon_blocks, "_VERBS", "block_quote_verbs"),
    (hyphenated_names, "_DESCRIPTIVE", "descriptive_prefixes"),
    (made_clear, "_PLAIN", "clear_adjectives"),
    (object_phrases, "_ADVERBIAL", "adverbial_in_nouns"),
    (pronoun_targets, "_BLAMING", "blaming_verbs"),
    (referring_asides, "_ASIDE_TOPIC", "aside_topic_verbs"),
    (stance_adjectives, "_LINKS", "stance_link_verbs"),
    (trailing, "_HEARER_VERBS", "trailing_hearer_verbs"),
])
def test_the_rules_read_their_word_lists_from_the_lexicon(module, name, key):
    assert getattr(module, name) == frozenset(cues()[key])


def test_no_quote_rule_module_writes_cue_words_into_python():
    words = _cue_words()
    found = []
    for path in sorted(_QUOTES.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, (ast.Assign, ast.AnnAssign)):
                continue
            for literal in ast.walk(node):
                if isinstance(literal, (ast.Set, ast.Tuple, ast.List)) and any(
                        isinstance(e, ast.Constant) and e.value in words for e in literal.elts):
                    found.append(f"{path.name}:{literal.lineno}")
    assert found == []


# one sentence per list moved into the lexicon, each found (or left alone) because of that list
@pytest.mark.parametrize("text, content, speaker, cue", [
    ("The mayor made it plain that the new bridge would open in May.",  # clear_adjectives
     "the new bridge would open in May", "mayor", "made"),
    ("Analysts stay optimistic that the market will recover by June.",  # stance_link_verbs
     "that the market will recover by June", "analysts", "optimistic"),
    ("Officials told an analysts meeting that the plant would close.",  # telling_verbs
     "that the plant would close", "officials", None),
    ("Harlow Bank sees 120 mln profit for next year.",  # figure_verbs
     "120 mln profit for next year", "Harlow Bank", "sees"),
    ("The senator held a rally blasting the new tax.",  # gathering_nouns
     "the new tax", "senator", "blasting"),
    ("A number of the banks warned that rates would rise.",  # partitive_nouns
     "that rates would rise", "banks", "warned"),
    ("There are allegations that the coach hid the money.",  # hearsay_nouns: a report with nobody named
     "that the coach hid the money", None, "allegations"),
    ("The company reportedly plans to sell its shipping arm.",  # non_verb_openers
     "The company reportedly plans to sell its shipping arm", None, "reportedly"),
])
def test_cues_found_through_the_moved_lists(nlp, text, content, speaker, cue):
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker) for q in quotes] == [(content, speaker)]
    if cue is not None:
        assert quotes[0].cue == cue


@pytest.mark.parametrize("text", [
    "The mayor made sure that the new bridge would open in May.",  # "sure" is no clear_adjectives word
    "Harlow Bank sees no big changes next year.",  # figure_verbs: a bare object that is no figure
    "A cafe called The Blue Door opened on Main Street.",  # naming_verbs: giving a name is no speech
])
def test_no_cue_where_the_moved_lists_say_none(nlp, text):
    assert not quotes_of(nlp, text)
