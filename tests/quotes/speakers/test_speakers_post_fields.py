"""A post's title in capitals before a name keeps the field it opens with (real model).

Our own sentences, in the shape of wire copy: "Chief Financial Officer <Name>" gave the role "Officer", "General Sales
Manager <Name>" "Manager" and "Chief Cabinet Secretary <Name>" "Secretary"; cut so, a firm's officer lost the firm
the whole title gave.
"""

from __future__ import annotations

import pytest
from quote_support import described

LEAD = "NEW YORK, March 3 - Halcon Drilling Corp said its profit rose.\n"


@pytest.mark.parametrize("post", ["Chief Financial Officer", "General Sales Manager", "Commercial Director"])
def test_officers_title_whole_with_its_firm(nlp, post) -> None:
    text = LEAD + f"Sales rose 12 pct, {post} John Marsh said."
    assert described(nlp, text, "Sales rose") == ("John Marsh", post, "Halcon Drilling Corp")


def test_cabinet_secretary_whole(nlp) -> None:
    text = "TOKYO, March 3 - Chief Cabinet Secretary Taro Ishida told reporters the government would act soon."
    assert described(nlp, text, "would act soon")[:2] == ("Taro Ishida", "Chief Cabinet Secretary")


def test_a_firms_name_before_the_post_is_no_field(nlp) -> None:
    text = LEAD + "Sales rose 12 pct, Halcon Director John Marsh said."
    assert described(nlp, text, "Sales rose")[1] == "Director"
