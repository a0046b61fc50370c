"""Command line: `python -m bot [run|demo|analyze|eval|bench]` (see ../shared/CONTRACT.md)."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Кто что сказал: Telegram-бот для новостей")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the bot (long polling); the demo when BOT_TOKEN is not set")
    sub.add_parser("demo", help="the whole pipeline on the bundled sample articles, without Telegram")
    analyze = sub.add_parser("analyze", help="analyse plain-text articles without Telegram or the database")
    analyze.add_argument("files", nargs="+", metavar="FILE")
    analyze.add_argument("--json", action="store_true", help="print the analysis JSON (one FILE)")
    analyze.add_argument("--out", metavar="DIR", help="write DIR/<stem>.json for every FILE")
    evaluate = sub.add_parser("eval", help="analyse gold directories and score them with ../shared/eval/score.py")
    evaluate.add_argument("dirs", nargs="+", metavar="GOLD_DIR")
    evaluate.add_argument("--errors", action="store_true", help="print every missed, wrong and spurious quote")
    evaluate.add_argument("--subset", choices=["all", "tune", "holdout"], default="all",
                          help="every fifth article is 'holdout', the rest 'tune' (default: all)")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    sub.add_parser("worker", help="run an analysis worker taking jobs from the queue at REDIS_URL")
    loadtest = sub.add_parser("loadtest", help="drive the bot in webhook mode on 127.0.0.1 and print latencies")
    loadtest.add_argument("--quick", action="store_true", help="a small run (for the test suite)")
    loadtest.add_argument("--chats", type=int, default=1000)
    loadtest.add_argument("--updates", type=int, default=5000)
    loadtest.add_argument("--workers", default="1,2", help="worker counts to run with, e.g. 1,2")
    bench = sub.add_parser("bench", help="measure speed and memory (prints numbers)")
    bench.add_argument("--articles", type=int, default=100, help="how many articles to analyse (default 100)")
    bench.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    bench.add_argument("--database-url", metavar="URL",
                       help="measure on this PostgreSQL database (an empty scratch one) instead of SQLite files")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    if command == "analyze":
        from bot.analyze_cli import run_analyze

        return run_analyze(args.files, as_json=args.json, out_dir=args.out)
    if command == "eval":
        from bot.eval_cli import run_eval

        return run_eval(args.dirs, errors=args.errors, subset=args.subset, as_json=args.json)
    if command == "demo":
        from bot.demo import run_demo

        return run_demo()
    if command == "bench":
        from bot.bench import run_bench

        return run_bench(articles=args.articles, quick=args.quick, database_url=args.database_url)
    if command == "worker":
        from bot.worker_cli import run_worker_command

        return run_worker_command()
    if command == "loadtest":
        from bot.loadtest import run_loadtest

        return run_loadtest(quick=args.quick, chats=args.chats, updates=args.updates,
                            workers=[int(n) for n in args.workers.split(",") if n.strip()])
    from bot.app import run_bot

    return run_bot()


if __name__ == "__main__":
    sys.exit(main())
