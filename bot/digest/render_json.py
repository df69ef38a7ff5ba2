"""The digest as JSON and CSV. Field names are an interface others rely on: keep them.

Required (issue 6): {"topic", "since", "until", "groups": [{"victim", "kind", "claims":
[{"side", "source", "claimant", "low", "high", "approx", "scope", "figure", "date",
"url", "quote", "posts"}], "telegram": {"low", "high"}, "mainstream": {"low", "high"}}]};
everything else here is added beside them.
"""

from __future__ import annotations

import json
from typing import Any

from bot.digest.model import Digest, DigestClaim, Group, Spread

CLAIM_FIELDS = (
    "side",
    "source",
    "claimant",
    "low",
    "high",
    "approx",
    "scope",
    "figure",
    "date",
    "url",
    "quote",
    "posts",
)
EXTRA_CLAIM_FIELDS = (
    "kind",
    "victim",
    "claimant_id",
    "source_handle",
    "evidence",
    "status",
    "edited",
    "was",
    "last_date",
    "post_id",
)


def claim_dict(c: DigestClaim) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(c, name) for name in CLAIM_FIELDS}
    out.update({name: getattr(c, name) for name in EXTRA_CLAIM_FIELDS})
    out["deleted"] = c.status == "deleted"
    out["mark"] = list(c.mark) if c.mark else None
    return out


def _spread(s: Spread) -> dict[str, Any]:
    return {"low": s.low, "high": s.high, "open_high": s.open_high}


def group_dict(g: Group) -> dict[str, Any]:
    return {
        "victim": g.victim,
        "kind": g.kind,
        "claims": [claim_dict(c) for c in g.claims],
        "telegram": _spread(g.telegram),
        "mainstream": _spread(g.mainstream),
        "scope": g.scope,
        "title": g.title,
        "ratio": {"low": g.ratio.low, "high": g.ratio.high},
    }


def digest_dict(d: Digest) -> dict[str, Any]:
    return {
        "topic": d.topic,
        "since": d.since,
        "until": d.until,
        "groups": [group_dict(g) for g in d.groups],
        "title": d.title,
        "generated_at": d.generated_at or None,
    }


def render_json(d: Digest) -> str:
    # ensure_ascii off: Arabic and Cyrillic stay readable; json still escapes what it must.
    return json.dumps(digest_dict(d), ensure_ascii=False, indent=2) + "\n"
