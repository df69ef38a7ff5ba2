"""`claimwatch demo`: the bundled samples through ingest, extraction and topics to the digest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

import handlers.posts
from bot.cli import main
from db.posts import NewPost
from extractors.claim import Claim

# (words in a sample post, the claim they state)
SCRIPT = [
    ("погибли более 80 наших бойцов", Claim("killed", "wagner", 80, None)),
    ("Dozens of Wagner fighters were killed", Claim("killed", "wagner", 20, 99, approx=True)),
    ("Уничтожено более 40 боевиков ВСУ", Claim("killed", "ua", 40, None)),  # not the topic
]

# The ten figures of the Tinzaouaten article (shared/gold/seed.jsonl): kind, victim,
# low, high, and who gave them (an actor id, or the sample channel/outlet that is them).
ARTICLE = [
    ("killed", "wagner", 20, 99, "wsj"),
    ("killed", "wagner", 80, None, "rusich"),
    ("captured", "wagner", 15, None, "rusich"),
    ("killed", "wagner", None, 99, "rybar"),
    ("killed", "wagner", 54, 54, "tuareg"),
    ("killed", "fama", 7, 7, "tuareg"),
    ("killed", "tuareg", 7, 7, "tuareg"),
    ("killed", "fama", 2, 2, "fama"),
    ("wounded", "fama", 10, 10, "fama"),
    ("killed", "tuareg", 20, 20, "fama"),
]


def scripted(post: NewPost, side: str | None) -> list[Claim]:
    out = []
    for words, claim in SCRIPT:
        at = post.text.find(words)
        if at >= 0:
            out.append(Claim(**{**claim.to_dict(), "start": at, "end": at + len(words)}))
    return out


def run_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:  # type: ignore[type-arg]
    code = main(["demo", "--out-dir", str(tmp_path), "--format", "json", *extra])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "digest.html" in captured.err and "digest.png" in captured.err
    return json.loads(captured.out)  # type: ignore[no-any-return]


def test_demo_pipeline_with_a_scripted_extractor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handlers.posts, "claims_for", scripted)
    data = run_demo(tmp_path, capsys, "--db", str(tmp_path / "demo.db"))
    assert data["topic"] == "tinzaouaten"
    (group,) = data["groups"]  # the Rabotino claim is not in the topic
    assert (group["victim"], group["kind"]) == ("wagner", "killed")
    by_side = {c["side"]: c for c in group["claims"]}
    tg, news = by_side["telegram"], by_side["mainstream"]
    assert tg["url"] == "https://t.me/rusich_demo/3104" and tg["claimant"] == "Rusich"
    assert tg["figure"] == "80+" and "погибли более 80 наших бойцов" in tg["quote"]
    assert tg["date"] == "2024-07-28T08:15:00+00:00"
    assert news["url"] == "https://www.wsj.example/articles/wagner-mali-ambush"
    assert news["source"] == "The Wall Street Journal" and news["figure"] == "20-99 (dozens)"
    assert (group["telegram"]["low"], group["mainstream"]["high"]) == (80, 99)
    with Image.open(tmp_path / "digest.png") as im:
        assert im.size[0] == 1280
    page = (tmp_path / "digest.html").read_text(encoding="utf-8")
    assert "t.me/rusich_demo/3104" in page and "data:image/png;base64," in page
    # A second run over the same database adds nothing and shows the same digest.
    again = run_demo(tmp_path, capsys, "--db", str(tmp_path / "demo.db"))
    assert again["groups"] == data["groups"]


def test_demo_text_table_goes_to_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handlers.posts, "claims_for", scripted)
    assert main(["demo", "--out-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Tinzaouaten ambush, Mali, July 2024" in out and "t.me/rusich_demo/3104" in out


def test_demo_ignores_a_broken_config_it_does_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The demo reads samples/demo.toml; a broken ./config.toml must not stop it.
    monkeypatch.setattr(handlers.posts, "claims_for", scripted)
    (tmp_path / "config.toml").write_text("colour = 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--out-dir", str(tmp_path)]) == 0
    assert "t.me/rusich_demo/3104" in capsys.readouterr().out
    assert main(["claims"]) == 2  # every other command still reads it, and says what is wrong
    assert "colour: unknown key" in capsys.readouterr().err


def test_demo_refuses_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--out-dir", str(tmp_path / "nope")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert main(["demo", "--samples", str(tmp_path)]) == 2
    assert "not a sample folder" in capsys.readouterr().err


def test_demo_shows_the_ten_figures_of_the_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the real extractor: every figure of the article, with its link and quote."""
    data = run_demo(tmp_path, capsys)
    lines = [c | {"kind": g["kind"], "victim": g["victim"]} for g in data["groups"]
             for c in g["claims"]]  # fmt: skip
    missing = []
    for kind, victim, low, high, who in ARTICLE:
        found = [
            c for c in lines
            if (c["kind"], c["victim"], c["low"], c["high"]) == (kind, victim, low, high)
            and (c["claimant_id"] == who
                 or (c["claimant_id"] == "self" and c["source_handle"].startswith(who)))
            and c["url"] and c["quote"]
        ]  # fmt: skip
        if not found:
            missing.append((kind, victim, low, high, who))
    assert not missing, f"figures of the article missing from the demo: {missing}"
