"""Quotes and their speakers.

- `component`: the spaCy component that finds direct, indirect and mixed quotes, step by step:
  `cue_finder` (cues and the content they report), `clauses` (where that content begins and ends),
  `cue_subjects` (the source of a cue), `direct` (direct quotes beside the cues), `scare_quotes`
  (what is no quote of its own), `speaker_names` and `speaker_runs` (speakers made whole and carried on).
- `marks`: pairs quotation marks on the raw text (direct quotes).
- `attach`: finds the cue and the source of a direct quote around it, and reads an interview's turn labels.
- `according_to`: the report an 'according to X' phrase gives X.
- `bounds`: trims reported content (asides, stray conjuncts).
- `speakers/`: resolves a source mention (pronoun, surname, title) to a speaker.
- `unattributed`: names the speaker of a quote whose cue named none from the entities around it.
- `cue_table`: loads `cues.json`.
- `index`: sentence lookups shared by the above.
- `lemmas`: cue verbs the model lemmatises wrongly ("hoping" as "hop") given their cue lemma.
- `cues.json`: every cue word as data (speech verbs and nouns, adjectives of stance, the verbs particular rules
  read such as `trailing_verbs`), each list described in its `_doc`.
"""
