"""Structural rules of the code base that a reviewer would otherwise have to re-check by eye."""

from __future__ import annotations

import re
from pathlib import Path

from analysis.textnorm import fold_yo

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "handlers", "storage", "digest", "intake", "processing", "render", "delivery")


def sources(*packages: str) -> list[Path]:
    return [path for package in packages for path in sorted((ROOT / package).rglob("*.py"))]


def test_fold_yo_folds_both_cases_and_nothing_else() -> None:
    assert fold_yo("Ёлка, ёж и Семён") == "Елка, еж и Семен"
    assert fold_yo("Latin ABC абв") == "Latin ABC абв"


def test_one_yo_folding_helper_outside_analysis() -> None:
    """Every ё/е comparison goes through analysis.textnorm.fold_yo: five private copies drifted apart."""
    folding = re.compile(r"""replace\(\s*["']ё["']|maketrans\(.*ё""")
    offenders = [str(p.relative_to(ROOT)) for p in sources(*PACKAGES) if folding.search(p.read_text("utf-8"))]
    assert offenders == []


def test_lower_layers_receive_a_sender_instead_of_importing_the_bot() -> None:
    """digest, processing, storage and render never import aiogram's Bot or the bot's settings."""
    wiring = re.compile(r"^\s*(from bot[. ]|import bot\b|from aiogram import .*\bBot\b)", re.MULTILINE)
    offenders = [str(p.relative_to(ROOT)) for p in sources("digest", "processing", "storage", "render")
                 if wiring.search(p.read_text("utf-8"))]
    assert offenders == []
