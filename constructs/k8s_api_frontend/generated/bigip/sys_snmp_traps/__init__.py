r'''
# `bigip_sys_snmp_traps`

Refer to the Terraform Registry for docs: [`bigip_sys_snmp_traps`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps).
'''
from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

import typeguard
from importlib.metadata import version as _metadata_package_version
TYPEGUARD_MAJOR_VERSION = int(_metadata_package_version('typeguard').split('.')[0])

def check_type(argname: str, value: object, expected_type: typing.Any) -> typing.Any:
    if TYPEGUARD_MAJOR_VERSION <= 2:
        return typeguard.check_type(argname=argname, value=value, expected_type=expected_type) # type:ignore
    else:
        if isinstance(value, jsii._reference_map.InterfaceDynamicProxy): # pyright: ignore [reportAttributeAccessIssue]
           pass
        else:
            if TYPEGUARD_MAJOR_VERSION == 3:
                typeguard.config.collection_check_strategy = typeguard.CollectionCheckStrategy.ALL_ITEMS # type:ignore
                typeguard.check_type(value=value, expected_type=expected_type) # type:ignore
            else:
                typeguard.check_type(value=value, expected_type=expected_type, collection_check_strategy=typeguard.CollectionCheckStrategy.ALL_ITEMS) # type:ignore

from .._jsii import *

import cdktf as _cdktf_9a9027ec
import constructs as _constructs_77d1e7e8


class SysSnmpTraps(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.sysSnmpTraps.SysSnmpTraps",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps bigip_sys_snmp_traps}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        auth_passwordencrypted: typing.Optional[builtins.str] = None,
        auth_protocol: typing.Optional[builtins.str] = None,
        community: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        engine_id: typing.Optional[builtins.str] = None,
        host: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        privacy_password: typing.Optional[builtins.str] = None,
        privacy_password_encrypted: typing.Optional[builtins.str] = None,
        privacy_protocol: typing.Optional[builtins.str] = None,
        security_level: typing.Optional[builtins.str] = None,
        security_name: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps bigip_sys_snmp_traps} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param auth_passwordencrypted: Encrypted password. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#auth_passwordencrypted SysSnmpTraps#auth_passwordencrypted}
        :param auth_protocol: Specifies the protocol used to authenticate the user. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#auth_protocol SysSnmpTraps#auth_protocol}
        :param community: Specifies the community string used for this trap. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#community SysSnmpTraps#community}
        :param description: User defined description. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#description SysSnmpTraps#description}
        :param engine_id: Specifies the authoritative security engine for SNMPv3. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#engine_id SysSnmpTraps#engine_id}
        :param host: The host the trap will be sent to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#host SysSnmpTraps#host}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#id SysSnmpTraps#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param name: Name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#name SysSnmpTraps#name}
        :param port: The port that the trap will be sent to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#port SysSnmpTraps#port}
        :param privacy_password: Specifies the clear text password used to encrypt traffic. This field will not be displayed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#privacy_password SysSnmpTraps#privacy_password}
        :param privacy_password_encrypted: Specifies the encrypted password used to encrypt traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#privacy_password_encrypted SysSnmpTraps#privacy_password_encrypted}
        :param privacy_protocol: Specifies the protocol used to encrypt traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#privacy_protocol SysSnmpTraps#privacy_protocol}
        :param security_level: Specifies whether or not traffic is encrypted and whether or not authentication is required. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#security_level SysSnmpTraps#security_level}
        :param security_name: Security name used in conjunction with SNMPv3. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#security_name SysSnmpTraps#security_name}
        :param version: SNMP version used for sending the trap. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#version SysSnmpTraps#version}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e8555642572f26e6c49b6588756da51d182edf08725bface79fb6f14973bd3c4)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = SysSnmpTrapsConfig(
            auth_passwordencrypted=auth_passwordencrypted,
            auth_protocol=auth_protocol,
            community=community,
            description=description,
            engine_id=engine_id,
            host=host,
            id=id,
            name=name,
            port=port,
            privacy_password=privacy_password,
            privacy_password_encrypted=privacy_password_encrypted,
            privacy_protocol=privacy_protocol,
            security_level=security_level,
            security_name=security_name,
            version=version,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id_, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a SysSnmpTraps resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the SysSnmpTraps to import.
        :param import_from_id: The id of the existing SysSnmpTraps that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the SysSnmpTraps to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b991a7d8ccbed5d4a6c12f8e82b09632ee1f2cc8b7b62fcfce44dfde407c89a8)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAuthPasswordencrypted")
    def reset_auth_passwordencrypted(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthPasswordencrypted", []))

    @jsii.member(jsii_name="resetAuthProtocol")
    def reset_auth_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthProtocol", []))

    @jsii.member(jsii_name="resetCommunity")
    def reset_community(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCommunity", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetEngineId")
    def reset_engine_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEngineId", []))

    @jsii.member(jsii_name="resetHost")
    def reset_host(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHost", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetName")
    def reset_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetName", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @jsii.member(jsii_name="resetPrivacyPassword")
    def reset_privacy_password(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPrivacyPassword", []))

    @jsii.member(jsii_name="resetPrivacyPasswordEncrypted")
    def reset_privacy_password_encrypted(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPrivacyPasswordEncrypted", []))

    @jsii.member(jsii_name="resetPrivacyProtocol")
    def reset_privacy_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPrivacyProtocol", []))

    @jsii.member(jsii_name="resetSecurityLevel")
    def reset_security_level(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityLevel", []))

    @jsii.member(jsii_name="resetSecurityName")
    def reset_security_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityName", []))

    @jsii.member(jsii_name="resetVersion")
    def reset_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVersion", []))

    @jsii.member(jsii_name="synthesizeAttributes")
    def _synthesize_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeAttributes", []))

    @jsii.member(jsii_name="synthesizeHclAttributes")
    def _synthesize_hcl_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeHclAttributes", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="tfResourceType")
    def TF_RESOURCE_TYPE(cls) -> builtins.str:
        return typing.cast(builtins.str, jsii.sget(cls, "tfResourceType"))

    @builtins.property
    @jsii.member(jsii_name="authPasswordencryptedInput")
    def auth_passwordencrypted_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authPasswordencryptedInput"))

    @builtins.property
    @jsii.member(jsii_name="authProtocolInput")
    def auth_protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authProtocolInput"))

    @builtins.property
    @jsii.member(jsii_name="communityInput")
    def community_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "communityInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="engineIdInput")
    def engine_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "engineIdInput"))

    @builtins.property
    @jsii.member(jsii_name="hostInput")
    def host_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="privacyPasswordEncryptedInput")
    def privacy_password_encrypted_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "privacyPasswordEncryptedInput"))

    @builtins.property
    @jsii.member(jsii_name="privacyPasswordInput")
    def privacy_password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "privacyPasswordInput"))

    @builtins.property
    @jsii.member(jsii_name="privacyProtocolInput")
    def privacy_protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "privacyProtocolInput"))

    @builtins.property
    @jsii.member(jsii_name="securityLevelInput")
    def security_level_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityLevelInput"))

    @builtins.property
    @jsii.member(jsii_name="securityNameInput")
    def security_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityNameInput"))

    @builtins.property
    @jsii.member(jsii_name="versionInput")
    def version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "versionInput"))

    @builtins.property
    @jsii.member(jsii_name="authPasswordencrypted")
    def auth_passwordencrypted(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authPasswordencrypted"))

    @auth_passwordencrypted.setter
    def auth_passwordencrypted(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b6e185d7b1bb2d319b3559063c8592600de67f5b5d8f932a807b58dc4f32124)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authPasswordencrypted", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authProtocol")
    def auth_protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authProtocol"))

    @auth_protocol.setter
    def auth_protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ea06885f57590761452172c32b6ae4f8fce1f2fdf6ef7866bbe5de25522665c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authProtocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="community")
    def community(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "community"))

    @community.setter
    def community(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3f528ebbb4d5003582a478fca6e113f4ad66086152e7993212ae7ead0a552902)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "community", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5471057a427c6c8ed408ddfb64c379d74fe76c81751ed39cbc2b22c1b2777652)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="engineId")
    def engine_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "engineId"))

    @engine_id.setter
    def engine_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5bb9c7f6aaa4a4e69d0b01a4ba1a6989df3ef829fd7f9774aebb35e6ab207d5e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "engineId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="host")
    def host(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "host"))

    @host.setter
    def host(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__38d3968d0205dec74c40b032768193739143714a54bdbb7d22cf56aa7122bf3f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1f635f7e1a6680dcef22e0a2000c4331ab7a60b28d259730ed5651542145b3b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07d7eda104db8d3c18fd92f75657b7ce65ee406ee3e75f4729787d4521d94792)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1e45b883abd754a38ad6152284c52af825695073a1c76a9c2fec2a9c0a8facda)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="privacyPassword")
    def privacy_password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "privacyPassword"))

    @privacy_password.setter
    def privacy_password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__26ea85b950ed799826da9945f2f72a8b8e68bc40b657ce4b25b511ca6f681581)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "privacyPassword", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="privacyPasswordEncrypted")
    def privacy_password_encrypted(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "privacyPasswordEncrypted"))

    @privacy_password_encrypted.setter
    def privacy_password_encrypted(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7cd06252676ce6fbd96f69471dc94d3d658d6d91de0e9c6b45249fc8409c4cff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "privacyPasswordEncrypted", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="privacyProtocol")
    def privacy_protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "privacyProtocol"))

    @privacy_protocol.setter
    def privacy_protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c5fed69d8599e362c83a5146d77e1483e368f218ffd41f0b73e5ee2e6fd515cc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "privacyProtocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityLevel")
    def security_level(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "securityLevel"))

    @security_level.setter
    def security_level(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__acbb308c9a3af63103ba8e88283f91cf6c39c8a07ddb47a8b7a1dc4e5d818266)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityLevel", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityName")
    def security_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "securityName"))

    @security_name.setter
    def security_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed81fc1d3efb7c2f5af943364dc86d50169f276648f2bfc7933f2b4ce7282af5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a7971149ee8481a493545d9cad36f2034a077fb9eda45ef73f58837e95f09fc6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.sysSnmpTraps.SysSnmpTrapsConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "auth_passwordencrypted": "authPasswordencrypted",
        "auth_protocol": "authProtocol",
        "community": "community",
        "description": "description",
        "engine_id": "engineId",
        "host": "host",
        "id": "id",
        "name": "name",
        "port": "port",
        "privacy_password": "privacyPassword",
        "privacy_password_encrypted": "privacyPasswordEncrypted",
        "privacy_protocol": "privacyProtocol",
        "security_level": "securityLevel",
        "security_name": "securityName",
        "version": "version",
    },
)
class SysSnmpTrapsConfig(_cdktf_9a9027ec.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
        auth_passwordencrypted: typing.Optional[builtins.str] = None,
        auth_protocol: typing.Optional[builtins.str] = None,
        community: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        engine_id: typing.Optional[builtins.str] = None,
        host: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        privacy_password: typing.Optional[builtins.str] = None,
        privacy_password_encrypted: typing.Optional[builtins.str] = None,
        privacy_protocol: typing.Optional[builtins.str] = None,
        security_level: typing.Optional[builtins.str] = None,
        security_name: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param auth_passwordencrypted: Encrypted password. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#auth_passwordencrypted SysSnmpTraps#auth_passwordencrypted}
        :param auth_protocol: Specifies the protocol used to authenticate the user. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#auth_protocol SysSnmpTraps#auth_protocol}
        :param community: Specifies the community string used for this trap. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#community SysSnmpTraps#community}
        :param description: User defined description. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#description SysSnmpTraps#description}
        :param engine_id: Specifies the authoritative security engine for SNMPv3. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#engine_id SysSnmpTraps#engine_id}
        :param host: The host the trap will be sent to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#host SysSnmpTraps#host}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#id SysSnmpTraps#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param name: Name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#name SysSnmpTraps#name}
        :param port: The port that the trap will be sent to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#port SysSnmpTraps#port}
        :param privacy_password: Specifies the clear text password used to encrypt traffic. This field will not be displayed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#privacy_password SysSnmpTraps#privacy_password}
        :param privacy_password_encrypted: Specifies the encrypted password used to encrypt traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#privacy_password_encrypted SysSnmpTraps#privacy_password_encrypted}
        :param privacy_protocol: Specifies the protocol used to encrypt traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#privacy_protocol SysSnmpTraps#privacy_protocol}
        :param security_level: Specifies whether or not traffic is encrypted and whether or not authentication is required. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#security_level SysSnmpTraps#security_level}
        :param security_name: Security name used in conjunction with SNMPv3. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#security_name SysSnmpTraps#security_name}
        :param version: SNMP version used for sending the trap. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#version SysSnmpTraps#version}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9b45fcb0efeb7243a22aa731e7b4e767eb0bc7c5997f410de341a5fe7de7498)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument auth_passwordencrypted", value=auth_passwordencrypted, expected_type=type_hints["auth_passwordencrypted"])
            check_type(argname="argument auth_protocol", value=auth_protocol, expected_type=type_hints["auth_protocol"])
            check_type(argname="argument community", value=community, expected_type=type_hints["community"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument engine_id", value=engine_id, expected_type=type_hints["engine_id"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument privacy_password", value=privacy_password, expected_type=type_hints["privacy_password"])
            check_type(argname="argument privacy_password_encrypted", value=privacy_password_encrypted, expected_type=type_hints["privacy_password_encrypted"])
            check_type(argname="argument privacy_protocol", value=privacy_protocol, expected_type=type_hints["privacy_protocol"])
            check_type(argname="argument security_level", value=security_level, expected_type=type_hints["security_level"])
            check_type(argname="argument security_name", value=security_name, expected_type=type_hints["security_name"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection is not None:
            self._values["connection"] = connection
        if count is not None:
            self._values["count"] = count
        if depends_on is not None:
            self._values["depends_on"] = depends_on
        if for_each is not None:
            self._values["for_each"] = for_each
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if provider is not None:
            self._values["provider"] = provider
        if provisioners is not None:
            self._values["provisioners"] = provisioners
        if auth_passwordencrypted is not None:
            self._values["auth_passwordencrypted"] = auth_passwordencrypted
        if auth_protocol is not None:
            self._values["auth_protocol"] = auth_protocol
        if community is not None:
            self._values["community"] = community
        if description is not None:
            self._values["description"] = description
        if engine_id is not None:
            self._values["engine_id"] = engine_id
        if host is not None:
            self._values["host"] = host
        if id is not None:
            self._values["id"] = id
        if name is not None:
            self._values["name"] = name
        if port is not None:
            self._values["port"] = port
        if privacy_password is not None:
            self._values["privacy_password"] = privacy_password
        if privacy_password_encrypted is not None:
            self._values["privacy_password_encrypted"] = privacy_password_encrypted
        if privacy_protocol is not None:
            self._values["privacy_protocol"] = privacy_protocol
        if security_level is not None:
            self._values["security_level"] = security_level
        if security_name is not None:
            self._values["security_name"] = security_name
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]], result)

    @builtins.property
    def for_each(self) -> typing.Optional[_cdktf_9a9027ec.ITerraformIterator]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.ITerraformIterator], result)

    @builtins.property
    def lifecycle(self) -> typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle], result)

    @builtins.property
    def provider(self) -> typing.Optional[_cdktf_9a9027ec.TerraformProvider]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformProvider], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]], result)

    @builtins.property
    def auth_passwordencrypted(self) -> typing.Optional[builtins.str]:
        '''Encrypted password.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#auth_passwordencrypted SysSnmpTraps#auth_passwordencrypted}
        '''
        result = self._values.get("auth_passwordencrypted")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def auth_protocol(self) -> typing.Optional[builtins.str]:
        '''Specifies the protocol used to authenticate the user.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#auth_protocol SysSnmpTraps#auth_protocol}
        '''
        result = self._values.get("auth_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def community(self) -> typing.Optional[builtins.str]:
        '''Specifies the community string used for this trap.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#community SysSnmpTraps#community}
        '''
        result = self._values.get("community")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''User defined description.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#description SysSnmpTraps#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def engine_id(self) -> typing.Optional[builtins.str]:
        '''Specifies the authoritative security engine for SNMPv3.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#engine_id SysSnmpTraps#engine_id}
        '''
        result = self._values.get("engine_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''The host the trap will be sent to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#host SysSnmpTraps#host}
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#id SysSnmpTraps#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#name SysSnmpTraps#name}
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''The port that the trap will be sent to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#port SysSnmpTraps#port}
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def privacy_password(self) -> typing.Optional[builtins.str]:
        '''Specifies the clear text password used to encrypt traffic. This field will not be displayed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#privacy_password SysSnmpTraps#privacy_password}
        '''
        result = self._values.get("privacy_password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def privacy_password_encrypted(self) -> typing.Optional[builtins.str]:
        '''Specifies the encrypted password used to encrypt traffic.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#privacy_password_encrypted SysSnmpTraps#privacy_password_encrypted}
        '''
        result = self._values.get("privacy_password_encrypted")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def privacy_protocol(self) -> typing.Optional[builtins.str]:
        '''Specifies the protocol used to encrypt traffic.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#privacy_protocol SysSnmpTraps#privacy_protocol}
        '''
        result = self._values.get("privacy_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_level(self) -> typing.Optional[builtins.str]:
        '''Specifies whether or not traffic is encrypted and whether or not authentication is required.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#security_level SysSnmpTraps#security_level}
        '''
        result = self._values.get("security_level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_name(self) -> typing.Optional[builtins.str]:
        '''Security name used in conjunction with SNMPv3.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#security_name SysSnmpTraps#security_name}
        '''
        result = self._values.get("security_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''SNMP version used for sending the trap.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_snmp_traps#version SysSnmpTraps#version}
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SysSnmpTrapsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "SysSnmpTraps",
    "SysSnmpTrapsConfig",
]

publication.publish()

def _typecheckingstub__e8555642572f26e6c49b6588756da51d182edf08725bface79fb6f14973bd3c4(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    auth_passwordencrypted: typing.Optional[builtins.str] = None,
    auth_protocol: typing.Optional[builtins.str] = None,
    community: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    engine_id: typing.Optional[builtins.str] = None,
    host: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    privacy_password: typing.Optional[builtins.str] = None,
    privacy_password_encrypted: typing.Optional[builtins.str] = None,
    privacy_protocol: typing.Optional[builtins.str] = None,
    security_level: typing.Optional[builtins.str] = None,
    security_name: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b991a7d8ccbed5d4a6c12f8e82b09632ee1f2cc8b7b62fcfce44dfde407c89a8(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b6e185d7b1bb2d319b3559063c8592600de67f5b5d8f932a807b58dc4f32124(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea06885f57590761452172c32b6ae4f8fce1f2fdf6ef7866bbe5de25522665c2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f528ebbb4d5003582a478fca6e113f4ad66086152e7993212ae7ead0a552902(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5471057a427c6c8ed408ddfb64c379d74fe76c81751ed39cbc2b22c1b2777652(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bb9c7f6aaa4a4e69d0b01a4ba1a6989df3ef829fd7f9774aebb35e6ab207d5e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38d3968d0205dec74c40b032768193739143714a54bdbb7d22cf56aa7122bf3f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1f635f7e1a6680dcef22e0a2000c4331ab7a60b28d259730ed5651542145b3b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07d7eda104db8d3c18fd92f75657b7ce65ee406ee3e75f4729787d4521d94792(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e45b883abd754a38ad6152284c52af825695073a1c76a9c2fec2a9c0a8facda(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26ea85b950ed799826da9945f2f72a8b8e68bc40b657ce4b25b511ca6f681581(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7cd06252676ce6fbd96f69471dc94d3d658d6d91de0e9c6b45249fc8409c4cff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5fed69d8599e362c83a5146d77e1483e368f218ffd41f0b73e5ee2e6fd515cc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__acbb308c9a3af63103ba8e88283f91cf6c39c8a07ddb47a8b7a1dc4e5d818266(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed81fc1d3efb7c2f5af943364dc86d50169f276648f2bfc7933f2b4ce7282af5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7971149ee8481a493545d9cad36f2034a077fb9eda45ef73f58837e95f09fc6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9b45fcb0efeb7243a22aa731e7b4e767eb0bc7c5997f410de341a5fe7de7498(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    auth_passwordencrypted: typing.Optional[builtins.str] = None,
    auth_protocol: typing.Optional[builtins.str] = None,
    community: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    engine_id: typing.Optional[builtins.str] = None,
    host: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    privacy_password: typing.Optional[builtins.str] = None,
    privacy_password_encrypted: typing.Optional[builtins.str] = None,
    privacy_protocol: typing.Optional[builtins.str] = None,
    security_level: typing.Optional[builtins.str] = None,
    security_name: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
