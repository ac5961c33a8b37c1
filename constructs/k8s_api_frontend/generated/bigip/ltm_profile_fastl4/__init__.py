r'''
# `bigip_ltm_profile_fastl4`

Refer to the Terraform Registry for docs: [`bigip_ltm_profile_fastl4`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4).
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


class LtmProfileFastl4(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileFastl4.LtmProfileFastl4",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4 bigip_ltm_profile_fastl4}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        client_timeout: typing.Optional[jsii.Number] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        explicitflow_migration: typing.Optional[builtins.str] = None,
        hardware_syncookie: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        iptos_toclient: typing.Optional[builtins.str] = None,
        iptos_toserver: typing.Optional[builtins.str] = None,
        keepalive_interval: typing.Optional[builtins.str] = None,
        late_binding: typing.Optional[builtins.str] = None,
        loose_close: typing.Optional[builtins.str] = None,
        loose_initiation: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        receive_windowsize: typing.Optional[jsii.Number] = None,
        tcp_handshake_timeout: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4 bigip_ltm_profile_fastl4} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the Fastl4 Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#name LtmProfileFastl4#name}
        :param client_timeout: Number of seconds allowed for a client to transmit enough data to select a server when you have late binding enabled. Value -1 means indefinite (not recommended) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#client_timeout LtmProfileFastl4#client_timeout}
        :param defaults_from: Use the parent Fastl4 profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#defaults_from LtmProfileFastl4#defaults_from}
        :param explicitflow_migration: Specifies whether a qualified late-binding connection requires an explicit iRule command to migrate down to ePVA hardware. The default is disabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#explicitflow_migration LtmProfileFastl4#explicitflow_migration}
        :param hardware_syncookie: Use the parent Fastl4 profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#hardware_syncookie LtmProfileFastl4#hardware_syncookie}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#id LtmProfileFastl4#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param idle_timeout: Number of seconds (default 300; may not be 0) connection may remain idle before it becomes eligible for deletion. Value -1 (not recommended) means infinite Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#idle_timeout LtmProfileFastl4#idle_timeout}
        :param iptos_toclient: Use the parent Fastl4 profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#iptos_toclient LtmProfileFastl4#iptos_toclient}
        :param iptos_toserver: Use the parent Fastl4 profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#iptos_toserver LtmProfileFastl4#iptos_toserver}
        :param keepalive_interval: Specifies the keep-alive probe interval, in seconds. The default is Disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#keepalive_interval LtmProfileFastl4#keepalive_interval}
        :param late_binding: Enables intelligent selection of a back-end server or pool, using an iRule to make the selection. The default is disabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#late_binding LtmProfileFastl4#late_binding}
        :param loose_close: Specifies, when checked (enabled), that the system closes a loosely-initiated connection when the system receives the first FIN packet from either the client or the server. The default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#loose_close LtmProfileFastl4#loose_close}
        :param loose_initiation: Specifies, when checked (enabled), that the system initializes a connection when it receives any TCP packet, rather that requiring a SYN packet for connection initiation. The default is disabled. We recommend that if you enable the Loose Initiation option, you also enable the Loose Close option. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#loose_initiation LtmProfileFastl4#loose_initiation}
        :param partition: name of partition. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#partition LtmProfileFastl4#partition}
        :param receive_windowsize: Specifies the amount of data the BIG-IP system can accept without acknowledging the server. The default is 0 (zero). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#receive_windowsize LtmProfileFastl4#receive_windowsize}
        :param tcp_handshake_timeout: Specifies the acceptable duration for a TCP handshake, that is, the maximum idle time between a client synchronization (SYN) and a client acknowledgment (ACK).The default is 5 seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#tcp_handshake_timeout LtmProfileFastl4#tcp_handshake_timeout}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9fbb5aff510f1922d377a8178ad4d90c3f8ca9f6fbc15d2e8028cb5f6f06f98e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmProfileFastl4Config(
            name=name,
            client_timeout=client_timeout,
            defaults_from=defaults_from,
            explicitflow_migration=explicitflow_migration,
            hardware_syncookie=hardware_syncookie,
            id=id,
            idle_timeout=idle_timeout,
            iptos_toclient=iptos_toclient,
            iptos_toserver=iptos_toserver,
            keepalive_interval=keepalive_interval,
            late_binding=late_binding,
            loose_close=loose_close,
            loose_initiation=loose_initiation,
            partition=partition,
            receive_windowsize=receive_windowsize,
            tcp_handshake_timeout=tcp_handshake_timeout,
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
        '''Generates CDKTF code for importing a LtmProfileFastl4 resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmProfileFastl4 to import.
        :param import_from_id: The id of the existing LtmProfileFastl4 that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmProfileFastl4 to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3dc0a2a92872eea400455303e7a9a349aab0b96a883b303b1ef97b6b2eb1ace0)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetClientTimeout")
    def reset_client_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientTimeout", []))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetExplicitflowMigration")
    def reset_explicitflow_migration(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExplicitflowMigration", []))

    @jsii.member(jsii_name="resetHardwareSyncookie")
    def reset_hardware_syncookie(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHardwareSyncookie", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIdleTimeout")
    def reset_idle_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIdleTimeout", []))

    @jsii.member(jsii_name="resetIptosToclient")
    def reset_iptos_toclient(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIptosToclient", []))

    @jsii.member(jsii_name="resetIptosToserver")
    def reset_iptos_toserver(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIptosToserver", []))

    @jsii.member(jsii_name="resetKeepaliveInterval")
    def reset_keepalive_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKeepaliveInterval", []))

    @jsii.member(jsii_name="resetLateBinding")
    def reset_late_binding(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLateBinding", []))

    @jsii.member(jsii_name="resetLooseClose")
    def reset_loose_close(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLooseClose", []))

    @jsii.member(jsii_name="resetLooseInitiation")
    def reset_loose_initiation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLooseInitiation", []))

    @jsii.member(jsii_name="resetPartition")
    def reset_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartition", []))

    @jsii.member(jsii_name="resetReceiveWindowsize")
    def reset_receive_windowsize(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReceiveWindowsize", []))

    @jsii.member(jsii_name="resetTcpHandshakeTimeout")
    def reset_tcp_handshake_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTcpHandshakeTimeout", []))

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
    @jsii.member(jsii_name="clientTimeoutInput")
    def client_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clientTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="explicitflowMigrationInput")
    def explicitflow_migration_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "explicitflowMigrationInput"))

    @builtins.property
    @jsii.member(jsii_name="hardwareSyncookieInput")
    def hardware_syncookie_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hardwareSyncookieInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="idleTimeoutInput")
    def idle_timeout_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idleTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="iptosToclientInput")
    def iptos_toclient_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "iptosToclientInput"))

    @builtins.property
    @jsii.member(jsii_name="iptosToserverInput")
    def iptos_toserver_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "iptosToserverInput"))

    @builtins.property
    @jsii.member(jsii_name="keepaliveIntervalInput")
    def keepalive_interval_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keepaliveIntervalInput"))

    @builtins.property
    @jsii.member(jsii_name="lateBindingInput")
    def late_binding_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "lateBindingInput"))

    @builtins.property
    @jsii.member(jsii_name="looseCloseInput")
    def loose_close_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "looseCloseInput"))

    @builtins.property
    @jsii.member(jsii_name="looseInitiationInput")
    def loose_initiation_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "looseInitiationInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="partitionInput")
    def partition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "partitionInput"))

    @builtins.property
    @jsii.member(jsii_name="receiveWindowsizeInput")
    def receive_windowsize_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "receiveWindowsizeInput"))

    @builtins.property
    @jsii.member(jsii_name="tcpHandshakeTimeoutInput")
    def tcp_handshake_timeout_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tcpHandshakeTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="clientTimeout")
    def client_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "clientTimeout"))

    @client_timeout.setter
    def client_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fda78466b7ebfe3a710ff616967db6946b91fd6dfa889962a65d8103eb7f198c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7285e4922b6829f063134b93a1cb1d688583d076aeb72531111a08a4f828738f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="explicitflowMigration")
    def explicitflow_migration(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "explicitflowMigration"))

    @explicitflow_migration.setter
    def explicitflow_migration(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__865d7f91d188c49cb4c4173f5e702a52389fbff8e8d8149553cc3d2aea2726b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "explicitflowMigration", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hardwareSyncookie")
    def hardware_syncookie(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "hardwareSyncookie"))

    @hardware_syncookie.setter
    def hardware_syncookie(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__28ec5132b9dbb1a2a9fc10a0cd52e71404aa607c1acf8ed913b84887e58ece4f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hardwareSyncookie", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ead3630c933ee7b5ae2b9b0a22876b286df684bfb304a0849f2064322f21f6ac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="idleTimeout")
    def idle_timeout(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "idleTimeout"))

    @idle_timeout.setter
    def idle_timeout(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1383ec25870583facad3f82ddd049b5bd1b1cd171cc0987f2eb4a3af71e8e5b8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "idleTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="iptosToclient")
    def iptos_toclient(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "iptosToclient"))

    @iptos_toclient.setter
    def iptos_toclient(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d44f415b587d43aabad206b8f23db50010501abcc2e479221bc78396cc499702)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "iptosToclient", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="iptosToserver")
    def iptos_toserver(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "iptosToserver"))

    @iptos_toserver.setter
    def iptos_toserver(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ac400e62d4ede8c706e024a051275f4e3fdb84ce86fe8430d1f06c814ca1fd9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "iptosToserver", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="keepaliveInterval")
    def keepalive_interval(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "keepaliveInterval"))

    @keepalive_interval.setter
    def keepalive_interval(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__484b76a88e2f25efd87694002650ff4bf36d611aa697780a2cfa6663316c482a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "keepaliveInterval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lateBinding")
    def late_binding(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lateBinding"))

    @late_binding.setter
    def late_binding(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0db704f1c4c6973a9ba311101303ac79abcc5d8b0712b2cb3420cc426bfed26a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lateBinding", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="looseClose")
    def loose_close(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "looseClose"))

    @loose_close.setter
    def loose_close(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3efdbcdd0a4ec2583920dec6d62bc3e5bfe5850d9cce57198d814c9cc3f44501)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "looseClose", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="looseInitiation")
    def loose_initiation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "looseInitiation"))

    @loose_initiation.setter
    def loose_initiation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a896ab49ca2dbd551db27f175f205c19a39d7b0d658a7adeea226e727f2cbfda)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "looseInitiation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__34289cf1db60144302a5f21e1894db988ed1f784b28e89b72626993a5b4f8d9b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ec2d68923be9e85ac73bd2dacf757e920ae29db16e7ef5499f20343de54c4d1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="receiveWindowsize")
    def receive_windowsize(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "receiveWindowsize"))

    @receive_windowsize.setter
    def receive_windowsize(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e504c11806732ab0e6d8f6c0b8a16acd48edce43c9a995a85e1bad41ecf1c3d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "receiveWindowsize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tcpHandshakeTimeout")
    def tcp_handshake_timeout(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tcpHandshakeTimeout"))

    @tcp_handshake_timeout.setter
    def tcp_handshake_timeout(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1ed620c6cac1a4488d7e1ea7255f0819ca9c30a39b4c68d832a90c0825f99b70)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tcpHandshakeTimeout", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileFastl4.LtmProfileFastl4Config",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "name": "name",
        "client_timeout": "clientTimeout",
        "defaults_from": "defaultsFrom",
        "explicitflow_migration": "explicitflowMigration",
        "hardware_syncookie": "hardwareSyncookie",
        "id": "id",
        "idle_timeout": "idleTimeout",
        "iptos_toclient": "iptosToclient",
        "iptos_toserver": "iptosToserver",
        "keepalive_interval": "keepaliveInterval",
        "late_binding": "lateBinding",
        "loose_close": "looseClose",
        "loose_initiation": "looseInitiation",
        "partition": "partition",
        "receive_windowsize": "receiveWindowsize",
        "tcp_handshake_timeout": "tcpHandshakeTimeout",
    },
)
class LtmProfileFastl4Config(_cdktf_9a9027ec.TerraformMetaArguments):
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
        name: builtins.str,
        client_timeout: typing.Optional[jsii.Number] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        explicitflow_migration: typing.Optional[builtins.str] = None,
        hardware_syncookie: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[builtins.str] = None,
        iptos_toclient: typing.Optional[builtins.str] = None,
        iptos_toserver: typing.Optional[builtins.str] = None,
        keepalive_interval: typing.Optional[builtins.str] = None,
        late_binding: typing.Optional[builtins.str] = None,
        loose_close: typing.Optional[builtins.str] = None,
        loose_initiation: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        receive_windowsize: typing.Optional[jsii.Number] = None,
        tcp_handshake_timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the Fastl4 Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#name LtmProfileFastl4#name}
        :param client_timeout: Number of seconds allowed for a client to transmit enough data to select a server when you have late binding enabled. Value -1 means indefinite (not recommended) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#client_timeout LtmProfileFastl4#client_timeout}
        :param defaults_from: Use the parent Fastl4 profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#defaults_from LtmProfileFastl4#defaults_from}
        :param explicitflow_migration: Specifies whether a qualified late-binding connection requires an explicit iRule command to migrate down to ePVA hardware. The default is disabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#explicitflow_migration LtmProfileFastl4#explicitflow_migration}
        :param hardware_syncookie: Use the parent Fastl4 profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#hardware_syncookie LtmProfileFastl4#hardware_syncookie}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#id LtmProfileFastl4#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param idle_timeout: Number of seconds (default 300; may not be 0) connection may remain idle before it becomes eligible for deletion. Value -1 (not recommended) means infinite Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#idle_timeout LtmProfileFastl4#idle_timeout}
        :param iptos_toclient: Use the parent Fastl4 profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#iptos_toclient LtmProfileFastl4#iptos_toclient}
        :param iptos_toserver: Use the parent Fastl4 profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#iptos_toserver LtmProfileFastl4#iptos_toserver}
        :param keepalive_interval: Specifies the keep-alive probe interval, in seconds. The default is Disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#keepalive_interval LtmProfileFastl4#keepalive_interval}
        :param late_binding: Enables intelligent selection of a back-end server or pool, using an iRule to make the selection. The default is disabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#late_binding LtmProfileFastl4#late_binding}
        :param loose_close: Specifies, when checked (enabled), that the system closes a loosely-initiated connection when the system receives the first FIN packet from either the client or the server. The default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#loose_close LtmProfileFastl4#loose_close}
        :param loose_initiation: Specifies, when checked (enabled), that the system initializes a connection when it receives any TCP packet, rather that requiring a SYN packet for connection initiation. The default is disabled. We recommend that if you enable the Loose Initiation option, you also enable the Loose Close option. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#loose_initiation LtmProfileFastl4#loose_initiation}
        :param partition: name of partition. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#partition LtmProfileFastl4#partition}
        :param receive_windowsize: Specifies the amount of data the BIG-IP system can accept without acknowledging the server. The default is 0 (zero). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#receive_windowsize LtmProfileFastl4#receive_windowsize}
        :param tcp_handshake_timeout: Specifies the acceptable duration for a TCP handshake, that is, the maximum idle time between a client synchronization (SYN) and a client acknowledgment (ACK).The default is 5 seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#tcp_handshake_timeout LtmProfileFastl4#tcp_handshake_timeout}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b67c5451307865150e7edc851abe665b33f058376cef07cb78b4edc08a1e6631)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument client_timeout", value=client_timeout, expected_type=type_hints["client_timeout"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument explicitflow_migration", value=explicitflow_migration, expected_type=type_hints["explicitflow_migration"])
            check_type(argname="argument hardware_syncookie", value=hardware_syncookie, expected_type=type_hints["hardware_syncookie"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument iptos_toclient", value=iptos_toclient, expected_type=type_hints["iptos_toclient"])
            check_type(argname="argument iptos_toserver", value=iptos_toserver, expected_type=type_hints["iptos_toserver"])
            check_type(argname="argument keepalive_interval", value=keepalive_interval, expected_type=type_hints["keepalive_interval"])
            check_type(argname="argument late_binding", value=late_binding, expected_type=type_hints["late_binding"])
            check_type(argname="argument loose_close", value=loose_close, expected_type=type_hints["loose_close"])
            check_type(argname="argument loose_initiation", value=loose_initiation, expected_type=type_hints["loose_initiation"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument receive_windowsize", value=receive_windowsize, expected_type=type_hints["receive_windowsize"])
            check_type(argname="argument tcp_handshake_timeout", value=tcp_handshake_timeout, expected_type=type_hints["tcp_handshake_timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
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
        if client_timeout is not None:
            self._values["client_timeout"] = client_timeout
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if explicitflow_migration is not None:
            self._values["explicitflow_migration"] = explicitflow_migration
        if hardware_syncookie is not None:
            self._values["hardware_syncookie"] = hardware_syncookie
        if id is not None:
            self._values["id"] = id
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if iptos_toclient is not None:
            self._values["iptos_toclient"] = iptos_toclient
        if iptos_toserver is not None:
            self._values["iptos_toserver"] = iptos_toserver
        if keepalive_interval is not None:
            self._values["keepalive_interval"] = keepalive_interval
        if late_binding is not None:
            self._values["late_binding"] = late_binding
        if loose_close is not None:
            self._values["loose_close"] = loose_close
        if loose_initiation is not None:
            self._values["loose_initiation"] = loose_initiation
        if partition is not None:
            self._values["partition"] = partition
        if receive_windowsize is not None:
            self._values["receive_windowsize"] = receive_windowsize
        if tcp_handshake_timeout is not None:
            self._values["tcp_handshake_timeout"] = tcp_handshake_timeout

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
    def name(self) -> builtins.str:
        '''Name of the Fastl4 Profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#name LtmProfileFastl4#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def client_timeout(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds allowed for a client to transmit enough data to select a server when you have late binding enabled.

        Value -1 means indefinite (not recommended)

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#client_timeout LtmProfileFastl4#client_timeout}
        '''
        result = self._values.get("client_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Use the parent Fastl4 profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#defaults_from LtmProfileFastl4#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def explicitflow_migration(self) -> typing.Optional[builtins.str]:
        '''Specifies whether a qualified late-binding connection requires an explicit iRule command to migrate down to ePVA hardware.

        The default is disabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#explicitflow_migration LtmProfileFastl4#explicitflow_migration}
        '''
        result = self._values.get("explicitflow_migration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hardware_syncookie(self) -> typing.Optional[builtins.str]:
        '''Use the parent Fastl4 profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#hardware_syncookie LtmProfileFastl4#hardware_syncookie}
        '''
        result = self._values.get("hardware_syncookie")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#id LtmProfileFastl4#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[builtins.str]:
        '''Number of seconds (default 300;

        may not be 0) connection may remain idle before it becomes eligible for deletion. Value -1 (not recommended) means infinite

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#idle_timeout LtmProfileFastl4#idle_timeout}
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def iptos_toclient(self) -> typing.Optional[builtins.str]:
        '''Use the parent Fastl4 profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#iptos_toclient LtmProfileFastl4#iptos_toclient}
        '''
        result = self._values.get("iptos_toclient")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def iptos_toserver(self) -> typing.Optional[builtins.str]:
        '''Use the parent Fastl4 profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#iptos_toserver LtmProfileFastl4#iptos_toserver}
        '''
        result = self._values.get("iptos_toserver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def keepalive_interval(self) -> typing.Optional[builtins.str]:
        '''Specifies the keep-alive probe interval, in seconds. The default is Disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#keepalive_interval LtmProfileFastl4#keepalive_interval}
        '''
        result = self._values.get("keepalive_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def late_binding(self) -> typing.Optional[builtins.str]:
        '''Enables intelligent selection of a back-end server or pool, using an iRule to make the selection.

        The default is disabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#late_binding LtmProfileFastl4#late_binding}
        '''
        result = self._values.get("late_binding")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def loose_close(self) -> typing.Optional[builtins.str]:
        '''Specifies, when checked (enabled), that the system closes a loosely-initiated connection when the system receives the first FIN packet from either the client or the server.

        The default is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#loose_close LtmProfileFastl4#loose_close}
        '''
        result = self._values.get("loose_close")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def loose_initiation(self) -> typing.Optional[builtins.str]:
        '''Specifies, when checked (enabled), that the system initializes a connection when it receives any TCP packet, rather that requiring a SYN packet for connection initiation.

        The default is disabled. We recommend that if you enable the Loose Initiation option, you also enable the Loose Close option.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#loose_initiation LtmProfileFastl4#loose_initiation}
        '''
        result = self._values.get("loose_initiation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''name of partition.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#partition LtmProfileFastl4#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def receive_windowsize(self) -> typing.Optional[jsii.Number]:
        '''Specifies the amount of data the BIG-IP system can accept without acknowledging the server. The default is 0 (zero).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#receive_windowsize LtmProfileFastl4#receive_windowsize}
        '''
        result = self._values.get("receive_windowsize")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_handshake_timeout(self) -> typing.Optional[builtins.str]:
        '''Specifies the acceptable duration for a TCP handshake, that is, the maximum idle time between a client synchronization (SYN) and a client acknowledgment (ACK).The default is 5 seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fastl4#tcp_handshake_timeout LtmProfileFastl4#tcp_handshake_timeout}
        '''
        result = self._values.get("tcp_handshake_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileFastl4Config(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmProfileFastl4",
    "LtmProfileFastl4Config",
]

publication.publish()

def _typecheckingstub__9fbb5aff510f1922d377a8178ad4d90c3f8ca9f6fbc15d2e8028cb5f6f06f98e(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    client_timeout: typing.Optional[jsii.Number] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    explicitflow_migration: typing.Optional[builtins.str] = None,
    hardware_syncookie: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    iptos_toclient: typing.Optional[builtins.str] = None,
    iptos_toserver: typing.Optional[builtins.str] = None,
    keepalive_interval: typing.Optional[builtins.str] = None,
    late_binding: typing.Optional[builtins.str] = None,
    loose_close: typing.Optional[builtins.str] = None,
    loose_initiation: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    receive_windowsize: typing.Optional[jsii.Number] = None,
    tcp_handshake_timeout: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__3dc0a2a92872eea400455303e7a9a349aab0b96a883b303b1ef97b6b2eb1ace0(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fda78466b7ebfe3a710ff616967db6946b91fd6dfa889962a65d8103eb7f198c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7285e4922b6829f063134b93a1cb1d688583d076aeb72531111a08a4f828738f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__865d7f91d188c49cb4c4173f5e702a52389fbff8e8d8149553cc3d2aea2726b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28ec5132b9dbb1a2a9fc10a0cd52e71404aa607c1acf8ed913b84887e58ece4f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ead3630c933ee7b5ae2b9b0a22876b286df684bfb304a0849f2064322f21f6ac(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1383ec25870583facad3f82ddd049b5bd1b1cd171cc0987f2eb4a3af71e8e5b8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d44f415b587d43aabad206b8f23db50010501abcc2e479221bc78396cc499702(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ac400e62d4ede8c706e024a051275f4e3fdb84ce86fe8430d1f06c814ca1fd9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__484b76a88e2f25efd87694002650ff4bf36d611aa697780a2cfa6663316c482a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0db704f1c4c6973a9ba311101303ac79abcc5d8b0712b2cb3420cc426bfed26a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3efdbcdd0a4ec2583920dec6d62bc3e5bfe5850d9cce57198d814c9cc3f44501(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a896ab49ca2dbd551db27f175f205c19a39d7b0d658a7adeea226e727f2cbfda(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34289cf1db60144302a5f21e1894db988ed1f784b28e89b72626993a5b4f8d9b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ec2d68923be9e85ac73bd2dacf757e920ae29db16e7ef5499f20343de54c4d1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e504c11806732ab0e6d8f6c0b8a16acd48edce43c9a995a85e1bad41ecf1c3d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ed620c6cac1a4488d7e1ea7255f0819ca9c30a39b4c68d832a90c0825f99b70(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b67c5451307865150e7edc851abe665b33f058376cef07cb78b4edc08a1e6631(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    client_timeout: typing.Optional[jsii.Number] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    explicitflow_migration: typing.Optional[builtins.str] = None,
    hardware_syncookie: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[builtins.str] = None,
    iptos_toclient: typing.Optional[builtins.str] = None,
    iptos_toserver: typing.Optional[builtins.str] = None,
    keepalive_interval: typing.Optional[builtins.str] = None,
    late_binding: typing.Optional[builtins.str] = None,
    loose_close: typing.Optional[builtins.str] = None,
    loose_initiation: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    receive_windowsize: typing.Optional[jsii.Number] = None,
    tcp_handshake_timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
