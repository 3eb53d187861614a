"""The block plus a classifier head, as source: the generated block class, then a second class
`Classifier(nn.Module)` holding `self.block = ConvBlock()` and a head that pools each channel to
one number and scores the classes with one Linear layer. Learners see modules composed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core import i18n
from core.analysis.block_analysis import analyze
from core.codegen.loader import instantiate_class, load_module
from core.codegen.source import CodegenError, generate_source
from core.model.block import Block

# the classifier's comments and docstring, in the generated code's language (its code stays English)
HEAD_COMMENT = i18n.QT_TRANSLATE_NOOP(
    "GeneratedCode", "# one number per channel, whatever the image size, then one score per class"
)
FEATURES_COMMENT = i18n.QT_TRANSLATE_NOOP("GeneratedCode", "# the block already ends in features")
CLASSIFIER_DOCSTRING = i18n.QT_TRANSLATE_NOOP("GeneratedCode", "{block}, then a head that scores each class.")
MAIN_GUARD = '\n\nif __name__ == "__main__":'


class TrainError(Exception):
    """The block cannot be trained on this dataset (or the run cannot start), in words."""


@dataclass(frozen=True)
class ClassifierCode:
    source: str  # the block's class, then the classifier's
    class_name: str  # the classifier's class
    block: Block  # the block as trained: its input shape is the dataset's image shape
    features: int  # what the head's Linear layer receives


def training_block(block: Block, image_shape: tuple[int, int, int]) -> Block:
    """A copy of `block` that takes the dataset's images; its in_channels follow the images."""
    trained = block.copy()
    trained.input_shape = (1, *image_shape)
    analysis = analyze(trained)
    if analysis.error is not None:
        size = "x".join(str(n) for n in image_shape)
        raise TrainError(
            i18n.translate("Training", "the block does not take this dataset's {size} images: {error}").format(
                size=size, error=analysis.error
            )
        )
    if not trained.layers and not getattr(trained, "modules", None):  # a chain's layers, a graph's modules
        raise TrainError(i18n.translate("Training", "the block has no layers yet: add a Conv2d to train"))
    return trained


def classifier_source(block: Block, image_shape: tuple[int, int, int], classes: int) -> ClassifierCode:
    """The block's generated source with a `Classifier` class appended (raises TrainError)."""
    trained = training_block(block, image_shape)
    output = analyze(trained).output_shape
    try:
        source = generate_source(trained)
    except CodegenError as exc:
        raise TrainError(str(exc)) from None
    source = source.split(MAIN_GUARD)[0].rstrip("\n")
    name = "Classifier" if trained.class_name != "Classifier" else "BlockClassifier"
    inner = trained.class_name
    if len(output) == 4:
        features = output[1]
        head = [
            "        " + i18n.code_text("GeneratedCode", HEAD_COMMENT),
            "        self.head = nn.Sequential(",
            "            nn.AdaptiveAvgPool2d(1),",
            "            nn.Flatten(),",
            f"            nn.Linear({features}, num_classes),",
            "        )",
        ]
    elif len(output) == 2:
        features = output[1]
        comment = i18n.code_text("GeneratedCode", FEATURES_COMMENT)
        head = [f"        self.head = nn.Linear({features}, num_classes)  {comment}"]
    else:
        raise TrainError(
            i18n.translate("Training", "the block's output {shape} is neither (N, C, H, W) nor (N, F)").format(
                shape=tuple(output)
            )
        )
    lines = [
        source,
        "",
        "",
        f"class {name}(nn.Module):",
        '    """' + i18n.code_text("GeneratedCode", CLASSIFIER_DOCSTRING).format(block=inner) + '"""',
        "",
        f"    def __init__(self, num_classes={classes}):",
        "        super().__init__()",
        f"        self.block = {inner}()",
        *head,
        "",
        "    def forward(self, x):",
        "        return self.head(self.block(x))",
        "",
    ]
    return ClassifierCode("\n".join(lines), name, trained, features)


def build_classifier(code: ClassifierCode) -> Any:
    """A live instance of the classifier (raises core.LoadError at the generated line)."""
    return instantiate_class(load_module(code.source, code.class_name))


def first_conv_weights(model: Any) -> Any | None:
    """The first Conv2d's weights as a float32 numpy array (out, in, kh, kw), or None."""
    import torch.nn as nn

    for module in model.modules():
        if isinstance(module, nn.Conv2d):
            return module.weight.detach().float().cpu().numpy().copy()
    return None
