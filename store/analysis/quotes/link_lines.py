"""Links to other stories that a news site's page runs between the paragraphs. A scraped page keeps each as a
line of its own: in capitals ("<NAME> SAYS HE WOULD BACK <BILL>", "<FIRM> FAILS TO STOP <THING>, <BODY> SAYS"; the
lines `shouted_lines` finds, which leave an article written in capitals throughout alone), or as a short label, a colon and the other story's headline ("More: <Name> slams <Firm>", "Complaint released:
<Body> says <thing>"). It is the headline of another article, no part of this one's report, yet the parse found a
cue in it and the panel showed the link as a quote of a speaker in capitals ("TRUMP", "INVESTIGATIVE BODY"), of
"more", or of whoever the line named. A label naming a person is left: a subheading giving that person's words."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..shouted_lines import shouted_lines
from ..title_lines import line_at
from ..types import Quote
from .cue_table import saying_verbs

# a label of one to four words, the first capitalised, then the headline: four words or more that close on no
# sentence end or quotation mark, as a headline does ("<Name> tweeted appreciation: “…!”" is the report's own)
_LABELLED = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}: ?(?=\S)(?:\S+ ){3,}\S*[^\s.!?:;\"“”'‘’)\]]")


def without_link_lines(doc: Doc, text: str, quotes: list[Quote]) -> list[Quote]:
    """The quotes that lie wholly on a link line below the first line (an article's own headline, whatever its
    form, is the writer's) go."""
    shouted = shouted_lines(doc)
    return [q for q in quotes if not _link_line(doc, text, q.start, q.end, shouted)]


def _link_line(doc: Doc, text: str, start: int, end: int, shouted: list[tuple[int, int]]) -> bool:
    on = line_at(doc, start)
    if on.start == 0 or end > on.end:
        return False
    line = on.text.strip()
    if line == line.upper():
        return any(s <= start and end <= e for s, e in shouted)
    label = line.split(":", 1)[0]
    # a label in capitals is a transcript's speaker ("<NAME>: …"), a label with a verb of saying the report's own
    # opening ("He said: …"), and a person's name a subheading giving that person's words ("<Name>: '<words>' for
    # now"): their words are the report's
    if label == label.upper() or _LABELLED.fullmatch(line) is None:
        return False
    at = text.index(label, on.start)
    span = doc.char_span(at, at + len(label), alignment_mode="expand")
    if span is None or any(e.label_ == "PERSON" for e in span.ents):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in saying_verbs() for t in span)
