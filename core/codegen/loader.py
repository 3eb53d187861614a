"""Generated source -> live class: compiled under a unique file name that tracebacks and
`inspect.getsource` can read, with failures returned as structured errors."""

from __future__ import annotations

import collections
import itertools
import linecache
import sys
import traceback
import types
from dataclasses import dataclass

from core import i18n

_counter = itertools.count(1)
# The app rebuilds the class on edits; keep the newest modules' source reachable for
# tracebacks and inspect, and let older ones go so a long session does not grow without end.
KEEP_MODULES = 64
_loaded: collections.deque[tuple[str, str]] = collections.deque()


@dataclass
class LoadError(Exception):
    """Compiling, defining or instantiating generated code failed."""

    type_name: str  # e.g. "AttributeError"
    message: str  # the exception's own text
    line: int | None = None  # 1-based line of the generated source, when the failure is in it
    source_line: str = ""

    def __str__(self) -> str:
        where = ""
        if self.line:  # PyTorch's own words stay as they are; where they point is ours to say
            where = " " + i18n.translate("LoadError", "(generated line {line}: {code})").format(
                line=self.line, code=self.source_line.strip()
            )
        return f"{self.type_name}: {self.message}{where}"


def load_module(source: str, class_name: str) -> type:
    """Compile and run `source` as a fresh module; return its class named `class_name`.

    Each call gets its own module and file name: generated classes reuse names, so nothing
    may be cached by class name.
    """
    number = next(_counter)
    module_name = f"block_studio_generated_{number}"
    filename = f"<block-studio-{number}:{class_name}.py>"
    lines = source.splitlines(keepends=True)
    # mtime None: linecache.checkcache keeps this entry although no such file exists on disk
    linecache.cache[filename] = (len(source), None, lines, filename)
    module = types.ModuleType(module_name)
    module.__file__ = filename
    sys.modules[module_name] = module
    _loaded.append((module_name, filename))
    while len(_loaded) > KEEP_MODULES:
        old_module, old_file = _loaded.popleft()
        sys.modules.pop(old_module, None)
        linecache.cache.pop(old_file, None)
    try:
        code = compile(source, filename, "exec")
        exec(code, module.__dict__)  # noqa: S102 - our own generated source, never a file's
    except SyntaxError as exc:
        raise LoadError("SyntaxError", exc.msg or str(exc), exc.lineno, _line(lines, exc.lineno)) from None
    except Exception as exc:
        raise error_from_exception(exc, filename, lines) from None
    cls = module.__dict__.get(class_name)
    if not isinstance(cls, type):
        raise LoadError(
            "NameError", i18n.translate("Codegen", "the source defines no class {name}").format(name=class_name)
        )
    return cls


def instantiate_class(cls: type, *args: object, **kwargs: object) -> object:
    """Call the generated class; an exception becomes a LoadError pointing at its line."""
    try:
        return cls(*args, **kwargs)
    except Exception as exc:
        filename = getattr(sys.modules.get(cls.__module__), "__file__", "")
        raise error_from_exception(exc, filename, linecache.getlines(filename)) from None


def error_from_exception(exc: BaseException, filename: str, lines: list[str]) -> LoadError:
    """A LoadError naming the innermost frame of the generated file in `exc`'s traceback."""
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == filename:
            line = frame.lineno
    return LoadError(type(exc).__name__, str(exc), line, _line(lines, line))


def _line(lines: list[str], number: int | None) -> str:
    if number is None or not 1 <= number <= len(lines):
        return ""
    return lines[number - 1]
