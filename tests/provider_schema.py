"""Check synthesized Terraform JSON against the BIG-IP provider's own schema.

The provider binary cannot run here, so this stands in for ``terraform validate``: every
resource type, attribute and nested block must exist in ``terraform providers schema -json``
output with a matching type, every required attribute must be set, and no computed-only
attribute may be. References (``${...}``) are accepted for any scalar type.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

SCHEMA_FILE = (
    Path(__file__).resolve().parents[1] / "schemas" / "bigip-provider-1.28.0.json"
)
PROVIDER_KEY = "registry.terraform.io/f5networks/bigip"
META_ARGUMENTS = {"//", "depends_on", "count", "for_each", "provider", "lifecycle"}
# Terraform's built-in provider (terraform.io/builtin/terraform) has no schema file here.
BUILTIN_RESOURCES = {
    "terraform_data": {
        "attributes": {
            "input": {"type": "dynamic", "optional": True},
            "triggers_replace": {"type": "dynamic", "optional": True},
            "output": {"type": "dynamic", "computed": True},
            "id": {"type": "string", "computed": True},
        }
    }
}


@cache
def provider_schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text())["provider_schemas"][PROVIDER_KEY]


def schema_errors(document: dict) -> list[str]:
    """Every mismatch between a synthesized stack and the provider schema."""
    schema = provider_schema()
    errors = []
    for index, provider in enumerate(document.get("provider", {}).get("bigip", [])):
        config = {k: v for k, v in provider.items() if k != "alias"}
        errors += _block_errors(
            f"provider.bigip[{index}]", config, schema["provider"]["block"]
        )
    for kind, section in (
        ("resource", "resource_schemas"),
        ("data", "data_source_schemas"),
    ):
        for type_name, instances in document.get(kind, {}).items():
            if kind == "resource" and type_name in BUILTIN_RESOURCES:
                for name, body in instances.items():
                    block = BUILTIN_RESOURCES[type_name]
                    errors += _block_errors(f"{kind}.{type_name}.{name}", body, block)
                continue
            if type_name not in schema[section]:
                errors.append(f"{kind}.{type_name}: no such type in the provider")
                continue
            block = schema[section][type_name]["block"]
            for name, body in instances.items():
                errors += _block_errors(f"{kind}.{type_name}.{name}", body, block)
    return errors


def _block_errors(where: str, body: dict, block: dict) -> list[str]:
    attributes = block.get("attributes", {})
    blocks = block.get("block_types", {})
    errors = []
    for key, value in body.items():
        if key in META_ARGUMENTS:
            continue
        if key in attributes:
            spec = attributes[key]
            if spec.get("computed") and not (
                spec.get("optional") or spec.get("required")
            ):
                errors.append(f"{where}.{key}: computed only, cannot be set")
            if not _matches(value, spec["type"]):
                errors.append(f"{where}.{key}: {value!r} is not of type {spec['type']}")
        elif key in blocks:
            errors += _nested_errors(f"{where}.{key}", value, blocks[key])
        else:
            errors.append(f"{where}.{key}: no such attribute or block")
    for key, spec in attributes.items():
        if spec.get("required") and key not in body:
            errors.append(f"{where}.{key}: required attribute missing")
    for key, spec in blocks.items():
        if spec.get("min_items") and key not in body:
            errors.append(f"{where}.{key}: required block missing")
    return errors


def _nested_errors(where: str, value: object, spec: dict) -> list[str]:
    mode = spec["nesting_mode"]
    items = [value] if mode == "single" and isinstance(value, dict) else value
    if not isinstance(items, list):
        return [f"{where}: expected a list of blocks, got {value!r}"]
    errors = []
    if spec.get("max_items") and len(items) > spec["max_items"]:
        errors.append(f"{where}: at most {spec['max_items']} blocks allowed")
    if spec.get("min_items") and len(items) < spec["min_items"]:
        errors.append(f"{where}: at least {spec['min_items']} blocks required")
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            errors.append(f"{where}[{index}]: expected a block, got {item!r}")
        else:
            errors += _block_errors(f"{where}[{index}]", item, spec["block"])
    return errors


def _is_reference(value: object) -> bool:
    return isinstance(value, str) and value.startswith("${") and value.endswith("}")


def _matches(value: object, type_spec: object) -> bool:
    if _is_reference(value) or type_spec == "dynamic":
        return True
    if type_spec == "string":
        return isinstance(value, str)
    if type_spec == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if type_spec == "bool":
        return isinstance(value, bool)
    if isinstance(type_spec, list) and type_spec[0] in ("list", "set"):
        return isinstance(value, list) and all(_matches(v, type_spec[1]) for v in value)
    if isinstance(type_spec, list) and type_spec[0] == "map":
        return isinstance(value, dict) and all(
            _matches(v, type_spec[1]) for v in value.values()
        )
    return False
