"""The Korean catalogue is complete, current, consistent with the glossary and keeps placeholders."""

from __future__ import annotations

import csv
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core import i18n
from tests.i18n import catalogue

HANGUL = re.compile(r"[\uac00-\ud7a3]")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d")
# what a translation keeps as it is: names (the app, its package, the Shapes dataset),
# code, identifiers, placeholders, markup, URLs
CODE = re.compile(
    r"Block Studio|block-studio\S*|\bShapes\b|`[^`]*`|<code>.*?</code>|<pre>.*?</pre>|<[^>]+>|\{[^{}]*\}|https?://\S+|&\w+;"
    r"|\b\w+(?:\.\w+)+(?:\(\))?|\b\w*_\w*\b|\.?\b\w+\([\w ,=.]*\)|\b[A-Z]\w*[A-Z0-9]\w*\b",
    re.DOTALL,
)
GLOSSARY_PATH = i18n.TRANSLATIONS_FOLDER / "glossary.tsv"


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of the language's catalogue."""
    root = ET.parse(i18n.catalogue_path(language)).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def translation_text(element: ET.Element) -> str:
    forms = element.findall("numerusform")
    return " ".join(form.text or "" for form in forms) if forms else element.text or ""


def prose(text: str) -> str:
    """`text` without what a translation leaves in English (code, names, placeholders, markup)."""
    return CODE.sub(" ", text)


def glossary() -> list[tuple[str, str]]:
    with GLOSSARY_PATH.open(encoding="utf-8", newline="") as handle:
        return [(row["english"], row["korean"]) for row in csv.DictReader(handle, delimiter="\t")]


LANGUAGES = catalogue.TRANSLATED


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    entries = messages(language)
    assert len(entries) > 300  # the window, the lessons and core's messages are all marked
    missing = [
        f"{context}: {source!r}"
        for context, source, element in entries
        if element is None or element.get("type") is not None or not translation_text(element).strip()
    ]
    assert not missing, f"{len(missing)} untranslated or obsolete:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_holds_exactly_the_strings_of_the_sources(language: str, tmp_path: Path) -> None:
    """A string added to the code and not to the catalogue (or one left behind) fails here."""
    updated = tmp_path / "updated.ts"
    shutil.copy(i18n.catalogue_path(language), updated)
    catalogue.lupdate(updated, language)
    before = {(c, s) for c, s, _ in messages(language)}
    after = i18n.read_catalogue(updated)  # translated entries only: a new string is unfinished
    root = ET.parse(updated).getroot()
    now = {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }
    assert now - before == set(), "strings not in the catalogue yet: run python -m tests.i18n.catalogue"
    assert before - now == set(), "strings no source uses any more: run python -m tests.i18n.catalogue"
    assert len(after) == len(now)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_built_from_the_catalogue(language: str, tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    catalogue.lrelease(i18n.catalogue_path(language), built)
    assert built.read_bytes() == i18n.catalogue_path(language, ".qm").read_bytes(), "run python -m tests.i18n.catalogue"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    wrong = []
    for context, source, element in messages(language):
        text = translation_text(element)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)) and text:
            wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "placeholders lost or added:\n" + "\n".join(wrong[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_are_in_the_language_not_copies_of_the_english(language: str) -> None:
    copied = []
    for context, source, element in messages(language):
        text = translation_text(element)
        if re.search(r"\b[a-z]{4,}\b", prose(source)) and not HANGUL.search(prose(text)):
            copied.append(f"{context}: {source!r}")
    assert not copied, "left in English:\n" + "\n".join(copied[:40])


def test_each_glossary_term_is_translated_the_same_way_everywhere() -> None:
    terms = glossary()
    assert len(terms) >= 25 and all(korean for _, korean in terms)
    inconsistent = []
    for context, source, element in messages("ko"):
        english = prose(source)
        korean = translation_text(element)
        for term, translated in terms:
            if (
                re.search(rf"\b{re.escape(term)}(?:s|es|ed|ing)?\b", english, re.IGNORECASE)
                and translated not in korean
            ):
                inconsistent.append(f"{term} -> {translated}: {context}: {source!r} -> {korean!r}")
    assert not inconsistent, f"{len(inconsistent)} glossary terms translated otherwise:\n" + "\n".join(
        inconsistent[:40]
    )
