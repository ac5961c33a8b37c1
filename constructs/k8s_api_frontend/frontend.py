"""The whole Kubernetes API front end of one cluster, from one description of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from constructs import Construct

from . import checks, errors, names
from .errors import Problem
from .monitor import ApiHealthMonitor, HealthCheck
from .network import IPNetwork, Network
from .pool import (
    DEFAULT_API_PORT,
    ControlPlanePool,
    IPAddress,
    LoadBalancingMode,
    Master,
    master_problems,
)
from .virtual_server import ApiVirtualServer, TlsMode


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
        for index, master in enumerate(self.masters):
            if master.address == self.vip:
                where = f"masters[{index}]"
                problems.append(Problem("vip", errors.vip_is_member(self.vip, where)))
            elif master.address.version != self.vip.version:
                message = errors.mixed_address_families(self.vip, master.address)
                problems.append(Problem(f"masters[{index}].address", message))
        return problems


def reachability_problems(
    cluster: ClusterProps, networks: Sequence[IPNetwork]
) -> list[Problem]:
    """The VIP and every master must lie in one of ``networks`` (self-IP subnets, routes)."""

    def reaches(address: IPAddress) -> bool:
        return any(address in network for network in networks)

    problems = []
    if not reaches(cluster.vip):
        message = errors.unreachable(cluster.vip, "the VIP", networks)
        problems.append(Problem("vip", message))
    for index, master in enumerate(cluster.masters):
        if not reaches(master.address):
            message = errors.unreachable(
                master.address, f"master {master.name}", networks
            )
            problems.append(Problem(f"masters[{index}].address", message))
    return problems


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
            problems += reachability_problems(cluster, network.reachable_networks)
        errors.raise_if_any(self, problems)

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
        self.virtual_server = ApiVirtualServer(
            self,
            "virtual-server",
            name=cluster.virtual_server_name,
            vip=cluster.vip,
            pool=self.pool.name,
            port=cluster.vip_port,
            tls_mode=cluster.tls_mode,
            vlans=[network.vlan.name] if network is not None else (),
        )
        self.cluster = cluster
