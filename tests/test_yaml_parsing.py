"""Environment files are parsed by libyaml, with PyYAML's clearer messages on errors."""

import pytest

from stacks.loader import ConfigError, _read_yaml


def test_a_valid_file_parses_to_plain_objects(tmp_path):
    path = tmp_path / "env.yaml"
    path.write_text("clusters:\n  - {name: a, vip: 10.1.1.100}\n")
    assert _read_yaml(path) == {"clusters": [{"name": "a", "vip": "10.1.1.100"}]}


def test_a_syntax_error_names_the_offending_character_and_place(tmp_path):
    path = tmp_path / "env.yaml"
    path.write_text("network:\n\t- vlan_name: x\n")
    with pytest.raises(ConfigError) as raised:
        _read_yaml(path)
    assert raised.value.lines == [
        f"{path}: line 2, column 1: YAML syntax error: "
        "found character '\\t' that cannot start any token"
    ]
