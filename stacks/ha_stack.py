"""The parts of a stack that only an HA pair has: one provider per device, each peer's
own VLAN and self IPs, and the config sync."""

from __future__ import annotations

from k8s_api_frontend import Network
from k8s_api_frontend.ha_pair import Device, HaPair

from constructs import Construct

from .environment import Environment


def ha_pair(scope: Construct, environment: Environment) -> HaPair:
    """The pair's providers and config sync, from the file's ``bigip`` section."""
    bigip = environment.bigip
    return HaPair(
        scope,
        "devices",
        devices=[Device(d.name, d.address) for d in bigip.devices],
        device_group=bigip.device_group or "",
        verify_tls=bigip.verify_tls,
        trusted_ca_file=bigip.trusted_ca_file,
    )


def place_on_devices(
    scope: Construct,
    pair: HaPair,
    environment: Environment,
    synchronized: list[Construct],
) -> dict[str, Network]:
    """Put ``synchronized`` on the active device and give each peer its own network.

    VLANs and non-floating self IPs are not synced, so each peer gets them through its
    own provider; the floating self IPs, routes and LTM objects are made on the active
    device only and reach the peers by config sync.
    """
    for construct in synchronized:
        pair.place(construct)
    network = environment.network
    peers = Construct(scope, "peers")
    networks = {}
    for device in pair.devices[1:]:
        networks[device.name] = Network(
            peers,
            device.name,
            vlan_name=network.vlan_name,
            tag=network.tag,
            interfaces=environment.interfaces(),
            self_ips=environment.self_ips_on(device.name),
            mtu=network.mtu,
            existing=network.existing,
        )
        pair.place(networks[device.name], device.name)
    return networks
