"""A digest as plain data: what the builder produces and every renderer reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Side = Literal["telegram", "mainstream"]
# current: the figure the post states now; deleted: the post was deleted;
# withdrawn: an edit of the post removed this figure.
Status = Literal["current", "deleted", "withdrawn"]
SIDES: tuple[Side, Side] = ("telegram", "mainstream")


@dataclass(frozen=True, slots=True)
class DigestClaim:
    side: Side
    source: str  # display name of the channel or outlet
    source_handle: str
    claimant: str  # "Rusich, via Asharq Al-Awsat"
    claimant_id: str  # "self" or an actor id / slug
    kind: str
    victim: str
    low: int | None
    high: int | None
    approx: bool
    scope: str
    figure: str  # "80+", "up to 99 (dozens)", "about 20"
    date: str | None  # ISO 8601 of the first post stating it
    url: str | None
    quote: str  # the sentence holding the evidence
    mark: tuple[int, int] | None  # the evidence span inside `quote`
    posts: int = 1  # posts of this source restating the same figure
    last_date: str | None = None
    status: Status = "current"
    edited: bool = False
    was: str | None = None  # the figure before the edit, when the edit changed it
    post_id: int = 0

    @property
    def counted(self) -> bool:
        """Whether the figure still stands, and so enters the spread."""
        return self.status == "current"

    @property
    def evidence(self) -> str:
        return self.quote[self.mark[0] : self.mark[1]] if self.mark else self.quote


@dataclass(frozen=True, slots=True)
class Spread:
    """The lowest and highest figure stated on one side; None when the side said nothing."""

    low: int | None = None
    high: int | None = None
    open_high: bool = False  # the highest figure is a "more than": no upper bound

    @property
    def empty(self) -> bool:
        return self.low is None and self.high is None


@dataclass(frozen=True, slots=True)
class Ratio:
    """Telegram's figure divided by the mainstream one, at the low and the high end."""

    low: float | None = None
    high: float | None = None


@dataclass(frozen=True, slots=True)
class Group:
    victim: str
    kind: str
    scope: str
    title: str  # "Wagner Group / Africa Corps: killed"
    claims: list[DigestClaim]
    telegram: Spread
    mainstream: Spread
    ratio: Ratio

    def side(self, side: Side) -> list[DigestClaim]:
        return [c for c in self.claims if c.side == side]


@dataclass(frozen=True, slots=True)
class Digest:
    topic: str | None
    title: str
    since: str | None  # ISO 8601, inclusive
    until: str | None  # ISO 8601, exclusive
    groups: list[Group] = field(default_factory=list)
    generated_at: str = ""

    @property
    def claims(self) -> list[DigestClaim]:
        return [c for g in self.groups for c in g.claims]

    @property
    def empty(self) -> bool:
        return not self.groups
