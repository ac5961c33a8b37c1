r'''
# `bigip_fast_tcp_app`

Refer to the Terraform Registry for docs: [`bigip_fast_tcp_app`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app).
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


class FastTcpApp(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastTcpApp.FastTcpApp",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app bigip_fast_tcp_app}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        application: builtins.str,
        tenant: builtins.str,
        existing_monitor: typing.Optional[builtins.str] = None,
        existing_pool: typing.Optional[builtins.str] = None,
        existing_snat_pool: typing.Optional[builtins.str] = None,
        fallback_persistence: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[typing.Union["FastTcpAppMonitor", typing.Dict[builtins.str, typing.Any]]] = None,
        persistence_profile: typing.Optional[builtins.str] = None,
        persistence_type: typing.Optional[builtins.str] = None,
        pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastTcpAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]]] = None,
        slow_ramp_time: typing.Optional[jsii.Number] = None,
        snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
        virtual_server: typing.Optional[typing.Union["FastTcpAppVirtualServer", typing.Dict[builtins.str, typing.Any]]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app bigip_fast_tcp_app} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param application: Name of the TCP FAST application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#application FastTcpApp#application}
        :param tenant: Name of the TCP FAST application tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#tenant FastTcpApp#tenant}
        :param existing_monitor: Select an existing BIG-IP HTTPS pool monitor. Monitors are used to determine the health of the application on each server Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#existing_monitor FastTcpApp#existing_monitor}
        :param existing_pool: Select an existing BIG-IP Pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#existing_pool FastTcpApp#existing_pool}
        :param existing_snat_pool: Name of an existing BIG-IP SNAT pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#existing_snat_pool FastTcpApp#existing_snat_pool}
        :param fallback_persistence: Type of fallback persistence record to be created for each new client connection. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#fallback_persistence FastTcpApp#fallback_persistence}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#id FastTcpApp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param load_balancing_mode: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#load_balancing_mode FastTcpApp#load_balancing_mode}
        :param monitor: monitor block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#monitor FastTcpApp#monitor}
        :param persistence_profile: Select an existing BIG-IP persistence profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#persistence_profile FastTcpApp#persistence_profile}
        :param persistence_type: Type of persistence profile to be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#persistence_type FastTcpApp#persistence_type}
        :param pool_members: pool_members block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#pool_members FastTcpApp#pool_members}
        :param slow_ramp_time: Slow ramp temporarily throttles the number of connections to a new pool member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#slow_ramp_time FastTcpApp#slow_ramp_time}
        :param snat_pool_address: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#snat_pool_address FastTcpApp#snat_pool_address}.
        :param virtual_server: virtual_server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#virtual_server FastTcpApp#virtual_server}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42d5f06b68bd5cef23792b53cf94ca045a470c9e1ced5eeaa254bb5c9ccb0080)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = FastTcpAppConfig(
            application=application,
            tenant=tenant,
            existing_monitor=existing_monitor,
            existing_pool=existing_pool,
            existing_snat_pool=existing_snat_pool,
            fallback_persistence=fallback_persistence,
            id=id,
            load_balancing_mode=load_balancing_mode,
            monitor=monitor,
            persistence_profile=persistence_profile,
            persistence_type=persistence_type,
            pool_members=pool_members,
            slow_ramp_time=slow_ramp_time,
            snat_pool_address=snat_pool_address,
            virtual_server=virtual_server,
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
        '''Generates CDKTF code for importing a FastTcpApp resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the FastTcpApp to import.
        :param import_from_id: The id of the existing FastTcpApp that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the FastTcpApp to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3189a60367188a56dca3ae9ae39110776e7afb3d0f6cc3c6b3c1a21db766ef6d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putMonitor")
    def put_monitor(self, *, interval: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param interval: Set the time between health checks, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#interval FastTcpApp#interval}
        '''
        value = FastTcpAppMonitor(interval=interval)

        return typing.cast(None, jsii.invoke(self, "putMonitor", [value]))

    @jsii.member(jsii_name="putPoolMembers")
    def put_pool_members(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastTcpAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9a94b109f946a1102ee548164810ac7be45ab1fb10bf56d615451d4ecdb487e6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putPoolMembers", [value]))

    @jsii.member(jsii_name="putVirtualServer")
    def put_virtual_server(self, *, ip: builtins.str, port: jsii.Number) -> None:
        '''
        :param ip: This IP address, combined with the port you specify below, becomes the BIG-IP virtual server address and port, which clients use to access the application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#ip FastTcpApp#ip}
        :param port: Port for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#port FastTcpApp#port}
        '''
        value = FastTcpAppVirtualServer(ip=ip, port=port)

        return typing.cast(None, jsii.invoke(self, "putVirtualServer", [value]))

    @jsii.member(jsii_name="resetExistingMonitor")
    def reset_existing_monitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingMonitor", []))

    @jsii.member(jsii_name="resetExistingPool")
    def reset_existing_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingPool", []))

    @jsii.member(jsii_name="resetExistingSnatPool")
    def reset_existing_snat_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingSnatPool", []))

    @jsii.member(jsii_name="resetFallbackPersistence")
    def reset_fallback_persistence(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFallbackPersistence", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetLoadBalancingMode")
    def reset_load_balancing_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLoadBalancingMode", []))

    @jsii.member(jsii_name="resetMonitor")
    def reset_monitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonitor", []))

    @jsii.member(jsii_name="resetPersistenceProfile")
    def reset_persistence_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPersistenceProfile", []))

    @jsii.member(jsii_name="resetPersistenceType")
    def reset_persistence_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPersistenceType", []))

    @jsii.member(jsii_name="resetPoolMembers")
    def reset_pool_members(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPoolMembers", []))

    @jsii.member(jsii_name="resetSlowRampTime")
    def reset_slow_ramp_time(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSlowRampTime", []))

    @jsii.member(jsii_name="resetSnatPoolAddress")
    def reset_snat_pool_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSnatPoolAddress", []))

    @jsii.member(jsii_name="resetVirtualServer")
    def reset_virtual_server(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVirtualServer", []))

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
    @jsii.member(jsii_name="fastTcpJson")
    def fast_tcp_json(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fastTcpJson"))

    @builtins.property
    @jsii.member(jsii_name="monitor")
    def monitor(self) -> "FastTcpAppMonitorOutputReference":
        return typing.cast("FastTcpAppMonitorOutputReference", jsii.get(self, "monitor"))

    @builtins.property
    @jsii.member(jsii_name="poolMembers")
    def pool_members(self) -> "FastTcpAppPoolMembersList":
        return typing.cast("FastTcpAppPoolMembersList", jsii.get(self, "poolMembers"))

    @builtins.property
    @jsii.member(jsii_name="virtualServer")
    def virtual_server(self) -> "FastTcpAppVirtualServerOutputReference":
        return typing.cast("FastTcpAppVirtualServerOutputReference", jsii.get(self, "virtualServer"))

    @builtins.property
    @jsii.member(jsii_name="applicationInput")
    def application_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "applicationInput"))

    @builtins.property
    @jsii.member(jsii_name="existingMonitorInput")
    def existing_monitor_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "existingMonitorInput"))

    @builtins.property
    @jsii.member(jsii_name="existingPoolInput")
    def existing_pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "existingPoolInput"))

    @builtins.property
    @jsii.member(jsii_name="existingSnatPoolInput")
    def existing_snat_pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "existingSnatPoolInput"))

    @builtins.property
    @jsii.member(jsii_name="fallbackPersistenceInput")
    def fallback_persistence_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fallbackPersistenceInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="loadBalancingModeInput")
    def load_balancing_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "loadBalancingModeInput"))

    @builtins.property
    @jsii.member(jsii_name="monitorInput")
    def monitor_input(self) -> typing.Optional["FastTcpAppMonitor"]:
        return typing.cast(typing.Optional["FastTcpAppMonitor"], jsii.get(self, "monitorInput"))

    @builtins.property
    @jsii.member(jsii_name="persistenceProfileInput")
    def persistence_profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "persistenceProfileInput"))

    @builtins.property
    @jsii.member(jsii_name="persistenceTypeInput")
    def persistence_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "persistenceTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="poolMembersInput")
    def pool_members_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastTcpAppPoolMembers"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastTcpAppPoolMembers"]]], jsii.get(self, "poolMembersInput"))

    @builtins.property
    @jsii.member(jsii_name="slowRampTimeInput")
    def slow_ramp_time_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "slowRampTimeInput"))

    @builtins.property
    @jsii.member(jsii_name="snatPoolAddressInput")
    def snat_pool_address_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "snatPoolAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantInput")
    def tenant_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantInput"))

    @builtins.property
    @jsii.member(jsii_name="virtualServerInput")
    def virtual_server_input(self) -> typing.Optional["FastTcpAppVirtualServer"]:
        return typing.cast(typing.Optional["FastTcpAppVirtualServer"], jsii.get(self, "virtualServerInput"))

    @builtins.property
    @jsii.member(jsii_name="application")
    def application(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "application"))

    @application.setter
    def application(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__419ed9bf620ef71547e33b8d9bf18220509f58f8fdbd75be077bb00a1b97e8cf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "application", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingMonitor")
    def existing_monitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingMonitor"))

    @existing_monitor.setter
    def existing_monitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b9be111456cb6dcadc825b0b9dde83e6c8051fcf31184558a32a7310dacd7a9c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingMonitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingPool")
    def existing_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingPool"))

    @existing_pool.setter
    def existing_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe12f56d994c7b79cca3f16e93391a94c67808382d466cbc75c9dd24255d1b3f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingSnatPool")
    def existing_snat_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingSnatPool"))

    @existing_snat_pool.setter
    def existing_snat_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__804075ae039d2263b5b81ebfc3fc7cd590cb4125681c1b5c175a692578c5339a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingSnatPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fallbackPersistence")
    def fallback_persistence(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fallbackPersistence"))

    @fallback_persistence.setter
    def fallback_persistence(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__515cbebea3ae666d86a1625a987a0d07deaa0552bda788fa2d43a74036c04772)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fallbackPersistence", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c32be6aff0f582c2a9b47bc5e40a91334dbc106ed379950333937dd06ba6351)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="loadBalancingMode")
    def load_balancing_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "loadBalancingMode"))

    @load_balancing_mode.setter
    def load_balancing_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ee6b88b4b043eb63883d2d09052917129cde6506602af2725b4fb932fd9e4bc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "loadBalancingMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistenceProfile")
    def persistence_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistenceProfile"))

    @persistence_profile.setter
    def persistence_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c8c92237cfeda07b4edf5a28b3dde3e5073a42b6621f1aa327837d1d0e116878)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistenceProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistenceType")
    def persistence_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistenceType"))

    @persistence_type.setter
    def persistence_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9841091d65802d5a99627d0347934a5b38e6df40cec37256c3eec70b3bf03c90)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistenceType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slowRampTime")
    def slow_ramp_time(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "slowRampTime"))

    @slow_ramp_time.setter
    def slow_ramp_time(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__efdd653f82d9e46aa80ac7c9733f1c8a2364f0214e1c71fcc3d50c5cf6dc696d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slowRampTime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="snatPoolAddress")
    def snat_pool_address(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "snatPoolAddress"))

    @snat_pool_address.setter
    def snat_pool_address(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__529df1d1831311059d7ec99fb8ab48b61d723ddf6af657f7c794086eb08d8f46)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "snatPoolAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenant")
    def tenant(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenant"))

    @tenant.setter
    def tenant(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__272f46d0e660f1f4ab2dde902d953d0eea273bbd56a96cd3631bb56c080f2852)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenant", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastTcpApp.FastTcpAppConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "application": "application",
        "tenant": "tenant",
        "existing_monitor": "existingMonitor",
        "existing_pool": "existingPool",
        "existing_snat_pool": "existingSnatPool",
        "fallback_persistence": "fallbackPersistence",
        "id": "id",
        "load_balancing_mode": "loadBalancingMode",
        "monitor": "monitor",
        "persistence_profile": "persistenceProfile",
        "persistence_type": "persistenceType",
        "pool_members": "poolMembers",
        "slow_ramp_time": "slowRampTime",
        "snat_pool_address": "snatPoolAddress",
        "virtual_server": "virtualServer",
    },
)
class FastTcpAppConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        application: builtins.str,
        tenant: builtins.str,
        existing_monitor: typing.Optional[builtins.str] = None,
        existing_pool: typing.Optional[builtins.str] = None,
        existing_snat_pool: typing.Optional[builtins.str] = None,
        fallback_persistence: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[typing.Union["FastTcpAppMonitor", typing.Dict[builtins.str, typing.Any]]] = None,
        persistence_profile: typing.Optional[builtins.str] = None,
        persistence_type: typing.Optional[builtins.str] = None,
        pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastTcpAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]]] = None,
        slow_ramp_time: typing.Optional[jsii.Number] = None,
        snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
        virtual_server: typing.Optional[typing.Union["FastTcpAppVirtualServer", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param application: Name of the TCP FAST application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#application FastTcpApp#application}
        :param tenant: Name of the TCP FAST application tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#tenant FastTcpApp#tenant}
        :param existing_monitor: Select an existing BIG-IP HTTPS pool monitor. Monitors are used to determine the health of the application on each server Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#existing_monitor FastTcpApp#existing_monitor}
        :param existing_pool: Select an existing BIG-IP Pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#existing_pool FastTcpApp#existing_pool}
        :param existing_snat_pool: Name of an existing BIG-IP SNAT pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#existing_snat_pool FastTcpApp#existing_snat_pool}
        :param fallback_persistence: Type of fallback persistence record to be created for each new client connection. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#fallback_persistence FastTcpApp#fallback_persistence}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#id FastTcpApp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param load_balancing_mode: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#load_balancing_mode FastTcpApp#load_balancing_mode}
        :param monitor: monitor block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#monitor FastTcpApp#monitor}
        :param persistence_profile: Select an existing BIG-IP persistence profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#persistence_profile FastTcpApp#persistence_profile}
        :param persistence_type: Type of persistence profile to be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#persistence_type FastTcpApp#persistence_type}
        :param pool_members: pool_members block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#pool_members FastTcpApp#pool_members}
        :param slow_ramp_time: Slow ramp temporarily throttles the number of connections to a new pool member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#slow_ramp_time FastTcpApp#slow_ramp_time}
        :param snat_pool_address: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#snat_pool_address FastTcpApp#snat_pool_address}.
        :param virtual_server: virtual_server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#virtual_server FastTcpApp#virtual_server}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(monitor, dict):
            monitor = FastTcpAppMonitor(**monitor)
        if isinstance(virtual_server, dict):
            virtual_server = FastTcpAppVirtualServer(**virtual_server)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c50b2c68aa11b41d033cf0f6d818f4264c69229f3346e475e0b4a9207889987b)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument application", value=application, expected_type=type_hints["application"])
            check_type(argname="argument tenant", value=tenant, expected_type=type_hints["tenant"])
            check_type(argname="argument existing_monitor", value=existing_monitor, expected_type=type_hints["existing_monitor"])
            check_type(argname="argument existing_pool", value=existing_pool, expected_type=type_hints["existing_pool"])
            check_type(argname="argument existing_snat_pool", value=existing_snat_pool, expected_type=type_hints["existing_snat_pool"])
            check_type(argname="argument fallback_persistence", value=fallback_persistence, expected_type=type_hints["fallback_persistence"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument load_balancing_mode", value=load_balancing_mode, expected_type=type_hints["load_balancing_mode"])
            check_type(argname="argument monitor", value=monitor, expected_type=type_hints["monitor"])
            check_type(argname="argument persistence_profile", value=persistence_profile, expected_type=type_hints["persistence_profile"])
            check_type(argname="argument persistence_type", value=persistence_type, expected_type=type_hints["persistence_type"])
            check_type(argname="argument pool_members", value=pool_members, expected_type=type_hints["pool_members"])
            check_type(argname="argument slow_ramp_time", value=slow_ramp_time, expected_type=type_hints["slow_ramp_time"])
            check_type(argname="argument snat_pool_address", value=snat_pool_address, expected_type=type_hints["snat_pool_address"])
            check_type(argname="argument virtual_server", value=virtual_server, expected_type=type_hints["virtual_server"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "application": application,
            "tenant": tenant,
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
        if existing_monitor is not None:
            self._values["existing_monitor"] = existing_monitor
        if existing_pool is not None:
            self._values["existing_pool"] = existing_pool
        if existing_snat_pool is not None:
            self._values["existing_snat_pool"] = existing_snat_pool
        if fallback_persistence is not None:
            self._values["fallback_persistence"] = fallback_persistence
        if id is not None:
            self._values["id"] = id
        if load_balancing_mode is not None:
            self._values["load_balancing_mode"] = load_balancing_mode
        if monitor is not None:
            self._values["monitor"] = monitor
        if persistence_profile is not None:
            self._values["persistence_profile"] = persistence_profile
        if persistence_type is not None:
            self._values["persistence_type"] = persistence_type
        if pool_members is not None:
            self._values["pool_members"] = pool_members
        if slow_ramp_time is not None:
            self._values["slow_ramp_time"] = slow_ramp_time
        if snat_pool_address is not None:
            self._values["snat_pool_address"] = snat_pool_address
        if virtual_server is not None:
            self._values["virtual_server"] = virtual_server

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
    def application(self) -> builtins.str:
        '''Name of the TCP FAST application.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#application FastTcpApp#application}
        '''
        result = self._values.get("application")
        assert result is not None, "Required property 'application' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant(self) -> builtins.str:
        '''Name of the TCP FAST application tenant.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#tenant FastTcpApp#tenant}
        '''
        result = self._values.get("tenant")
        assert result is not None, "Required property 'tenant' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def existing_monitor(self) -> typing.Optional[builtins.str]:
        '''Select an existing BIG-IP HTTPS pool monitor.

        Monitors are used to determine the health of the application on each server

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#existing_monitor FastTcpApp#existing_monitor}
        '''
        result = self._values.get("existing_monitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_pool(self) -> typing.Optional[builtins.str]:
        '''Select an existing BIG-IP Pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#existing_pool FastTcpApp#existing_pool}
        '''
        result = self._values.get("existing_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_snat_pool(self) -> typing.Optional[builtins.str]:
        '''Name of an existing BIG-IP SNAT pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#existing_snat_pool FastTcpApp#existing_snat_pool}
        '''
        result = self._values.get("existing_snat_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fallback_persistence(self) -> typing.Optional[builtins.str]:
        '''Type of fallback persistence record to be created for each new client connection.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#fallback_persistence FastTcpApp#fallback_persistence}
        '''
        result = self._values.get("fallback_persistence")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#id FastTcpApp#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def load_balancing_mode(self) -> typing.Optional[builtins.str]:
        '''none.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#load_balancing_mode FastTcpApp#load_balancing_mode}
        '''
        result = self._values.get("load_balancing_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def monitor(self) -> typing.Optional["FastTcpAppMonitor"]:
        '''monitor block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#monitor FastTcpApp#monitor}
        '''
        result = self._values.get("monitor")
        return typing.cast(typing.Optional["FastTcpAppMonitor"], result)

    @builtins.property
    def persistence_profile(self) -> typing.Optional[builtins.str]:
        '''Select an existing BIG-IP persistence profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#persistence_profile FastTcpApp#persistence_profile}
        '''
        result = self._values.get("persistence_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def persistence_type(self) -> typing.Optional[builtins.str]:
        '''Type of persistence profile to be created.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#persistence_type FastTcpApp#persistence_type}
        '''
        result = self._values.get("persistence_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pool_members(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastTcpAppPoolMembers"]]]:
        '''pool_members block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#pool_members FastTcpApp#pool_members}
        '''
        result = self._values.get("pool_members")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastTcpAppPoolMembers"]]], result)

    @builtins.property
    def slow_ramp_time(self) -> typing.Optional[jsii.Number]:
        '''Slow ramp temporarily throttles the number of connections to a new pool member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#slow_ramp_time FastTcpApp#slow_ramp_time}
        '''
        result = self._values.get("slow_ramp_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def snat_pool_address(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#snat_pool_address FastTcpApp#snat_pool_address}.'''
        result = self._values.get("snat_pool_address")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def virtual_server(self) -> typing.Optional["FastTcpAppVirtualServer"]:
        '''virtual_server block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#virtual_server FastTcpApp#virtual_server}
        '''
        result = self._values.get("virtual_server")
        return typing.cast(typing.Optional["FastTcpAppVirtualServer"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastTcpAppConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.fastTcpApp.FastTcpAppMonitor",
    jsii_struct_bases=[],
    name_mapping={"interval": "interval"},
)
class FastTcpAppMonitor:
    def __init__(self, *, interval: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param interval: Set the time between health checks, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#interval FastTcpApp#interval}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__526fb62d72fdb030754955847d539a2ce3c4fecebb6b3f80abe9112982e91509)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval

    @builtins.property
    def interval(self) -> typing.Optional[jsii.Number]:
        '''Set the time between health checks, in seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#interval FastTcpApp#interval}
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastTcpAppMonitor(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastTcpAppMonitorOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastTcpApp.FastTcpAppMonitorOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c555ebbbcc05a866ae114459a38e76ec719081abe295e16f5e070f49d5567fe2)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetInterval")
    def reset_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInterval", []))

    @builtins.property
    @jsii.member(jsii_name="intervalInput")
    def interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "intervalInput"))

    @builtins.property
    @jsii.member(jsii_name="interval")
    def interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "interval"))

    @interval.setter
    def interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e3ab772a2f2f4d90b3c0466f4eaa1b34b5592099df5674b6956dab34ff65c13)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "interval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastTcpAppMonitor]:
        return typing.cast(typing.Optional[FastTcpAppMonitor], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[FastTcpAppMonitor]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c3e309bbd676ad7d232d6cada72d956c3b53c041efea87947858c45a5bffdda7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastTcpApp.FastTcpAppPoolMembers",
    jsii_struct_bases=[],
    name_mapping={
        "addresses": "addresses",
        "connection_limit": "connectionLimit",
        "port": "port",
        "priority_group": "priorityGroup",
        "share_nodes": "shareNodes",
    },
)
class FastTcpAppPoolMembers:
    def __init__(
        self,
        *,
        addresses: typing.Sequence[builtins.str],
        connection_limit: typing.Optional[jsii.Number] = None,
        port: typing.Optional[jsii.Number] = None,
        priority_group: typing.Optional[jsii.Number] = None,
        share_nodes: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param addresses: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#addresses FastTcpApp#addresses}.
        :param connection_limit: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#connection_limit FastTcpApp#connection_limit}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#port FastTcpApp#port}.
        :param priority_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#priority_group FastTcpApp#priority_group}.
        :param share_nodes: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#share_nodes FastTcpApp#share_nodes}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4ecb00c5793cb679fe5595c5cd71e006205d247f20281531db6f79bd626fed55)
            check_type(argname="argument addresses", value=addresses, expected_type=type_hints["addresses"])
            check_type(argname="argument connection_limit", value=connection_limit, expected_type=type_hints["connection_limit"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument priority_group", value=priority_group, expected_type=type_hints["priority_group"])
            check_type(argname="argument share_nodes", value=share_nodes, expected_type=type_hints["share_nodes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "addresses": addresses,
        }
        if connection_limit is not None:
            self._values["connection_limit"] = connection_limit
        if port is not None:
            self._values["port"] = port
        if priority_group is not None:
            self._values["priority_group"] = priority_group
        if share_nodes is not None:
            self._values["share_nodes"] = share_nodes

    @builtins.property
    def addresses(self) -> typing.List[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#addresses FastTcpApp#addresses}.'''
        result = self._values.get("addresses")
        assert result is not None, "Required property 'addresses' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def connection_limit(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#connection_limit FastTcpApp#connection_limit}.'''
        result = self._values.get("connection_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#port FastTcpApp#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def priority_group(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#priority_group FastTcpApp#priority_group}.'''
        result = self._values.get("priority_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def share_nodes(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#share_nodes FastTcpApp#share_nodes}.'''
        result = self._values.get("share_nodes")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastTcpAppPoolMembers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastTcpAppPoolMembersList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastTcpApp.FastTcpAppPoolMembersList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b1607bc72fb7a38297fc956d677c55dd9cc72f153929b7588fbe21fc622484d4)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "FastTcpAppPoolMembersOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2bec932c4e30eee3b33518c40c5da51c834aac48f32d62f98afc45b3d49481bd)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("FastTcpAppPoolMembersOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a3bb5ccb0975efa20b9d331d455f4ebce526af7b5d83968d5534f87973da59ac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__acf43f84e931b88a4945a63fed168bc8ca7d914d7c03afbd92148f404613b286)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f46f824d1a48ac1535ff08e6f25fe27b1adaae4e2427f993db397e0034289655)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastTcpAppPoolMembers]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastTcpAppPoolMembers]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastTcpAppPoolMembers]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8f6a68898b5db4bfb809e9af38cb02ce0395c2e5ade3e1c6b599c73c4293a833)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FastTcpAppPoolMembersOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastTcpApp.FastTcpAppPoolMembersOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__058da5e4233327de203266bf111f3a2f8a3a8966eb4caa9be58be0ab1c0ea195)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetConnectionLimit")
    def reset_connection_limit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionLimit", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @jsii.member(jsii_name="resetPriorityGroup")
    def reset_priority_group(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPriorityGroup", []))

    @jsii.member(jsii_name="resetShareNodes")
    def reset_share_nodes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetShareNodes", []))

    @builtins.property
    @jsii.member(jsii_name="addressesInput")
    def addresses_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "addressesInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionLimitInput")
    def connection_limit_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connectionLimitInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="priorityGroupInput")
    def priority_group_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "priorityGroupInput"))

    @builtins.property
    @jsii.member(jsii_name="shareNodesInput")
    def share_nodes_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "shareNodesInput"))

    @builtins.property
    @jsii.member(jsii_name="addresses")
    def addresses(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "addresses"))

    @addresses.setter
    def addresses(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a94e2bdf450d5c91c4b24396dccb22d80b09f03c1fefbcacbbfb0f7ba5f7f2f1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "addresses", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionLimit")
    def connection_limit(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionLimit"))

    @connection_limit.setter
    def connection_limit(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d47b20e2806e008c5b3a971ab8a0dd108669d248ed68ef2afea67e48f4d8e41d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a55cc64bb2e725743ac6b5a2fed72488b2590f1d858cfa8ac32171bc6fff0615)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="priorityGroup")
    def priority_group(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "priorityGroup"))

    @priority_group.setter
    def priority_group(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__518ac08d833753acdb63f62a06b417c68cab194681b6ba5d2f83ef6d84dd630c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "priorityGroup", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shareNodes")
    def share_nodes(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "shareNodes"))

    @share_nodes.setter
    def share_nodes(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__54274ee8d74743b8f9d7fc13b3e96465c4ec3a6b0933f4f98636cda41d5b98d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shareNodes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastTcpAppPoolMembers]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastTcpAppPoolMembers]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastTcpAppPoolMembers]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2bd61b0546f6e7567dcba42f584af7ab92f550c9b4a12846519e71f978c7b8dc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastTcpApp.FastTcpAppVirtualServer",
    jsii_struct_bases=[],
    name_mapping={"ip": "ip", "port": "port"},
)
class FastTcpAppVirtualServer:
    def __init__(self, *, ip: builtins.str, port: jsii.Number) -> None:
        '''
        :param ip: This IP address, combined with the port you specify below, becomes the BIG-IP virtual server address and port, which clients use to access the application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#ip FastTcpApp#ip}
        :param port: Port for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#port FastTcpApp#port}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__71c924575f320bd651bd55ff2e34f70c5874160d4ab45c2624d8772c72a2ec2d)
            check_type(argname="argument ip", value=ip, expected_type=type_hints["ip"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "ip": ip,
            "port": port,
        }

    @builtins.property
    def ip(self) -> builtins.str:
        '''This IP address, combined with the port you specify below, becomes the BIG-IP virtual server address and port, which clients use to access the application.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#ip FastTcpApp#ip}
        '''
        result = self._values.get("ip")
        assert result is not None, "Required property 'ip' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> jsii.Number:
        '''Port for the virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_tcp_app#port FastTcpApp#port}
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastTcpAppVirtualServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastTcpAppVirtualServerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastTcpApp.FastTcpAppVirtualServerOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__90f6af331d3c510cb3c7c3e1c2e980fb99a29849a7f517e2e277411c557da94f)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="ipInput")
    def ip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="ip")
    def ip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ip"))

    @ip.setter
    def ip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__330f6a580095468a98d1104ced38e19a6f220f6ea64215feeae3a2f4f18afc70)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4154559a102bc5e5f335e34f1aab350ca160d9b76cc9d406ff31d1c80c166df3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastTcpAppVirtualServer]:
        return typing.cast(typing.Optional[FastTcpAppVirtualServer], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[FastTcpAppVirtualServer]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8fbecb5f1083d1aa457f71a57500e40cdc2d3d56eb33d3ccd87454cd13e934ad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "FastTcpApp",
    "FastTcpAppConfig",
    "FastTcpAppMonitor",
    "FastTcpAppMonitorOutputReference",
    "FastTcpAppPoolMembers",
    "FastTcpAppPoolMembersList",
    "FastTcpAppPoolMembersOutputReference",
    "FastTcpAppVirtualServer",
    "FastTcpAppVirtualServerOutputReference",
]

publication.publish()

def _typecheckingstub__42d5f06b68bd5cef23792b53cf94ca045a470c9e1ced5eeaa254bb5c9ccb0080(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    application: builtins.str,
    tenant: builtins.str,
    existing_monitor: typing.Optional[builtins.str] = None,
    existing_pool: typing.Optional[builtins.str] = None,
    existing_snat_pool: typing.Optional[builtins.str] = None,
    fallback_persistence: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[typing.Union[FastTcpAppMonitor, typing.Dict[builtins.str, typing.Any]]] = None,
    persistence_profile: typing.Optional[builtins.str] = None,
    persistence_type: typing.Optional[builtins.str] = None,
    pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastTcpAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]]] = None,
    slow_ramp_time: typing.Optional[jsii.Number] = None,
    snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
    virtual_server: typing.Optional[typing.Union[FastTcpAppVirtualServer, typing.Dict[builtins.str, typing.Any]]] = None,
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

def _typecheckingstub__3189a60367188a56dca3ae9ae39110776e7afb3d0f6cc3c6b3c1a21db766ef6d(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a94b109f946a1102ee548164810ac7be45ab1fb10bf56d615451d4ecdb487e6(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastTcpAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__419ed9bf620ef71547e33b8d9bf18220509f58f8fdbd75be077bb00a1b97e8cf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9be111456cb6dcadc825b0b9dde83e6c8051fcf31184558a32a7310dacd7a9c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe12f56d994c7b79cca3f16e93391a94c67808382d466cbc75c9dd24255d1b3f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__804075ae039d2263b5b81ebfc3fc7cd590cb4125681c1b5c175a692578c5339a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__515cbebea3ae666d86a1625a987a0d07deaa0552bda788fa2d43a74036c04772(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c32be6aff0f582c2a9b47bc5e40a91334dbc106ed379950333937dd06ba6351(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ee6b88b4b043eb63883d2d09052917129cde6506602af2725b4fb932fd9e4bc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8c92237cfeda07b4edf5a28b3dde3e5073a42b6621f1aa327837d1d0e116878(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9841091d65802d5a99627d0347934a5b38e6df40cec37256c3eec70b3bf03c90(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efdd653f82d9e46aa80ac7c9733f1c8a2364f0214e1c71fcc3d50c5cf6dc696d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__529df1d1831311059d7ec99fb8ab48b61d723ddf6af657f7c794086eb08d8f46(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__272f46d0e660f1f4ab2dde902d953d0eea273bbd56a96cd3631bb56c080f2852(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c50b2c68aa11b41d033cf0f6d818f4264c69229f3346e475e0b4a9207889987b(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    application: builtins.str,
    tenant: builtins.str,
    existing_monitor: typing.Optional[builtins.str] = None,
    existing_pool: typing.Optional[builtins.str] = None,
    existing_snat_pool: typing.Optional[builtins.str] = None,
    fallback_persistence: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[typing.Union[FastTcpAppMonitor, typing.Dict[builtins.str, typing.Any]]] = None,
    persistence_profile: typing.Optional[builtins.str] = None,
    persistence_type: typing.Optional[builtins.str] = None,
    pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastTcpAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]]] = None,
    slow_ramp_time: typing.Optional[jsii.Number] = None,
    snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
    virtual_server: typing.Optional[typing.Union[FastTcpAppVirtualServer, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__526fb62d72fdb030754955847d539a2ce3c4fecebb6b3f80abe9112982e91509(
    *,
    interval: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c555ebbbcc05a866ae114459a38e76ec719081abe295e16f5e070f49d5567fe2(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e3ab772a2f2f4d90b3c0466f4eaa1b34b5592099df5674b6956dab34ff65c13(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3e309bbd676ad7d232d6cada72d956c3b53c041efea87947858c45a5bffdda7(
    value: typing.Optional[FastTcpAppMonitor],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ecb00c5793cb679fe5595c5cd71e006205d247f20281531db6f79bd626fed55(
    *,
    addresses: typing.Sequence[builtins.str],
    connection_limit: typing.Optional[jsii.Number] = None,
    port: typing.Optional[jsii.Number] = None,
    priority_group: typing.Optional[jsii.Number] = None,
    share_nodes: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1607bc72fb7a38297fc956d677c55dd9cc72f153929b7588fbe21fc622484d4(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bec932c4e30eee3b33518c40c5da51c834aac48f32d62f98afc45b3d49481bd(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3bb5ccb0975efa20b9d331d455f4ebce526af7b5d83968d5534f87973da59ac(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__acf43f84e931b88a4945a63fed168bc8ca7d914d7c03afbd92148f404613b286(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f46f824d1a48ac1535ff08e6f25fe27b1adaae4e2427f993db397e0034289655(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f6a68898b5db4bfb809e9af38cb02ce0395c2e5ade3e1c6b599c73c4293a833(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastTcpAppPoolMembers]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__058da5e4233327de203266bf111f3a2f8a3a8966eb4caa9be58be0ab1c0ea195(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a94e2bdf450d5c91c4b24396dccb22d80b09f03c1fefbcacbbfb0f7ba5f7f2f1(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d47b20e2806e008c5b3a971ab8a0dd108669d248ed68ef2afea67e48f4d8e41d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a55cc64bb2e725743ac6b5a2fed72488b2590f1d858cfa8ac32171bc6fff0615(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__518ac08d833753acdb63f62a06b417c68cab194681b6ba5d2f83ef6d84dd630c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54274ee8d74743b8f9d7fc13b3e96465c4ec3a6b0933f4f98636cda41d5b98d4(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bd61b0546f6e7567dcba42f584af7ab92f550c9b4a12846519e71f978c7b8dc(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastTcpAppPoolMembers]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71c924575f320bd651bd55ff2e34f70c5874160d4ab45c2624d8772c72a2ec2d(
    *,
    ip: builtins.str,
    port: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90f6af331d3c510cb3c7c3e1c2e980fb99a29849a7f517e2e277411c557da94f(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__330f6a580095468a98d1104ced38e19a6f220f6ea64215feeae3a2f4f18afc70(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4154559a102bc5e5f335e34f1aab350ca160d9b76cc9d406ff31d1c80c166df3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fbecb5f1083d1aa457f71a57500e40cdc2d3d56eb33d3ccd87454cd13e934ad(
    value: typing.Optional[FastTcpAppVirtualServer],
) -> None:
    """Type checking stubs"""
    pass
