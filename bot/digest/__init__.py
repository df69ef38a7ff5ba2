"""Comparison digests: claims read from the store, set side by side, rendered.

`build.build_digest` is a pure function from claim rows (db.digest) to a `Digest`;
the render_* modules, `chart` and `telegram` turn a Digest into what a reader sees.
"""

from bot.digest.build import build_digest
from bot.digest.model import Digest, DigestClaim, Group, Ratio, Spread

__all__ = ["Digest", "DigestClaim", "Group", "Ratio", "Spread", "build_digest"]
