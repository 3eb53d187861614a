"""Command line: `python main.py export|summary ...`. Bad input exits 2 with one `error:` line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.analysis.block_analysis import Analysis, analyze
from core.analysis.formatting import summary_table
from core.cli.profile import add_profile_parser, run_profile
from core.codegen.source import CodegenError, generate_source
from core.files.project_file import ProjectFileError, load_block, write_text_atomic
from core.importer.python_import import add_import_parser, run_import

EXIT_BAD_INPUT = 2
COMMANDS = ("export", "summary", "profile", "import", "-h", "--help")


class CliError(Exception):
    """A problem to report as one `error: ...` line and exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        command = " ".join(self.prog.split()[1:])  # "main.py export" -> "export"; the top level has none
        raise CliError(f"{message} (see: python main.py {command + ' ' if command else ''}--help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py",
        description="Block Studio: build nn.Module blocks and see their code. "
        "Without a command, `python main.py [FILE.json]` opens the app.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    export = commands.add_parser("export", help="print or write the generated Python source")
    export.add_argument("file", help="a Block Studio project file (.json)")
    export.add_argument("-o", "--output", help="write the source here instead of printing it")
    summary = commands.add_parser("summary", help="print the per-layer shape/params/mult-adds table")
    summary.add_argument("file")
    summary.add_argument("--json", action="store_true", help="machine-readable output")
    add_profile_parser(commands)
    add_import_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        handler = {"export": _export, "summary": _summary, "profile": run_profile, "import": run_import}[args.command]
        return handler(args)
    except (CliError, ProjectFileError, CodegenError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `... | head` closed our stdout: not an error of the user's
        return 0


def _export(args: argparse.Namespace) -> int:
    block = load_block(args.file)
    try:
        source = generate_source(block)
    except CodegenError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    if args.output:
        out = Path(args.output)
        if out.is_dir():
            raise CliError(f"{out} is a folder; give a file name for -o")
        if out.exists() and out.resolve() == Path(args.file).resolve():
            raise CliError(f"{out} is the project file itself; writing the source there would replace it")
        try:
            write_text_atomic(out, source)
        except OSError as exc:
            raise CliError(f"cannot write {out}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(source)
    return 0


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
        return EXIT_BAD_INPUT
    return 0


def summary_json(analysis: Analysis) -> dict:
    """Rows as the table shows them; `inputs`: the values a row reads (0: the input, n: row n)."""
    return {
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
        "error": None if analysis.error is None else str(analysis.error),  # the rows above come before it
    }
