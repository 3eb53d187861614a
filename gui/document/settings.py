"""Where Block Studio keeps its preferences (geometry, splitters, recent files)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "BlockStudio"
APPLICATION = "Block Studio"
MAX_RECENT = 8


def app_settings() -> QSettings:
    """INI settings under the user's config folder (tests redirect it with QSettings.setPath)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def recent_files() -> list[str]:
    value = app_settings().value("recentFiles", [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [str(v) for v in value or []][:MAX_RECENT]


def remember_file(path: str) -> None:
    files = [path] + [f for f in recent_files() if f != path]
    app_settings().setValue("recentFiles", files[:MAX_RECENT])


def forget_recent_files() -> None:
    app_settings().setValue("recentFiles", [])
