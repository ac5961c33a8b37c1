"""A failed synth leaves earlier output exactly as it was; a good one replaces it whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, run_app, run_app_in

from stacks import app
from stacks.loader import load_all

LAB = ROOT / "environments" / "lab.yaml"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def earlier_output(tmp_path):
    result = run_app_in(tmp_path, str(LAB))
    assert result.returncode == 0, result.stderr
    return tmp_path / "cdktf.out"


def test_bad_input_leaves_earlier_output_byte_for_byte(tmp_path, earlier_output):
    before = snapshot(earlier_output)
    (tmp_path / "broken.yaml").write_text("network: [unclosed\n")
    result = run_app_in(tmp_path, "broken.yaml")
    assert result.returncode == 2
    assert snapshot(earlier_output) == before


def test_failure_during_synthesis_leaves_earlier_output(earlier_output, monkeypatch):
    before = snapshot(earlier_output)

    class FailingStack:
        def __init__(self, *args, **kwargs):
            raise RuntimeError("disk full while writing a stack")

    monkeypatch.setattr(app, "FrontendStack", FailingStack)
    with pytest.raises(RuntimeError, match="disk full"):
        app.synthesize(load_all([LAB]), earlier_output)
    assert snapshot(earlier_output) == before
    assert [p.name for p in earlier_output.parent.iterdir()] == ["cdktf.out"]


def test_good_run_replaces_the_output_whole(tmp_path, earlier_output):
    stale = earlier_output / "stacks" / "retired" / "cdk.tf.json"
    stale.parent.mkdir()
    stale.write_text("{}")
    result = run_app_in(tmp_path, str(LAB))
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert (earlier_output / "stacks" / "lab" / "cdk.tf.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cdktf.out"]


def test_terraform_working_files_survive_a_new_synth(tmp_path, earlier_output):
    stack = earlier_output / "stacks" / "lab"
    (stack / ".terraform.lock.hcl").write_text('provider "f5networks/bigip" {}\n')
    (stack / ".terraform" / "providers").mkdir(parents=True)
    result = run_app_in(tmp_path, str(LAB))
    assert result.returncode == 0, result.stderr
    assert (stack / ".terraform.lock.hcl").read_text().startswith("provider")
    assert (stack / ".terraform" / "providers").is_dir()


def test_output_folder_holding_other_files_is_refused(tmp_path):
    precious = tmp_path / "cdktf.out"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    result = run_app_in(tmp_path, str(LAB))
    assert result.returncode == 2
    assert "holds more than synthesized stacks (notes.txt)" in result.stderr
    assert (precious / "notes.txt").read_text() == "keep me"


def test_current_folder_as_output_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("keep me")
    result = run_app(str(LAB), cwd=tmp_path, env={"CDKTF_OUTDIR": "."})
    assert result.returncode == 2
    assert "is the current folder or holds it" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
