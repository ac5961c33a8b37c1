"""The whole Kubernetes API front end of one cluster, from one description of it."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import jsii
from cdktf import Annotations, TerraformStack

from constructs import Construct, IValidation

from . import checks, errors, names
from .errors import Problem
from .monitor import ApiHealthMonitor, HealthCheck
from .network import Network, Route, SelfIp, reachable_networks
from .pool import (
    DEFAULT_API_PORT,
    ControlPlanePool,
    IPAddress,
    LoadBalancingMode,
    Master,
    master_problems,
)
from .security import SecurityLayer, SecurityProps
from .virtual_server import (
    CLIENT_SSL_PROFILE,
    SERVER_SSL_PROFILE,
    ApiVirtualServer,
    TlsMode,
)

RECOMMENDED_MASTERS = 3


@dataclass(frozen=True)
class ClusterProps:
    """One Kubernetes control plane as the BIG-IP fronts it.

    BIG-IP object names derive from ``name``: the pool is ``name``, the virtual server
    ``name-vs``, the monitor ``name-https`` or ``name-icmp``, all in ``partition``.

    Args:
        name: Base name of the cluster's BIG-IP objects, e.g. ``k8s-master``.
        vip: Virtual address for the API.
        masters: Control-plane nodes; three in production.
        vip_port: Port clients connect to. Default 6443.
        api_port: Port the API servers listen on. Default 6443.
        tls_mode: Default ``PASSTHROUGH``, which keeps client-certificate auth working.
        health_check: Default HTTPS ``GET /readyz`` every 5 s, 16 s timeout.
        load_balancing_mode: Default least connections per member.
        partition: Default ``Common``.
        security: WAF and L7 DoS protection; both need ``tls_mode`` ``TERMINATE``.
            Default: neither.
        client_ssl_profile: With ``TERMINATE``: the client-side SSL profile, whose
            certificate clients verify; its SANs must hold the VIP. Default
            ``/Common/clientssl``, BIG-IP's self-signed certificate (a warning says so).
        server_ssl_profile: With ``TERMINATE``: the server-side SSL profile; make it
            verify the API servers against the cluster CA. Default ``/Common/serverssl``,
            which does not verify them (a warning says so).
    """

    name: str
    vip: IPAddress
    masters: tuple[Master, ...]
    vip_port: int = DEFAULT_API_PORT
    api_port: int = DEFAULT_API_PORT
    tls_mode: TlsMode = TlsMode.PASSTHROUGH
    health_check: HealthCheck = field(default_factory=HealthCheck)
    load_balancing_mode: LoadBalancingMode = LoadBalancingMode.LEAST_CONNECTIONS_MEMBER
    partition: str = names.DEFAULT_PARTITION
    security: SecurityProps = field(default_factory=SecurityProps)
    client_ssl_profile: str = CLIENT_SSL_PROFILE
    server_ssl_profile: str = SERVER_SSL_PROFILE

    def __post_init__(self) -> None:
        checks.parse_ip(self, "vip", ipaddress.ip_address)
        object.__setattr__(self, "masters", tuple(self.masters))

    @property
    def pool_name(self) -> str:
        return names.full_path(self.name, self.partition)

    @property
    def virtual_server_name(self) -> str:
        return names.full_path(f"{self.name}-vs", self.partition)

    @property
    def monitor_name(self) -> str:
        kind = self.health_check.kind.value
        return names.full_path(f"{self.name}-{kind}", self.partition)

    def problems(self) -> list[Problem]:
        """Every problem of this description, with field paths relative to it."""
        problems = names.check_full_path("name", self.pool_name)
        problems += checks.port("vip_port", self.vip_port)
        problems += checks.port("api_port", self.api_port)
        problems += master_problems(self.masters, self.partition)
        problems += [p.under("health_check") for p in self.health_check.problems()]
        security_problems = self.security.problems(self.tls_mode)
        problems += [p.under("security") for p in security_problems]
        problems += self.security.name_problems(self.name)
        problems += names.check_full_path("client_ssl_profile", self.client_ssl_profile)
        problems += names.check_full_path("server_ssl_profile", self.server_ssl_profile)
        for index, master in enumerate(self.masters):
            if master.address == self.vip:
                where = f"masters[{index}]"
                problems.append(Problem("vip", errors.vip_is_member(self.vip, where)))
            elif master.address.version != self.vip.version:
                message = errors.mixed_address_families(self.vip, master.address)
                problems.append(Problem(f"masters[{index}].address", message))
        return problems

    def warnings(self) -> list[Problem]:
        """Legal but risky: too few masters for etcd quorum, default SSL profiles."""
        found = []
        if 0 < len(self.masters) < RECOMMENDED_MASTERS:
            found.append(Problem("masters", errors.few_masters(len(self.masters))))
        if self.tls_mode is TlsMode.TERMINATE:
            if self.client_ssl_profile == CLIENT_SSL_PROFILE:
                message = errors.default_client_ssl(CLIENT_SSL_PROFILE)
                found.append(Problem("client_ssl_profile", message))
            if self.server_ssl_profile == SERVER_SSL_PROFILE:
                message = errors.default_server_ssl(SERVER_SSL_PROFILE)
                found.append(Problem("server_ssl_profile", message))
        return found


def placement_problems(
    cluster: ClusterProps, self_ips: Sequence[SelfIp], routes: Sequence[Route]
) -> list[Problem]:
    """Where the cluster sits on the BIG-IP's network.

    The VIP and the masters must not be the BIG-IP's own self IPs, nor the network or
    broadcast address of a self IP's subnet, and they must lie on a self IP's subnet or
    behind a route: otherwise the BIG-IP can neither answer clients nor reach the API
    servers.
    """
    networks = reachable_networks(self_ips, routes)
    addresses = [("vip", cluster.vip, "the VIP")] + [
        (f"masters[{index}].address", master.address, f"master {master.name}")
        for index, master in enumerate(cluster.masters)
    ]
    problems = []
    for field_name, address, what in addresses:
        problems += [Problem(field_name, m) for m in _clashes(address, what, self_ips)]
        if not any(address in network for network in networks):
            message = errors.unreachable(address, what, networks)
            problems.append(Problem(field_name, message))
    return problems


def _clashes(address: IPAddress, what: str, self_ips: Sequence[SelfIp]) -> list[str]:
    """Why ``address`` cannot be a host of its own on the self IPs' subnets."""
    found = []
    for self_ip in self_ips:
        subnet = self_ip.address.network
        if self_ip.address.ip == address:
            found.append(errors.address_taken(address, what, f"self IP {self_ip.name}"))
        elif subnet.version == 4 and subnet.prefixlen <= 30:
            if address in (subnet.network_address, subnet.broadcast_address):
                found.append(errors.not_a_host_address(address, what, subnet))
    return found


class K8sApiFrontend(Construct):
    """Monitor, pool of masters and virtual server for one cluster's API, wired together.

    Args:
        cluster: The cluster to front.
        network: The BIG-IP network the cluster sits on. When given, the VIP and the masters
            must be reachable from it, and the virtual server listens on its VLAN only.
            Default: none (listen on all VLANs, reachability unchecked).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ClusterProps,
        network: Network | None = None,
    ) -> None:
        super().__init__(scope, id)
        problems = cluster.problems()
        if network is not None:
            problems += placement_problems(
                cluster, network.self_ip_props, network.route_props
            )
        errors.raise_if_any(self, problems)
        for warning in cluster.warnings():
            Annotations.of(self).add_warning(str(warning))

        self.monitor = ApiHealthMonitor(
            self,
            "monitor",
            name=cluster.monitor_name,
            health_check=cluster.health_check,
        )
        self.pool = ControlPlanePool(
            self,
            "pool",
            name=cluster.pool_name,
            masters=cluster.masters,
            monitor=self.monitor.name,
            port=cluster.api_port,
            load_balancing_mode=cluster.load_balancing_mode,
            partition=cluster.partition,
        )
        self.security = SecurityLayer(
            self,
            "security",
            name=cluster.name,
            props=cluster.security,
            partition=cluster.partition,
        )
        self.virtual_server = ApiVirtualServer(
            self,
            "virtual-server",
            name=cluster.virtual_server_name,
            vip=cluster.vip,
            pool=self.pool.name,
            port=cluster.vip_port,
            tls_mode=cluster.tls_mode,
            client_ssl_profile=cluster.client_ssl_profile,
            server_ssl_profile=cluster.server_ssl_profile,
            vlans=[network.vlan_name] if network is not None else (),
            profiles=self.security.profiles,
            policies=self.security.policies,
            security_log_profiles=self.security.security_log_profiles,
            depends_on=self.security.depends_on,
        )
        self.cluster = cluster

        _StackClusters.of(self).add(self)


class _StackClusters(Construct):
    """The clusters of one stack, checked against each other at synth.

    One stack drives one BIG-IP (or HA pair), whose name space and addresses all its
    clusters share; each construct's own checks cannot see the others, so one validation
    per stack runs once the whole tree exists. Frontends register here as they are made,
    so the check needs no walk of the tree. Environment files get the same rules before
    synthesis.
    """

    ID = "k8s-api-frontend-clusters"

    @classmethod
    def of(cls, scope: Construct) -> _StackClusters:
        stack = TerraformStack.of(scope)
        existing = stack.node.try_find_child(cls.ID)
        return existing if isinstance(existing, cls) else cls(stack, cls.ID)

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.frontends: list[K8sApiFrontend] = []
        self.node.add_validation(_NoClashBetweenClusters(self.frontends))

    def add(self, frontend: K8sApiFrontend) -> None:
        self.frontends.append(frontend)


@jsii.implements(IValidation)
class _NoClashBetweenClusters:
    """No two clusters of a stack share a name, a node or a VIP:port."""

    def __init__(self, frontends: list[K8sApiFrontend]) -> None:
        self._frontends = frontends

    def validate(self) -> list[str]:
        if len(self._frontends) < 2:
            return []
        from .shared_device import shared_device_problems

        problems = shared_device_problems([f.cluster for f in self._frontends])
        if not problems:
            return []
        # Construct paths are jsii round trips: read them only to report a problem.
        paths = {f"clusters[{i}]": f.node.path for i, f in enumerate(self._frontends)}

        def located(problem: Problem) -> str:
            return re.sub(r"clusters\[\d+\]", lambda m: paths[m.group(0)], str(problem))

        return [located(problem) for problem in problems]
