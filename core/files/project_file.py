"""Project files: JSON read, validated as untrusted input, and written atomically.

Nothing read from a file is ever executed. Every value is checked against the layer registry
and every name against Python's identifier rules before it can reach generated source; an
error names the JSON path of the offending value.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

from core import i18n
from core.analysis.block_analysis import MAX_BLOCK_BYTES, input_shape_problem, layer_reports, memory_error
from core.files.atomic import write_text_atomic
from core.files.graph_file import GraphReader, graph_to_dict
from core.files.safe_paths import read_regular_file
from core.layers.registry import LAYER_KINDS
from core.model.block import CONTAINERS, MAX_LAYERS, SUPER_STYLES, Block, Layer, name_problem

FORMAT = "block-studio"
# Version 2 adds graph blocks ("modules" + "steps" instead of "layers"); a flat block's keys are
# version 1's. Version 1 files open unchanged (migrating is reading them) and save as version 2.
VERSION = 2
READABLE_VERSIONS = (1, 2)
MAX_FILE_BYTES = 4 * 1024 * 1024  # a 1,000-layer block is ~150 KB; anything far bigger is not ours
MAX_NUMBER_DIGITS = 30  # every number a project file holds has far fewer digits
# Weights plus every activation, float32: no learner's machine runs more, so a file asking for
# more is a typo or an attack, refused before anything is allocated.
TOP_KEYS = (
    "format",
    "version",
    "class_name",
    "input_shape",
    "super_call",
    "container",
    "container_name",
    "layers",
    "modules",
    "steps",
)
LAYER_KEYS = ("type", "params", "arguments")


class ProjectFileError(ValueError):
    """A project file cannot be read; the message names the file, the JSON path and the problem."""

    def __init__(self, message: str, path: str = "", file: str = "") -> None:
        super().__init__(": ".join(part for part in (file, path, message) if part))
        self.problem = message  # without the file name and JSON path, for a dialog that shows them apart
        self.json_path = path
        self.file = file


# ---- reading -----------------------------------------------------------------------------


def load_block(path: str | os.PathLike[str]) -> Block:
    """Read and validate a project file (raises ProjectFileError naming the file and JSON path)."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectFileError(
                i18n.translate("ProjectFile", "the file is {size:,} bytes; a project file is at most {limit:,}").format(
                    size=size, limit=MAX_FILE_BYTES
                )
            )
        # a FIFO or device is refused before any read; never more than a project file can be
        data = read_regular_file(file, MAX_FILE_BYTES)
        if len(data) > MAX_FILE_BYTES:
            raise ProjectFileError(
                i18n.translate(
                    "ProjectFile", "the file holds more than {limit:,} bytes, the most a project file can"
                ).format(limit=MAX_FILE_BYTES)
            )
        return block_from_bytes(data)
    except ProjectFileError as exc:
        raise ProjectFileError(exc.problem, exc.json_path, str(path)) from None
    except IsADirectoryError:
        raise ProjectFileError(i18n.translate("ProjectFile", "a folder, not a project file"), file=str(path)) from None
    except OSError as exc:
        reason = exc.strerror or exc
        raise ProjectFileError(
            i18n.translate("ProjectFile", "cannot read: {reason}").format(reason=reason), file=str(path)
        ) from None


def block_from_bytes(data: bytes) -> Block:
    try:
        text = data.decode("utf-8-sig")  # a BOM is still UTF-8 (Windows editors add one)
    except UnicodeDecodeError as exc:
        raise ProjectFileError(
            i18n.translate("ProjectFile", "not UTF-8 text (bad byte at offset {offset})").format(offset=exc.start)
        ) from None
    return block_from_dict(parse_json(text))


class _Refused:
    """Stands in, while parsing, for a value no project file may hold, until its JSON path is known."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


def parse_json(text: str) -> Any:
    """Parse JSON, refusing duplicate keys, NaN/Infinity and absurd numbers with their JSON path."""
    refused: list[_Refused] = []

    def refuse(reason: str) -> _Refused:
        mark = _Refused(reason)
        refused.append(mark)
        return mark

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in items:
            # the later value would silently win, hiding whatever the first one said
            result[key] = (
                refuse(i18n.translate("ProjectFile", "this key appears twice in one object"))
                if key in result
                else value
            )
        return result

    def integer(digits: str) -> int | _Refused:
        # int() of a huge digit string is slow and Python refuses past 4,300 digits anyway
        if len(digits) > MAX_NUMBER_DIGITS:
            count = len(digits.lstrip("-"))
            return refuse(
                i18n.translate("ProjectFile", "a {count:,}-digit number is far too large").format(count=count)
            )
        return int(digits)

    def real(digits: str) -> float | _Refused:
        value = float(digits)
        return (
            value
            if math.isfinite(value)
            else refuse(i18n.translate("ProjectFile", "{number} is too large a number").format(number=_clip(digits)))
        )

    def constant(name: str) -> _Refused:
        return refuse(i18n.translate("ProjectFile", "{name} is not a number a project file may hold").format(name=name))

    try:
        document = json.loads(
            text, object_pairs_hook=pairs, parse_int=integer, parse_float=real, parse_constant=constant
        )
    except json.JSONDecodeError as exc:
        message = i18n.translate("ProjectFile", "broken JSON at line {line} column {column}: {problem}")
        raise ProjectFileError(message.format(line=exc.lineno, column=exc.colno, problem=exc.msg)) from None
    except RecursionError:
        raise ProjectFileError(
            i18n.translate("ProjectFile", "JSON nested too deeply to be a project file"), "$"
        ) from None
    if refused:
        path, mark = _first_refused(document)
        raise ProjectFileError(mark.reason, path)
    return document


def _first_refused(document: Any) -> tuple[str, _Refused]:
    """The JSON path of the first refused value in document order (iterative: nesting may be deep)."""
    stack: list[tuple[str, Any]] = [("$", document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, _Refused):
            return path, value
        if isinstance(value, dict):
            stack.extend((_key_path(path, key), item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in reversed(list(enumerate(value))))
    raise AssertionError("a refused value was recorded but is not in the document")


def _key_path(path: str, key: str) -> str:
    return f"{path}.{key}" if key.isascii() and key.isidentifier() else f"{path}[{_clip(json.dumps(key))}]"


def _require(condition: bool, path: str, message: str) -> None:
    if not condition:
        raise ProjectFileError(message, path)


def _check_keys(obj: Any, path: str, allowed: tuple[str, ...], required: tuple[str, ...]) -> None:
    _require(
        isinstance(obj, dict),
        path,
        i18n.translate("ProjectFile", "expected an object, got {type}").format(type=_json_type(obj)),
    )
    for key in obj:
        message = i18n.translate("ProjectFile", "unknown key {key} (allowed: {allowed})")
        _require(key in allowed, path, message.format(key=_clip(json.dumps(key)), allowed=", ".join(allowed)))
    for key in required:
        _require(key in obj, path, i18n.translate("ProjectFile", "missing key {key!r}").format(key=key))


def block_from_dict(obj: Any) -> Block:
    """Validate a parsed project document and build the Block it describes."""
    _check_keys(obj, "$", TOP_KEYS, ("format", "version", "class_name", "input_shape"))
    message = i18n.translate("ProjectFile", 'expected "{format}", got {value}').format(
        format=FORMAT, value=_short(obj["format"])
    )
    _require(obj["format"] == FORMAT, "$.format", message)
    version = obj["version"]
    _require(
        isinstance(version, int) and not isinstance(version, bool) and version in READABLE_VERSIONS,
        "$.version",
        i18n.translate("ProjectFile", "this Block Studio reads version 1 and 2 files, got {value}").format(
            value=_short(version)
        ),
    )
    graph = "modules" in obj or "steps" in obj
    if graph:
        _require(version >= 2, "$", i18n.translate("ProjectFile", "modules and steps need a version 2 file"))
        _require(
            "layers" not in obj,
            "$.layers",
            i18n.translate("ProjectFile", "a graph block has modules and steps, not layers"),
        )
        _check_keys(obj, "$", TOP_KEYS, ("modules", "steps"))
    else:
        _check_keys(obj, "$", TOP_KEYS, ("layers",))
    problem = name_problem(obj["class_name"], "class name")
    _require(problem is None, "$.class_name", str(problem))
    shape = obj["input_shape"]
    for i, value in enumerate(shape if isinstance(shape, list) else []):
        whole = isinstance(value, int) and not isinstance(value, bool)
        _require(
            whole,
            f"$.input_shape[{i}]",
            i18n.translate("ProjectFile", "expected a whole number, got {value}").format(value=_short(value)),
        )
    problem = input_shape_problem(shape)
    _require(problem is None, "$.input_shape", str(problem))
    super_style = obj.get("super_call", "super")
    _require(super_style in SUPER_STYLES, "$.super_call", _one_of(SUPER_STYLES))
    container = obj.get("container", "sequential")
    _require(container in CONTAINERS, "$.container", _one_of(CONTAINERS))
    container_name = obj.get("container_name", "conv_block")
    problem = name_problem(container_name, "container name")
    _require(problem is None, "$.container_name", str(problem))
    layers = obj.get("layers", [])
    _require(
        isinstance(layers, list),
        "$.layers",
        i18n.translate("ProjectFile", "expected a list, got {type}").format(type=_json_type(layers)),
    )
    message = i18n.translate("ProjectFile", "{count:,} layers; a block holds at most {limit:,}").format(
        count=len(layers), limit=MAX_LAYERS
    )
    _require(len(layers) <= MAX_LAYERS, "$.layers", message)
    reader = GraphReader(_check_keys, _require, _layer_from_dict)
    block = Block(
        [_layer_from_dict(item, f"$.layers[{i}]") for i, item in enumerate(layers)],
        modules=reader.modules(obj["modules"]) if graph else None,
        steps=reader.steps(obj["steps"]) if graph else None,
        class_name=obj["class_name"],
        input_shape=tuple(obj["input_shape"]),  # type: ignore[arg-type]
        super_style=super_style,
        container=container,
        container_name=container_name,
    )
    too_big = memory_problem(block)
    if too_big is not None:
        raise ProjectFileError(too_big[1], too_big[0])
    return block


def memory_problem(block: Block, limit: int = MAX_BLOCK_BYTES) -> tuple[str, str] | None:
    """(JSON path, why) when the block's float32 input, weights and activations exceed `limit` bytes."""
    if block.steps is not None:
        from core.analysis.graph_analysis import step_reports

        error = memory_error(block.input_shape, step_reports(block)[0], limit)
    else:
        error = memory_error(block.input_shape, layer_reports(block)[0], limit)
    if error is None:
        return None
    rows = "steps" if block.steps is not None else "layers"
    return ("$.input_shape" if error.index is None else f"$.{rows}[{error.index}]"), error.message


def _layer_from_dict(item: Any, path: str) -> Layer:
    _check_keys(item, path, LAYER_KEYS, ("type",))
    kind_name = item["type"]
    _require(
        isinstance(kind_name, str) and kind_name in LAYER_KINDS,
        f"{path}.type",
        i18n.translate("ProjectFile", "unknown layer type {value} (known: {known})").format(
            value=_short(kind_name), known=", ".join(LAYER_KINDS)
        ),
    )
    kind = LAYER_KINDS[kind_name]
    raw_params = item.get("params", {})
    _check_keys(raw_params, f"{path}.params", tuple(kind.spec_by_name), ())
    params: dict[str, Any] = {}
    for spec in kind.params:
        if spec.name not in raw_params:
            _require(
                not spec.required,
                f"{path}.params",
                i18n.translate("ProjectFile", "{kind} needs {param}").format(kind=kind_name, param=spec.name),
            )
            continue
        try:
            value = spec.check(raw_params[spec.name])
        except ValueError as exc:
            raise ProjectFileError(str(exc), f"{path}.params.{spec.name}") from None
        if value != spec.default or spec.required:
            params[spec.name] = value
    raw_arguments = item.get("arguments", {})
    _check_keys(raw_arguments, f"{path}.arguments", tuple(kind.spec_by_name), ())
    for param, argument in raw_arguments.items():
        problem = name_problem(argument, "argument name")
        _require(problem is None, f"{path}.arguments.{param}", str(problem))
    return Layer(kind_name, params, dict(raw_arguments))


def _json_type(value: Any) -> str:
    names = {
        dict: i18n.QT_TRANSLATE_NOOP("ProjectFile", "an object"),
        list: i18n.QT_TRANSLATE_NOOP("ProjectFile", "a list"),
        str: i18n.QT_TRANSLATE_NOOP("ProjectFile", "a string"),
        bool: "true/false",
        type(None): "null",
    }
    return i18n.translate("ProjectFile", names.get(type(value), i18n.QT_TRANSLATE_NOOP("ProjectFile", "a number")))


def _one_of(choices: tuple[str, ...]) -> str:
    return i18n.translate("ProjectFile", "expected one of {choices}").format(choices=", ".join(choices))


def _short(value: Any) -> str:
    return _clip(json.dumps(value)) if isinstance(value, (str, int, float, bool, type(None))) else _json_type(value)


def _clip(text: str) -> str:
    """At most 40 characters of `text`: an error message stays one readable line."""
    return text if len(text) <= 40 else text[:37] + "..."


# ---- writing ------------------------------------------------------------------------------


def block_to_dict(block: Block) -> dict[str, Any]:
    """The project document for `block`, in a stable key order."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "class_name": block.class_name,
        "input_shape": list(block.input_shape),
        "super_call": block.super_style,
        "container": block.container,
        "container_name": block.container_name,
    }
    if block.steps is None:
        return {**document, "layers": [_layer_to_dict(layer) for layer in block.layers]}
    try:
        return {**document, **graph_to_dict(block, _layer_to_dict)}
    except ValueError as exc:
        raise ProjectFileError(str(exc), "$.steps") from None


def _layer_to_dict(layer: Layer) -> dict[str, Any]:
    kind = LAYER_KINDS[layer.kind]
    entry: dict[str, Any] = {"type": layer.kind}
    entry["params"] = {s.name: _jsonable(layer.params[s.name]) for s in kind.params if s.name in layer.params}
    if layer.arguments:
        entry["arguments"] = {s.name: layer.arguments[s.name] for s in kind.params if s.name in layer.arguments}
    return entry


def block_to_json(block: Block) -> str:
    return json.dumps(block_to_dict(block), indent=2) + "\n"


def _jsonable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def save_block(block: Block, path: str | os.PathLike[str]) -> None:
    """Write the project file atomically: the old file stays intact if anything fails.

    A block the loader would refuse (a bad name, an absurd size) is refused here too, with the
    loader's message: a file that saves must open again.
    """
    document = block_to_dict(block)
    block_from_dict(document)  # raises ProjectFileError naming the JSON path
    write_text_atomic(Path(path), json.dumps(document, indent=2) + "\n")
