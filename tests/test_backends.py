"""The ``backend`` section: each kind synthesizes the block Terraform expects, no secrets."""

import pytest
import yaml
from lab_environment import lab_with, synth_lab
from provider_schema import schema_errors

from stacks.loader import ConfigError, load


def terraform_block(document: dict) -> dict:
    """The ``terraform`` block without what every stack has (the BIG-IP provider pin)."""
    block = dict(document["terraform"])
    assert block.pop("required_providers")["bigip"]["version"] == "1.28.0"
    return block


def load_lab(tmp_path, backend, name="lab"):
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(lab_with(backend, name)))
    return load(path)


def problems_of(tmp_path, backend) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_lab(tmp_path, backend)
    return caught.value.lines


def test_without_a_backend_section_state_is_a_local_file_kept_outside_cdktf_out():
    document = synth_lab(None)
    assert terraform_block(document) == {
        "backend": {"local": {"path": "../../../terraform.lab.tfstate"}}
    }


def test_local_backend_takes_a_path():
    document = synth_lab({"kind": "local", "path": "/srv/state/lab.tfstate"})
    assert terraform_block(document) == {
        "backend": {"local": {"path": "/srv/state/lab.tfstate"}}
    }


def test_s3_backend_derives_the_key_from_the_stack_encrypts_and_locks_natively():
    document = synth_lab(
        {"kind": "s3", "bucket": "acme-tfstate", "region": "eu-central-1"},
        name="prod-eu",
    )
    assert terraform_block(document) == {
        "backend": {
            "s3": {
                "bucket": "acme-tfstate",
                "key": "k8s-api-frontend/prod-eu.tfstate",
                "region": "eu-central-1",
                "encrypt": True,
                "use_lockfile": True,
            }
        }
    }


def test_s3_backend_takes_a_key_prefix_and_a_kms_key():
    document = synth_lab(
        {
            "kind": "s3",
            "bucket": "acme-tfstate",
            "region": "us-east-1",
            "key_prefix": "network/bigip",
            "kms_key_id": "alias/terraform-state",
        }
    )
    s3 = document["terraform"]["backend"]["s3"]
    assert s3["key"] == "network/bigip/lab.tfstate"
    assert s3["kms_key_id"] == "alias/terraform-state"
    assert (s3["encrypt"], s3["use_lockfile"]) == (True, True)


def test_cloud_backend_uses_a_workspace_named_after_the_stack_by_default():
    document = synth_lab({"kind": "cloud", "organization": "acme"}, name="prod-eu")
    assert terraform_block(document) == {
        "cloud": {
            "organization": "acme",
            "hostname": "app.terraform.io",
            "workspaces": {"name": "prod-eu"},
        }
    }


def test_cloud_backend_takes_a_workspace_name_project_and_enterprise_host():
    document = synth_lab(
        {
            "kind": "cloud",
            "organization": "acme",
            "hostname": "tfe.acme.example",
            "workspace_name": "bigip-k8s-api-lab",
            "project": "network",
        }
    )
    assert terraform_block(document) == {
        "cloud": {
            "organization": "acme",
            "hostname": "tfe.acme.example",
            "workspaces": {"name": "bigip-k8s-api-lab", "project": "network"},
        }
    }


def test_cloud_backend_selects_workspaces_by_tags():
    document = synth_lab(
        {"kind": "cloud", "organization": "acme", "workspace_tags": ["bigip", "lab"]}
    )
    assert terraform_block(document) == {
        "cloud": {
            "organization": "acme",
            "hostname": "app.terraform.io",
            "workspaces": {"tags": ["bigip", "lab"]},
        }
    }


def test_pg_backend_keeps_each_stack_in_its_own_schema_and_leaves_conn_str_out():
    document = synth_lab({"kind": "pg"}, name="prod-eu")
    assert terraform_block(document) == {"backend": {"pg": {"schema_name": "prod_eu"}}}


def test_pg_backend_takes_a_schema_name():
    document = synth_lab({"kind": "pg", "schema_name": "bigip_lab"})
    assert document["terraform"]["backend"] == {"pg": {"schema_name": "bigip_lab"}}


def test_http_backend_locks_at_the_state_address_by_default():
    address = "https://state.acme.example/k8s-api/lab"
    document = synth_lab({"kind": "http", "address": address})
    assert terraform_block(document) == {
        "backend": {
            "http": {
                "address": address,
                "lock_address": address,
                "unlock_address": address,
            }
        }
    }


def test_http_backend_takes_separate_lock_endpoints_and_methods():
    state = "https://gitlab.acme.example/api/v4/projects/7/terraform/state/lab"
    document = synth_lab(
        {
            "kind": "http",
            "address": state,
            "lock_address": f"{state}/lock",
            "unlock_address": f"{state}/lock",
            "lock_method": "POST",
            "unlock_method": "DELETE",
            "update_method": "POST",
        }
    )
    assert document["terraform"]["backend"]["http"] == {
        "address": state,
        "lock_address": f"{state}/lock",
        "unlock_address": f"{state}/lock",
        "lock_method": "POST",
        "unlock_method": "DELETE",
        "update_method": "POST",
    }


@pytest.mark.parametrize("kind", ["local", "s3", "cloud", "pg", "http"])
def test_every_backend_leaves_the_big_ip_resources_valid(kind):
    backend = {
        "local": {"kind": "local"},
        "s3": {"kind": "s3", "bucket": "b", "region": "eu-west-1"},
        "cloud": {"kind": "cloud", "organization": "acme"},
        "pg": {"kind": "pg"},
        "http": {"kind": "http", "address": "https://state.example/lab"},
    }[kind]
    document = synth_lab(backend)
    assert schema_errors(document) == []
    assert len(document["resource"]["bigip_ltm_node"]) == 3


@pytest.mark.parametrize(
    ("kind", "required", "key"),
    [
        ("pg", {}, "conn_str"),
        ("s3", {"bucket": "b", "region": "r"}, "secret_key"),
        ("cloud", {"organization": "o"}, "token"),
        ("http", {"address": "https://state.example/x"}, "password"),
    ],
)
def test_a_secret_in_the_file_is_refused_without_repeating_it(
    tmp_path, kind, required, key
):
    secret = "s3cret-9f2c"
    (line,) = problems_of(tmp_path, {"kind": kind, **required, key: secret})
    assert f"backend.{key}: unknown key; allowed keys here:" in line
    assert secret not in line


def test_credentials_in_an_http_address_are_refused_without_repeating_them(tmp_path):
    backend = {"kind": "http", "address": "https://tf:Http-s3cret@state.example/x"}
    (line,) = problems_of(tmp_path, backend)
    assert "backend.address: the URL holds a user name or password" in line
    assert "TF_HTTP_PASSWORD" in line
    assert "Http-s3cret" not in line


@pytest.mark.parametrize(
    "address", ["http://state.acme.example/lab", "ftp://state/lab", "state/lab"]
)
def test_http_state_must_travel_over_tls(tmp_path, address):
    (line,) = problems_of(tmp_path, {"kind": "http", "address": address})
    assert "backend.address:" in line and "is not an https URL" in line


def test_plain_http_to_localhost_is_accepted(tmp_path):
    loaded = load_lab(tmp_path, {"kind": "http", "address": "http://127.0.0.1:8080/x"})
    assert loaded.environment.backend.kind == "http"


def test_unknown_backend_kind_lists_the_kinds(tmp_path):
    (line,) = problems_of(tmp_path, {"kind": "gcs", "bucket": "b"})
    assert line.endswith(
        "lab.yaml: backend: unknown kind 'gcs'; allowed kinds: local, s3, cloud, pg, http"
    )


def test_backend_without_kind_is_an_error_naming_the_kinds(tmp_path):
    (line,) = problems_of(tmp_path, {"bucket": "b"})
    assert line.endswith(
        "backend: 'kind' is missing; allowed kinds: local, s3, cloud, pg, http"
    )


def test_missing_s3_fields_are_named_from_the_top_of_the_file(tmp_path):
    lines = problems_of(tmp_path, {"kind": "s3"})
    assert [line.split(": ", 1)[1] for line in lines] == [
        "backend.bucket: required field is missing",
        "backend.region: required field is missing",
    ]


@pytest.mark.parametrize(
    ("backend", "expected"),
    [
        ({"kind": "pg", "schema_name": "Lab-1"}, "backend.schema_name: 'Lab-1' is not"),
        (
            {"kind": "s3", "bucket": "b", "region": "r", "key_prefix": "/state/"},
            "backend.key_prefix: '/state/' is not an S3 key prefix",
        ),
        (
            {"kind": "cloud", "organization": "o", "hostname": "https://tfe.example"},
            "backend.hostname: 'https://tfe.example' is not a host name",
        ),
        (
            {"kind": "cloud", "organization": "o", "workspace_tags": []},
            "backend.workspace_tags: an empty tag list selects no workspace",
        ),
        (
            {
                "kind": "cloud",
                "organization": "o",
                "workspace_name": "w",
                "workspace_tags": ["t"],
            },
            "backend.workspace_tags: give workspace_name or workspace_tags, not both",
        ),
    ],
)
def test_invalid_backend_values_are_reported_by_field(tmp_path, backend, expected):
    (line,) = problems_of(tmp_path, backend)
    assert expected in line
