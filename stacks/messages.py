"""Texts of the app's error messages: environment files and the command line.

The construct library's own texts live in :mod:`k8s_api_frontend.errors`.
"""

from __future__ import annotations


def bad_stack_name(value: object) -> str:
    return (
        f"{value!r} is not a stack name; allowed: lower-case letters, digits and '-', "
        "starting with a letter, at most 63 characters"
    )


def no_such_path(path: object) -> str:
    return f"{path}: no such file or folder; name an environment file (.yaml) or a folder of them"


def broken_link(path: object) -> str:
    return f"{path}: a link that leads nowhere (or to itself); name the file it should reach"


def bad_variable(value: str, reason: str) -> str:
    return (
        f"FRONTEND_ENVIRONMENTS={value!r} cannot be split into paths ({reason}); "
        "separate paths with spaces and quote those that hold spaces"
    )


def empty_folder(path: object) -> str:
    return f"{path}: folder holds no environment files (*.yaml or *.yml)"


def not_utf8(path: object, position: int) -> str:
    return f"{path}: not UTF-8 text (byte {position} cannot be decoded); save the file as UTF-8"


def yaml_syntax(path: object, line: int | None, column: int | None, reason: str) -> str:
    where = f"line {line}, column {column}: " if line is not None else ""
    return f"{path}: {where}YAML syntax error: {reason}"


def empty_file(path: object) -> str:
    return (
        f"{path}: file is empty; an environment needs at least 'network' and 'clusters'"
    )


def not_a_mapping(path: object, kind: str) -> str:
    return (
        f"{path}: the top level is a {kind}; an environment file is a mapping of keys"
    )


def unreadable(path: object, reason: str) -> str:
    return f"{path}: cannot be read: {reason}"


_NUMBER_HINT = (
    "; write a whole number without quotes (YAML reads yes, no, on and off as booleans)"
)
_BOOLEAN_HINT = "; allowed: true or false, without quotes"
YAML_TYPE_HINTS = {
    "int_type": _NUMBER_HINT,
    "int_parsing": _NUMBER_HINT,
    "int_from_float": _NUMBER_HINT,
    "bool_type": _BOOLEAN_HINT,
    "bool_parsing": _BOOLEAN_HINT,
}


def missing_field() -> str:
    return "required field is missing"


def unknown_key(allowed: list[str]) -> str:
    return f"unknown key; allowed keys here: {', '.join(allowed)}"


SECRETS_FROM_ENVIRONMENT = (
    "; secrets never go into environment files: Terraform and the BIG-IP provider read "
    "them from environment variables (README: Credentials, State backends)"
)


def duplicate_stack(name: str, first: object) -> str:
    return f"stack name {name!r} is already produced by {first}; give each environment its own name"


def output_holds_cwd(path: object) -> str:
    return (
        f"output folder {path} (CDKTF_OUTDIR) is the current folder or holds it; "
        "name a folder of its own, such as cdktf.out"
    )


def output_not_a_folder(path: object) -> str:
    return f"output folder {path} (CDKTF_OUTDIR) is a file or a link; name a folder"


def output_not_ours(path: object, entries: list[str]) -> str:
    shown = ", ".join(entries[:3]) + (", ..." if len(entries) > 3 else "")
    return (
        f"output folder {path} (CDKTF_OUTDIR) holds more than synthesized stacks "
        f"({shown}) and would be replaced whole; name an empty or new folder"
    )


def missing_dependency(module: str | None) -> str:
    return (
        f"Python package {module!r} is not installed for this interpreter; run "
        "`make synth` once, then use .venv/bin/python main.py"
    )


def synth_failed(reason: str) -> str:
    return f"synth failed, nothing was written: {reason}"


# The ``backend`` section (stacks/backends.py) ------------------------------------------


def bad_key_prefix(value: str) -> str:
    return (
        f"{value!r} is not an S3 key prefix; allowed: path segments of letters, digits and "
        "!_.*'()- separated by single '/', without a leading or trailing '/'"
    )


def name_and_tags() -> str:
    return "give workspace_name or workspace_tags, not both"


def no_tags() -> str:
    return "an empty tag list selects no workspace; give at least one tag, or use workspace_name"


def not_a_host(value: str) -> str:
    return f"{value!r} is not a host name; give the name only (for example app.terraform.io), without scheme, path or port"


def bad_schema_name(value: str) -> str:
    return (
        f"{value!r} is not a PostgreSQL schema name; allowed: lower-case letters, digits and "
        "'_', starting with a letter or '_', at most 63 characters"
    )


def credentials_in_url() -> str:
    return (
        "the URL holds a user name or password, which would be written into the synthesized "
        "JSON; remove it and set TF_HTTP_USERNAME and TF_HTTP_PASSWORD instead"
    )


def not_https(origin: str) -> str:
    return (
        f"{origin} is not an https URL; state holds every attribute of the BIG-IP objects, "
        "so it travels over TLS (plain http only to localhost)"
    )


def unknown_kind(tag: object, allowed: list[str]) -> str:
    if tag is None:
        return f"'kind' is missing; allowed kinds: {', '.join(allowed)}"
    return f"unknown kind {tag!r}; allowed kinds: {', '.join(allowed)}"


# HA pairs (stacks/ha_rules.py) -------------------------------------------------------


def device_without_pair() -> str:
    return "'device' is only for an HA pair; list the devices under bigip.devices"


def group_without_pair() -> str:
    return "'device_group' is only for an HA pair; list the devices under bigip.devices"


def address_with_devices() -> str:
    return (
        "set either 'address' (one BIG-IP) or 'devices' (an HA pair), not both; each "
        "device has its own address"
    )


def group_missing() -> str:
    return (
        "required with bigip.devices: the sync-failover device group that config sync "
        "pushes to (for example /Common/failover-group)"
    )


def floating_on_device() -> str:
    return (
        "a floating self IP belongs to no single device: it is made on the active device "
        "and config sync copies it; remove 'device' or use traffic_group "
        "/Common/traffic-group-local-only"
    )


def local_without_device(devices: list[str]) -> str:
    return (
        "a non-floating self IP (traffic-group-local-only) is not synced; name the device "
        f"that holds it, one of: {', '.join(devices)}"
    )


def unknown_device(value: object, devices: list[str]) -> str:
    return f"{value!r} is not one of bigip.devices: {', '.join(devices)}"


def no_local_address(device: str, subnet: object) -> str:
    return (
        f"device {device!r} has no non-floating self IP on {subnet}; each device needs "
        "its own address next to a floating one"
    )


def unreachable_from(device: str, address: object, what: str) -> str:
    return (
        f"{str(address)!r} ({what}) is on none of device {device!r}'s networks (its own "
        "self IPs, the floating ones, routes); config sync and failover put the front end "
        "on every device, so each must reach it"
    )
