"""`python -m bot eval`: analyse every article of gold directories and score them with the shared scorer.

The scorer is `score.py` of the evaluation folder (found beside the gold directory, or at ../shared/eval): the
figures are the ones the team and the checks measure, not a re-implementation that could drift from them.
Predictions go to a temporary folder; nothing of the gold is copied into the project.

`--subset tune|holdout` splits a directory by article order (every fifth article is held out) so that rules can
be tuned on four fifths and the fifth tells how well they carry over to text nobody tuned on.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

HOLDOUT_EVERY = 5


def _find_scorer(gold_dirs: list[Path]) -> Path | None:
    candidates = [d.parent / "score.py" for d in gold_dirs]
    candidates.append(Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py")
    candidates.append(Path.cwd().parent / "shared" / "eval" / "score.py")
    return next((c for c in candidates if c.is_file()), None)


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_eval_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def select(texts: list[Path], subset: str) -> list[Path]:
    """The articles of a subset; `holdout` is every fifth article in name order (the 5th, 10th, …)."""
    texts = sorted(texts)
    if subset == "holdout":
        return [t for i, t in enumerate(texts) if i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1]
    if subset == "tune":
        return [t for i, t in enumerate(texts) if i % HOLDOUT_EVERY != HOLDOUT_EVERY - 1]
    return texts


def _context(text: str, start: int, end: int, width: int = 90) -> str:
    left = text[max(0, start - width):start].replace("\n", " ⏎ ")
    right = text[end:end + width].replace("\n", " ⏎ ")
    return f"…{left}[[{text[start:end]}]]{right}…"


def _print_errors(gold_path: Path, text: str, pred: dict[str, Any], scorer: ModuleType) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gq = gold.get("quotes", [])
    pq = pred.get("quotes", [])
    pairs = dict(scorer.match(gq, pq))
    used = set(pairs.values())
    lines: list[str] = []
    for gi, g in enumerate(gq):
        pos = text.find(g["text"])
        ctx = _context(text, pos, pos + len(g["text"])) if pos >= 0 else g["text"]
        if gi not in pairs:
            lines.append(f"  MISSED   [{g['kind']}] {g['speaker']}: {ctx}")
        else:
            p = pq[pairs[gi]]
            if not scorer.same_speaker(g["speaker"], p.get("speaker"), g.get("aliases", [])):
                lines.append(f"  WRONG    [{g['kind']}] gold {g['speaker']!r} pred {p.get('speaker')!r}: {ctx}")
    for pi, p in enumerate(pq):
        if pi not in used:
            ctx = _context(text, p["start"], p["end"]) if p.get("start") is not None else p.get("text", "")
            lines.append(f"  SPURIOUS [{p['kind']}] {p.get('speaker')!r} ({p.get('cue')}): {ctx}")
    if lines:
        print(f"# {gold_path.stem}")
        print("\n".join(lines))


def _table(result: dict[str, Any]) -> str:
    rows = [f"{'kind':9} {'gold':>5} {'pred':>5} | {'detP':>5} {'detR':>5} {'detF1':>5} | "
            f"{'whoP':>5} {'whoR':>5} {'whoF1':>5}"]
    for kind in ("direct", "indirect", "all"):
        r = result[kind]
        rows.append(f"{kind:9} {r['gold']:5d} {r['pred']:5d} | {r['detect_p']:.3f} {r['detect_r']:.3f} "
                    f"{r['detect_f1']:.3f} | {r['who_p']:.3f} {r['who_r']:.3f} {r['who_f1']:.3f}")
    a = result["actors_per"]
    rows.append(f"people    {a['gold']:5d} {a['pred']:5d} | P {a['p']:.3f} R {a['r']:.3f} F1 {a['f1']:.3f}")
    return "\n".join(rows)


def evaluate(gold_dir: Path, *, subset: str = "all", errors: bool = False,
             scorer: ModuleType | None = None) -> dict[str, Any]:
    """Analyse and score one gold directory; returns the scorer's result (its `--json` shape)."""
    from analysis import analyze

    if scorer is None:
        path = _find_scorer([gold_dir])
        if path is None:
            raise FileNotFoundError("score.py not found beside the gold directory")
        scorer = load_scorer(path)
    texts = select(list(gold_dir.glob("*.txt")), subset)
    with tempfile.TemporaryDirectory(prefix="quotebot-eval-") as tmp:
        gold_tmp, pred_tmp = Path(tmp, "gold"), Path(tmp, "pred")
        gold_tmp.mkdir()
        pred_tmp.mkdir()
        for txt in texts:
            gold_json = txt.with_suffix(".json")
            if not gold_json.is_file():
                continue
            shutil.copyfile(gold_json, gold_tmp / gold_json.name)
            text = txt.read_text(encoding="utf-8", errors="replace")
            pred = analyze(text).to_dict()
            (pred_tmp / gold_json.name).write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
            if errors:
                _print_errors(gold_json, text, pred, scorer)
        return scorer.score(str(gold_tmp), str(pred_tmp))


def run_eval(dirs: list[str], *, errors: bool = False, subset: str = "all", as_json: bool = False) -> int:
    gold_dirs = [Path(d) for d in dirs]
    missing = [d for d in gold_dirs if not d.is_dir()]
    if missing:
        for d in missing:
            print(f"error: {d} is not a directory", file=sys.stderr)
        return 2
    scorer_path = _find_scorer(gold_dirs)
    if scorer_path is None:
        print("error: score.py not found (looked beside each gold directory and in ../shared/eval)", file=sys.stderr)
        return 2
    scorer = load_scorer(scorer_path)
    results: dict[str, Any] = {}
    for d in gold_dirs:
        started = time.perf_counter()
        result = evaluate(d, subset=subset, errors=errors, scorer=scorer)
        elapsed = time.perf_counter() - started
        n = len(result.get("articles", []))
        if as_json:
            results[str(d)] = {k: v for k, v in result.items() if k != "articles"}
            continue
        label = f" ({subset})" if subset != "all" else ""
        print(f"== {d}{label}: {n} articles, {elapsed:.1f} s")
        print(_table(result))
    if as_json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    return 0
