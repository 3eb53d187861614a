"""The translation catalogue's tooling: collect the marked strings, merge translations, build `.qm`.

    python -m tests.i18n.catalogue            # update resources/i18n/*.ts from the sources, build .qm
    python -m tests.i18n.catalogue PART.ts…   # the same, taking translations from PART files too
    python -m tests.i18n.catalogue --missing  # list what is still untranslated (after an update)

`pyside6-lupdate` keeps the translations already in a `.ts` and adds the new strings as
unfinished; the tests in this folder fail until each one is translated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from core import i18n

ROOT = Path(__file__).resolve().parents[2]
SOURCE_FOLDERS = ("core", "gui")
TRANSLATED = tuple(language for language in i18n.LANGUAGES if language != i18n.SOURCE_LANGUAGE)


def sources() -> list[Path]:
    """Every Python file whose strings users may see."""
    files = [ROOT / "main.py"]
    for folder in SOURCE_FOLDERS:
        files += sorted(path for path in (ROOT / folder).rglob("*.py") if "__pycache__" not in path.parts)
    return files


def tool(name: str) -> str:
    """A Qt tool PySide6 installs next to the interpreter (PATH may not name the venv)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found: install PySide6-Essentials")
    return found


def lupdate(ts_path: Path, language: str) -> str:
    """Collect the marked strings into `ts_path` (kept translations, dropped obsolete ones)."""
    command = [tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(ts_path)]
    command += ["-no-obsolete", "-locations", "none", "-source-language", "en", "-target-language", language]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return done.stdout + done.stderr


def lrelease(ts_path: Path, qm_path: Path) -> None:
    command = [tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)]
    subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)


def fill_from(ts_path: Path, parts: list[Path]) -> int:
    """Copy translations from `parts` into the unfinished entries of `ts_path`; returns how many."""
    known: dict[tuple[str, str], str] = {}
    for part in parts:
        known.update(i18n.read_catalogue(part))
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "")
            if translation is None or translation.get("type") != "unfinished" or key not in known:
                continue
            forms = translation.findall("numerusform")
            (forms[0] if forms else translation).text = known[key]
            translation.attrib.pop("type")
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


def untranslated(ts_path: Path) -> list[str]:
    """ "Context: source" of each entry still unfinished."""
    root = ET.parse(ts_path).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                missing.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    return missing


def main(argv: list[str]) -> int:
    if argv == ["--missing"]:
        missing = [entry for language in TRANSLATED for entry in untranslated(i18n.catalogue_path(language))]
        print("\n".join(missing) or "every entry is translated")
        return 1 if missing else 0
    parts = [Path(arg) for arg in argv]
    for language in TRANSLATED:
        ts_path = i18n.catalogue_path(language)
        print(lupdate(ts_path, language).strip())
        if parts:
            print(f"filled {fill_from(ts_path, parts)} entries from {len(parts)} part file(s)")
            lupdate(ts_path, language)  # lupdate's own formatting again
        lrelease(ts_path, i18n.catalogue_path(language, ".qm"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
