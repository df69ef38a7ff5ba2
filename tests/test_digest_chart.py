"""The chart: a PNG of the expected size, read back; hostile labels drawn as text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import matplotlib.image
from PIL import Image

from bot.digest.build import group as group_claims
from bot.digest.chart import WIDTH_PX, render_chart
from bot.digest.model import Digest
from tests.test_digest_render import hostile_claim, hostile_digest


def test_chart_written_and_read_back(tmp_path: Path) -> None:
    png = render_chart(hostile_digest())
    path = tmp_path / "digest.png"
    path.write_bytes(png)
    with Image.open(path) as im:
        assert im.format == "PNG"
        width, height = im.size
    assert width == WIDTH_PX and 600 < height < 4000
    pixels = matplotlib.image.imread(path)
    assert pixels.shape[:2] == (height, width)
    assert pixels.std() > 0.05  # something was drawn


def test_mathtext_and_dollars_in_labels_do_not_break_it() -> None:
    claims = [
        hostile_claim(claimant="$\\frac{1}{", post_id=1),
        hostile_claim(claimant="$$ {unbalanced", post_id=2, low=None, high=99, approx=True),
        hostile_claim(claimant="more", post_id=3, low=80, high=None),
        hostile_claim(claimant="zero", post_id=4, low=0, high=0),
        hostile_claim(claimant="range", post_id=5, low=20, high=99, approx=True),
        hostile_claim(claimant="about", post_id=6, low=20, high=20, approx=True),
        hostile_claim(claimant="huge", post_id=7, low=577_950, high=577_950),
    ]
    d = Digest(topic=None, title="$x^", since=None, until=None, groups=group_claims(claims))
    assert render_chart(d).startswith(b"\x89PNG")


def test_long_digest_is_capped_to_a_telegram_sized_photo(tmp_path: Path) -> None:
    base = hostile_claim()
    claims = [
        dataclasses.replace(base, victim=f"v{i % 20}", post_id=i, low=i, high=i + 5)
        for i in range(400)
    ]
    d = Digest(topic=None, title="Big", since=None, until=None, groups=group_claims(claims))
    png = render_chart(d, max_groups=8, max_rows=10)
    path = tmp_path / "big.png"
    path.write_bytes(png)
    with Image.open(path) as im:
        width, height = im.size
    assert width == WIDTH_PX
    assert height / width < 20 and width + height < 10_000  # Telegram's photo limits


def test_empty_digest_chart() -> None:
    png = render_chart(Digest(topic=None, title="Nothing", since=None, until=None))
    assert png.startswith(b"\x89PNG")
