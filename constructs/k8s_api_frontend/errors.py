"""Errors of the construct library, and the texts of their messages.

Hierarchy::

    FrontendError (ValueError)
        InvalidPropsError    props a construct cannot build; carries every Problem at once

Constructs raise these eagerly from ``__init__`` and never catch them; the app turns them into
one line per problem and a non-zero exit. Message texts live here so that the library, the
environment-file loader and the tests all say the same thing.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where (a dotted field path), what was given, what is allowed."""

    field: str
    message: str

    def under(self, prefix: str) -> Problem:
        """The same problem, seen from a container whose field ``prefix`` holds this input."""
        if not prefix:
            return self
        joiner = "" if self.field.startswith("[") or not self.field else "."
        return Problem(f"{prefix}{joiner}{self.field}", self.message)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class FrontendError(ValueError):
    """Base class of every error this library raises on purpose."""


class InvalidPropsError(FrontendError):
    """A construct was given props it cannot build; every problem found is listed."""

    def __init__(self, construct: str, problems: Iterable[Problem]):
        self.construct = construct
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(f"{construct}: invalid props\n{lines}")


def raise_if_any(construct: object, problems: Iterable[Problem]) -> None:
    """Raise one InvalidPropsError for all ``problems``, or nothing when there are none.

    ``construct`` is the construct checking its props (named by class and path) or a
    label. The path is only read when there is something to report: each read is a round
    trip to the Node.js process jsii runs, which adds up over thousands of constructs.
    """
    problems = list(problems)
    if problems:
        label = construct
        if not isinstance(construct, str):
            label = f"{type(construct).__name__} {construct.node.path}"
        raise InvalidPropsError(label, problems)


# Message texts ---------------------------------------------------------------------------------


_IP_TYPES = (
    ipaddress.IPv4Address,
    ipaddress.IPv6Address,
    ipaddress.IPv4Network,
    ipaddress.IPv6Network,
    ipaddress.IPv4Interface,
    ipaddress.IPv6Interface,
)


def shown(value: object) -> str:
    """A value as a message quotes it: addresses as plain text, not as their Python repr."""
    if isinstance(value, _IP_TYPES):
        return repr(str(value))
    return repr(value)


def not_full_path(value: object) -> str:
    return (
        f"{shown(value)} is not a BIG-IP full path; expected /Partition/name (for example "
        "/Common/k8s-master) where each part starts with a letter, digit or underscore and "
        "holds only letters, digits, '.', '_' and '-', the partition at most 64 characters "
        "and the whole path at most 255"
    )


def not_an_address(value: object, kind: str) -> str:
    examples = {
        "address": "10.1.1.100 or 2001:db8::100",
        "interface": "an address with its prefix length, 10.1.1.176/24",
        "network": "a network, 10.2.0.0/16",
    }
    return f"{shown(value)} is not an IPv4 or IPv6 {kind}; expected {examples[kind]}"


def out_of_range(value: object, low: int, high: int) -> str:
    return (
        f"{shown(value)} is out of range; allowed: a whole number from {low} to {high}"
    )


def timeout_not_above_interval(timeout: int, interval: int) -> str:
    return (
        f"{timeout} is not greater than interval_seconds ({interval}); a monitor must "
        f"allow longer than one interval, usually 3 x interval + 1 (here {3 * interval + 1})"
    )


def duplicate(kind: str, value: object, first_field: str) -> str:
    return f"{shown(value)} is a duplicate {kind}; it is already used at {first_field}"


TAG_REQUIRED = (
    "required to create the VLAN: its 802.1Q tag, 1 to 4094; or set existing: true to "
    "use a VLAN that is already on the BIG-IP"
)


def ignored_for_existing(field: str) -> str:
    return (
        f"{field} describes a VLAN created here, and existing: true creates none; "
        "remove it, or drop existing to create the VLAN"
    )


NO_MASTERS = (
    "no masters; a control-plane pool needs at least one (three for etcd quorum)"
)


def few_masters(count: int) -> str:
    return (
        f"only {count} master(s); production control planes run three or more so that "
        "etcd keeps quorum when one fails"
    )


def vip_is_member(vip: object, where: str) -> str:
    return f"{shown(vip)} is also the address of {where}; the VIP must be an address of its own"


def address_taken(address: object, what: str, owner: str) -> str:
    return (
        f"{shown(address)} ({what}) is also the address of {owner}; it must be an "
        "address of its own"
    )


def not_a_host_address(address: object, what: str, subnet: object) -> str:
    return (
        f"{shown(address)} ({what}) is the network or broadcast address of {subnet}; "
        "use a host address"
    )


def default_client_ssl(profile: str) -> str:
    return (
        f"tls_mode terminate with {profile} presents BIG-IP's self-signed default "
        "certificate, which clients cannot verify; set client_ssl_profile to a profile "
        "whose certificate's SANs hold the VIP"
    )


def default_server_ssl(profile: str) -> str:
    return (
        f"{profile} does not verify the API servers' certificates; set "
        "server_ssl_profile to a profile that verifies them against the cluster CA"
    )


def mixed_address_families(vip: object, master: object) -> str:
    return (
        f"{shown(master)} is not of the same IP version as the VIP {shown(vip)}; without NAT64 a "
        "virtual server only reaches members of its own address family"
    )


def bad_port_lockdown(value: object) -> str:
    return (
        f"{shown(value)} is not a port-lockdown entry; allowed: 'none', 'all', 'default', or "
        "entries such as 'tcp:443' and 'udp:53' (protocol tcp or udp, port 1 to 65535)"
    )


def lockdown_keyword_mixed(value: object) -> str:
    return (
        f"{shown(value)} mixes a keyword with other entries; 'none', 'all' and 'default' "
        "each stand alone"
    )


def bad_http_path(value: object) -> str:
    return f"{shown(value)} is not an HTTP request path; it must start with '/' and hold no spaces"


def not_single_line(value: object) -> str:
    return f"{shown(value)} must be one line of text without carriage returns or line feeds"


def unreachable(address: object, what: str, networks: Iterable[object]) -> str:
    listed = ", ".join(str(n) for n in networks) or "none declared"
    return (
        f"{shown(address)} ({what}) is on none of the BIG-IP's networks ({listed}); add a self "
        "IP on its subnet or a route to it"
    )


EMPTY_NAME = "must not be empty"


def sql_injection_set_missing(set_name: str) -> str:
    return (
        f"the signature sets leave out {set_name!r}; the WAF policy must always enforce it "
        "(the reference lab's attack was an SQL-injection pattern in a query string)"
    )


def bad_url(value: object) -> str:
    return f"{value!r} is not a web address; expected https://host/path (or http://)"


def bad_waf_policy_name(value: object) -> str:
    return (
        f"{value!r} is not a WAF policy name; allowed: letters, digits, '.', '-', ':' and "
        "'_' (the partition is given separately)"
    )


def bad_as3_name(value: object) -> str:
    return (
        f"{value!r} is not an AS3 object name; it must start with a letter and hold only "
        "letters, digits, '.', '_' and '-', at most 190 characters"
    )


def shared_object_taken(name: str) -> str:
    return (
        f"{name!r} is already declared in /Common/Shared by another cluster of this "
        "stack; give each cluster its own name"
    )


def needs_http_visibility(feature: str) -> str:
    return (
        f"{feature} needs HTTP visibility, which tls_mode 'passthrough' does not give "
        "(the BIG-IP only sees encrypted TCP); set tls_mode: terminate, and note that "
        "client-certificate authentication then ends at the BIG-IP, so clients must use "
        "bearer tokens or an authenticating proxy; or remove this setting"
    )


def out_of_order(low_field: str, low: int, high_field: str, high: int) -> str:
    return (
        f"{low_field} ({low}) is above {high_field} ({high}); the minimum rate must not "
        "exceed the maximum"
    )


def profile_added_already(profile: str) -> str:
    return (
        f"{profile!r} is added by the virtual server itself (TCP always, HTTP with "
        "tls_mode terminate); leave it out of profiles"
    )


def ssl_profile_in_profiles(profile: str) -> str:
    return (
        f"{profile!r} is an SSL profile, which applies to one side only; pass it as "
        "client_ssl_profile or server_ssl_profile, not in profiles"
    )


def device_count(count: int) -> str:
    return (
        f"{count} device(s); an HA pair needs two (a sync-failover device group holds "
        "at most 8); for one BIG-IP leave devices out"
    )


def bad_device_name(value: object) -> str:
    return (
        f"{value!r} is not a device name; allowed: letters, digits, '_' and '-', starting "
        "with a letter, at most 63 characters (it becomes a Terraform provider alias)"
    )


def bad_management_address(value: object) -> str:
    return f"{value!r} is not a management host name or address"


def device_group_outside_common(value: object) -> str:
    return (
        f"{value!r}: device groups live in /Common; use /Common/<name> or a bare name"
    )


def unknown_device(value: object, known: Iterable[object]) -> str:
    listed = ", ".join(repr(k) for k in known)
    return f"{value!r} is not a device of this HA pair; devices: {listed}"


def not_placed(path: str) -> str:
    return (
        f"{path}: BIG-IP resource on no device; call HaPair.place() on a scope holding "
        "it, or it would use an unconfigured default provider"
    )
