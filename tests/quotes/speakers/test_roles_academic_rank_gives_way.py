"""'Professor <Name>, an entomologist at <University>,': an academic rank alone before the name gives way, as 'Dr'
does, to the calling or post the article sets beside the name; not to words of a thing the person made ('designer
of the reform'), and with nothing beside the name the rank is still the role (real model).

Our own sentences.
"""

from __future__ import annotations

from quote_support import described


def test_calling_beside_the_name(nlp) -> None:
    text = ("A new study of honeybees in Kenya found that the insects sleep less during droughts.\n\n"
            "Professor Amina Odhiambo, an entomologist at the University of Nairobi who led the work, said the bees "
            "were exhausted.")
    assert described(nlp, text, "bees were exhausted") == ("Amina Odhiambo", "entomologist", "University of Nairobi")


def test_post_beside_the_name(nlp) -> None:
    text = "Professor Lars Ekdahl of Uppsala University, a co-author, said more work was needed."
    assert described(nlp, text, "more work was needed")[1] == "co-author"


def test_maker_of_a_thing_keeps_the_rank(nlp) -> None:
    text = "Professor Hugo Brandt, designer of the pension reform, said the savings would come later."
    assert described(nlp, text, "savings would come later")[1] == "Professor"


def test_nothing_beside_the_name(nlp) -> None:
    text = "Professor Ruth Mbeki said the institute would publish the data next year."
    assert described(nlp, text, "publish the data")[1] == "Professor"
