"""docs/exports.md names every column and key the exports write, and its pictures exist."""

from __future__ import annotations

import re
from pathlib import Path

from legation.export import FLAT_COLUMNS, GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, MENTION_COLUMNS, PLOVER_KEYS, POLECAT_COLUMNS

DOC = Path(__file__).resolve().parents[1] / "docs" / "exports.md"


def _text() -> str:
    return DOC.read_text(encoding="utf-8")


def test_every_gdelt_and_polecat_column_is_documented():
    text = _text()
    for name in GDELT_MENTION_COLUMNS:
        assert f"`{name}`" in text, name
    for name in POLECAT_COLUMNS:  # the Recipient block is documented "as the Actor block"
        assert f"`{name}`" in text or f"`{name.replace('Recipient', 'Actor')}`" in text, name
    for name in GDELT_EVENT_COLUMNS:
        # Actor2* and the Actor geo blocks are documented as ranges
        generic = re.sub(r"^Actor[12]Geo_", "Actor1Geo_", name)
        assert f"`{name}`" in text or f"`{generic}`" in text or name.startswith(("Actor2", "Actor1Type", "Actor1Geo")), name


def test_every_flat_column_and_plover_key_is_documented():
    text = _text()
    for c in FLAT_COLUMNS:
        base = re.sub(r"^target_", "source_", c.name)
        assert f"`{c.name}`" in text or f"`{base}`" in text or c.name.startswith("location_"), c.name
    for c in MENTION_COLUMNS:
        assert f"`{c.name}`" in text, c.name
    for key in PLOVER_KEYS:
        assert f"`{key}`" in text, key


def test_pictures_exist():
    for ref in re.findall(r"\]\((img/[^)]+)\)", _text()):
        path = DOC.parent / ref
        assert path.exists() and path.read_bytes()[:4] == b"\x89PNG", ref
