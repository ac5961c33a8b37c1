"""Check AS3 requests against the vendored AS3 schema (draft-07), as AS3 itself would.

The provider posts ``as3_json`` as it stands; a declaration that AS3 rejects fails only at
apply time on the device. Validating here moves that failure to the test suite.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft7Validator

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schemas" / "as3-schema-3.56.0.json"


@cache
def _schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text())


@cache
def _request_validator() -> Draft7Validator:
    """The whole request: the schema's root accepts an AS3 request or an ADC declaration."""
    return Draft7Validator(_schema())


@cache
def _adc_validator() -> Draft7Validator:
    """The ADC declaration alone, with the schema's definitions in reach of its $refs."""
    schema = _schema()
    return Draft7Validator(
        {"definitions": schema["definitions"], **schema["definitions"]["ADC"]}
    )


def adc_errors(declaration: dict) -> list[str]:
    """Every reason AS3 would reject this ADC declaration, most specific first."""
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in sorted(
            _adc_validator().iter_errors(declaration), key=lambda e: e.path
        )
    ]


def request_errors(request: dict) -> list[str]:
    """Reasons to reject the request as a whole (class AS3 wrapping an ADC declaration)."""
    return [error.message for error in _request_validator().iter_errors(request)]
