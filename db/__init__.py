"""The store: schema, migrations and every SQL statement of claimwatch."""

from db.store import Store, StoreError

__all__ = ["Store", "StoreError"]
