"""Score the analyzer on a folder of annotated articles with the shared scorer (../shared/eval/score.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from analysis import analyze
from bot.eval_cli import load_scorer

SHARED_EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
SCORER = SHARED_EVAL / "score.py"


def score_folder(gold: Path, out: Path) -> dict[str, Any]:
    """Analyse every gold/*.txt into out/, check the offsets, and return the scorer's figures."""
    for txt in sorted(gold.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        result = analyze(text)
        for q in result.quotes:
            assert text[q.start:q.end] == q.text
        (out / f"{txt.stem}.json").write_text(json.dumps(result.to_dict(), ensure_ascii=False), encoding="utf-8")
    return load_scorer(SCORER).score(gold, out)


def below(scores: dict[str, Any], floors: dict[tuple[str, str], float]) -> list[str]:
    return [f"{kind}.{metric} = {scores[kind][metric]:.3f} < {floor}"
            for (kind, metric), floor in floors.items() if scores[kind][metric] < floor]
