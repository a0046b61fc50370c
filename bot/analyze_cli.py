"""`python -m bot analyze`: the analyzer on files, without Telegram and without the database."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from analysis import analyze


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def run_analyze(files: list[str], *, as_json: bool, out_dir: str | None) -> int:
    paths = [Path(f) for f in files]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        for p in missing:
            print(f"error: cannot read {p}: no such file", file=sys.stderr)
        return 2
    if as_json and not out_dir and len(paths) != 1:
        print("error: --json without --out takes exactly one FILE", file=sys.stderr)
        return 2
    out = Path(out_dir) if out_dir else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    failed = 0
    quotes = 0
    for path in paths:
        try:
            text = _read(path)
        except OSError as exc:
            print(f"error: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
            failed += 1
            continue
        result = analyze(text).to_dict()
        quotes += len(result["quotes"])
        if out:
            (out / f"{path.stem}.json").write_text(
                json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8"
            )
        elif as_json:
            print(json.dumps(result, ensure_ascii=False, indent=1))
        else:
            print(f"== {path}")
            print(f"summary: {result['summary']}")
            for actor in result["actors"][:10]:
                print(f"  actor {actor['type']} {actor['name']} ×{actor['mentions']}")
            for q in result["quotes"]:
                print(f"  [{q['kind']}] {q['speaker'] or '?'}: «{q['text']}»")
    if out:
        elapsed = time.perf_counter() - started
        print(f"analysed {len(paths) - failed} of {len(paths)} files, {quotes} quotes, "
              f"{elapsed:.1f} s, written to {out}")
    return 1 if failed else 0
