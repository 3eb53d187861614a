"""Block Studio: `python main.py [FILE.json]` opens the app; `python main.py export|summary|profile|import ...`
runs the CLI. Both parse their arguments with argparse and report a mistake as one `error:` line."""

from __future__ import annotations

import sys

from core.cli.main import COMMANDS


def main(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        from core.cli.main import main as cli_main

        return cli_main(argv)
    from gui.app import run_app  # parses the app's own arguments (core.cli.app_args)

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
