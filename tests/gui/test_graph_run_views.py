"""A graph block runs in the window: Activations and Timing show one row per step, add included."""

from __future__ import annotations

from tests.gui.test_run_panel import press_run


def show_tab(window, title: str) -> None:  # noqa: ANN001
    """Bring the inspector tab titled `title` to the front (run views sit in scroll pages)."""
    tabs = window.inspector_tabs
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index(title))


def test_basic_block_runs_with_one_result_per_step(window, qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.run_panel is not None, timeout=60_000)
    assert window.files.open_example("basic_block.json")
    steps = window.document.block.steps
    result = press_run(qtbot, window.run_panel)
    # every step has its row, the add included
    assert len(result.layers) == len(steps)
    add_row = next(row for row, step in enumerate(steps) if step.target == "add")
    assert result.layers[add_row].label == "add" and len(result.layers[add_row].inputs) == 2
    # selecting the add card shows its activation; the timing chart lists every step
    window.block_view.select_rows([add_row])
    show_tab(window, "Timing")
    qtbot.wait(10)
    show_tab(window, "Activations")
    qtbot.wait(10)
    title = window.activation_view.titleLabel.text()
    assert title.startswith(f"step {add_row + 1} add, output (1, 64, 56, 56) from step {add_row} (1, 64, 56, 56) and")


def test_a_block_with_a_container_step_shows_its_timing_chart(window, qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.run_panel is not None, timeout=60_000)
    assert window.files.open_example("basic_block_downsample.json")
    result = press_run(qtbot, window.run_panel)
    assert len(result.layers) == len(window.document.block.steps)
    show_tab(window, "Timing")
    qtbot.wait(10)
    assert window.timing_view.isVisible()


def test_an_add_shows_the_two_values_it_adds_beside_its_output(window, qtbot) -> None:  # noqa: ANN001
    import numpy as np

    from gui.run.activation_mosaic import mosaic_image

    qtbot.waitUntil(lambda: window.run_panel is not None, timeout=60_000)
    assert window.files.open_example("basic_block.json")
    steps = window.document.block.steps
    result = press_run(qtbot, window.run_panel)
    add_row = next(row for row, step in enumerate(steps) if step.target == "add")
    add = result.layers[add_row]
    show_tab(window, "Activations")
    window.block_view.select_rows([add_row])
    strip = window.activation_view.mergeInputs
    qtbot.waitUntil(strip.isVisible, timeout=10_000)  # the selection reaches the view through the event loop
    # out += identity: the last BatchNorm's output and step 1's `identity = x`, each as a mosaic
    assert strip.titles == [f"step {add_row} (1, 64, 56, 56)", "step 1 (1, 64, 56, 56)"]
    residual, identity = result.layers[add_row - 1].activation[0], result.layers[0].activation[0]
    np.testing.assert_array_equal(identity, result.input.values[0])
    np.testing.assert_allclose(add.activation[0], residual + identity, rtol=1e-5, atol=1e-5)
    pictures = [image.image for _box, image, _label in strip._boxes[:2]]
    for picture, values in zip(pictures, (residual, identity)):
        np.testing.assert_array_equal(picture, mosaic_image(values, shared=window.activation_view.mosaic.shared)[0])
    window.block_view.select_rows([0])  # a conv reads one value: no strip
    qtbot.waitUntil(lambda: not strip.isVisible(), timeout=10_000)
