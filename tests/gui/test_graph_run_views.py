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
