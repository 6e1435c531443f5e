"""Feed subscriptions kept with the library, and refreshing them.

subscriptions.py: the `library.feeds.json` companion file; fetch.py: one
conditional HTTP request per feed, bounded in time and size; refresh.py: fetch
many in parallel and save only the entries not seen before; opml.py: OPML and
newsboat `urls` lists in and out.
"""
