"""The app's own command line, `python main.py [FILE.json]`, parsed with argparse.

Options argparse does not know (Qt's own, such as `-platform offscreen`) are left for Qt.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from core import i18n
from core.cli.errors import CliError

# Qt's own options that take a value (QGuiApplication's documented ones): the value is not a file
QT_VALUE_OPTIONS = frozenset(
    {
        "-platform",
        "-platformpluginpath",
        "-platformtheme",
        "-plugin",
        "-qmljsdebugger",
        "-qwindowgeometry",
        "-qwindowicon",
        "-qwindowtitle",
        "-display",
        "-geometry",
        "-style",
        "-stylesheet",
        "-session",
        "-title",
    }
)
USAGE = "python main.py [FILE.json]\n       python main.py {export,summary,profile,import} ...  (see --help of each)"


@dataclass(frozen=True)
class AppArguments:
    file: str | None  # the project file to open, if any
    qt_options: list[str]  # passed on to QApplication


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(i18n.translate("AppArguments", "{message} (see: python main.py --help)").format(message=message))


def parse_app_argv(argv: list[str]) -> AppArguments:
    """The file to open and Qt's options; CliError for anything else (help exits 0 through argparse)."""
    parser = _Parser(
        prog="main.py",
        usage=USAGE,
        description=i18n.translate("AppArguments", "Open Block Studio, optionally on a project file."),
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE.json",
        help=i18n.translate("AppArguments", "a Block Studio project file to open"),
    )
    qt_options: list[str] = []
    own: list[str] = []
    items = iter(argv)
    for item in items:
        if item in QT_VALUE_OPTIONS:
            qt_options += [item, next(items, "")]
        else:
            own.append(item)
    known, rest = parser.parse_known_args(own)
    known.files += [item for item in rest if not item.startswith("-")]
    qt_options += [item for item in rest if item.startswith("-")]
    if len(known.files) > 1:
        message = i18n.translate("AppArguments", "expected at most one project file, got {count}: {files}")
        raise CliError(message.format(count=len(known.files), files=" ".join(known.files)))
    if known.files and known.files[0] == "":
        raise CliError(i18n.translate("AppArguments", "the project file name is empty"))
    return AppArguments(known.files[0] if known.files else None, qt_options)
