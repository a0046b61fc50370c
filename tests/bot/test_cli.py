"""`python -m bot analyze` as the contract describes it: JSON shape, --out, exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "bot" / "samples" / "minfin-budget.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={"PATH": "/usr/bin:/bin", "BOT_TOKEN": ""})


def check_contract(data: dict, text: str) -> None:
    assert set(data) >= {"summary", "actors", "quotes"}
    assert isinstance(data["summary"], str)
    mentions = []
    for actor in data["actors"]:
        assert set(actor) >= {"name", "type", "mentions", "aliases"}
        assert actor["type"] in {"PER", "ORG", "LOC"} and isinstance(actor["mentions"], int)
        assert isinstance(actor["aliases"], list)
        mentions.append(actor["mentions"])
    assert mentions == sorted(mentions, reverse=True)  # most mentioned first
    names = {a["name"] for a in data["actors"]}
    for quote in data["quotes"]:
        assert set(quote) >= {"speaker", "speaker_type", "kind", "text", "cue", "start", "end"}
        assert quote["kind"] in {"direct", "indirect"}
        assert text[quote["start"]:quote["end"]] == quote["text"]
        if quote["speaker"] is not None:
            assert quote["speaker"] in names  # one canonical name for the same actor everywhere


def test_json_for_one_file() -> None:
    result = run("analyze", "--json", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    check_contract(data, SAMPLE.read_text(encoding="utf-8"))
    speakers = {q["speaker"] for q in data["quotes"]}
    assert "Антон Силуанов" in speakers and "Алексей Кудрин" in speakers


def test_out_dir_for_many_files(tmp_path: Path) -> None:
    files = sorted((ROOT / "bot" / "samples").glob("*.txt"))
    result = run("analyze", "--json", "--out", str(tmp_path / "pred"), *map(str, files))
    assert result.returncode == 0, result.stderr
    for path in files:
        check_contract(json.loads((tmp_path / "pred" / f"{path.stem}.json").read_text(encoding="utf-8")),
                       path.read_text(encoding="utf-8"))
    assert len(result.stdout.strip().splitlines()) == 1  # a one-line summary


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run("analyze", "--json", str(tmp_path / "nope.txt"))
    assert result.returncode != 0
    assert "nope.txt" in result.stderr


def test_no_token_runs_the_demo_and_says_how_to_set_one(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "BOT_TOKEN": "", "DATABASE_PATH": str(tmp_path / "demo.sqlite3")}
    result = subprocess.run([sys.executable, "-m", "bot"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                            env=env)
    assert result.returncode == 0, result.stderr
    assert "BOT_TOKEN" in result.stderr + result.stdout
    assert "Кто что сказал" in result.stdout or "Разбор статьи" in result.stdout
    assert (tmp_path / "demo.sqlite3").exists()


def test_a_start_up_failure_never_prints_the_token(tmp_path: Path) -> None:
    token = "123456:SECRET-start-up-token"
    env = {"PATH": "/usr/bin:/bin", "BOT_TOKEN": token, "TELEGRAM_API_URL": "localhost:8081",  # no scheme
           "DATABASE_PATH": str(tmp_path / "bot.sqlite3")}
    result = subprocess.run([sys.executable, "-m", "bot"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 1
    assert "<token>" in result.stderr
    assert token not in result.stderr + result.stdout
