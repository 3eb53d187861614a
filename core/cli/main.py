"""Command line: `python main.py export|summary|profile|import|train ...`. Bad input exits 2 with one `error:` line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core import i18n
from core.analysis.block_analysis import Analysis, analyze
from core.analysis.formatting import summary_table
from core.cli import exit_codes
from core.cli.errors import CliError, run_reporting_errors
from core.cli.profile import add_profile_parser, run_profile
from core.cli.train import add_train_parser, run_train
from core.codegen.source import CodegenError, generate_source
from core.files.project_file import ProjectFileError, load_block, write_text_atomic
from core.importer.python_import import add_import_parser, run_import

EXIT_BAD_INPUT = exit_codes.BAD_INPUT
COMMANDS = ("export", "summary", "profile", "import", "train", "-h", "--help")

__all__ = ["COMMANDS", "CliError", "build_parser", "main", "summary_json"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        command = " ".join(self.prog.split()[1:])  # "main.py export" -> "export"; the top level has none
        command = command + " " if command else ""
        raise CliError(
            i18n.translate("Cli", "{message} (see: python main.py {command}--help)").format(
                message=message, command=command
            )
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py",
        description=i18n.translate(
            "Cli",
            "Block Studio: build nn.Module blocks and see their code. "
            "Without a command, `python main.py [FILE.json]` opens the app.",
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    export = commands.add_parser("export", help=i18n.translate("Cli", "print or write the generated Python source"))
    export.add_argument("file", help=i18n.translate("Cli", "a Block Studio project file (.json)"))
    export.add_argument("-o", "--output", help=i18n.translate("Cli", "write the source here instead of printing it"))
    export.add_argument(
        "--force",
        action="store_true",
        help=i18n.translate("Cli", "write the source of an invalid block anyway (with a warning)"),
    )
    export.add_argument(
        "--comments",
        choices=tuple(i18n.LANGUAGES),
        default=i18n.SOURCE_LANGUAGE,
        help=i18n.translate(
            "Cli", "language of the generated docstrings and comments (the code itself stays English; default: en)"
        ),
    )
    summary = commands.add_parser(
        "summary", help=i18n.translate("Cli", "print the per-layer shape/params/mult-adds table")
    )
    summary.add_argument("file", help=i18n.translate("Cli", "a Block Studio project file (.json)"))
    summary.add_argument("--json", action="store_true", help=i18n.translate("Cli", "machine-readable output"))
    add_profile_parser(commands)
    add_import_parser(commands)
    add_train_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; every failure is one `error:` line (exit 2, or 130 for Ctrl+C)."""
    return run_reporting_errors(lambda: _run(argv), known=(ProjectFileError, CodegenError))


def _run(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "output", None) == "":  # "" is no file name: it must not mean "print it"
        raise CliError(i18n.translate("Cli", "-o needs a file name, got an empty one"))
    handler = {
        "export": _export,
        "summary": _summary,
        "profile": run_profile,
        "import": run_import,
        "train": run_train,
    }[args.command]
    return handler(args)


def _export(args: argparse.Namespace) -> int:
    block = load_block(args.file)
    before = i18n.code_language()
    i18n.set_code_language(args.comments)
    try:
        source = generate_source(block)
    except CodegenError as exc:  # no source at all (a name clash): --force cannot help
        raise CliError(f"{args.file}: {exc}") from None
    finally:
        i18n.set_code_language(before)
    error = analyze(block).error  # source exists, but the block fails at run time (a shape)
    if error is not None:
        if not args.force:
            raise CliError(
                i18n.translate("Cli", "{file}: {error} (export --force writes the source anyway)").format(
                    file=args.file, error=error
                )
            )
        message = i18n.translate("Cli", "{file}: {error}; the source is written anyway (--force)")
        print("warning: " + message.format(file=args.file, error=error), file=sys.stderr)
    if args.output is not None:
        out = Path(args.output)
        if out.is_dir():
            raise CliError(i18n.translate("Cli", "{path} is a folder; give a file name for -o").format(path=out))
        if out.exists() and out.resolve() == Path(args.file).resolve():
            raise CliError(
                i18n.translate(
                    "Cli", "{path} is the project file itself; writing the source there would replace it"
                ).format(path=out)
            )
        try:
            write_text_atomic(out, source)
        except OSError as exc:
            reason = exc.strerror or exc
            raise CliError(
                i18n.translate("Cli", "cannot write {path}: {reason}").format(path=out, reason=reason)
            ) from None
    else:
        sys.stdout.write(source)
    return exit_codes.OK


def _summary(args: argparse.Namespace) -> int:
    block = load_block(args.file)
    analysis = analyze(block)
    if args.json:
        print(json.dumps(summary_json(analysis), indent=2))
    else:
        print(summary_table(analysis))
    for warning in analysis.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if analysis.error is not None:
        print(f"error: {analysis.error}", file=sys.stderr)
        return exit_codes.BAD_INPUT
    return exit_codes.OK


def summary_json(analysis: Analysis) -> dict:
    """Rows as the table shows them; `inputs`: the values a row reads (0: the input, n: row n).
    An invalid block has "error" (its message and row); the rows are those before the broken one."""
    document: dict = {
        "input_shape": list(analysis.input_shape),
        "layers": [
            {
                "type": r.kind,
                "inputs": list(r.inputs) if r.label else [r.index],  # a flat block is a chain
                "output_shape": list(r.output_shape),
                "params": r.params,
                "mult_adds": r.mult_adds,
            }
            for r in analysis.layers
        ],
        "total_params": analysis.total_params,
        "total_mult_adds": analysis.total_mult_adds,
        "error": None,
    }
    if analysis.error is not None:
        error = analysis.error
        document["error"] = {"message": str(error), "layer": None if error.index is None else error.index + 1}
    return document
