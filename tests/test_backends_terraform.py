"""Terraform itself reads every synthesized backend and ``cloud`` block, offline.

``terraform init`` checks a block against the backend's own schema before it contacts the
store, so each block must get past that check and fail only where the store is reached:
S3 for want of credentials (none are given), HTTP and HCP Terraform for want of a server
(their addresses point at a closed port on this machine). The BIG-IP provider pin is left
out of the block: the provider cannot be installed here. The ``pg`` block is applied for
real in ``test_pg_backend.py``.
"""

import json

import pytest
from lab_environment import synth_lab
from offline_terraform import require_terraform, terraform, terraform_env

CLOSED = "127.0.0.1:9"
CASES = {
    "local": ({"kind": "local"}, "Terraform has been successfully initialized!"),
    "s3": (
        {
            "kind": "s3",
            "bucket": "acme-tfstate",
            "region": "eu-central-1",
            "kms_key_id": "alias/terraform-state",
        },
        "No valid credential sources found",
    ),
    "cloud-name": (
        {"kind": "cloud", "organization": "acme", "hostname": "localhost"},
        "Failed to request discovery document",
    ),
    "cloud-tags": (
        {
            "kind": "cloud",
            "organization": "acme",
            "hostname": "localhost",
            "workspace_tags": ["bigip", "lab"],
            "project": "network",
        },
        "Failed to request discovery document",
    ),
    "http": (
        {
            "kind": "http",
            "address": f"https://{CLOSED}/state/lab",
            "lock_method": "POST",
            "unlock_method": "DELETE",
            "update_method": "PUT",
        },
        "connection refused",
    ),
}
SCHEMA_ERRORS = ("Extraneous JSON object property", "Unsupported argument", "Invalid")


def init(tmp_path, terraform_block: dict):
    workdir = tmp_path / "stack"
    workdir.mkdir()
    document = {"terraform": terraform_block}
    (workdir / "cdk.tf.json").write_text(json.dumps(document, indent=2))
    env = terraform_env(
        tmp_path, AWS_EC2_METADATA_DISABLED="true", TF_HTTP_RETRY_MAX="0"
    )
    return terraform(workdir, env, "init")


def synthesized_block(backend: dict) -> dict:
    block = dict(synth_lab(backend)["terraform"])
    del block["required_providers"]
    return block


@pytest.mark.parametrize("case", CASES)
def test_terraform_accepts_the_synthesized_block(tmp_path, case):
    require_terraform()
    backend, reached = CASES[case]
    result = init(tmp_path, synthesized_block(backend))
    output = result.stdout + result.stderr
    assert reached in output, output
    assert not any(error in output for error in SCHEMA_ERRORS), output


def test_terraform_would_reject_a_field_it_does_not_know(tmp_path):
    require_terraform()
    block = synthesized_block(CASES["s3"][0])
    block["backend"]["s3"]["lock_table"] = "not-a-setting"
    result = init(tmp_path, block)
    assert result.returncode != 0
    assert "Extraneous JSON object property" in result.stderr
