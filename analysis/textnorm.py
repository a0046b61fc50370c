"""Text normalisation shared by every layer that compares Russian words.

Russian writes ё and е interchangeably (most texts print е for both), so two spellings of one name, one
zone alias or one article must compare equal. This is the one place that says how.
"""

from __future__ import annotations

_YO = str.maketrans({"ё": "е", "Ё": "Е"})


def fold_yo(text: str) -> str:
    """`text` with ё written as е (and Ё as Е); nothing else changes, so callers choose the letter case."""
    return text.translate(_YO)
