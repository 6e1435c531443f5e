"""Abbreviated military and police ranks the model's tokenizer splits off their full stop.

"said Pentagon spokesman Navy Capt. Jeff Davis" was read as "Capt" + "." ending the sentence, so the quote went to
"Navy Capt" and Jeff Davis stood alone in the next sentence. spaCy already keeps "Gen.", "Adm.", "Sen.", "Rep.",
"Gov." whole; these ranks it does not. "Lt." and "Col." stay as the model knows them: whole, the model took
"Lt." in "retired Lt. Col. Louis Dorfman" for an organisation. Only the capitalised forms: none of them ends an English sentence in news
copy ("Denver, Colo." is written with an "o").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import NORM, ORTH

RANKS = ("Capt", "Sgt", "Cmdr", "Maj", "Cpl", "Pvt", "Pfc", "Spc", "Brig", "Supt", "Insp", "Sgts")


def keep_ranks_whole(nlp: Language) -> None:
    for rank in RANKS:
        nlp.tokenizer.add_special_case(rank + ".", [{ORTH: rank + ".", NORM: rank.lower() + "."}])
