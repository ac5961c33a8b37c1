"""An environment on an HA pair: a provider per device, peers' own network, config sync."""

import cdktf
import pytest
from conftest import SECRETS, assert_matches_golden, resources, synth_example
from k8s_api_frontend import InvalidPropsError
from k8s_api_frontend.generated.bigip.ltm_node import LtmNode
from k8s_api_frontend.ha_pair import Device, HaPair
from provider_schema import schema_errors
from sample_environments import (
    changed,
    cluster,
    ha_pair,
    masters,
    problems_of,
    resource_bodies,
    synth_environment,
)

PROD = cluster("k8s-prod", "10.1.1.100", masters("prod", 10))
SYNC = "run cm config-sync to-group failover-group"


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    """The example file environments/ha-pair.yaml, synthesized by the app."""
    return synth_example(tmp_path_factory.mktemp("ha-pair"), "ha-pair")


def test_example_validates_against_the_provider_schema(example):
    assert schema_errors(example["json"]) == []


def test_example_matches_the_reviewed_golden_file(example):
    assert_matches_golden("ha-pair", example["text"])


def test_example_has_one_provider_per_device_and_no_credentials(example):
    providers = example["json"]["provider"]["bigip"]
    assert [(p["alias"], p["address"]) for p in providers] == [
        ("bigip-a", "192.0.2.11"),
        ("bigip-b", "192.0.2.12"),
    ]
    assert all(p["validate_certs_disable"] is False for p in providers)
    assert not any(secret in example["text"] for secret in SECRETS.values())


def test_every_bigip_resource_names_its_device(example):
    bodies = resource_bodies(example["json"])
    placed = {k: b.get("provider") for k, b in bodies.items() if k.startswith("bigip_")}
    assert set(placed.values()) == {"bigip.bigip-a", "bigip.bigip-b"}


def test_each_device_gets_its_vlan_and_own_self_ip_the_floating_one_goes_to_the_active():
    document = synth_environment(ha_pair(PROD))
    vlans = {v["provider"] for v in resources(document, "bigip_net_vlan")}
    assert vlans == {"bigip.bigip-a", "bigip.bigip-b"}
    self_ips = {
        (s["name"], s["traffic_group"], s["provider"])
        for s in resources(document, "bigip_net_selfip")
    }
    assert self_ips == {
        ("/Common/self-a", "/Common/traffic-group-local-only", "bigip.bigip-a"),
        ("/Common/self-b", "/Common/traffic-group-local-only", "bigip.bigip-b"),
        ("/Common/float", "/Common/traffic-group-1", "bigip.bigip-a"),
    }
    (peer_self_ip,) = [
        s for s in resources(document, "bigip_net_selfip") if s["name"].endswith("-b")
    ]
    peer_vlan = [
        key
        for key, body in document["resource"]["bigip_net_vlan"].items()
        if body["provider"] == "bigip.bigip-b"
    ]
    assert peer_self_ip["vlan"] == f"${{bigip_net_vlan.{peer_vlan[0]}.name}}"


def test_ltm_objects_are_made_on_the_active_device_only():
    document = synth_environment(ha_pair(PROD))
    for kind in (
        "bigip_ltm_monitor",
        "bigip_ltm_pool",
        "bigip_ltm_node",
        "bigip_ltm_pool_attachment",
        "bigip_ltm_virtual_server",
    ):
        assert {r["provider"] for r in resources(document, kind)} == {"bigip.bigip-a"}


def sync_commands(document):
    commands = document["resource"]["bigip_command"]
    (after_apply,) = [k for k in commands if "after-apply" in k]
    (after_destroy,) = [k for k in commands if "after-destroy" in k]
    return commands, after_apply, after_destroy


def test_config_sync_runs_on_the_active_device_after_everything_else():
    document = synth_environment(ha_pair(PROD))
    commands, after_apply, after_destroy = sync_commands(document)
    sync = commands[after_apply]
    assert sync["commands"] == [SYNC]
    assert sync["provider"] == "bigip.bigip-a"
    others = {
        f"${{{key}}}"
        for key in resource_bodies(document)
        if key.startswith("bigip_") and not key.startswith("bigip_command.")
    }
    assert set(sync["depends_on"]) == others | {f"${{bigip_command.{after_destroy}}}"}


def test_deletions_are_synced_by_a_command_every_synced_object_depends_on():
    document = synth_environment(ha_pair(PROD))
    commands, _, after_destroy = sync_commands(document)
    assert commands[after_destroy]["when"] == "destroy"
    assert commands[after_destroy]["commands"] == [SYNC]
    reference = f"${{bigip_command.{after_destroy}}}"
    for key, body in resource_bodies(document).items():
        on_active = body.get("provider") == "bigip.bigip-a"
        if key.startswith("bigip_") and not key.startswith("bigip_command."):
            assert (reference in body.get("depends_on", [])) == on_active, key


def revision_of(document):
    (revision,) = document["resource"]["terraform_data"].values()
    return revision["triggers_replace"]["configuration"]


def test_both_syncs_run_again_whenever_the_synced_configuration_changes():
    document = synth_environment(ha_pair(PROD))
    commands, after_apply, after_destroy = sync_commands(document)
    (revision_key,) = document["resource"]["terraform_data"]
    for key in (after_apply, after_destroy):
        assert commands[key]["lifecycle"]["replace_triggered_by"] == [
            f"${{terraform_data.{revision_key}}}"
        ]

    same = synth_environment(ha_pair(PROD))
    fewer = synth_environment(ha_pair(changed(PROD, lambda c: c["masters"].pop(1))))
    assert revision_of(same) == revision_of(document)
    assert revision_of(fewer) != revision_of(document)


def test_a_resource_on_no_device_fails_the_synth():
    stack = cdktf.TerraformStack(cdktf.Testing.app(), "pair")
    HaPair(
        stack,
        "devices",
        devices=[Device("a", "192.0.2.11"), Device("b", "192.0.2.12")],
        device_group="failover-group",
    )
    LtmNode(stack, "stray", name="/Common/stray", address="10.1.1.9")
    with pytest.raises(RuntimeError, match="pair/stray: BIG-IP resource on no device"):
        cdktf.Testing.synth(stack, run_validations=True)


@pytest.mark.parametrize(
    ("devices", "group", "field"),
    [
        ([Device("a", "192.0.2.11")], "g", "devices"),
        ([Device("a", "x"), Device("1b", "y")], "g", "devices[1].name"),
        ([Device("a", "x"), Device("a", "y")], "g", "devices[1].name"),
        ([Device("a", "x"), Device("b", "x")], "g", "devices[1].address"),
        ([Device("a", "x"), Device("b", "y")], "/Tenant/g", "device_group"),
    ],
)
def test_bad_pairs_are_rejected(devices, group, field):
    stack = cdktf.TerraformStack(cdktf.Testing.app(), "pair")
    with pytest.raises(InvalidPropsError) as raised:
        HaPair(stack, "devices", devices=devices, device_group=group)
    assert field in {p.field for p in raised.value.problems}


def _floating_on_device(data):
    data["network"]["self_ips"][2]["device"] = "bigip-a"


def _local_without_device(data):
    del data["network"]["self_ips"][1]["device"]


def _unknown_device(data):
    data["network"]["self_ips"][1]["device"] = "bigip-c"


def _one_device(data):
    data["bigip"]["devices"].pop()


def _address_and_devices(data):
    data["bigip"]["address"] = "192.0.2.10"


def _no_group(data):
    del data["bigip"]["device_group"]


def _peer_off_subnet(data):
    data["network"]["self_ips"][1]["address"] = "10.1.2.178/24"


def _master_only_near_the_first_device(data):
    data["network"]["self_ips"].append(
        {"name": "self-a2", "address": "10.1.2.177/24", "device": "bigip-a"}
    )
    data["clusters"][0]["masters"][0]["address"] = "10.1.2.10"


def _gateway_only_near_the_first_device(data):
    _master_only_near_the_first_device(data)
    data["clusters"][0]["masters"][0]["address"] = "10.1.1.9"
    data["network"]["routes"] = [
        {"name": "to-dc2", "network": "10.9.0.0/16", "gateway": "10.1.2.1"}
    ]


def _device_without_pair(data):
    del data["bigip"]
    del data["network"]["self_ips"][2]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_floating_on_device, "network.self_ips[2].device: a floating self IP"),
        (_local_without_device, "network.self_ips[1].device: a non-floating self IP"),
        (_unknown_device, "network.self_ips[1].device: 'bigip-c' is not one of"),
        (_one_device, "bigip.devices: 1 device(s); an HA pair needs two"),
        (_address_and_devices, "bigip.address: set either 'address'"),
        (_no_group, "bigip.device_group: required with bigip.devices"),
        (
            _peer_off_subnet,
            "network.self_ips[2].address: device 'bigip-b' has no non-floating self IP",
        ),
        (_device_without_pair, "network.self_ips[0].device: 'device' is only for"),
        (
            _master_only_near_the_first_device,
            "clusters[0].masters[0].address: '10.1.2.10' (master prod-1) is on none of "
            "device 'bigip-b'",
        ),
        (
            _gateway_only_near_the_first_device,
            "network.routes[0].gateway: '10.1.2.1' (gateway) is on none of device "
            "'bigip-b'",
        ),
    ],
)
def test_ha_settings_that_cannot_work_are_reported(change, expected):
    problems = problems_of(changed(ha_pair(PROD), change))
    assert any(p.startswith(expected) for p in problems), problems


def test_placing_on_a_device_outside_the_pair_is_rejected():
    stack = cdktf.TerraformStack(cdktf.Testing.app(), "pair")
    pair = HaPair(
        stack,
        "devices",
        devices=[Device("a", "192.0.2.11"), Device("b", "192.0.2.12")],
        device_group="failover-group",
    )
    with pytest.raises(InvalidPropsError, match="'c' is not a device of this HA pair"):
        pair.place(stack, "c")


def test_security_layer_and_remote_state_combine_with_the_pair():
    secured = {
        **PROD,
        "tls_mode": "terminate",
        "security": {"waf": {}, "dos": {}},
    }
    data = {**ha_pair(secured), "backend": {"kind": "pg"}}
    document = synth_environment(data)
    (declaration,) = document["resource"]["bigip_as3"].values()
    (waf_policy,) = document["resource"]["bigip_waf_policy"].values()
    assert declaration["provider"] == "bigip.bigip-a"
    assert waf_policy["provider"] == "bigip.bigip-a"
    assert document["terraform"]["backend"] == {"pg": {"schema_name": "pair"}}
    assert schema_errors(document) == []
