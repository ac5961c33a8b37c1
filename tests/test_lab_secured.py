"""The reference lab with its WAF and DoS protection, synthesized by the app."""

import json

import pytest
from as3_schema import adc_errors, request_errors
from conftest import (
    SECRETS,
    assert_matches_golden,
    only,
    resources,
    synth_example,
)
from provider_schema import schema_errors


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    return synth_example(tmp_path_factory.mktemp("lab-secured"), "lab-secured")


def key_of(document, kind):
    (key,) = document["resource"][kind]
    return key


def test_secured_lab_has_the_security_objects(lab):
    document = lab["json"]
    counts = {kind: len(resources(document, kind)) for kind in document["resource"]}
    assert counts["bigip_waf_policy"] == 1
    assert counts["bigip_ltm_policy"] == 1
    assert counts["bigip_as3"] == 1
    assert counts["bigip_ltm_virtual_server"] == 1


def test_secured_virtual_server_has_the_reference_lab_shape(lab):
    document = lab["json"]
    vs = only(document, "bigip_ltm_virtual_server")
    assert vs["name"] == "/Common/k8s-master-vs"
    assert (vs["destination"], vs["port"]) == ("10.1.1.100", 6443)
    assert vs["source_address_translation"] == "automap"
    assert vs["profiles"] == [
        "/Common/tcp",
        "/Common/http",
        "/Common/websecurity",
        "/Common/Shared/k8s-master-dos",
    ]
    assert vs["client_profiles"] == ["/Common/clientssl"]
    assert vs["server_profiles"] == ["/Common/serverssl"]
    ltm = key_of(document, "bigip_ltm_policy")
    assert vs["policies"] == [f"${{bigip_ltm_policy.{ltm}.name}}"]
    assert vs["security_log_profiles"] == ["/Common/Shared/k8s-master-security-log"]
    assert vs["depends_on"] == [f"bigip_as3.{key_of(document, 'bigip_as3')}"]


def test_secured_lab_waf_blocks_sql_injection(lab):
    document = lab["json"]
    policy = only(document, "bigip_waf_policy")
    assert policy["enforcement_mode"] == "blocking"
    sets = [json.loads(entry) for entry in policy["signature_sets"]]
    assert any(s["name"] == "SQL Injection Signatures" and s["block"] for s in sets)
    (rule,) = only(document, "bigip_ltm_policy")["rule"]
    waf = key_of(document, "bigip_waf_policy")
    assert rule["action"][0]["policy"] == f"/Common/${{bigip_waf_policy.{waf}.name}}"


def test_secured_lab_declaration_holds_both_profiles_and_validates(lab):
    request = json.loads(only(lab["json"], "bigip_as3")["as3_json"])
    shared = request["declaration"]["Common"]["Shared"]
    assert shared["k8s-master-dos"]["class"] == "DOS_Profile"
    assert shared["k8s-master-security-log"]["class"] == "Security_Log_Profile"
    assert adc_errors(request["declaration"]) == []
    assert request_errors(request) == []


def test_secured_lab_validates_against_the_provider_schema(lab):
    assert schema_errors(lab["json"]) == []


def test_secured_lab_holds_no_credentials(lab):
    assert not any(secret in lab["text"] for secret in SECRETS.values())


def test_secured_lab_matches_the_reviewed_golden_file(lab):
    assert_matches_golden("lab-secured", lab["text"])
