"""The key bar at the foot of the screen: one line of text, drawn as Textual's Footer draws its keys.

Textual's Footer makes a widget per key and rebuilds them all whenever the bindings change (twice per
move between panes, ~30 ms each). This one renders a line; the first frame costs ~6 M instructions less.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.color import Color
from textual.keys import key_to_character
from textual.widget import Widget

# keys Textual does not know as characters: an Input takes them as text all the same
_CHARACTERS = {"slash": "/", "backslash": "\\"}


class KeyFooter(Widget, can_focus=False):
    """The focused widget's shown keys, then the app's, once each; the palette's key at the right.
    A click on a key presses it."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int, Binding, str]] = []  # where each key is drawn, for clicks and tooltips
        self._styled: tuple[dict[str, str], tuple[Style, Style, Style]] | None = None

    def _styles(self) -> tuple[Style, Style, Style]:
        """The keys', the descriptions' and the palette bar's styles, from the theme's footer variables (as
        Textual's Footer colours them). Not component classes: styling those cost the start 3.4 M instructions.
        The app makes new variables at a change of theme, before the footer is drawn again."""
        variables = self.app.theme_variables
        if self._styled is None or self._styled[0] is not variables:

            def colour(name: str) -> Color | None:
                value = variables.get(name, "")
                return Color.parse(value) if value.startswith("#") else None  # 'transparent': the bar's own

            def style(foreground: str, background: str, bold: bool = False) -> Style:
                fg, bg = colour(foreground), colour(background)
                return Style(bold=bold, color=fg.rich_color if fg else None, bgcolor=bg.rich_color if bg else None)

            bar = colour("footer-background") or Color(0, 0, 0)
            palette = Style(color=bar.blend(colour("foreground") or Color(255, 255, 255), 0.2).rich_color)
            key = style("footer-key-foreground", "footer-key-background", bold=True)
            self._styled = variables, (key, style("footer-description-foreground", "footer-description-background"), palette)
        return self._styled[1]

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen) -> None:
        if screen is self.screen:
            self.refresh()

    def _shown(self) -> list[tuple[Binding, bool, str]]:
        """As Textual's Footer: the shown bindings, the first of each action (the focused widget's come first);
        not those whose key, as the bar shows it, the focused box would take as text."""
        seen: dict[str, tuple[Binding, bool, str]] = {}
        focused = self.screen.focused
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.action in seen or not binding.show:
                continue
            if focused is None or not _typed(focused, binding, self.app.get_key_display(binding)):
                seen[binding.action] = (binding, enabled, tooltip)
        return list(seen.values())

    def render(self) -> Text:
        """The keys as Textual's Footer draws them (" k Desc "); where they do not all fit (80 columns, a panel's
        seven keys), closer together (" k Desc"), with the palette's key alone at the right, as Textual's compact
        footer does; only keys that do not fit even so are left out, whole ("T Time" read as a key)."""
        key_style, description_style, bar_style = self._styles()
        shown, palette, width = self._shown(), self._palette(), self.size.width
        for compact in (False, True):
            line, spans = self._keys(shown, compact, key_style, description_style)
            hint = None
            if palette is not None:
                binding, enabled, _ = palette
                hint = Text.assemble(
                    ("▏", bar_style),
                    (self.app.get_key_display(binding), key_style + Style(dim=not enabled)),
                    (" " if compact else f" {binding.description} ", description_style + Style(dim=not enabled)),
                )
            if not width or line.cell_len + (hint.cell_len if hint else 0) <= width:
                break
        if hint is not None:
            binding = palette[0]
            room = width - line.cell_len - hint.cell_len
            if room < 0:  # it stays at the right; the keys it leaves no room for go whole
                spans = [span for span in spans if span[1] <= width - hint.cell_len]
                line.truncate(spans[-1][1] if spans else 0)
                room = width - line.cell_len - hint.cell_len
            line.append(" " * max(0, room))
            spans.append((len(line) + 1, len(line) + len(hint), binding, binding.tooltip or binding.description))
            line.append_text(hint)
        self._spans = spans
        return line

    def _keys(
        self, shown: list[tuple[Binding, bool, str]], compact: bool, key_style: Style, description_style: Style
    ) -> tuple[Text, list[tuple[int, int, Binding, str]]]:
        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, Binding, str]] = []
        for binding, enabled, tooltip in shown:
            start = len(line)
            dim = Style(dim=not enabled)
            key = self.app.get_key_display(binding)
            line.append(f" {key}" if compact else f" {key} ", key_style + dim)
            line.append(f" {binding.description}" if compact else f"{binding.description} ", description_style + dim)
            spans.append((start, len(line), binding, tooltip or ""))
        return line, spans

    def _palette(self) -> tuple[Binding, bool, str] | None:
        app = self.app
        if not app.ENABLE_COMMAND_PALETTE:
            return None
        found = self.screen.active_bindings.get(app.COMMAND_PALETTE_BINDING)
        return None if found is None else found[1:]

    def _key_at(self, x: int) -> tuple[Binding, str] | None:
        for start, end, binding, tooltip in self._spans:
            if start <= x < end:
                return binding, tooltip
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        found = self._key_at(event.x)
        self.tooltip = found[1] or None if found else None

    def on_click(self, event: events.Click) -> None:
        found = self._key_at(event.x)
        if found is not None:
            self.app.simulate_key(found[0].key)


def _typed(focused: Widget, binding: Binding, shown: str) -> bool:
    """Whether `focused` (a filter or find box) takes the binding's key, as the bar shows it, as text: in a
    filter, `? Help` or `/ Filter` would be typed, not pressed. `shown` counts too: '?' is shown for F1's
    binding, and Textual knows no character for some keys ('slash')."""
    character = key_to_character(binding.key) or _CHARACTERS.get(binding.key)
    if character is None and len(shown) == 1 and shown.isascii() and shown.isprintable():
        character = shown
    return character is not None and focused.check_consume_key(binding.key, character)
