from dataclasses import replace
from ipaddress import ip_address, ip_interface

import pytest
from conftest import only, resources, synth
from k8s_api_frontend import (
    ClusterProps,
    InvalidPropsError,
    K8sApiFrontend,
    Master,
    Network,
    SelfIp,
    TlsMode,
)

CLUSTER = ClusterProps(
    name="k8s-master",
    vip=ip_address("10.1.1.100"),
    masters=(
        Master("cp-1", ip_address("10.1.1.171")),
        Master("cp-2", ip_address("10.1.1.172")),
        Master("cp-3", ip_address("10.1.1.173")),
    ),
)


def lab_network(stack):
    self_ip = SelfIp("k8s-self", ip_interface("10.1.1.176/24"))
    return Network(stack, "network", vlan_name="k8s", tag=100, self_ips=[self_ip])


def test_frontend_wires_monitor_into_pool_and_pool_into_virtual_server(stack):
    K8sApiFrontend(stack, "k8s", cluster=CLUSTER)
    document = synth(stack)
    (monitor_id,) = document["resource"]["bigip_ltm_monitor"]
    (pool_id,) = document["resource"]["bigip_ltm_pool"]
    assert only(document, "bigip_ltm_pool")["monitors"] == [
        f"${{bigip_ltm_monitor.{monitor_id}.name}}"
    ]
    vs = only(document, "bigip_ltm_virtual_server")
    assert vs["pool"] == f"${{bigip_ltm_pool.{pool_id}.name}}"
    assert vs["name"] == "/Common/k8s-master-vs"
    assert len(resources(document, "bigip_ltm_pool_attachment")) == 3


def test_names_follow_the_cluster_and_partition(stack):
    K8sApiFrontend(stack, "k8s", cluster=replace(CLUSTER, partition="k8s"))
    document = synth(stack)
    assert only(document, "bigip_ltm_pool")["name"] == "/k8s/k8s-master"
    assert only(document, "bigip_ltm_monitor")["name"] == "/k8s/k8s-master-https"
    assert {n["name"] for n in resources(document, "bigip_ltm_node")} == {
        "/k8s/cp-1",
        "/k8s/cp-2",
        "/k8s/cp-3",
    }


def test_with_a_network_the_server_listens_on_its_vlan_only(stack):
    network = lab_network(stack)
    K8sApiFrontend(stack, "k8s", cluster=CLUSTER, network=network)
    vs = only(synth(stack), "bigip_ltm_virtual_server")
    assert vs["vlans"] == ["${bigip_net_vlan.network_vlan_B27C8575.name}"]
    assert vs["vlans_enabled"] is True


def test_terminate_mode_reaches_the_virtual_server(stack):
    K8sApiFrontend(stack, "k8s", cluster=replace(CLUSTER, tls_mode=TlsMode.TERMINATE))
    vs = only(synth(stack), "bigip_ltm_virtual_server")
    assert vs["client_profiles"] == ["/Common/clientssl"]


def test_vip_on_a_master_is_rejected_with_the_field(stack):
    cluster = replace(CLUSTER, vip=ip_address("10.1.1.172"))
    with pytest.raises(InvalidPropsError) as raised:
        K8sApiFrontend(stack, "k8s", cluster=cluster)
    assert [str(p) for p in raised.value.problems] == [
        "vip: '10.1.1.172' is also the address of masters[1]; "
        "the VIP must be an address of its own"
    ]


def test_masters_off_the_network_are_rejected(stack):
    network = lab_network(stack)
    cluster = replace(CLUSTER, masters=(Master("far", ip_address("10.9.0.1")),))
    with pytest.raises(InvalidPropsError, match=r"masters\[0\].address: '10.9.0.1'"):
        K8sApiFrontend(stack, "k8s", cluster=cluster, network=network)


def test_error_names_the_construct_path(stack):
    with pytest.raises(
        InvalidPropsError, match="K8sApiFrontend test/k8s: invalid props"
    ):
        K8sApiFrontend(stack, "k8s", cluster=replace(CLUSTER, vip_port=0))


def test_one_master_synthesizes_with_a_quorum_warning(stack):
    frontend = K8sApiFrontend(
        stack, "k8s", cluster=replace(CLUSTER, masters=CLUSTER.masters[:1])
    )
    synth(stack)
    warnings = [m.data for m in frontend.node.metadata if m.type == "@cdktf/warn"]
    assert warnings == [
        "masters: only 1 master(s); production control planes run three or more so "
        "that etcd keeps quorum when one fails"
    ]


def test_terminate_uses_the_given_ssl_profiles_without_warnings(stack):
    cluster = replace(
        CLUSTER,
        tls_mode=TlsMode.TERMINATE,
        client_ssl_profile="/Common/k8s-api-clientssl",
        server_ssl_profile="/Common/k8s-api-serverssl",
    )
    frontend = K8sApiFrontend(stack, "k8s", cluster=cluster)
    vs = only(synth(stack), "bigip_ltm_virtual_server")
    assert vs["client_profiles"] == ["/Common/k8s-api-clientssl"]
    assert vs["server_profiles"] == ["/Common/k8s-api-serverssl"]
    assert [m for m in frontend.node.metadata if m.type == "@cdktf/warn"] == []


def test_terminate_with_default_ssl_profiles_warns_about_verification(stack):
    cluster = replace(CLUSTER, tls_mode=TlsMode.TERMINATE)
    frontend = K8sApiFrontend(stack, "k8s", cluster=cluster)
    warnings = [m.data for m in frontend.node.metadata if m.type == "@cdktf/warn"]
    assert [w.split(":")[0] for w in warnings] == [
        "client_ssl_profile",
        "server_ssl_profile",
    ]
    assert "self-signed" in warnings[0]
    assert "does not verify" in warnings[1]


def test_master_on_the_self_ip_address_is_rejected(stack):
    network = lab_network(stack)
    taken = replace(CLUSTER, masters=(Master("cp-1", ip_address("10.1.1.176")),))
    with pytest.raises(InvalidPropsError, match="also the address of self IP k8s-self"):
        K8sApiFrontend(stack, "k8s", cluster=taken, network=network)


def test_two_clusters_sharing_a_master_fail_validation_at_synth(stack):
    K8sApiFrontend(stack, "prod", cluster=CLUSTER)
    staging = replace(
        CLUSTER,
        name="k8s-staging",
        vip=ip_address("10.1.1.101"),
        masters=(Master("staging-1", ip_address("10.1.1.171")),) + CLUSTER.masters[1:2],
    )
    K8sApiFrontend(stack, "staging", cluster=staging)
    with pytest.raises(RuntimeError) as raised:
        synth(stack)
    message = str(raised.value)
    assert (
        "test/staging.masters[0].address: '10.1.1.171' is a duplicate node address; "
        "it is already used at test/prod.masters[0].address"
    ) in message
    assert (
        "test/staging.masters[1].name: '/Common/cp-2' is a duplicate node name"
        in message
    )


def test_distinct_clusters_in_one_stack_pass_validation(stack):
    K8sApiFrontend(stack, "prod", cluster=CLUSTER)
    staging = replace(
        CLUSTER,
        name="k8s-staging",
        vip=ip_address("10.1.1.101"),
        masters=(Master("staging-1", ip_address("10.1.1.181")),),
    )
    K8sApiFrontend(stack, "staging", cluster=staging)
    assert len(resources(synth(stack), "bigip_ltm_virtual_server")) == 2


def test_addresses_may_be_given_as_text():
    cluster = ClusterProps(
        name="k8s", vip="10.1.1.100", masters=[Master("cp-1", "10.1.1.171")]
    )
    assert cluster.vip == ip_address("10.1.1.100")
    assert cluster.masters == (Master("cp-1", ip_address("10.1.1.171")),)
    assert SelfIp("s", "10.1.1.176/24").address == ip_interface("10.1.1.176/24")


def test_text_that_is_no_address_is_rejected_naming_the_field():
    with pytest.raises(InvalidPropsError) as raised:
        Master("cp-1", "10.1.1.999")
    assert str(raised.value) == (
        "Master: invalid props\n  - address: '10.1.1.999' is not an IPv4 or IPv6 "
        "address; expected 10.1.1.100 or 2001:db8::100"
    )
