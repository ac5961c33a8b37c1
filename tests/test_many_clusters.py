"""Several clusters on one BIG-IP: checked together, ids stable, created in parallel."""

import re

import pytest
from conftest import resources
from provider_schema import schema_errors
from sample_environments import (
    changed,
    cluster,
    masters,
    problems_of,
    resource_bodies,
    single_device,
    synth_environment,
)

from stacks.loader import ConfigError, load

PROD = cluster("k8s-prod", "10.1.1.100", masters("prod", 10))
STAGING = cluster("k8s-staging", "10.1.1.101", masters("staging", 20))
DEV = cluster("k8s-dev", "10.1.1.102", masters("dev", 30))


def test_three_clusters_share_one_device_and_validate():
    document = synth_environment(single_device(PROD, STAGING, DEV))
    assert len(resources(document, "bigip_ltm_virtual_server")) == 3
    assert len(resources(document, "bigip_ltm_pool")) == 3
    assert len(resources(document, "bigip_ltm_node")) == 9
    assert len(resources(document, "bigip_net_vlan")) == 1
    assert schema_errors(document) == []


def test_each_cluster_names_its_own_objects():
    document = synth_environment(single_device(PROD, STAGING))
    pools = {p["name"] for p in resources(document, "bigip_ltm_pool")}
    servers = {v["name"] for v in resources(document, "bigip_ltm_virtual_server")}
    assert pools == {"/Common/k8s-prod", "/Common/k8s-staging"}
    assert servers == {"/Common/k8s-prod-vs", "/Common/k8s-staging-vs"}


def _rename_master(data):
    data["clusters"][1]["masters"][0]["name"] = "prod-2"


def _reuse_address(data):
    data["clusters"][1]["masters"][2]["address"] = "10.1.1.11"


def _reuse_listener(data):
    data["clusters"][1]["vip"] = "10.1.1.100"


def _vip_on_other_master(data):
    data["clusters"][1]["vip"] = "10.1.1.12"


def _repeat_cluster_name(data):
    data["clusters"][1]["name"] = "k8s-prod"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _rename_master,
            "clusters[1].masters[0].name: '/Common/prod-2' is a duplicate node name; "
            "it is already used at clusters[0].masters[1].name",
        ),
        (
            _reuse_address,
            "clusters[1].masters[2].address: '10.1.1.11' is a duplicate node address; "
            "it is already used at clusters[0].masters[1].address",
        ),
        (
            _reuse_listener,
            "clusters[1].vip: '10.1.1.100:6443' is a duplicate VIP and port; "
            "it is already used at clusters[0].vip",
        ),
        (
            _vip_on_other_master,
            "clusters[1].vip: '10.1.1.12' is also the address of clusters[0].masters[2]",
        ),
        (
            _repeat_cluster_name,
            "clusters[1].name: 'k8s-prod' is a duplicate cluster name",
        ),
    ],
)
def test_clusters_of_one_device_must_not_clash(change, expected):
    problems = problems_of(changed(single_device(PROD, STAGING), change))
    assert any(p.startswith(expected) for p in problems), problems


def test_same_vip_on_another_port_is_allowed():
    other_port = changed(STAGING, lambda c: c.update(vip="10.1.1.100", vip_port=8443))
    assert problems_of(single_device(PROD, other_port)) == []


def test_clashes_are_reported_as_file_field_message(tmp_path):
    import yaml

    path = tmp_path / "clash.yaml"
    data = changed(single_device(PROD, STAGING), _reuse_listener)
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(ConfigError) as raised:
        load(path)
    assert raised.value.lines == [
        f"{path}: clusters[1].vip: '10.1.1.100:6443' is a duplicate VIP and port; "
        "it is already used at clusters[0].vip"
    ]


def test_removing_a_master_from_the_middle_removes_only_its_objects():
    five = cluster("k8s-prod", "10.1.1.100", masters("prod", 10, count=5))
    before = resource_bodies(synth_environment(single_device(five)))
    without_third = changed(five, lambda c: c["masters"].pop(2))
    after = resource_bodies(synth_environment(single_device(without_third)))

    removed = set(before) - set(after)
    assert set(after) <= set(before)
    assert len(removed) == 2
    assert all("_members_prod-3_" in key for key in removed)
    assert all(before[key] == after[key] for key in after)


def test_adding_a_master_adds_only_its_objects():
    before = resource_bodies(synth_environment(single_device(PROD)))
    grown = changed(PROD, lambda c: c["masters"].insert(0, masters("extra", 40, 1)[0]))
    after = resource_bodies(synth_environment(single_device(grown)))
    added = set(after) - set(before)
    assert set(before) <= set(after)
    assert {key.split(".")[0] for key in added} == {
        "bigip_ltm_node",
        "bigip_ltm_pool_attachment",
    }
    assert all(before[key] == after[key] for key in before)


REFERENCE = re.compile(r"\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)")


def dependency_graph(document: dict) -> dict[str, set[str]]:
    """``type.id`` -> the resources it references or depends on, as Terraform sees it."""
    graph = {}
    for key, body in resource_bodies(document).items():
        text = str({k: v for k, v in body.items() if k != "//"})
        graph[key] = {m for m in REFERENCE.findall(text) if m != key}
    return graph


def reaches(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for target in graph[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_masters_do_not_wait_for_each_other_but_pool_and_vs_wait_in_order():
    document = synth_environment(single_device(PROD))
    graph = dependency_graph(document)

    def key(kind, fragment):
        (found,) = [k for k in graph if k.startswith(kind) and fragment in k]
        return found

    members = {
        master["name"]: {
            key("bigip_ltm_node.", f"_{master['name']}_"),
            key("bigip_ltm_pool_attachment.", f"_{master['name']}_"),
        }
        for master in PROD["masters"]
    }
    for name, own in members.items():
        others = set().union(*(v for k, v in members.items() if k != name))
        for resource in own:
            assert not reaches(graph, resource) & others, resource

    monitor = key("bigip_ltm_monitor.", "k8s-prod")
    pool = key("bigip_ltm_pool.", "k8s-prod")
    server = key("bigip_ltm_virtual_server.", "k8s-prod")
    assert monitor in graph[pool]
    assert pool in graph[server]
    for name in members:
        attachment = key("bigip_ltm_pool_attachment.", f"_{name}_")
        assert {pool, key("bigip_ltm_node.", f"_{name}_")} <= graph[attachment]
