"""The scoring stage: options compete by readable weights; weak evidence alone does not make a speaker."""

from __future__ import annotations

from analysis.scoring import THRESHOLD, Option, choose, explain


def test_the_stronger_evidence_wins() -> None:
    subject = Option(1, "subject")
    passage = Option(2, "recent_speaker", {"sentences_back": 1.0})
    assert choose([passage, subject]) is subject


def test_a_relaying_outlet_is_never_chosen() -> None:
    assert choose([Option(3, "subject", {"outlet_not_subject": 1.0})]) is None


def test_a_recent_speaker_far_back_is_too_weak() -> None:
    far = Option(4, "recent_speaker", {"sentences_back": 3.0})
    assert far.score < THRESHOLD
    assert choose([far]) is None


def test_gender_clash_overrides_a_pronoun() -> None:
    assert choose([Option(5, "pronoun", {"gender_clash": 1.0})]) is None


def test_explain_lists_every_contribution() -> None:
    text = explain(Option(6, "role", {"named_in_quote": 1.0}))
    assert "role +2.20" in text and "named_in_quote -1.20" in text
