"""Small value checks shared by the constructs and the environment-file schema.

Each returns a list of :class:`~k8s_api_frontend.errors.Problem` so that a caller can report
every problem of one input together instead of stopping at the first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from cdktf import Token

from . import errors
from .errors import Problem


def is_token(value: object) -> bool:
    """True for a value only Terraform knows (a reference): it cannot be checked at synth.

    A string token always holds ``${``; asking jsii only then saves a round trip to
    Node.js for every plain name.
    """
    return isinstance(value, str) and "${" in value and Token.is_unresolved(value)


def in_range(field: str, value: int, low: int, high: int) -> list[Problem]:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not low <= value <= high
    ):
        return [Problem(field, errors.out_of_range(value, low, high))]
    return []


def port(field: str, value: int) -> list[Problem]:
    return in_range(field, value, 1, 65535)


def unique(
    field: str, kind: str, values: Iterable[object], attribute: str = ""
) -> list[Problem]:
    """One problem per repeated value of a list, pointing at its first use.

    ``values`` are the ``attribute`` of each item of the list ``field``; the problem names
    ``field[i].attribute``.
    """
    suffix = f".{attribute}" if attribute else ""
    seen: dict[object, int] = {}
    problems = []
    for index, value in enumerate(values):
        if value in seen:
            first = f"{field}[{seen[value]}]{suffix}"
            message = errors.duplicate(kind, value, first)
            problems.append(Problem(f"{field}[{index}]{suffix}", message))
        else:
            seen[value] = index
    return problems


def parse_ip(props: object, field: str, parse: Callable[[str], object]) -> None:
    """Turn a text address of a frozen props dataclass into its ``ipaddress`` object.

    Props take ``"10.1.1.100"`` as readily as ``ip_address("10.1.1.100")``; text that is
    no address raises InvalidPropsError naming the props class and the field.
    """
    value = getattr(props, field)
    if not isinstance(value, str):
        return
    try:
        object.__setattr__(props, field, parse(value))
    except ValueError:
        message = errors.not_an_address(value, parse.__name__.removeprefix("ip_"))
        problems = [Problem(field, message)]
        raise errors.InvalidPropsError(type(props).__name__, problems) from None
