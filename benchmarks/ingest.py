"""Ingest speed and memory: `claimwatch ingest` on a generated Telegram Desktop export.

    python benchmarks/ingest.py               # 100,000 posts
    python benchmarks/ingest.py --posts 20000 # a quick run

Generates a one-channel export (texts like the gold sets: Russian, Ukrainian,
English, Arabic and French, with and without casualty figures, a third of them
as entity-part lists, plus service messages and captionless photos), then times
each run in its own process and reads that process's peak RSS (os.wait4):

  floor         ijson over the same file + executemany into a bare table: the
                least any ingest of this file can cost on this machine
  --no-extract  claimwatch's parse + store path alone (raw posts)
  --jobs 1      the full path with the extractor in the main process
  default       the full path with the extractor in worker processes
  again         the same file once more: every post unchanged

Memory: "RSS main" is the ingest process's peak (os.wait4); "PSS all" the peak
of the process and its extractor workers together, sampled every 50 ms (PSS
shares the pages forked workers have in common with the main process fairly).

Targets (2 cores): >= 1,500 posts/s with extraction on, peak RSS < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "dev.jsonl"
TARGET_RATE = 1500
TARGET_RSS_MB = 300

TEMPLATES = [
    "Запорожское направление: в районе Работино наши подразделения отразили {a} атаки "
    "противника. Уничтожено более {n} боевиков ВСУ, ещё {m} взяты в плен.",
    "Потери ВСУ за сутки в зоне действий группировки «Запад» составили до {n} военнослужащих, "
    "{a} танка и {m} автомобилей.",
    "Обстановка на Купянском направлении без существенных изменений. Противник перебрасывает "
    "резервы, ведётся контрбатарейная борьба.",
    "Загальні бойові втрати противника з 24.02.22 по 30.07.24 орієнтовно склали: особового "
    "складу ‒ близько {big} (+{n}) осіб, танків ‒ {m}.",
    "На Покровському напрямку ворог {a} разів намагався просунутися. Сили оборони стримують "
    "натиск.",
    "At least {n} people were killed and {m} wounded in a Russian missile strike on the city, "
    "the regional governor said on Telegram.",
    "Mali's army said it lost {a} soldiers in the ambush near Tinzaouaten, while rebels "
    "claimed dozens of Wagner fighters were killed.",
    "The ministry published new satellite images of the bridge; no casualties were reported.",
    "قُتل {n} من عناصر فاغنر في كمين قرب تينزاواتين، وأُسر {m} آخرون، بحسب مصادر محلية.",
    "أعلنت قوات الدعم السريع سيطرتها على المدينة بعد معارك عنيفة استمرت {a} أيام.",
    "Au moins {n} soldats maliens ont été tués et {m} blessés lors de l'attaque, selon une "
    "source sécuritaire.",
    "Le gouvernement de transition a annoncé un deuil national de {a} jours.",
]
FILLER = [
    "Подробности уточняются.",
    "Следите за обновлениями на нашем канале.",
    "Джерело: ЗСУ.",
    "More details to follow. 🔴",
    "تابعونا للمزيد من التفاصيل.",
    "Plus d'informations à venir.",
    "#СВО #фронт",
]
_DIGITS = re.compile(r"\d+")


def text_pool() -> list[str]:
    pool = list(TEMPLATES)
    if GOLD.exists():  # the visible gold texts, when ../shared is beside the checkout
        for line in GOLD.read_text(encoding="utf-8").splitlines():
            pool.append(json.loads(line)["text"].replace("{", "(").replace("}", ")"))
    return pool


def make_text(rng: random.Random, pool: list[str]) -> str:
    base = rng.choice(pool)
    text = base.format(
        n=rng.randint(1, 900),
        m=rng.randint(1, 60),
        a=rng.randint(2, 9),
        big=rng.randint(1, 600) * 1000,
    )
    # Gold texts carry their own figures; vary them so no two posts are the same text.
    text = _DIGITS.sub(lambda m: str(int(m.group()) + rng.randint(0, 9)), text, count=1)
    return text + "\n\n" + " ".join(rng.sample(FILLER, rng.randint(0, 3)))


def entity_parts(text: str, rng: random.Random) -> list[object]:
    cut1 = rng.randint(0, len(text) // 2)
    cut2 = rng.randint(cut1, len(text))
    return [
        text[:cut1],
        {"type": "bold", "text": text[cut1:cut2]},
        text[cut2:],
        {"type": "hashtag", "text": "#news"},
    ]


def generate(path: Path, posts: int, seed: int = 7) -> int:
    """Write the export message by message (it need not fit in memory); return text posts."""
    rng = random.Random(seed)
    pool = text_pool()
    start = 1_690_000_000
    with_text = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('{\n "name": "Bench channel",\n "type": "public_channel",\n "id": 777000,\n')
        out.write(' "messages": [\n')
        for mid in range(1, posts + 1):
            msg: dict[str, object] = {
                "id": mid,
                "type": "message",
                "date": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(start + mid * 97)),
                "date_unixtime": str(start + mid * 97),
                "from": "Bench channel",
                "from_id": "channel777000",
            }
            roll = rng.random()
            if roll < 0.01:
                msg.update(type="service", actor="Bench channel", action="pin_message", text="")
            elif roll < 0.04:
                msg.update(photo="photos/photo.jpg", width=1280, height=720, text="")
            else:
                text = make_text(rng, pool)
                with_text += 1
                if roll < 0.37:
                    msg["text"] = entity_parts(text, rng)
                else:
                    msg["text"] = text
                msg["text_entities"] = [{"type": "plain", "text": text}]
                if roll > 0.95:
                    msg["edited"] = msg["date"]
                    msg["edited_unixtime"] = msg["date_unixtime"]
            body = json.dumps(msg, ensure_ascii=False, indent=1).replace("\n", "\n   ")
            out.write("   " + body + (",\n" if mid < posts else "\n"))
        out.write(" ]\n}\n")
    return with_text


def floor(export: Path, db: Path) -> int:
    """Parse the same file with ijson and executemany the same rows into a bare table."""
    import ijson

    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute(
        "CREATE TABLE posts (id INTEGER PRIMARY KEY, msg_id INTEGER, date TEXT, text TEXT,"
        " raw TEXT, UNIQUE (msg_id))"
    )
    batch: list[tuple[object, ...]] = []
    n = 0
    with export.open("rb") as f:
        for msg in ijson.items(f, "messages.item", use_float=True):
            if msg.get("type") != "message":
                continue
            text = msg.get("text")
            if isinstance(text, list):
                text = "".join(p if isinstance(p, str) else p.get("text", "") for p in text)
            if not text:
                continue
            raw = json.dumps(msg, ensure_ascii=False)
            batch.append((msg["id"], msg.get("date_unixtime"), text, raw))
            if len(batch) >= 500:
                with con:
                    con.executemany(
                        "INSERT INTO posts (msg_id, date, text, raw) VALUES (?, ?, ?, ?)", batch
                    )
                n += len(batch)
                batch = []
    with con:
        con.executemany("INSERT INTO posts (msg_id, date, text, raw) VALUES (?, ?, ?, ?)", batch)
    n += len(batch)
    con.close()
    return n


def _tree(root: int) -> list[int]:
    """The process and all its descendants (extractor workers), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def _pss_kb(pid: int) -> int:
    # PSS splits pages shared between the main process and its forked workers fairly,
    # so the sum over the tree is the memory the ingest really holds.
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeSampler(threading.Thread):
    """Samples the summed PSS of a process tree every 50 ms; keeps the peak."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self.workers = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.05):
            tree = _tree(self.pid)
            self.workers = max(self.workers, len(tree) - 1)
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in tree))


def timed(cmd: list[str], work: Path) -> tuple[float, float, float, int, str]:
    """Run one process; return (seconds, its peak RSS in MB, peak PSS of it and its
    workers in MB, how many workers, its stdout).

    os.wait4 gives the rusage of exactly this child; the PSS sampler adds the
    worker processes it starts (measured every 50 ms, so a short spike can be missed).
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out_path, err_path = work / "step.out", work / "step.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        sampler.done.set()
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err_path.read_text()}")
    return (
        seconds,
        usage.ru_maxrss / 1024,
        sampler.peak_kb / 1024,
        sampler.workers,
        out_path.read_text(encoding="utf-8"),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=100_000, help="messages in the export")
    parser.add_argument("--keep", metavar="DIR", help="write files here and keep them")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cw-bench-") as tmp:
        work = Path(args.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        export = work / "result.json"
        t0 = time.perf_counter()
        texts = generate(export, args.posts)
        size_mb = export.stat().st_size / 1e6
        print(
            f"export: {args.posts:,} messages ({texts:,} with text), {size_mb:.1f} MB, "
            f"written in {time.perf_counter() - t0:.1f} s; {os.cpu_count()} CPUs"
        )
        config = work / "empty.toml"
        config.write_text("", encoding="utf-8")
        me = [sys.executable, str(Path(__file__).resolve())]

        def ingest(db: str, *extra: str) -> list[str]:
            return [sys.executable, "-m", "bot", "ingest", str(export), "--channel", "bench", "--side", "ru",
                    "--db", str(work / db), "--config", str(config), *extra]  # fmt: skip

        for name in ("floor.db", "raw.db", "one.db", "full.db"):
            for suffix in ("", "-wal", "-shm"):
                (work / f"{name}{suffix}").unlink(missing_ok=True)
        steps = [
            ("floor: ijson + executemany, bare table", [*me, "--floor", str(export), str(work / "floor.db")]),
            ("ingest --no-extract (parse + store)", ingest("raw.db", "--no-extract")),
            ("ingest --jobs 1 (extract in-process)", ingest("one.db", "--jobs", "1")),
            ("ingest (extract in workers, the default)", ingest("full.db")),
            ("ingest again (all unchanged)", ingest("full.db")),
        ]  # fmt: skip
        results = []
        print(f"\n{'':42} {'seconds':>7} {'posts/s':>8} {'RSS main':>9} {'PSS all':>8}")
        summary = ""
        for label, cmd in steps:
            seconds, rss, pss, workers, out = timed(cmd, work)
            rate = texts / seconds
            results.append((rate, max(rss, pss)))
            note = f"  ({workers} workers)" if workers else ""
            print(f"{label:42} {seconds:7.1f} {rate:8,.0f} {rss:6.0f} MB {pss:5.0f} MB{note}")
            if "the default" in label:
                summary = out
        version = subprocess.run(
            [sys.executable, "-c", "import extractors; print(extractors.EXTRACTOR_VERSION)"],
            cwd=ROOT, capture_output=True, text=True, check=False,
        ).stdout.strip()  # fmt: skip
        print(f"\nextractor {version}; the default ingest said:\n{summary}")
        rate, memory = results[3]
        ok = rate >= TARGET_RATE and memory < TARGET_RSS_MB
        print(
            f"target: >= {TARGET_RATE:,} posts/s with extraction, peak memory < "
            f"{TARGET_RSS_MB} MB: {'met' if ok else 'NOT met'} "
            f"({rate:,.0f} posts/s, {memory:.0f} MB, the larger of main RSS and all-process PSS)"
        )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--floor":
        floor(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        main()
