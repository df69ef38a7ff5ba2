"""`python -m extractors`: one row per line, in order, errors in rows, UTF-8 whatever the locale,
rows as soon as their line arrives."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from extractors.__main__ import main

ROOT = Path(__file__).resolve().parents[2]


def run_main(data: bytes, *args: str) -> list[dict]:  # type: ignore[type-arg]
    out = io.BytesIO()
    assert main(list(args), stdin=io.BytesIO(data), stdout=out) == 0
    return [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]


def test_one_row_per_line_in_order_with_errors() -> None:
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": "Уничтожено более 40 боевиков ВСУ.",
                "lang": "ru",
                "channel_side": "ru",
            }
        ),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 42}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": 7, "text": "Twenty-one civilians were killed, officials said."}),
    ]
    rows = run_main(("\n".join(lines) + "\n").encode() + b"\xff\xfe broken\n")
    assert len(rows) == 8
    assert [r["id"] for r in rows] == ["a", None, "b", "c", None, None, 7, None]
    assert rows[0]["claims"][0] | {"start": 0, "end": 0} == {
        "kind": "killed",
        "victim": "ua",
        "low": 40,
        "high": None,
        "approx": False,
        "claimant": "self",
        "scope": "event",
        "start": 0,
        "end": 0,
    }
    assert "line 2: not JSON" in rows[1]["error"]
    assert rows[2]["error"] == 'line 3: no "text" field' and rows[2]["claims"] == []
    assert "not a string" in rows[3]["error"]
    assert "JSON object" in rows[4]["error"]
    assert "empty line" in rows[5]["error"]
    assert "not UTF-8" in rows[7]["error"]
    # a detected language is on the row; offsets point into the text as given
    assert rows[6]["lang"] == "en"
    claim = rows[6]["claims"][0]
    text = "Twenty-one civilians were killed, officials said."
    assert text[claim["start"] : claim["end"]].startswith("Twenty-one civilians were killed")
    assert "error" not in rows[0] and "error" not in rows[6]


def test_unknown_lang_and_side_are_ignored_not_fatal() -> None:
    line = json.dumps(
        {"id": "x", "text": "Загинули семеро цивільних.", "lang": "xx", "channel_side": "mars"}
    )
    (row,) = run_main(line.encode() + b"\n")
    assert row["lang"] == "uk"
    assert [(c["kind"], c["victim"], c["low"]) for c in row["claims"]] == [
        ("killed", "civilians", 7)
    ]


def test_utf8_whatever_the_locale_and_streaming() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LC_", "PYTHONIOENCODING", "PYTHONUTF8"))
    }
    env.update(LANG="C", LC_ALL="C", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractors"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for k, text in enumerate(("قُتل ١٢ جندياً مالياً.", "Погибли пятеро мирных жителей.")):
            proc.stdin.write(
                json.dumps({"id": k, "text": text}, ensure_ascii=False).encode("utf-8") + b"\n"
            )
            proc.stdin.flush()
            # the row comes back before the next line is even written: the command streams
            row = json.loads(proc.stdout.readline().decode("utf-8"))
            assert row["id"] == k and row["claims"], row
            assert row["claims"][0]["low"] in (12, 5)
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    assert proc.returncode == 0


def test_text_option() -> None:
    rows = run_main(
        b"", "--text", "Au moins quatre-vingt-deux civils ont été tués.", "--lang", "fr"
    )
    assert rows[0]["lang"] == "fr"
    assert [(c["kind"], c["victim"], c["low"], c["high"]) for c in rows[0]["claims"]] == [
        ("killed", "civilians", 82, None)
    ]


def test_help_teaches() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "extractors", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "python -m extractors < posts.jsonl > claims.jsonl" in done.stdout
    assert "channel_side" in done.stdout
