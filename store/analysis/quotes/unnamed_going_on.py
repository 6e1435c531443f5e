"""'The investment manager said … . "Right now …," he said.': one unnamed person who has just spoken goes on
speaking under a 'he' or 'she', however the article brought them in ("the investment manager", "A U.S. Banker",
"The Peking representative of a securities house") and through the quotes their pronoun already holds."""

from __future__ import annotations

from ..types import Quote
from .cue_table import cues
from .speakers.words import PEOPLE

# heads the entities never tag as anyone's name: a person the article leaves unnamed; beside them, the posts a wire
# story gives its unnamed sources by that the head lists leave out ("the aide said")
_SINGULAR_PEOPLE = frozenset(w for w in PEOPLE if not (w.endswith("s") and w[:-1] in PEOPLE)) | \
    frozenset(cues()["unnamed_post_nouns"])
GENDERED = {"he": {"spokeswoman", "chairwoman", "wife", "mother", "daughter", "sister", "widow", "actress"},
             "she": {"spokesman", "chairman", "husband", "father", "son", "brother", "businessman"}}
# one holder to an organisation: "the ADB chief", "the president" is the person the article named with the post
_ONE_HOLDER = {"chief", "chairman", "chairwoman", "president", "governor", "mayor", "minister", "secretary", "director",
               "leader", "commissioner", "treasurer", "senator", "judge", "coach", "head", "founder", "editor"}


def one_unnamed_going_on(speaker: str, people: frozenset[str], chained: bool = False) -> bool:
    """The source a quote's 'he' already stands for is one unnamed person ("investment manager", "U.S. Banker");
    passed on from one 'he' to the next, not a post with one holder the article may name ("ADB chief")."""
    words = speaker.split()
    return bool(words) and speaker not in people and words[-1].lower() in _SINGULAR_PEOPLE and \
        (speaker[:1].islower() or len(words) > 1) and not (chained and words[-1].lower() in _ONE_HOLDER)


def one_unnamed_again(text: str, quote: Quote, pronoun: str, people: frozenset[str]) -> bool:
    """The quote's source is written as one unnamed person: a determiner, then a singular noun for someone
    ("the investment manager", "The Peking representative of a Japanese securities house", "A U.S. Banker")."""
    if quote.speaker is None or quote.speaker_start is None or quote.speaker_end is None:
        return False
    words = text[quote.speaker_start:quote.speaker_end].lower().split()
    head = quote.speaker.split()[-1].lower()
    return len(words) > 1 and (words[0] in ("a", "an", "one", "another") or
                               words[0] == "the" and head not in _ONE_HOLDER) and \
        one_unnamed_going_on(quote.speaker, people) and head not in GENDERED[pronoun]
