"""Every CLI failure becomes one `error: ...` line on stderr and an exit status; never a traceback.

`run_reporting_errors` is the one place that turns exceptions into messages: the user's own
problems (bad files, arguments, unwritable paths, a full or closed stdout, Ctrl+C) get their
words here, and anything unforeseen still ends as one line instead of forty.
"""

from __future__ import annotations

import errno
import io
import os
import re
import sys
from collections.abc import Callable
from typing import TextIO

from core import i18n
from core.cli import exit_codes


class CliError(Exception):
    """A problem to report as one `error: ...` line and exit status 2."""


def one_line(text: str) -> str:
    """`text` on one line: a newline (in a path, in quoted source) is shown as the two characters \\n."""
    text = re.sub(r"\r?\n[ \t]+", r"\\n ", text.strip("\n"))  # quoted source: indentation shrinks to a space
    return text.replace("\n", r"\n").replace("\r", r"\r")


def print_error(message: str) -> None:
    text = one_line(message) or i18n.translate("CliErrors", "unknown problem")
    print(f"error: {text}", file=sys.stderr)


class _OneLineStderr(io.TextIOBase):
    """stderr for the length of a command: each message printed stays on one line.

    print() writes the message and its end separately, so a write that holds a newline
    inside it is one multi-line message (a quoted `if` statement, a path with a newline).
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        if "\n" in text.rstrip("\n"):
            text = one_line(text) + ("\n" if text.endswith("\n") else "")
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding


def run_reporting_errors(command: Callable[[], int], known: tuple[type[BaseException], ...] = ()) -> int:
    """Run `command`; return its status, or report why it failed as one line and return 2 (130 on Ctrl+C).

    `known` are the exception types whose message is already written for the user (a project
    file's JSON path, a code generation problem).
    """
    real_stderr = sys.stderr
    sys.stderr = _OneLineStderr(real_stderr)  # type: ignore[assignment]
    if sys.stdout is None:  # started with stdout closed (`>&-`): say so when output is written
        sys.stdout = _ClosedStdout()
    try:
        code = command()
        _flush_stdout()
        return code
    except KeyboardInterrupt:
        print_error(i18n.translate("CliErrors", "interrupted (Ctrl+C)"))
        return exit_codes.INTERRUPTED
    except (CliError, *known) as exc:
        print_error(str(exc))
        return exit_codes.BAD_INPUT
    except BrokenPipeError:  # `... | head` closed our stdout: not an error of the user's
        _silence_stdout()
        return exit_codes.OK
    except OSError as exc:
        print_error(_os_error_text(exc))
        return exit_codes.BAD_INPUT
    except RecursionError:
        print_error(i18n.translate("CliErrors", "the input is nested too deeply to read"))
        return exit_codes.BAD_INPUT
    except MemoryError:
        print_error(i18n.translate("CliErrors", "out of memory reading the input"))
        return exit_codes.BAD_INPUT
    except ValueError as exc:
        if "integer string conversion" in str(exc):  # Python's limit on digits, met by a huge literal
            print_error(
                i18n.translate(
                    "CliErrors", "a number in the input has more than 4,300 digits; no layer size is that large"
                )
            )
        else:
            print_error(str(exc) or type(exc).__name__)
        return exit_codes.BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - a bug of ours, still reported in one line
        message = i18n.translate("CliErrors", "internal error, please report it: {type}: {problem}")
        print_error(message.format(type=type(exc).__name__, problem=exc))
        return exit_codes.BAD_INPUT
    finally:
        sys.stderr = real_stderr


def _os_error_text(exc: OSError) -> str:
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is not None:
        return f"{os.fsdecode(exc.filename)}: {reason}"
    if exc.errno in (errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EBADF):
        _silence_stdout()  # the failed output must not be retried (and fail again) at exit
        return i18n.translate("CliErrors", "cannot write the output: {reason}").format(reason=reason)
    return reason


class _ClosedStdout(io.TextIOBase):
    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, i18n.translate("CliErrors", "standard output is closed (write to a file with -o)"))


def _flush_stdout() -> None:
    """Write out what is buffered now, so a full or closed stdout is reported here, not at exit."""
    try:
        sys.stdout.flush()
    except ValueError:  # already closed by the command: nothing is pending
        pass


def _silence_stdout() -> None:
    """Point stdout at the null device: Python's final flush would otherwise fail again, noisily."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, AttributeError, ValueError):
        pass
