"""A generated train.py that reproduces a run in plain PyTorch: the data, the model (the block's
class and the classifier), the loop with the same seed, batches and learning-rate schedule.

For Shapes it embeds core/train/shapes.py verbatim, so the script draws the very images the app
trained on, and with the same thread count it prints the same losses.
"""

from __future__ import annotations

import inspect
import json
import textwrap

from core.train import shapes
from core.train.classifier import ClassifierCode
from core.train.datasets import TORCHVISION_CLASSES, DatasetSpec
from core.train.trainer import TrainSettings

VAL_SEED_OFFSET = 1_000_003  # as core.train.datasets.shapes_sets


def _body(module: object) -> str:
    """A module's source after its docstring and imports."""
    lines = inspect.getsource(module).splitlines()  # type: ignore[arg-type]
    start = max(i for i, line in enumerate(lines) if line.startswith(("import ", "from "))) + 1
    return "\n".join(lines[start:]).strip("\n")


def _without_imports(source: str) -> str:
    return "\n".join(line for line in source.splitlines() if not line.startswith(("import ", "from "))).strip("\n")


_SHAPES_DATA = """
def load_data():
    x, y = make_shapes(TRAIN_SIZE, DATA_SEED, IMAGE_SIZE)
    vx, vy = make_shapes(VAL_SIZE, DATA_SEED + {offset}, IMAGE_SIZE)
    train = torch.from_numpy(x), torch.from_numpy(y)
    return train, (torch.from_numpy(vx), torch.from_numpy(vy))
"""

_FOLDER_DATA = """
SUFFIXES = {suffixes}


def images_in(folder):
    found = (f for f in folder.rglob("*") if f.suffix.lower() in SUFFIXES)
    return sorted(f for f in found if f.is_file())


def read_image(file):
    from PIL import Image

    with Image.open(file) as image:
        rgb = image.convert("RGB")
        rgb = rgb.resize((IMAGE_SIZE, IMAGE_SIZE), Image.Resampling.BILINEAR)
    pixels = np.asarray(rgb, dtype=np.float32).transpose(2, 0, 1) / 255.0
    return torch.from_numpy(pixels)


def load_data():
    root = Path(FOLDER)
    folders = (d for d in root.iterdir() if d.is_dir())
    classes = sorted(d for d in folders if not d.name.startswith("."))
    files = [
        (f, label) for label, folder in enumerate(classes) for f in images_in(folder)
    ]
    x = torch.stack([read_image(file) for file, _ in files])
    y = torch.tensor([label for _, label in files], dtype=torch.int64)
    shuffle = torch.Generator().manual_seed(DATA_SEED)
    order = torch.randperm(len(files), generator=shuffle)
    val_count = min(VAL_SIZE, max(1, len(files) // 5))
    val, train = order[:val_count], order[val_count:][:TRAIN_SIZE]
    return (x[train], y[train]), (x[val], y[val])
"""

_TORCHVISION_DATA = """
def load_data():
    from torchvision import datasets

    sets = []
    for train, limit in ((True, TRAIN_SIZE), (False, VAL_SIZE)):
        data = datasets.{name}(DATA_FOLDER, train=train, download=True)
        x = torch.as_tensor(data.data[:limit])
        x = x[:, None] if x.ndim == 3 else x.permute(0, 3, 1, 2)
        y = torch.as_tensor(data.targets[:limit], dtype=torch.int64)
        sets.append((x.float() / 255.0, y))
    return sets[0], sets[1]
"""

_LOOP = """
def learning_rate(step, total):
    if SCHEDULE == "constant":
        return LR
    # cosine: from LR down to 0 over the run
    return LR * 0.5 * (1 + math.cos(math.pi * step / total))


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        logits = torch.cat([model(x[i : i + 500]) for i in range(0, len(x), 500)])
    model.train()
    accuracy = (logits.argmax(1) == y).float().mean().item()
    return F.cross_entropy(logits, y).item(), accuracy


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--steps", type=int, default=0, help="stop after N steps")
    parser.add_argument("--log-every", type=int, default=0, help="print the loss")
    parser.add_argument("--save", default="", help="write the state_dict here (.pt)")
    args = parser.parse_args()
    if THREADS:
        torch.set_num_threads(THREADS)
    (x, y), (vx, vy) = load_data()
    torch.manual_seed(SEED)  # the weights' initialisation
    model = {name}()
    if OPTIMIZER == "sgd":
        optimizer = torch.optim.SGD(model.parameters(), lr=LR, momentum=MOMENTUM)
    else:
        optimizer = torch.optim.Adam(model.parameters(), lr=LR)
    shuffle = torch.Generator().manual_seed(SEED)  # the order of the batches
    steps_per_epoch = len(x) // BATCH_SIZE  # an incomplete last batch is dropped
    total = steps_per_epoch * args.epochs
    step = 0
    started = time.perf_counter()
    for epoch in range(1, args.epochs + 1):
        model.train()
        order = torch.randperm(len(x), generator=shuffle)
        for batch in range(steps_per_epoch):
            if args.steps and step >= args.steps:
                break
            for group in optimizer.param_groups:
                group["lr"] = learning_rate(step, total)
            index = order[batch * BATCH_SIZE : (batch + 1) * BATCH_SIZE]
            loss = F.cross_entropy(model(x[index]), y[index])
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            step += 1
            if args.log_every and step % args.log_every == 0:
                print(f"step {{step}} loss {{loss.item():.6f}}")
        val_loss, val_acc = evaluate(model, vx, vy)
        print(
            f"epoch {{epoch}}: val loss {{val_loss:.4f}}, val accuracy {{val_acc:.2%}}, "
            f"{{time.perf_counter() - started:.1f}} s"
        )
        if args.steps and step >= args.steps:
            break
    if args.save:
        torch.save(model.state_dict(), args.save)
        print(f"saved {{args.save}}")


if __name__ == "__main__":
    main()
"""


def training_script(code: ClassifierCode, settings: TrainSettings, dataset: DatasetSpec) -> str:
    """The text of train.py for this model, dataset and settings."""
    if dataset.kind == "shapes":
        data = _body(shapes) + "\n\n" + _SHAPES_DATA.format(offset=VAL_SEED_OFFSET)
    elif dataset.kind == "folder":
        from core.train.datasets import IMAGE_SUFFIXES

        data = _FOLDER_DATA.format(suffixes="(" + ", ".join(json.dumps(x) for x in IMAGE_SUFFIXES) + ")")
    else:
        data = _TORCHVISION_DATA.format(name=TORCHVISION_CLASSES[dataset.kind])
    constants = textwrap.dedent(
        f"""\
        SEED = {settings.seed}
        DATA_SEED = {dataset.seed}
        TRAIN_SIZE = {dataset.train_size}
        VAL_SIZE = {dataset.val_size}
        IMAGE_SIZE = {dataset.image_size}
        FOLDER = {json.dumps(dataset.path)}
        DATA_FOLDER = {json.dumps(dataset.path or "data")}
        OPTIMIZER = {json.dumps(settings.optimizer)}
        LR = {settings.lr!r}
        MOMENTUM = {settings.momentum!r}
        SCHEDULE = {json.dumps(settings.schedule)}
        BATCH_SIZE = {settings.batch_size}
        EPOCHS = {settings.epochs}
        THREADS = {settings.threads or 0}
        """
    )
    header = (
        f'"""Train {code.class_name}: {code.block.class_name} and a classifier head.\n\n'
        f"Data: {dataset.describe(translated=False)}.\n"
        'Generated by Block Studio; plain PyTorch. Run: python train.py [--epochs N]\n"""\n\n'
        "import argparse\nimport math\nimport time\n"
        + ("from pathlib import Path\n" if dataset.kind == "folder" else "")
        + "\n"
        + ("import numpy as np\n" if dataset.kind in ("shapes", "folder") else "")
        + "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n"
    )
    model = _without_imports(code.source)
    parts = [header + constants.rstrip("\n"), data.strip("\n"), model, _LOOP.format(name=code.class_name).strip("\n")]
    return "\n\n\n".join(parts) + "\n"
