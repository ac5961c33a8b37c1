"""The reference lab, synthesized end to end by the app as a user runs it."""

import json

import pytest
from conftest import (
    ROOT,
    SECRETS,
    assert_matches_golden,
    resources,
    run_app,
    synth_example,
)
from provider_schema import schema_errors


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    return synth_example(tmp_path_factory.mktemp("lab"), "lab")


def test_lab_has_every_object_of_the_front_end(lab):
    document = lab["json"]
    counts = {kind: len(resources(document, kind)) for kind in document["resource"]}
    assert counts == {
        "bigip_net_vlan": 1,
        "bigip_net_selfip": 1,
        "bigip_ltm_monitor": 1,
        "bigip_ltm_pool": 1,
        "bigip_ltm_node": 3,
        "bigip_ltm_pool_attachment": 3,
        "bigip_ltm_virtual_server": 1,
    }


def test_lab_masters_are_the_reference_master_and_two_more(lab):
    nodes = resources(lab["json"], "bigip_ltm_node")
    assert sorted(n["address"] for n in nodes) == [
        "10.1.1.171",
        "10.1.1.172",
        "10.1.1.174",
    ]


def test_lab_virtual_server_matches_the_reference(lab):
    (vs,) = resources(lab["json"], "bigip_ltm_virtual_server")
    assert vs["name"] == "/Common/k8s-master-vs"
    assert (vs["destination"], vs["port"]) == ("10.1.1.100", 6443)
    assert vs["source_address_translation"] == "automap"
    assert vs["profiles"] == ["/Common/tcp"]


def test_lab_monitor_checks_readyz_not_ping(lab):
    (monitor,) = resources(lab["json"], "bigip_ltm_monitor")
    assert monitor["parent"] == "/Common/https"
    assert "GET /readyz" in monitor["send"]


def test_lab_self_ip_is_locked_down(lab):
    (self_ip,) = resources(lab["json"], "bigip_net_selfip")
    assert self_ip["port_lockdown"] == ["none"]


def test_provider_verifies_tls_and_holds_no_credentials(lab):
    (provider,) = lab["json"]["provider"]["bigip"]
    assert provider == {"validate_certs_disable": False}
    assert not any(secret in lab["text"] for secret in SECRETS.values())
    assert "192.0.2.10" not in lab["text"]


def test_nothing_secret_is_printed(lab):
    output = lab["result"].stdout + lab["result"].stderr
    assert not any(secret in output for secret in SECRETS.values())


def test_lab_validates_against_the_provider_schema(lab):
    assert schema_errors(lab["json"]) == []


def test_lab_matches_the_reviewed_golden_file(lab):
    assert_matches_golden("lab", lab["text"])


def test_environment_variable_selects_the_files_when_no_argument_is_given(tmp_path):
    out = tmp_path / "out"
    result = run_app(
        env={
            "CDKTF_OUTDIR": str(out),
            "FRONTEND_ENVIRONMENTS": str(ROOT / "environments" / "lab.yaml"),
        }
    )
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (out / "stacks").iterdir()] == ["lab"]


def test_schema_check_catches_an_unknown_attribute(lab):
    document = json.loads(lab["text"])
    next(iter(document["resource"]["bigip_ltm_pool"].values()))["colour"] = "blue"
    assert any("colour: no such attribute" in e for e in schema_errors(document))
