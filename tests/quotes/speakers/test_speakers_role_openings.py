"""Where a speaker's role opens before the name (real model).

Our own sentences, in the shape of role errors read on unseen news: a post opening a sentence lost its capitalised
first word ("Home affairs spokesman <Name>" shown as "affairs spokesman", "Shadow foreign secretary <Name>" as
"secretary"); a field joined by a hyphen was cut inside the word ("e-commerce minister" as "commerce minister",
"Four-time champion" as "time champion", "100m champion" as "m champion"); a peer's or a doctor's form of address
was kept at the end of the post before it ("leader Lord"); one from a place whose name has two words ("New
Yorker <Name>") shown as the post "Yorker", the model's magazine of that name as the affiliation.
"""

from __future__ import annotations

from quote_support import described


def test_a_portfolio_opening_the_sentence_is_the_posts(nlp) -> None:
    text = ("The plan was opposed in the Commons. Shadow foreign secretary Tom Quill said there was a constant need "
            "to check the cost of the missions abroad.")
    assert described(nlp, text, "constant need") == ("Tom Quill", "Shadow foreign secretary", None)


def test_a_field_opening_the_sentence_is_the_posts(nlp) -> None:
    text = ("The party opposes the measure. Home affairs spokesman Ann Varley told the radio programme: \"It is a "
            "matter of principle for us.\"")
    assert described(nlp, text, "matter of principle")[1] == "Home affairs spokesman"


def test_a_party_opening_the_sentence_is_no_part_of_the_post(nlp) -> None:
    text = ("Labour foreign affairs spokesman Tom Quill told parliament the report showed the officer had tried to "
            "obtain the missiles.")
    assert described(nlp, text, "tried to obtain")[1] == "foreign affairs spokesman"


def test_a_field_joined_by_a_hyphen_is_whole(nlp) -> None:
    text = ("Small firms are embracing online trading as never before, e-commerce minister Joe Parrin says. "
            "\"It is good news,\" he added.")
    assert described(nlp, text, "embracing online trading")[1] == "e-commerce minister"


def test_a_count_joined_to_the_calling_is_whole(nlp) -> None:
    text = "Four-time champion Ann Kellow said: \"I was playing well before I came here.\""
    assert described(nlp, text, "playing well")[1] == "Four-time champion"


def test_a_distance_joined_to_the_calling_is_whole(nlp) -> None:
    text = ("World and Commonwealth 100m champion Kim Varro will compete in the indoor meeting next month. \"I am "
            "looking forward to it,\" Varro said.")
    assert described(nlp, text, "looking forward")[1] == "100m champion"


def test_a_form_of_address_after_the_post_is_no_part_of_it(nlp) -> None:
    text = ("Former Labour leader Lord Pennick said the chancellor would be best placed to take over. \"He is a man "
            "of unmatched ability,\" he said.")
    assert described(nlp, text, "best placed")[1] == "leader"


def test_a_form_of_address_alone_is_still_no_post(nlp) -> None:
    text = "Lord Pennick said the chancellor would be best placed to take over."
    assert described(nlp, text, "best placed") == ("Pennick", None, None)


def test_when_the_post_was_held_is_no_part_of_it(nlp) -> None:
    text = ("The senator defeated then-lieutenant governor Dan Hewitt in the runoff. \"We won,\" he said. Hewitt said "
            "the race had been unfair.")
    assert described(nlp, text, "race had been unfair")[1] == "lieutenant governor"


def test_one_from_a_place_of_two_words_is_no_post(nlp) -> None:
    text = "New Yorker Ann Kellow told the court she had never seen the letter before that week."
    assert described(nlp, text, "never seen the letter") == ("Ann Kellow", None, None)


def test_one_from_a_country_of_two_words_is_no_post(nlp) -> None:
    text = "New Zealander Tom Varley said the film had cost far too much to make."
    assert described(nlp, text, "cost far too much")[1] is None


def test_a_job_after_a_place_is_still_the_post(nlp) -> None:
    text = "Former New York banker Tom Varley said the fund had lost money for three years."
    assert described(nlp, text, "lost money")[1] == "banker"
