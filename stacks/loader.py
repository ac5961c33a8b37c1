"""Read environment files and report every mistake in them at once.

Each problem becomes one line, ``FILE: FIELD: what is wrong and what is allowed``; nothing
is synthesized while any file has a problem.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

import yaml
from pydantic import BaseModel, ValidationError

from . import messages
from .environment import Environment

SUFFIXES = (".yaml", ".yml")
SECRET_KEY = re.compile(r"pass|token|secret|credential|conn|private|access_key", re.I)
DEFAULT_FOLDER = Path("environments")


class ConfigError(Exception):
    """Environment files that cannot be synthesized; ``lines`` holds one line per problem."""

    def __init__(self, lines: Iterable[str]):
        self.lines = list(lines)
        super().__init__("\n".join(self.lines))


@dataclass(frozen=True)
class LoadedEnvironment:
    path: Path
    stack_name: str
    environment: Environment
    warnings: tuple[str, ...] = ()


def requested_paths(arguments: list[str], variable: str | None) -> list[Path]:
    """The paths to synthesize: the arguments, else the variable's list, else the default."""
    if arguments:
        return [Path(a) for a in arguments]
    if variable and variable.strip():
        try:
            return [Path(a) for a in shlex.split(variable)]
        except ValueError as error:
            raise ConfigError([messages.bad_variable(variable, str(error))]) from None
    return [DEFAULT_FOLDER]


def expand(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Files named, plus the environment files directly inside folders named, in order;
    and the problems of paths that name neither."""
    files, problems = [], []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.suffix in SUFFIXES and p.is_file()
            )
            if not found:
                problems.append(messages.empty_folder(path))
            files += found
        elif path.is_file():
            files.append(path)
        elif path.is_symlink():
            problems.append(messages.broken_link(path))
        else:
            problems.append(messages.no_such_path(path))
    return list(dict.fromkeys(files)), problems


def load_all(paths: list[Path]) -> list[LoadedEnvironment]:
    """Load and check every file; raise one ConfigError listing the problems of all of them."""
    loaded = []
    files, problems = expand(paths)
    for path in files:
        try:
            loaded.append(load(path))
        except ConfigError as error:
            problems += error.lines
    first_use: dict[str, Path] = {}
    for item in loaded:
        if item.stack_name in first_use:
            message = messages.duplicate_stack(
                item.stack_name, first_use[item.stack_name]
            )
            problems.append(f"{item.path}: name: {message}")
        first_use.setdefault(item.stack_name, item.path)
    if problems:
        raise ConfigError(problems)
    return loaded


def load(path: Path) -> LoadedEnvironment:
    """Parse, validate and check one environment file."""
    data = _read_yaml(path)
    try:
        environment = Environment.model_validate(data)
    except ValidationError as error:
        raise ConfigError(_validation_lines(path, error)) from None
    problems = environment.problems()
    if problems:
        raise ConfigError(f"{path}: {problem}" for problem in problems)
    warnings = tuple(f"{path}: {warning}" for warning in environment.warnings())
    return LoadedEnvironment(path, environment.name or path.stem, environment, warnings)


def _read_yaml(path: Path) -> object:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ConfigError(
            [messages.unreadable(path, error.strerror or str(error))]
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError([messages.not_utf8(path, error.start)]) from None
    try:
        data = yaml.load(text, Loader=_FastLoader)  # safe loaders: plain objects only
    except yaml.YAMLError as fast_error:
        error = _clearer_error(text) or fast_error
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        reason = getattr(error, "problem", None) or str(error)
        raise ConfigError([messages.yaml_syntax(path, line, column, reason)]) from None
    if data is None:
        raise ConfigError([messages.empty_file(path)])
    if not isinstance(data, dict):
        raise ConfigError([messages.not_a_mapping(path, type(data).__name__)])
    return data


class _UniqueKeys:
    """A key given twice in one mapping is an error, not a silent override: in a
    hand-written file the second ``vip:`` is almost always a mistake."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


class _ExplainingLoader(_UniqueKeys, yaml.SafeLoader):
    """PyYAML's own parser: slower, but its messages name the offending character."""


# libyaml parses several times faster; where it is missing, PyYAML's parser does the work.
_FastLoader = type(
    "_FastLoader", (_UniqueKeys, getattr(yaml, "CSafeLoader", yaml.SafeLoader)), {}
)


def _clearer_error(text: str) -> yaml.YAMLError | None:
    """Parse a document libyaml rejected again, for PyYAML's clearer message."""
    try:
        yaml.load(text, Loader=_ExplainingLoader)
    except yaml.YAMLError as error:
        return error
    return None


def _validation_lines(path: Path, error: ValidationError) -> list[str]:
    lines = []
    for item in error.errors(include_url=False):
        location, parent, candidates = _in_file(item["loc"])
        field = field_path(location)
        if item["type"] == "missing":
            message = messages.missing_field()
        elif item["type"] == "extra_forbidden":
            message = messages.unknown_key(sorted(parent.model_fields))
            if SECRET_KEY.search(str(location[-1])):
                message += messages.SECRETS_FROM_ENVIRONMENT
        elif item["type"] in ("union_tag_invalid", "union_tag_not_found"):
            kinds = [get_args(m.model_fields["kind"].annotation)[0] for m in candidates]
            message = messages.unknown_kind(item.get("ctx", {}).get("tag"), kinds)
        else:
            message = f"{item['msg']} (got {item['input']!r})"
            message += messages.YAML_TYPE_HINTS.get(item["type"], "")
        lines.append(f"{path}: {field}: {message}")
    return lines


def field_path(location: tuple[int | str, ...]) -> str:
    """``('clusters', 0, 'masters', 2, 'address')`` as ``clusters[0].masters[2].address``."""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _in_file(
    location: tuple[int | str, ...],
) -> tuple[tuple[int | str, ...], type[BaseModel], list[type[BaseModel]]]:
    """An error location as a path in the file, the model holding its last key, and the
    models its value may be.

    Inside a section chosen by ``kind`` (``backend``), pydantic adds the chosen kind to the
    location (``backend.s3.bucket``); the file has no such level (``backend.bucket``).
    """
    path: list[int | str] = []
    candidates: list[type[BaseModel]] = [Environment]
    parent: type[BaseModel] = Environment
    for part in location:
        if isinstance(part, int):
            path.append(part)
            continue
        chosen = [m for m in candidates if len(candidates) > 1 and _kind_is(m, part)]
        if chosen:
            candidates = chosen
            continue
        path.append(part)
        if candidates:
            parent = candidates[0]
        field = parent.model_fields.get(part)
        candidates = _models_in(field.annotation) if field else []
    return tuple(path), parent, candidates


def _kind_is(model: type[BaseModel], tag: str) -> bool:
    field = model.model_fields.get("kind")
    return field is not None and tag in get_args(field.annotation)


def _models_in(annotation: object) -> list[type[BaseModel]]:
    """The pydantic models inside a field's annotation (``X``, ``list[X]``, ``X | Y``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for a in getattr(annotation, "__args__", ()) for m in _models_in(a)]
