"""Project files: JSON read, validated as untrusted input, and written atomically.

Nothing read from a file is ever executed. Every value is checked against the layer registry
and every name against Python's identifier rules before it can reach generated source; an
error names the JSON path of the offending value.
"""

from __future__ import annotations

import json
import math
import os
import secrets
import stat
from pathlib import Path
from typing import Any

from core.analysis.block_analysis import MAX_BLOCK_BYTES, input_shape_problem, layer_reports, memory_error
from core.files.graph_file import GraphReader, graph_to_dict
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
            raise ProjectFileError(f"the file is {size:,} bytes; a project file is at most {MAX_FILE_BYTES:,}")
        with file.open("rb") as handle:
            # bounded even when stat lies (a pipe, /dev/zero): never read more than a project file can be
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise ProjectFileError(f"the file holds more than {MAX_FILE_BYTES:,} bytes, the most a project file can")
        return block_from_bytes(data)
    except ProjectFileError as exc:
        raise ProjectFileError(exc.problem, exc.json_path, str(path)) from None
    except IsADirectoryError:
        raise ProjectFileError("a folder, not a project file", file=str(path)) from None
    except OSError as exc:
        raise ProjectFileError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None


def block_from_bytes(data: bytes) -> Block:
    try:
        text = data.decode("utf-8-sig")  # a BOM is still UTF-8 (Windows editors add one)
    except UnicodeDecodeError as exc:
        raise ProjectFileError(f"not UTF-8 text (bad byte at offset {exc.start})") from None
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
            result[key] = refuse("this key appears twice in one object") if key in result else value
        return result

    def integer(digits: str) -> int | _Refused:
        # int() of a huge digit string is slow and Python refuses past 4,300 digits anyway
        if len(digits) > MAX_NUMBER_DIGITS:
            return refuse(f"a {len(digits.lstrip('-')):,}-digit number is far too large")
        return int(digits)

    def real(digits: str) -> float | _Refused:
        value = float(digits)
        return value if math.isfinite(value) else refuse(f"{_clip(digits)} is too large a number")

    def constant(name: str) -> _Refused:
        return refuse(f"{name} is not a number a project file may hold")

    try:
        document = json.loads(
            text, object_pairs_hook=pairs, parse_int=integer, parse_float=real, parse_constant=constant
        )
    except json.JSONDecodeError as exc:
        raise ProjectFileError(f"broken JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise ProjectFileError("JSON nested too deeply to be a project file", "$") from None
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
    _require(isinstance(obj, dict), path, f"expected an object, got {_json_type(obj)}")
    for key in obj:
        _require(key in allowed, path, f"unknown key {_clip(json.dumps(key))} (allowed: {', '.join(allowed)})")
    for key in required:
        _require(key in obj, path, f"missing key {key!r}")


def block_from_dict(obj: Any) -> Block:
    """Validate a parsed project document and build the Block it describes."""
    _check_keys(obj, "$", TOP_KEYS, ("format", "version", "class_name", "input_shape"))
    _require(obj["format"] == FORMAT, "$.format", f'expected "{FORMAT}", got {_short(obj["format"])}')
    version = obj["version"]
    _require(
        isinstance(version, int) and not isinstance(version, bool) and version in READABLE_VERSIONS,
        "$.version",
        f"this Block Studio reads version 1 and 2 files, got {_short(version)}",
    )
    graph = "modules" in obj or "steps" in obj
    if graph:
        _require(version >= 2, "$", "modules and steps need a version 2 file")
        _require("layers" not in obj, "$.layers", "a graph block has modules and steps, not layers")
        _check_keys(obj, "$", TOP_KEYS, ("modules", "steps"))
    else:
        _check_keys(obj, "$", TOP_KEYS, ("layers",))
    problem = name_problem(obj["class_name"], "class name")
    _require(problem is None, "$.class_name", str(problem))
    shape = obj["input_shape"]
    for i, value in enumerate(shape if isinstance(shape, list) else []):
        whole = isinstance(value, int) and not isinstance(value, bool)
        _require(whole, f"$.input_shape[{i}]", f"expected a whole number, got {_short(value)}")
    problem = input_shape_problem(shape)
    _require(problem is None, "$.input_shape", str(problem))
    super_style = obj.get("super_call", "super")
    _require(super_style in SUPER_STYLES, "$.super_call", f"expected one of {', '.join(SUPER_STYLES)}")
    container = obj.get("container", "sequential")
    _require(container in CONTAINERS, "$.container", f"expected one of {', '.join(CONTAINERS)}")
    container_name = obj.get("container_name", "conv_block")
    problem = name_problem(container_name, "container name")
    _require(problem is None, "$.container_name", str(problem))
    layers = obj.get("layers", [])
    _require(isinstance(layers, list), "$.layers", f"expected a list, got {_json_type(layers)}")
    _require(len(layers) <= MAX_LAYERS, "$.layers", f"{len(layers):,} layers; a block holds at most {MAX_LAYERS:,}")
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


def write_text_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`.

    A crash, a full disk or a kill at any moment leaves either the old file or the new one,
    complete; a failure removes the temporary file. The new file keeps the old one's permissions
    (a new file gets the usual ones, not mkstemp's owner-only 0600).
    """
    data = text.encode("utf-8")  # an unencodable text fails here, before any file is touched
    directory = path.parent
    descriptor, temp_name = _create_temp(directory, path.name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(temp_name, stat.S_IMODE(os.stat(path).st_mode))
        except FileNotFoundError:
            pass
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise
    _sync_directory(directory)


def _create_temp(directory: Path, name: str) -> tuple[int, str]:
    """A new file beside the target; os.open applies the umask, unlike tempfile.mkstemp."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp_name = os.path.join(directory, f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp_name, flags, 0o666), temp_name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {name}")


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); where folders cannot be opened, there is nothing to do."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
