"""Mainstream sources: RSS/Atom feeds, the GDELT DOC 2.0 API and the ACLED API.

Every source turns what it fetched into `db.posts.NewPost`s of kind
"mainstream", which go through the same store path as Telegram posts.
"""
