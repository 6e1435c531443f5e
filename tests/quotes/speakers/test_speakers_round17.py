"""Round 17's speaker rules (issue 12), with the real model and pipeline: a video, email, caption or ad speaks for
whoever the sentence says put it out; "who" after a list of what a named person is, when the copula is the second
verb of its sentence; "the retired surgeon" for the person the paragraph follows, while "the former official"
brought in unnamed stays unnamed. Sentences of our own, in the shapes read on unseen political copy.
"""

from __future__ import annotations

from quote_support import quote_with
from spacy.tokens import Doc

from store.analysis.quotes.speakers.phrases import relative_antecedent


def test_a_video_someone_released_speaks_for_them(nlp) -> None:
    text = 'To sell the course, Tom Vance released a promotional video that said, "Every teacher here is hand-picked."'
    assert quote_with(nlp, text, "Every teacher").speaker == "Tom Vance"


def test_a_web_video_that_accuses_is_the_releasers_accusation(nlp) -> None:
    text = "Senator Luis Gil has released a web video that accuses Vance of hiding his taxes."
    assert quote_with(nlp, text, "hiding his taxes").speaker == "Luis Gil"


def test_an_email_sent_out_by_someone_is_theirs(nlp) -> None:
    text = 'A fundraising email sent out by Mara Klein on Monday warned of a long fight ahead: "We cannot let up now."'
    assert quote_with(nlp, text, "We cannot let up").speaker == "Mara Klein"


def test_a_caption_someone_added_is_theirs(nlp) -> None:
    text = 'Ana Ruiz added a caption which reads, "The count was never fair."'
    assert quote_with(nlp, text, "The count was never fair").speaker == "Ana Ruiz"


def test_an_email_someone_withheld_is_not_their_words(nlp) -> None:
    text = ("The Interior Ministry withheld an email in 2014 that would have revealed the minister's private server "
            "months earlier.")
    assert quote_with(nlp, text, "private server").speaker != "Interior Ministry"


def test_an_email_a_group_obtained_is_not_the_groups_words(nlp) -> None:
    text = ("A previously secret email obtained by Citizens United through a records lawsuit shows that the minister "
            "met the donors twice.")
    assert quote_with(nlp, text, "met the donors").speaker != "Citizens United"


def test_a_platform_a_video_was_put_up_on_is_not_its_maker(nlp) -> None:
    text = "A YouTube video posted on Monday said that the count in Salem was rigged."
    assert quote_with(nlp, text, "count in Salem").speaker != "YouTube"


def test_who_after_what_a_named_person_is_when_the_copula_comes_second(nlp) -> None:
    text = ("Tom Vance regularly stirs up anger and is a liar, racist, cheat and bully who has promised to deport "
            "millions of people.")
    assert quote_with(nlp, text, "deport millions").speaker == "Tom Vance"


def test_an_adjective_in_the_list_of_descriptions_does_not_end_it(nlp) -> None:
    # The parse the model gives such lists in running copy ("a liar, xenophobe, racist, bigot and bully who …"
    # with "racist" an adjective the next noun hangs on), built by hand: the model does not give it to a
    # sentence on its own.
    words = ["Tom", "Vance", "is", "a", "liar", ",", "xenophobe", ",", "racist", ",", "bigot", "and", "bully",
             "who", "pledged", "it"]
    heads = [1, 2, 2, 4, 2, 4, 4, 6, 6, 8, 8, 10, 10, 14, 12, 14]
    deps = ["compound", "nsubj", "ROOT", "det", "attr", "punct", "appos", "punct", "conj", "punct", "conj", "cc",
            "conj", "nsubj", "relcl", "dobj"]
    pos = ["PROPN", "PROPN", "AUX", "DET", "NOUN", "PUNCT", "NOUN", "PUNCT", "ADJ", "PUNCT", "NOUN", "CCONJ", "NOUN",
           "PRON", "VERB", "PRON"]
    lemmas = [w.lower() for w in words]
    lemmas[2] = "be"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              ents=["B-PERSON", "I-PERSON"] + ["O"] * (len(words) - 2))
    assert relative_antecedent(doc[13]).text == "Vance"


def test_the_retired_surgeon_is_the_person_the_paragraph_follows(nlp) -> None:
    text = ("The country's poorest neighborhoods need patient capital, Tom Vance said on Monday.\n\n"
            "\"People have to stop and listen to what the neighborhoods are telling them,\" the retired surgeon told "
            "a local radio station.")
    assert quote_with(nlp, text, "stop and listen").speaker == "Tom Vance"


def test_the_former_host_is_the_person_named_before(nlp) -> None:
    text = ("Tom Vance told a crowd in Reno that he would cut taxes for every family.\n\n"
            "Asked about his old career, the former talk show host said that he had never hidden his past.")
    assert quote_with(nlp, text, "never hidden his past").speaker == "Tom Vance"


def test_the_former_official_brought_in_unnamed_stays_unnamed(nlp) -> None:
    text = ("Tom Vance defended the program on Monday.\n\n"
            "A former official who oversaw the program said the rules were ignored.\n\n"
            "\"Nobody checked anything,\" the former official added.")
    assert quote_with(nlp, text, "Nobody checked").speaker == "former official"
