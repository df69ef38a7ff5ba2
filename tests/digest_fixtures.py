"""A database seeded with the Tinzaouaten claims, stored through the real write path.

Claims are given explicitly (the extractor is not under test here); each names the
words of its post it stands on, and the span is found in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from db.posts import NewPost, save_posts
from db.sources import ensure_source
from db.store import Store
from db.util import now_iso
from extractors.claim import Claim

# (kind, victim, low, high, approx, claimant, evidence)
Spec = tuple[str, str, int | None, int | None, bool, str, str]


@dataclass(frozen=True)
class Src:
    kind: str
    handle: str
    title: str | None
    side: str | None = None


RUSICH = Src("telegram", "rusich_demo", "Rusich", "wagner")
RYBAR = Src("telegram", "rybar_demo", "Rybar", "ru")
SAHEL_UA = Src("telegram", "sahel_ua_demo", None, "ua")
WSJ = Src("mainstream", "wsj", "The Wall Street Journal")
ASHARQ = Src("mainstream", "asharq", "Asharq Al-Awsat")
RFI = Src("mainstream", "rfi_afrique", "RFI Afrique")


def claims_in(text: str, specs: Sequence[Spec]) -> list[Claim]:
    out = []
    for kind, victim, low, high, approx, claimant, evidence in specs:
        start = text.index(evidence)
        out.append(
            Claim(kind, victim, low, high, approx, claimant, "event", start, start + len(evidence))
        )
    return out


async def add_post(
    store: Store,
    src: Src,
    ext_id: int,
    date: str,
    text: str,
    specs: Sequence[Spec] = (),
    *,
    topic: str | None = "tinzaouaten",
) -> int:
    """Store one post (a new version when ext_id is known) and tag it into `topic`."""
    async with store.transaction() as conn:
        source = await ensure_source(conn, src.kind, src.handle, title=src.title, side=src.side)
        post = NewPost(
            source_id=source.id,
            ext_id=str(ext_id),
            text=text,
            kind=src.kind,
            msg_id=ext_id if src.kind == "telegram" else None,
            date=date,
            url=None if src.kind == "telegram" else f"https://{src.handle}.example/a/{ext_id}",
        )
        saved = await save_posts(conn, [post], lambda p: claims_in(p.text, specs), "test")
        post_id = saved[0].post_id
        if topic is not None:
            await conn.execute(
                "INSERT OR IGNORE INTO topics (name, title, updated_at) VALUES (?, ?, ?)",
                (topic, topic.title(), now_iso()),
            )
            await conn.execute(
                "INSERT OR IGNORE INTO post_topics (post_id, topic_id)"
                " SELECT ?, id FROM topics WHERE name = ?",
                (post_id, topic),
            )
    return post_id


async def seed_tinzaouaten(store: Store) -> None:
    """The ten claims of the Asharq article, spread over channels and outlets as they were."""
    await add_post(
        store, RUSICH, 501, "2024-07-28T08:00:00+00:00",
        "Под Тинзауатеном погибли более 80 наших товарищей, ещё более 15 попали в плен.",
        [("killed", "wagner", 80, None, False, "self", "погибли более 80"),
         ("captured", "wagner", 15, None, False, "self", "более 15 попали в плен")],
    )  # fmt: skip
    await add_post(
        store, RUSICH, 507, "2024-07-29T10:00:00+00:00",
        "Повторим: более 80 погибли у Тинзауатена. Вечная память.",
        [("killed", "wagner", 80, None, False, "self", "более 80 погибли")],
    )  # fmt: skip
    await add_post(
        store, RYBAR, 9001, "2024-07-28T12:00:00+00:00",
        "Потери у Тинзауатена не превышают нескольких десятков человек. Это серьёзный провал.",
        [("killed", "wagner", None, 99, True, "self", "не превышают нескольких десятков человек")],
    )  # fmt: skip
    await add_post(
        store, SAHEL_UA, 77, "2024-07-29T09:00:00+00:00",
        "Командир туарегів: під Тінзауатеном загинули 54 вагнерівці.",
        [("killed", "wagner", 54, 54, False, "tuareg", "загинули 54 вагнерівці")],
    )  # fmt: skip
    await add_post(
        store, WSJ, 1, "2024-07-29T14:00:00+00:00",
        "Dozens of Wagner fighters were killed near Tinzaouaten, in one of the worst defeats.",
        [("killed", "wagner", 20, 99, True, "self", "Dozens of Wagner fighters were killed")],
    )  # fmt: skip
    await add_post(
        store, RFI, 2, "2024-07-30T07:00:00+00:00",
        "Un commandant touareg affirme que 54 combattants de Wagner et 7 soldats maliens ont "
        "été tués, et que les rebelles ont perdu 7 hommes. L'armée malienne parle de deux "
        "soldats tués et de 10 blessés, et d'une vingtaine de rebelles tués.",
        [("killed", "wagner", 54, 54, False, "tuareg", "54 combattants de Wagner"),
         ("killed", "fama", 7, 7, False, "tuareg", "7 soldats maliens ont été tués"),
         ("killed", "tuareg", 7, 7, False, "tuareg", "ont perdu 7 hommes"),
         ("killed", "fama", 2, 2, False, "fama", "deux soldats tués"),
         ("wounded", "fama", 10, 10, False, "fama", "10 blessés"),
         ("killed", "tuareg", 20, 20, True, "fama", "une vingtaine de rebelles tués")],
    )  # fmt: skip
    await add_post(
        store, ASHARQ, 3, "2024-07-29T12:00:00+00:00",
        "وقالت مجموعة روسيتش إن أكثر من 80 شخصاً لقوا حتفهم في الهجوم قرب تينزاواتين.",
        [("killed", "wagner", 80, None, False, "rusich", "أكثر من 80 شخصاً لقوا حتفهم")],
    )  # fmt: skip


def window(since: str = "2024-07-20", until: str = "2024-09-01") -> dict[str, str]:
    return {"since": f"{since}T00:00:00+00:00", "until": f"{until}T00:00:00+00:00"}
