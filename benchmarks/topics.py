"""Topic tagging speed: the real matcher beside a bare substring search, same posts, same run.

    .venv/bin/python benchmarks/topics.py             # 20,000 posts, 20 topics
    .venv/bin/python benchmarks/topics.py --posts 2000

The baseline lower-cases each post and looks for each keyword with `in`: no
inflection, no clitics, no accents; the cheapest thing that could be called
matching. The matcher's figure includes normalising and stemming every word
(with its per-word cache warm after the first pass, as in a running bot).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.topics import TopicMatcher, TopicSpec
from bot.topics.stems import keys

WORDS = {
    "ru": "погибли бойцов в районе засада колонна противник потери ранены сообщил канал Вагнера "
    "у Тинзауатена под Бахмутом в Авдеевке штурмовики уничтожено техники".split(),
    "uk": "загинули бійців у районі засідка колона противник втрати поранені повідомив "
    "Тінзауатені Авдіївці Бахмуті".split(),
    "en": "killed fighters near the ambush convoy enemy losses wounded reported Wagner's "
    "Tinzaouaten Kidal Mali army rebels".split(),
    "fr": "tués combattants près de l'embuscade convoi pertes blessés selon Tinzaouatène "
    "l'armée malienne rebelles".split(),
    "ar": "قتلى مقاتلين قرب كمين قافلة خسائر جرحى وتينزاواتين بكيدال الجيش المالي فاغنر".split(),
}
PLACES = ["Tinzaouaten", "Kidal", "Gao", "Menaka", "Bakhmut", "Avdiivka", "Pokrovsk", "Kherson",
          "El Fasher", "Khartoum", "Omdurman", "Timbuktu", "Bamako", "Ménaka", "Niamey",
          "Ouagadougou", "Djibo", "Kupiansk", "Vuhledar", "Toretsk"]  # fmt: skip


def make_topics() -> list[TopicSpec]:
    extra = [
        ("Тинзауатен", "Тінзауатен", "تينزاواتين", "Tin Zaouatene", "Tinzaouatène"),
        ("Кидаль", "كيدال"),
        ("Бахмут", "Бахмут"),
        ("Авдеевка", "Авдіївка"),
    ]
    topics = []
    for i, place in enumerate(PLACES):
        kw = (place, *(extra[i] if i < len(extra) else ()), "Wagner Mali", "Вагнер Мали")
        topics.append(TopicSpec(i + 1, place.lower(), kw))
    return topics


def make_posts(n: int, rng: random.Random) -> list[str]:
    posts = []
    for _ in range(n):
        lang = rng.choice(list(WORDS))
        posts.append(" ".join(rng.choice(WORDS[lang]) for _ in range(rng.randint(30, 120))))
    return posts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(7)
    posts = make_posts(args.posts, rng)
    topics = make_topics()
    words = sum(len(p.split()) for p in posts)

    t0 = time.perf_counter()
    matcher = TopicMatcher(topics)
    compile_s = time.perf_counter() - t0

    lowered = [(t.id, [k.lower() for k in t.keywords]) for t in topics]
    t0 = time.perf_counter()
    base_hits = 0
    for post in posts:
        text = post.lower()
        base_hits += sum(1 for _, kws in lowered if any(k in text for k in kws))
    base_s = time.perf_counter() - t0

    keys.cache_clear()
    t0 = time.perf_counter()
    cold_hits = sum(len(matcher.match(p)) for p in posts)
    cold_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    warm_hits = sum(len(matcher.match(p)) for p in posts)
    warm_s = time.perf_counter() - t0
    assert cold_hits == warm_hits

    print(f"{args.posts:,} posts, {words:,} words, {len(topics)} topics")
    print(f"compile matcher           {compile_s * 1000:8.1f} ms")
    print(f"baseline substring search {base_s:8.3f} s  {args.posts / base_s:10,.0f} posts/s  "
          f"({base_hits:,} topic hits)")  # fmt: skip
    print(f"matcher, cold word cache  {cold_s:8.3f} s  {args.posts / cold_s:10,.0f} posts/s  "
          f"({cold_hits:,} topic hits)")  # fmt: skip
    print(f"matcher, warm word cache  {warm_s:8.3f} s  {args.posts / warm_s:10,.0f} posts/s  "
          f"({warm_s / base_s:.1f}x the baseline)")  # fmt: skip


if __name__ == "__main__":
    main()
