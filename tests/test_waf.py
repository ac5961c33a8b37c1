import json
from ipaddress import ip_network

import pytest
from conftest import only, synth
from k8s_api_frontend import (
    EnforcementMode,
    InvalidPropsError,
    IpException,
    WafPolicyProps,
    WafProtection,
)
from provider_schema import schema_errors


def make_waf(stack, **settings):
    return WafProtection(
        stack, "waf", name="k8s-master-waf", settings=WafPolicyProps(**settings)
    )


def signature_set_names(policy):
    return [json.loads(entry)["name"] for entry in policy["signature_sets"]]


def test_default_policy_blocks_with_the_api_security_template(stack):
    make_waf(stack)
    policy = only(synth(stack), "bigip_waf_policy")
    assert (policy["name"], policy["partition"]) == ("k8s-master-waf", "Common")
    assert policy["enforcement_mode"] == "blocking"
    assert policy["template_name"] == "POLICY_TEMPLATE_API_SECURITY"


def test_default_policy_enforces_sql_injection_and_generic_high_accuracy_sets(stack):
    make_waf(stack)
    policy = only(synth(stack), "bigip_waf_policy")
    assert signature_set_names(policy) == [
        "SQL Injection Signatures",
        "Generic Detection Signatures (High Accuracy)",
    ]
    assert all(json.loads(s)["block"] for s in policy["signature_sets"])


def test_blocking_policy_enforces_signatures_without_staging(stack):
    make_waf(stack)
    policy = only(synth(stack), "bigip_waf_policy")
    assert policy["signatures_settings"] == [
        {"signature_staging": False, "placesignatures_in_staging": False}
    ]


def test_transparent_policy_only_logs_and_stages_signatures(stack):
    make_waf(stack, enforcement_mode=EnforcementMode.TRANSPARENT)
    policy = only(synth(stack), "bigip_waf_policy")
    assert policy["enforcement_mode"] == "transparent"
    assert policy["signatures_settings"][0]["signature_staging"] is True


def test_policy_builder_never_changes_the_policy_on_its_own(stack):
    make_waf(stack)
    policy = only(synth(stack), "bigip_waf_policy")
    assert policy["policy_builder"] == [{"learning_mode": "manual"}]


def test_openapi_file_and_server_technologies_are_passed_on(stack):
    url = "https://specs.example.net/k8s/openapi-v2.json"
    make_waf(stack, openapi_url=url, server_technologies=("Unix/Linux", "Nginx"))
    policy = only(synth(stack), "bigip_waf_policy")
    assert policy["open_api_files"] == [url]
    assert policy["server_technologies"] == ["Unix/Linux", "Nginx"]


def test_trusted_sources_are_never_blocked(stack):
    monitoring = IpException(ip_network("10.1.1.48/28"), "monitoring")
    make_waf(stack, ip_exceptions=(monitoring,))
    (exception,) = only(synth(stack), "bigip_waf_policy")["ip_exceptions"]
    assert (exception["ip_address"], exception["ip_mask"]) == (
        "10.1.1.48",
        "255.255.255.240",
    )
    assert exception["block_requests"] == "never"
    assert exception["description"] == "monitoring"


def test_ltm_policy_enables_the_waf_policy_by_reference(stack):
    make_waf(stack)
    document = synth(stack)
    ltm = only(document, "bigip_ltm_policy")
    waf_key = next(iter(document["resource"]["bigip_waf_policy"]))
    assert ltm["name"] == "/Common/k8s-master-waf-l7"
    assert (ltm["requires"], ltm["controls"]) == (["http"], ["asm"])
    (rule,) = ltm["rule"]
    assert rule["action"] == [
        {
            "asm": True,
            "enable": True,
            "policy": f"/Common/${{bigip_waf_policy.{waf_key}.name}}",
        }
    ]


def test_waf_resources_validate_against_the_provider_schema(stack):
    make_waf(stack, ip_exceptions=(IpException(ip_network("10.1.1.50/32")),))
    assert schema_errors(synth(stack)) == []


@pytest.mark.parametrize(
    ("settings", "field", "text"),
    [
        (
            {"signature_sets": ("Generic Detection Signatures (High Accuracy)",)},
            "signature_sets",
            "SQL Injection Signatures",
        ),
        ({"openapi_url": "file:///tmp/spec.json"}, "openapi_url", "web address"),
        ({"server_technologies": (" ",)}, "server_technologies[0]", "empty"),
        ({"template": ""}, "template", "empty"),
        (
            {"signature_sets": ("SQL Injection Signatures",) * 2},
            "signature_sets[1]",
            "duplicate signature set",
        ),
        (
            {"ip_exceptions": (IpException(ip_network("10.0.0.0/8")),) * 2},
            "ip_exceptions[1].network",
            "duplicate trusted network",
        ),
    ],
)
def test_bad_settings_are_rejected(stack, settings, field, text):
    with pytest.raises(InvalidPropsError) as raised:
        make_waf(stack, **settings)
    (problem,) = raised.value.problems
    assert problem.field == field
    assert text in problem.message


def test_policy_name_with_a_slash_is_rejected(stack):
    with pytest.raises(InvalidPropsError) as raised:
        WafProtection(stack, "waf", name="/Common/k8s-waf")
    assert [p.field for p in raised.value.problems] == ["name"]
