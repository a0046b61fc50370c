"""Regression floor on the shared training articles (104 real news texts from many outlets), and the
`python -m bot eval` command that the team reads these figures with."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.eval_cli import run_eval, select
from tests.analysis.scoring import SCORER, SHARED_EVAL, below, score_folder

TRAIN = SHARED_EVAL / "train"

# a little (≈0.02) under what the engine reached when this floor was set (all 104 articles)
FLOORS = {
    ("all", "who_f1"): 0.85,  # reached 0.871
    ("all", "who_p"): 0.925,  # reached 0.944
    ("direct", "who_f1"): 0.835,  # reached 0.856
    ("indirect", "who_f1"): 0.845,  # reached 0.864
    ("actors_per", "f1"): 0.935,  # reached 0.955
}


@pytest.mark.eval
@pytest.mark.skipif(not TRAIN.is_dir() or not SCORER.is_file(), reason=f"shared eval set not found at {TRAIN}")
def test_train_scores_stay_above_floors(tmp_path: Path) -> None:
    failures = below(score_folder(TRAIN, tmp_path), FLOORS)
    assert not failures, failures


def test_holdout_is_every_fifth_article_and_tune_the_rest() -> None:
    names = [Path(f"a{i:03d}.txt") for i in range(1, 11)]
    assert [p.name for p in select(names, "holdout")] == ["a005.txt", "a010.txt"]
    assert len(select(names, "tune")) == 8
    assert select(names, "all") == names


@pytest.mark.eval
@pytest.mark.skipif(not SCORER.is_file(), reason="shared scorer not found")
def test_eval_command_prints_the_scorer_table_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.txt").write_text("«Мы построим мост к осени», — сказал губернатор Андрей Смирнов. "
                                "Министр Олег Кравцов заявил, что бюджет будет исполнен.", encoding="utf-8")
    (gold / "a.json").write_text(
        '{"id": "a", "quotes": [{"speaker": "Андрей Смирнов", "kind": "direct", "text": "Мы построим мост к осени"},'
        '{"speaker": "Ирина Лебедева", "kind": "indirect", "text": "налоги не вырастут"}],'
        '"actors": [{"name": "Андрей Смирнов", "type": "PER"}]}', encoding="utf-8")
    # the scorer is found beside the gold folder first: put a copy there, as ../shared/eval has it
    (tmp_path / "score.py").write_text(SCORER.read_text(encoding="utf-8"), encoding="utf-8")
    assert run_eval([str(gold)], errors=True) == 0
    out = capsys.readouterr().out
    assert "kind       gold  pred" in out
    assert "MISSED   [indirect] Ирина Лебедева" in out
    assert "SPURIOUS [indirect] 'Олег Кравцов'" in out
    assert run_eval([str(tmp_path / "missing")]) == 2
