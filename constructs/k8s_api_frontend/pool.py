"""The pool of Kubernetes masters behind the API virtual server."""

from __future__ import annotations

import enum
import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass

from constructs import Construct

from . import checks, errors, names
from .errors import Problem
from .generated.bigip.ltm_node import LtmNode
from .generated.bigip.ltm_pool import LtmPool
from .generated.bigip.ltm_pool_attachment import LtmPoolAttachment

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

DEFAULT_API_PORT = 6443


class LoadBalancingMode(enum.Enum):
    """BIG-IP load-balancing methods that suit API servers.

    Watches keep API connections open for a long time, so a method that counts
    connections spreads them better than round robin.
    """

    LEAST_CONNECTIONS_MEMBER = "least-connections-member"
    LEAST_CONNECTIONS_NODE = "least-connections-node"
    ROUND_ROBIN = "round-robin"
    RATIO_MEMBER = "ratio-member"
    FASTEST_NODE = "fastest-node"
    OBSERVED_MEMBER = "observed-member"
    PREDICTIVE_MEMBER = "predictive-member"


@dataclass(frozen=True)
class Master:
    """One Kubernetes control-plane node.

    Args:
        name: Node name on the BIG-IP (bare, placed in the pool's partition, or a full path).
            It also names the Terraform resources of this master, so it must stay the same
            for as long as the master exists: renaming replaces the node.
        address: Address the API server listens on.
    """

    name: str
    address: IPAddress

    def __post_init__(self) -> None:
        checks.parse_ip(self, "address", ipaddress.ip_address)


def master_problems(masters: Sequence[Master], partition: str) -> list[Problem]:
    """Problems of a list of masters: none at all, bad names, repeated names or addresses."""
    if not masters:
        return [Problem("masters", errors.NO_MASTERS)]
    problems = []
    for index, master in enumerate(masters):
        node_path = names.full_path(master.name, partition)
        problems += names.check_full_path(f"masters[{index}].name", node_path)
    problems += checks.unique(
        "masters", "master name", (m.name for m in masters), "name"
    )
    problems += checks.unique(
        "masters", "master address", (m.address for m in masters), "address"
    )
    return problems


class PoolMember(Construct):
    """A master as the BIG-IP sees it: a node and its membership of the pool."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        master: Master,
        pool_name: str,
        partition: str,
        port: int,
    ) -> None:
        super().__init__(scope, id)
        self.node_resource = LtmNode(
            self,
            "node",
            name=names.full_path(master.name, partition),
            address=str(master.address),
        )
        separator = "." if master.address.version == 6 else ":"
        self.attachment = LtmPoolAttachment(
            self,
            "attachment",
            pool=pool_name,
            node_attribute=f"{self.node_resource.name}{separator}{port}",
        )


class ControlPlanePool(Construct):
    """An LTM pool with one member per master on the API port, watched by a monitor.

    Each master gets its own node and pool attachment, named after the master, so adding or
    removing one master touches only that master's objects, and Terraform creates the
    members of different masters in parallel.

    Args:
        name: Full path or bare name of the pool.
        masters: The control-plane nodes; at least one, three or more in production.
        monitor: Full path of the health monitor (or a reference to one).
        port: Port the API servers listen on. Default 6443.
        load_balancing_mode: Default least connections per member.
        partition: Partition for bare names. Default ``Common``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        masters: Sequence[Master],
        monitor: str,
        port: int = DEFAULT_API_PORT,
        load_balancing_mode: LoadBalancingMode = LoadBalancingMode.LEAST_CONNECTIONS_MEMBER,
        partition: str = names.DEFAULT_PARTITION,
    ) -> None:
        super().__init__(scope, id)
        path = names.full_path(name, partition)
        problems = names.check_full_path("name", path)
        problems += master_problems(masters, partition)
        problems += checks.port("port", port)
        if not checks.is_token(monitor):
            problems += names.check_full_path("monitor", monitor)
        errors.raise_if_any(self, problems)

        self.resource = LtmPool(
            self,
            "pool",
            name=path,
            load_balancing_mode=load_balancing_mode.value,
            monitors=[monitor],
            allow_snat="yes",
            allow_nat="yes",
        )
        # One read of the pool's name (a round trip to jsii) serves every member.
        pool_name = self.resource.name
        members = Construct(self, "members")
        self.members = {
            master.name: PoolMember(
                members,
                names.base_name(master.name),
                master=master,
                pool_name=pool_name,
                partition=partition,
                port=port,
            )
            for master in masters
        }
        self.name = pool_name
