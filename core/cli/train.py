"""`python main.py train FILE.json --dataset shapes --epochs 3 [--device D] [--json] [--save-weights W.pt]`.

Trains the block plus a classifier head and prints one line of metrics per epoch (or, with
--json, one JSON document at the end). Bad input: one `error:` line, exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from core import i18n

EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


def add_train_parser(commands: argparse._SubParsersAction) -> None:
    from core.train.datasets import DATASETS, DatasetSpec
    from core.train.trainer import OPTIMIZERS, TrainSettings

    d, s = DatasetSpec(), TrainSettings()
    train = commands.add_parser(
        "train", help=i18n.translate("TrainCli", "train the block plus a classifier head on a dataset")
    )
    train.add_argument("file", help=i18n.translate("Cli", "a Block Studio project file (.json)"))
    train.add_argument(
        "--dataset", choices=DATASETS, default="shapes", help=i18n.translate("TrainCli", "shapes (default, built in)")
    )
    train.add_argument(
        "--folder",
        default="",
        help=i18n.translate(
            "TrainCli",
            "folder: the dataset (one subfolder per class); torchvision sets: "
            "where to download (default: the app's data folder)",
        ),
    )
    train.add_argument("--epochs", type=_number(int, "--epochs"), default=s.epochs, help=f"({s.epochs})")
    train.add_argument("--optimizer", choices=OPTIMIZERS, default=s.optimizer, help=f"({s.optimizer})")
    train.add_argument(
        "--lr",
        type=_number(float, "--lr"),
        default=s.lr,
        help=i18n.translate("TrainCli", "learning rate ({value})").format(value=s.lr),
    )
    train.add_argument("--batch-size", type=_number(int, "--batch-size"), default=s.batch_size)
    train.add_argument("--seed", type=_number(int, "--seed"), default=s.seed)
    train.add_argument("--train-size", type=_number(int, "--train-size"), default=d.train_size)
    train.add_argument("--val-size", type=_number(int, "--val-size"), default=d.val_size)
    train.add_argument("--device", default="cpu", help=i18n.translate("Cli", "cpu (default), cuda, cuda:N or mps"))
    train.add_argument(
        "--threads", type=_number(int, "--threads"), help=i18n.translate("Cli", "CPU threads (default: torch's)")
    )
    train.add_argument(
        "--json", action="store_true", help=i18n.translate("TrainCli", "print one JSON document at the end")
    )
    train.add_argument(
        "--save-weights", metavar="W.pt", help=i18n.translate("TrainCli", "write the trained state_dict here")
    )
    train.add_argument(
        "--script",
        metavar="train.py",
        help=i18n.translate("TrainCli", "write a plain-PyTorch script that reproduces the run"),
    )


def run_train(args: argparse.Namespace) -> int:
    from core.codegen.loader import LoadError
    from core.files.project_file import ProjectFileError, load_block
    from core.train.classifier import TrainError
    from core.train.datasets import DatasetError, DatasetSpec, load_dataset
    from core.train.exports import ExportError, save_weights
    from core.train.script import training_script
    from core.train.trainer import StepReport, TrainRun, TrainSettings

    try:
        block = load_block(args.file)
        spec = DatasetSpec(args.dataset, args.train_size, args.val_size, args.seed, path=args.folder)
        settings = TrainSettings(
            args.optimizer, args.lr, args.batch_size, args.epochs, args.seed, args.device, args.threads
        ).check()
        train, val = load_dataset(spec)
        run = TrainRun(block, train, val, settings)
    except (ProjectFileError, DatasetError, TrainError, LoadError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT

    def report(step: StepReport) -> None:
        e = step.epoch_done
        if e is not None and not args.json:
            line = i18n.translate(
                "TrainCli",
                "epoch {epoch}/{epochs}  train loss {train_loss:.4f} acc {train_acc:6.1%}  "
                "val loss {val_loss:.4f} acc {val_acc:6.1%}  {speed:,.0f} img/s  {elapsed:.1f} s",
            )
            values = dict(epoch=e.epoch, epochs=settings.epochs, train_loss=e.train_loss, train_acc=e.train_acc)
            values.update(val_loss=e.val_loss, val_acc=e.val_acc, speed=e.images_per_s, elapsed=e.elapsed_s)
            print(line.format(**values), flush=True)

    if not args.json:
        heading = i18n.translate("TrainCli", "{classifier}: {block} + head, {count:,} parameters to train")
        print(heading.format(classifier=run.code.class_name, block=block.class_name, count=run.optimized_parameters()))
        setup = i18n.translate("TrainCli", "{dataset}, {optimizer} lr {lr}, batch {batch}")
        print(
            setup.format(
                dataset=spec.describe(), optimizer=settings.optimizer, lr=settings.lr, batch=settings.batch_size
            )
        )
    try:
        run.run(report)
    except TrainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        stopped = i18n.translate("TrainCli", "stopped after {done} of {total} steps").format(
            done=run.steps_done, total=run.total_steps
        )
        print(stopped, file=sys.stderr)
        return EXIT_INTERRUPTED
    try:
        if args.save_weights:
            save_weights(run.model, args.save_weights)
        if args.script:
            from pathlib import Path

            from core.files.project_file import write_text_atomic

            write_text_atomic(Path(args.script), training_script(run.code, settings, spec))
    except (ExportError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        document = {
            "classifier": run.code.class_name,
            "settings": asdict(settings),
            "dataset": asdict(spec),
            "classes": list(run.classes),
            "parameters_trained": run.optimized_parameters(),
            "epochs": [asdict(e) for e in run.history.epochs],
            "confusion": run.confusion.tolist(),
        }
        print(json.dumps(document, indent=2))
    else:
        print(i18n.translate("TrainCli", "confusion matrix (rows: true class, columns: predicted):"))
        width = max(len(c) for c in run.classes)
        for name, row in zip(run.classes, run.confusion.tolist()):
            print(f"  {name:>{width}}  " + " ".join(f"{n:5d}" for n in row))
    return 0


def _number(kind: type, flag: str):
    def parse(text: str):
        try:
            return kind(text)
        except ValueError:
            if kind is int:
                message = i18n.translate("Cli", "{flag} must be a whole number, got {text!r}")
            else:
                message = i18n.translate("TrainCli", "{flag} must be a number, got {text!r}")
            raise argparse.ArgumentTypeError(message.format(flag=flag, text=text)) from None

    return parse
