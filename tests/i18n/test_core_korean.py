"""Core in Korean: the command line's messages and table headers, and generated code's docstrings."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core import i18n
from core.codegen.loader import load_module
from core.codegen.source import generate_source
from core.files.examples import EXAMPLES, EXAMPLES_DIR, GRAPH_EXAMPLES
from core.files.project_file import load_block
from core.model.block import Block

ROOT = Path(__file__).resolve().parents[2]
SEED = EXAMPLES_DIR / "conv_block.json"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def cli(*args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    if lang is not None:
        env["LANG"] = lang
    env["PYTHONPATH"] = str(ROOT)
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
    )


# ---- the command line -------------------------------------------------------------------------


def test_summary_with_lang_ko_has_korean_headers() -> None:
    done = cli("--lang", "ko", "summary", str(SEED))
    assert done.returncode == 0, done.stderr
    assert "입력 모양: (1, 3, 64, 64)" in done.stdout
    header = done.stdout.splitlines()[2]
    for column in ("레이어", "출력 모양", "매개변수", "곱셈-덧셈", "활성화"):
        assert column in header
    assert "전체 매개변수: 480" in done.stdout
    assert "Output shape" not in done.stdout


def test_summary_follows_lang_without_the_option() -> None:
    done = cli("summary", str(SEED), lang="ko_KR.UTF-8")
    assert done.returncode == 0, done.stderr
    assert "출력 모양" in done.stdout and "Output shape" not in done.stdout


def test_lang_en_overrides_a_korean_locale() -> None:
    done = cli("--lang", "en", "summary", str(SEED), lang="ko_KR.UTF-8")
    assert done.returncode == 0, done.stderr
    assert "Output shape" in done.stdout and "Total params: 480" in done.stdout
    assert not HANGUL.search(done.stdout)


def test_korean_columns_line_up_with_wide_characters() -> None:
    """A Korean header takes two columns a character: the rules and the rows still line up."""
    lines = cli("--lang", "ko", "summary", str(SEED)).stdout.splitlines()
    rule, header, rows = lines[1], lines[2], lines[4:8]

    def width(text: str) -> int:
        return sum(2 if HANGUL.match(c) else 1 for c in text)

    assert width(header) == len(rule)
    assert {len(row) for row in rows} == {len(rule)}


def test_a_missing_file_is_reported_in_korean(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    done = cli("--lang", "ko", "summary", str(missing))
    assert done.returncode == 2
    assert done.stderr.startswith("error: ") and str(missing) in done.stderr
    assert "읽을 수 없습니다" in done.stderr
    english = cli("--lang", "en", "summary", str(missing))
    assert "cannot read" in english.stderr and not HANGUL.search(english.stderr)


def test_a_broken_project_file_keeps_its_json_path_in_korean(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(SEED.read_text().replace('"Conv2d"', '"Conv3d"'))
    done = cli("--lang", "ko", "summary", str(broken))
    assert done.returncode == 2
    assert "$.layers[0].type" in done.stderr and '"Conv3d"' in done.stderr
    assert "알 수 없는 레이어 종류" in done.stderr


def test_help_is_korean() -> None:
    done = cli("--lang", "ko", "summary", "--help")
    assert done.returncode == 0
    assert "Block Studio 프로젝트 파일" in done.stdout


# ---- generated code ---------------------------------------------------------------------------


def all_examples() -> list[tuple[str, Block]]:
    blocks = [(file, load_block(EXAMPLES_DIR / file)) for file in [*EXAMPLES, *GRAPH_EXAMPLES]]
    return blocks + [("empty", Block([]))]


@pytest.fixture
def korean_code():
    i18n.set_code_language("ko")
    try:
        yield
    finally:
        i18n.set_code_language("en")


def test_english_code_is_unchanged() -> None:
    assert i18n.code_language() == "en"
    source = generate_source(load_block(SEED))
    assert '    """Conv2d -> BatchNorm2d -> ReLU -> MaxPool2d.\n\n' in source
    assert "    Input (1, 3, 64, 64) -> output (1, 16, 32, 32), 480 parameters.\n" in source
    graph = generate_source(load_block(EXAMPLES_DIR / "basic_block.json"))
    assert '"""Registers conv1, bn1, relu, conv2, bn2; forward has 8 steps.' in graph
    assert "Input (1, 64, 56, 56) -> output (1, 64, 56, 56), 73,984 parameters." in graph
    assert "No layers yet: the input passes through unchanged." in generate_source(Block([]))
    for _, block in all_examples():
        assert not HANGUL.search(generate_source(block))


def test_korean_docstrings_leave_the_code_alone(korean_code: None) -> None:
    import torch  # noqa: F401 (loading the generated module needs it)

    for name, block in all_examples():
        korean = generate_source(block)
        i18n.set_code_language("en")
        english = generate_source(block)
        i18n.set_code_language("ko")
        assert HANGUL.search(korean), name
        assert _without_docstring(korean) == _without_docstring(english), name
        en_model = load_module(english, block.class_name)()
        ko_model = load_module(korean, block.class_name)()
        en_state = {key: tuple(value.shape) for key, value in en_model.state_dict().items()}
        assert {key: tuple(value.shape) for key, value in ko_model.state_dict().items()} == en_state, name


def _without_docstring(source: str) -> str:
    start = source.index('"""')
    return source[:start] + source[source.index('"""', start + 3) + 3 :]


def test_korean_generated_code_passes_ruff(korean_code: None, tmp_path: Path) -> None:
    """Korean characters count twice in ruff's E501: the docstring still fits in 88 columns."""
    long_names = load_block(EXAMPLES_DIR / "basic_block.json")
    for entry in long_names.modules:
        entry.name = entry.name + "_with_a_rather_long_descriptive_name"
    for step in long_names.steps or []:
        if step.op == "call_module":
            step.target = step.target + "_with_a_rather_long_descriptive_name"
    blocks = [*all_examples(), ("long", long_names)]
    for name, block in blocks:
        (tmp_path / f"{name.replace('.json', '')}.py").write_text(generate_source(block), encoding="utf-8")
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--select", "E,F,W", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--isolated", "--check", "--diff", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


# ---- text read from the registry and the analysis follows the language -------------------------


@pytest.fixture
def korean_text():
    i18n.use_language("ko")
    try:
        yield
    finally:
        i18n.use_language("en")


def test_layer_descriptions_follow_the_language() -> None:
    from core.layers.registry import LAYER_KINDS

    conv = LAYER_KINDS["Conv2d"]
    english = (conv.summary, conv.spec_by_name["out_channels"].help, LAYER_KINDS["ReLU"].size_rule)
    i18n.use_language("ko")
    try:
        korean = (conv.summary, conv.spec_by_name["out_channels"].help, LAYER_KINDS["ReLU"].size_rule)
    finally:
        i18n.use_language("en")
    assert all(HANGUL.search(text) for text in korean), korean
    assert (conv.summary, conv.spec_by_name["out_channels"].help, LAYER_KINDS["ReLU"].size_rule) == english
    assert english[0].startswith("Slides out_channels learned filters")


def test_analysis_errors_and_name_problems_follow_the_language() -> None:
    from core.analysis.block_analysis import analyze
    from core.model.block import Layer, name_problem

    block = Block([Layer("Flatten"), Layer("Conv2d", {"out_channels": 8, "kernel_size": 3})])
    english = str(analyze(block).error)
    assert english.startswith("layer 2 Conv2d: Conv2d needs an image-shaped input")
    assert name_problem("class", "class name") == "class name 'class' is a Python keyword"
    i18n.use_language("ko")
    try:
        korean = str(analyze(block).error)
        keyword = name_problem("class", "class name")  # cached in English above: the cache knows the language
    finally:
        i18n.use_language("en")
    assert korean.startswith("2번 레이어 Conv2d: Conv2d에는 이미지 모양의 입력 (N, C, H, W)이(가) 필요한데")
    assert keyword == "클래스 이름 'class'은(는) Python 키워드입니다"
    assert str(analyze(block).error) == english


def test_project_file_errors_keep_the_json_path(korean_text: None) -> None:
    from core.files.project_file import ProjectFileError, block_from_dict

    with pytest.raises(ProjectFileError) as raised:
        block_from_dict({"format": "block-studio", "version": 1, "class_name": "A", "input_shape": [1, 3, 8, 8]})
    assert raised.value.json_path == "$"
    assert str(raised.value) == "$: 'layers' 키가 없습니다"


def test_export_comments_option_gives_korean_docstrings_only() -> None:
    korean = cli("--lang", "en", "export", "--comments", "ko", str(SEED))
    english = cli("--lang", "ko", "export", str(SEED))  # the window's language does not change the code
    assert korean.returncode == 0 and english.returncode == 0, korean.stderr + english.stderr
    assert "입력 (1, 3, 64, 64) -> 출력 (1, 16, 32, 32), 매개변수 480개." in korean.stdout
    assert english.stdout == generate_source(load_block(SEED)) and not HANGUL.search(english.stdout)
    assert _without_docstring(korean.stdout) == _without_docstring(english.stdout)


def test_a_wrong_lang_option_is_reported_in_the_environments_language() -> None:
    done = cli("--lang", "xx", "summary", str(SEED), lang="ko_KR.UTF-8")
    assert done.returncode == 2
    assert "'xx'" in done.stderr and "Block Studio가 지원하는 언어가 아닙니다" in done.stderr
    english = cli("--lang", "xx", "summary", str(SEED), lang="C")
    assert "is not a language Block Studio has" in english.stderr


def test_the_flatten_hint_is_found_in_either_language() -> None:
    from core.layers.shape_rules import linear_warning, suggests_flatten

    english = linear_warning((1, 16, 8, 8), {"out_features": 10})
    i18n.use_language("ko")
    try:
        korean = linear_warning((1, 16, 8, 8), {"out_features": 10})
        assert suggests_flatten(korean) and suggests_flatten(english)
    finally:
        i18n.use_language("en")
    assert "Flatten을 추가할까요?" in (korean or "")
    assert suggests_flatten(english) and not suggests_flatten(None) and not suggests_flatten("other")
