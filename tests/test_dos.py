import json

import pytest
from as3_schema import adc_errors, request_errors
from conftest import only, resources, synth
from k8s_api_frontend import (
    DosMode,
    DosProtectionProps,
    InvalidPropsError,
    L7DosProtection,
    RateThresholds,
)
from provider_schema import schema_errors


def as3_request(document):
    return json.loads(only(document, "bigip_as3")["as3_json"])


def shared_objects(document):
    return as3_request(document)["declaration"]["Common"]["Shared"]


def test_declaration_validates_against_the_as3_schema(stack):
    L7DosProtection(stack, "dos", name="k8s-master")
    request = as3_request(synth(stack))
    assert adc_errors(request["declaration"]) == []
    assert request_errors(request) == []


def test_schema_check_catches_a_misspelt_property(stack):
    L7DosProtection(stack, "dos", name="k8s-master")
    declaration = as3_request(synth(stack))["declaration"]
    detection = declaration["Common"]["Shared"]["k8s-master-dos"]["application"]
    detection["rateBasedDetection"]["sourceIP"]["minTps"] = 40
    assert any("'minTps' was unexpected" in e for e in adc_errors(declaration))


def test_declaration_lives_in_common_shared_and_touches_no_other_tenant(stack):
    dos = L7DosProtection(stack, "dos", name="k8s-master")
    document = synth(stack)
    assert only(document, "bigip_as3")["tenant_filter"] == "Common"
    assert shared_objects(document)["template"] == "shared"
    assert dos.dos_profile == "/Common/Shared/k8s-master-dos"
    assert dos.log_profile == "/Common/Shared/k8s-master-security-log"


def test_dos_profile_detects_by_source_ip_url_and_site_and_blocks(stack):
    L7DosProtection(stack, "dos", name="k8s-master")
    profile = shared_objects(synth(stack))["k8s-master-dos"]
    assert profile["class"] == "DOS_Profile"
    detection = profile["application"]["rateBasedDetection"]
    assert detection["operationMode"] == "blocking"
    assert detection["thresholdsMode"] == "manual"
    assert detection["sourceIP"]["maximumTps"] == 200
    assert detection["url"]["maximumTps"] == 1000
    assert detection["site"]["maximumTps"] == 10000


def test_api_clients_are_never_sent_browser_challenges(stack):
    L7DosProtection(stack, "dos", name="k8s-master")
    profile = shared_objects(synth(stack))["k8s-master-dos"]["application"]
    for entity in ("sourceIP", "url", "site"):
        settings = profile["rateBasedDetection"][entity]
        assert settings["clientSideDefenseEnabled"] is False
        assert settings["captchaChallengeEnabled"] is False
    assert profile["heavyURLProtection"] == {"automaticDetectionEnabled": False}


def test_transparent_mode_and_custom_thresholds(stack):
    settings = DosProtectionProps(
        mode=DosMode.TRANSPARENT,
        source_ip=RateThresholds(
            minimum_tps=10, maximum_tps=50, tps_increase_percent=300
        ),
    )
    L7DosProtection(stack, "dos", name="k8s-master", settings=settings)
    detection = shared_objects(synth(stack))["k8s-master-dos"]["application"][
        "rateBasedDetection"
    ]
    assert detection["operationMode"] == "transparent"
    assert (
        detection["sourceIP"]["minimumTps"],
        detection["sourceIP"]["maximumTps"],
        detection["sourceIP"]["tpsIncreaseRate"],
    ) == (10, 50, 300)


def test_log_profile_sends_waf_and_dos_events_to_the_local_publisher(stack):
    L7DosProtection(stack, "dos", name="k8s-master")
    profile = shared_objects(synth(stack))["k8s-master-security-log"]
    assert profile["class"] == "Security_Log_Profile"
    assert profile["application"]["localStorage"] is True
    assert profile["dosApplication"] == {
        "localPublisher": {"bigip": "/Common/local-db-publisher"}
    }


def test_two_clusters_share_one_declaration(stack):
    L7DosProtection(stack, "dos-a", name="cluster-a")
    L7DosProtection(stack, "dos-b", name="cluster-b")
    document = synth(stack)
    assert len(resources(document, "bigip_as3")) == 1
    names = set(shared_objects(document)) - {"class", "template"}
    assert names == {
        "cluster-a-dos",
        "cluster-a-security-log",
        "cluster-b-dos",
        "cluster-b-security-log",
    }
    assert adc_errors(as3_request(document)["declaration"]) == []


def test_the_same_name_twice_in_one_stack_is_rejected(stack):
    L7DosProtection(stack, "dos-a", name="k8s-master")
    with pytest.raises(InvalidPropsError, match="already declared in /Common/Shared"):
        L7DosProtection(stack, "dos-b", name="k8s-master")


def test_dos_resources_validate_against_the_provider_schema(stack):
    L7DosProtection(stack, "dos", name="k8s-master")
    assert schema_errors(synth(stack)) == []


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        (
            DosProtectionProps(
                source_ip=RateThresholds(minimum_tps=300, maximum_tps=200)
            ),
            "source_ip.minimum_tps",
        ),
        (
            DosProtectionProps(url=RateThresholds(minimum_tps=-1, maximum_tps=10)),
            "url.minimum_tps",
        ),
        (DosProtectionProps(escalation_period_seconds=0), "escalation_period_seconds"),
    ],
)
def test_bad_settings_are_rejected(stack, settings, field):
    with pytest.raises(InvalidPropsError) as raised:
        L7DosProtection(stack, "dos", name="k8s-master", settings=settings)
    assert [p.field for p in raised.value.problems] == [field]


def test_name_that_as3_cannot_hold_is_rejected(stack):
    with pytest.raises(InvalidPropsError, match="not an AS3 object name"):
        L7DosProtection(stack, "dos", name="1-cluster")
