"""How fast the extractor reads posts, beside what reading them costs at all.

    .venv/bin/python benchmarks/extract_speed.py [--posts 20000] [--seed 7]

The mix: every gold text there is (../shared/gold, tests/extractors/data), repeated and
shuffled, plus one long post in twenty (ten texts of one language joined, a few KB, like a
digest or a long channel post). All on one core, all measured in this run:

  floor        read the JSON Lines, one digit-regex pass over each text, write a row back
               (floor and extractor: the best of --repeat runs)
  extractor    the same reading and writing around `extract` (what `python -m extractors` does)
  quantulum3   quantulum3.parser.parse on the English posts only (a general quantity parser)
  start-up     a fresh interpreter: import extractors and read one post of each language
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import NATIVE  # noqa: E402
from extractors.__main__ import process  # noqa: E402

SHARED = ROOT.parent / "shared"
SOURCES = [
    SHARED / "gold" / "dev.jsonl",
    SHARED / "gold" / "seed.jsonl",
    *sorted((ROOT / "tests" / "extractors" / "data").glob("*.jsonl")),
]
DIGITS = re.compile(r"\d+")


def load_texts() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in SOURCES:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    rows.append({k: d[k] for k in ("id", "text", "lang", "channel_side") if k in d})
    if not rows:
        sys.exit("no gold texts found: run from a checkout with ../shared beside it")
    return rows


def build_mix(rows: list[dict[str, Any]], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    by_lang: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_lang.setdefault(r.get("lang", "?"), []).append(r)
    lines: list[str] = []
    for k in range(n):
        if k % 20 == 19:  # a long post: ten texts of one language
            lang = rng.choice(sorted(by_lang))
            parts = [rng.choice(by_lang[lang])["text"] for _ in range(10)]
            row: dict[str, Any] = {"id": f"long-{k}", "lang": lang, "text": "\n\n".join(parts)}
        else:
            row = dict(rng.choice(rows))
            row["id"] = f"{row['id']}-{k}"
        lines.append(json.dumps(row, ensure_ascii=False))
    return lines


def run_floor(data: bytes) -> float:
    out = io.BytesIO()
    t = time.perf_counter()
    for line in io.BytesIO(data):
        post = json.loads(line)
        found = [m.group(0) for m in DIGITS.finditer(post["text"])]
        out.write(
            json.dumps({"id": post["id"], "digits": len(found)}, ensure_ascii=False).encode()
            + b"\n"
        )
    return time.perf_counter() - t


def run_extractor(data: bytes) -> float:
    """What `python -m extractors` does, row by row (its own `process`), into memory."""
    out = io.BytesIO()
    t = time.perf_counter()
    for row in process(io.BytesIO(data)):
        out.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
    return time.perf_counter() - t


def run_quantulum(texts: list[str]) -> float | None:
    import warnings

    warnings.filterwarnings("ignore", message="Classifier dependencies")  # its optional extra
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    parser.parse("warm up with 3 soldiers")
    t = time.perf_counter()
    for text in texts:
        parser.parse(text)
    return time.perf_counter() - t


def start_up() -> float:
    code = (
        "import time; t = time.perf_counter(); import extractors\n"
        "for lang, text in (('ru', 'погибли 5 человек'), ('uk', 'загинули 5 людей'), ('en', '5 killed'),"
        " ('ar', 'قتل ٥ جنود'), ('fr', '5 tués')):\n"
        "    extractors.extract(text, lang=lang)\n"
        "print(time.perf_counter() - t)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--posts", type=int, default=20_000, help="posts in the mix (default 20000)")
    ap.add_argument("--seed", type=int, default=7, help="shuffle seed")
    ap.add_argument(
        "--repeat", type=int, default=3, help="timed runs of each; the best is reported (default 3)"
    )
    args = ap.parse_args()
    rows = load_texts()
    lines = build_mix(rows, args.posts, args.seed)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    english = [json.loads(line)["text"] for line in lines if json.loads(line).get("lang") == "en"]
    print(
        f"mix: {len(lines):,} posts ({len(data) / 1e6:.1f} MB) from {len(rows)} gold texts, one in 20 long"
    )
    print(
        "extractor modules: "
        + (
            "compiled with mypyc (make native)"
            if NATIVE
            else "pure Python (CLAIMWATCH_PURE=1, or no build of these sources)"
        )
    )
    startup = start_up()
    run_extractor(
        ("\n".join(lines[: len(lines) // 20]) + "\n").encode()
    )  # warm the caches, as a running process has them
    # the best of a few runs: the machine's other work only ever adds time
    floor = min(run_floor(data) for _ in range(args.repeat))
    ours = min(run_extractor(data) for _ in range(args.repeat))
    n = len(lines)
    print(f"start-up (imports, dictionaries, first post per language): {startup:.2f} s")
    print(f"floor      {n / floor:>10,.0f} posts/s  (read JSONL, one digit regex, write JSONL)")
    print(f"extractor  {n / ours:>10,.0f} posts/s  ({ours / floor:.1f}x the floor)")
    q = run_quantulum(english[:2000])
    if q is None:
        print("quantulum3 not installed")
    else:
        m = min(len(english), 2000)
        e_time = run_extractor(
            ("\n".join(x for x in lines if json.loads(x).get("lang") == "en") + "\n").encode()
        )
        print(
            f"quantulum3 {m / q:>10,.0f} posts/s  on {m:,} English posts (extractor on all "
            f"{len(english):,} English posts: {len(english) / e_time:,.0f} posts/s)"
        )


if __name__ == "__main__":
    main()
