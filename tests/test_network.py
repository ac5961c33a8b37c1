from ipaddress import ip_address, ip_interface, ip_network

import pytest
from conftest import only, resources, synth
from k8s_api_frontend import InvalidPropsError, Network, SelfIp, VlanInterface
from k8s_api_frontend.network import Route


def lab_network(stack, **overrides):
    props = dict(
        vlan_name="management",
        tag=4094,
        interfaces=[VlanInterface("1.1")],
        self_ips=[SelfIp("k8s-self", ip_interface("10.1.1.176/24"))],
    )
    return Network(stack, "network", **{**props, **overrides})


def test_vlan_has_tag_and_untagged_interface(stack):
    lab_network(stack)
    vlan = only(synth(stack), "bigip_net_vlan")
    assert vlan["name"] == "/Common/management"
    assert vlan["tag"] == 4094
    assert vlan["interfaces"] == [{"vlanport": "1.1", "tagged": False}]


def test_self_ip_defaults_to_local_traffic_group_and_no_port_lockdown(stack):
    lab_network(stack)
    self_ip = only(synth(stack), "bigip_net_selfip")
    assert self_ip["ip"] == "10.1.1.176/24"
    assert self_ip["traffic_group"] == "/Common/traffic-group-local-only"
    assert self_ip["port_lockdown"] == ["none"]
    assert self_ip["vlan"].startswith("${bigip_net_vlan.")


def test_route_goes_through_a_gateway_on_the_vlan(stack):
    route = Route("to-masters", ip_network("10.2.0.0/16"), ip_address("10.1.1.1"))
    network = lab_network(stack, routes=[route])
    document = synth(stack)
    assert only(document, "bigip_net_route")["gw"] == "10.1.1.1"
    assert ip_network("10.2.0.0/16") in network.reachable_networks


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"tag": 0}, "tag"),
        ({"tag": 4095}, "tag"),
        ({"vlan_name": "/Common/bad name"}, "vlan_name"),
        (
            {
                "self_ips": [
                    SelfIp("s", ip_interface("10.1.1.1/24"), port_lockdown=("ssh",))
                ]
            },
            "self_ips[0].port_lockdown[0]",
        ),
        (
            {
                "self_ips": [
                    SelfIp(
                        "s",
                        ip_interface("10.1.1.1/24"),
                        port_lockdown=("none", "tcp:22"),
                    )
                ]
            },
            "self_ips[0].port_lockdown[0]",
        ),
        (
            {
                "routes": [
                    Route("r", ip_network("10.9.0.0/16"), ip_address("192.0.2.1"))
                ]
            },
            "routes[0].gateway",
        ),
    ],
)
def test_bad_network_is_rejected_naming_the_field(stack, overrides, field):
    with pytest.raises(InvalidPropsError) as raised:
        lab_network(stack, **overrides)
    assert field in [p.field for p in raised.value.problems]


def test_no_resources_are_created_when_props_are_bad(stack):
    with pytest.raises(InvalidPropsError):
        lab_network(stack, tag=0)
    assert resources(synth(stack), "bigip_net_vlan") == []


def test_existing_network_is_referenced_not_created(stack):
    network = lab_network(stack, existing=True, tag=None)
    document = synth(stack)
    assert resources(document, "bigip_net_vlan") == []
    assert resources(document, "bigip_net_selfip") == []
    assert network.vlan_name == "/Common/management"
    assert ip_network("10.1.1.0/24") in network.reachable_networks


def test_a_created_vlan_needs_its_tag(stack):
    with pytest.raises(InvalidPropsError, match="tag: required to create the VLAN"):
        lab_network(stack, tag=None)
