r'''
# `bigip_fast_http_app`

Refer to the Terraform Registry for docs: [`bigip_fast_http_app`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app).
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


class FastHttpApp(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpApp.FastHttpApp",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app bigip_fast_http_app}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        application: builtins.str,
        tenant: builtins.str,
        endpoint_ltm_policy: typing.Optional[typing.Sequence[builtins.str]] = None,
        existing_monitor: typing.Optional[builtins.str] = None,
        existing_pool: typing.Optional[builtins.str] = None,
        existing_snat_pool: typing.Optional[builtins.str] = None,
        existing_waf_security_policy: typing.Optional[builtins.str] = None,
        fallback_persistence: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[typing.Union["FastHttpAppMonitor", typing.Dict[builtins.str, typing.Any]]] = None,
        persistence_profile: typing.Optional[builtins.str] = None,
        persistence_type: typing.Optional[builtins.str] = None,
        pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastHttpAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]]] = None,
        security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        service_discovery: typing.Optional[typing.Sequence[builtins.str]] = None,
        slow_ramp_time: typing.Optional[jsii.Number] = None,
        snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
        virtual_server: typing.Optional[typing.Union["FastHttpAppVirtualServer", typing.Dict[builtins.str, typing.Any]]] = None,
        waf_security_policy: typing.Optional[typing.Union["FastHttpAppWafSecurityPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app bigip_fast_http_app} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param application: Name of FAST HTTP application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#application FastHttpApp#application}
        :param tenant: Name of FAST HTTP application tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#tenant FastHttpApp#tenant}
        :param endpoint_ltm_policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#endpoint_ltm_policy FastHttpApp#endpoint_ltm_policy}.
        :param existing_monitor: Select an existing BIG-IP HTTPS pool monitor. Monitors are used to determine the health of the application on each server Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_monitor FastHttpApp#existing_monitor}
        :param existing_pool: Select an existing BIG-IP Pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_pool FastHttpApp#existing_pool}
        :param existing_snat_pool: name of an existing BIG-IP SNAT pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_snat_pool FastHttpApp#existing_snat_pool}
        :param existing_waf_security_policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_waf_security_policy FastHttpApp#existing_waf_security_policy}.
        :param fallback_persistence: Type of fallback persistence record to be created for each new client connection. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#fallback_persistence FastHttpApp#fallback_persistence}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#id FastHttpApp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param load_balancing_mode: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#load_balancing_mode FastHttpApp#load_balancing_mode}
        :param monitor: monitor block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#monitor FastHttpApp#monitor}
        :param persistence_profile: Name of an existing BIG-IP persistence profile to be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#persistence_profile FastHttpApp#persistence_profile}
        :param persistence_type: Type of persistence profile to be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#persistence_type FastHttpApp#persistence_type}
        :param pool_members: pool_members block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#pool_members FastHttpApp#pool_members}
        :param security_log_profiles: Existing security log profiles to enable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#security_log_profiles FastHttpApp#security_log_profiles}
        :param service_discovery: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#service_discovery FastHttpApp#service_discovery}.
        :param slow_ramp_time: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#slow_ramp_time FastHttpApp#slow_ramp_time}
        :param snat_pool_address: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#snat_pool_address FastHttpApp#snat_pool_address}.
        :param virtual_server: virtual_server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#virtual_server FastHttpApp#virtual_server}
        :param waf_security_policy: waf_security_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#waf_security_policy FastHttpApp#waf_security_policy}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d40a1680bde939fc2eb53c67f97408f0e7f8127458e50a7d57e95459ed07d770)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = FastHttpAppConfig(
            application=application,
            tenant=tenant,
            endpoint_ltm_policy=endpoint_ltm_policy,
            existing_monitor=existing_monitor,
            existing_pool=existing_pool,
            existing_snat_pool=existing_snat_pool,
            existing_waf_security_policy=existing_waf_security_policy,
            fallback_persistence=fallback_persistence,
            id=id,
            load_balancing_mode=load_balancing_mode,
            monitor=monitor,
            persistence_profile=persistence_profile,
            persistence_type=persistence_type,
            pool_members=pool_members,
            security_log_profiles=security_log_profiles,
            service_discovery=service_discovery,
            slow_ramp_time=slow_ramp_time,
            snat_pool_address=snat_pool_address,
            virtual_server=virtual_server,
            waf_security_policy=waf_security_policy,
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
        '''Generates CDKTF code for importing a FastHttpApp resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the FastHttpApp to import.
        :param import_from_id: The id of the existing FastHttpApp that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the FastHttpApp to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__50488586e62601d5076b511e7672f55baa51044ff48d1e12d65748cfec169443)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putMonitor")
    def put_monitor(
        self,
        *,
        interval: typing.Optional[jsii.Number] = None,
        monitor_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        password: typing.Optional[builtins.str] = None,
        response: typing.Optional[builtins.str] = None,
        send_string: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param interval: Set the time between health checks, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#interval FastHttpApp#interval}
        :param monitor_auth: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#monitor_auth FastHttpApp#monitor_auth}.
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#password FastHttpApp#password}.
        :param response: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#response FastHttpApp#response}.
        :param send_string: Optional data to be sent during each health check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#send_string FastHttpApp#send_string}
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#username FastHttpApp#username}.
        '''
        value = FastHttpAppMonitor(
            interval=interval,
            monitor_auth=monitor_auth,
            password=password,
            response=response,
            send_string=send_string,
            username=username,
        )

        return typing.cast(None, jsii.invoke(self, "putMonitor", [value]))

    @jsii.member(jsii_name="putPoolMembers")
    def put_pool_members(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastHttpAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0b8abeba9024ec07510f9876b9849422fd3539a897f7c0181b82bbec1ce11157)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putPoolMembers", [value]))

    @jsii.member(jsii_name="putVirtualServer")
    def put_virtual_server(self, *, ip: builtins.str, port: jsii.Number) -> None:
        '''
        :param ip: foo. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#ip FastHttpApp#ip}
        :param port: foo. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#port FastHttpApp#port}
        '''
        value = FastHttpAppVirtualServer(ip=ip, port=port)

        return typing.cast(None, jsii.invoke(self, "putVirtualServer", [value]))

    @jsii.member(jsii_name="putWafSecurityPolicy")
    def put_waf_security_policy(
        self,
        *,
        enable: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        '''
        :param enable: Enables Fast to WAF security policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#enable FastHttpApp#enable}
        '''
        value = FastHttpAppWafSecurityPolicy(enable=enable)

        return typing.cast(None, jsii.invoke(self, "putWafSecurityPolicy", [value]))

    @jsii.member(jsii_name="resetEndpointLtmPolicy")
    def reset_endpoint_ltm_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndpointLtmPolicy", []))

    @jsii.member(jsii_name="resetExistingMonitor")
    def reset_existing_monitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingMonitor", []))

    @jsii.member(jsii_name="resetExistingPool")
    def reset_existing_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingPool", []))

    @jsii.member(jsii_name="resetExistingSnatPool")
    def reset_existing_snat_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingSnatPool", []))

    @jsii.member(jsii_name="resetExistingWafSecurityPolicy")
    def reset_existing_waf_security_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingWafSecurityPolicy", []))

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

    @jsii.member(jsii_name="resetSecurityLogProfiles")
    def reset_security_log_profiles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityLogProfiles", []))

    @jsii.member(jsii_name="resetServiceDiscovery")
    def reset_service_discovery(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServiceDiscovery", []))

    @jsii.member(jsii_name="resetSlowRampTime")
    def reset_slow_ramp_time(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSlowRampTime", []))

    @jsii.member(jsii_name="resetSnatPoolAddress")
    def reset_snat_pool_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSnatPoolAddress", []))

    @jsii.member(jsii_name="resetVirtualServer")
    def reset_virtual_server(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVirtualServer", []))

    @jsii.member(jsii_name="resetWafSecurityPolicy")
    def reset_waf_security_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWafSecurityPolicy", []))

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
    @jsii.member(jsii_name="fastHttpJson")
    def fast_http_json(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fastHttpJson"))

    @builtins.property
    @jsii.member(jsii_name="monitor")
    def monitor(self) -> "FastHttpAppMonitorOutputReference":
        return typing.cast("FastHttpAppMonitorOutputReference", jsii.get(self, "monitor"))

    @builtins.property
    @jsii.member(jsii_name="poolMembers")
    def pool_members(self) -> "FastHttpAppPoolMembersList":
        return typing.cast("FastHttpAppPoolMembersList", jsii.get(self, "poolMembers"))

    @builtins.property
    @jsii.member(jsii_name="virtualServer")
    def virtual_server(self) -> "FastHttpAppVirtualServerOutputReference":
        return typing.cast("FastHttpAppVirtualServerOutputReference", jsii.get(self, "virtualServer"))

    @builtins.property
    @jsii.member(jsii_name="wafSecurityPolicy")
    def waf_security_policy(self) -> "FastHttpAppWafSecurityPolicyOutputReference":
        return typing.cast("FastHttpAppWafSecurityPolicyOutputReference", jsii.get(self, "wafSecurityPolicy"))

    @builtins.property
    @jsii.member(jsii_name="applicationInput")
    def application_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "applicationInput"))

    @builtins.property
    @jsii.member(jsii_name="endpointLtmPolicyInput")
    def endpoint_ltm_policy_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "endpointLtmPolicyInput"))

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
    @jsii.member(jsii_name="existingWafSecurityPolicyInput")
    def existing_waf_security_policy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "existingWafSecurityPolicyInput"))

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
    def monitor_input(self) -> typing.Optional["FastHttpAppMonitor"]:
        return typing.cast(typing.Optional["FastHttpAppMonitor"], jsii.get(self, "monitorInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastHttpAppPoolMembers"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastHttpAppPoolMembers"]]], jsii.get(self, "poolMembersInput"))

    @builtins.property
    @jsii.member(jsii_name="securityLogProfilesInput")
    def security_log_profiles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "securityLogProfilesInput"))

    @builtins.property
    @jsii.member(jsii_name="serviceDiscoveryInput")
    def service_discovery_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "serviceDiscoveryInput"))

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
    def virtual_server_input(self) -> typing.Optional["FastHttpAppVirtualServer"]:
        return typing.cast(typing.Optional["FastHttpAppVirtualServer"], jsii.get(self, "virtualServerInput"))

    @builtins.property
    @jsii.member(jsii_name="wafSecurityPolicyInput")
    def waf_security_policy_input(
        self,
    ) -> typing.Optional["FastHttpAppWafSecurityPolicy"]:
        return typing.cast(typing.Optional["FastHttpAppWafSecurityPolicy"], jsii.get(self, "wafSecurityPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="application")
    def application(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "application"))

    @application.setter
    def application(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f6972ed2effe65fa7e202eae0297c35f61e1c7258921506ed9c37450fb444c30)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "application", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="endpointLtmPolicy")
    def endpoint_ltm_policy(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "endpointLtmPolicy"))

    @endpoint_ltm_policy.setter
    def endpoint_ltm_policy(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e79728d51bc6e29b8fb0c9b1f3e565a45479213f671ed2234dab37c74866003c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "endpointLtmPolicy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingMonitor")
    def existing_monitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingMonitor"))

    @existing_monitor.setter
    def existing_monitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__06de50df3c17131bca67f4585546dd55a8a8f60068ca3844a47e06109597b991)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingMonitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingPool")
    def existing_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingPool"))

    @existing_pool.setter
    def existing_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__671ee1e1cb0702b69d8f2776dbc8363efe3f2d0761eb3eb24a315e90e9f590f3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingSnatPool")
    def existing_snat_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingSnatPool"))

    @existing_snat_pool.setter
    def existing_snat_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0437b29ecf908f6c2ed7228d5f8abe7b2119151079b024f913eefa154aa72d81)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingSnatPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingWafSecurityPolicy")
    def existing_waf_security_policy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingWafSecurityPolicy"))

    @existing_waf_security_policy.setter
    def existing_waf_security_policy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3bfdecccffb0e931e9b4050ed4435f6a73e921bb6a05df34bfe5288ff602328c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingWafSecurityPolicy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fallbackPersistence")
    def fallback_persistence(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fallbackPersistence"))

    @fallback_persistence.setter
    def fallback_persistence(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a45c4da74a7e6c1f5f81de132ba0583c061dce9c701099b4a932dd11bed2f818)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fallbackPersistence", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a5886dc3497bd4ca8d3d96cf76a75be9c3d882472144b5c1bb4367d67669651)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="loadBalancingMode")
    def load_balancing_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "loadBalancingMode"))

    @load_balancing_mode.setter
    def load_balancing_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5988ec351313e3897c7e0925b7bd53fd4b66810534b8d77483bd676adbb6186d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "loadBalancingMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistenceProfile")
    def persistence_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistenceProfile"))

    @persistence_profile.setter
    def persistence_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6df5cf4d2329f0acb615c344dbda549ebc765b947038b08781dfe6d4f82a72df)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistenceProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistenceType")
    def persistence_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistenceType"))

    @persistence_type.setter
    def persistence_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__faadda6d283eff4b2bc9d0a26aecee6d0071f2046964c50ec09729c0372e1fb2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistenceType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityLogProfiles")
    def security_log_profiles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "securityLogProfiles"))

    @security_log_profiles.setter
    def security_log_profiles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3374e0ff6c8d44263f07cd979e08e28f12163a9770f0ebbbc40b0a4a4f74d8db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityLogProfiles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serviceDiscovery")
    def service_discovery(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "serviceDiscovery"))

    @service_discovery.setter
    def service_discovery(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e084e6f4b19cc18e2f42b157bb9f9ab9a2a740f4d4cd61005006d46d05b4f050)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serviceDiscovery", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slowRampTime")
    def slow_ramp_time(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "slowRampTime"))

    @slow_ramp_time.setter
    def slow_ramp_time(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__744bbc51480828750514695848e9718130dae141068fa1ae93e78d9200d53d63)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slowRampTime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="snatPoolAddress")
    def snat_pool_address(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "snatPoolAddress"))

    @snat_pool_address.setter
    def snat_pool_address(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5469af7a9f572a48197cd160465b002553d5eab0ef2c200f123a861961e3b767)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "snatPoolAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenant")
    def tenant(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenant"))

    @tenant.setter
    def tenant(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7b2d151de628fe134f6a9a50511f015bd4667b23cf0a744ffe46f7f4f215c35)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenant", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastHttpApp.FastHttpAppConfig",
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
        "endpoint_ltm_policy": "endpointLtmPolicy",
        "existing_monitor": "existingMonitor",
        "existing_pool": "existingPool",
        "existing_snat_pool": "existingSnatPool",
        "existing_waf_security_policy": "existingWafSecurityPolicy",
        "fallback_persistence": "fallbackPersistence",
        "id": "id",
        "load_balancing_mode": "loadBalancingMode",
        "monitor": "monitor",
        "persistence_profile": "persistenceProfile",
        "persistence_type": "persistenceType",
        "pool_members": "poolMembers",
        "security_log_profiles": "securityLogProfiles",
        "service_discovery": "serviceDiscovery",
        "slow_ramp_time": "slowRampTime",
        "snat_pool_address": "snatPoolAddress",
        "virtual_server": "virtualServer",
        "waf_security_policy": "wafSecurityPolicy",
    },
)
class FastHttpAppConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        endpoint_ltm_policy: typing.Optional[typing.Sequence[builtins.str]] = None,
        existing_monitor: typing.Optional[builtins.str] = None,
        existing_pool: typing.Optional[builtins.str] = None,
        existing_snat_pool: typing.Optional[builtins.str] = None,
        existing_waf_security_policy: typing.Optional[builtins.str] = None,
        fallback_persistence: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[typing.Union["FastHttpAppMonitor", typing.Dict[builtins.str, typing.Any]]] = None,
        persistence_profile: typing.Optional[builtins.str] = None,
        persistence_type: typing.Optional[builtins.str] = None,
        pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastHttpAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]]] = None,
        security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        service_discovery: typing.Optional[typing.Sequence[builtins.str]] = None,
        slow_ramp_time: typing.Optional[jsii.Number] = None,
        snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
        virtual_server: typing.Optional[typing.Union["FastHttpAppVirtualServer", typing.Dict[builtins.str, typing.Any]]] = None,
        waf_security_policy: typing.Optional[typing.Union["FastHttpAppWafSecurityPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param application: Name of FAST HTTP application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#application FastHttpApp#application}
        :param tenant: Name of FAST HTTP application tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#tenant FastHttpApp#tenant}
        :param endpoint_ltm_policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#endpoint_ltm_policy FastHttpApp#endpoint_ltm_policy}.
        :param existing_monitor: Select an existing BIG-IP HTTPS pool monitor. Monitors are used to determine the health of the application on each server Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_monitor FastHttpApp#existing_monitor}
        :param existing_pool: Select an existing BIG-IP Pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_pool FastHttpApp#existing_pool}
        :param existing_snat_pool: name of an existing BIG-IP SNAT pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_snat_pool FastHttpApp#existing_snat_pool}
        :param existing_waf_security_policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_waf_security_policy FastHttpApp#existing_waf_security_policy}.
        :param fallback_persistence: Type of fallback persistence record to be created for each new client connection. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#fallback_persistence FastHttpApp#fallback_persistence}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#id FastHttpApp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param load_balancing_mode: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#load_balancing_mode FastHttpApp#load_balancing_mode}
        :param monitor: monitor block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#monitor FastHttpApp#monitor}
        :param persistence_profile: Name of an existing BIG-IP persistence profile to be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#persistence_profile FastHttpApp#persistence_profile}
        :param persistence_type: Type of persistence profile to be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#persistence_type FastHttpApp#persistence_type}
        :param pool_members: pool_members block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#pool_members FastHttpApp#pool_members}
        :param security_log_profiles: Existing security log profiles to enable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#security_log_profiles FastHttpApp#security_log_profiles}
        :param service_discovery: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#service_discovery FastHttpApp#service_discovery}.
        :param slow_ramp_time: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#slow_ramp_time FastHttpApp#slow_ramp_time}
        :param snat_pool_address: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#snat_pool_address FastHttpApp#snat_pool_address}.
        :param virtual_server: virtual_server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#virtual_server FastHttpApp#virtual_server}
        :param waf_security_policy: waf_security_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#waf_security_policy FastHttpApp#waf_security_policy}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(monitor, dict):
            monitor = FastHttpAppMonitor(**monitor)
        if isinstance(virtual_server, dict):
            virtual_server = FastHttpAppVirtualServer(**virtual_server)
        if isinstance(waf_security_policy, dict):
            waf_security_policy = FastHttpAppWafSecurityPolicy(**waf_security_policy)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2f6dc3dd19b02c940de4a6dd438b8888e8a87f14bfd9a78572ec71b52fb351c1)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument application", value=application, expected_type=type_hints["application"])
            check_type(argname="argument tenant", value=tenant, expected_type=type_hints["tenant"])
            check_type(argname="argument endpoint_ltm_policy", value=endpoint_ltm_policy, expected_type=type_hints["endpoint_ltm_policy"])
            check_type(argname="argument existing_monitor", value=existing_monitor, expected_type=type_hints["existing_monitor"])
            check_type(argname="argument existing_pool", value=existing_pool, expected_type=type_hints["existing_pool"])
            check_type(argname="argument existing_snat_pool", value=existing_snat_pool, expected_type=type_hints["existing_snat_pool"])
            check_type(argname="argument existing_waf_security_policy", value=existing_waf_security_policy, expected_type=type_hints["existing_waf_security_policy"])
            check_type(argname="argument fallback_persistence", value=fallback_persistence, expected_type=type_hints["fallback_persistence"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument load_balancing_mode", value=load_balancing_mode, expected_type=type_hints["load_balancing_mode"])
            check_type(argname="argument monitor", value=monitor, expected_type=type_hints["monitor"])
            check_type(argname="argument persistence_profile", value=persistence_profile, expected_type=type_hints["persistence_profile"])
            check_type(argname="argument persistence_type", value=persistence_type, expected_type=type_hints["persistence_type"])
            check_type(argname="argument pool_members", value=pool_members, expected_type=type_hints["pool_members"])
            check_type(argname="argument security_log_profiles", value=security_log_profiles, expected_type=type_hints["security_log_profiles"])
            check_type(argname="argument service_discovery", value=service_discovery, expected_type=type_hints["service_discovery"])
            check_type(argname="argument slow_ramp_time", value=slow_ramp_time, expected_type=type_hints["slow_ramp_time"])
            check_type(argname="argument snat_pool_address", value=snat_pool_address, expected_type=type_hints["snat_pool_address"])
            check_type(argname="argument virtual_server", value=virtual_server, expected_type=type_hints["virtual_server"])
            check_type(argname="argument waf_security_policy", value=waf_security_policy, expected_type=type_hints["waf_security_policy"])
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
        if endpoint_ltm_policy is not None:
            self._values["endpoint_ltm_policy"] = endpoint_ltm_policy
        if existing_monitor is not None:
            self._values["existing_monitor"] = existing_monitor
        if existing_pool is not None:
            self._values["existing_pool"] = existing_pool
        if existing_snat_pool is not None:
            self._values["existing_snat_pool"] = existing_snat_pool
        if existing_waf_security_policy is not None:
            self._values["existing_waf_security_policy"] = existing_waf_security_policy
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
        if security_log_profiles is not None:
            self._values["security_log_profiles"] = security_log_profiles
        if service_discovery is not None:
            self._values["service_discovery"] = service_discovery
        if slow_ramp_time is not None:
            self._values["slow_ramp_time"] = slow_ramp_time
        if snat_pool_address is not None:
            self._values["snat_pool_address"] = snat_pool_address
        if virtual_server is not None:
            self._values["virtual_server"] = virtual_server
        if waf_security_policy is not None:
            self._values["waf_security_policy"] = waf_security_policy

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
        '''Name of FAST HTTP application.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#application FastHttpApp#application}
        '''
        result = self._values.get("application")
        assert result is not None, "Required property 'application' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant(self) -> builtins.str:
        '''Name of FAST HTTP application tenant.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#tenant FastHttpApp#tenant}
        '''
        result = self._values.get("tenant")
        assert result is not None, "Required property 'tenant' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def endpoint_ltm_policy(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#endpoint_ltm_policy FastHttpApp#endpoint_ltm_policy}.'''
        result = self._values.get("endpoint_ltm_policy")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def existing_monitor(self) -> typing.Optional[builtins.str]:
        '''Select an existing BIG-IP HTTPS pool monitor.

        Monitors are used to determine the health of the application on each server

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_monitor FastHttpApp#existing_monitor}
        '''
        result = self._values.get("existing_monitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_pool(self) -> typing.Optional[builtins.str]:
        '''Select an existing BIG-IP Pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_pool FastHttpApp#existing_pool}
        '''
        result = self._values.get("existing_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_snat_pool(self) -> typing.Optional[builtins.str]:
        '''name of an existing BIG-IP SNAT pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_snat_pool FastHttpApp#existing_snat_pool}
        '''
        result = self._values.get("existing_snat_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_waf_security_policy(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#existing_waf_security_policy FastHttpApp#existing_waf_security_policy}.'''
        result = self._values.get("existing_waf_security_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fallback_persistence(self) -> typing.Optional[builtins.str]:
        '''Type of fallback persistence record to be created for each new client connection.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#fallback_persistence FastHttpApp#fallback_persistence}
        '''
        result = self._values.get("fallback_persistence")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#id FastHttpApp#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def load_balancing_mode(self) -> typing.Optional[builtins.str]:
        '''none.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#load_balancing_mode FastHttpApp#load_balancing_mode}
        '''
        result = self._values.get("load_balancing_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def monitor(self) -> typing.Optional["FastHttpAppMonitor"]:
        '''monitor block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#monitor FastHttpApp#monitor}
        '''
        result = self._values.get("monitor")
        return typing.cast(typing.Optional["FastHttpAppMonitor"], result)

    @builtins.property
    def persistence_profile(self) -> typing.Optional[builtins.str]:
        '''Name of an existing BIG-IP persistence profile to be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#persistence_profile FastHttpApp#persistence_profile}
        '''
        result = self._values.get("persistence_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def persistence_type(self) -> typing.Optional[builtins.str]:
        '''Type of persistence profile to be created.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#persistence_type FastHttpApp#persistence_type}
        '''
        result = self._values.get("persistence_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pool_members(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastHttpAppPoolMembers"]]]:
        '''pool_members block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#pool_members FastHttpApp#pool_members}
        '''
        result = self._values.get("pool_members")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastHttpAppPoolMembers"]]], result)

    @builtins.property
    def security_log_profiles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Existing security log profiles to enable.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#security_log_profiles FastHttpApp#security_log_profiles}
        '''
        result = self._values.get("security_log_profiles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def service_discovery(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#service_discovery FastHttpApp#service_discovery}.'''
        result = self._values.get("service_discovery")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def slow_ramp_time(self) -> typing.Optional[jsii.Number]:
        '''none.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#slow_ramp_time FastHttpApp#slow_ramp_time}
        '''
        result = self._values.get("slow_ramp_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def snat_pool_address(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#snat_pool_address FastHttpApp#snat_pool_address}.'''
        result = self._values.get("snat_pool_address")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def virtual_server(self) -> typing.Optional["FastHttpAppVirtualServer"]:
        '''virtual_server block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#virtual_server FastHttpApp#virtual_server}
        '''
        result = self._values.get("virtual_server")
        return typing.cast(typing.Optional["FastHttpAppVirtualServer"], result)

    @builtins.property
    def waf_security_policy(self) -> typing.Optional["FastHttpAppWafSecurityPolicy"]:
        '''waf_security_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#waf_security_policy FastHttpApp#waf_security_policy}
        '''
        result = self._values.get("waf_security_policy")
        return typing.cast(typing.Optional["FastHttpAppWafSecurityPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpAppConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.fastHttpApp.FastHttpAppMonitor",
    jsii_struct_bases=[],
    name_mapping={
        "interval": "interval",
        "monitor_auth": "monitorAuth",
        "password": "password",
        "response": "response",
        "send_string": "sendString",
        "username": "username",
    },
)
class FastHttpAppMonitor:
    def __init__(
        self,
        *,
        interval: typing.Optional[jsii.Number] = None,
        monitor_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        password: typing.Optional[builtins.str] = None,
        response: typing.Optional[builtins.str] = None,
        send_string: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param interval: Set the time between health checks, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#interval FastHttpApp#interval}
        :param monitor_auth: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#monitor_auth FastHttpApp#monitor_auth}.
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#password FastHttpApp#password}.
        :param response: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#response FastHttpApp#response}.
        :param send_string: Optional data to be sent during each health check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#send_string FastHttpApp#send_string}
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#username FastHttpApp#username}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68867a554f6fcaf2706ecd94d8e577ad6277bc19652f558f017c2c5f9a28f429)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument monitor_auth", value=monitor_auth, expected_type=type_hints["monitor_auth"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
            check_type(argname="argument send_string", value=send_string, expected_type=type_hints["send_string"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if interval is not None:
            self._values["interval"] = interval
        if monitor_auth is not None:
            self._values["monitor_auth"] = monitor_auth
        if password is not None:
            self._values["password"] = password
        if response is not None:
            self._values["response"] = response
        if send_string is not None:
            self._values["send_string"] = send_string
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def interval(self) -> typing.Optional[jsii.Number]:
        '''Set the time between health checks, in seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#interval FastHttpApp#interval}
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def monitor_auth(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#monitor_auth FastHttpApp#monitor_auth}.'''
        result = self._values.get("monitor_auth")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#password FastHttpApp#password}.'''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def response(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#response FastHttpApp#response}.'''
        result = self._values.get("response")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def send_string(self) -> typing.Optional[builtins.str]:
        '''Optional data to be sent during each health check.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#send_string FastHttpApp#send_string}
        '''
        result = self._values.get("send_string")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#username FastHttpApp#username}.'''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpAppMonitor(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastHttpAppMonitorOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpApp.FastHttpAppMonitorOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__9c9fb489033a0b8467af28f31e53168afb51ebf27289d8b95c6cc8f27556ee7a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetInterval")
    def reset_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInterval", []))

    @jsii.member(jsii_name="resetMonitorAuth")
    def reset_monitor_auth(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonitorAuth", []))

    @jsii.member(jsii_name="resetPassword")
    def reset_password(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassword", []))

    @jsii.member(jsii_name="resetResponse")
    def reset_response(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponse", []))

    @jsii.member(jsii_name="resetSendString")
    def reset_send_string(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSendString", []))

    @jsii.member(jsii_name="resetUsername")
    def reset_username(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUsername", []))

    @builtins.property
    @jsii.member(jsii_name="intervalInput")
    def interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "intervalInput"))

    @builtins.property
    @jsii.member(jsii_name="monitorAuthInput")
    def monitor_auth_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "monitorAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordInput")
    def password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordInput"))

    @builtins.property
    @jsii.member(jsii_name="responseInput")
    def response_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "responseInput"))

    @builtins.property
    @jsii.member(jsii_name="sendStringInput")
    def send_string_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sendStringInput"))

    @builtins.property
    @jsii.member(jsii_name="usernameInput")
    def username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "usernameInput"))

    @builtins.property
    @jsii.member(jsii_name="interval")
    def interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "interval"))

    @interval.setter
    def interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e685d1e8bf51c4426700fa12742b8218de3c2d7646530019923e63a5e09b3d83)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "interval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monitorAuth")
    def monitor_auth(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "monitorAuth"))

    @monitor_auth.setter
    def monitor_auth(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4d7279d859eee26b283a02e6fcf50f6617ba32f088c09303603a7f497ade59de)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monitorAuth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="password")
    def password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "password"))

    @password.setter
    def password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__56a2b9590e4d008f425f1e33fe0f8596fa6b10b8a7e270b9040d6401d45ce191)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="response")
    def response(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "response"))

    @response.setter
    def response(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dd5729fb8466cfa7e58a8841d9188ef3b5d223e73add50e53f2dbd63c85b9aa8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "response", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sendString")
    def send_string(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sendString"))

    @send_string.setter
    def send_string(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7365469d5dd685a174500d83f73ec854abe28c45a58239b2b4dd83faa6e50679)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sendString", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e976f30c0f4f5f6f12c48c6eb3bbe72f605866667c05ddc0e6b412832308589b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastHttpAppMonitor]:
        return typing.cast(typing.Optional[FastHttpAppMonitor], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[FastHttpAppMonitor]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__048f4be3f2bd39fdf4120085bd25ed61f5843ee1237d15950569e46a6e305cbc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastHttpApp.FastHttpAppPoolMembers",
    jsii_struct_bases=[],
    name_mapping={
        "addresses": "addresses",
        "connection_limit": "connectionLimit",
        "port": "port",
        "priority_group": "priorityGroup",
        "share_nodes": "shareNodes",
    },
)
class FastHttpAppPoolMembers:
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
        :param addresses: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#addresses FastHttpApp#addresses}.
        :param connection_limit: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#connection_limit FastHttpApp#connection_limit}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#port FastHttpApp#port}.
        :param priority_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#priority_group FastHttpApp#priority_group}.
        :param share_nodes: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#share_nodes FastHttpApp#share_nodes}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00368e6ff8ffe6aa948178cd546bc41f4d54a647f5eeee79c84d85586a96b9c5)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#addresses FastHttpApp#addresses}.'''
        result = self._values.get("addresses")
        assert result is not None, "Required property 'addresses' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def connection_limit(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#connection_limit FastHttpApp#connection_limit}.'''
        result = self._values.get("connection_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#port FastHttpApp#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def priority_group(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#priority_group FastHttpApp#priority_group}.'''
        result = self._values.get("priority_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def share_nodes(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#share_nodes FastHttpApp#share_nodes}.'''
        result = self._values.get("share_nodes")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpAppPoolMembers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastHttpAppPoolMembersList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpApp.FastHttpAppPoolMembersList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__70defcc6e035054be985d4c66b9e6accae1233668b2b2bb7ae5a14ab3d2bec85)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "FastHttpAppPoolMembersOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aef5bde4b8e89a0c58e200d357386329989a856434af67ce90e8141ae5bc5548)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("FastHttpAppPoolMembersOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__559002ac609e13c22f2207c5492a81a74ad738aeb0342c6b7f77d80b6b0a0320)
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
            type_hints = typing.get_type_hints(_typecheckingstub__1a693b5be9836cc577a7c5ebcaeb3de27a9255081ac4b8e6e3ac00547ffd235b)
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
            type_hints = typing.get_type_hints(_typecheckingstub__c3a18f832778289a4c40d4d6ad2d036db385f7dbdbe18f4984d3221dac7ed09b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastHttpAppPoolMembers]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastHttpAppPoolMembers]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastHttpAppPoolMembers]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7f54a39dfb059062ec71cc3025348336f7aec97661baae149b85b70baff9234b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FastHttpAppPoolMembersOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpApp.FastHttpAppPoolMembersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__142a09ae6b781ba2e29037d81d13341360625f7bfe63aa0de3d426567c69b601)
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
            type_hints = typing.get_type_hints(_typecheckingstub__4a4d486320dcfb498a9463a9bcfce1faee24bb01b6498033556bcddbe9c1f2e4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "addresses", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionLimit")
    def connection_limit(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionLimit"))

    @connection_limit.setter
    def connection_limit(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__83b0ca03c215e643824fda24add3690d3b21825411d87c96b5518bc2f04ba94f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d094ac74be330c111422bc8d27a0d4d18db961fc7ecdf2129ae38762b64246fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="priorityGroup")
    def priority_group(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "priorityGroup"))

    @priority_group.setter
    def priority_group(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__588a4851c25397c004a28b4823ff3ae220a718ddb2c1cc766cdfbf5944f4a2a5)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0f1eaceba0d2defc943eb241291035769c342888fdac6501548a56aa6413f518)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shareNodes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastHttpAppPoolMembers]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastHttpAppPoolMembers]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastHttpAppPoolMembers]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1cbc7ddc4758847a1781ab691fc4732c06ff643bafdf47ac379b3371c4c60fe8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastHttpApp.FastHttpAppVirtualServer",
    jsii_struct_bases=[],
    name_mapping={"ip": "ip", "port": "port"},
)
class FastHttpAppVirtualServer:
    def __init__(self, *, ip: builtins.str, port: jsii.Number) -> None:
        '''
        :param ip: foo. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#ip FastHttpApp#ip}
        :param port: foo. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#port FastHttpApp#port}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c99bc91dd20a508e1b9a695abde9ba5a4c0fb7a6176f2e3dbae05c36c5d752f5)
            check_type(argname="argument ip", value=ip, expected_type=type_hints["ip"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "ip": ip,
            "port": port,
        }

    @builtins.property
    def ip(self) -> builtins.str:
        '''foo.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#ip FastHttpApp#ip}
        '''
        result = self._values.get("ip")
        assert result is not None, "Required property 'ip' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> jsii.Number:
        '''foo.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#port FastHttpApp#port}
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpAppVirtualServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastHttpAppVirtualServerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpApp.FastHttpAppVirtualServerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0270c3baad3db36d0d751a346dcf643bd49382c64b45511be23e21bf25d85898)
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
            type_hints = typing.get_type_hints(_typecheckingstub__20397cd5afe676ced6fa29dd55c007345e762692623f7212164e738b0ed2a117)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c8471334bd4e7febfd71d70b7623d4f18de6213014a8235d36ec6e084582557e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastHttpAppVirtualServer]:
        return typing.cast(typing.Optional[FastHttpAppVirtualServer], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[FastHttpAppVirtualServer]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1cd3820590f0084f0f1fc441b35ed53823bffd0e801d03fecbbd9c85e7ea8558)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastHttpApp.FastHttpAppWafSecurityPolicy",
    jsii_struct_bases=[],
    name_mapping={"enable": "enable"},
)
class FastHttpAppWafSecurityPolicy:
    def __init__(
        self,
        *,
        enable: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        '''
        :param enable: Enables Fast to WAF security policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#enable FastHttpApp#enable}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__45c28c016b79d759c5de66d1d50e95f27cc17b2ba21cfc3a32675b44cd3b9ada)
            check_type(argname="argument enable", value=enable, expected_type=type_hints["enable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enable": enable,
        }

    @builtins.property
    def enable(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        '''Enables Fast to WAF security policy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_http_app#enable FastHttpApp#enable}
        '''
        result = self._values.get("enable")
        assert result is not None, "Required property 'enable' is missing"
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpAppWafSecurityPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastHttpAppWafSecurityPolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpApp.FastHttpAppWafSecurityPolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__fe9bb9a2f6ba262d53b95c9575dfcc339dca9f90baeffceb34eb52bfab5564b3)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="enableInput")
    def enable_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableInput"))

    @builtins.property
    @jsii.member(jsii_name="enable")
    def enable(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enable"))

    @enable.setter
    def enable(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__55a286c83ed2786283df6f72105a35b855ebc714c5af5c5af8efba321daae21f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastHttpAppWafSecurityPolicy]:
        return typing.cast(typing.Optional[FastHttpAppWafSecurityPolicy], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[FastHttpAppWafSecurityPolicy],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7642620a287d3a6fcbf0fba9d6c091a8fe54773c08746d99c9f25effbb4a7a7e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "FastHttpApp",
    "FastHttpAppConfig",
    "FastHttpAppMonitor",
    "FastHttpAppMonitorOutputReference",
    "FastHttpAppPoolMembers",
    "FastHttpAppPoolMembersList",
    "FastHttpAppPoolMembersOutputReference",
    "FastHttpAppVirtualServer",
    "FastHttpAppVirtualServerOutputReference",
    "FastHttpAppWafSecurityPolicy",
    "FastHttpAppWafSecurityPolicyOutputReference",
]

publication.publish()

def _typecheckingstub__d40a1680bde939fc2eb53c67f97408f0e7f8127458e50a7d57e95459ed07d770(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    application: builtins.str,
    tenant: builtins.str,
    endpoint_ltm_policy: typing.Optional[typing.Sequence[builtins.str]] = None,
    existing_monitor: typing.Optional[builtins.str] = None,
    existing_pool: typing.Optional[builtins.str] = None,
    existing_snat_pool: typing.Optional[builtins.str] = None,
    existing_waf_security_policy: typing.Optional[builtins.str] = None,
    fallback_persistence: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[typing.Union[FastHttpAppMonitor, typing.Dict[builtins.str, typing.Any]]] = None,
    persistence_profile: typing.Optional[builtins.str] = None,
    persistence_type: typing.Optional[builtins.str] = None,
    pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastHttpAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]]] = None,
    security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    service_discovery: typing.Optional[typing.Sequence[builtins.str]] = None,
    slow_ramp_time: typing.Optional[jsii.Number] = None,
    snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
    virtual_server: typing.Optional[typing.Union[FastHttpAppVirtualServer, typing.Dict[builtins.str, typing.Any]]] = None,
    waf_security_policy: typing.Optional[typing.Union[FastHttpAppWafSecurityPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
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

def _typecheckingstub__50488586e62601d5076b511e7672f55baa51044ff48d1e12d65748cfec169443(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b8abeba9024ec07510f9876b9849422fd3539a897f7c0181b82bbec1ce11157(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastHttpAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6972ed2effe65fa7e202eae0297c35f61e1c7258921506ed9c37450fb444c30(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e79728d51bc6e29b8fb0c9b1f3e565a45479213f671ed2234dab37c74866003c(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06de50df3c17131bca67f4585546dd55a8a8f60068ca3844a47e06109597b991(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__671ee1e1cb0702b69d8f2776dbc8363efe3f2d0761eb3eb24a315e90e9f590f3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0437b29ecf908f6c2ed7228d5f8abe7b2119151079b024f913eefa154aa72d81(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3bfdecccffb0e931e9b4050ed4435f6a73e921bb6a05df34bfe5288ff602328c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a45c4da74a7e6c1f5f81de132ba0583c061dce9c701099b4a932dd11bed2f818(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a5886dc3497bd4ca8d3d96cf76a75be9c3d882472144b5c1bb4367d67669651(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5988ec351313e3897c7e0925b7bd53fd4b66810534b8d77483bd676adbb6186d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6df5cf4d2329f0acb615c344dbda549ebc765b947038b08781dfe6d4f82a72df(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faadda6d283eff4b2bc9d0a26aecee6d0071f2046964c50ec09729c0372e1fb2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3374e0ff6c8d44263f07cd979e08e28f12163a9770f0ebbbc40b0a4a4f74d8db(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e084e6f4b19cc18e2f42b157bb9f9ab9a2a740f4d4cd61005006d46d05b4f050(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__744bbc51480828750514695848e9718130dae141068fa1ae93e78d9200d53d63(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5469af7a9f572a48197cd160465b002553d5eab0ef2c200f123a861961e3b767(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7b2d151de628fe134f6a9a50511f015bd4667b23cf0a744ffe46f7f4f215c35(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f6dc3dd19b02c940de4a6dd438b8888e8a87f14bfd9a78572ec71b52fb351c1(
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
    endpoint_ltm_policy: typing.Optional[typing.Sequence[builtins.str]] = None,
    existing_monitor: typing.Optional[builtins.str] = None,
    existing_pool: typing.Optional[builtins.str] = None,
    existing_snat_pool: typing.Optional[builtins.str] = None,
    existing_waf_security_policy: typing.Optional[builtins.str] = None,
    fallback_persistence: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[typing.Union[FastHttpAppMonitor, typing.Dict[builtins.str, typing.Any]]] = None,
    persistence_profile: typing.Optional[builtins.str] = None,
    persistence_type: typing.Optional[builtins.str] = None,
    pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastHttpAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]]] = None,
    security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    service_discovery: typing.Optional[typing.Sequence[builtins.str]] = None,
    slow_ramp_time: typing.Optional[jsii.Number] = None,
    snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
    virtual_server: typing.Optional[typing.Union[FastHttpAppVirtualServer, typing.Dict[builtins.str, typing.Any]]] = None,
    waf_security_policy: typing.Optional[typing.Union[FastHttpAppWafSecurityPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68867a554f6fcaf2706ecd94d8e577ad6277bc19652f558f017c2c5f9a28f429(
    *,
    interval: typing.Optional[jsii.Number] = None,
    monitor_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    password: typing.Optional[builtins.str] = None,
    response: typing.Optional[builtins.str] = None,
    send_string: typing.Optional[builtins.str] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c9fb489033a0b8467af28f31e53168afb51ebf27289d8b95c6cc8f27556ee7a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e685d1e8bf51c4426700fa12742b8218de3c2d7646530019923e63a5e09b3d83(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d7279d859eee26b283a02e6fcf50f6617ba32f088c09303603a7f497ade59de(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56a2b9590e4d008f425f1e33fe0f8596fa6b10b8a7e270b9040d6401d45ce191(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd5729fb8466cfa7e58a8841d9188ef3b5d223e73add50e53f2dbd63c85b9aa8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7365469d5dd685a174500d83f73ec854abe28c45a58239b2b4dd83faa6e50679(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e976f30c0f4f5f6f12c48c6eb3bbe72f605866667c05ddc0e6b412832308589b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__048f4be3f2bd39fdf4120085bd25ed61f5843ee1237d15950569e46a6e305cbc(
    value: typing.Optional[FastHttpAppMonitor],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00368e6ff8ffe6aa948178cd546bc41f4d54a647f5eeee79c84d85586a96b9c5(
    *,
    addresses: typing.Sequence[builtins.str],
    connection_limit: typing.Optional[jsii.Number] = None,
    port: typing.Optional[jsii.Number] = None,
    priority_group: typing.Optional[jsii.Number] = None,
    share_nodes: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70defcc6e035054be985d4c66b9e6accae1233668b2b2bb7ae5a14ab3d2bec85(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aef5bde4b8e89a0c58e200d357386329989a856434af67ce90e8141ae5bc5548(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__559002ac609e13c22f2207c5492a81a74ad738aeb0342c6b7f77d80b6b0a0320(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a693b5be9836cc577a7c5ebcaeb3de27a9255081ac4b8e6e3ac00547ffd235b(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3a18f832778289a4c40d4d6ad2d036db385f7dbdbe18f4984d3221dac7ed09b(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f54a39dfb059062ec71cc3025348336f7aec97661baae149b85b70baff9234b(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastHttpAppPoolMembers]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__142a09ae6b781ba2e29037d81d13341360625f7bfe63aa0de3d426567c69b601(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a4d486320dcfb498a9463a9bcfce1faee24bb01b6498033556bcddbe9c1f2e4(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83b0ca03c215e643824fda24add3690d3b21825411d87c96b5518bc2f04ba94f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d094ac74be330c111422bc8d27a0d4d18db961fc7ecdf2129ae38762b64246fe(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__588a4851c25397c004a28b4823ff3ae220a718ddb2c1cc766cdfbf5944f4a2a5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f1eaceba0d2defc943eb241291035769c342888fdac6501548a56aa6413f518(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cbc7ddc4758847a1781ab691fc4732c06ff643bafdf47ac379b3371c4c60fe8(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastHttpAppPoolMembers]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c99bc91dd20a508e1b9a695abde9ba5a4c0fb7a6176f2e3dbae05c36c5d752f5(
    *,
    ip: builtins.str,
    port: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0270c3baad3db36d0d751a346dcf643bd49382c64b45511be23e21bf25d85898(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20397cd5afe676ced6fa29dd55c007345e762692623f7212164e738b0ed2a117(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8471334bd4e7febfd71d70b7623d4f18de6213014a8235d36ec6e084582557e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cd3820590f0084f0f1fc441b35ed53823bffd0e801d03fecbbd9c85e7ea8558(
    value: typing.Optional[FastHttpAppVirtualServer],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45c28c016b79d759c5de66d1d50e95f27cc17b2ba21cfc3a32675b44cd3b9ada(
    *,
    enable: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe9bb9a2f6ba262d53b95c9575dfcc339dca9f90baeffceb34eb52bfab5564b3(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55a286c83ed2786283df6f72105a35b855ebc714c5af5c5af8efba321daae21f(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7642620a287d3a6fcbf0fba9d6c091a8fe54773c08746d99c9f25effbb4a7a7e(
    value: typing.Optional[FastHttpAppWafSecurityPolicy],
) -> None:
    """Type checking stubs"""
    pass
