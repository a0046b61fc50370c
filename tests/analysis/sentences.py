"""Helpers for the tests that analyse sentences written for them: every quote's offsets must cut its text."""

from __future__ import annotations

from analysis import analyze
from analysis.model import Quote


def quotes_of(text: str) -> list[Quote]:
    result = analyze(text)
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
    return result.quotes


def only(text: str, kind: str) -> Quote:
    """The one quote of that kind in the text (failing when there are none or several)."""
    qs = [q for q in quotes_of(text) if q.kind == kind]
    assert len(qs) == 1, qs
    return qs[0]
