"""newsreader_paragraphs: a line break ends a sentence, before the parser decides otherwise.

News text puts each paragraph, subheading and credit on its own line. Left alone, the
parser runs a subheading such as "Ukraine and accusations of support" into the next
paragraph's first sentence and makes it that sentence's subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsreader_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        if "\n" in token.text_with_ws:
            after_break = True
    return doc
