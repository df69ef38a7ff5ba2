"""The claim record of shared/claims-spec.md, plus the evidence span."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Claim:
    kind: str  # killed | wounded | captured | missing | casualties
    victim: str  # actor id or "unknown"
    low: int | None
    high: int | None
    approx: bool = False
    claimant: str = "self"
    scope: str = "event"  # event | period | cumulative
    start: int = 0  # character offsets of the evidence in the original text
    end: int = 0

    def key(self) -> tuple[str, str, int | None, int | None]:
        """What makes two claims of one post the same claim (spec: a post's claims are a set)."""
        return (self.kind, self.victim, self.low, self.high)

    def to_dict(self) -> dict[str, Any]:
        # written out: dataclasses.asdict deep-copies every field and costs more than a claim
        return {
            "kind": self.kind,
            "victim": self.victim,
            "low": self.low,
            "high": self.high,
            "approx": self.approx,
            "claimant": self.claimant,
            "scope": self.scope,
            "start": self.start,
            "end": self.end,
        }
