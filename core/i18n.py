"""Translating core's user-visible text without importing Qt.

Core's messages (analysis errors, lessons, CLI tables) are marked so that `pyside6-lupdate`
collects them into the same `.ts` catalogue as the window's:

    i18n.translate("ShapeRules", "expected {channels} channels").format(channels=n)
    TITLE = i18n.QT_TRANSLATE_NOOP("Summary", "Layer")   # a constant: translate it where shown

`lupdate` reads any call spelled `.translate("Context", "text")` and any
`QT_TRANSLATE_NOOP("Context", "text")`, so the context and the text must be string literals.
Placeholders are Python's `{name}` (filled after translating), never f-strings.

The window installs Qt's own lookup (`QCoreApplication.translate`, which sees the installed
`.qm`); the command line loads the `.ts` file itself, as core never imports Qt.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from pathlib import Path

Lookup = Callable[[str, str], str]

TRANSLATIONS_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "i18n"
CATALOGUE_STEM = "block_studio"
LANGUAGES = {"en": "English", "ko": "한국어"}  # each shown in its own language
SOURCE_LANGUAGE = "en"

_lookup: Lookup | None = None
_language = SOURCE_LANGUAGE
_code_language = SOURCE_LANGUAGE  # of generated code's docstrings and comments (its code stays English)
_catalogues: dict[str, dict[tuple[str, str], str]] = {}


def translate(context: str, text: str) -> str:
    """`text` in the current language (itself when there is no translation)."""
    if _lookup is None:
        return text
    return _lookup(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a constant for the catalogue; translate it with `translate(context, text)` where shown."""
    return text


def current_language() -> str:
    """The language core's text is in now: "en" or "ko"."""
    return _language


def set_lookup(lookup: Lookup | None, language: str) -> None:
    """Use `lookup(context, text)` for core's text from now on (None: English)."""
    global _lookup, _language
    _lookup = lookup if language != SOURCE_LANGUAGE else None
    _language = language if lookup is not None else SOURCE_LANGUAGE


def code_language() -> str:
    """The language of generated code's docstrings and comments: "en" (default) or "ko"."""
    return _code_language


def set_code_language(language: str) -> None:
    global _code_language
    _code_language = language if language in LANGUAGES else SOURCE_LANGUAGE


def code_text(context: str, text: str) -> str:
    """A docstring or comment of generated code (marked with QT_TRANSLATE_NOOP) in the code's
    language, which is chosen apart from the window's: a Korean window may export English code."""
    if _code_language == SOURCE_LANGUAGE:
        return text
    if _code_language not in _catalogues:
        try:
            _catalogues[_code_language] = read_catalogue(catalogue_path(_code_language))
        except (OSError, ET.ParseError):
            _catalogues[_code_language] = {}
    return _catalogues[_code_language].get((context, text), text)


def catalogue_path(language: str, suffix: str = ".ts") -> Path:
    return TRANSLATIONS_FOLDER / f"{CATALOGUE_STEM}_{language}{suffix}"


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation from a Qt `.ts` file; unfinished entries are left out."""
    catalogue: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()  # a file we ship: no entities, no DTD is fetched
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            forms = translation.findall("numerusform")
            text = forms[0].text if forms else translation.text
            if text:
                catalogue[(name, message.findtext("source") or "")] = text
    return catalogue


def use_language(language: str) -> str:
    """Translate core's text (the command line's) into `language`; returns the language used.

    An unknown language or a missing catalogue falls back to English rather than failing:
    a message in English is better than no message."""
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        set_lookup(None, SOURCE_LANGUAGE)
        return SOURCE_LANGUAGE
    try:
        catalogue = read_catalogue(catalogue_path(language))
    except (OSError, ET.ParseError):
        set_lookup(None, SOURCE_LANGUAGE)
        return SOURCE_LANGUAGE
    set_lookup(lambda context, text: catalogue.get((context, text), text), language)
    return language


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language POSIX's variables ask for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), if we have it."""
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if not value:
            continue
        for entry in value.split(":"):  # LANGUAGE is a list in order of preference
            code = entry.split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
        if variable != "LANGUAGE":
            return SOURCE_LANGUAGE  # the first set one of LC_ALL, LC_MESSAGES, LANG decides
    return SOURCE_LANGUAGE
