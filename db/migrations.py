"""Named, ordered schema steps. Step N brings a file to `PRAGMA user_version = N`.

Each step runs in one transaction together with the version bump, so a crash
leaves the file at the old version or the new one, never between. Add a step
at the end; never edit one that has shipped.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str


INITIAL_SCHEMA = """
CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('telegram', 'mainstream')),
    handle          TEXT NOT NULL,            -- channel username (lowercase, no @) or outlet id
    title           TEXT,
    side            TEXT,                     -- actor id the source speaks for, if any
    lang            TEXT,
    url             TEXT,                     -- feed or API address of a mainstream source
    origin          TEXT NOT NULL DEFAULT 'ingest'
                    CHECK (origin IN ('config', 'bot', 'ingest')),
    active          INTEGER NOT NULL DEFAULT 1,
    tg_id           INTEGER,                  -- Telegram channel id, to resolve deletions
    cursor          INTEGER,                  -- last stored Telegram message id
    etag            TEXT,                     -- conditional GET state of a feed
    last_modified   TEXT,
    last_success    TEXT,
    last_error      TEXT,
    last_error_at   TEXT,
    error_reported  INTEGER NOT NULL DEFAULT 0,
    posts_fetched   INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    UNIQUE (kind, handle)
);
CREATE UNIQUE INDEX sources_tg_id ON sources (tg_id) WHERE tg_id IS NOT NULL;

CREATE TABLE posts (
    id              INTEGER PRIMARY KEY,
    source_id       INTEGER NOT NULL REFERENCES sources (id),
    ext_id          TEXT NOT NULL,            -- message id, feed entry id or JSONL id
    msg_id          INTEGER,                  -- Telegram message id, when there is one
    kind            TEXT NOT NULL CHECK (kind IN ('telegram', 'mainstream')),
    date            TEXT,                     -- ISO 8601, UTC
    url             TEXT,
    lang            TEXT,
    text            TEXT NOT NULL,            -- current text
    raw             TEXT,                     -- payload as received (JSON), current version
    version         INTEGER NOT NULL DEFAULT 1,
    grouped_id      INTEGER,                  -- Telegram album
    deleted_at      TEXT,
    first_seen      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (source_id, ext_id)
);
CREATE INDEX posts_source_msg ON posts (source_id, msg_id);

CREATE TABLE post_versions (
    id              INTEGER PRIMARY KEY,
    post_id         INTEGER NOT NULL REFERENCES posts (id),
    version         INTEGER NOT NULL,
    text            TEXT NOT NULL,
    raw             TEXT,
    edit_date       TEXT,
    seen_at         TEXT NOT NULL,
    UNIQUE (post_id, version)
);

CREATE TABLE deletions (
    id              INTEGER PRIMARY KEY,
    post_id         INTEGER REFERENCES posts (id),   -- NULL while it cannot be resolved
    source_id       INTEGER REFERENCES sources (id),
    tg_channel_id   INTEGER,
    msg_id          INTEGER,
    deleted_at      TEXT NOT NULL,
    how             TEXT NOT NULL DEFAULT 'event'
);
CREATE INDEX deletions_post ON deletions (post_id);

CREATE TABLE claims (
    id                INTEGER PRIMARY KEY,
    post_id           INTEGER NOT NULL REFERENCES posts (id),
    version_id        INTEGER NOT NULL REFERENCES post_versions (id),
    kind              TEXT NOT NULL
                      CHECK (kind IN ('killed', 'wounded', 'captured', 'missing', 'casualties')),
    victim            TEXT NOT NULL,
    low               INTEGER,
    high              INTEGER,
    approx            INTEGER NOT NULL DEFAULT 0,
    claimant          TEXT NOT NULL DEFAULT 'self',
    scope             TEXT NOT NULL DEFAULT 'event'
                      CHECK (scope IN ('event', 'period', 'cumulative')),
    span_start        INTEGER,
    span_end          INTEGER,
    extractor_version TEXT NOT NULL,
    superseded_at     TEXT,                    -- set when a re-extraction replaced it
    created_at        TEXT NOT NULL
);
CREATE INDEX claims_post ON claims (post_id);
CREATE INDEX claims_version ON claims (version_id);

CREATE TABLE topics (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL DEFAULT '',
    keywords        TEXT NOT NULL DEFAULT '[]',   -- JSON list
    since           TEXT,
    until           TEXT,
    updated_at      TEXT NOT NULL
);

CREATE TABLE post_topics (
    post_id         INTEGER NOT NULL REFERENCES posts (id),
    topic_id        INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX post_topics_topic ON post_topics (topic_id, post_id);

CREATE TABLE subscribers (
    id              INTEGER PRIMARY KEY,
    chat_id         INTEGER NOT NULL,
    topic           TEXT NOT NULL,
    at_time         TEXT NOT NULL,            -- local HH:MM
    created_by      INTEGER,                  -- Telegram user id
    origin          TEXT NOT NULL DEFAULT 'bot' CHECK (origin IN ('config', 'bot')),
    active          INTEGER NOT NULL DEFAULT 1,
    failures        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    UNIQUE (chat_id, topic)
);

CREATE TABLE digests_sent (
    id              INTEGER PRIMARY KEY,
    subscriber_id   INTEGER REFERENCES subscribers (id),
    chat_id         INTEGER NOT NULL,
    topic           TEXT,
    due_at          TEXT NOT NULL,            -- the scheduled time this sending is for
    status          TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'empty')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    error           TEXT,
    sent_at         TEXT,
    UNIQUE (subscriber_id, due_at)
);
"""


MIGRATIONS: list[Migration] = [
    Migration("0001_initial_schema", INITIAL_SCHEMA),
    # Scheduled digests: resume a sending interrupted between its messages without
    # repeating the parts already delivered, and date each subscription's current
    # schedule so a missed digest from before it is never sent.
    Migration(
        "0002_digest_delivery",
        """
ALTER TABLE digests_sent ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE subscribers ADD COLUMN since TEXT;
CREATE INDEX digests_sent_status ON digests_sent (status);
""",
    ),
    # Live monitoring: an album's messages arrive one by one (events, sweep pages);
    # each must find the post the album was stored as, by its grouped_id.
    Migration(
        "0003_album_lookup",
        """
CREATE INDEX posts_source_group ON posts (source_id, grouped_id) WHERE grouped_id IS NOT NULL;
""",
    ),
    # Digests: a window of days is read through posts(date), not a scan of every post;
    # live claims (not superseded by a re-extraction) are found per post without
    # reading the dead ones that every re-extraction leaves behind.
    Migration(
        "0004_digest_indexes",
        """
CREATE INDEX posts_date ON posts (date);
CREATE INDEX claims_live ON claims (post_id, version_id) WHERE superseded_at IS NULL;
""",
    ),
    # Re-extraction: which extractor version last ran on a post version (NULL: none, the
    # post went in raw). A version where the extractor found nothing is then not run
    # again, and an interrupted `claimwatch reextract` resumes where it stopped.
    Migration(
        "0005_extracted_with",
        """
ALTER TABLE post_versions ADD COLUMN extractor_version TEXT;
UPDATE post_versions SET extractor_version =
    (SELECT max(c.extractor_version) FROM claims c WHERE c.version_id = post_versions.id);
""",
    ),
]


def latest_version() -> int:
    return len(MIGRATIONS)
