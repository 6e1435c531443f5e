"""R: the subscribed feeds fetched in a thread; the new articles come in through the library's watch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from store.errors import NewsreaderError

from .analysing import first_line
from .messages import FeedsProgress

if TYPE_CHECKING:
    from .app import NewsreaderApp


class FeedsRefresh:
    """Mixed into NewsreaderApp."""

    def action_refresh_feeds(self: NewsreaderApp) -> None:
        """R: fetch every subscribed feed in the background; new articles come in at the top, unread."""
        if self._feeds is not None and not self._feeds.over:
            self.notify("The feeds are being refreshed", timeout=2)
            return
        self._feeds = FeedsProgress(0, 0)
        self.update_library_title()
        self.refresh_feeds()

    @work(thread=True, exclusive=True, group="feeds")
    def refresh_feeds(self: NewsreaderApp) -> None:
        from store.feeds.refresh import refresh
        from store.feeds.subscriptions import subscriptions_of
        from store.library import Library

        library = Library(self.library.path, verify=False)  # the reader's own is not for threads
        try:
            total = len(subscriptions_of(library).all())
            done = 0

            def one_more(_) -> None:
                nonlocal done
                done += 1
                self.post_message(FeedsProgress(done, total))

            self.post_message(FeedsProgress(0, total))
            outcomes = refresh(library, on_done=one_more)
        except NewsreaderError as err:
            self.post_message(FeedsProgress(0, 0, error=first_line(err), over=True))
            return
        added = tuple(a.id for o in outcomes for a in o.added)
        failed = tuple(first_line(o.problem) for o in outcomes if o.problem is not None)
        self.post_message(FeedsProgress(len(outcomes), total, added, failed, over=True))

    def on_feeds_progress(self: NewsreaderApp, message: FeedsProgress) -> None:
        if self._panes_gone():
            return
        self._feeds = message
        self.update_library_title()
        if not message.over:
            return
        if message.error:
            self.notify(f"Feeds not refreshed: {message.error}", severity="error", markup=False, timeout=8)
            return
        if not message.total:
            self.notify("No feeds to refresh: subscribe with `newsreader feeds add URL`", markup=False, timeout=5)
            return
        if message.added:
            self.watch_library()  # in at the top, unread, and queued for the background analysis
        n = len(message.added)
        said = f"{n} new article{'s' * (n != 1)} from {message.total} feed{'s' * (message.total != 1)}"
        if message.failed:
            said += f"; {len(message.failed)} failed: " + "; ".join(message.failed[:3])
        self.notify(said, severity="warning" if message.failed else "information", markup=False, timeout=8)
