r'''
# `bigip_fast_https_app`

Refer to the Terraform Registry for docs: [`bigip_fast_https_app`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app).
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


class FastHttpsApp(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpsApp.FastHttpsApp",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app bigip_fast_https_app}.'''

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
        existing_tls_client_profile: typing.Optional[builtins.str] = None,
        existing_tls_server_profile: typing.Optional[builtins.str] = None,
        existing_waf_security_policy: typing.Optional[builtins.str] = None,
        fallback_persistence: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[typing.Union["FastHttpsAppMonitor", typing.Dict[builtins.str, typing.Any]]] = None,
        persistence_profile: typing.Optional[builtins.str] = None,
        persistence_type: typing.Optional[builtins.str] = None,
        pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastHttpsAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]]] = None,
        security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        service_discovery: typing.Optional[typing.Sequence[builtins.str]] = None,
        slow_ramp_time: typing.Optional[jsii.Number] = None,
        snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
        tls_client_profile: typing.Optional[typing.Union["FastHttpsAppTlsClientProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        tls_server_profile: typing.Optional[typing.Union["FastHttpsAppTlsServerProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        virtual_server: typing.Optional[typing.Union["FastHttpsAppVirtualServer", typing.Dict[builtins.str, typing.Any]]] = None,
        waf_security_policy: typing.Optional[typing.Union["FastHttpsAppWafSecurityPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app bigip_fast_https_app} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param application: Name of FAST HTTPS application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#application FastHttpsApp#application}
        :param tenant: Name of FAST HTTPS application tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tenant FastHttpsApp#tenant}
        :param endpoint_ltm_policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#endpoint_ltm_policy FastHttpsApp#endpoint_ltm_policy}.
        :param existing_monitor: Select an existing BIG-IP HTTPS pool monitor. Monitors are used to determine the health of the application on each server Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_monitor FastHttpsApp#existing_monitor}
        :param existing_pool: Select an existing BIG-IP Pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_pool FastHttpsApp#existing_pool}
        :param existing_snat_pool: name of an existing BIG-IP SNAT pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_snat_pool FastHttpsApp#existing_snat_pool}
        :param existing_tls_client_profile: Select an existing TLS client profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_tls_client_profile FastHttpsApp#existing_tls_client_profile}
        :param existing_tls_server_profile: Select an existing TLS server profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_tls_server_profile FastHttpsApp#existing_tls_server_profile}
        :param existing_waf_security_policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_waf_security_policy FastHttpsApp#existing_waf_security_policy}.
        :param fallback_persistence: Type of fallback persistence record to be created for each new client connection. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#fallback_persistence FastHttpsApp#fallback_persistence}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#id FastHttpsApp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param load_balancing_mode: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#load_balancing_mode FastHttpsApp#load_balancing_mode}
        :param monitor: monitor block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#monitor FastHttpsApp#monitor}
        :param persistence_profile: Name of an existing BIG-IP persistence profile to be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#persistence_profile FastHttpsApp#persistence_profile}
        :param persistence_type: Type of persistence profile to be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#persistence_type FastHttpsApp#persistence_type}
        :param pool_members: pool_members block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#pool_members FastHttpsApp#pool_members}
        :param security_log_profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#security_log_profiles FastHttpsApp#security_log_profiles}.
        :param service_discovery: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#service_discovery FastHttpsApp#service_discovery}.
        :param slow_ramp_time: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#slow_ramp_time FastHttpsApp#slow_ramp_time}
        :param snat_pool_address: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#snat_pool_address FastHttpsApp#snat_pool_address}.
        :param tls_client_profile: tls_client_profile block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_client_profile FastHttpsApp#tls_client_profile}
        :param tls_server_profile: tls_server_profile block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_server_profile FastHttpsApp#tls_server_profile}
        :param virtual_server: virtual_server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#virtual_server FastHttpsApp#virtual_server}
        :param waf_security_policy: waf_security_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#waf_security_policy FastHttpsApp#waf_security_policy}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e79aa32bfff2e3b75cae188e763a58b53fe4c645d66724e9d8b37e594b68200c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = FastHttpsAppConfig(
            application=application,
            tenant=tenant,
            endpoint_ltm_policy=endpoint_ltm_policy,
            existing_monitor=existing_monitor,
            existing_pool=existing_pool,
            existing_snat_pool=existing_snat_pool,
            existing_tls_client_profile=existing_tls_client_profile,
            existing_tls_server_profile=existing_tls_server_profile,
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
            tls_client_profile=tls_client_profile,
            tls_server_profile=tls_server_profile,
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
        '''Generates CDKTF code for importing a FastHttpsApp resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the FastHttpsApp to import.
        :param import_from_id: The id of the existing FastHttpsApp that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the FastHttpsApp to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4fbff33fcbc0ff6f39702ef242797381bd221be2f757439ec92d332f7a813a05)
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
        :param interval: Set the time between health checks, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#interval FastHttpsApp#interval}
        :param monitor_auth: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#monitor_auth FastHttpsApp#monitor_auth}.
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#password FastHttpsApp#password}.
        :param response: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#response FastHttpsApp#response}.
        :param send_string: Optional data to be sent during each health check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#send_string FastHttpsApp#send_string}
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#username FastHttpsApp#username}.
        '''
        value = FastHttpsAppMonitor(
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
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastHttpsAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6007657053cf6ec711c2157e1e1164884464c5efe491b9620628c53a33e928e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putPoolMembers", [value]))

    @jsii.member(jsii_name="putTlsClientProfile")
    def put_tls_client_profile(
        self,
        *,
        tls_cert_name: builtins.str,
        tls_key_name: builtins.str,
    ) -> None:
        '''
        :param tls_cert_name: Select an existing BIG-IP SSL certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_cert_name FastHttpsApp#tls_cert_name}
        :param tls_key_name: Select an existing BIG-IP SSL key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_key_name FastHttpsApp#tls_key_name}
        '''
        value = FastHttpsAppTlsClientProfile(
            tls_cert_name=tls_cert_name, tls_key_name=tls_key_name
        )

        return typing.cast(None, jsii.invoke(self, "putTlsClientProfile", [value]))

    @jsii.member(jsii_name="putTlsServerProfile")
    def put_tls_server_profile(
        self,
        *,
        tls_cert_name: builtins.str,
        tls_key_name: builtins.str,
    ) -> None:
        '''
        :param tls_cert_name: Select an existing BIG-IP SSL certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_cert_name FastHttpsApp#tls_cert_name}
        :param tls_key_name: Select an existing BIG-IP SSL key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_key_name FastHttpsApp#tls_key_name}
        '''
        value = FastHttpsAppTlsServerProfile(
            tls_cert_name=tls_cert_name, tls_key_name=tls_key_name
        )

        return typing.cast(None, jsii.invoke(self, "putTlsServerProfile", [value]))

    @jsii.member(jsii_name="putVirtualServer")
    def put_virtual_server(self, *, ip: builtins.str, port: jsii.Number) -> None:
        '''
        :param ip: foo. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#ip FastHttpsApp#ip}
        :param port: foo. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#port FastHttpsApp#port}
        '''
        value = FastHttpsAppVirtualServer(ip=ip, port=port)

        return typing.cast(None, jsii.invoke(self, "putVirtualServer", [value]))

    @jsii.member(jsii_name="putWafSecurityPolicy")
    def put_waf_security_policy(
        self,
        *,
        enable: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        '''
        :param enable: Enables Fast to WAF security policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#enable FastHttpsApp#enable}
        '''
        value = FastHttpsAppWafSecurityPolicy(enable=enable)

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

    @jsii.member(jsii_name="resetExistingTlsClientProfile")
    def reset_existing_tls_client_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingTlsClientProfile", []))

    @jsii.member(jsii_name="resetExistingTlsServerProfile")
    def reset_existing_tls_server_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExistingTlsServerProfile", []))

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

    @jsii.member(jsii_name="resetTlsClientProfile")
    def reset_tls_client_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTlsClientProfile", []))

    @jsii.member(jsii_name="resetTlsServerProfile")
    def reset_tls_server_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTlsServerProfile", []))

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
    @jsii.member(jsii_name="fastHttpsJson")
    def fast_https_json(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fastHttpsJson"))

    @builtins.property
    @jsii.member(jsii_name="monitor")
    def monitor(self) -> "FastHttpsAppMonitorOutputReference":
        return typing.cast("FastHttpsAppMonitorOutputReference", jsii.get(self, "monitor"))

    @builtins.property
    @jsii.member(jsii_name="poolMembers")
    def pool_members(self) -> "FastHttpsAppPoolMembersList":
        return typing.cast("FastHttpsAppPoolMembersList", jsii.get(self, "poolMembers"))

    @builtins.property
    @jsii.member(jsii_name="tlsClientProfile")
    def tls_client_profile(self) -> "FastHttpsAppTlsClientProfileOutputReference":
        return typing.cast("FastHttpsAppTlsClientProfileOutputReference", jsii.get(self, "tlsClientProfile"))

    @builtins.property
    @jsii.member(jsii_name="tlsServerProfile")
    def tls_server_profile(self) -> "FastHttpsAppTlsServerProfileOutputReference":
        return typing.cast("FastHttpsAppTlsServerProfileOutputReference", jsii.get(self, "tlsServerProfile"))

    @builtins.property
    @jsii.member(jsii_name="virtualServer")
    def virtual_server(self) -> "FastHttpsAppVirtualServerOutputReference":
        return typing.cast("FastHttpsAppVirtualServerOutputReference", jsii.get(self, "virtualServer"))

    @builtins.property
    @jsii.member(jsii_name="wafSecurityPolicy")
    def waf_security_policy(self) -> "FastHttpsAppWafSecurityPolicyOutputReference":
        return typing.cast("FastHttpsAppWafSecurityPolicyOutputReference", jsii.get(self, "wafSecurityPolicy"))

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
    @jsii.member(jsii_name="existingTlsClientProfileInput")
    def existing_tls_client_profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "existingTlsClientProfileInput"))

    @builtins.property
    @jsii.member(jsii_name="existingTlsServerProfileInput")
    def existing_tls_server_profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "existingTlsServerProfileInput"))

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
    def monitor_input(self) -> typing.Optional["FastHttpsAppMonitor"]:
        return typing.cast(typing.Optional["FastHttpsAppMonitor"], jsii.get(self, "monitorInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastHttpsAppPoolMembers"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastHttpsAppPoolMembers"]]], jsii.get(self, "poolMembersInput"))

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
    @jsii.member(jsii_name="tlsClientProfileInput")
    def tls_client_profile_input(
        self,
    ) -> typing.Optional["FastHttpsAppTlsClientProfile"]:
        return typing.cast(typing.Optional["FastHttpsAppTlsClientProfile"], jsii.get(self, "tlsClientProfileInput"))

    @builtins.property
    @jsii.member(jsii_name="tlsServerProfileInput")
    def tls_server_profile_input(
        self,
    ) -> typing.Optional["FastHttpsAppTlsServerProfile"]:
        return typing.cast(typing.Optional["FastHttpsAppTlsServerProfile"], jsii.get(self, "tlsServerProfileInput"))

    @builtins.property
    @jsii.member(jsii_name="virtualServerInput")
    def virtual_server_input(self) -> typing.Optional["FastHttpsAppVirtualServer"]:
        return typing.cast(typing.Optional["FastHttpsAppVirtualServer"], jsii.get(self, "virtualServerInput"))

    @builtins.property
    @jsii.member(jsii_name="wafSecurityPolicyInput")
    def waf_security_policy_input(
        self,
    ) -> typing.Optional["FastHttpsAppWafSecurityPolicy"]:
        return typing.cast(typing.Optional["FastHttpsAppWafSecurityPolicy"], jsii.get(self, "wafSecurityPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="application")
    def application(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "application"))

    @application.setter
    def application(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42723c505d29728f1645aefa027f3c5b0aa1f4670f29799429d40a0ebb73e0cc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "application", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="endpointLtmPolicy")
    def endpoint_ltm_policy(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "endpointLtmPolicy"))

    @endpoint_ltm_policy.setter
    def endpoint_ltm_policy(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e77fe184b71d3b66198b9cc18b91280d3d00725dcc76c790c84129f844273b8b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "endpointLtmPolicy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingMonitor")
    def existing_monitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingMonitor"))

    @existing_monitor.setter
    def existing_monitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9fc9003888fba04f006806d55b254ae3ed9e6c3f68b6500dfcff802c82021bd3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingMonitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingPool")
    def existing_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingPool"))

    @existing_pool.setter
    def existing_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__30557edc72ed83723f73360e604cf8de24d099b04dc4a2a2916d5a291d84e128)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingSnatPool")
    def existing_snat_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingSnatPool"))

    @existing_snat_pool.setter
    def existing_snat_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__488d98e4e5236d706399142a55b10ba15cbc373d2bac9b77a102af8294b836e3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingSnatPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingTlsClientProfile")
    def existing_tls_client_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingTlsClientProfile"))

    @existing_tls_client_profile.setter
    def existing_tls_client_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6789e181a1e75e5e534343f9f6587700baf0dfce640c8ba405230946861e5531)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingTlsClientProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingTlsServerProfile")
    def existing_tls_server_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingTlsServerProfile"))

    @existing_tls_server_profile.setter
    def existing_tls_server_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7bc72421b8668e209f5426dfd3fef3b3b0d50a850194c72f3bf39b6f10097d0b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingTlsServerProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="existingWafSecurityPolicy")
    def existing_waf_security_policy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "existingWafSecurityPolicy"))

    @existing_waf_security_policy.setter
    def existing_waf_security_policy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9eb503ca40945a094afdc5bab7bb7a03a459523c25f12b7df99baa42bfd49ff2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "existingWafSecurityPolicy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fallbackPersistence")
    def fallback_persistence(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fallbackPersistence"))

    @fallback_persistence.setter
    def fallback_persistence(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1b16e5e95d5a2b7e8d7a9cc00ef8fc721f0ea71029db90f6773b944c0cafd25b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fallbackPersistence", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6470fee295c14f47e18f3df82d2182cca0a9f2f9534d7661bb651c0a225ee844)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="loadBalancingMode")
    def load_balancing_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "loadBalancingMode"))

    @load_balancing_mode.setter
    def load_balancing_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__091d0c7ed5ccda215c32f8cbe30fc27bb3d4a176b75021763cd2b19e6b26c2cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "loadBalancingMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistenceProfile")
    def persistence_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistenceProfile"))

    @persistence_profile.setter
    def persistence_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ed5e304fbcc54de38cd1f80e9792c4e1cce803b6272cf02c3d1f193e49d098f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistenceProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistenceType")
    def persistence_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistenceType"))

    @persistence_type.setter
    def persistence_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5ae4c164191208e1ddca8474b1e3f350e8c81a5b0c22b80d61204f42ae81d2d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistenceType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityLogProfiles")
    def security_log_profiles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "securityLogProfiles"))

    @security_log_profiles.setter
    def security_log_profiles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fd38588c66a4c06e64d625e8de3b6ad7a8a8556458d5ab0627965cd95825f2c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityLogProfiles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serviceDiscovery")
    def service_discovery(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "serviceDiscovery"))

    @service_discovery.setter
    def service_discovery(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__207233fa48cd5ba08c90f54262ce703f94be2b0113e9701d3a4cb6d462e8c68e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serviceDiscovery", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slowRampTime")
    def slow_ramp_time(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "slowRampTime"))

    @slow_ramp_time.setter
    def slow_ramp_time(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dfa6cb3eada399fe3252277aeafef6f856e5d0eb715dda7740aebdfe13948ce2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slowRampTime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="snatPoolAddress")
    def snat_pool_address(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "snatPoolAddress"))

    @snat_pool_address.setter
    def snat_pool_address(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b23c2c20962c17ad120f26cdfb317d82e24eba39c10ba2f972e61710a1a310e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "snatPoolAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenant")
    def tenant(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenant"))

    @tenant.setter
    def tenant(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e7687d530390d8a8194d2af071488a68457610468ced3a8ce8c113d1c1b1b28a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenant", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastHttpsApp.FastHttpsAppConfig",
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
        "existing_tls_client_profile": "existingTlsClientProfile",
        "existing_tls_server_profile": "existingTlsServerProfile",
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
        "tls_client_profile": "tlsClientProfile",
        "tls_server_profile": "tlsServerProfile",
        "virtual_server": "virtualServer",
        "waf_security_policy": "wafSecurityPolicy",
    },
)
class FastHttpsAppConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        existing_tls_client_profile: typing.Optional[builtins.str] = None,
        existing_tls_server_profile: typing.Optional[builtins.str] = None,
        existing_waf_security_policy: typing.Optional[builtins.str] = None,
        fallback_persistence: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[typing.Union["FastHttpsAppMonitor", typing.Dict[builtins.str, typing.Any]]] = None,
        persistence_profile: typing.Optional[builtins.str] = None,
        persistence_type: typing.Optional[builtins.str] = None,
        pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FastHttpsAppPoolMembers", typing.Dict[builtins.str, typing.Any]]]]] = None,
        security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        service_discovery: typing.Optional[typing.Sequence[builtins.str]] = None,
        slow_ramp_time: typing.Optional[jsii.Number] = None,
        snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
        tls_client_profile: typing.Optional[typing.Union["FastHttpsAppTlsClientProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        tls_server_profile: typing.Optional[typing.Union["FastHttpsAppTlsServerProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        virtual_server: typing.Optional[typing.Union["FastHttpsAppVirtualServer", typing.Dict[builtins.str, typing.Any]]] = None,
        waf_security_policy: typing.Optional[typing.Union["FastHttpsAppWafSecurityPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param application: Name of FAST HTTPS application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#application FastHttpsApp#application}
        :param tenant: Name of FAST HTTPS application tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tenant FastHttpsApp#tenant}
        :param endpoint_ltm_policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#endpoint_ltm_policy FastHttpsApp#endpoint_ltm_policy}.
        :param existing_monitor: Select an existing BIG-IP HTTPS pool monitor. Monitors are used to determine the health of the application on each server Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_monitor FastHttpsApp#existing_monitor}
        :param existing_pool: Select an existing BIG-IP Pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_pool FastHttpsApp#existing_pool}
        :param existing_snat_pool: name of an existing BIG-IP SNAT pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_snat_pool FastHttpsApp#existing_snat_pool}
        :param existing_tls_client_profile: Select an existing TLS client profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_tls_client_profile FastHttpsApp#existing_tls_client_profile}
        :param existing_tls_server_profile: Select an existing TLS server profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_tls_server_profile FastHttpsApp#existing_tls_server_profile}
        :param existing_waf_security_policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_waf_security_policy FastHttpsApp#existing_waf_security_policy}.
        :param fallback_persistence: Type of fallback persistence record to be created for each new client connection. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#fallback_persistence FastHttpsApp#fallback_persistence}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#id FastHttpsApp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param load_balancing_mode: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#load_balancing_mode FastHttpsApp#load_balancing_mode}
        :param monitor: monitor block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#monitor FastHttpsApp#monitor}
        :param persistence_profile: Name of an existing BIG-IP persistence profile to be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#persistence_profile FastHttpsApp#persistence_profile}
        :param persistence_type: Type of persistence profile to be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#persistence_type FastHttpsApp#persistence_type}
        :param pool_members: pool_members block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#pool_members FastHttpsApp#pool_members}
        :param security_log_profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#security_log_profiles FastHttpsApp#security_log_profiles}.
        :param service_discovery: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#service_discovery FastHttpsApp#service_discovery}.
        :param slow_ramp_time: none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#slow_ramp_time FastHttpsApp#slow_ramp_time}
        :param snat_pool_address: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#snat_pool_address FastHttpsApp#snat_pool_address}.
        :param tls_client_profile: tls_client_profile block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_client_profile FastHttpsApp#tls_client_profile}
        :param tls_server_profile: tls_server_profile block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_server_profile FastHttpsApp#tls_server_profile}
        :param virtual_server: virtual_server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#virtual_server FastHttpsApp#virtual_server}
        :param waf_security_policy: waf_security_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#waf_security_policy FastHttpsApp#waf_security_policy}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(monitor, dict):
            monitor = FastHttpsAppMonitor(**monitor)
        if isinstance(tls_client_profile, dict):
            tls_client_profile = FastHttpsAppTlsClientProfile(**tls_client_profile)
        if isinstance(tls_server_profile, dict):
            tls_server_profile = FastHttpsAppTlsServerProfile(**tls_server_profile)
        if isinstance(virtual_server, dict):
            virtual_server = FastHttpsAppVirtualServer(**virtual_server)
        if isinstance(waf_security_policy, dict):
            waf_security_policy = FastHttpsAppWafSecurityPolicy(**waf_security_policy)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7efb3fc992dc957aac840406eacf45c655fcc3a54cde296a2b47da626d5176d8)
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
            check_type(argname="argument existing_tls_client_profile", value=existing_tls_client_profile, expected_type=type_hints["existing_tls_client_profile"])
            check_type(argname="argument existing_tls_server_profile", value=existing_tls_server_profile, expected_type=type_hints["existing_tls_server_profile"])
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
            check_type(argname="argument tls_client_profile", value=tls_client_profile, expected_type=type_hints["tls_client_profile"])
            check_type(argname="argument tls_server_profile", value=tls_server_profile, expected_type=type_hints["tls_server_profile"])
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
        if existing_tls_client_profile is not None:
            self._values["existing_tls_client_profile"] = existing_tls_client_profile
        if existing_tls_server_profile is not None:
            self._values["existing_tls_server_profile"] = existing_tls_server_profile
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
        if tls_client_profile is not None:
            self._values["tls_client_profile"] = tls_client_profile
        if tls_server_profile is not None:
            self._values["tls_server_profile"] = tls_server_profile
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
        '''Name of FAST HTTPS application.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#application FastHttpsApp#application}
        '''
        result = self._values.get("application")
        assert result is not None, "Required property 'application' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant(self) -> builtins.str:
        '''Name of FAST HTTPS application tenant.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tenant FastHttpsApp#tenant}
        '''
        result = self._values.get("tenant")
        assert result is not None, "Required property 'tenant' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def endpoint_ltm_policy(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#endpoint_ltm_policy FastHttpsApp#endpoint_ltm_policy}.'''
        result = self._values.get("endpoint_ltm_policy")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def existing_monitor(self) -> typing.Optional[builtins.str]:
        '''Select an existing BIG-IP HTTPS pool monitor.

        Monitors are used to determine the health of the application on each server

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_monitor FastHttpsApp#existing_monitor}
        '''
        result = self._values.get("existing_monitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_pool(self) -> typing.Optional[builtins.str]:
        '''Select an existing BIG-IP Pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_pool FastHttpsApp#existing_pool}
        '''
        result = self._values.get("existing_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_snat_pool(self) -> typing.Optional[builtins.str]:
        '''name of an existing BIG-IP SNAT pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_snat_pool FastHttpsApp#existing_snat_pool}
        '''
        result = self._values.get("existing_snat_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_tls_client_profile(self) -> typing.Optional[builtins.str]:
        '''Select an existing TLS client profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_tls_client_profile FastHttpsApp#existing_tls_client_profile}
        '''
        result = self._values.get("existing_tls_client_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_tls_server_profile(self) -> typing.Optional[builtins.str]:
        '''Select an existing TLS server profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_tls_server_profile FastHttpsApp#existing_tls_server_profile}
        '''
        result = self._values.get("existing_tls_server_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def existing_waf_security_policy(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#existing_waf_security_policy FastHttpsApp#existing_waf_security_policy}.'''
        result = self._values.get("existing_waf_security_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fallback_persistence(self) -> typing.Optional[builtins.str]:
        '''Type of fallback persistence record to be created for each new client connection.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#fallback_persistence FastHttpsApp#fallback_persistence}
        '''
        result = self._values.get("fallback_persistence")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#id FastHttpsApp#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def load_balancing_mode(self) -> typing.Optional[builtins.str]:
        '''none.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#load_balancing_mode FastHttpsApp#load_balancing_mode}
        '''
        result = self._values.get("load_balancing_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def monitor(self) -> typing.Optional["FastHttpsAppMonitor"]:
        '''monitor block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#monitor FastHttpsApp#monitor}
        '''
        result = self._values.get("monitor")
        return typing.cast(typing.Optional["FastHttpsAppMonitor"], result)

    @builtins.property
    def persistence_profile(self) -> typing.Optional[builtins.str]:
        '''Name of an existing BIG-IP persistence profile to be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#persistence_profile FastHttpsApp#persistence_profile}
        '''
        result = self._values.get("persistence_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def persistence_type(self) -> typing.Optional[builtins.str]:
        '''Type of persistence profile to be created.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#persistence_type FastHttpsApp#persistence_type}
        '''
        result = self._values.get("persistence_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pool_members(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastHttpsAppPoolMembers"]]]:
        '''pool_members block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#pool_members FastHttpsApp#pool_members}
        '''
        result = self._values.get("pool_members")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FastHttpsAppPoolMembers"]]], result)

    @builtins.property
    def security_log_profiles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#security_log_profiles FastHttpsApp#security_log_profiles}.'''
        result = self._values.get("security_log_profiles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def service_discovery(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#service_discovery FastHttpsApp#service_discovery}.'''
        result = self._values.get("service_discovery")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def slow_ramp_time(self) -> typing.Optional[jsii.Number]:
        '''none.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#slow_ramp_time FastHttpsApp#slow_ramp_time}
        '''
        result = self._values.get("slow_ramp_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def snat_pool_address(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#snat_pool_address FastHttpsApp#snat_pool_address}.'''
        result = self._values.get("snat_pool_address")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tls_client_profile(self) -> typing.Optional["FastHttpsAppTlsClientProfile"]:
        '''tls_client_profile block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_client_profile FastHttpsApp#tls_client_profile}
        '''
        result = self._values.get("tls_client_profile")
        return typing.cast(typing.Optional["FastHttpsAppTlsClientProfile"], result)

    @builtins.property
    def tls_server_profile(self) -> typing.Optional["FastHttpsAppTlsServerProfile"]:
        '''tls_server_profile block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_server_profile FastHttpsApp#tls_server_profile}
        '''
        result = self._values.get("tls_server_profile")
        return typing.cast(typing.Optional["FastHttpsAppTlsServerProfile"], result)

    @builtins.property
    def virtual_server(self) -> typing.Optional["FastHttpsAppVirtualServer"]:
        '''virtual_server block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#virtual_server FastHttpsApp#virtual_server}
        '''
        result = self._values.get("virtual_server")
        return typing.cast(typing.Optional["FastHttpsAppVirtualServer"], result)

    @builtins.property
    def waf_security_policy(self) -> typing.Optional["FastHttpsAppWafSecurityPolicy"]:
        '''waf_security_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#waf_security_policy FastHttpsApp#waf_security_policy}
        '''
        result = self._values.get("waf_security_policy")
        return typing.cast(typing.Optional["FastHttpsAppWafSecurityPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpsAppConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.fastHttpsApp.FastHttpsAppMonitor",
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
class FastHttpsAppMonitor:
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
        :param interval: Set the time between health checks, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#interval FastHttpsApp#interval}
        :param monitor_auth: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#monitor_auth FastHttpsApp#monitor_auth}.
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#password FastHttpsApp#password}.
        :param response: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#response FastHttpsApp#response}.
        :param send_string: Optional data to be sent during each health check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#send_string FastHttpsApp#send_string}
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#username FastHttpsApp#username}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1310e3534794ad9485ec8f3bee1b9bf3349dd613fcf8e6d62b963ac82dcb48ea)
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#interval FastHttpsApp#interval}
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def monitor_auth(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#monitor_auth FastHttpsApp#monitor_auth}.'''
        result = self._values.get("monitor_auth")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#password FastHttpsApp#password}.'''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def response(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#response FastHttpsApp#response}.'''
        result = self._values.get("response")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def send_string(self) -> typing.Optional[builtins.str]:
        '''Optional data to be sent during each health check.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#send_string FastHttpsApp#send_string}
        '''
        result = self._values.get("send_string")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#username FastHttpsApp#username}.'''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpsAppMonitor(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastHttpsAppMonitorOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpsApp.FastHttpsAppMonitorOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__9e233196c3aeda2cb3e54882f0afa3b91a5a7c42e96756a82ac23a41fe7c0d03)
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
            type_hints = typing.get_type_hints(_typecheckingstub__4d8bff83e44de92a9ef40371bba5b60269ea2ca7cfffecf6dfac351cdd7a58ea)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b69efbbdd3e70130752f6b3c97b334c750c97586e6cd48ba33605d9d80c5d626)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monitorAuth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="password")
    def password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "password"))

    @password.setter
    def password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c2617e66e0387be383b2dadbd1c9bd066e7583d0df28b31c9d3ec5e332fb83b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="response")
    def response(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "response"))

    @response.setter
    def response(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__40ed8c8ff23ab0febd8bb7a08d5dbec5a4b9d7bb0f5eca961156e3eb5b2d90b4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "response", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sendString")
    def send_string(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sendString"))

    @send_string.setter
    def send_string(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99be3ff76068ba68205fc840c46449c767d263a708e4be378c025875eb9e2b8b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sendString", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0bb3eaee25570dfb3906015ca7856369fbc75c3782659e562b2a80a5ba4450cd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastHttpsAppMonitor]:
        return typing.cast(typing.Optional[FastHttpsAppMonitor], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[FastHttpsAppMonitor]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__36ddefe33c1a0bc38ae6944b4e652d45e0c6f0974caad99e900a5019c9393fa0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastHttpsApp.FastHttpsAppPoolMembers",
    jsii_struct_bases=[],
    name_mapping={
        "addresses": "addresses",
        "connection_limit": "connectionLimit",
        "port": "port",
        "priority_group": "priorityGroup",
        "share_nodes": "shareNodes",
    },
)
class FastHttpsAppPoolMembers:
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
        :param addresses: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#addresses FastHttpsApp#addresses}.
        :param connection_limit: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#connection_limit FastHttpsApp#connection_limit}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#port FastHttpsApp#port}.
        :param priority_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#priority_group FastHttpsApp#priority_group}.
        :param share_nodes: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#share_nodes FastHttpsApp#share_nodes}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d8747d193f90da3bb49e82fbb5332699988f840b50b08602cdfb1d6757518e35)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#addresses FastHttpsApp#addresses}.'''
        result = self._values.get("addresses")
        assert result is not None, "Required property 'addresses' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def connection_limit(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#connection_limit FastHttpsApp#connection_limit}.'''
        result = self._values.get("connection_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#port FastHttpsApp#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def priority_group(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#priority_group FastHttpsApp#priority_group}.'''
        result = self._values.get("priority_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def share_nodes(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#share_nodes FastHttpsApp#share_nodes}.'''
        result = self._values.get("share_nodes")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpsAppPoolMembers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastHttpsAppPoolMembersList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpsApp.FastHttpsAppPoolMembersList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d916b59322665b0b2484b69431780a4f4a01bad75e0bda34807e6288da852be6)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "FastHttpsAppPoolMembersOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__248920bca9182278d1ccb3b42f12381f7f757371deb44c5e57f2b03bd55f5624)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("FastHttpsAppPoolMembersOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c03051423f236c28db0c23393d78e32766e70ada0edaa827ed74b1e4df474f8a)
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
            type_hints = typing.get_type_hints(_typecheckingstub__44ba11887b1aa115818f9862b512732af067e929f9105b81f8f1ed4f428720b8)
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
            type_hints = typing.get_type_hints(_typecheckingstub__20349c4cc66d49801ac7984e6273bc94b88d609eaa89d367a8caf25aa81f329c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastHttpsAppPoolMembers]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastHttpsAppPoolMembers]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastHttpsAppPoolMembers]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__31d9a4fbe8243e481f43483a1b6b7e4fe50cae53fcb3ed13ced8648166078e02)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FastHttpsAppPoolMembersOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpsApp.FastHttpsAppPoolMembersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__476909abea5162ff7dbb30723e379b6a8f11e70260cc3c7840dd60f4a110f93e)
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
            type_hints = typing.get_type_hints(_typecheckingstub__04443484937aa8384803082277bd22d64c3209b1f6ba7991a5ca4e85291f12bc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "addresses", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionLimit")
    def connection_limit(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionLimit"))

    @connection_limit.setter
    def connection_limit(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__17dadfa2ad1838387b960b18ba863494db01b1dd9ee581ac0642bb9ebc190e09)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6d7c93ace5cfd5951f61437d2937401903789d96b8d04eaa512729f1a9c56911)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="priorityGroup")
    def priority_group(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "priorityGroup"))

    @priority_group.setter
    def priority_group(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__19d202f373d747b35cf01fb4f703813c81d8be19e95524b14a28a86298f52022)
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
            type_hints = typing.get_type_hints(_typecheckingstub__acb6f71a54ee010d1c4e6e3cd53fad8ecd3715009260c674870dc851191c1e3e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shareNodes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastHttpsAppPoolMembers]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastHttpsAppPoolMembers]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastHttpsAppPoolMembers]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4a27c800ed91b0382710ffdbeace0061f69cbeb1009ee27c114cd48f3e11c7d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastHttpsApp.FastHttpsAppTlsClientProfile",
    jsii_struct_bases=[],
    name_mapping={"tls_cert_name": "tlsCertName", "tls_key_name": "tlsKeyName"},
)
class FastHttpsAppTlsClientProfile:
    def __init__(
        self,
        *,
        tls_cert_name: builtins.str,
        tls_key_name: builtins.str,
    ) -> None:
        '''
        :param tls_cert_name: Select an existing BIG-IP SSL certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_cert_name FastHttpsApp#tls_cert_name}
        :param tls_key_name: Select an existing BIG-IP SSL key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_key_name FastHttpsApp#tls_key_name}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4a184551138ec1c0795f756fad99609a97fd152edb24cb2e4bd62bf63c42fb5f)
            check_type(argname="argument tls_cert_name", value=tls_cert_name, expected_type=type_hints["tls_cert_name"])
            check_type(argname="argument tls_key_name", value=tls_key_name, expected_type=type_hints["tls_key_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "tls_cert_name": tls_cert_name,
            "tls_key_name": tls_key_name,
        }

    @builtins.property
    def tls_cert_name(self) -> builtins.str:
        '''Select an existing BIG-IP SSL certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_cert_name FastHttpsApp#tls_cert_name}
        '''
        result = self._values.get("tls_cert_name")
        assert result is not None, "Required property 'tls_cert_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tls_key_name(self) -> builtins.str:
        '''Select an existing BIG-IP SSL key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_key_name FastHttpsApp#tls_key_name}
        '''
        result = self._values.get("tls_key_name")
        assert result is not None, "Required property 'tls_key_name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpsAppTlsClientProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastHttpsAppTlsClientProfileOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpsApp.FastHttpsAppTlsClientProfileOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__58aec0a206267863f25a1ef57fe8b9ad19869e04ad565cdd99ba1b1aefd60380)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="tlsCertNameInput")
    def tls_cert_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tlsCertNameInput"))

    @builtins.property
    @jsii.member(jsii_name="tlsKeyNameInput")
    def tls_key_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tlsKeyNameInput"))

    @builtins.property
    @jsii.member(jsii_name="tlsCertName")
    def tls_cert_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tlsCertName"))

    @tls_cert_name.setter
    def tls_cert_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__edd6d7db94503804e2b00b72100f7b160ad44f2ad7cdef46cc66496f8d523c7e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tlsCertName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tlsKeyName")
    def tls_key_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tlsKeyName"))

    @tls_key_name.setter
    def tls_key_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7161222a3e0a1f0574032ca7c4c0840d3174188670df91ece382856a7477a2a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tlsKeyName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastHttpsAppTlsClientProfile]:
        return typing.cast(typing.Optional[FastHttpsAppTlsClientProfile], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[FastHttpsAppTlsClientProfile],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c97fef97842a19a6e62780dac537f2a7f6947cdd8a835130fe0b8df37c211eee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastHttpsApp.FastHttpsAppTlsServerProfile",
    jsii_struct_bases=[],
    name_mapping={"tls_cert_name": "tlsCertName", "tls_key_name": "tlsKeyName"},
)
class FastHttpsAppTlsServerProfile:
    def __init__(
        self,
        *,
        tls_cert_name: builtins.str,
        tls_key_name: builtins.str,
    ) -> None:
        '''
        :param tls_cert_name: Select an existing BIG-IP SSL certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_cert_name FastHttpsApp#tls_cert_name}
        :param tls_key_name: Select an existing BIG-IP SSL key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_key_name FastHttpsApp#tls_key_name}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ba8d4c7a93910e4bf4416b15f921200a8f72eb64162a2a821cf33fbc7bd5b7ea)
            check_type(argname="argument tls_cert_name", value=tls_cert_name, expected_type=type_hints["tls_cert_name"])
            check_type(argname="argument tls_key_name", value=tls_key_name, expected_type=type_hints["tls_key_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "tls_cert_name": tls_cert_name,
            "tls_key_name": tls_key_name,
        }

    @builtins.property
    def tls_cert_name(self) -> builtins.str:
        '''Select an existing BIG-IP SSL certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_cert_name FastHttpsApp#tls_cert_name}
        '''
        result = self._values.get("tls_cert_name")
        assert result is not None, "Required property 'tls_cert_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tls_key_name(self) -> builtins.str:
        '''Select an existing BIG-IP SSL key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#tls_key_name FastHttpsApp#tls_key_name}
        '''
        result = self._values.get("tls_key_name")
        assert result is not None, "Required property 'tls_key_name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpsAppTlsServerProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastHttpsAppTlsServerProfileOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpsApp.FastHttpsAppTlsServerProfileOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f0f0d2897ba323a4ef2481d11edce2b8a66b6b3d99b3c4f605d09916ccfdde1b)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="tlsCertNameInput")
    def tls_cert_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tlsCertNameInput"))

    @builtins.property
    @jsii.member(jsii_name="tlsKeyNameInput")
    def tls_key_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tlsKeyNameInput"))

    @builtins.property
    @jsii.member(jsii_name="tlsCertName")
    def tls_cert_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tlsCertName"))

    @tls_cert_name.setter
    def tls_cert_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fcb1e043b4eaae523bef61728344312c44d2501f6c4861b0be6ab30b5d4ea261)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tlsCertName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tlsKeyName")
    def tls_key_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tlsKeyName"))

    @tls_key_name.setter
    def tls_key_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__384ac89ed5d8d61d352d10adc1e85714bffb0813b8215f47cf95e7c3d89451d8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tlsKeyName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastHttpsAppTlsServerProfile]:
        return typing.cast(typing.Optional[FastHttpsAppTlsServerProfile], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[FastHttpsAppTlsServerProfile],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3212f5bd10a614f6a8a403ac411502055e98ae49f39fffcc16dbdd38175ff2fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastHttpsApp.FastHttpsAppVirtualServer",
    jsii_struct_bases=[],
    name_mapping={"ip": "ip", "port": "port"},
)
class FastHttpsAppVirtualServer:
    def __init__(self, *, ip: builtins.str, port: jsii.Number) -> None:
        '''
        :param ip: foo. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#ip FastHttpsApp#ip}
        :param port: foo. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#port FastHttpsApp#port}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b0eca27dc2df8927caa17cda263184b0e159c31b81469b78e39a69f8aba35ec4)
            check_type(argname="argument ip", value=ip, expected_type=type_hints["ip"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "ip": ip,
            "port": port,
        }

    @builtins.property
    def ip(self) -> builtins.str:
        '''foo.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#ip FastHttpsApp#ip}
        '''
        result = self._values.get("ip")
        assert result is not None, "Required property 'ip' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> jsii.Number:
        '''foo.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#port FastHttpsApp#port}
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpsAppVirtualServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastHttpsAppVirtualServerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpsApp.FastHttpsAppVirtualServerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__801fc202a10e1f771968a711f4104f8f4112a421b59054426c18dc2287d356a4)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b59dca13f3974bcc11f5b9a505af6e5297da01ea0a0cac91ab56cf9c3fca9a97)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7afecde22781c987ce7551bf0f761f3ab4e1723d1b103147c00342909ee2e6c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastHttpsAppVirtualServer]:
        return typing.cast(typing.Optional[FastHttpsAppVirtualServer], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[FastHttpsAppVirtualServer]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__717b398f52865d4b8a27186e52ef6f43c9894dda0f789ff6cb9abeb424ff8a42)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.fastHttpsApp.FastHttpsAppWafSecurityPolicy",
    jsii_struct_bases=[],
    name_mapping={"enable": "enable"},
)
class FastHttpsAppWafSecurityPolicy:
    def __init__(
        self,
        *,
        enable: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        '''
        :param enable: Enables Fast to WAF security policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#enable FastHttpsApp#enable}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c34c43d4a8b1c3668edb45b63b93542321439c51974867494e5935e170ef906)
            check_type(argname="argument enable", value=enable, expected_type=type_hints["enable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enable": enable,
        }

    @builtins.property
    def enable(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        '''Enables Fast to WAF security policy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/fast_https_app#enable FastHttpsApp#enable}
        '''
        result = self._values.get("enable")
        assert result is not None, "Required property 'enable' is missing"
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FastHttpsAppWafSecurityPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FastHttpsAppWafSecurityPolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.fastHttpsApp.FastHttpsAppWafSecurityPolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__4689187b4cecb48066cfc8325631d9bc1c9f63b5d589f3f6c2bc727745b433db)
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
            type_hints = typing.get_type_hints(_typecheckingstub__1857baff321e97d4d75d025044ed8cf9ad85d429bf0d415aef6e6723d2a69d5d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FastHttpsAppWafSecurityPolicy]:
        return typing.cast(typing.Optional[FastHttpsAppWafSecurityPolicy], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[FastHttpsAppWafSecurityPolicy],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99be0e4c3bfbd18d4193286433b39c59cb50e7289dc2ef54456bf8b5979a1a07)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "FastHttpsApp",
    "FastHttpsAppConfig",
    "FastHttpsAppMonitor",
    "FastHttpsAppMonitorOutputReference",
    "FastHttpsAppPoolMembers",
    "FastHttpsAppPoolMembersList",
    "FastHttpsAppPoolMembersOutputReference",
    "FastHttpsAppTlsClientProfile",
    "FastHttpsAppTlsClientProfileOutputReference",
    "FastHttpsAppTlsServerProfile",
    "FastHttpsAppTlsServerProfileOutputReference",
    "FastHttpsAppVirtualServer",
    "FastHttpsAppVirtualServerOutputReference",
    "FastHttpsAppWafSecurityPolicy",
    "FastHttpsAppWafSecurityPolicyOutputReference",
]

publication.publish()

def _typecheckingstub__e79aa32bfff2e3b75cae188e763a58b53fe4c645d66724e9d8b37e594b68200c(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    application: builtins.str,
    tenant: builtins.str,
    endpoint_ltm_policy: typing.Optional[typing.Sequence[builtins.str]] = None,
    existing_monitor: typing.Optional[builtins.str] = None,
    existing_pool: typing.Optional[builtins.str] = None,
    existing_snat_pool: typing.Optional[builtins.str] = None,
    existing_tls_client_profile: typing.Optional[builtins.str] = None,
    existing_tls_server_profile: typing.Optional[builtins.str] = None,
    existing_waf_security_policy: typing.Optional[builtins.str] = None,
    fallback_persistence: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[typing.Union[FastHttpsAppMonitor, typing.Dict[builtins.str, typing.Any]]] = None,
    persistence_profile: typing.Optional[builtins.str] = None,
    persistence_type: typing.Optional[builtins.str] = None,
    pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastHttpsAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]]] = None,
    security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    service_discovery: typing.Optional[typing.Sequence[builtins.str]] = None,
    slow_ramp_time: typing.Optional[jsii.Number] = None,
    snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
    tls_client_profile: typing.Optional[typing.Union[FastHttpsAppTlsClientProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    tls_server_profile: typing.Optional[typing.Union[FastHttpsAppTlsServerProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    virtual_server: typing.Optional[typing.Union[FastHttpsAppVirtualServer, typing.Dict[builtins.str, typing.Any]]] = None,
    waf_security_policy: typing.Optional[typing.Union[FastHttpsAppWafSecurityPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
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

def _typecheckingstub__4fbff33fcbc0ff6f39702ef242797381bd221be2f757439ec92d332f7a813a05(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6007657053cf6ec711c2157e1e1164884464c5efe491b9620628c53a33e928e5(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastHttpsAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42723c505d29728f1645aefa027f3c5b0aa1f4670f29799429d40a0ebb73e0cc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e77fe184b71d3b66198b9cc18b91280d3d00725dcc76c790c84129f844273b8b(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9fc9003888fba04f006806d55b254ae3ed9e6c3f68b6500dfcff802c82021bd3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30557edc72ed83723f73360e604cf8de24d099b04dc4a2a2916d5a291d84e128(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__488d98e4e5236d706399142a55b10ba15cbc373d2bac9b77a102af8294b836e3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6789e181a1e75e5e534343f9f6587700baf0dfce640c8ba405230946861e5531(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bc72421b8668e209f5426dfd3fef3b3b0d50a850194c72f3bf39b6f10097d0b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9eb503ca40945a094afdc5bab7bb7a03a459523c25f12b7df99baa42bfd49ff2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b16e5e95d5a2b7e8d7a9cc00ef8fc721f0ea71029db90f6773b944c0cafd25b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6470fee295c14f47e18f3df82d2182cca0a9f2f9534d7661bb651c0a225ee844(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__091d0c7ed5ccda215c32f8cbe30fc27bb3d4a176b75021763cd2b19e6b26c2cb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ed5e304fbcc54de38cd1f80e9792c4e1cce803b6272cf02c3d1f193e49d098f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ae4c164191208e1ddca8474b1e3f350e8c81a5b0c22b80d61204f42ae81d2d9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd38588c66a4c06e64d625e8de3b6ad7a8a8556458d5ab0627965cd95825f2c2(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__207233fa48cd5ba08c90f54262ce703f94be2b0113e9701d3a4cb6d462e8c68e(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfa6cb3eada399fe3252277aeafef6f856e5d0eb715dda7740aebdfe13948ce2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b23c2c20962c17ad120f26cdfb317d82e24eba39c10ba2f972e61710a1a310e5(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7687d530390d8a8194d2af071488a68457610468ced3a8ce8c113d1c1b1b28a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7efb3fc992dc957aac840406eacf45c655fcc3a54cde296a2b47da626d5176d8(
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
    existing_tls_client_profile: typing.Optional[builtins.str] = None,
    existing_tls_server_profile: typing.Optional[builtins.str] = None,
    existing_waf_security_policy: typing.Optional[builtins.str] = None,
    fallback_persistence: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[typing.Union[FastHttpsAppMonitor, typing.Dict[builtins.str, typing.Any]]] = None,
    persistence_profile: typing.Optional[builtins.str] = None,
    persistence_type: typing.Optional[builtins.str] = None,
    pool_members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FastHttpsAppPoolMembers, typing.Dict[builtins.str, typing.Any]]]]] = None,
    security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    service_discovery: typing.Optional[typing.Sequence[builtins.str]] = None,
    slow_ramp_time: typing.Optional[jsii.Number] = None,
    snat_pool_address: typing.Optional[typing.Sequence[builtins.str]] = None,
    tls_client_profile: typing.Optional[typing.Union[FastHttpsAppTlsClientProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    tls_server_profile: typing.Optional[typing.Union[FastHttpsAppTlsServerProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    virtual_server: typing.Optional[typing.Union[FastHttpsAppVirtualServer, typing.Dict[builtins.str, typing.Any]]] = None,
    waf_security_policy: typing.Optional[typing.Union[FastHttpsAppWafSecurityPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1310e3534794ad9485ec8f3bee1b9bf3349dd613fcf8e6d62b963ac82dcb48ea(
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

def _typecheckingstub__9e233196c3aeda2cb3e54882f0afa3b91a5a7c42e96756a82ac23a41fe7c0d03(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d8bff83e44de92a9ef40371bba5b60269ea2ca7cfffecf6dfac351cdd7a58ea(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b69efbbdd3e70130752f6b3c97b334c750c97586e6cd48ba33605d9d80c5d626(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2617e66e0387be383b2dadbd1c9bd066e7583d0df28b31c9d3ec5e332fb83b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40ed8c8ff23ab0febd8bb7a08d5dbec5a4b9d7bb0f5eca961156e3eb5b2d90b4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99be3ff76068ba68205fc840c46449c767d263a708e4be378c025875eb9e2b8b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bb3eaee25570dfb3906015ca7856369fbc75c3782659e562b2a80a5ba4450cd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36ddefe33c1a0bc38ae6944b4e652d45e0c6f0974caad99e900a5019c9393fa0(
    value: typing.Optional[FastHttpsAppMonitor],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8747d193f90da3bb49e82fbb5332699988f840b50b08602cdfb1d6757518e35(
    *,
    addresses: typing.Sequence[builtins.str],
    connection_limit: typing.Optional[jsii.Number] = None,
    port: typing.Optional[jsii.Number] = None,
    priority_group: typing.Optional[jsii.Number] = None,
    share_nodes: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d916b59322665b0b2484b69431780a4f4a01bad75e0bda34807e6288da852be6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__248920bca9182278d1ccb3b42f12381f7f757371deb44c5e57f2b03bd55f5624(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c03051423f236c28db0c23393d78e32766e70ada0edaa827ed74b1e4df474f8a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44ba11887b1aa115818f9862b512732af067e929f9105b81f8f1ed4f428720b8(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20349c4cc66d49801ac7984e6273bc94b88d609eaa89d367a8caf25aa81f329c(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31d9a4fbe8243e481f43483a1b6b7e4fe50cae53fcb3ed13ced8648166078e02(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FastHttpsAppPoolMembers]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__476909abea5162ff7dbb30723e379b6a8f11e70260cc3c7840dd60f4a110f93e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04443484937aa8384803082277bd22d64c3209b1f6ba7991a5ca4e85291f12bc(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17dadfa2ad1838387b960b18ba863494db01b1dd9ee581ac0642bb9ebc190e09(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d7c93ace5cfd5951f61437d2937401903789d96b8d04eaa512729f1a9c56911(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19d202f373d747b35cf01fb4f703813c81d8be19e95524b14a28a86298f52022(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__acb6f71a54ee010d1c4e6e3cd53fad8ecd3715009260c674870dc851191c1e3e(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a27c800ed91b0382710ffdbeace0061f69cbeb1009ee27c114cd48f3e11c7d6(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FastHttpsAppPoolMembers]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a184551138ec1c0795f756fad99609a97fd152edb24cb2e4bd62bf63c42fb5f(
    *,
    tls_cert_name: builtins.str,
    tls_key_name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58aec0a206267863f25a1ef57fe8b9ad19869e04ad565cdd99ba1b1aefd60380(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edd6d7db94503804e2b00b72100f7b160ad44f2ad7cdef46cc66496f8d523c7e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7161222a3e0a1f0574032ca7c4c0840d3174188670df91ece382856a7477a2a0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c97fef97842a19a6e62780dac537f2a7f6947cdd8a835130fe0b8df37c211eee(
    value: typing.Optional[FastHttpsAppTlsClientProfile],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba8d4c7a93910e4bf4416b15f921200a8f72eb64162a2a821cf33fbc7bd5b7ea(
    *,
    tls_cert_name: builtins.str,
    tls_key_name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0f0d2897ba323a4ef2481d11edce2b8a66b6b3d99b3c4f605d09916ccfdde1b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fcb1e043b4eaae523bef61728344312c44d2501f6c4861b0be6ab30b5d4ea261(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__384ac89ed5d8d61d352d10adc1e85714bffb0813b8215f47cf95e7c3d89451d8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3212f5bd10a614f6a8a403ac411502055e98ae49f39fffcc16dbdd38175ff2fe(
    value: typing.Optional[FastHttpsAppTlsServerProfile],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0eca27dc2df8927caa17cda263184b0e159c31b81469b78e39a69f8aba35ec4(
    *,
    ip: builtins.str,
    port: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__801fc202a10e1f771968a711f4104f8f4112a421b59054426c18dc2287d356a4(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b59dca13f3974bcc11f5b9a505af6e5297da01ea0a0cac91ab56cf9c3fca9a97(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7afecde22781c987ce7551bf0f761f3ab4e1723d1b103147c00342909ee2e6c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__717b398f52865d4b8a27186e52ef6f43c9894dda0f789ff6cb9abeb424ff8a42(
    value: typing.Optional[FastHttpsAppVirtualServer],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c34c43d4a8b1c3668edb45b63b93542321439c51974867494e5935e170ef906(
    *,
    enable: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4689187b4cecb48066cfc8325631d9bc1c9f63b5d589f3f6c2bc727745b433db(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1857baff321e97d4d75d025044ed8cf9ad85d429bf0d415aef6e6723d2a69d5d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99be0e4c3bfbd18d4193286433b39c59cb50e7289dc2ef54456bf8b5979a1a07(
    value: typing.Optional[FastHttpsAppWafSecurityPolicy],
) -> None:
    """Type checking stubs"""
    pass
