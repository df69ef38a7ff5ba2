"""The chart: a PNG of the expected size, read back; hostile labels drawn as text; its pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import matplotlib.image
import pytest
from PIL import Image

from bot.digest.build import group as group_claims
from bot.digest.chart import (
    DPI,
    FOOT,
    HEAD,
    MAX_PAGE_PX,
    WIDTH_PX,
    Panel,
    _panel_height,
    paginate,
    plan_pages,
    render_chart,
    render_chart_pages,
)
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


# --- pages, for a Telegram album ---


def digest_of_groups(sizes: list[int]) -> Digest:
    """One group per size, in this order, holding that many distinct figures."""
    base = hostile_claim(claimant="Rusich")
    claims = [
        dataclasses.replace(
            base, victim=f"v{g:02d}", post_id=g * 100 + i, low=i + 1, high=i + 1, figure=str(i + 1)
        )
        for g, size in enumerate(sizes)
        for i in range(size)
    ]
    return Digest(topic=None, title="Pages", since=None, until=None, groups=group_claims(claims))


def _size(png: bytes, path: Path) -> tuple[int, int]:
    path.write_bytes(png)
    with Image.open(path) as im:
        assert im.format == "PNG"
        size = im.size
    pixels = matplotlib.image.imread(path)
    assert pixels.shape[:2] == (size[1], size[0]) and pixels.std() > 0.05
    return size


def _page_px(panels: list[Panel]) -> int:
    return round((HEAD + sum(_panel_height(p) for p in panels) + FOOT) * DPI)


def test_pages_written_and_read_back_none_taller_than_telegram_shows(tmp_path: Path) -> None:
    d = digest_of_groups([7, 1, 6, 2, 6, 3, 1, 1])  # the demo's Tinzaouaten group sizes
    whole = _size(render_chart(d), tmp_path / "whole.png")
    assert whole[1] > MAX_PAGE_PX  # one photo would be shrunk past reading
    plan = plan_pages(d)
    pages = render_chart_pages(d)
    assert len(pages) == len(plan.pages) == 4 and plan.hidden_groups == 0
    for n, (png, panels) in enumerate(zip(pages, plan.pages, strict=True)):
        width, height = _size(png, tmp_path / f"page-{n}.png")
        assert width == WIDTH_PX and height <= MAX_PAGE_PX
        assert height == _page_px(panels)  # exactly the panels planned for it
    # Every group on exactly one page, in the digest's order, each with all its lines.
    on_pages = [p.group for page in plan.pages for p in page]
    assert on_pages == d.groups
    assert all(p.claims == p.group.claims and p.hidden == 0 for page in plan.pages for p in page)


def test_a_small_page_limit_makes_more_pages_and_cuts_long_panels_not_across_pages(
    tmp_path: Path,
) -> None:
    d = digest_of_groups([12, 2, 9, 1])
    plan = plan_pages(d, max_height=700, max_rows=10)
    pages = render_chart_pages(d, max_height=700, max_rows=10)
    assert len(pages) == len(plan.pages) >= 3
    for n, png in enumerate(pages):
        width, height = _size(png, tmp_path / f"p{n}.png")
        assert width == WIDTH_PX and height <= 700
    panels = [p for page in plan.pages for p in page]
    assert [p.group for p in panels] == d.groups
    first = panels[0]
    assert len(first.claims) < 10 and first.hidden == 12 - len(first.claims)  # "+N more"


def test_an_album_holds_at_most_ten_pages_and_the_rest_is_counted() -> None:
    d = digest_of_groups([10] * 14)
    plan = plan_pages(d, max_groups=14, max_pages=10)
    assert len(plan.pages) == 10
    shown = [p.group for page in plan.pages for p in page]
    assert shown == d.groups[: len(shown)] and plan.hidden_groups == 14 - len(shown)
    assert len(render_chart_pages(d, max_groups=14, max_pages=10)) == 10


def test_a_chart_that_fits_one_page_is_one_page_and_the_empty_chart_too(tmp_path: Path) -> None:
    (one,) = render_chart_pages(digest_of_groups([3]))
    assert _size(one, tmp_path / "one.png") == _size(
        render_chart(digest_of_groups([3])), tmp_path / "whole.png"
    )
    (empty,) = render_chart_pages(Digest(topic=None, title="Nothing", since=None, until=None))
    assert _size(empty, tmp_path / "empty.png")[1] <= MAX_PAGE_PX


def test_paginate_evens_pages_out_without_adding_one() -> None:
    # Filled greedily: [5, 1] [5, 2] [5, 3, 1] [1]; evened: [5, 1] [5, 2] [5] [3, 1, 1].
    heights = [5.0, 1.0, 5.0, 2.0, 5.0, 3.0, 1.0, 1.0]
    pages = paginate(heights, 9.5)
    assert [i for page in pages for i in page] == list(range(len(heights)))
    assert len(pages) == 4
    assert max(sum(heights[i] for i in page) for page in pages) == 7.0
    assert paginate([], 10.0) == []
    with pytest.raises(ValueError):
        paginate([11.0], 10.0)
    with pytest.raises(ValueError):
        plan_pages(digest_of_groups([1]), max_height=300)  # not even the heading and one line
