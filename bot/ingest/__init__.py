"""File ingest: Telegram Desktop exports, JSON Lines and RSS/Atom feeds into the store.

Each reader turns its format into `Record`s; `Ingest` batches them through
handlers.posts.store_posts (raw post and claims in one transaction).
"""

from bot.ingest.driver import Ingest, IngestOptions
from bot.ingest.records import Channel, FileProblem, Problem, ReadStats, Record
from bot.ingest.report import ConsoleReporter, Reporter, Summary

__all__ = [
    "Channel",
    "ConsoleReporter",
    "FileProblem",
    "Ingest",
    "IngestOptions",
    "Problem",
    "ReadStats",
    "Record",
    "Reporter",
    "Summary",
]
