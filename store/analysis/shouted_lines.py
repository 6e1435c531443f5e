"""A line of the body written wholly in capitals, as a sentence: the links a news site sets between paragraphs to
its other stories ('<SURNAME> SAYS HE WOULD ...', '<NAME>, OTHERS IN <PARTY> SPEARHEAD BID TO ...') and its app's
promotion ('CLICK HERE TO GET THE <OUTLET> APP'). Those lines are not the story: the entities drop their mentions
(in capitals the model cannot tell a name from a word) and the quotes the reports the parse found in them.

Not the headline (the first line), whose names and words are the story's; not a short line ('WASHINGTON —', a
subhead of two or three words); not a line of names alone, with no word of a sentence in it; not one that ends in a
name in brackets, a list's subhead ('<GAME TITLE> (<PUBLISHER>)', which a review of games sets over each); not a
table's head or row, a third of its words figures ('<QUARTER> 1986 <MONTH> 1987 …'); and not an article written in
capitals throughout, where every line is so."""

from __future__ import annotations

from spacy.tokens import Doc

from .title_lines import lines

_KEY = "newsreader_shouted_lines"


def shouted_lines(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the body's lines written in capitals as sentences, found once per Doc: the entities
    and the quotes both read them (doctext keeps other such per-Doc readings the same way)."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = _shouted_lines(doc)
    return found


def _shouted_lines(doc: Doc) -> list[tuple[int, int]]:
    lower = {t.lower_ for t in doc if t.is_lower}  # the words the article writes in small letters
    spans, read = [], lines(doc)
    for n, (start, end, line, _) in enumerate(read):
        words = [w.strip(".,:;!?'\"‘’“”()") for w in line.split()]
        if (
            n
            and len(words) >= 4
            and not any(c.islower() for c in line)
            and sum(w.isalpha() for w in words) >= 3
            and sum(any(c.isdigit() for c in w) for w in words) * 3 < len(words)  # no table's head ('<QTR> 1986 …')
            and not line.rstrip().endswith(")")  # a title and its maker: '<GAME TITLE> (<PUBLISHER>)'
            and any(w.lower() in lower or doc.vocab[w.lower()].is_stop for w in words if w.isalpha())
        ):
            spans.append((start, end))
    written = [line for line in read if any(c.isalpha() for c in line.text)]
    return spans if len(spans) * 2 < len(written) else []
