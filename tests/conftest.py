"""Shared fixtures: one real coder (model and knowledge loaded once) for every model test module."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder():
    """A Coder with default Options. It is shared: tests must not change its options or handler
    (build another ``Coder(options, knowledge=coder.knowledge, nlp=coder.processor.nlp)`` instead)."""
    from legation import Coder, Options

    return Coder(Options())
