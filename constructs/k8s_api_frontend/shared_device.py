"""Rules for several clusters fronted by one BIG-IP (or one HA pair's active device).

Each cluster's own checks cannot see the others, yet they share the device's name space
and addresses: the BIG-IP refuses a second node with a name or address it already has,
and two virtual servers cannot listen on the same address and port. These rules look at
the whole list before anything is created.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import errors, names
from .errors import Problem
from .frontend import ClusterProps

_FirstUse = dict[object, tuple[int, str]]


def shared_device_problems(
    clusters: Sequence[ClusterProps], field: str = "clusters"
) -> list[Problem]:
    """Clashes between the clusters, with field paths ``field[i]...`` into the list.

    Repeats inside one cluster are that cluster's own problems and are not reported
    again here.
    """
    problems = _repeated_cluster_names(clusters, field)
    node_names: _FirstUse = {}
    node_addresses: _FirstUse = {}
    for index, cluster in enumerate(clusters):
        for position, master in enumerate(cluster.masters):
            where = f"{field}[{index}].masters[{position}]"
            node = names.full_path(master.name, cluster.partition)
            problems += _clash(node_names, node, index, f"{where}.name", "node name")
            problems += _clash(
                node_addresses,
                master.address,
                index,
                f"{where}.address",
                "node address",
            )
    problems += _shared_listeners(clusters, node_addresses, field)
    return problems


def _repeated_cluster_names(
    clusters: Sequence[ClusterProps], field: str
) -> list[Problem]:
    """Cluster names name the BIG-IP objects and the Terraform resources: one each."""
    first: dict[str, int] = {}
    problems = []
    for index, cluster in enumerate(clusters):
        if cluster.name in first:
            where = f"{field}[{first[cluster.name]}].name"
            message = errors.duplicate("cluster name", cluster.name, where)
            problems.append(Problem(f"{field}[{index}].name", message))
        first.setdefault(cluster.name, index)
    return problems


def _clash(
    seen: _FirstUse, value: object, index: int, field: str, kind: str
) -> list[Problem]:
    """A problem when another cluster used ``value`` first; else remember this use."""
    if value not in seen:
        seen[value] = (index, field)
        return []
    first_index, first_field = seen[value]
    if first_index == index:
        return []
    return [Problem(field, errors.duplicate(kind, str(value), first_field))]


def _shared_listeners(
    clusters: Sequence[ClusterProps], node_addresses: _FirstUse, field: str
) -> list[Problem]:
    """A VIP:port belongs to one virtual server, and never to another cluster's master."""
    listeners: dict[tuple[object, int], int] = {}
    problems = []
    for index, cluster in enumerate(clusters):
        listener = (cluster.vip, cluster.vip_port)
        if listener in listeners:
            value = f"{cluster.vip}:{cluster.vip_port}"
            first = f"{field}[{listeners[listener]}].vip"
            message = errors.duplicate("VIP and port", value, first)
            problems.append(Problem(f"{field}[{index}].vip", message))
        listeners.setdefault(listener, index)
        owner = node_addresses.get(cluster.vip)
        if owner is not None and owner[0] != index:
            master = owner[1].removesuffix(".address")
            message = errors.vip_is_member(str(cluster.vip), master)
            problems.append(Problem(f"{field}[{index}].vip", message))
    return problems
