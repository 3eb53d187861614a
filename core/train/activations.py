"""What the block makes of a validation image with the weights it has learnt so far.

The Activations tab shows these while training runs (filters turning into edge and colour
detectors change the maps too) and for an image chosen from the confusion matrix. The block is
copied, so the training model is never moved, switched to eval or hooked.
"""

from __future__ import annotations

import copy

import numpy as np

from core import i18n
from core.run.inputs import RunInput
from core.run.profiling import Profiler, ProfileResult, ProfileSettings
from core.train.trainer import TrainRun


def validation_input(run: TrainRun, index: int) -> RunInput:
    """Validation image `index` as a batch of one, with its picture and its true class."""
    images = run.val_set.images[index : index + 1].detach().cpu().float().numpy()
    pixels = images[0]
    if pixels.shape[0] == 1:  # grey: shown as grey RGB
        pixels = np.repeat(pixels, 3, axis=0)
    picture = (np.clip(pixels[:3].transpose(1, 2, 0), 0, 1) * 255).astype(np.uint8) if pixels.shape[0] >= 3 else None
    label = run.val_set.classes[int(run.val_set.labels[index])]
    description = i18n.translate("TrainedActivations", "validation image {number} ({label})").format(
        number=index + 1, label=label
    )
    return RunInput(images.astype(np.float32), picture, description)


def trained_activations(run: TrainRun, index: int = 0) -> ProfileResult:
    """Each layer's output for validation image `index`, with the run's current weights."""
    block_model = copy.deepcopy(run.model.block).cpu()  # unregistered layers (a plain list) too
    settings = ProfileSettings(device="cpu", timing=False)
    result = Profiler(settings).run(run.code.block, validation_input(run, index), model=block_model)
    epoch = min(run.steps_done // max(run.steps_per_epoch, 1) + 1, run.settings.epochs)
    result.origin = i18n.translate("TrainedActivations", "trained weights, epoch {epoch}, step {step}").format(
        epoch=epoch, step=run.steps_done
    )
    return result
