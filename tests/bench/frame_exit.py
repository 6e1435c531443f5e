"""Imported first by the command that first_paint_work.py runs: the process ends at the first frame it
writes that holds a pattern, so that what is measured is the work up to that frame and no more.

The driver is patched as it is imported (an import hook), so that nothing else is imported early.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys

DRIVER = "textual.drivers.linux_driver"


class _AtFrame(importlib.abc.MetaPathFinder):
    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def find_spec(self, name, path, target=None):
        if name != DRIVER:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module
        pattern = self.pattern

        def exec_module(module) -> None:
            load(module)
            write = module.LinuxDriver.write

            def write_then_end(driver, data: str) -> None:
                write(driver, data)
                if pattern in data:
                    driver.flush()
                    os._exit(0)

            module.LinuxDriver.write = write_then_end

        spec.loader.exec_module = exec_module
        return spec


def install(pattern: str) -> None:
    sys.meta_path.insert(0, _AtFrame(pattern))
