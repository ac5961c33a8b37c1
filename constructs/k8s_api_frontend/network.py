"""The data-plane network the front end listens on: one VLAN and its self IPs."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass

from constructs import Construct

from . import checks, errors, names
from .errors import Problem
from .generated.bigip.net_route import NetRoute
from .generated.bigip.net_selfip import NetSelfip
from .generated.bigip.net_vlan import NetVlan, NetVlanInterfaces

IPInterface = ipaddress.IPv4Interface | ipaddress.IPv6Interface
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

LOCAL_ONLY_TRAFFIC_GROUP = "/Common/traffic-group-local-only"
FLOATING_TRAFFIC_GROUP = "/Common/traffic-group-1"
_LOCKDOWN_KEYWORDS = ("none", "all", "default")
_LOCKDOWN_SERVICE = re.compile(r"(tcp|udp):(\d{1,5})")


@dataclass(frozen=True)
class VlanInterface:
    """A physical interface or trunk (``1.1``) that carries the VLAN.

    Args:
        name: Interface or trunk name as BIG-IP lists it.
        tagged: Whether frames carry the 802.1Q tag on this interface. Default: untagged.
    """

    name: str
    tagged: bool = False


@dataclass(frozen=True)
class SelfIp:
    """An address the BIG-IP owns on the VLAN.

    Args:
        name: Full path or bare name (placed in ``/Common``).
        address: Address with prefix length, e.g. ``10.1.1.176/24``; the prefix defines the
            subnet the BIG-IP reaches directly.
        traffic_group: ``/Common/traffic-group-local-only`` (default) for an address that
            stays on one device; ``/Common/traffic-group-1`` for a floating address that
            moves to the active device of an HA pair.
        port_lockdown: Services the self IP answers. Default ``("none",)``: a data-plane
            VLAN should not expose BIG-IP management services. ``("default",)`` (what the
            lab used) opens the management set; or list ``"tcp:443"``-style entries.
    """

    name: str
    address: IPInterface
    traffic_group: str = LOCAL_ONLY_TRAFFIC_GROUP
    port_lockdown: tuple[str, ...] = ("none",)

    def __post_init__(self) -> None:
        checks.parse_ip(self, "address", ipaddress.ip_interface)
        object.__setattr__(self, "port_lockdown", tuple(self.port_lockdown))

    def problems(self) -> list[Problem]:
        problems = names.check_full_path("name", names.full_path(self.name))
        problems += names.check_full_path("traffic_group", self.traffic_group)
        problems += port_lockdown_problems("port_lockdown", self.port_lockdown)
        return problems


@dataclass(frozen=True)
class Route:
    """A static route, for masters or clients that are not on the VLAN's own subnets.

    Args:
        name: Full path or bare name of the route.
        network: Destination network, e.g. ``10.2.0.0/16`` (``0.0.0.0/0`` for a default).
        gateway: Next hop; it must lie in a self IP's subnet.
    """

    name: str
    network: IPNetwork
    gateway: IPAddress

    def __post_init__(self) -> None:
        checks.parse_ip(self, "network", ipaddress.ip_network)
        checks.parse_ip(self, "gateway", ipaddress.ip_address)


def port_lockdown_problems(field: str, entries: Sequence[str]) -> list[Problem]:
    """Check a port-lockdown list: one keyword alone, or protocol:port services."""
    problems = []
    for index, entry in enumerate(entries):
        match = _LOCKDOWN_SERVICE.fullmatch(entry)
        if entry in _LOCKDOWN_KEYWORDS:
            if len(entries) > 1:
                problems.append(
                    Problem(f"{field}[{index}]", errors.lockdown_keyword_mixed(entry))
                )
        elif not match or not 1 <= int(match.group(2)) <= 65535:
            problems.append(
                Problem(f"{field}[{index}]", errors.bad_port_lockdown(entry))
            )
    if not entries:
        problems.append(Problem(field, errors.bad_port_lockdown([])))
    return problems


def network_problems(
    *,
    vlan_name: str,
    tag: int | None,
    self_ips: Sequence[SelfIp],
    routes: Sequence[Route],
    mtu: int | None,
    existing: bool = False,
) -> list[Problem]:
    """Every problem of a network description, with field paths named as the props."""
    problems = names.check_full_path("vlan_name", names.full_path(vlan_name))
    if existing:
        for field, value in (("tag", tag), ("mtu", mtu)):
            if value is not None:
                problems.append(Problem(field, errors.ignored_for_existing(field)))
    elif tag is None:
        problems.append(Problem("tag", errors.TAG_REQUIRED))
    else:
        problems += checks.in_range("tag", tag, 1, 4094)
    if mtu is not None and not existing:
        problems += checks.in_range("mtu", mtu, 576, 9198)
    for index, self_ip in enumerate(self_ips):
        problems += [p.under(f"self_ips[{index}]") for p in self_ip.problems()]
    problems += checks.unique(
        "self_ips", "self IP name", (names.full_path(s.name) for s in self_ips), "name"
    )
    problems += checks.unique(
        "self_ips", "self IP address", (s.address.ip for s in self_ips), "address"
    )
    subnets = [self_ip.address.network for self_ip in self_ips]
    for index, route in enumerate(routes):
        field = f"routes[{index}]"
        problems += names.check_full_path(f"{field}.name", names.full_path(route.name))
        if not any(route.gateway in subnet for subnet in subnets):
            message = errors.unreachable(route.gateway, "gateway", subnets)
            problems.append(Problem(f"{field}.gateway", message))
    return problems


class Network(Construct):
    """A VLAN and the self IPs that give the BIG-IP a presence on it.

    The virtual server and the pool members must be reachable from one of these self IPs'
    subnets (or through a route), or the BIG-IP has no way to answer clients or reach the
    API servers.

    Args:
        vlan_name: Full path or bare name of the VLAN.
        tag: 802.1Q tag, 1 to 4094; required unless ``existing``.
        interfaces: Interfaces carrying the VLAN. Default: none (attach them later).
        self_ips: Addresses of the BIG-IP on the VLAN.
        routes: Static routes through gateways on the VLAN. Default: none.
        mtu: MTU in bytes. Default: BIG-IP's own (1500).
        existing: The VLAN, self IPs and routes exist already (a shared BIG-IP whose
            network another team or tool owns): create none of them, only use them to
            check addresses and to name the VLAN the virtual servers listen on.
            Default False.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vlan_name: str,
        tag: int | None = None,
        interfaces: Sequence[VlanInterface] = (),
        self_ips: Sequence[SelfIp] = (),
        routes: Sequence[Route] = (),
        mtu: int | None = None,
        existing: bool = False,
    ) -> None:
        super().__init__(scope, id)
        problems = network_problems(
            vlan_name=vlan_name,
            tag=tag,
            self_ips=self_ips,
            routes=routes,
            mtu=mtu,
            existing=existing,
        )
        errors.raise_if_any(self, problems)

        self.self_ip_props = tuple(self_ips)
        self.route_props = tuple(routes)
        self.reachable_networks = reachable_networks(self_ips, routes)
        if existing:
            self.vlan = None
            self.vlan_name = names.full_path(vlan_name)
            self.self_ips, self.routes = {}, {}
            return
        self.vlan = NetVlan(
            self,
            "vlan",
            name=names.full_path(vlan_name),
            tag=tag,
            mtu=mtu,
            interfaces=[
                NetVlanInterfaces(vlanport=interface.name, tagged=interface.tagged)
                for interface in interfaces
            ]
            or None,
        )
        self.vlan_name = self.vlan.name
        self_ip_scope = Construct(self, "self-ips")
        self.self_ips = {
            self_ip.name: NetSelfip(
                self_ip_scope,
                names.base_name(self_ip.name),
                name=names.full_path(self_ip.name),
                ip=self_ip.address.with_prefixlen,
                vlan=self.vlan.name,
                traffic_group=self_ip.traffic_group,
                port_lockdown=list(self_ip.port_lockdown),
            )
            for self_ip in self_ips
        }
        route_scope = Construct(self, "routes")
        self.routes = {
            route.name: NetRoute(
                route_scope,
                names.base_name(route.name),
                name=names.full_path(route.name),
                network=route.network.with_prefixlen,
                gw=str(route.gateway),
                depends_on=list(self.self_ips.values()),
            )
            for route in routes
        }


def reachable_networks(
    self_ips: Sequence[SelfIp], routes: Sequence[Route]
) -> tuple[IPNetwork, ...]:
    """Networks the BIG-IP reaches: its self IPs' subnets, then its routes' destinations."""
    return (*(s.address.network for s in self_ips), *(r.network for r in routes))
