"""`python -m tui.cli`, the same as the `newsreader` command."""

import sys

from . import main

sys.exit(main())
