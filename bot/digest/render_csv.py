"""The digest as CSV: one row per claim line, the JSON claim fields plus its group.

A cell a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
apostrophe: a hostile post must not become a formula in the analyst's Excel.
Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from bot.digest.model import Digest
from bot.digest.render_json import CLAIM_FIELDS, EXTRA_CLAIM_FIELDS, claim_dict

COLUMNS = ("topic", *CLAIM_FIELDS, *EXTRA_CLAIM_FIELDS, "deleted")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: none empty, booleans as words, formula starts defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def render_csv(d: Digest) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for g in d.groups:
        for c in g.claims:
            row = claim_dict(c)
            row["topic"] = d.topic
            writer.writerow([csv_cell(row[name]) for name in COLUMNS])
    return buf.getvalue()
