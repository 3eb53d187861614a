"""The one text-table layout and the one bytes formatter, as a reader of the CLI output sees them."""

from __future__ import annotations

import pytest

from core import analyze
from core.analysis.formatting import bytes_text, summary_table, text_table
from core.files.examples import EXAMPLES_DIR
from core.files.project_file import load_block


def test_summary_numbers_are_right_aligned_under_their_headers() -> None:
    lines = summary_table(analyze(load_block(EXAMPLES_DIR / "resnet_stem.json"))).splitlines()
    header, rows = lines[2], lines[4:8]
    for title in ("Params", "Mult-adds", "Activations"):
        end = header.index(title) + len(title)
        for row in rows:  # each number ends exactly where its column title ends
            assert row[end - 1] != " " and (end == len(row) or row[end] == " "), (title, row)
    assert rows[0].split()[:2] == ["1", "Conv2d"] and "9,408" in rows[0]
    assert lines[1] == lines[3] == lines[8] and set(lines[1]) == {"-"}
    assert len(lines[1]) >= max(len(line) for line in lines[2:8])


def test_a_footer_row_sits_under_its_own_rule_and_separators_draw_the_rules() -> None:
    lines = text_table(("Layer", "ms"), [("conv", "1.5"), ("relu", "0.25"), ("whole", "1.75")], right={1}, footer=1)
    assert lines == [
        "-----------",
        "Layer    ms",
        "-----------",
        "conv    1.5",
        "relu   0.25",
        "-----------",
        "whole  1.75",
    ]
    piped = text_table(("a", "b"), [("xx", "y")], separator=" | ")
    assert piped[0] == "---+--" and piped[1] == "a  | b"


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0 B"),
        (1023, "1023 B"),
        (1024, "1.0 KiB"),
        (262144, "256.0 KiB"),
        (3 * 1024**3 // 2, "1.5 GiB"),
        (2 * 1024**4, "2.0 TiB"),
        (16 * 1024**5, "16.0 PiB"),
        (3000 * 1024**5, "3,000.0 PiB"),
    ],
)
def test_bytes_in_binary_units(n: int, text: str) -> None:
    assert bytes_text(n) == text
