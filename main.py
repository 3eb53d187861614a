"""Block Studio: `python main.py [FILE.json]` opens the app; `python main.py export|summary|profile|import ...`
runs the CLI. Both parse their arguments with argparse and report a mistake as one `error:` line."""

from __future__ import annotations

import sys

from core import i18n
from core.cli.errors import run_reporting_errors
from core.cli.language_option import split_language
from core.cli.main import COMMANDS


def main(argv: list[str]) -> int:
    i18n.use_language(i18n.language_from_environment())  # until --lang is read: a mistake in it follows LANG
    chosen: list[str | None] = []
    code = run_reporting_errors(lambda: _take_language(argv, chosen))
    if code:
        return code
    language, argv = chosen
    if argv and argv[0] in COMMANDS:
        from core.cli.main import main as cli_main

        i18n.use_language(language or i18n.language_from_environment())
        return cli_main(argv)
    from gui.app import run_app  # parses the app's own arguments (core.cli.app_args)

    return run_app(argv, language)


def _take_language(argv: list[str], chosen: list) -> int:
    chosen.extend(split_language(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
