"""Diacritic- and case-insensitive folding shared by every matcher."""

from __future__ import annotations

import unicodedata

_SPECIAL = str.maketrans({"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "ß": "ss", "’": "'", "‘": "'"})


def fold(text: str) -> str:
    """``"Việt Nam"`` → ``"viet nam"``; ``"Díaz-Canel"`` → ``"diaz-canel"``."""
    text = text.translate(_SPECIAL)
    if text.isascii():
        return text.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
