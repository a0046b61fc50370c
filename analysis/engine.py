"""Placeholder engine: summary only. Replaced by the real who-said-what engine."""

from __future__ import annotations

import re

from analysis.model import Analysis

_SENTENCE = re.compile(r"[^.!?…]+[.!?…]+")


def analyze(text: str) -> Analysis:
    text = text or ""
    sentences = [m.group(0).strip() for m in _SENTENCE.finditer(text[:5000])]
    return Analysis(summary=" ".join(sentences[:1])[:300])
