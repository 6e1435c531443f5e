"""The pronouns the speaker rules read are one table in quotes/cues.json, and the resolver makes the last call
on a pronoun nothing stood for (real model for the resolver and the quotes).

Our own sentences: a "They" with nothing before it beside a named speaker.
"""

from __future__ import annotations

from store.analysis.quotes.cue_table import cues
from store.analysis.quotes.speakers import words
from store.analysis.quotes.speakers.resolver import SpeakerResolver
from store.analysis.types import Quote

_TAGS = {"man", "woman", "group", "plural", "neuter", "subject", "nameless"}


def test_every_pronoun_tag_is_one_a_rule_reads() -> None:
    table = {w: tags for w, tags in cues()["pronouns"].items() if not w.startswith("_")}
    assert table and all(w == w.lower() and set(tags) <= _TAGS for w, tags in table.items())
    assert {t for tags in table.values() for t in tags} == _TAGS  # a tag no rule reads is a tag to drop


def test_the_speaker_words_come_from_the_table() -> None:
    assert words.PERSONAL["his"] == "m" and words.PERSONAL["hers"] == "f"
    assert "they" in words.PLURAL_PRONOUNS and "it" in words.NEUTER_PRONOUNS and "it" not in words.PLURAL_PRONOUNS
    assert "their" in words.GROUP and "their" not in words.NAMELESS_PRONOUNS  # "their statement" has an owner
    assert "her" in words.NAMELESS_PRONOUNS and "hers" not in words.NAMELESS_PRONOUNS
    assert words.TRAILING_PRONOUNS == {"he", "she", "they", "it", "we"}
    assert "he" in words.SUBJECT_PRONOUNS and "him" not in words.SUBJECT_PRONOUNS  # "Him Lee" may be a name


def test_the_resolver_leaves_an_unresolved_pronoun_no_one(nlp) -> None:
    text = "They said the bridge would open in May. Anna Berg said the road was closed."
    doc = nlp(text)
    resolver = SpeakerResolver(doc, frozenset(cues()["titles"]), frozenset(cues()["female_titles"]))
    at = text.index("They")
    named = text.index("Anna Berg")
    quotes = [Quote(5, 38, text[5:38], ((5, 38),), "indirect", "They", at, at + 4, speaker_role="x"),
              Quote(50, 71, text[50:71], ((50, 71),), "indirect", "Anna Berg", named, named + 9)]
    kept = resolver.no_pronoun_speakers(quotes)
    assert kept[0].speaker is None and kept[0].speaker_role is None
    assert kept[1].speaker == "Anna Berg"
