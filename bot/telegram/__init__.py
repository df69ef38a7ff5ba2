"""Live Telegram: the clients, message conversion, the catch-up sweep and the `run` loop.

The path of a live post: the user client's update (handlers/channel_events.py)
or a sweep page (sweep.py) -> convert.py -> handlers/channel_posts.py (extract,
store, cursor) -> db/.
"""

import asyncio

# What a lost or broken connection to Telegram raises: the socket's errors, and a
# stream cut short, which is what a proxy or captive portal answering in place of
# Telegram gives (Telethon reads its HTTP reply as a packet and runs out of bytes).
NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    ConnectionError,
    OSError,
    asyncio.IncompleteReadError,
)
