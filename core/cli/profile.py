"""`python main.py profile FILE.json [--device D] [--threads N] [--repeats N] [--json]`.

Kept apart from core/cli/main.py so the other subcommands start without importing torch.
"""

from __future__ import annotations

import argparse
import json
import sys

from core import i18n
from core.cli import exit_codes

MAX_THREADS = 1024
# the profiler's own cap on timed runs (core.run.timing.MAX_RUNS; a test keeps them equal,
# importing it here would load numpy for every subcommand): more is refused, never cut silently
MAX_REPEATS = 10_000


def add_profile_parser(commands: argparse._SubParsersAction) -> None:
    profile = commands.add_parser(
        "profile", help=i18n.translate("Cli", "run the block and time each layer on a device")
    )
    profile.add_argument("file", help=i18n.translate("Cli", "a Block Studio project file (.json)"))
    profile.add_argument("--device", default="cpu", help=i18n.translate("Cli", "cpu (default), cuda, cuda:N or mps"))
    profile.add_argument(
        "--threads", type=_whole("--threads", MAX_THREADS), help=i18n.translate("Cli", "CPU threads (default: torch's)")
    )
    profile.add_argument(
        "--repeats",
        type=_whole("--repeats", MAX_REPEATS),
        default=10,
        help=i18n.translate("Cli", "timed runs per layer, at least (10)"),
    )
    profile.add_argument("--json", action="store_true", help=i18n.translate("Cli", "machine-readable output"))


def run_profile(args: argparse.Namespace) -> int:
    """Profile on random normal input (seed 0) in eval mode; errors -> one `error:` line, exit 2."""
    from core.codegen.loader import LoadError
    from core.files.project_file import ProjectFileError, load_block
    from core.run.inputs import InputSpec
    from core.run.profile_report import result_json, result_table
    from core.run.profiling import ProfileError, Profiler, ProfileSettings

    try:
        block = load_block(args.file)
        settings = ProfileSettings(
            device=args.device, threads=args.threads, min_runs=args.repeats, min_time_s=0.2, warmup_s=0.05
        )
        result = Profiler(settings).run(block, InputSpec("random", seed=0))
    except (ProfileError, LoadError, ProjectFileError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exit_codes.BAD_INPUT
    if args.json:
        print(json.dumps(result_json(result), indent=2))
    else:
        print(result_table(result))
    return exit_codes.OK


def _whole(flag: str, high: int):
    def parse(text: str) -> int:
        try:
            value = int(text) if len(text) <= 30 else None  # int() refuses 4,300+ digits with a traceback
        except ValueError:
            value = None
        if value is None:
            raise argparse.ArgumentTypeError(
                i18n.translate("Cli", "{flag} must be a whole number, got {text!r}").format(flag=flag, text=text[:30])
            ) from None
        if not 1 <= value <= high:
            raise argparse.ArgumentTypeError(
                i18n.translate("Cli", "{flag} must be from 1 to {high:,} (the most it allows), got {value:,}").format(
                    flag=flag, high=high, value=value
                )
            )
        return value

    return parse
