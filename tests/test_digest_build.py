"""Digest building on a seeded database: grouping, folding, spread, claimants, versions."""

from __future__ import annotations

import pytest

from bot.digest.build import build_digest
from bot.digest.figures import figure, is_vague
from bot.digest.model import Digest, DigestClaim, Group
from db.digest import claim_rows, count_claims, get_topic
from db.posts import mark_deleted
from db.sources import get_source
from db.store import Store
from tests.digest_fixtures import (
    ASHARQ,
    RUSICH,
    RYBAR,
    SAHEL_UA,
    WSJ,
    Src,
    add_post,
    seed_tinzaouaten,
    window,
)


async def digest_of(store: Store, topic: str | None = "tinzaouaten", **win: str) -> Digest:
    w = win or window()
    topic_id = None
    if topic is not None:
        row = await get_topic(store.conn, topic)
        assert row is not None
        topic_id = row.id
    rows = await claim_rows(store.conn, topic_id=topic_id, since=w["since"], until=w["until"])
    return build_digest(rows, topic=topic, since=w["since"], until=w["until"])


def group(d: Digest, victim: str, kind: str) -> Group:
    found = [g for g in d.groups if (g.victim, g.kind) == (victim, kind)]
    assert len(found) == 1, [(g.victim, g.kind) for g in d.groups]
    return found[0]


def line(g: Group, claimant: str) -> DigestClaim:
    found = [c for c in g.claims if c.claimant == claimant]
    assert len(found) == 1, [c.claimant for c in g.claims]
    return found[0]


@pytest.fixture
async def tinz(store: Store) -> Store:
    await seed_tinzaouaten(store)
    return store


@pytest.mark.parametrize(
    ("low", "high", "approx", "text"),
    [
        (80, None, False, "80+"),
        (80, None, True, "about 80+"),
        (None, 99, False, "up to 99"),
        (None, 99, True, "up to 99 (dozens)"),
        (None, 50, True, "up to about 50"),
        (20, 20, True, "about 20"),
        (54, 54, False, "54"),
        (0, 0, False, "0"),
        (0, 0, True, "0"),
        (20, 99, True, "20-99 (dozens)"),
        (200, 999, True, "200-999 (hundreds)"),
        (2, 9, True, "2-9 (several)"),
        (150, 200, False, "150-200"),
        (150, 200, True, "about 150-200"),
        (200, 150, False, "150-200"),
        (577950, 577950, True, "about 577,950"),
        (None, None, False, "?"),
    ],
)
def test_figure_from_bounds(low: int | None, high: int | None, approx: bool, text: str) -> None:
    assert figure(low, high, approx) == text


def test_vague_words_are_only_the_spec_ranges() -> None:
    assert is_vague(20, 99, True) and is_vague(None, 99, True)
    assert not is_vague(20, 99, False) and not is_vague(20, 98, True)
    assert not is_vague(54, 54, False)


async def test_groups_by_victim_and_kind_with_sides_apart(tinz: Store) -> None:
    d = await digest_of(tinz)
    keys = [(g.victim, g.kind) for g in d.groups]
    # Six sources give figures about Wagner, so it leads; the Tuareg (one source, up to
    # 20) come before the Malian army (one source, up to 10); kinds in the spec's order.
    assert keys == [
        ("wagner", "killed"),
        ("wagner", "captured"),
        ("tuareg", "killed"),
        ("fama", "killed"),
        ("fama", "wounded"),
    ]
    killed = group(d, "wagner", "killed")
    sides = [c.side for c in killed.claims]
    assert sides == ["telegram"] * 3 + ["mainstream"] * 3  # Telegram first, then mainstream
    assert [c.figure for c in killed.side("mainstream")] == ["80+", "20-99 (dozens)", "54"]


async def test_restated_figure_folds_into_one_line_with_first_link(tinz: Store) -> None:
    d = await digest_of(tinz)
    rusich = line(group(d, "wagner", "killed"), "Rusich")
    assert rusich.posts == 2
    assert rusich.url == "https://t.me/rusich_demo/501"  # the first post, not the restatement
    assert rusich.date == "2024-07-28T08:00:00+00:00"
    assert rusich.last_date == "2024-07-29T10:00:00+00:00"
    assert "более 80" in rusich.evidence


async def test_spread_per_side_and_ratio(tinz: Store) -> None:
    killed = group(await digest_of(tinz), "wagner", "killed")
    # Telegram states 80 (Rusich), 99 (Rybar, "up to dozens"), 54 (Tuareg via a channel).
    assert (killed.telegram.low, killed.telegram.high) == (54, 99)
    assert (killed.mainstream.low, killed.mainstream.high) == (20, 99)
    assert killed.ratio.low == 2.7 and killed.ratio.high == 1.0
    captured = group(await digest_of(tinz), "wagner", "captured")
    assert captured.telegram.open_high and captured.telegram.high == 15


async def test_claimant_via_source(tinz: Store) -> None:
    d = await digest_of(tinz)
    killed = group(d, "wagner", "killed")
    assert {c.claimant for c in killed.claims} == {
        "Rusich",
        "Rybar",
        "Tuareg / Azawad rebels (CSP-DPA, FLA), via @sahel_ua_demo",  # no title: the handle
        "Rusich, via Asharq Al-Awsat",
        "The Wall Street Journal",
        "Tuareg / Azawad rebels (CSP-DPA, FLA), via RFI Afrique",
    }
    fama = line(group(d, "fama", "wounded"), "Malian armed forces (FAMa), via RFI Afrique")
    assert fama.claimant_id == "fama" and fama.figure == "10"


async def test_links_and_quotes(tinz: Store) -> None:
    d = await digest_of(tinz)
    killed = group(d, "wagner", "killed")
    wsj = line(killed, "The Wall Street Journal")
    assert wsj.url == "https://wsj.example/a/1"
    assert wsj.quote.startswith("Dozens of Wagner fighters were killed near Tinzaouaten")
    assert wsj.evidence == "Dozens of Wagner fighters were killed"
    # The quote is the sentence holding the evidence, not the whole article.
    fama = group(d, "fama", "wounded").claims[0]
    assert fama.quote.startswith("L'armée malienne parle de deux soldats")
    assert "commandant touareg" not in fama.quote
    assert fama.evidence == "10 blessés"


async def test_edit_shows_current_figure_and_what_it_was(store: Store) -> None:
    await add_post(store, RYBAR, 1, "2024-07-28T10:00:00+00:00",
                   "У Тинзауатена погибли не менее 20 бойцов.",
                   [("killed", "wagner", 20, None, False, "self", "не менее 20")])  # fmt: skip
    await add_post(store, RYBAR, 1, "2024-07-28T10:00:00+00:00",
                   "У Тинзауатена погибли не менее 50 бойцов.",
                   [("killed", "wagner", 50, None, False, "self", "не менее 50")])  # fmt: skip
    d = await digest_of(store)
    (c,) = group(d, "wagner", "killed").claims
    assert (c.figure, c.edited, c.was, c.status) == ("50+", True, "20+", "current")
    assert "не менее 50" in c.quote
    assert group(d, "wagner", "killed").telegram.low == 50  # the old figure is not counted


async def test_edit_that_keeps_the_figure_is_marked_edited_without_was(store: Store) -> None:
    await add_post(store, RYBAR, 1, "2024-07-28T10:00:00+00:00", "Погибли 12 бойцов.",
                   [("killed", "wagner", 12, 12, False, "self", "12 бойцов")])  # fmt: skip
    await add_post(store, RYBAR, 1, "2024-07-28T10:00:00+00:00", "Погибли 12 бойцов. Уточнение.",
                   [("killed", "wagner", 12, 12, False, "self", "12 бойцов")])  # fmt: skip
    (c,) = (await digest_of(store)).claims
    assert c.edited and c.was is None and c.status == "current"


async def test_edit_that_removes_a_figure_keeps_it_struck(store: Store) -> None:
    await add_post(store, RYBAR, 1, "2024-07-28T10:00:00+00:00",
                   "Погибли 12 бойцов, 3 ранены.",
                   [("killed", "wagner", 12, 12, False, "self", "12 бойцов"),
                    ("wounded", "wagner", 3, 3, False, "self", "3 ранены")])  # fmt: skip
    await add_post(store, RYBAR, 1, "2024-07-28T10:00:00+00:00", "Погибли 12 бойцов.",
                   [("killed", "wagner", 12, 12, False, "self", "12 бойцов")])  # fmt: skip
    d = await digest_of(store)
    (wounded,) = group(d, "wagner", "wounded").claims
    assert wounded.status == "withdrawn" and wounded.figure == "3"
    assert group(d, "wagner", "wounded").telegram.empty  # it no longer stands


async def test_deleted_post_is_shown_marked_never_dropped(tinz: Store) -> None:
    async with tinz.transaction() as conn:
        src = await get_source(conn, "telegram", RYBAR.handle)
        assert src is not None
        assert await mark_deleted(conn, msg_ids=[9001], source_id=src.id) == (1, 0)
    killed = group(await digest_of(tinz), "wagner", "killed")
    rybar = line(killed, "Rybar")
    assert rybar.status == "deleted" and rybar.figure == "up to 99 (dozens)"
    # Rybar's 99 no longer counts: Telegram's highest is Rusich's open 80+.
    assert (killed.telegram.low, killed.telegram.high, killed.telegram.open_high) == (54, 80, True)


async def test_empty_window(tinz: Store) -> None:
    d = await digest_of(tinz, **window("2023-01-01", "2023-02-01"))
    assert d.empty and d.groups == [] and d.claims == []


async def test_window_is_since_inclusive_until_exclusive(store: Store) -> None:
    for ext, date in ((1, "2024-07-28T00:00:00+00:00"), (2, "2024-07-29T00:00:00+00:00")):
        await add_post(store, WSJ, ext, date, f"{ext} killed.",
                       [("killed", "wagner", ext, ext, False, "self", f"{ext} killed")])  # fmt: skip
    d = await digest_of(store, **window("2024-07-28", "2024-07-29"))
    assert [c.low for c in d.claims] == [1]


async def test_topic_with_only_one_side(store: Store) -> None:
    await add_post(store, SAHEL_UA, 5, "2024-07-28T10:00:00+00:00", "Загинули 40 окупантів.",
                   [("killed", "ru", 40, 40, False, "self", "40 окупантів")], topic="kharkiv")  # fmt: skip
    await add_post(store, WSJ, 6, "2024-07-28T10:00:00+00:00", "12 killed elsewhere.",
                   [("killed", "ru", 12, 12, False, "self", "12 killed")], topic="other")  # fmt: skip
    d = await digest_of(store, topic="kharkiv")
    (g,) = d.groups
    assert [c.side for c in g.claims] == ["telegram"]
    assert g.mainstream.empty and (g.telegram.low, g.telegram.high) == (40, 40)
    assert g.ratio.low is None and g.ratio.high is None


async def test_untagged_posts_stay_out_of_a_topic_but_not_out_of_all(store: Store) -> None:
    await add_post(store, WSJ, 1, "2024-07-28T10:00:00+00:00", "7 killed.",
                   [("killed", "fama", 7, 7, False, "self", "7 killed")])  # fmt: skip
    await add_post(store, WSJ, 2, "2024-07-28T11:00:00+00:00", "9 killed.",
                   [("killed", "fama", 9, 9, False, "self", "9 killed")], topic=None)  # fmt: skip
    assert [c.low for c in (await digest_of(store)).claims] == [7]
    assert sorted(c.low or 0 for c in (await digest_of(store, topic=None)).claims) == [7, 9]


async def test_superseded_claims_are_left_out(tinz: Store) -> None:
    before = len((await digest_of(tinz)).claims)
    await tinz.conn.execute(
        "UPDATE claims SET superseded_at = '2024-08-01' WHERE victim = 'tuareg'"
    )
    d = await digest_of(tinz)
    assert all(g.victim != "tuareg" for g in d.groups)
    assert len(d.claims) == before - 2


async def test_reading_by_topic_or_by_window_finds_the_same_claims(tinz: Store) -> None:
    topic = await get_topic(tinz.conn, "tinzaouaten")
    assert topic is not None
    # Many untagged posts in the window make the topic the smaller side, and the reverse.
    for i in range(30):
        await add_post(tinz, WSJ, 1000 + i, "2024-07-28T10:00:00+00:00", f"{i} dead.", topic=None)
    w = window()
    by_topic = await claim_rows(tinz.conn, topic_id=topic.id, **w)
    narrow = window("2024-07-28", "2024-07-29")
    by_window = await claim_rows(tinz.conn, topic_id=topic.id, **narrow)
    assert len(by_topic) == await count_claims(tinz.conn, topic_id=topic.id, **w) == 13
    assert {r.claim_id for r in by_window} == {
        r.claim_id for r in by_topic if r.date and r.date < narrow["until"]
    }


async def test_unsafe_links_are_dropped(store: Store) -> None:
    evil = Src("mainstream", "evil", "Evil Feed")
    await add_post(store, evil, 1, "2024-07-28T10:00:00+00:00", "5 killed.",
                   [("killed", "fama", 5, 5, False, "self", "5 killed")])  # fmt: skip
    await store.conn.execute("UPDATE posts SET url = 'javascript:alert(1)'")
    (c,) = (await digest_of(store)).claims
    assert c.url is None


async def test_quote_without_span_is_the_opening_of_the_post(store: Store) -> None:
    await add_post(store, ASHARQ, 1, "2024-07-28T10:00:00+00:00", "نص " * 200,
                   [("killed", "fama", 5, 5, False, "self", "نص")])  # fmt: skip
    await store.conn.execute("UPDATE claims SET span_start = NULL, span_end = NULL")
    (c,) = (await digest_of(store)).claims
    assert c.mark is None and c.quote.endswith("…") and len(c.quote) < 300


async def test_long_text_quote_is_cut_around_the_sentence(store: Store) -> None:
    text = "Вступление без точки " * 40 + "погибли 7 бойцов. Потом ещё текст."
    await add_post(store, RUSICH, 1, "2024-07-28T10:00:00+00:00", text,
                   [("killed", "wagner", 7, 7, False, "self", "погибли 7 бойцов")])  # fmt: skip
    (c,) = (await digest_of(store)).claims
    assert c.quote.startswith("…") and c.quote.endswith("погибли 7 бойцов.")
    assert c.evidence == "погибли 7 бойцов"


async def test_quote_ends_with_the_sentence_the_evidence_ends(store: Store) -> None:
    text = "Погибли 7 бойцов. Это другая фраза."
    await add_post(store, RUSICH, 1, "2024-07-28T10:00:00+00:00", text,
                   [("killed", "wagner", 7, 7, False, "self", "Погибли 7 бойцов.")])  # fmt: skip
    (c,) = (await digest_of(store)).claims
    assert c.quote == "Погибли 7 бойцов."
