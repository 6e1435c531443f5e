"""RowList, the list under the views across the library, in an app of its own."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from tui.widgets.rows import Heading, RowList


class Words(RowList[str]):
    def row_lines(self, item: str, width: int) -> list[Text]:
        return [Text(item)]


class Lists(App):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[tuple[str, object, object]] = []

    def compose(self) -> ComposeResult:
        yield Words()

    def on_mount(self) -> None:
        self.query_one(Words).set_rows([Heading("Fruit"), "apple", "pear"])
        self.query_one(Words).focus()

    def on_row_list_highlighted(self, event: RowList.Highlighted) -> None:
        self.heard.append(("highlighted", event.item, event.control))

    def on_row_list_chosen(self, event: RowList.Chosen) -> None:
        self.heard.append(("chosen", event.item, event.control))


async def test_moving_and_enter_tell_the_row_and_the_list() -> None:
    app = Lists()
    async with app.run_test(size=(40, 10)) as pilot:
        words = app.query_one(Words)
        await pilot.pause()
        app.heard.clear()
        await pilot.press("j", "enter")
        await pilot.pause()
        assert app.heard == [("highlighted", "pear", words), ("chosen", "pear", words)]
        # one message class for both: a list's handlers can take either
        assert issubclass(RowList.Highlighted, RowList.RowMessage) and issubclass(RowList.Chosen, RowList.RowMessage)
