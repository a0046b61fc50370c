"""`python -m bot bench`: speed and memory, measured and printed (the targets are in the README).

1. analysis per article next to the bare natasha pipeline, on the dev articles repeated to N;
2. peak RSS of the bot process and of each worker (read from /proc of the running bot);
3. `/who` lookup time with 100,000 stored quotes over 2,000 actors, and `/search` (one or two words in another
   grammatical form than the stored one) over the same quotes;
4. `/help` answer time, end to end through a stand-in Bot API server, while 20 long articles are analysed.

Run it from the repository root (it uses the end-to-end tests' stand-in server).
"""

from __future__ import annotations

import asyncio
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
TOKEN = "1:BENCH"


def _texts() -> list[str]:
    paths = sorted(DEV.glob("*.txt")) or sorted((ROOT / "bot" / "samples").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_analysis(n: int) -> None:
    from analysis import analyze
    from analysis.pipeline import bare_pipeline, warm_up

    base = _texts()
    texts = [base[i % len(base)] for i in range(max(n, len(base)))]
    warm_up()
    for text in base:  # first calls pay for lazy set-up in both paths
        bare_pipeline(text)
        analyze(text)
    rounds = []
    for _ in range(2):  # alternate, so that neither side gets a warmer machine
        start = time.perf_counter()
        for text in texts:
            bare_pipeline(text)
        bare = time.perf_counter() - start
        start = time.perf_counter()
        for text in texts:
            analyze(text)
        full = time.perf_counter() - start
        rounds.append((bare, full))
    bare, full = min(r[0] for r in rounds), min(r[1] for r in rounds)
    chars = sum(map(len, texts)) / len(texts)
    print(f"1. analysis of {len(texts)} articles (dev set repeated, {chars:.0f} chars on average), one process:")
    print(f"   bare natasha pipeline : {1000 * bare / len(texts):7.1f} ms/article  {len(texts) / bare:6.1f} articles/s")
    print(f"   full analysis         : {1000 * full / len(texts):7.1f} ms/article  {len(texts) / full:6.1f} articles/s")
    print(f"   ratio analysis / bare : {full / bare:.2f}   (target ≤ 1.20)")


NOUNS = ["санкция", "бюджет", "налог", "переговоры", "армия", "школа", "урожай", "пенсия", "дефицит", "экономика",
         "инфляция", "зарплата", "выборы", "граница", "нефть", "газ", "рубль", "закон", "регион", "больница",
         "дорога", "метро", "тариф", "кредит", "банк", "завод", "поставка", "мост", "порт", "университет"]
WORDS = ["сказал", "будет", "важно", "сегодня", "снова", "новый", "решение", "страна", "рост", "план", "мы",
         "они", "обсудить", "принять", "снизить", "повысить", "вопрос", "работа", "год", "месяц"]


def _forms(rng: random.Random) -> dict[str, list[str]]:
    """Every case and number form of each noun: quotes store one form, queries ask with another."""
    from analysis.keys import _morph

    morph = _morph()
    forms = {}
    for noun in NOUNS:
        parsed = morph.parse(noun.replace("армия", "армия"))[0]
        forms[parsed.normal_form] = sorted({f.word for f in parsed.lexeme})
    return forms


async def bench_who(quotes_total: int, actors_total: int, database_url: str | None = None) -> None:
    from analysis.keys import query_keys
    from analysis.model import Actor, Analysis, Quote
    from storage import Storage

    rng = random.Random(1)
    forms = _forms(rng)
    nouns = sorted(forms)

    def said(i: int, j: int) -> str:
        words = [rng.choice(forms[rng.choice(nouns)]) for _ in range(3)] + rng.sample(WORDS, 5)
        rng.shuffle(words)
        return f"{' '.join(words)} {i}-{j}"

    first = ["Иван", "Пётр", "Анна", "Мария", "Сергей", "Ольга", "Дмитрий", "Елена", "Алексей", "Наталья"]
    syllables = ["ко", "ва", "ли", "ше", "ро", "ман", "тин", "дор", "пе", "гу", "се", "ры"]
    names = set()
    while len(names) < actors_total:
        surname = "".join(rng.choice(syllables) for _ in range(3)).capitalize() + rng.choice(["ов", "ин", "ев"])
        names.add(f"{rng.choice(first)} {surname}")
    people = sorted(names)
    per_article = 20
    with tempfile.TemporaryDirectory() as tmp:
        storage = await Storage.open(database_url or Path(tmp) / "bench.sqlite3")
        await storage.ensure_chat(1)
        await storage.ensure_chat(2)
        started = time.perf_counter()
        for i in range(quotes_total // per_article):
            chosen = rng.sample(people, 5)
            article, _ = await storage.add_article(1 if i % 10 else 2, f"статья номер {i}")
            analysis = Analysis(
                summary="…",
                actors=[Actor(name, "PER", rng.randint(1, 5), [name.split()[-1]]) for name in chosen],
                quotes=[Quote(chosen[j % 5], "PER", "direct", said(i, j), "сказал", 0, 10)
                        for j in range(per_article)],
            )
            await storage.save_analysis(article.chat_id, article.id, analysis)
        fill = time.perf_counter() - started
        stats = await storage.chat_stats(1)
        timings = []
        for _ in range(300):
            surname = rng.choice(people).split()[-1]
            query = rng.choice([surname, surname + "а", surname + "у", surname.lower()])
            t0 = time.perf_counter()
            found = await storage.find_actors(1, query)
            await storage.quotes_by_actors(1, [a.id for a in found], limit=5)
            timings.append(1000 * (time.perf_counter() - t0))
        searches = []
        hits = 0
        for k in range(300):
            words = [rng.choice(forms[noun]) for noun in rng.sample(nouns, 1 + k % 2)]
            t0 = time.perf_counter()
            quotes, total = await storage.search_quotes(1, query_keys(" ".join(words)), limit=5)
            await storage.other_sources(1, quotes)
            searches.append(1000 * (time.perf_counter() - t0))
            hits += total
        if database_url:  # the bot measured next shares the database: it must not find 5,000 cards to send
            await storage.forget_chat(1)
            await storage.forget_chat(2)
        await storage.close()
    where = "PostgreSQL" if database_url else "SQLite"
    print(f"3. /who lookup: {stats['quotes']} quotes over {stats['actors']} actors in the chat "
          f"({quotes_total} in the {where} database, filled in {fill:.0f} s):")
    print(f"   p50 {pct(timings, 0.5):.1f} ms   p95 {pct(timings, 0.95):.1f} ms   (target p95 ≤ 20 ms)")
    print(f"   /search (one or two words, any case form; {hits // len(searches)} matching quotes on average), "
          f"{quotes_total} quotes in the database:")
    print(f"   p50 {pct(searches, 0.5):.1f} ms   p95 {pct(searches, 0.95):.1f} ms   (target p95 ≤ 50 ms)")


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


async def bench_bot(articles: int, chars: int, probes: int, database_url: str | None = None) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.e2e.fake_api import FakeTelegram

    telegram = FakeTelegram()
    await telegram.start()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": telegram.url,
               "DATABASE_PATH": str(Path(tmp) / "bot.sqlite3"), "LOG_LEVEL": "WARNING",
               # an empty value overrides a DATABASE_URL in .env: the bench writes only where it is told to
               "DATABASE_URL": database_url or ""}
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", cwd=ROOT, env=env,
                                                    stdout=asyncio.subprocess.DEVNULL,
                                                    stderr=asyncio.subprocess.DEVNULL)
        try:
            await telegram.wait_for(lambda c: c.method == "setMyCommands", 120)
            await asyncio.sleep(5)  # let the worker load its models, as it does after any start
            base = _texts()
            for i in range(articles):  # distinct long texts from several chats
                parts, size = [], 0
                while size < chars:
                    piece = base[(i + len(parts)) % len(base)]
                    parts.append(piece)
                    size += len(piece) + 2
                text = f"Выпуск {i}.\n\n" + "\n\n".join(parts)
                telegram.message(10 + i % 4, text[:chars])
            timings = []
            for n in range(probes):
                chat = 900 + n
                pushed = time.monotonic()
                telegram.message(chat, "/help")
                call = await telegram.wait_text(chat, "кто что сказал", 30)
                timings.append(1000 * (call.at - pushed))
                await asyncio.sleep(0.1)
            busy = sum(1 for c in telegram.calls if c.method == "sendMessage" and "Разбор статьи" in c.text)
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline:
                done = sum(1 for c in telegram.calls if c.method == "sendMessage" and "Разбор статьи" in c.text)
                if done >= articles:
                    break
                await asyncio.sleep(0.5)
            bot_rss = _peak_rss_mb(proc.pid)
            workers = {pid: (_peak_rss_mb(pid), _cmdline(pid)) for pid in _children(proc.pid)}
        finally:
            if proc.returncode is None:
                proc.terminate()
                await proc.wait()
        await telegram.stop()
    print(f"4. /help answered end to end while {articles} articles of {chars:,} characters were analysed "
          f"({busy} of them done by the last probe):")
    print(f"   p50 {pct(timings, 0.5):.0f} ms   p95 {pct(timings, 0.95):.0f} ms   max {max(timings):.0f} ms"
          f"   over {len(timings)} probes   (target p95 ≤ 300 ms)")
    print(f"   all {done} cards sent; {'every article answered' if done >= articles else 'NOT all answered'}")
    print("2. peak memory (VmHWM) of the running bot after that burst:")
    print(f"   bot process {bot_rss:.0f} MB (target ≤ 150)")
    for rss, cmdline in workers.values():
        if "resource_tracker" in cmdline:
            print(f"   multiprocessing's resource tracker {rss:.0f} MB")
        else:
            print(f"   analysis worker {rss:.0f} MB (target ≤ 400)")


def run_bench(articles: int = 100, quick: bool = False, database_url: str | None = None) -> int:
    """`database_url`: run the /who lookup and the bot on that PostgreSQL database (an empty scratch one: the
    bench fills it) instead of temporary SQLite files."""
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    bench_analysis(20 if quick else articles)
    asyncio.run(bench_who(10_000 if quick else 100_000, 500 if quick else 2_000, database_url))
    asyncio.run(bench_bot(4 if quick else 20, 20_000, 10 if quick else 40, database_url))
    return 0
