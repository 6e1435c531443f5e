"""'Tom Hale, a teenager from Leeds, said …', 'Ana Ruiz, a mother of two, told …', 'Lena Kraus, a voter in
Munich, said …': the words set beside a speaker's name may say who the person is (an age, a tie to someone, where
they live, what befell them) rather than a post or a job. The reader's panel shows a role as the title or job the
article gives the speaker (names README: `role`), so such a description is no role; the speaker stays, without
one. The entities' own reading of the description is left as it is (a later 'the mother said' may still name her
through it): only the role shown beside the quotes goes."""

from __future__ import annotations

from dataclasses import replace

from ..types import Quote
from .cue_table import cues

_DESCRIPTIONS = frozenset(cues()["description_roles"])
_MOST_WORDS = 4  # "Iraq War veteran", "local shop owner": a longer role names more than what the person is


def _described_only(role: str) -> bool:
    """The role's head word (before an 'of' phrase: "mother of two") is a description, not a post."""
    words = role.lower().split(" of ")[0].split()
    return bool(words) and len(words) <= _MOST_WORDS and words[-1] in _DESCRIPTIONS


def without_described_roles(quotes: list[Quote]) -> list[Quote]:
    return [replace(q, speaker_role=None) if q.speaker_role and _described_only(q.speaker_role) else q
            for q in quotes]
