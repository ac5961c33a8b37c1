"""BIG-IP object names.

The BIG-IP provider identifies every object by its full path, ``/Partition/name`` (an
optional folder may sit between them), and rejects bare names at plan time. Building every
name here keeps that rule in one place.
"""

from __future__ import annotations

import re

from . import errors

DEFAULT_PARTITION = "Common"

_PART = r"[A-Za-z0-9_][A-Za-z0-9_.\-]*"
_FULL_PATH = re.compile(rf"/({_PART})(/{_PART}){{1,2}}")
_MAX_PARTITION = 64
_MAX_PATH = 255


def full_path(name: str, partition: str = DEFAULT_PARTITION) -> str:
    """Return ``/partition/name`` for a bare name, or ``name`` when it is a full path already."""
    return name if name.startswith("/") else f"/{partition}/{name}"


def base_name(path: str) -> str:
    """The last part of a full path: what the BIG-IP GUI lists as the object's name."""
    return path.rsplit("/", 1)[-1]


def full_path_problem(value: str) -> str | None:
    """Why ``value`` is not a legal full path, or None when it is one."""
    match = _FULL_PATH.fullmatch(value)
    if not match or len(match.group(1)) > _MAX_PARTITION or len(value) > _MAX_PATH:
        return errors.not_full_path(value)
    return None


def check_full_path(field: str, value: str) -> list[errors.Problem]:
    """The problems of one name prop: none, or one naming the field."""
    problem = full_path_problem(value)
    return [errors.Problem(field, problem)] if problem else []
