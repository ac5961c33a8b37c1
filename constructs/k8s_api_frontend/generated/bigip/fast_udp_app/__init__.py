r'''
# `bigip_fast_udp_app`

Refer to the Terraform Registry for docs: [`bigip_fast_udp_app`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app).
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


class FastUdpApp(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastUdpApp.FastUdpApp",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app bigip_fast_udp_app}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        application: builtins.str,
        tenant: builtins.str,
        enable_fastl4: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        existing_monitor: typing.Optional[builtins.str] = None,
        existing_pool: typing.Optional[builtins.str] = None,
        existing_profile: typing.Optional[builtins.str] = None,
        existing_snat_pool: typing.Optional[builtins.str] = None,
        fallback_persistence: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        irules: typing.Optional[typing.Sequence[builtins.str]] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[typing.Union["FastUdpAppMonitor", typing.Dict[builtins.str, typing.Any]]] = None,
        persistence_profile: typing.Optional[builtins.str] = None,
        persistence_type: typing.Optional[builtins.str] = None,
        pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastUdpAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]]] = None,
        security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        slow_ramp_time: typing.Optional[jsii.Number] = None,
        snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
        virtual_server: typing.Optional[typing.Union["FastUdpAppVirtualServer", typing.Dict[builtins.str, typing.Any]]] = None,
        vlans_allowed: typing.Optional[typing.Sequence[builtins.str]] = None,
        vlans_rejected: typing.Optional[typing.Sequence[builtins.str]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app bigip_fast_udp_app} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param application: Name of the UDP FAST application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#application FastUdpApp#application}
        :param tenant: Name of the UDP FAST application tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#tenant FastUdpApp#tenant}
        :param enable_fastl4: Enables use of FastL4 profiles on the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#enable_fastl4 FastUdpApp#enable_fastl4}
        :param existing_monitor: Select an existing BIG-IP HTTPS pool monitor. Monitors are used to determine the health of the application on each server Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_monitor FastUdpApp#existing_monitor}
        :param existing_pool: Select an existing BIG-IP Pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_pool FastUdpApp#existing_pool}
        :param existing_profile: Name of an existing BIG-IP FastL4 or UDP profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_profile FastUdpApp#existing_profile}
        :param existing_snat_pool: Name of an existing BIG-IP SNAT pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_snat_pool FastUdpApp#existing_snat_pool}
        :param fallback_persistence: Type of fallback persistence record to be created for each new client connection. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#fallback_persistence FastUdpApp#fallback_persistence}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#id FastUdpApp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param irules: Irules to attach to Virtual Server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#irules FastUdpApp#irules}
        :param load_balancing_mode: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#load_balancing_mode FastUdpApp#load_balancing_mode}
        :param monitor: monitor block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#monitor FastUdpApp#monitor}
        :param persistence_profile: Name of an existing BIG-IP persistence profile to be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#persistence_profile FastUdpApp#persistence_profile}
        :param persistence_type: Type of persistence profile to be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#persistence_type FastUdpApp#persistence_type}
        :param pool_members: pool_members block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#pool_members FastUdpApp#pool_members}
        :param security_log_profiles: Existing security log profiles to enable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#security_log_profiles FastUdpApp#security_log_profiles}
        :param slow_ramp_time: Slow ramp temporarily throttles the number of connections to a new pool member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#slow_ramp_time FastUdpApp#slow_ramp_time}
        :param snat_pool_address: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#snat_pool_address FastUdpApp#snat_pool_address}.
        :param virtual_server: virtual_server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#virtual_server FastUdpApp#virtual_server}
        :param vlans_allowed: Names of existing VLANs to allow. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#vlans_allowed FastUdpApp#vlans_allowed}
        :param vlans_rejected: Names of existing VLANs to reject. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#vlans_rejected FastUdpApp#vlans_rejected}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bac54775259023f35ca656644ad63e6545093da1ef203ffff52bba2bc3231dc0)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = FastUdpAppConfig(
            application=application,
            tenant=tenant,
            enable_fastl4=enable_fastl4,
            existing_monitor=existing_monitor,
            existing_pool=existing_pool,
            existing_profile=existing_profile,
            existing_snat_pool=existing_snat_pool,
            fallback_persistence=fallback_persistence,
            id=id,
            irules=irules,
            load_balancing_mode=load_balancing_mode,
            monitor=monitor,
            persistence_profile=persistence_profile,
            persistence_type=persistence_type,
            pool_members=pool_members,
            security_log_profiles=security_log_profiles,
            slow_ramp_time=slow_ramp_time,
            snat_pool_address=snat_pool_address,
            virtual_server=virtual_server,
            vlans_allowed=vlans_allowed,
            vlans_rejected=vlans_rejected,
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
        '''Generates CDKTF code for importing a FastUdpApp resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the FastUdpApp to import.
        :param import_from_id: The id of the existing FastUdpApp that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the FastUdpApp to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__48daf2ce37fad91f4555b99924125cb82d9602dd3e7a5cad3cf1ab7c9f6c8e16)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putMonitor")
    def put_monitor(
        self,
        *,
        expected_response: typing.Optional[builtins.str] = None,
        interval: typing.Optional[jsii.Number] = None,
        send_string: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param expected_response: The presence of this optional string is required in the response, if specified to confirms availability. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#expected_response FastUdpApp#expected_response}
        :param interval: Set the time between health checks, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#interval FastUdpApp#interval}
        :param send_string: Optional data to be sent during each health check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#send_string FastUdpApp#send_string}
        '''
        value = FastUdpAppMonitor(
            expected_response=expected_response,
            interval=interval,
            send_string=send_string,
        )

        return typing.cast(None, jsii.invoke(self, "putMonitor", [value]))

    @jsii.member(jsii_name="putPoolMembers")
    def put_pool_members(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastUdpAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c5246d5ec15bd740db0fcb93c85ae7d9ca73faf17568c64268bc0635a4492aa4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putPoolMembers", [value]))

    @jsii.member(jsii_name="putVirtualServer")
    def put_virtual_server(self, *, ip: builtins.str, port: jsii.Number) -> None:
        '''
        :param ip: This IP address, combined with the port you specify below, becomes the BIG-IP virtual server address and port, which clients use to access the application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#ip FastUdpApp#ip}
        :param port: Port for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#port FastUdpApp#port}
        '''
        value = FastUdpAppVirtualServer(ip=ip, port=port)

        return typing.cast(None, jsii.invoke(self, "putVirtualServer", [value]))

    @jsii.member(jsii_name="resetEnableFastl4")
    def reset_enable_fastl4(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableFastl4", []))

    @jsii.member(jsii_name="resetExistingMonitor")
    def reset_existing_monitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingMonitor", []))

    @jsii.member(jsii_name="resetExistingPool")
    def reset_existing_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingPool", []))

    @jsii.member(jsii_name="resetExistingProfile")
    def reset_existing_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingProfile", []))

    @jsii.member(jsii_name="resetExistingSnatPool")
    def reset_existing_snat_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingSnatPool", []))

    @jsii.member(jsii_name="resetFallbackPersistence")
    def reset_fallback_persistence(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFallbackPersistence", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIrules")
    def reset_irules(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIrules", []))

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

    @jsii.member(jsii_name="resetSecurityLogProfiles")
    def reset_security_log_profiles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityLogProfiles", []))

    @jsii.member(jsii_name="resetSlowRampTime")
    def reset_slow_ramp_time(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSlowRampTime", []))

    @jsii.member(jsii_name="resetSnatPoolAddress")
    def reset_snat_pool_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSnatPoolAddress", []))

    @jsii.member(jsii_name="resetVirtualServer")
    def reset_virtual_server(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVirtualServer", []))

    @jsii.member(jsii_name="resetVlansAllowed")
    def reset_vlans_allowed(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVlansAllowed", []))

    @jsii.member(jsii_name="resetVlansRejected")
    def reset_vlans_rejected(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVlansRejected", []))

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
    @jsii.member(jsii_name="fastUdpJson")
    def fast_udp_json(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fastUdpJson"))

    @builtins.property
    @jsii.member(jsii_name="monitor")
    def monitor(self) -> "FastUdpAppMonitorOutputReference":
        return typing.cast("FastUdpAppMonitorOutputReference", jsii.get(self, "monitor"))

    @builtins.property
    @jsii.member(jsii_name="poolMembers")
    def pool_members(self) -> "FastUdpAppPoolMembersList":
        return typing.cast("FastUdpAppPoolMembersList", jsii.get(self, "poolMembers"))

    @builtins.property
    @jsii.member(jsii_name="virtualServer")
    def virtual_server(self) -> "FastUdpAppVirtualServerOutputReference":
        return typing.cast("FastUdpAppVirtualServerOutputReference", jsii.get(self, "virtualServer"))

    @builtins.property
    @jsii.member(jsii_name="applicationInput")
    def application_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "applicationInput"))

    @builtins.property
    @jsii.member(jsii_name="enableFastl4Input")
    def enable_fastl4_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableFastl4Input"))

    @builtins.property
    @jsii.member(jsii_name="existingMonitorInput")
    def existing_monitor_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "existingMonitorInput"))

    @builtins.property
    @jsii.member(jsii_name="existingPoolInput")
    def existing_pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "existingPoolInput"))

    @builtins.property
    @jsii.member(jsii_name="existingProfileInput")
    def existing_profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "existingProfileInput"))

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
    @jsii.member(jsii_name="irulesInput")
    def irules_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "irulesInput"))

    @builtins.property
    @jsii.member(jsii_name="loadBalancingModeInput")
    def load_balancing_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "loadBalancingModeInput"))

    @builtins.property
    @jsii.member(jsii_name="monitorInput")
    def monitor_input(self) -> typing.Optional["FastUdpAppMonitor"]:
        return typing.cast(typing.Optional["FastUdpAppMonitor"], jsii.get(self, "monitorInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastUdpAppPoolMembers"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastUdpAppPoolMembers"]]], jsii.get(self, "poolMembersInput"))

    @builtins.property
    @jsii.member(jsii_name="securityLogProfilesInput")
    def security_log_profiles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "securityLogProfilesInput"))

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
    def virtual_server_input(self) -> typing.Optional["FastUdpAppVirtualServer"]:
        return typing.cast(typing.Optional["FastUdpAppVirtualServer"], jsii.get(self, "virtualServerInput"))

    @builtins.property
    @jsii.member(jsii_name="vlansAllowedInput")
    def vlans_allowed_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "vlansAllowedInput"))

    @builtins.property
    @jsii.member(jsii_name="vlansRejectedInput")
    def vlans_rejected_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "vlansRejectedInput"))

    @builtins.property
    @jsii.member(jsii_name="application")
    def application(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "application"))

    @application.setter
    def application(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a379386c0e726966445931eac05c4cb1412fb3abf2a6779b74baba33aa45652)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "application", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableFastl4")
    def enable_fastl4(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableFastl4"))

    @enable_fastl4.setter
    def enable_fastl4(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a9f6bba04fcf4b25fd8719a11eda1aba27aee3b508dd79c377933bfc19201eae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableFastl4", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingMonitor")
    def existing_monitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingMonitor"))

    @existing_monitor.setter
    def existing_monitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__63d2a6030d8320f0ee00d112f0013566056572d7a051e032c375f6cc71006f5e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingMonitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingPool")
    def existing_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingPool"))

    @existing_pool.setter
    def existing_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1a9f6c884e7ac5ae63ce4fa29ab3a373899b5a7b5f18c7ac53a5700db10efc16)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingProfile")
    def existing_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingProfile"))

    @existing_profile.setter
    def existing_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d93ef42cc21b728b8fbe6fe476163918cb27cab019691a92a94d3ac16818c8a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingSnatPool")
    def existing_snat_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingSnatPool"))

    @existing_snat_pool.setter
    def existing_snat_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__91fd3c30cb921c16d79db276c81c92cbcc37246925ae39dd1c0010709556cdb0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingSnatPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fallbackPersistence")
    def fallback_persistence(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fallbackPersistence"))

    @fallback_persistence.setter
    def fallback_persistence(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5d9fef84e2c352191f0916541211a8179bb1a2e2fb45065a0a34b8ddca5288ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fallbackPersistence", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67dd352223cafdf34e80ca453fa32a656ce42efd18f4af896f7aac84e776291e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="irules")
    def irules(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "irules"))

    @irules.setter
    def irules(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cdfb7dd4724c71e0b7d5da5ce6dc473b174f376444507a9fadda7ef2cf20d6b3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "irules", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="loadBalancingMode")
    def load_balancing_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "loadBalancingMode"))

    @load_balancing_mode.setter
    def load_balancing_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__031620dc57d1515ed5c1a2f492692e3ab13c184f4867dfd98a60b99aebae7c29)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "loadBalancingMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistenceProfile")
    def persistence_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistenceProfile"))

    @persistence_profile.setter
    def persistence_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6026c3ed9f15d88cb1a3ccc20f7a6c78f93eff9864702f3e333b05800cf00485)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistenceProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistenceType")
    def persistence_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistenceType"))

    @persistence_type.setter
    def persistence_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7c41603e8cdaef7086d397a1cd72db07289f793efb5fccc0abdea130d83a8c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistenceType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityLogProfiles")
    def security_log_profiles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "securityLogProfiles"))

    @security_log_profiles.setter
    def security_log_profiles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__16d5c075f4ef15373667fbb2e9c8df3d57897d2e044643da13aa32c2857796c6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityLogProfiles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slowRampTime")
    def slow_ramp_time(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "slowRampTime"))

    @slow_ramp_time.setter
    def slow_ramp_time(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0695fd30c5345d1e75451bab32cef60db34c480f3b1f09d2b37fc22276dee6de)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slowRampTime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="snatPoolAddress")
    def snat_pool_address(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "snatPoolAddress"))

    @snat_pool_address.setter
    def snat_pool_address(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6962524a56204d8bf83d8872a2f6f36db64d45fd0c5f902eaacc637cdc7fcec4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "snatPoolAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenant")
    def tenant(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenant"))

    @tenant.setter
    def tenant(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a026ee4f66a3265c5cf55a046ff7542080019e69f91946a8b116bbf5070bf79)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenant", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vlansAllowed")
    def vlans_allowed(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "vlansAllowed"))

    @vlans_allowed.setter
    def vlans_allowed(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6cb8f276c933b2c0720a58568fb78b3bb0cf911c9905c80822a0c6ff435903d0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vlansAllowed", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vlansRejected")
    def vlans_rejected(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "vlansRejected"))

    @vlans_rejected.setter
    def vlans_rejected(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ca216da11b0daec78dcc1014f00bb755705ea72b6d43eab6f01c17e767dce60e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vlansRejected", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastUdpApp.FastUdpAppConfig",
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
        "enable_fastl4": "enableFastl4",
        "existing_monitor": "existingMonitor",
        "existing_pool": "existingPool",
        "existing_profile": "existingProfile",
        "existing_snat_pool": "existingSnatPool",
        "fallback_persistence": "fallbackPersistence",
        "id": "id",
        "irules": "irules",
        "load_balancing_mode": "loadBalancingMode",
        "monitor": "monitor",
        "persistence_profile": "persistenceProfile",
        "persistence_type": "persistenceType",
        "pool_members": "poolMembers",
        "security_log_profiles": "securityLogProfiles",
        "slow_ramp_time": "slowRampTime",
        "snat_pool_address": "snatPoolAddress",
        "virtual_server": "virtualServer",
        "vlans_allowed": "vlansAllowed",
        "vlans_rejected": "vlansRejected",
    },
)
class FastUdpAppConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        enable_fastl4: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        existing_monitor: typing.Optional[builtins.str] = None,
        existing_pool: typing.Optional[builtins.str] = None,
        existing_profile: typing.Optional[builtins.str] = None,
        existing_snat_pool: typing.Optional[builtins.str] = None,
        fallback_persistence: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        irules: typing.Optional[typing.Sequence[builtins.str]] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[typing.Union["FastUdpAppMonitor", typing.Dict[builtins.str, typing.Any]]] = None,
        persistence_profile: typing.Optional[builtins.str] = None,
        persistence_type: typing.Optional[builtins.str] = None,
        pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastUdpAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]]] = None,
        security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        slow_ramp_time: typing.Optional[jsii.Number] = None,
        snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
        virtual_server: typing.Optional[typing.Union["FastUdpAppVirtualServer", typing.Dict[builtins.str, typing.Any]]] = None,
        vlans_allowed: typing.Optional[typing.Sequence[builtins.str]] = None,
        vlans_rejected: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param application: Name of the UDP FAST application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#application FastUdpApp#application}
        :param tenant: Name of the UDP FAST application tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#tenant FastUdpApp#tenant}
        :param enable_fastl4: Enables use of FastL4 profiles on the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#enable_fastl4 FastUdpApp#enable_fastl4}
        :param existing_monitor: Select an existing BIG-IP HTTPS pool monitor. Monitors are used to determine the health of the application on each server Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_monitor FastUdpApp#existing_monitor}
        :param existing_pool: Select an existing BIG-IP Pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_pool FastUdpApp#existing_pool}
        :param existing_profile: Name of an existing BIG-IP FastL4 or UDP profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_profile FastUdpApp#existing_profile}
        :param existing_snat_pool: Name of an existing BIG-IP SNAT pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_snat_pool FastUdpApp#existing_snat_pool}
        :param fallback_persistence: Type of fallback persistence record to be created for each new client connection. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#fallback_persistence FastUdpApp#fallback_persistence}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#id FastUdpApp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param irules: Irules to attach to Virtual Server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#irules FastUdpApp#irules}
        :param load_balancing_mode: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#load_balancing_mode FastUdpApp#load_balancing_mode}
        :param monitor: monitor block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#monitor FastUdpApp#monitor}
        :param persistence_profile: Name of an existing BIG-IP persistence profile to be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#persistence_profile FastUdpApp#persistence_profile}
        :param persistence_type: Type of persistence profile to be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#persistence_type FastUdpApp#persistence_type}
        :param pool_members: pool_members block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#pool_members FastUdpApp#pool_members}
        :param security_log_profiles: Existing security log profiles to enable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#security_log_profiles FastUdpApp#security_log_profiles}
        :param slow_ramp_time: Slow ramp temporarily throttles the number of connections to a new pool member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#slow_ramp_time FastUdpApp#slow_ramp_time}
        :param snat_pool_address: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#snat_pool_address FastUdpApp#snat_pool_address}.
        :param virtual_server: virtual_server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#virtual_server FastUdpApp#virtual_server}
        :param vlans_allowed: Names of existing VLANs to allow. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#vlans_allowed FastUdpApp#vlans_allowed}
        :param vlans_rejected: Names of existing VLANs to reject. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#vlans_rejected FastUdpApp#vlans_rejected}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(monitor, dict):
            monitor = FastUdpAppMonitor(**monitor)
        if isinstance(virtual_server, dict):
            virtual_server = FastUdpAppVirtualServer(**virtual_server)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0906f38975b1a09cf5fd0f8cc44dd470f3b7d4ea025f2f6b2de5231d30e62b0)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument application", value=application, expected_type=type_hints["application"])
            check_type(argname="argument tenant", value=tenant, expected_type=type_hints["tenant"])
            check_type(argname="argument enable_fastl4", value=enable_fastl4, expected_type=type_hints["enable_fastl4"])
            check_type(argname="argument existing_monitor", value=existing_monitor, expected_type=type_hints["existing_monitor"])
            check_type(argname="argument existing_pool", value=existing_pool, expected_type=type_hints["existing_pool"])
            check_type(argname="argument existing_profile", value=existing_profile, expected_type=type_hints["existing_profile"])
            check_type(argname="argument existing_snat_pool", value=existing_snat_pool, expected_type=type_hints["existing_snat_pool"])
            check_type(argname="argument fallback_persistence", value=fallback_persistence, expected_type=type_hints["fallback_persistence"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument irules", value=irules, expected_type=type_hints["irules"])
            check_type(argname="argument load_balancing_mode", value=load_balancing_mode, expected_type=type_hints["load_balancing_mode"])
            check_type(argname="argument monitor", value=monitor, expected_type=type_hints["monitor"])
            check_type(argname="argument persistence_profile", value=persistence_profile, expected_type=type_hints["persistence_profile"])
            check_type(argname="argument persistence_type", value=persistence_type, expected_type=type_hints["persistence_type"])
            check_type(argname="argument pool_members", value=pool_members, expected_type=type_hints["pool_members"])
            check_type(argname="argument security_log_profiles", value=security_log_profiles, expected_type=type_hints["security_log_profiles"])
            check_type(argname="argument slow_ramp_time", value=slow_ramp_time, expected_type=type_hints["slow_ramp_time"])
            check_type(argname="argument snat_pool_address", value=snat_pool_address, expected_type=type_hints["snat_pool_address"])
            check_type(argname="argument virtual_server", value=virtual_server, expected_type=type_hints["virtual_server"])
            check_type(argname="argument vlans_allowed", value=vlans_allowed, expected_type=type_hints["vlans_allowed"])
            check_type(argname="argument vlans_rejected", value=vlans_rejected, expected_type=type_hints["vlans_rejected"])
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
        if enable_fastl4 is not None:
            self._values["enable_fastl4"] = enable_fastl4
        if existing_monitor is not None:
            self._values["existing_monitor"] = existing_monitor
        if existing_pool is not None:
            self._values["existing_pool"] = existing_pool
        if existing_profile is not None:
            self._values["existing_profile"] = existing_profile
        if existing_snat_pool is not None:
            self._values["existing_snat_pool"] = existing_snat_pool
        if fallback_persistence is not None:
            self._values["fallback_persistence"] = fallback_persistence
        if id is not None:
            self._values["id"] = id
        if irules is not None:
            self._values["irules"] = irules
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
        if security_log_profiles is not None:
            self._values["security_log_profiles"] = security_log_profiles
        if slow_ramp_time is not None:
            self._values["slow_ramp_time"] = slow_ramp_time
        if snat_pool_address is not None:
            self._values["snat_pool_address"] = snat_pool_address
        if virtual_server is not None:
            self._values["virtual_server"] = virtual_server
        if vlans_allowed is not None:
            self._values["vlans_allowed"] = vlans_allowed
        if vlans_rejected is not None:
            self._values["vlans_rejected"] = vlans_rejected

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
        '''Name of the UDP FAST application.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#application FastUdpApp#application}
        '''
        result = self._values.get("application")
        assert result is not None, "Required property 'application' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant(self) -> builtins.str:
        '''Name of the UDP FAST application tenant.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#tenant FastUdpApp#tenant}
        '''
        result = self._values.get("tenant")
        assert result is not None, "Required property 'tenant' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def enable_fastl4(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enables use of FastL4 profiles on the virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#enable_fastl4 FastUdpApp#enable_fastl4}
        '''
        result = self._values.get("enable_fastl4")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def existing_monitor(self) -> typing.Optional[builtins.str]:
        '''Select an existing BIG-IP HTTPS pool monitor.

        Monitors are used to determine the health of the application on each server

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_monitor FastUdpApp#existing_monitor}
        '''
        result = self._values.get("existing_monitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_pool(self) -> typing.Optional[builtins.str]:
        '''Select an existing BIG-IP Pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_pool FastUdpApp#existing_pool}
        '''
        result = self._values.get("existing_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_profile(self) -> typing.Optional[builtins.str]:
        '''Name of an existing BIG-IP FastL4 or UDP profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_profile FastUdpApp#existing_profile}
        '''
        result = self._values.get("existing_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_snat_pool(self) -> typing.Optional[builtins.str]:
        '''Name of an existing BIG-IP SNAT pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#existing_snat_pool FastUdpApp#existing_snat_pool}
        '''
        result = self._values.get("existing_snat_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fallback_persistence(self) -> typing.Optional[builtins.str]:
        '''Type of fallback persistence record to be created for each new client connection.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#fallback_persistence FastUdpApp#fallback_persistence}
        '''
        result = self._values.get("fallback_persistence")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#id FastUdpApp#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def irules(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Irules to attach to Virtual Server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#irules FastUdpApp#irules}
        '''
        result = self._values.get("irules")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def load_balancing_mode(self) -> typing.Optional[builtins.str]:
        '''none.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#load_balancing_mode FastUdpApp#load_balancing_mode}
        '''
        result = self._values.get("load_balancing_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def monitor(self) -> typing.Optional["FastUdpAppMonitor"]:
        '''monitor block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#monitor FastUdpApp#monitor}
        '''
        result = self._values.get("monitor")
        return typing.cast(typing.Optional["FastUdpAppMonitor"], result)

    @builtins.property
    def persistence_profile(self) -> typing.Optional[builtins.str]:
        '''Name of an existing BIG-IP persistence profile to be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#persistence_profile FastUdpApp#persistence_profile}
        '''
        result = self._values.get("persistence_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def persistence_type(self) -> typing.Optional[builtins.str]:
        '''Type of persistence profile to be created.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#persistence_type FastUdpApp#persistence_type}
        '''
        result = self._values.get("persistence_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pool_members(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastUdpAppPoolMembers"]]]:
        '''pool_members block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#pool_members FastUdpApp#pool_members}
        '''
        result = self._values.get("pool_members")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastUdpAppPoolMembers"]]], result)

    @builtins.property
    def security_log_profiles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Existing security log profiles to enable.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#security_log_profiles FastUdpApp#security_log_profiles}
        '''
        result = self._values.get("security_log_profiles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def slow_ramp_time(self) -> typing.Optional[jsii.Number]:
        '''Slow ramp temporarily throttles the number of connections to a new pool member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#slow_ramp_time FastUdpApp#slow_ramp_time}
        '''
        result = self._values.get("slow_ramp_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def snat_pool_address(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#snat_pool_address FastUdpApp#snat_pool_address}.'''
        result = self._values.get("snat_pool_address")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def virtual_server(self) -> typing.Optional["FastUdpAppVirtualServer"]:
        '''virtual_server block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#virtual_server FastUdpApp#virtual_server}
        '''
        result = self._values.get("virtual_server")
        return typing.cast(typing.Optional["FastUdpAppVirtualServer"], result)

    @builtins.property
    def vlans_allowed(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of existing VLANs to allow.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#vlans_allowed FastUdpApp#vlans_allowed}
        '''
        result = self._values.get("vlans_allowed")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def vlans_rejected(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of existing VLANs to reject.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#vlans_rejected FastUdpApp#vlans_rejected}
        '''
        result = self._values.get("vlans_rejected")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastUdpAppConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.fastUdpApp.FastUdpAppMonitor",
    jsii_struct_bases=[],
    name_mapping={
        "expected_response": "expectedResponse",
        "interval": "interval",
        "send_string": "sendString",
    },
)
class FastUdpAppMonitor:
    def __init__(
        self,
        *,
        expected_response: typing.Optional[builtins.str] = None,
        interval: typing.Optional[jsii.Number] = None,
        send_string: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param expected_response: The presence of this optional string is required in the response, if specified to confirms availability. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#expected_response FastUdpApp#expected_response}
        :param interval: Set the time between health checks, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#interval FastUdpApp#interval}
        :param send_string: Optional data to be sent during each health check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#send_string FastUdpApp#send_string}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9cee18bf18a3fae3174453c65e709b74a55c279c8e9c7cfd3f1b90b3199b381c)
            check_type(argname="argument expected_response", value=expected_response, expected_type=type_hints["expected_response"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument send_string", value=send_string, expected_type=type_hints["send_string"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expected_response is not None:
            self._values["expected_response"] = expected_response
        if interval is not None:
            self._values["interval"] = interval
        if send_string is not None:
            self._values["send_string"] = send_string

    @builtins.property
    def expected_response(self) -> typing.Optional[builtins.str]:
        '''The presence of this optional string is required in the response, if specified to confirms availability.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#expected_response FastUdpApp#expected_response}
        '''
        result = self._values.get("expected_response")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(self) -> typing.Optional[jsii.Number]:
        '''Set the time between health checks, in seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#interval FastUdpApp#interval}
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def send_string(self) -> typing.Optional[builtins.str]:
        '''Optional data to be sent during each health check.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#send_string FastUdpApp#send_string}
        '''
        result = self._values.get("send_string")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastUdpAppMonitor(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastUdpAppMonitorOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastUdpApp.FastUdpAppMonitorOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__16ffe91f322bde9982fb2422ae63210f2ce4cb6201eadbf3789194cc1f59c2e0)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetExpectedResponse")
    def reset_expected_response(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExpectedResponse", []))

    @jsii.member(jsii_name="resetInterval")
    def reset_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInterval", []))

    @jsii.member(jsii_name="resetSendString")
    def reset_send_string(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSendString", []))

    @builtins.property
    @jsii.member(jsii_name="expectedResponseInput")
    def expected_response_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "expectedResponseInput"))

    @builtins.property
    @jsii.member(jsii_name="intervalInput")
    def interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "intervalInput"))

    @builtins.property
    @jsii.member(jsii_name="sendStringInput")
    def send_string_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sendStringInput"))

    @builtins.property
    @jsii.member(jsii_name="expectedResponse")
    def expected_response(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "expectedResponse"))

    @expected_response.setter
    def expected_response(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5ae85c7a76bcfb681ba51a5fc36bbee602424aef54f384e186f909557cf95c75)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "expectedResponse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="interval")
    def interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "interval"))

    @interval.setter
    def interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6055dd8a57047f83eca5f91771aa2e2cd87b964372fddd27be31d1e68dc45146)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "interval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sendString")
    def send_string(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sendString"))

    @send_string.setter
    def send_string(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__651c56e966c421cabb8245476acddea478b315e5011129226f0ef743c12b020d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sendString", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastUdpAppMonitor]:
        return typing.cast(typing.Optional[FastUdpAppMonitor], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[FastUdpAppMonitor]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d44c1caf7b52081aff00d2cd462eac6284fea36b573b7a74f0007d552248be2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastUdpApp.FastUdpAppPoolMembers",
    jsii_struct_bases=[],
    name_mapping={
        "addresses": "addresses",
        "connection_limit": "connectionLimit",
        "port": "port",
        "priority_group": "priorityGroup",
        "share_nodes": "shareNodes",
    },
)
class FastUdpAppPoolMembers:
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
        :param addresses: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#addresses FastUdpApp#addresses}.
        :param connection_limit: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#connection_limit FastUdpApp#connection_limit}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#port FastUdpApp#port}.
        :param priority_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#priority_group FastUdpApp#priority_group}.
        :param share_nodes: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#share_nodes FastUdpApp#share_nodes}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8590a5efd557f35118aecf158956f9f1e42e94db7b52d2f0196d988431cde0c2)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#addresses FastUdpApp#addresses}.'''
        result = self._values.get("addresses")
        assert result is not None, "Required property 'addresses' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def connection_limit(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#connection_limit FastUdpApp#connection_limit}.'''
        result = self._values.get("connection_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#port FastUdpApp#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def priority_group(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#priority_group FastUdpApp#priority_group}.'''
        result = self._values.get("priority_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def share_nodes(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#share_nodes FastUdpApp#share_nodes}.'''
        result = self._values.get("share_nodes")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastUdpAppPoolMembers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastUdpAppPoolMembersList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastUdpApp.FastUdpAppPoolMembersList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__807415f0e59d677afded16f057711406d1a7d9c37f11a7fb685e40ffa076ffcd)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "FastUdpAppPoolMembersOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d908a459da8e19fa241e68243aa2877eb33427a66d08bbaf183f1449054cf041)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("FastUdpAppPoolMembersOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__49a9416d9df3c11fd821357739b1b8a90a4051bcb1227ef2f5de7f2002a15136)
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
            type_hints = typing.get_type_hints(_typecheckingstub__148c4ca4278c2a6f1e42c1a9fafd0f5ee85e54690f923f4b9b6cf46900a95b81)
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
            type_hints = typing.get_type_hints(_typecheckingstub__61ea122b92ce3d31c3f43007fd410501fd6c3fdfd2653d995fde72714548da6f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastUdpAppPoolMembers]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastUdpAppPoolMembers]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastUdpAppPoolMembers]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__16f895112589159df6ba0eeea78008997fb9b813770e60c622c1ba9d30f1c3e4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FastUdpAppPoolMembersOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastUdpApp.FastUdpAppPoolMembersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a590954e85eddce3678fd4e188332e8fe22d675e830820d007b8e09391de2a9c)
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
            type_hints = typing.get_type_hints(_typecheckingstub__229e4f5365317c205d51f34c5cffe74676296f4881e17866c498d56fa9119a9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "addresses", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionLimit")
    def connection_limit(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionLimit"))

    @connection_limit.setter
    def connection_limit(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__59c70328ecbedaa8cdbe55dae824ac45a769affac736124b825bab8ca3477449)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__929a6f107ec18d6e8ab324db66b445db9412e932301e3eaec2851f77eb17b434)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="priorityGroup")
    def priority_group(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "priorityGroup"))

    @priority_group.setter
    def priority_group(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f3e2ea2cbb5469e339f53049f655ada2f9d1acfe47541909118884a4df76a3e7)
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
            type_hints = typing.get_type_hints(_typecheckingstub__deb71926ef37c5bc5c343595020b46ff8facd6a8677a3e7f54bf770b890e15c5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shareNodes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastUdpAppPoolMembers]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastUdpAppPoolMembers]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastUdpAppPoolMembers]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab311da31e6e65a44c7a3835ae0cef8b75a3d3a084bd2db1f6533254d7d08eb3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastUdpApp.FastUdpAppVirtualServer",
    jsii_struct_bases=[],
    name_mapping={"ip": "ip", "port": "port"},
)
class FastUdpAppVirtualServer:
    def __init__(self, *, ip: builtins.str, port: jsii.Number) -> None:
        '''
        :param ip: This IP address, combined with the port you specify below, becomes the BIG-IP virtual server address and port, which clients use to access the application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#ip FastUdpApp#ip}
        :param port: Port for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#port FastUdpApp#port}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__af5d1f3bc8154b753e0bc3f5f45557e2891ae86f355899fcd4e078050db8cd64)
            check_type(argname="argument ip", value=ip, expected_type=type_hints["ip"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "ip": ip,
            "port": port,
        }

    @builtins.property
    def ip(self) -> builtins.str:
        '''This IP address, combined with the port you specify below, becomes the BIG-IP virtual server address and port, which clients use to access the application.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#ip FastUdpApp#ip}
        '''
        result = self._values.get("ip")
        assert result is not None, "Required property 'ip' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> jsii.Number:
        '''Port for the virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_udp_app#port FastUdpApp#port}
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastUdpAppVirtualServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastUdpAppVirtualServerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastUdpApp.FastUdpAppVirtualServerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__6eed03a7173c6134369e269f5479255ce09d6697ae4eff9d486038a5bd15455e)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5b423e8c770b54b98f61cb5db53a60c2b907c18ae5a2d2fd0a4886c435d7664a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b39a27cfeb20922f719da542133c003ef7760879da289ce783295aa1dd3cc787)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastUdpAppVirtualServer]:
        return typing.cast(typing.Optional[FastUdpAppVirtualServer], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[FastUdpAppVirtualServer]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc3aa18d03953fbd9feb573ff6f6a2eb9c6478db29d06b0104afe386d69096c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "FastUdpApp",
    "FastUdpAppConfig",
    "FastUdpAppMonitor",
    "FastUdpAppMonitorOutputReference",
    "FastUdpAppPoolMembers",
    "FastUdpAppPoolMembersList",
    "FastUdpAppPoolMembersOutputReference",
    "FastUdpAppVirtualServer",
    "FastUdpAppVirtualServerOutputReference",
]

publication.publish()

def _typecheckingstub__bac54775259023f35ca656644ad63e6545093da1ef203ffff52bba2bc3231dc0(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    application: builtins.str,
    tenant: builtins.str,
    enable_fastl4: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    existing_monitor: typing.Optional[builtins.str] = None,
    existing_pool: typing.Optional[builtins.str] = None,
    existing_profile: typing.Optional[builtins.str] = None,
    existing_snat_pool: typing.Optional[builtins.str] = None,
    fallback_persistence: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    irules: typing.Optional[typing.Sequence[builtins.str]] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[typing.Union[FastUdpAppMonitor, typing.Dict[builtins.str, typing.Any]]] = None,
    persistence_profile: typing.Optional[builtins.str] = None,
    persistence_type: typing.Optional[builtins.str] = None,
    pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastUdpAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]]] = None,
    security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    slow_ramp_time: typing.Optional[jsii.Number] = None,
    snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
    virtual_server: typing.Optional[typing.Union[FastUdpAppVirtualServer, typing.Dict[builtins.str, typing.Any]]] = None,
    vlans_allowed: typing.Optional[typing.Sequence[builtins.str]] = None,
    vlans_rejected: typing.Optional[typing.Sequence[builtins.str]] = None,
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

def _typecheckingstub__48daf2ce37fad91f4555b99924125cb82d9602dd3e7a5cad3cf1ab7c9f6c8e16(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5246d5ec15bd740db0fcb93c85ae7d9ca73faf17568c64268bc0635a4492aa4(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastUdpAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a379386c0e726966445931eac05c4cb1412fb3abf2a6779b74baba33aa45652(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9f6bba04fcf4b25fd8719a11eda1aba27aee3b508dd79c377933bfc19201eae(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63d2a6030d8320f0ee00d112f0013566056572d7a051e032c375f6cc71006f5e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a9f6c884e7ac5ae63ce4fa29ab3a373899b5a7b5f18c7ac53a5700db10efc16(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d93ef42cc21b728b8fbe6fe476163918cb27cab019691a92a94d3ac16818c8a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91fd3c30cb921c16d79db276c81c92cbcc37246925ae39dd1c0010709556cdb0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d9fef84e2c352191f0916541211a8179bb1a2e2fb45065a0a34b8ddca5288ef(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67dd352223cafdf34e80ca453fa32a656ce42efd18f4af896f7aac84e776291e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cdfb7dd4724c71e0b7d5da5ce6dc473b174f376444507a9fadda7ef2cf20d6b3(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__031620dc57d1515ed5c1a2f492692e3ab13c184f4867dfd98a60b99aebae7c29(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6026c3ed9f15d88cb1a3ccc20f7a6c78f93eff9864702f3e333b05800cf00485(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7c41603e8cdaef7086d397a1cd72db07289f793efb5fccc0abdea130d83a8c4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16d5c075f4ef15373667fbb2e9c8df3d57897d2e044643da13aa32c2857796c6(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0695fd30c5345d1e75451bab32cef60db34c480f3b1f09d2b37fc22276dee6de(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6962524a56204d8bf83d8872a2f6f36db64d45fd0c5f902eaacc637cdc7fcec4(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a026ee4f66a3265c5cf55a046ff7542080019e69f91946a8b116bbf5070bf79(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cb8f276c933b2c0720a58568fb78b3bb0cf911c9905c80822a0c6ff435903d0(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca216da11b0daec78dcc1014f00bb755705ea72b6d43eab6f01c17e767dce60e(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0906f38975b1a09cf5fd0f8cc44dd470f3b7d4ea025f2f6b2de5231d30e62b0(
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
    enable_fastl4: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    existing_monitor: typing.Optional[builtins.str] = None,
    existing_pool: typing.Optional[builtins.str] = None,
    existing_profile: typing.Optional[builtins.str] = None,
    existing_snat_pool: typing.Optional[builtins.str] = None,
    fallback_persistence: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    irules: typing.Optional[typing.Sequence[builtins.str]] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[typing.Union[FastUdpAppMonitor, typing.Dict[builtins.str, typing.Any]]] = None,
    persistence_profile: typing.Optional[builtins.str] = None,
    persistence_type: typing.Optional[builtins.str] = None,
    pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastUdpAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]]] = None,
    security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    slow_ramp_time: typing.Optional[jsii.Number] = None,
    snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
    virtual_server: typing.Optional[typing.Union[FastUdpAppVirtualServer, typing.Dict[builtins.str, typing.Any]]] = None,
    vlans_allowed: typing.Optional[typing.Sequence[builtins.str]] = None,
    vlans_rejected: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9cee18bf18a3fae3174453c65e709b74a55c279c8e9c7cfd3f1b90b3199b381c(
    *,
    expected_response: typing.Optional[builtins.str] = None,
    interval: typing.Optional[jsii.Number] = None,
    send_string: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16ffe91f322bde9982fb2422ae63210f2ce4cb6201eadbf3789194cc1f59c2e0(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ae85c7a76bcfb681ba51a5fc36bbee602424aef54f384e186f909557cf95c75(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6055dd8a57047f83eca5f91771aa2e2cd87b964372fddd27be31d1e68dc45146(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__651c56e966c421cabb8245476acddea478b315e5011129226f0ef743c12b020d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d44c1caf7b52081aff00d2cd462eac6284fea36b573b7a74f0007d552248be2(
    value: typing.Optional[FastUdpAppMonitor],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8590a5efd557f35118aecf158956f9f1e42e94db7b52d2f0196d988431cde0c2(
    *,
    addresses: typing.Sequence[builtins.str],
    connection_limit: typing.Optional[jsii.Number] = None,
    port: typing.Optional[jsii.Number] = None,
    priority_group: typing.Optional[jsii.Number] = None,
    share_nodes: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__807415f0e59d677afded16f057711406d1a7d9c37f11a7fb685e40ffa076ffcd(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d908a459da8e19fa241e68243aa2877eb33427a66d08bbaf183f1449054cf041(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49a9416d9df3c11fd821357739b1b8a90a4051bcb1227ef2f5de7f2002a15136(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__148c4ca4278c2a6f1e42c1a9fafd0f5ee85e54690f923f4b9b6cf46900a95b81(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61ea122b92ce3d31c3f43007fd410501fd6c3fdfd2653d995fde72714548da6f(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16f895112589159df6ba0eeea78008997fb9b813770e60c622c1ba9d30f1c3e4(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastUdpAppPoolMembers]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a590954e85eddce3678fd4e188332e8fe22d675e830820d007b8e09391de2a9c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__229e4f5365317c205d51f34c5cffe74676296f4881e17866c498d56fa9119a9a(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59c70328ecbedaa8cdbe55dae824ac45a769affac736124b825bab8ca3477449(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__929a6f107ec18d6e8ab324db66b445db9412e932301e3eaec2851f77eb17b434(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3e2ea2cbb5469e339f53049f655ada2f9d1acfe47541909118884a4df76a3e7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__deb71926ef37c5bc5c343595020b46ff8facd6a8677a3e7f54bf770b890e15c5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab311da31e6e65a44c7a3835ae0cef8b75a3d3a084bd2db1f6533254d7d08eb3(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastUdpAppPoolMembers]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af5d1f3bc8154b753e0bc3f5f45557e2891ae86f355899fcd4e078050db8cd64(
    *,
    ip: builtins.str,
    port: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6eed03a7173c6134369e269f5479255ce09d6697ae4eff9d486038a5bd15455e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b423e8c770b54b98f61cb5db53a60c2b907c18ae5a2d2fd0a4886c435d7664a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b39a27cfeb20922f719da542133c003ef7760879da289ce783295aa1dd3cc787(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc3aa18d03953fbd9feb573ff6f6a2eb9c6478db29d06b0104afe386d69096c4(
    value: typing.Optional[FastUdpAppVirtualServer],
) -> None:
    """Type checking stubs"""
    pass
