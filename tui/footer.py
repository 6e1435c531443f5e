"""The key bar at the foot of the screen."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Textual's Footer, rebuilt once per burst of binding changes instead of once per change.

    A focus change announces new bindings twice (the focus watcher, then a callback after the
    refresh) and Footer rebuilds all its keys each time, even when they did not change: about
    30 ms a rebuild here, paid on every move between panes and twice as the library first appears.
    """

    _rebuild_pending = False

    def bindings_changed(self, screen: Screen) -> None:
        if self._rebuild_pending:  # the rebuild already queued will read the newest bindings
            return
        self._rebuild_pending = True
        # wait one refresh: the focus change's second announcement arrives within it
        self.call_after_refresh(self._queue_rebuild, screen)

    def _queue_rebuild(self, screen: Screen) -> None:
        if not (screen.app.app_focus and self.is_attached and screen is self.screen):
            self._rebuild_pending = False
        super().bindings_changed(screen)  # queues the recompose, or only notes the bindings are ready

    _shown: tuple | None = None

    async def recompose(self) -> None:
        self._rebuild_pending = False
        # a focus that comes back to the same kind of pane announces the bindings already shown
        shown = self._signature()
        if shown is not None and shown == self._shown and self.children:
            return
        self._shown = shown
        await super().recompose()

    def _signature(self) -> tuple | None:
        if not self.is_attached:
            return None
        return tuple(
            (binding.key, binding.action, binding.description, binding.show, enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
        )
