"""'<Firm> Holdings Inc said … / <Firm> said …': a wire story names its firm in full in the lead and then by the
first word of its name alone. When the story also names a unit or sister firm opening with the same word, the short
name was read as that other firm (the one named last, or the longer name), though the lead's firm is the one going
on speaking. The short name is the lead's firm when the lead's own speaker is a firm named with that word first."""

from __future__ import annotations

import re
from dataclasses import replace

from ..entities.vocabulary import HEADS, LEGAL_FORMS
from ..types import Quote

_ONE_NAME = re.compile(r"[A-Z][\w&.-]*")


def short_names_of_the_lead(text: str, quotes: list[Quote]) -> list[Quote]:
    lead = next((q for q in quotes if q.speaker and q.speaker_start is not None), None)
    if lead is None or "\n" in text[:lead.start].strip() or not _a_firms_name(lead.speaker):
        return quotes
    out = []
    for q in quotes:
        if q is not lead and q.speaker and q.speaker_start is not None and q.speaker != lead.speaker and \
                q.speaker_start > lead.start:
            written = text[q.speaker_start:q.speaker_end]
            # "Bank" opening two banks' names is the word for a bank, no short name of either
            if _ONE_NAME.fullmatch(written) and written.lower() not in HEADS["org_words"] and \
                    q.speaker.startswith(written + " ") and \
                    lead.speaker.startswith(written + " "):
                q = replace(q, speaker=lead.speaker, speaker_role=None, affiliation=None)
        out.append(q)
    return out


def _a_firms_name(name: str) -> bool:
    """More than one word, the last capitalised (not 'X spokesman'), and one firm (not 'X Plc and Y Plc')."""
    words = name.split()
    return len(words) > 1 and words[-1][:1].isupper() and \
        not any(w == "and" and words[i - 1] in LEGAL_FORMS for i, w in enumerate(words) if i)
