"""The Python importer's messages in Korean: what is wrong is said in Korean, while the line
numbers, the names and the code quoted from the learner's file stay exactly as written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import i18n
from core.cli.main import main as cli_main
from core.importer.python_import import ImportFailed, import_file, import_source

HANGUL = re.compile(r"[\uac00-\ud7a3]")
DATA = Path(__file__).resolve().parent.parent / "data" / "import"
SEED = DATA / "seed_convblock.py"

LSTM = (
    "import torch.nn as nn\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
    "        self.rnn = nn.LSTM(8, 8)\n    def forward(self, x):\n        return self.rnn(x)\n"
)


def _init(body: str, forward: str = "return self.conv(x)", args: str = "") -> str:
    lines = ["import torch.nn as nn", "", "class M(nn.Module):", f"    def __init__(self{args}):"]
    lines += ["        super().__init__()"] + [f"        {line}" for line in body.split("\n")]
    lines += ["", "    def forward(self, x):"] + [f"        {line}" for line in forward.split("\n")]
    return "\n".join(lines) + "\n"


@pytest.fixture
def korean() -> Iterator[None]:
    assert i18n.use_language("ko") == "ko"
    try:
        yield
    finally:
        i18n.use_language("en")


def _problems(source: str) -> list[str]:
    result = import_source(source)
    assert not result.ok
    return [str(p) for p in result.problems]


def test_an_unknown_layer_is_refused_in_korean_naming_the_layer_and_its_line(korean):
    (problem,) = _problems(LSTM)
    assert HANGUL.search(problem), problem
    assert "LSTM" in problem and "5번 줄" in problem
    assert "레이어" in problem  # the glossary's word for layer
    assert "Conv2d" in problem  # the kinds Block Studio builds, named as in PyTorch


def test_the_same_refusal_in_english_is_the_exact_english_message():
    assert i18n.use_language("en") == "en"
    (problem,) = _problems(LSTM)
    assert problem.startswith("unsupported layer LSTM at line 5: Block Studio builds Conv2d")
    assert not HANGUL.search(problem)


def test_switching_back_and_forth_gives_each_language(korean):
    korean_problem = _problems(LSTM)[0]
    try:
        i18n.use_language("en")
        english_problem = _problems(LSTM)[0]
    finally:
        i18n.use_language("ko")
    assert HANGUL.search(korean_problem) and not HANGUL.search(english_problem)
    assert english_problem.startswith("unsupported layer LSTM at line 5")


@pytest.mark.parametrize(
    ("source", "english", "verbatim"),
    [
        (
            _init("while True:\n    pass"),
            "unsupported statement `while True:` in __init__ at line 6",
            ["`while True:`", "__init__", "6번 줄"],
        ),
        (
            _init("self.conv = nn.Conv2d(3, 8, K)"),
            "Conv2d kernel_size = K at line 6: `K` is not a constant the file defines",
            ["Conv2d kernel_size = K", "`K`", "6번 줄"],
        ),
        (
            _init("self.conv = nn.Conv2d(3, 8, 3)", "return torch.sort(self.conv(x))"),
            "`torch.sort(self.conv(x))` in forward is not supported at line 9",
            ["`torch.sort(self.conv(x))`", "forward", "9번 줄"],
        ),
        (
            _init("self.conv = nn.Conv2d(3, 8, 3)\nself.bn = nn.BatchNorm2d(16)", "return self.bn(self.conv(x))"),
            "BatchNorm2d num_features is 16 at line 7: its input (1, 8, 62, 62) has 8 there",
            ["BatchNorm2d", "num_features", "16", "(1, 8, 62, 62)", "7번 줄"],
        ),
        (
            _init("self.conv = nn.Conv2d(3, 8, 3)\nself.extra = nn.ReLU()"),
            "self.extra is built but forward never calls it at line 7",
            ["self.extra", "forward", "7번 줄"],
        ),
        (
            _init("self.conv = nn.Conv2d(3, 8, 3, wrong=1)"),
            "Conv2d has no argument wrong at line 6",
            ["Conv2d", "wrong", "6번 줄"],
        ),
        (
            _init("self.conv = nn.MaxPool2d(2, return_indices=r)", args=", r"),
            "argument r has no default at line 4",
            ["인수 r", "4번 줄"],
        ),
        (
            _init("self.conv = MyConv(3)"),
            "self.conv = MyConv(3) is not a torch.nn layer at line 6",
            ["self.conv = MyConv(3)", "torch.nn", "6번 줄"],
        ),
    ],
)
def test_refusals_are_korean_and_keep_names_lines_and_code(source, english, verbatim):
    assert i18n.use_language("en") == "en"
    assert any(p.startswith(english) for p in _problems(source)), _problems(source)
    i18n.use_language("ko")
    try:
        problems = _problems(source)
    finally:
        i18n.use_language("en")
    assert all(HANGUL.search(p) for p in problems), problems
    assert any(all(piece in p for piece in verbatim) for p in problems), problems


def test_a_file_that_cannot_be_imported_says_why_in_korean(korean, tmp_path):
    with pytest.raises(ImportFailed) as two_classes:
        import_file(SEED)
    message = str(two_classes.value)
    assert HANGUL.search(message) and "nn.Module" in message
    assert "ConvBlock(4번 줄)" in message and "LR(28번 줄)" in message
    broken = tmp_path / "broken.py"
    broken.write_text("class M(nn.Module):\n    def __init__(self)\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as syntax:
        import_file(broken)
    assert HANGUL.search(str(syntax.value)) and "broken.py 2번 줄" in str(syntax.value)


def test_an_imported_report_and_its_notes_are_korean(korean):
    result = import_file(SEED, "ConvBlock")
    assert result.ok
    report = result.report()
    assert report.startswith("ConvBlock(4번 줄): 레이어 ")
    assert "참고: 인수 pool에 기본값이 없습니다 (9번 줄): 44번 줄의 호출에서 값 2을(를) 받습니다" in report


def test_the_command_line_says_it_in_korean_on_one_line(korean, capsys):
    argv = ["import", str(DATA / "canary.py"), "--class", "Hostile"]
    assert cli_main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("오류: Hostile(21번 줄)을(를) 가져올 수 없습니다: ")
    assert "`subprocess.run(" in err and err.count("\n") == 1
