"""Rules of an environment file that targets an HA pair (``bigip.devices``).

Config sync copies floating self IPs but not non-floating ones, so each self IP must say
where it lives: a non-floating one names its device, a floating one names none (it is made
on the active device and synced). Every device also needs a non-floating address on each
floating self IP's subnet: health monitors and SNAT automap use the device's own address
when the floating one is elsewhere, and the standby needs it to take the floating one over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from k8s_api_frontend import Problem
from k8s_api_frontend.network import LOCAL_ONLY_TRAFFIC_GROUP

from . import messages

if TYPE_CHECKING:
    from .environment import Environment


def ha_problems(environment: Environment) -> list[Problem]:
    """Problems of the HA settings, with field paths from the top of the file."""
    bigip = environment.bigip
    self_ips = environment.network.self_ips
    if not bigip.devices:
        problems = [
            Problem(f"network.self_ips[{i}].device", messages.device_without_pair())
            for i, s in enumerate(self_ips)
            if s.device is not None
        ]
        if bigip.device_group is not None:
            problems.append(
                Problem("bigip.device_group", messages.group_without_pair())
            )
        return problems

    # Imported here: single-device environments, the common case, never load HA code.
    from k8s_api_frontend.ha_pair import Device, device_problems

    problems = []
    if bigip.address is not None:
        problems.append(Problem("bigip.address", messages.address_with_devices()))
    if bigip.device_group is None:
        problems.append(Problem("bigip.device_group", messages.group_missing()))
    devices = [Device(d.name, d.address) for d in bigip.devices]
    problems += [
        p.under("bigip")
        for p in device_problems(devices, bigip.device_group or "device-group")
    ]
    names = [d.name for d in devices]
    for index, self_ip in enumerate(self_ips):
        field = f"network.self_ips[{index}].device"
        floating = self_ip.traffic_group != LOCAL_ONLY_TRAFFIC_GROUP
        if floating and self_ip.device is not None:
            problems.append(Problem(field, messages.floating_on_device()))
        elif not floating and self_ip.device is None:
            problems.append(Problem(field, messages.local_without_device(names)))
        elif not floating and self_ip.device not in names:
            problems.append(
                Problem(field, messages.unknown_device(self_ip.device, names))
            )
    problems += _local_addresses_for_floating(environment, names)
    problems += _reachable_from_every_device(environment, names)
    return problems


def _local_addresses_for_floating(
    environment: Environment, devices: list[str]
) -> list[Problem]:
    self_ips = environment.network.self_ips
    problems = []
    for index, floating in enumerate(self_ips):
        if floating.traffic_group == LOCAL_ONLY_TRAFFIC_GROUP:
            continue
        subnet = floating.address.network
        for device in devices:
            if not any(
                s.device == device and s.address.network == subnet for s in self_ips
            ):
                message = messages.no_local_address(device, subnet)
                problems.append(Problem(f"network.self_ips[{index}].address", message))
    return problems


def _reachable_from_every_device(
    environment: Environment, devices: list[str]
) -> list[Problem]:
    """Routes, VIPs and masters must be reachable from each device, not just the first.

    Config sync copies routes and LTM objects to every device, and after a failover the
    other device serves the VIPs and monitors the masters; its networks are its own self
    IPs' subnets, the floating ones' and the routes'.
    """
    network = environment.network
    routes = [route.network for route in network.routes]
    problems = []
    for device in devices:
        subnets = [
            s.address.network for s in network.self_ips if s.device in (device, None)
        ]
        for index, route in enumerate(network.routes):
            if not any(route.gateway in subnet for subnet in subnets):
                message = messages.unreachable_from(device, route.gateway, "gateway")
                problems.append(Problem(f"network.routes[{index}].gateway", message))
        reachable = [*subnets, *routes]
        for index, cluster in enumerate(environment.clusters):
            where = f"clusters[{index}]"
            targets = [(f"{where}.vip", cluster.vip, "VIP")] + [
                (f"{where}.masters[{k}].address", m.address, f"master {m.name}")
                for k, m in enumerate(cluster.masters)
            ]
            for field, address, what in targets:
                if not any(address in subnet for subnet in reachable):
                    message = messages.unreachable_from(device, address, what)
                    problems.append(Problem(field, message))
    return problems
