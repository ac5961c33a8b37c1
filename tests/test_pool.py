from ipaddress import ip_address

import pytest
from conftest import only, resources, synth
from k8s_api_frontend import (
    ControlPlanePool,
    InvalidPropsError,
    LoadBalancingMode,
    Master,
)

MASTERS = [
    Master("k8s-master-1", ip_address("10.1.1.174")),
    Master("k8s-master-2", ip_address("10.1.1.171")),
    Master("k8s-master-3", ip_address("10.1.1.172")),
]


def make_pool(stack, masters=MASTERS, **overrides):
    props = dict(name="k8s-master", masters=masters, monitor="/Common/k8s-master-https")
    return ControlPlanePool(stack, "pool", **{**props, **overrides})


def test_pool_watches_the_monitor_and_balances_by_connections(stack):
    make_pool(stack)
    pool = only(synth(stack), "bigip_ltm_pool")
    assert pool["name"] == "/Common/k8s-master"
    assert pool["monitors"] == ["/Common/k8s-master-https"]
    assert pool["load_balancing_mode"] == "least-connections-member"


def test_one_node_and_one_attachment_per_master_on_the_api_port(stack):
    make_pool(stack)
    document = synth(stack)
    nodes = resources(document, "bigip_ltm_node")
    assert {(n["name"], n["address"]) for n in nodes} == {
        ("/Common/k8s-master-1", "10.1.1.174"),
        ("/Common/k8s-master-2", "10.1.1.171"),
        ("/Common/k8s-master-3", "10.1.1.172"),
    }
    attachments = resources(document, "bigip_ltm_pool_attachment")
    assert len(attachments) == 3
    assert all(a["node"].endswith(".name}:6443") for a in attachments)
    assert all(a["pool"].startswith("${bigip_ltm_pool.") for a in attachments)


def test_ipv6_members_use_a_dot_before_the_port(stack):
    make_pool(stack, masters=[Master("cp6", ip_address("2001:db8::10"))], port=443)
    attachment = only(synth(stack), "bigip_ltm_pool_attachment")
    assert attachment["node"].endswith(".name}.443")


def test_load_balancing_mode_is_configurable(stack):
    make_pool(stack, load_balancing_mode=LoadBalancingMode.ROUND_ROBIN)
    assert only(synth(stack), "bigip_ltm_pool")["load_balancing_mode"] == "round-robin"


def test_each_attachment_references_only_its_own_node(stack):
    make_pool(stack)
    document = synth(stack)
    node_ids = {
        body["name"]: key
        for key, body in document["resource"]["bigip_ltm_node"].items()
    }
    attachments = document["resource"]["bigip_ltm_pool_attachment"]
    for key, body in attachments.items():
        master = key.split("_members_")[1].split("_attachment")[0]
        node_reference = f"${{bigip_ltm_node.{node_ids['/Common/' + master]}.name}}"
        assert body["node"] == f"{node_reference}:6443"


@pytest.mark.parametrize(
    ("masters", "field", "fragment"),
    [
        ([], "masters", "at least one"),
        (
            [MASTERS[0], Master("k8s-master-1", ip_address("10.1.1.9"))],
            "masters[1].name",
            "duplicate master name",
        ),
        (
            [MASTERS[0], Master("other", ip_address("10.1.1.174"))],
            "masters[1].address",
            "duplicate master address",
        ),
        ([Master("bad name", ip_address("10.1.1.9"))], "masters[0].name", "full path"),
    ],
)
def test_bad_masters_are_rejected(stack, masters, field, fragment):
    with pytest.raises(InvalidPropsError) as raised:
        make_pool(stack, masters=masters)
    problem = next(p for p in raised.value.problems if p.field == field)
    assert fragment in problem.message


def test_port_out_of_range_is_rejected(stack):
    with pytest.raises(InvalidPropsError, match="port: 70000 is out of range"):
        make_pool(stack, port=70000)
