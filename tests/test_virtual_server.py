from ipaddress import ip_address

import pytest
from conftest import only, synth
from k8s_api_frontend import ApiVirtualServer, InvalidPropsError, TlsMode


def make_vs(stack, **overrides):
    props = dict(
        name="k8s-master-vs", vip=ip_address("10.1.1.100"), pool="/Common/k8s-master"
    )
    return ApiVirtualServer(stack, "vs", **{**props, **overrides})


def test_passthrough_is_the_default_and_uses_tcp_only(stack):
    make_vs(stack)
    vs = only(synth(stack), "bigip_ltm_virtual_server")
    assert vs["profiles"] == ["/Common/tcp"]
    assert "client_profiles" not in vs and "server_profiles" not in vs


def test_lab_shape_destination_snat_and_translation(stack):
    make_vs(stack)
    vs = only(synth(stack), "bigip_ltm_virtual_server")
    assert vs["name"] == "/Common/k8s-master-vs"
    assert (vs["destination"], vs["port"], vs["mask"]) == (
        "10.1.1.100",
        6443,
        "255.255.255.255",
    )
    assert vs["source"] == "0.0.0.0/0"
    assert vs["ip_protocol"] == "tcp"
    assert vs["source_address_translation"] == "automap"
    assert (vs["translate_address"], vs["translate_port"]) == ("enabled", "enabled")
    assert vs["pool"] == "/Common/k8s-master"


def test_terminate_adds_http_and_ssl_on_each_side(stack):
    make_vs(stack, tls_mode=TlsMode.TERMINATE)
    vs = only(synth(stack), "bigip_ltm_virtual_server")
    assert vs["profiles"] == ["/Common/tcp", "/Common/http"]
    assert vs["client_profiles"] == ["/Common/clientssl"]
    assert vs["server_profiles"] == ["/Common/serverssl"]


def test_ipv6_vip_gets_a_host_mask_and_any_v6_source(stack):
    make_vs(stack, vip=ip_address("2001:db8::100"))
    vs = only(synth(stack), "bigip_ltm_virtual_server")
    assert vs["mask"] == "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
    assert vs["source"] == "::/0"


def test_vlans_restrict_where_the_server_listens(stack):
    make_vs(stack, vlans=["/Common/management"])
    vs = only(synth(stack), "bigip_ltm_virtual_server")
    assert (vs["vlans"], vs["vlans_enabled"]) == (["/Common/management"], True)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"port": 0}, "port"),
        ({"pool": "k8s-master"}, "pool"),
        ({"name": "/Common/a b"}, "name"),
    ],
)
def test_bad_props_are_rejected(stack, overrides, field):
    with pytest.raises(InvalidPropsError) as raised:
        make_vs(stack, **overrides)
    assert [p.field for p in raised.value.problems] == [field]
