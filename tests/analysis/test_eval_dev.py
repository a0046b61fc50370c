"""Regression floor on the shared annotated dev articles, scored by the shared scorer."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from analysis import analyze

DEV = Path(__file__).resolve().parents[2].parent / "shared/eval/dev"
SCORER = DEV.parent / "score.py"

# a little (≈0.03) under what the engine reached when this test was written
FLOORS = {
    ("all", "who_f1"): 0.92,  # reached 0.957
    ("all", "who_p"): 0.96,  # reached 1.000
    ("direct", "who_f1"): 0.94,  # reached 0.970
    ("indirect", "who_f1"): 0.91,  # reached 0.943
    ("actors_per", "f1"): 0.95,  # reached 0.987
}


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("shared_eval_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.eval
@pytest.mark.skipif(not DEV.is_dir() or not SCORER.is_file(), reason=f"shared eval set not found at {DEV}")
def test_dev_scores_stay_above_floors(tmp_path: Path) -> None:
    for txt in sorted(DEV.glob("*.txt")):
        result = analyze(txt.read_text(encoding="utf-8"))
        (tmp_path / f"{txt.stem}.json").write_text(json.dumps(result.to_dict(), ensure_ascii=False), encoding="utf-8")
    scores = _scorer().score(DEV, tmp_path)
    failures = [
        f"{kind}.{metric} = {scores[kind][metric]:.3f} < {floor}"
        for (kind, metric), floor in FLOORS.items()
        if scores[kind][metric] < floor
    ]
    assert not failures, failures
