"""Project files: JSON read, validated as untrusted input, and written atomically.

Nothing read from a file is ever executed. Every value is checked against the layer registry
and every name against Python's identifier rules before it can reach generated source; an
error names the JSON path of the offending value.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from core.analysis import input_shape_problem
from core.block import CONTAINERS, MAX_LAYERS, SUPER_STYLES, Block, Layer, name_problem
from core.layers import LAYER_KINDS

FORMAT = "block-studio"
VERSION = 1
MAX_FILE_BYTES = 4 * 1024 * 1024  # a 1,000-layer block is ~150 KB; anything far bigger is not ours
TOP_KEYS = ("format", "version", "class_name", "input_shape", "super_call", "container", "container_name", "layers")
LAYER_KEYS = ("type", "params", "arguments")


class ProjectFileError(ValueError):
    """A project file cannot be read; the message names the JSON path and the problem."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.json_path = path


# ---- reading -----------------------------------------------------------------------------


def load_block(path: str | os.PathLike[str]) -> Block:
    """Read and validate a project file (raises ProjectFileError with a clear message)."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectFileError(f"{file.name} is {size:,} bytes; a project file is at most {MAX_FILE_BYTES:,}")
        with file.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except ProjectFileError:
        raise
    except IsADirectoryError:
        raise ProjectFileError(f"{file} is a folder, not a project file") from None
    except OSError as exc:
        raise ProjectFileError(f"cannot read {file}: {exc.strerror or exc}") from None
    return block_from_bytes(data)


def block_from_bytes(data: bytes) -> Block:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(f"not UTF-8 text (bad byte at offset {exc.start})") from None
    return block_from_dict(parse_json(text))


def parse_json(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(f"broken JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise ProjectFileError("JSON nested too deeply") from None


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ProjectFileError(f"key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ProjectFileError(f"{name} is not a number a project file may hold")


def _require(condition: bool, path: str, message: str) -> None:
    if not condition:
        raise ProjectFileError(message, path)


def _check_keys(obj: Any, path: str, allowed: tuple[str, ...], required: tuple[str, ...]) -> None:
    _require(isinstance(obj, dict), path, f"expected an object, got {_json_type(obj)}")
    for key in obj:
        _require(key in allowed, path, f"unknown key {key!r} (allowed: {', '.join(allowed)})")
    for key in required:
        _require(key in obj, path, f"missing key {key!r}")


def block_from_dict(obj: Any) -> Block:
    """Validate a parsed project document and build the Block it describes."""
    _check_keys(obj, "$", TOP_KEYS, ("format", "version", "class_name", "input_shape", "layers"))
    _require(obj["format"] == FORMAT, "$.format", f'expected "{FORMAT}", got {_short(obj["format"])}')
    version = obj["version"]
    _require(
        isinstance(version, int) and not isinstance(version, bool) and version == VERSION,
        "$.version",
        f"this Block Studio reads version {VERSION} files, got {_short(version)}",
    )
    problem = name_problem(obj["class_name"], "class name")
    _require(problem is None, "$.class_name", str(problem))
    problem = input_shape_problem(obj["input_shape"])
    _require(problem is None, "$.input_shape", str(problem))
    super_style = obj.get("super_call", "super")
    _require(super_style in SUPER_STYLES, "$.super_call", f"expected one of {', '.join(SUPER_STYLES)}")
    container = obj.get("container", "sequential")
    _require(container in CONTAINERS, "$.container", f"expected one of {', '.join(CONTAINERS)}")
    container_name = obj.get("container_name", "conv_block")
    problem = name_problem(container_name, "container name")
    _require(problem is None, "$.container_name", str(problem))
    layers = obj["layers"]
    _require(isinstance(layers, list), "$.layers", f"expected a list, got {_json_type(layers)}")
    _require(len(layers) <= MAX_LAYERS, "$.layers", f"{len(layers):,} layers; a block holds at most {MAX_LAYERS:,}")
    return Block(
        [_layer_from_dict(item, f"$.layers[{i}]") for i, item in enumerate(layers)],
        class_name=obj["class_name"],
        input_shape=tuple(obj["input_shape"]),  # type: ignore[arg-type]
        super_style=super_style,
        container=container,
        container_name=container_name,
    )


def _layer_from_dict(item: Any, path: str) -> Layer:
    _check_keys(item, path, LAYER_KEYS, ("type",))
    kind_name = item["type"]
    _require(
        isinstance(kind_name, str) and kind_name in LAYER_KINDS,
        f"{path}.type",
        f"unknown layer type {_short(kind_name)} (known: {', '.join(LAYER_KINDS)})",
    )
    kind = LAYER_KINDS[kind_name]
    raw_params = item.get("params", {})
    _check_keys(raw_params, f"{path}.params", tuple(kind.spec_by_name), ())
    params: dict[str, Any] = {}
    for spec in kind.params:
        if spec.name not in raw_params:
            _require(not spec.required, f"{path}.params", f"{kind_name} needs {spec.name}")
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
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")


def _short(value: Any) -> str:
    text = json.dumps(value) if isinstance(value, (str, int, float, bool, type(None))) else _json_type(value)
    return text if len(text) <= 40 else text[:37] + "..."


# ---- writing ------------------------------------------------------------------------------


def block_to_dict(block: Block) -> dict[str, Any]:
    """The project document for `block`, in a stable key order."""
    layers = []
    for layer in block.layers:
        kind = LAYER_KINDS[layer.kind]
        entry: dict[str, Any] = {"type": layer.kind}
        params = {s.name: _jsonable(layer.params[s.name]) for s in kind.params if s.name in layer.params}
        entry["params"] = params
        if layer.arguments:
            entry["arguments"] = {s.name: layer.arguments[s.name] for s in kind.params if s.name in layer.arguments}
        layers.append(entry)
    return {
        "format": FORMAT,
        "version": VERSION,
        "class_name": block.class_name,
        "input_shape": list(block.input_shape),
        "super_call": block.super_style,
        "container": block.container,
        "container_name": block.container_name,
        "layers": layers,
    }


def block_to_json(block: Block) -> str:
    return json.dumps(block_to_dict(block), indent=2) + "\n"


def _jsonable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def save_block(block: Block, path: str | os.PathLike[str]) -> None:
    """Write the project file atomically: the old file stays intact if anything fails."""
    write_text_atomic(Path(path), block_to_json(block))


def write_text_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise
