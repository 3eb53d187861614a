"""`--lang ko|en` anywhere on the command line: the language of messages and table headers.

Without it the command line follows LANG (and LANGUAGE, LC_ALL, LC_MESSAGES); the app follows
its Preferences, and `--lang` overrides them for that one session.
"""

from __future__ import annotations

from core import i18n
from core.cli.errors import CliError

OPTION = "--lang"


def split_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """(the language asked for or None, the arguments without the option); CliError if unknown."""
    language: str | None = None
    rest: list[str] = []
    items = iter(argv)
    for item in items:
        if item == OPTION:
            value = next(items, None)
            if value is None:
                known = ", ".join(i18n.LANGUAGES)
                raise CliError(
                    i18n.translate("Cli", "{option} needs a language: {known}").format(option=OPTION, known=known)
                )
            language = _known(value)
        elif item.startswith(OPTION + "="):
            language = _known(item.split("=", 1)[1])
        else:
            rest.append(item)
    return language, rest


def _known(value: str) -> str:
    code = value.strip().lower().split("_")[0].split("-")[0]
    if code not in i18n.LANGUAGES:
        known = ", ".join(i18n.LANGUAGES)
        message = i18n.translate("Cli", "{option} {value!r} is not a language Block Studio has; use one of: {known}")
        raise CliError(message.format(option=OPTION, value=value, known=known))
    return code
