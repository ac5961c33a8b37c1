"""Read environment files and report every mistake in them at once.

Each problem becomes one line, ``FILE: FIELD: what is wrong and what is allowed``; nothing
is synthesized while any file has a problem.
"""

from __future__ import annotations

import logging
import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from . import messages
from .environment import Environment

log = logging.getLogger(__name__)

SUFFIXES = (".yaml", ".yml")
# libyaml's safe loader parses several times faster than PyYAML's pure-Python one; both
# accept the same documents and build the same plain objects. Its error messages are
# terser, so a document it rejects is parsed again by PyYAML for the message.
FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
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


def requested_paths(arguments: list[str], variable: str | None) -> list[Path]:
    """The paths to synthesize: the arguments, else the variable's list, else the default."""
    if arguments:
        return [Path(a) for a in arguments]
    if variable and variable.strip():
        return [Path(a) for a in shlex.split(variable)]
    return [DEFAULT_FOLDER]


def expand(paths: list[Path]) -> list[Path]:
    """Files named, plus the environment files directly inside folders named, in order."""
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
        else:
            problems.append(messages.no_such_path(path))
    if problems:
        raise ConfigError(problems)
    return list(dict.fromkeys(files))


def load_all(paths: list[Path]) -> list[LoadedEnvironment]:
    """Load and check every file; raise one ConfigError listing the problems of all of them."""
    loaded, problems = [], []
    for path in expand(paths):
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
    log.debug("loaded %s", path)
    return LoadedEnvironment(path, environment.name or path.stem, environment)


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
        try:
            data = yaml.load(text, Loader=FAST_SAFE_LOADER)
        except yaml.YAMLError:
            data = yaml.safe_load(text)
    except yaml.YAMLError as error:
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


def _validation_lines(path: Path, error: ValidationError) -> list[str]:
    lines = []
    for item in error.errors(include_url=False):
        field = field_path(item["loc"])
        if item["type"] == "missing":
            message = messages.missing_field()
        elif item["type"] == "extra_forbidden":
            message = messages.unknown_key(_allowed_keys(item["loc"]))
        else:
            message = f"{item['msg']} (got {item['input']!r})"
        lines.append(f"{path}: {field}: {message}")
    return lines


def field_path(location: tuple[int | str, ...]) -> str:
    """``('clusters', 0, 'masters', 2, 'address')`` as ``clusters[0].masters[2].address``."""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _allowed_keys(location: tuple[int | str, ...]) -> list[str]:
    """The keys the model at ``location`` (an unknown key's parent) accepts."""
    model: type[BaseModel] = Environment
    for part in location[:-1]:
        if isinstance(part, int):
            continue
        annotation = model.model_fields[part].annotation
        model = _model_in(annotation)
    return sorted(model.model_fields)


def _model_in(annotation: object) -> type[BaseModel]:
    """The pydantic model inside a field's annotation (``X``, ``list[X]``, ``X | None``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()):
        try:
            return _model_in(argument)
        except LookupError:
            continue
    raise LookupError(annotation)
