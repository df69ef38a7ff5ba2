"""Live Telegram: the clients, message conversion, the catch-up sweep and the `run` loop.

The path of a live post: the user client's update (handlers/channel_events.py)
or a sweep page (sweep.py) -> convert.py -> handlers/channel_posts.py (extract,
store, cursor) -> db/.
"""
