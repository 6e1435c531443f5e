"""A pronoun is no name: a speaker a pronoun left unresolved ("I", "They", "it") is shown as no one."""

from __future__ import annotations

from dataclasses import replace

from ..types import Quote

_PRONOUNS = {"i", "me", "you", "we", "us", "they", "them", "it", "he", "him", "she", "her", "one", "who", "whom"}


def no_pronoun_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """An op-ed's or a transcript's "I", a "They" with nothing before it: a pronoun the rules could not resolve
    names no one, as an unnamed report has no speaker (names README). "Speaker after speaker denounced …" is
    said by unnamed speakers."""
    out = []
    for q in quotes:
        if q.speaker and q.speaker.lower() in _PRONOUNS:
            q = replace(q, speaker=None, speaker_role=None, affiliation=None)
        elif q.speaker and q.speaker_end is not None and text.startswith(" after " + q.speaker.lower(), q.speaker_end):
            q = replace(q, speaker=q.speaker.lower() + "s")
        out.append(q)
    return out
