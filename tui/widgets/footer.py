"""The key bar at the foot of the screen."""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    """Textual's Footer, rebuilt only when the keys it would show change.

    A focus change announces new bindings twice (the focus watcher, then a callback after the
    refresh) and Footer rebuilds all its keys each time, even when they did not change: about
    30 ms a rebuild here, paid on every move between panes and twice as the library first appears.
    """

    _shown: tuple | None = None

    async def recompose(self) -> None:
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
