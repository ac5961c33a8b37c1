"""The security layer as K8sApiFrontend composes it, and the rules it enforces."""

from ipaddress import ip_address
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, only, resources, synth
from k8s_api_frontend import (
    ApiVirtualServer,
    ClusterProps,
    DosProtectionProps,
    InvalidPropsError,
    K8sApiFrontend,
    Master,
    SecurityProps,
    TlsMode,
    WafPolicyProps,
)
from provider_schema import schema_errors

from stacks.loader import ConfigError, load

BOTH = SecurityProps(waf=WafPolicyProps(), dos=DosProtectionProps())


def cluster(**overrides):
    props = dict(
        name="k8s-master",
        vip=ip_address("10.1.1.100"),
        masters=(Master("k8s-master-1", ip_address("10.1.1.174")),),
        tls_mode=TlsMode.TERMINATE,
        security=BOTH,
    )
    return ClusterProps(**{**props, **overrides})


def test_terminate_with_waf_and_dos_wires_everything_into_the_virtual_server(stack):
    K8sApiFrontend(stack, "frontend", cluster=cluster())
    document = synth(stack)
    vs = only(document, "bigip_ltm_virtual_server")
    ltm_key = next(iter(document["resource"]["bigip_ltm_policy"]))
    as3_key = next(iter(document["resource"]["bigip_as3"]))
    assert vs["profiles"] == [
        "/Common/tcp",
        "/Common/http",
        "/Common/websecurity",
        "/Common/Shared/k8s-master-dos",
    ]
    assert vs["client_profiles"] == ["/Common/clientssl"]
    assert vs["server_profiles"] == ["/Common/serverssl"]
    assert vs["policies"] == [f"${{bigip_ltm_policy.{ltm_key}.name}}"]
    assert vs["security_log_profiles"] == ["/Common/Shared/k8s-master-security-log"]
    assert vs["depends_on"] == [f"bigip_as3.{as3_key}"]
    assert schema_errors(document) == []


def test_without_security_nothing_is_added(stack):
    K8sApiFrontend(stack, "frontend", cluster=cluster(security=SecurityProps()))
    document = synth(stack)
    for kind in ("bigip_waf_policy", "bigip_ltm_policy", "bigip_as3"):
        assert resources(document, kind) == []
    vs = only(document, "bigip_ltm_virtual_server")
    assert vs["profiles"] == ["/Common/tcp", "/Common/http"]
    assert "depends_on" not in vs and "policies" not in vs


def test_waf_alone_needs_no_as3_declaration(stack):
    K8sApiFrontend(
        stack, "frontend", cluster=cluster(security=SecurityProps(waf=WafPolicyProps()))
    )
    document = synth(stack)
    assert resources(document, "bigip_as3") == []
    assert (
        "/Common/websecurity" in only(document, "bigip_ltm_virtual_server")["profiles"]
    )


@pytest.mark.parametrize(
    ("security", "field", "feature"),
    [
        (SecurityProps(waf=WafPolicyProps()), "security.waf", "a WAF policy"),
        (SecurityProps(dos=DosProtectionProps()), "security.dos", "L7 DoS protection"),
    ],
)
def test_security_with_passthrough_says_why_and_how_to_fix(
    stack, security, field, feature
):
    with pytest.raises(InvalidPropsError) as raised:
        K8sApiFrontend(
            stack,
            "frontend",
            cluster=cluster(tls_mode=TlsMode.PASSTHROUGH, security=security),
        )
    (problem,) = raised.value.problems
    assert problem.field == field
    assert problem.message.startswith(f"{feature} needs HTTP visibility")
    assert "set tls_mode: terminate" in problem.message
    assert (
        "client-certificate authentication then ends at the BIG-IP" in problem.message
    )


@pytest.mark.parametrize(
    ("tls_mode", "profile", "text"),
    [
        (TlsMode.PASSTHROUGH, "/Common/websecurity", "needs HTTP visibility"),
        (TlsMode.PASSTHROUGH, "/Common/http", "needs HTTP visibility"),
        (TlsMode.TERMINATE, "/Common/http", "added by the virtual server itself"),
        (TlsMode.PASSTHROUGH, "/Common/tcp", "added by the virtual server itself"),
        (TlsMode.TERMINATE, "/Common/clientssl", "applies to one side only"),
        (TlsMode.TERMINATE, "/Common/serverssl", "applies to one side only"),
    ],
)
def test_profiles_outside_their_context_are_rejected(stack, tls_mode, profile, text):
    with pytest.raises(InvalidPropsError, match=text) as raised:
        ApiVirtualServer(
            stack,
            "vs",
            name="k8s-master-vs",
            vip=ip_address("10.1.1.100"),
            pool="/Common/k8s-master",
            tls_mode=tls_mode,
            profiles=[profile],
        )
    assert [p.field for p in raised.value.problems] == ["profiles[0]"]


def test_cluster_name_as3_cannot_hold_is_reported_on_the_name(stack):
    problems = cluster(name="_k8s").problems()
    assert [p.field for p in problems] == ["name"]
    assert "AS3 object name" in problems[0].message


def write_environment(tmp_path: Path, security: dict, tls_mode: str) -> Path:
    document = yaml.safe_load((ROOT / "environments" / "lab-secured.yaml").read_text())
    document["clusters"][0]["tls_mode"] = tls_mode
    document["clusters"][0]["security"] = security
    path = tmp_path / "env.yaml"
    path.write_text(yaml.safe_dump(document))
    return path


def test_environment_without_security_section_has_no_waf_or_dos(tmp_path):
    path = write_environment(tmp_path, {}, "terminate")
    loaded = load(path)
    assert loaded.environment.clusters[0].props().security == SecurityProps()


def test_empty_waf_and_dos_sections_turn_both_on_with_defaults(tmp_path):
    path = write_environment(tmp_path, {"waf": {}, "dos": {}}, "terminate")
    security = load(path).environment.clusters[0].props().security
    assert security == BOTH


def test_environment_asking_for_waf_with_passthrough_names_file_and_field(tmp_path):
    path = write_environment(tmp_path, {"waf": {}}, "passthrough")
    with pytest.raises(ConfigError) as raised:
        load(path)
    (line,) = raised.value.lines
    assert line.startswith(f"{path}: clusters[0].security.waf: a WAF policy needs HTTP")
    assert "set tls_mode: terminate" in line


def test_environment_with_bad_thresholds_names_the_field(tmp_path):
    security = {"dos": {"source_ip": {"minimum_tps": 500, "maximum_tps": 200}}}
    path = write_environment(tmp_path, security, "terminate")
    with pytest.raises(ConfigError) as raised:
        load(path)
    assert [line.split(": ")[1] for line in raised.value.lines] == [
        "clusters[0].security.dos.source_ip.minimum_tps"
    ]


def test_environment_with_unknown_security_key_lists_the_allowed_ones(tmp_path):
    path = write_environment(tmp_path, {"wafs": {}}, "terminate")
    with pytest.raises(ConfigError) as raised:
        load(path)
    (line,) = raised.value.lines
    assert "clusters[0].security.wafs: unknown key; allowed keys here: dos, waf" in line
