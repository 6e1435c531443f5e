"""A pronoun is no name: a speaker a pronoun left unresolved ("I", "They", "it") is shown as no one."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...types import Quote
from ..index import text_of
from .words import NAMELESS_PRONOUNS


class UnresolvedPronouns:
    doc: Doc

    def no_pronoun_speakers(self, quotes: list[Quote]) -> list[Quote]:
        """An op-ed's or a transcript's "I", a "They" with nothing before it: a pronoun the rules could not resolve
        names no one, as an unnamed report has no speaker (names README). "Speaker after speaker denounced …" is
        said by unnamed speakers.

        The last of the resolver's decisions: the passes that copy a speaker on to a "he" or a "they" (group
        pronouns, runs, the latest named speaker) run first and read the pronoun this leaves as no one."""
        text = text_of(self.doc)
        out = []
        for q in quotes:
            if q.speaker and q.speaker.lower() in NAMELESS_PRONOUNS:
                q = replace(q, speaker=None, speaker_role=None, affiliation=None)
            elif q.speaker and q.speaker_end is not None and \
                    text.startswith(" after " + q.speaker.lower(), q.speaker_end):
                q = replace(q, speaker=q.speaker.lower() + "s")
            out.append(q)
        return out
