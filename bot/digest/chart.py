"""The digest as a chart: one horizontal bar per claim, a panel per victim and kind.

Drawn on matplotlib's Agg canvas (no display, no pyplot state, safe in a worker
thread). Glyphs: a bar from low to high for a range; hatched when the figure is a
vague word ("dozens"); an open arrow from the figure for "more than" (no upper
bound); a faded bar from zero for "up to"; a diamond for an exact figure and a
hollow circle for "about N". Blue is Telegram, orange mainstream, grey a figure
that no longer stands (deleted post, edited out). Sized for Telegram: 1280 px wide,
and for the bot cut into pages of at most 1280 x 1280 px (render_chart_pages), since
Telegram shrinks a taller photo until its lettering no longer reads.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.transforms import blended_transform_factory

from bot.digest.figures import is_vague
from bot.digest.labels import SIDE_SHORT, spread_label, summary_line
from bot.digest.model import Digest, DigestClaim, Group
from bot.digest.sanitize import one_line, shorten

WIDTH_PX = 1280
MAX_PAGE_PX = 1280  # Telegram shows a photo at most 1280 px on its longer side
ALBUM_LIMIT = 10  # photos in one Telegram album
DPI = 100
COLOURS = {"telegram": "#1f88d6", "mainstream": "#e8711c"}
TEXT_COLOURS = {"telegram": "#0b5a99", "mainstream": "#a34a00"}
GONE = "#9a9a9a"
# Layout, in inches.
LEFT, RIGHT = 4.1, 0.3
HEAD, ROW, PANEL_TITLE, AXIS, GAP, FOOT = 1.9, 0.64, 0.6, 0.45, 0.2, 0.2
# Font sizes, in points: big enough to read in a chat bubble a third of the full width.
TITLE, SUBTITLE, PANEL, LABEL, FIGURE, SMALL = 26, 16, 21, 18, 19, 15
_PARENS = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class Panel:
    """One victim and kind: its title, its lines (the first `max_rows`), its axis."""

    group: Group
    claims: list[DigestClaim]
    hidden: int  # lines left out of this panel


def _short(name: str) -> str:
    # "Tuareg / Azawad rebels (CSP-DPA, FLA)" -> "Tuareg"
    return _PARENS.sub("", name).split(" / ")[0].strip()


def _label(c: DigestClaim) -> str:
    """The claimant on one or two lines: "Rusich ×2", "Tuareg\nvia RFI Afrique"."""
    who, via, source = c.claimant.rpartition(", via ")
    lines = [_short(who), f"via {source}"] if who and via else [_short(c.claimant)]
    lines = [shorten(one_line(line), 26) for line in lines]
    if c.posts > 1:
        lines[0] += f" ×{c.posts}"
    return "\n".join(lines)


def _figure_text(c: DigestClaim) -> str:
    text = one_line(c.figure)
    if c.status == "deleted":
        text += " deleted"
    elif c.status == "withdrawn":
        text += " edited out"
    elif c.was:
        text += f" (was {one_line(c.was)})"
    return text


def _xmax(claims: list[DigestClaim]) -> float:
    return float(max((b for c in claims for b in (c.low, c.high) if b is not None), default=1) or 1)


def _draw_claim(ax: Axes, y: float, c: DigestClaim, xmax: float, log: bool) -> float:
    """Draw one claim's glyph on row y; return where its figure label goes."""
    colour = COLOURS[c.side] if c.counted else GONE
    alpha = 1.0 if c.counted else 0.7
    low, high = c.low, c.high
    vague = is_vague(low, high, c.approx)
    h = 0.6
    if low is not None and high is not None and low != high:
        lo, hi = min(low, high), max(low, high)
        if vague or c.approx:
            ax.barh(y, hi - lo, left=lo, height=h, color="white", edgecolor=colour,
                    hatch="//", linewidth=2.5, alpha=alpha)  # fmt: skip
        else:
            ax.barh(y, hi - lo, left=lo, height=h, color=colour, alpha=alpha)
        return hi
    if low is not None and high is None:
        end = low * 2.2 if log else low + max(xmax * 0.22, 1)
        ax.plot([low], [y], marker="|", markersize=30, mew=4, color=colour, alpha=alpha)
        ax.annotate("", xy=(end, y), xytext=(low, y),
                    arrowprops={"arrowstyle": "->", "lw": 4, "color": colour,
                                "mutation_scale": 34, "alpha": alpha})  # fmt: skip
        return end
    if low is None and high is not None:
        start = 1 if log else 0
        if vague:
            ax.barh(y, high - start, left=start, height=h, color="white", edgecolor=colour,
                    hatch="//", linewidth=2, alpha=0.8 * alpha)  # fmt: skip
        else:
            ax.barh(y, high - start, left=start, height=h, color=colour, alpha=0.3 * alpha)
        ax.plot([high], [y], marker="|", markersize=30, mew=4, color=colour, alpha=alpha)
        return high
    value = float(low if low is not None else 0)
    if c.approx:
        ax.plot([value], [y], marker="o", markersize=19, mew=4, color=colour,
                markerfacecolor="white", alpha=alpha)  # fmt: skip
    else:
        ax.plot([value], [y], marker="D", markersize=17, color=colour, alpha=alpha)
    return value


def _panel(fig: Figure, p: Panel, box: tuple[float, float, float, float]) -> None:
    ax = fig.add_axes(box)
    claims = p.claims
    xmax = _xmax(claims)
    positive = [b for c in claims for b in (c.low, c.high) if b]
    log = bool(positive) and xmax / min(positive) > 200
    if log:
        ax.set_xscale("symlog", linthresh=1)
        ax.set_xlim(0, xmax * 12)
    else:
        ax.set_xlim(-xmax * 0.02, xmax * 1.75)
    n = len(claims)
    ax.set_ylim(n - 0.4, -0.6)
    label_x = blended_transform_factory(ax.transAxes, ax.transData)
    for y, c in enumerate(claims):
        end = _draw_claim(ax, y, c, xmax, log)
        ax.annotate(_figure_text(c), xy=(end, y), xytext=(14, 0), textcoords="offset points",
                    va="center", fontsize=FIGURE, fontweight="bold",
                    color=TEXT_COLOURS[c.side] if c.counted else GONE,
                    annotation_clip=False, parse_math=False)  # fmt: skip
        ax.text(-0.015, y, _label(c), transform=label_x, ha="right", va="center", fontsize=LABEL,
                linespacing=1.0,
                color=TEXT_COLOURS[c.side] if c.counted else GONE, parse_math=False)  # fmt: skip
    if p.hidden:
        ax.text(1.0, n - 0.45, f"+{p.hidden} more in the full digest", transform=label_x,
                ha="right", va="top", fontsize=SMALL, color="#666", parse_math=False)  # fmt: skip
    g = p.group
    spread = f"TG {spread_label(g.telegram)}  ·  news {spread_label(g.mainstream)}"
    ax.set_title(spread, loc="right", fontsize=SMALL, color="#555", parse_math=False)
    ax.set_yticks([])
    ax.tick_params(axis="x", labelsize=SMALL)
    ax.grid(axis="x", color="#e6e6e6")
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)


def _legend(fig: Figure, top: float) -> None:
    handles = [
        Patch(color=COLOURS["telegram"], label="Telegram"),
        Patch(color=COLOURS["mainstream"], label="mainstream"),
        Line2D([], [], marker="D", ls="", color="#444", markersize=11, label="exact"),
        Line2D(
            [],
            [],
            marker="o",
            ls="",
            color="#444",
            markerfacecolor="white",
            mew=2.5,
            markersize=12,
            label="about",
        ),  # fmt: skip
        Line2D(
            [], [], marker=r"$\rightarrow$", ls="", color="#444", markersize=20, label="more than"
        ),  # fmt: skip
        Patch(facecolor="white", edgecolor="#444", hatch="///", label="vague word"),
        Patch(color="#444", alpha=0.3, label="up to"),
    ]
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.01, top), ncol=7,
               fontsize=SMALL, frameon=False, handlelength=1.4, columnspacing=1.0,
               handletextpad=0.4)  # fmt: skip


def _panels(digest: Digest, max_groups: int, max_rows: int) -> tuple[list[Panel], int]:
    """The panels drawn (the first groups, their first lines) and the groups left out."""
    panels = [
        Panel(g, g.claims[:max_rows], max(0, len(g.claims) - max_rows))
        for g in digest.groups[:max_groups]
    ]
    return panels, max(0, len(digest.groups) - max_groups)


def _panel_height(p: Panel) -> float:
    return PANEL_TITLE + len(p.claims) * ROW + AXIS + GAP


def _draw(
    digest: Digest, panels: list[Panel], width_px: int, *, hidden_groups: int, page: str = ""
) -> bytes:
    """One image: the heading (title, summary, legend), then `panels` one under another."""
    width = width_px / DPI
    heights = [_panel_height(p) for p in panels]
    # Whole pixels, so a page planned at the limit is not a pixel over it from float sums.
    height = round((HEAD + sum(heights) + FOOT + (1.2 if not panels else 0)) * DPI) / DPI
    fig = Figure(figsize=(width, height), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    with warnings.catch_warnings():
        # A glyph the bundled font lacks (an emoji in a title) is drawn as a box, not an error.
        warnings.simplefilter("ignore", UserWarning)
        fig.text(0.2 / width, 1 - 0.45 / height, shorten(one_line(digest.title), 60),
                 fontsize=TITLE, fontweight="bold", va="center", parse_math=False)  # fmt: skip
        if page:
            # Each page of an album is seen alone, full screen: say which one it is.
            fig.text(1 - 0.2 / width, 1 - 1.57 / height, page, fontsize=SUBTITLE,
                     fontweight="bold", color="#333", ha="right", va="center",
                     parse_math=False)  # fmt: skip
        fig.text(0.2 / width, 1 - 1.0 / height, summary_line(digest), fontsize=SUBTITLE,
                 color="#555", va="center", parse_math=False)  # fmt: skip
        if panels:
            _legend(fig, 1 - 1.3 / height)
        else:
            fig.text(0.2 / width, 1 - (HEAD + 0.5) / height,
                     "No casualty claims in this window.", fontsize=PANEL, parse_math=False)  # fmt: skip
        y = height - HEAD
        for p, h in zip(panels, heights, strict=True):
            fig.text(0.2 / width, (y - 0.32) / height, shorten(one_line(p.group.title), 70),
                     fontsize=PANEL, fontweight="bold", va="center", parse_math=False)  # fmt: skip
            axes_h = len(p.claims) * ROW
            bottom = y - PANEL_TITLE - axes_h
            _panel(fig, p, (LEFT / width, bottom / height, (width - LEFT - RIGHT) / width,
                            axes_h / height))  # fmt: skip
            y -= h
        if hidden_groups:
            fig.text(0.2 / width, 0.15 / height,
                     f"+{hidden_groups} more groups in the full digest ({SIDE_SHORT['telegram']}"
                     " = Telegram, news = mainstream)", fontsize=SMALL, color="#666",
                     parse_math=False)  # fmt: skip
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=DPI, facecolor="white")
    return buf.getvalue()


def render_chart(
    digest: Digest, *, width_px: int = WIDTH_PX, max_groups: int = 8, max_rows: int = 10
) -> bytes:
    """The whole chart as one PNG, `width_px` wide; long digests show their first groups."""
    panels, hidden = _panels(digest, max_groups, max_rows)
    return _draw(digest, panels, width_px, hidden_groups=hidden)


def _fewest_pages(heights: list[float], room: float) -> list[list[int]]:
    """Panels in order, each page filled as far as it goes: the fewest pages there can be."""
    pages: list[list[int]] = []
    used = room
    for i, h in enumerate(heights):
        if used + h > room + 1e-9:
            pages.append([])
            used = 0.0
        pages[-1].append(i)
        used += h
    return pages


def paginate(heights: list[float], room: float) -> list[list[int]]:
    """Split panels (their heights, in order) into the fewest pages of at most `room`, then
    even those pages out: the lowest room that still needs no more pages. Each panel is
    on exactly one page; none is ever cut."""
    if any(h > room + 1e-9 for h in heights):
        raise ValueError("a panel is taller than a page")
    fewest = _fewest_pages(heights, room)
    sums = sorted(
        {sum(heights[i:j]) for i in range(len(heights)) for j in range(i + 1, len(heights) + 1)}
    )
    for tighter in sums:
        if tighter <= room + 1e-9 and max(heights, default=0) <= tighter + 1e-9:
            pages = _fewest_pages(heights, tighter)
            if len(pages) <= len(fewest):
                return pages
    return fewest


@dataclass(frozen=True)
class PagePlan:
    pages: list[list[Panel]]
    hidden_groups: int  # groups on no page (beyond max_groups or the album's size)


def plan_pages(
    digest: Digest,
    *,
    max_height: int = MAX_PAGE_PX,
    max_groups: int = 8,
    max_rows: int = 10,
    max_pages: int = ALBUM_LIMIT,
) -> PagePlan:
    """Which panels go on which page of `max_height` px (see render_chart_pages)."""
    room = max_height / DPI - HEAD - FOOT
    fit = int((room - PANEL_TITLE - AXIS - GAP) / ROW + 1e-9)
    if fit < 1:
        raise ValueError(f"max_height {max_height} px cannot hold one line of a panel")
    panels, hidden = _panels(digest, max_groups, min(max_rows, fit))
    if not panels:
        return PagePlan([[]], hidden)
    heights = [_panel_height(p) for p in panels]
    fewest = _fewest_pages(heights, room)
    if len(fewest) > max_pages:
        kept = fewest[max_pages - 1][-1] + 1
        hidden += len(panels) - kept
        panels, heights = panels[:kept], heights[:kept]
    return PagePlan([[panels[i] for i in page] for page in paginate(heights, room)], hidden)


def render_chart_pages(
    digest: Digest,
    *,
    max_height: int = MAX_PAGE_PX,
    width_px: int = WIDTH_PX,
    max_groups: int = 8,
    max_rows: int = 10,
    max_pages: int = ALBUM_LIMIT,
) -> list[bytes]:
    """The chart as pages of at most `width_px` x `max_height` px, for a Telegram album.

    Telegram fits a photo into the chat bubble (and full screen into the screen), so a
    tall chart is shrunk until nothing reads; pages keep the full-size lettering. Each
    page repeats the title, summary and legend; a panel is never cut across pages (one
    too long for a page shows its first lines and how many more there are).
    """
    plan = plan_pages(
        digest, max_height=max_height, max_groups=max_groups, max_rows=max_rows,
        max_pages=max_pages,
    )  # fmt: skip
    n = len(plan.pages)
    return [
        _draw(
            digest,
            panels,
            width_px,
            hidden_groups=plan.hidden_groups if i == n else 0,
            page=f"page {i} of {n}" if n > 1 else "",
        )
        for i, panels in enumerate(plan.pages, start=1)
    ]
