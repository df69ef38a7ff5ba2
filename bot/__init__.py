"""claimwatch: wiring, CLI, config, clients, scheduler, sources and digests."""

__version__ = "0.1.0"
