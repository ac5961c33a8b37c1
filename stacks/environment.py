"""The schema of environment files, and their translation into the library's props.

An environment file describes one BIG-IP (or HA pair), its network and the clusters it
fronts; it becomes one Terraform stack. pydantic checks structure and types (unknown keys
are errors, defaults are explicit); the rules that need more than types are the library's
own ``problems()`` checks, so a file and a direct library user get the same messages.
"""

from __future__ import annotations

import re

from k8s_api_frontend import (
    BigipConnection,
    ClusterProps,
    HealthCheck,
    LoadBalancingMode,
    Master,
    MonitorKind,
    Problem,
    SelfIp,
    TlsMode,
    VlanInterface,
    errors,
)
from k8s_api_frontend.frontend import placement_problems
from k8s_api_frontend.network import (
    LOCAL_ONLY_TRAFFIC_GROUP,
    Route,
    network_problems,
)
from k8s_api_frontend.shared_device import shared_device_problems
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    IPvAnyAddress,
    IPvAnyInterface,
    IPvAnyNetwork,
    StrictBool,
    StrictInt,
)

from . import messages
from .backends import Backend, LocalSection
from .ha_rules import ha_problems
from .security_section import SecuritySection

STACK_NAME = re.compile(r"[a-z][a-z0-9-]{0,62}")


class Strict(BaseModel):
    """Base of every section: unknown keys are errors, values are never coerced silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class DeviceSection(Strict):
    name: str
    address: str


class BigipSection(Strict):
    verify_tls: StrictBool = True
    trusted_ca_file: str | None = None
    address: str | None = None
    # An HA pair: the devices (the first is the active one) and their device group.
    devices: list[DeviceSection] = Field(default_factory=list)
    device_group: str | None = None

    def connection(self) -> BigipConnection:
        return BigipConnection(
            verify_tls=self.verify_tls,
            trusted_ca_file=self.trusted_ca_file,
            address=self.address,
        )


class InterfaceSection(Strict):
    name: str
    tagged: StrictBool = False


class SelfIpSection(Strict):
    name: str
    address: IPvAnyInterface
    traffic_group: str = LOCAL_ONLY_TRAFFIC_GROUP
    port_lockdown: list[str] = Field(default_factory=lambda: ["none"])
    # HA pair only: the device a non-floating self IP belongs to.
    device: str | None = None


class RouteSection(Strict):
    name: str
    network: IPvAnyNetwork
    gateway: IPvAnyAddress


class NetworkSection(Strict):
    vlan_name: str
    tag: StrictInt | None = None
    existing: StrictBool = False
    interfaces: list[InterfaceSection] = Field(default_factory=list)
    self_ips: list[SelfIpSection] = Field(default_factory=list)
    routes: list[RouteSection] = Field(default_factory=list)
    mtu: StrictInt | None = None


class MasterSection(Strict):
    name: str
    address: IPvAnyAddress


class HealthCheckSection(Strict):
    """Defaults are the library's (a dataclass field's default is its class attribute)."""

    kind: MonitorKind = HealthCheck.kind
    path: str = HealthCheck.path
    interval_seconds: StrictInt = HealthCheck.interval_seconds
    timeout_seconds: StrictInt | None = HealthCheck.timeout_seconds
    expected_status: StrictInt = HealthCheck.expected_status
    expected_body: str = HealthCheck.expected_body


class ClusterSection(Strict):
    name: str
    vip: IPvAnyAddress
    masters: list[MasterSection]
    vip_port: StrictInt = ClusterProps.vip_port
    api_port: StrictInt = ClusterProps.api_port
    tls_mode: TlsMode = ClusterProps.tls_mode
    health_check: HealthCheckSection = Field(default_factory=HealthCheckSection)
    load_balancing_mode: LoadBalancingMode = ClusterProps.load_balancing_mode
    partition: str = ClusterProps.partition
    security: SecuritySection = Field(default_factory=SecuritySection)
    client_ssl_profile: str = ClusterProps.client_ssl_profile
    server_ssl_profile: str = ClusterProps.server_ssl_profile

    def props(self) -> ClusterProps:
        check = self.health_check
        return ClusterProps(
            name=self.name,
            vip=self.vip,
            masters=tuple(Master(name=m.name, address=m.address) for m in self.masters),
            vip_port=self.vip_port,
            api_port=self.api_port,
            tls_mode=self.tls_mode,
            health_check=HealthCheck(
                kind=check.kind,
                path=check.path,
                interval_seconds=check.interval_seconds,
                timeout_seconds=check.timeout_seconds,
                expected_status=check.expected_status,
                expected_body=check.expected_body,
            ),
            load_balancing_mode=self.load_balancing_mode,
            partition=self.partition,
            security=self.security.props(),
            client_ssl_profile=self.client_ssl_profile,
            server_ssl_profile=self.server_ssl_profile,
        )


class Environment(Strict):
    """One environment file: one stack."""

    name: str | None = None
    bigip: BigipSection = Field(default_factory=BigipSection)
    network: NetworkSection
    clusters: list[ClusterSection] = Field(min_length=1)
    backend: Backend = Field(default_factory=LocalSection)

    def self_ips(self) -> list[SelfIp]:
        return [
            SelfIp(
                name=s.name,
                address=s.address,
                traffic_group=s.traffic_group,
                port_lockdown=tuple(s.port_lockdown),
            )
            for s in self.network.self_ips
        ]

    @property
    def active_device(self) -> str | None:
        """The HA pair's device that LTM objects are made on; None for one BIG-IP."""
        return self.bigip.devices[0].name if self.bigip.devices else None

    def self_ips_on(self, device: str | None) -> list[SelfIp]:
        """Self IPs made through ``device``'s provider.

        A device's own (non-floating) self IPs, plus, on the active device (or the only
        BIG-IP), the floating ones, which config sync copies to the others.
        """
        wanted = {device, None} if device == self.active_device else {device}
        sections = self.network.self_ips
        return [
            self_ip
            for section, self_ip in zip(sections, self.self_ips(), strict=True)
            if section.device in wanted
        ]

    def interfaces(self) -> list[VlanInterface]:
        return [VlanInterface(i.name, i.tagged) for i in self.network.interfaces]

    def routes(self) -> list[Route]:
        return [Route(r.name, r.network, r.gateway) for r in self.network.routes]

    def problems(self) -> list[Problem]:
        """Rules beyond types, with field paths from the top of the file."""
        problems: list[Problem] = []
        if self.name is not None and not STACK_NAME.fullmatch(self.name):
            problems.append(Problem("name", messages.bad_stack_name(self.name)))
        self_ips, routes = self.self_ips(), self.routes()
        network = network_problems(
            vlan_name=self.network.vlan_name,
            tag=self.network.tag,
            self_ips=self_ips,
            routes=routes,
            mtu=self.network.mtu,
            existing=self.network.existing,
        )
        problems += [p.under("network") for p in network]
        if self.network.existing and self.network.interfaces:
            message = errors.ignored_for_existing("interfaces")
            problems.append(Problem("network.interfaces", message))
        clusters = [cluster.props() for cluster in self.clusters]
        for index, props in enumerate(clusters):
            found = props.problems() + placement_problems(props, self_ips, routes)
            problems += [p.under(f"clusters[{index}]") for p in found]
        problems += shared_device_problems(clusters, "clusters")
        problems += ha_problems(self)
        problems += [p.under("backend") for p in self.backend.problems()]
        return problems

    def warnings(self) -> list[Problem]:
        """Legal but risky choices, reported without stopping the synth."""
        found = []
        for index, cluster in enumerate(self.clusters):
            found += [p.under(f"clusters[{index}]") for p in cluster.props().warnings()]
        return found
