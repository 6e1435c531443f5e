"""Quotes and their speakers.

- `component`: the spaCy component that finds direct, indirect and mixed quotes.
- `marks`: pairs quotation marks on the raw text (direct quotes).
- `attach`: finds the cue and the source of a direct quote around it.
- `bounds`: trims reported content (asides, stray conjuncts).
- `speakers`: resolves a source mention (pronoun, surname, title) to a speaker.
- `index`: sentence lookups shared by the above.
- `lemmas`: cue verbs the model lemmatises wrongly ("hoping" as "hop") given their cue lemma.
- `cues.json`: the speech verbs and nouns, as data.
"""
