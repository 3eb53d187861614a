"""Block Studio: `python main.py [FILE.json]` opens the app; `python main.py COMMAND ...` runs the CLI."""

from __future__ import annotations

import sys

from core.cli.main import COMMANDS


def main(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        from core.cli.main import main as cli_main

        return cli_main(argv)
    from gui.app import run_app

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
