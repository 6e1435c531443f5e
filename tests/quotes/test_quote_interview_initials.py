"""An interview whose answers are labelled with the initials, the surname or a titled surname of the person the
introduction names ("MJ:", "JKM:"): each answer is that person's direct quote, running over the
unlabelled paragraphs that go on with it; the questions are no quotes; and colon labels that are no interview
("Update:", "Photo:", a list of names, a timetable, "US:" and "EU:") give no speaker (real model). The sentences
and names are our own."""

from __future__ import annotations

from store.analysis import analyze


def _quotes(nlp, text: str):
    return analyze(nlp, text).quotes


def _owners(quotes, fragment: str) -> list:
    return [q.speaker for q in quotes if any(fragment in q.text[s - q.start:e - q.start] for s, e in q.spans)]


_BEEKEEPER = """Wikinews talks to Dutch beekeeper Marit Janssen

Marit Janssen, 41, keeps two hundred hives near Leeuwarden. Wikinews reached her by telephone on Monday.

Wikinews: How did your hives come through the winter?

MJ: Badly. We lost about a third of our colonies, which is twice the usual loss. The mite came back early.

Most of our members treated their hives in August, but the treatment works only when it is cold enough.

Wikinews: What do you want from the province?

MJ: Money for research, first of all. The province paid for a study two years ago and then stopped.

Wikinews: Will you keep going?

MJ: Of course. My grandfather kept bees in the same village, and I will not be the one who stops.
"""


def test_an_initials_label_is_the_person_introduced(nlp) -> None:
    quotes = _quotes(nlp, _BEEKEEPER)
    for fragment in ("We lost about a third", "Money for research", "My grandfather kept bees"):
        assert _owners(quotes, fragment) == ["Marit Janssen"]
    answer = next(q for q in quotes if "We lost about a third" in q.text)
    assert answer.kind == "direct" and answer.speaker_role == "beekeeper"


def test_an_initials_answer_runs_over_the_next_paragraph(nlp) -> None:
    assert _owners(_quotes(nlp, _BEEKEEPER), "treated their hives in August") == ["Marit Janssen"]


def test_the_questions_are_no_quotes(nlp) -> None:
    quotes = _quotes(nlp, _BEEKEEPER)
    for fragment in ("come through the winter", "want from the province", "keep going"):
        assert _owners(quotes, fragment) == []


def test_three_initials_and_a_reporters_initials_asking(nlp) -> None:
    runner = ("Wikinews interviewed the Kenyan runner Joseph Kiprono Mutai after his win in Berlin.\n\n"
              "Wikinews: How did the race feel?\n\n"
              "JKM: The first half was easy. After thirty kilometres the wind came, and I had to fight.\n\n"
              "Wikinews: What comes next?\n\n"
              "JKM: I will rest for a month and then start training for the spring marathon in Boston.\n")
    quotes = _quotes(nlp, runner)
    assert _owners(quotes, "The first half was easy") == ["Joseph Kiprono Mutai"]
    nurse = ("Ana Ruiz, a nurse at a hospital in Montevideo, was elected head of the nurses' union last week. "
             "Reporter Tom Hale spoke to her after the vote.\n\n"
             "TH: Why did you stand for the post?\n\n"
             "AR: Because nobody else would. The union has been without a leader since March, and the wards cannot "
             "wait.\n\n"
             "TH: What will you ask the health ministry for?\n\n"
             "AR: More staff at night. One nurse for thirty patients is not safe, and everyone knows it.\n\n"
             "The ministry did not answer a request for comment.\n")
    quotes = _quotes(nlp, nurse)
    assert _owners(quotes, "Because nobody else would") == ["Ana Ruiz"]
    assert _owners(quotes, "More staff at night") == ["Ana Ruiz"]
    assert _owners(quotes, "stand for the post") == []  # the reporter asks
    assert _owners(quotes, "did not answer a request") == []  # the writer closes the article


def test_initials_that_name_no_one_are_no_label(nlp) -> None:
    text = ("Local broadcaster Radio Nord asked a candidate about the harbour plan.\n\n"
            "BG: Is this plan good for the town?\n\n"
            "Karin Lund: I think it is. It brings jobs, and the harbour has been empty for too long.\n\n"
            "BG: And the cost?\n\n"
            "Karin Lund: The cost is shared with the state, so the town pays less than a third.\n")
    quotes = _quotes(nlp, text)
    assert "BG" not in {q.speaker for q in quotes}
    assert _owners(quotes, "It brings jobs") == ["Karin Lund"]


def test_a_stage_note_ends_a_transcript_answer(nlp) -> None:
    text = ("The senator Paul Brennan spoke to the host of a Sunday programme about the budget.\n\n"
            "HOST: Will you vote for the budget?\n\n"
            "BRENNAN: Not as it stands. The cuts to rural schools go too far, and I have told the leadership so.\n\n"
            "We can find the money elsewhere, in the defence contracts nobody reads.\n\n"
            "(LAUGHTER)\n\n"
            "HOST: And if the leadership will not move?\n\n"
            "BRENNAN: Then I will vote against it, and I expect others to join me.\n")
    quotes = _quotes(nlp, text)
    answer = next(q for q in quotes if "Not as it stands" in q.text)
    assert answer.speaker == "Paul Brennan"
    assert "defence contracts" in answer.text and "LAUGHTER" not in answer.text


def test_colon_labels_that_are_no_interview_give_no_speaker(nlp) -> None:
    texts = [
        ("The city council met on Tuesday to discuss the new bus routes.\n\n"
        "Update: The council has postponed the vote until next month after a petition from residents.\n\n"
        "Photo: Buses wait at the central station on a rainy morning.\n\n"
        "Note: An earlier version of this story gave the wrong date for the meeting.\n"),
        ("The festival announced its speakers for this year on Friday.\n\n"
        "Lena Holt: a poet from Bergen who has published four books of verse.\n\n"
        "Pavel Marek: a Czech novelist known for his stories of village life.\n\n"
        "Sara Quist: a translator who works between Swedish and Finnish.\n"),
        ("The programme for Saturday was published by the organisers.\n\n"
        "Morning: Registration opens and coffee is served in the main hall.\n\n"
        "Noon: Lunch is served for all delegates in the garden.\n\n"
        "Evening: The closing dinner takes place at the harbour restaurant.\n"),
        ("The conference opens on Monday in Oslo. Delegates from the European Union and the United States will "
        "attend.\n\n"
        "US: The delegation will be led by the deputy trade representative and will stay for two days.\n\n"
        "EU: The commission sends its trade commissioner and a team of twelve officials.\n\n"
        "Who pays for the security? Nobody has said.\n\n"
        "And who pays for the hotels? The organisers have not said either.\n"),
    ]
    labels = {"Update", "Photo", "Note", "Lena Holt", "Pavel Marek", "Sara Quist", "Morning", "Noon", "Evening",
              "US", "EU", "United States", "European Union"}
    for text in texts:
        assert not labels & {q.speaker for q in _quotes(nlp, text)}
