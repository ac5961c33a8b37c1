r'''
# `bigip_ltm_virtual_server`

Refer to the Terraform Registry for docs: [`bigip_ltm_virtual_server`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server).
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


class LtmVirtualServer(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmVirtualServer.LtmVirtualServer",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server bigip_ltm_virtual_server}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        client_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        connection_limit: typing.Optional[jsii.Number] = None,
        default_persistence_profile: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        destination: typing.Optional[builtins.str] = None,
        fallback_persistence_profile: typing.Optional[builtins.str] = None,
        firewall_enforced_policy: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        ip_protocol: typing.Optional[builtins.str] = None,
        irules: typing.Optional[typing.Sequence[builtins.str]] = None,
        mask: typing.Optional[builtins.str] = None,
        per_flow_request_access_policy: typing.Optional[builtins.str] = None,
        persistence_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        policies: typing.Optional[typing.Sequence[builtins.str]] = None,
        pool: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        server_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        snatpool: typing.Optional[builtins.str] = None,
        source: typing.Optional[builtins.str] = None,
        source_address_translation: typing.Optional[builtins.str] = None,
        source_port: typing.Optional[builtins.str] = None,
        state: typing.Optional[builtins.str] = None,
        trafficmatching_criteria: typing.Optional[builtins.str] = None,
        translate_address: typing.Optional[builtins.str] = None,
        translate_port: typing.Optional[builtins.str] = None,
        vlans: typing.Optional[typing.Sequence[builtins.str]] = None,
        vlans_enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server bigip_ltm_virtual_server} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#name LtmVirtualServer#name}
        :param client_profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#client_profiles LtmVirtualServer#client_profiles}.
        :param connection_limit: Specifies the maximum number of connections allowed for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#connection_limit LtmVirtualServer#connection_limit}
        :param default_persistence_profile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#default_persistence_profile LtmVirtualServer#default_persistence_profile}.
        :param description: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#description LtmVirtualServer#description}.
        :param destination: Specifies destination IP address information to which the virtual server sends traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#destination LtmVirtualServer#destination}
        :param fallback_persistence_profile: Fallback persistence profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#fallback_persistence_profile LtmVirtualServer#fallback_persistence_profile}
        :param firewall_enforced_policy: Applies the specified AFM policy to the virtual in an enforcing way,when creating a new virtual, if this parameter is not specified, the enforced is disabled.this should be in full path ex: ``/Common/afm-test-policy``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#firewall_enforced_policy LtmVirtualServer#firewall_enforced_policy}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#id LtmVirtualServer#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ip_protocol: Specifies a network protocol name you want the system to use to direct traffic on this virtual server. The default is TCP. The Protocol setting is not available when you select Performance (HTTP) as the Type. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#ip_protocol LtmVirtualServer#ip_protocol}
        :param irules: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#irules LtmVirtualServer#irules}.
        :param mask: subnet mask. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#mask LtmVirtualServer#mask}
        :param per_flow_request_access_policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#per_flow_request_access_policy LtmVirtualServer#per_flow_request_access_policy}.
        :param persistence_profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#persistence_profiles LtmVirtualServer#persistence_profiles}.
        :param policies: Specifies the policies for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#policies LtmVirtualServer#policies}
        :param pool: Default pool for this virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#pool LtmVirtualServer#pool}
        :param port: Listen port for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#port LtmVirtualServer#port}
        :param profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#profiles LtmVirtualServer#profiles}.
        :param security_log_profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#security_log_profiles LtmVirtualServer#security_log_profiles}.
        :param server_profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#server_profiles LtmVirtualServer#server_profiles}.
        :param snatpool: Name of the snatpool to use. Requires source_address_translation to be set to 'snat'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#snatpool LtmVirtualServer#snatpool}
        :param source: Source IP and mask for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#source LtmVirtualServer#source}
        :param source_address_translation: none, automap, snat. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#source_address_translation LtmVirtualServer#source_address_translation}
        :param source_port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#source_port LtmVirtualServer#source_port}.
        :param state: Specifies whether the virtual server and its resources are available for load balancing. The default is Enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#state LtmVirtualServer#state}
        :param trafficmatching_criteria: Specifies destination traffic matching information to which the virtual server sends traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#trafficmatching_criteria LtmVirtualServer#trafficmatching_criteria}
        :param translate_address: Specifies, when checked (enabled), that the system translates the address of the virtual server. When cleared (disabled), specifies that the system uses the address without translation. This option is useful when the system is load balancing devices that have the same IP address. The default is enabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#translate_address LtmVirtualServer#translate_address}
        :param translate_port: Specifies, when checked (enabled), that the system translates the port of the virtual server. When cleared (disabled), specifies that the system uses the port without translation. Turning off port translation for a virtual server is useful if you want to use the virtual server to load balance connections to any service. The default is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#translate_port LtmVirtualServer#translate_port}
        :param vlans: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#vlans LtmVirtualServer#vlans}.
        :param vlans_enabled: Enables the virtual server on the VLANs specified by the VLANs option. By default it is set to false. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#vlans_enabled LtmVirtualServer#vlans_enabled}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__70c3b0657b879caba3102b14e63cac56eb2c597e586a525e9d830a3dce3facda)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmVirtualServerConfig(
            name=name,
            client_profiles=client_profiles,
            connection_limit=connection_limit,
            default_persistence_profile=default_persistence_profile,
            description=description,
            destination=destination,
            fallback_persistence_profile=fallback_persistence_profile,
            firewall_enforced_policy=firewall_enforced_policy,
            id=id,
            ip_protocol=ip_protocol,
            irules=irules,
            mask=mask,
            per_flow_request_access_policy=per_flow_request_access_policy,
            persistence_profiles=persistence_profiles,
            policies=policies,
            pool=pool,
            port=port,
            profiles=profiles,
            security_log_profiles=security_log_profiles,
            server_profiles=server_profiles,
            snatpool=snatpool,
            source=source,
            source_address_translation=source_address_translation,
            source_port=source_port,
            state=state,
            trafficmatching_criteria=trafficmatching_criteria,
            translate_address=translate_address,
            translate_port=translate_port,
            vlans=vlans,
            vlans_enabled=vlans_enabled,
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
        '''Generates CDKTF code for importing a LtmVirtualServer resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmVirtualServer to import.
        :param import_from_id: The id of the existing LtmVirtualServer that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmVirtualServer to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f752cdc1d0705ce434c061f06f11fd4fcad6d2bdbc61f0d3b4e2415374907967)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetClientProfiles")
    def reset_client_profiles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientProfiles", []))

    @jsii.member(jsii_name="resetConnectionLimit")
    def reset_connection_limit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionLimit", []))

    @jsii.member(jsii_name="resetDefaultPersistenceProfile")
    def reset_default_persistence_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultPersistenceProfile", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetDestination")
    def reset_destination(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDestination", []))

    @jsii.member(jsii_name="resetFallbackPersistenceProfile")
    def reset_fallback_persistence_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFallbackPersistenceProfile", []))

    @jsii.member(jsii_name="resetFirewallEnforcedPolicy")
    def reset_firewall_enforced_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFirewallEnforcedPolicy", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIpProtocol")
    def reset_ip_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpProtocol", []))

    @jsii.member(jsii_name="resetIrules")
    def reset_irules(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIrules", []))

    @jsii.member(jsii_name="resetMask")
    def reset_mask(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMask", []))

    @jsii.member(jsii_name="resetPerFlowRequestAccessPolicy")
    def reset_per_flow_request_access_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPerFlowRequestAccessPolicy", []))

    @jsii.member(jsii_name="resetPersistenceProfiles")
    def reset_persistence_profiles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPersistenceProfiles", []))

    @jsii.member(jsii_name="resetPolicies")
    def reset_policies(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPolicies", []))

    @jsii.member(jsii_name="resetPool")
    def reset_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPool", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @jsii.member(jsii_name="resetProfiles")
    def reset_profiles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProfiles", []))

    @jsii.member(jsii_name="resetSecurityLogProfiles")
    def reset_security_log_profiles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityLogProfiles", []))

    @jsii.member(jsii_name="resetServerProfiles")
    def reset_server_profiles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServerProfiles", []))

    @jsii.member(jsii_name="resetSnatpool")
    def reset_snatpool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSnatpool", []))

    @jsii.member(jsii_name="resetSource")
    def reset_source(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSource", []))

    @jsii.member(jsii_name="resetSourceAddressTranslation")
    def reset_source_address_translation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSourceAddressTranslation", []))

    @jsii.member(jsii_name="resetSourcePort")
    def reset_source_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSourcePort", []))

    @jsii.member(jsii_name="resetState")
    def reset_state(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetState", []))

    @jsii.member(jsii_name="resetTrafficmatchingCriteria")
    def reset_trafficmatching_criteria(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTrafficmatchingCriteria", []))

    @jsii.member(jsii_name="resetTranslateAddress")
    def reset_translate_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTranslateAddress", []))

    @jsii.member(jsii_name="resetTranslatePort")
    def reset_translate_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTranslatePort", []))

    @jsii.member(jsii_name="resetVlans")
    def reset_vlans(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVlans", []))

    @jsii.member(jsii_name="resetVlansEnabled")
    def reset_vlans_enabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVlansEnabled", []))

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
    @jsii.member(jsii_name="clientProfilesInput")
    def client_profiles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "clientProfilesInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionLimitInput")
    def connection_limit_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connectionLimitInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultPersistenceProfileInput")
    def default_persistence_profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultPersistenceProfileInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="destinationInput")
    def destination_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "destinationInput"))

    @builtins.property
    @jsii.member(jsii_name="fallbackPersistenceProfileInput")
    def fallback_persistence_profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fallbackPersistenceProfileInput"))

    @builtins.property
    @jsii.member(jsii_name="firewallEnforcedPolicyInput")
    def firewall_enforced_policy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "firewallEnforcedPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="ipProtocolInput")
    def ip_protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipProtocolInput"))

    @builtins.property
    @jsii.member(jsii_name="irulesInput")
    def irules_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "irulesInput"))

    @builtins.property
    @jsii.member(jsii_name="maskInput")
    def mask_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "maskInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="perFlowRequestAccessPolicyInput")
    def per_flow_request_access_policy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "perFlowRequestAccessPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="persistenceProfilesInput")
    def persistence_profiles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "persistenceProfilesInput"))

    @builtins.property
    @jsii.member(jsii_name="policiesInput")
    def policies_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "policiesInput"))

    @builtins.property
    @jsii.member(jsii_name="poolInput")
    def pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "poolInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="profilesInput")
    def profiles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "profilesInput"))

    @builtins.property
    @jsii.member(jsii_name="securityLogProfilesInput")
    def security_log_profiles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "securityLogProfilesInput"))

    @builtins.property
    @jsii.member(jsii_name="serverProfilesInput")
    def server_profiles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "serverProfilesInput"))

    @builtins.property
    @jsii.member(jsii_name="snatpoolInput")
    def snatpool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "snatpoolInput"))

    @builtins.property
    @jsii.member(jsii_name="sourceAddressTranslationInput")
    def source_address_translation_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sourceAddressTranslationInput"))

    @builtins.property
    @jsii.member(jsii_name="sourceInput")
    def source_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sourceInput"))

    @builtins.property
    @jsii.member(jsii_name="sourcePortInput")
    def source_port_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sourcePortInput"))

    @builtins.property
    @jsii.member(jsii_name="stateInput")
    def state_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "stateInput"))

    @builtins.property
    @jsii.member(jsii_name="trafficmatchingCriteriaInput")
    def trafficmatching_criteria_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "trafficmatchingCriteriaInput"))

    @builtins.property
    @jsii.member(jsii_name="translateAddressInput")
    def translate_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "translateAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="translatePortInput")
    def translate_port_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "translatePortInput"))

    @builtins.property
    @jsii.member(jsii_name="vlansEnabledInput")
    def vlans_enabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "vlansEnabledInput"))

    @builtins.property
    @jsii.member(jsii_name="vlansInput")
    def vlans_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "vlansInput"))

    @builtins.property
    @jsii.member(jsii_name="clientProfiles")
    def client_profiles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "clientProfiles"))

    @client_profiles.setter
    def client_profiles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9bae711b7f02d1fba6bad205412db0ea0605e89459c6264a3243762458e5761e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientProfiles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionLimit")
    def connection_limit(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionLimit"))

    @connection_limit.setter
    def connection_limit(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d83cdd666ce39b29e2da0a3e6575061e810a800fb4b0b6588faccb8c81f52339)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultPersistenceProfile")
    def default_persistence_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultPersistenceProfile"))

    @default_persistence_profile.setter
    def default_persistence_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c2ce4ea99d950c93877a8ec6df0829eda893d33dc31b7839af7de066ec49ba9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultPersistenceProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__78feaa51b9c15c66a5542e2746795f2babc9ce675d0a85918eda6019abc633a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="destination")
    def destination(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "destination"))

    @destination.setter
    def destination(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8af26352ccd195bb6848d0d7a19d824f74aa6fb3b7079189c45873be2e429b19)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destination", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fallbackPersistenceProfile")
    def fallback_persistence_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fallbackPersistenceProfile"))

    @fallback_persistence_profile.setter
    def fallback_persistence_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d8886d150d2dc49d32876991adad75698509c092c738cc67eb0dda1bcf0d3d8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fallbackPersistenceProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="firewallEnforcedPolicy")
    def firewall_enforced_policy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "firewallEnforcedPolicy"))

    @firewall_enforced_policy.setter
    def firewall_enforced_policy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7bfa6c41aee416983c33e93f3709b07369c966ddf8b0f4eefc4179bc60081bba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "firewallEnforcedPolicy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b826e77906165546f6269fee020a2d3ace9ff5855fe72688b20d7ba8dd65e36f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipProtocol")
    def ip_protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipProtocol"))

    @ip_protocol.setter
    def ip_protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__761a624b207328bf7a6f72cb27f2f44ba0b5315eb84f936f8c1d3bf9d69be54f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipProtocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="irules")
    def irules(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "irules"))

    @irules.setter
    def irules(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3bb35d3a82cec2da6bc2cc89ad8438aac41479536c395a0ba5f7a36c6ecd4129)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "irules", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mask")
    def mask(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mask"))

    @mask.setter
    def mask(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0e2786789b31a2545fdcfb5ad4cbd4ef79284ec534d87e54823f1322747f5ac4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mask", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bb85d4120e947520f43ba1e260bb9811663d9049571640c090c366e15c45af45)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="perFlowRequestAccessPolicy")
    def per_flow_request_access_policy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "perFlowRequestAccessPolicy"))

    @per_flow_request_access_policy.setter
    def per_flow_request_access_policy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5258b1454d642e6fc30cc82e477c39e5d91ebca1790a85a6454e055f8452ff8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "perFlowRequestAccessPolicy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistenceProfiles")
    def persistence_profiles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "persistenceProfiles"))

    @persistence_profiles.setter
    def persistence_profiles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eee0b8fb443082f8dbdf2dfaf52043dbd1017a8cef2915effcfd11ca060811a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistenceProfiles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="policies")
    def policies(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "policies"))

    @policies.setter
    def policies(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5da9a093f2bcc9d0b0f64ab82f79f142ee91156d38e795d56a9cdf5c9b5d4a10)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "policies", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pool")
    def pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "pool"))

    @pool.setter
    def pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__64846a150095a30534af1ed09de1236fa5634c402072ec56a9900387c06b4454)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3278ab5c1069734124284134a9fed42086de5620dbfbe364bb34ab4b11403e43)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="profiles")
    def profiles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "profiles"))

    @profiles.setter
    def profiles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__003e58a30d003ed36622e39c862cc32a046b7c3c5e9978e63e4b932ed9754ade)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "profiles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityLogProfiles")
    def security_log_profiles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "securityLogProfiles"))

    @security_log_profiles.setter
    def security_log_profiles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__af9df5b8de81cf10bc85dc2aa4e7b8f0042f554f9278a4e315afb6b5c5f53038)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityLogProfiles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverProfiles")
    def server_profiles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "serverProfiles"))

    @server_profiles.setter
    def server_profiles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc71362b0fad012dff871053fe50486015a541aa920ad4d148968c1bbfd48a5c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverProfiles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="snatpool")
    def snatpool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "snatpool"))

    @snatpool.setter
    def snatpool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bfda1de519fbc204e923b412f4085f8327049d883235110b3c556e05565ff656)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "snatpool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="source")
    def source(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "source"))

    @source.setter
    def source(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__57cd2cfc4c14457a778eead7b9f6411e0afd569e3e3f785d3c0c9af40bdf7c4d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "source", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sourceAddressTranslation")
    def source_address_translation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sourceAddressTranslation"))

    @source_address_translation.setter
    def source_address_translation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__752529be65f5052a9ebbf2ab1ecac3bcbad24ce71e917b7717f230838e0463b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sourceAddressTranslation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sourcePort")
    def source_port(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sourcePort"))

    @source_port.setter
    def source_port(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b11205e26299914216ddb11336124622edcb520a7811351885c9cd4ad71f9aec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sourcePort", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="state")
    def state(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "state"))

    @state.setter
    def state(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6b1d020764a271f93122036061a848d798113eac7adebf8b710af47cc72134c6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "state", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trafficmatchingCriteria")
    def trafficmatching_criteria(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "trafficmatchingCriteria"))

    @trafficmatching_criteria.setter
    def trafficmatching_criteria(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c6eda75fb8c541acb484bafbb87311c27e553ad2ece8d9bca2a8654297b1c32a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trafficmatchingCriteria", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="translateAddress")
    def translate_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "translateAddress"))

    @translate_address.setter
    def translate_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0205c5fe5b0bfa8a5e7705bca0901cdd153a7e76ef8ffe37a1a0b4f179cef065)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "translateAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="translatePort")
    def translate_port(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "translatePort"))

    @translate_port.setter
    def translate_port(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c7fd845da5716f91e20adaadfec7ad43386cbe4337338e1beb02c115a2844b24)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "translatePort", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vlans")
    def vlans(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "vlans"))

    @vlans.setter
    def vlans(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6c132f66ee418008764478e42cf365481f2937f980710f143422fc6a4826d044)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vlans", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vlansEnabled")
    def vlans_enabled(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "vlansEnabled"))

    @vlans_enabled.setter
    def vlans_enabled(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84f9fecc84845608912df1477a8519958b0156e1d90698e1468fca087fc4c1ea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vlansEnabled", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmVirtualServer.LtmVirtualServerConfig",
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
        "client_profiles": "clientProfiles",
        "connection_limit": "connectionLimit",
        "default_persistence_profile": "defaultPersistenceProfile",
        "description": "description",
        "destination": "destination",
        "fallback_persistence_profile": "fallbackPersistenceProfile",
        "firewall_enforced_policy": "firewallEnforcedPolicy",
        "id": "id",
        "ip_protocol": "ipProtocol",
        "irules": "irules",
        "mask": "mask",
        "per_flow_request_access_policy": "perFlowRequestAccessPolicy",
        "persistence_profiles": "persistenceProfiles",
        "policies": "policies",
        "pool": "pool",
        "port": "port",
        "profiles": "profiles",
        "security_log_profiles": "securityLogProfiles",
        "server_profiles": "serverProfiles",
        "snatpool": "snatpool",
        "source": "source",
        "source_address_translation": "sourceAddressTranslation",
        "source_port": "sourcePort",
        "state": "state",
        "trafficmatching_criteria": "trafficmatchingCriteria",
        "translate_address": "translateAddress",
        "translate_port": "translatePort",
        "vlans": "vlans",
        "vlans_enabled": "vlansEnabled",
    },
)
class LtmVirtualServerConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        client_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        connection_limit: typing.Optional[jsii.Number] = None,
        default_persistence_profile: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        destination: typing.Optional[builtins.str] = None,
        fallback_persistence_profile: typing.Optional[builtins.str] = None,
        firewall_enforced_policy: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        ip_protocol: typing.Optional[builtins.str] = None,
        irules: typing.Optional[typing.Sequence[builtins.str]] = None,
        mask: typing.Optional[builtins.str] = None,
        per_flow_request_access_policy: typing.Optional[builtins.str] = None,
        persistence_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        policies: typing.Optional[typing.Sequence[builtins.str]] = None,
        pool: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        server_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
        snatpool: typing.Optional[builtins.str] = None,
        source: typing.Optional[builtins.str] = None,
        source_address_translation: typing.Optional[builtins.str] = None,
        source_port: typing.Optional[builtins.str] = None,
        state: typing.Optional[builtins.str] = None,
        trafficmatching_criteria: typing.Optional[builtins.str] = None,
        translate_address: typing.Optional[builtins.str] = None,
        translate_port: typing.Optional[builtins.str] = None,
        vlans: typing.Optional[typing.Sequence[builtins.str]] = None,
        vlans_enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#name LtmVirtualServer#name}
        :param client_profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#client_profiles LtmVirtualServer#client_profiles}.
        :param connection_limit: Specifies the maximum number of connections allowed for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#connection_limit LtmVirtualServer#connection_limit}
        :param default_persistence_profile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#default_persistence_profile LtmVirtualServer#default_persistence_profile}.
        :param description: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#description LtmVirtualServer#description}.
        :param destination: Specifies destination IP address information to which the virtual server sends traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#destination LtmVirtualServer#destination}
        :param fallback_persistence_profile: Fallback persistence profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#fallback_persistence_profile LtmVirtualServer#fallback_persistence_profile}
        :param firewall_enforced_policy: Applies the specified AFM policy to the virtual in an enforcing way,when creating a new virtual, if this parameter is not specified, the enforced is disabled.this should be in full path ex: ``/Common/afm-test-policy``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#firewall_enforced_policy LtmVirtualServer#firewall_enforced_policy}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#id LtmVirtualServer#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ip_protocol: Specifies a network protocol name you want the system to use to direct traffic on this virtual server. The default is TCP. The Protocol setting is not available when you select Performance (HTTP) as the Type. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#ip_protocol LtmVirtualServer#ip_protocol}
        :param irules: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#irules LtmVirtualServer#irules}.
        :param mask: subnet mask. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#mask LtmVirtualServer#mask}
        :param per_flow_request_access_policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#per_flow_request_access_policy LtmVirtualServer#per_flow_request_access_policy}.
        :param persistence_profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#persistence_profiles LtmVirtualServer#persistence_profiles}.
        :param policies: Specifies the policies for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#policies LtmVirtualServer#policies}
        :param pool: Default pool for this virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#pool LtmVirtualServer#pool}
        :param port: Listen port for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#port LtmVirtualServer#port}
        :param profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#profiles LtmVirtualServer#profiles}.
        :param security_log_profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#security_log_profiles LtmVirtualServer#security_log_profiles}.
        :param server_profiles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#server_profiles LtmVirtualServer#server_profiles}.
        :param snatpool: Name of the snatpool to use. Requires source_address_translation to be set to 'snat'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#snatpool LtmVirtualServer#snatpool}
        :param source: Source IP and mask for the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#source LtmVirtualServer#source}
        :param source_address_translation: none, automap, snat. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#source_address_translation LtmVirtualServer#source_address_translation}
        :param source_port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#source_port LtmVirtualServer#source_port}.
        :param state: Specifies whether the virtual server and its resources are available for load balancing. The default is Enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#state LtmVirtualServer#state}
        :param trafficmatching_criteria: Specifies destination traffic matching information to which the virtual server sends traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#trafficmatching_criteria LtmVirtualServer#trafficmatching_criteria}
        :param translate_address: Specifies, when checked (enabled), that the system translates the address of the virtual server. When cleared (disabled), specifies that the system uses the address without translation. This option is useful when the system is load balancing devices that have the same IP address. The default is enabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#translate_address LtmVirtualServer#translate_address}
        :param translate_port: Specifies, when checked (enabled), that the system translates the port of the virtual server. When cleared (disabled), specifies that the system uses the port without translation. Turning off port translation for a virtual server is useful if you want to use the virtual server to load balance connections to any service. The default is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#translate_port LtmVirtualServer#translate_port}
        :param vlans: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#vlans LtmVirtualServer#vlans}.
        :param vlans_enabled: Enables the virtual server on the VLANs specified by the VLANs option. By default it is set to false. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#vlans_enabled LtmVirtualServer#vlans_enabled}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4bceda57a610238057d2c316df04f5eeea4125a76cd48e91fa47886898e3e769)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument client_profiles", value=client_profiles, expected_type=type_hints["client_profiles"])
            check_type(argname="argument connection_limit", value=connection_limit, expected_type=type_hints["connection_limit"])
            check_type(argname="argument default_persistence_profile", value=default_persistence_profile, expected_type=type_hints["default_persistence_profile"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument fallback_persistence_profile", value=fallback_persistence_profile, expected_type=type_hints["fallback_persistence_profile"])
            check_type(argname="argument firewall_enforced_policy", value=firewall_enforced_policy, expected_type=type_hints["firewall_enforced_policy"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument ip_protocol", value=ip_protocol, expected_type=type_hints["ip_protocol"])
            check_type(argname="argument irules", value=irules, expected_type=type_hints["irules"])
            check_type(argname="argument mask", value=mask, expected_type=type_hints["mask"])
            check_type(argname="argument per_flow_request_access_policy", value=per_flow_request_access_policy, expected_type=type_hints["per_flow_request_access_policy"])
            check_type(argname="argument persistence_profiles", value=persistence_profiles, expected_type=type_hints["persistence_profiles"])
            check_type(argname="argument policies", value=policies, expected_type=type_hints["policies"])
            check_type(argname="argument pool", value=pool, expected_type=type_hints["pool"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument profiles", value=profiles, expected_type=type_hints["profiles"])
            check_type(argname="argument security_log_profiles", value=security_log_profiles, expected_type=type_hints["security_log_profiles"])
            check_type(argname="argument server_profiles", value=server_profiles, expected_type=type_hints["server_profiles"])
            check_type(argname="argument snatpool", value=snatpool, expected_type=type_hints["snatpool"])
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument source_address_translation", value=source_address_translation, expected_type=type_hints["source_address_translation"])
            check_type(argname="argument source_port", value=source_port, expected_type=type_hints["source_port"])
            check_type(argname="argument state", value=state, expected_type=type_hints["state"])
            check_type(argname="argument trafficmatching_criteria", value=trafficmatching_criteria, expected_type=type_hints["trafficmatching_criteria"])
            check_type(argname="argument translate_address", value=translate_address, expected_type=type_hints["translate_address"])
            check_type(argname="argument translate_port", value=translate_port, expected_type=type_hints["translate_port"])
            check_type(argname="argument vlans", value=vlans, expected_type=type_hints["vlans"])
            check_type(argname="argument vlans_enabled", value=vlans_enabled, expected_type=type_hints["vlans_enabled"])
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
        if client_profiles is not None:
            self._values["client_profiles"] = client_profiles
        if connection_limit is not None:
            self._values["connection_limit"] = connection_limit
        if default_persistence_profile is not None:
            self._values["default_persistence_profile"] = default_persistence_profile
        if description is not None:
            self._values["description"] = description
        if destination is not None:
            self._values["destination"] = destination
        if fallback_persistence_profile is not None:
            self._values["fallback_persistence_profile"] = fallback_persistence_profile
        if firewall_enforced_policy is not None:
            self._values["firewall_enforced_policy"] = firewall_enforced_policy
        if id is not None:
            self._values["id"] = id
        if ip_protocol is not None:
            self._values["ip_protocol"] = ip_protocol
        if irules is not None:
            self._values["irules"] = irules
        if mask is not None:
            self._values["mask"] = mask
        if per_flow_request_access_policy is not None:
            self._values["per_flow_request_access_policy"] = per_flow_request_access_policy
        if persistence_profiles is not None:
            self._values["persistence_profiles"] = persistence_profiles
        if policies is not None:
            self._values["policies"] = policies
        if pool is not None:
            self._values["pool"] = pool
        if port is not None:
            self._values["port"] = port
        if profiles is not None:
            self._values["profiles"] = profiles
        if security_log_profiles is not None:
            self._values["security_log_profiles"] = security_log_profiles
        if server_profiles is not None:
            self._values["server_profiles"] = server_profiles
        if snatpool is not None:
            self._values["snatpool"] = snatpool
        if source is not None:
            self._values["source"] = source
        if source_address_translation is not None:
            self._values["source_address_translation"] = source_address_translation
        if source_port is not None:
            self._values["source_port"] = source_port
        if state is not None:
            self._values["state"] = state
        if trafficmatching_criteria is not None:
            self._values["trafficmatching_criteria"] = trafficmatching_criteria
        if translate_address is not None:
            self._values["translate_address"] = translate_address
        if translate_port is not None:
            self._values["translate_port"] = translate_port
        if vlans is not None:
            self._values["vlans"] = vlans
        if vlans_enabled is not None:
            self._values["vlans_enabled"] = vlans_enabled

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
        '''Name of the virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#name LtmVirtualServer#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def client_profiles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#client_profiles LtmVirtualServer#client_profiles}.'''
        result = self._values.get("client_profiles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def connection_limit(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum number of connections allowed for the virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#connection_limit LtmVirtualServer#connection_limit}
        '''
        result = self._values.get("connection_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def default_persistence_profile(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#default_persistence_profile LtmVirtualServer#default_persistence_profile}.'''
        result = self._values.get("default_persistence_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#description LtmVirtualServer#description}.'''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destination(self) -> typing.Optional[builtins.str]:
        '''Specifies destination IP address information to which the virtual server sends traffic.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#destination LtmVirtualServer#destination}
        '''
        result = self._values.get("destination")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fallback_persistence_profile(self) -> typing.Optional[builtins.str]:
        '''Fallback persistence profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#fallback_persistence_profile LtmVirtualServer#fallback_persistence_profile}
        '''
        result = self._values.get("fallback_persistence_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def firewall_enforced_policy(self) -> typing.Optional[builtins.str]:
        '''Applies the specified AFM policy to the virtual in an enforcing way,when creating a new virtual, if this parameter is not specified, the enforced is disabled.this should be in full path ex: ``/Common/afm-test-policy``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#firewall_enforced_policy LtmVirtualServer#firewall_enforced_policy}
        '''
        result = self._values.get("firewall_enforced_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#id LtmVirtualServer#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ip_protocol(self) -> typing.Optional[builtins.str]:
        '''Specifies a network protocol name you want the system to use to direct traffic on this virtual server.

        The default is TCP. The Protocol setting is not available when you select Performance (HTTP) as the Type.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#ip_protocol LtmVirtualServer#ip_protocol}
        '''
        result = self._values.get("ip_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def irules(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#irules LtmVirtualServer#irules}.'''
        result = self._values.get("irules")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mask(self) -> typing.Optional[builtins.str]:
        '''subnet mask.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#mask LtmVirtualServer#mask}
        '''
        result = self._values.get("mask")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def per_flow_request_access_policy(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#per_flow_request_access_policy LtmVirtualServer#per_flow_request_access_policy}.'''
        result = self._values.get("per_flow_request_access_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def persistence_profiles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#persistence_profiles LtmVirtualServer#persistence_profiles}.'''
        result = self._values.get("persistence_profiles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def policies(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies the policies for the virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#policies LtmVirtualServer#policies}
        '''
        result = self._values.get("policies")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def pool(self) -> typing.Optional[builtins.str]:
        '''Default pool for this virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#pool LtmVirtualServer#pool}
        '''
        result = self._values.get("pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Listen port for the virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#port LtmVirtualServer#port}
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def profiles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#profiles LtmVirtualServer#profiles}.'''
        result = self._values.get("profiles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def security_log_profiles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#security_log_profiles LtmVirtualServer#security_log_profiles}.'''
        result = self._values.get("security_log_profiles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def server_profiles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#server_profiles LtmVirtualServer#server_profiles}.'''
        result = self._values.get("server_profiles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def snatpool(self) -> typing.Optional[builtins.str]:
        '''Name of the snatpool to use. Requires source_address_translation to be set to 'snat'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#snatpool LtmVirtualServer#snatpool}
        '''
        result = self._values.get("snatpool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source(self) -> typing.Optional[builtins.str]:
        '''Source IP and mask for the virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#source LtmVirtualServer#source}
        '''
        result = self._values.get("source")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_address_translation(self) -> typing.Optional[builtins.str]:
        '''none, automap, snat.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#source_address_translation LtmVirtualServer#source_address_translation}
        '''
        result = self._values.get("source_address_translation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_port(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#source_port LtmVirtualServer#source_port}.'''
        result = self._values.get("source_port")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def state(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the virtual server and its resources are available for load balancing. The default is Enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#state LtmVirtualServer#state}
        '''
        result = self._values.get("state")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def trafficmatching_criteria(self) -> typing.Optional[builtins.str]:
        '''Specifies destination traffic matching information to which the virtual server sends traffic.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#trafficmatching_criteria LtmVirtualServer#trafficmatching_criteria}
        '''
        result = self._values.get("trafficmatching_criteria")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def translate_address(self) -> typing.Optional[builtins.str]:
        '''Specifies, when checked (enabled), that the system translates the address of the virtual server.

        When cleared (disabled), specifies that the system uses the address without translation. This option is useful when the system is load balancing devices that have the same IP address. The default is enabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#translate_address LtmVirtualServer#translate_address}
        '''
        result = self._values.get("translate_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def translate_port(self) -> typing.Optional[builtins.str]:
        '''Specifies, when checked (enabled), that the system translates the port of the virtual server.

        When cleared (disabled), specifies that the system uses the port without translation. Turning off port translation for a virtual server is useful if you want to use the virtual server to load balance connections to any service. The default is enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#translate_port LtmVirtualServer#translate_port}
        '''
        result = self._values.get("translate_port")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vlans(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#vlans LtmVirtualServer#vlans}.'''
        result = self._values.get("vlans")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def vlans_enabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enables the virtual server on the VLANs specified by the VLANs option. By default it is set to false.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_virtual_server#vlans_enabled LtmVirtualServer#vlans_enabled}
        '''
        result = self._values.get("vlans_enabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmVirtualServerConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmVirtualServer",
    "LtmVirtualServerConfig",
]

publication.publish()

def _typecheckingstub__70c3b0657b879caba3102b14e63cac56eb2c597e586a525e9d830a3dce3facda(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    client_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    connection_limit: typing.Optional[jsii.Number] = None,
    default_persistence_profile: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    destination: typing.Optional[builtins.str] = None,
    fallback_persistence_profile: typing.Optional[builtins.str] = None,
    firewall_enforced_policy: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    ip_protocol: typing.Optional[builtins.str] = None,
    irules: typing.Optional[typing.Sequence[builtins.str]] = None,
    mask: typing.Optional[builtins.str] = None,
    per_flow_request_access_policy: typing.Optional[builtins.str] = None,
    persistence_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    policies: typing.Optional[typing.Sequence[builtins.str]] = None,
    pool: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    server_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    snatpool: typing.Optional[builtins.str] = None,
    source: typing.Optional[builtins.str] = None,
    source_address_translation: typing.Optional[builtins.str] = None,
    source_port: typing.Optional[builtins.str] = None,
    state: typing.Optional[builtins.str] = None,
    trafficmatching_criteria: typing.Optional[builtins.str] = None,
    translate_address: typing.Optional[builtins.str] = None,
    translate_port: typing.Optional[builtins.str] = None,
    vlans: typing.Optional[typing.Sequence[builtins.str]] = None,
    vlans_enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
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

def _typecheckingstub__f752cdc1d0705ce434c061f06f11fd4fcad6d2bdbc61f0d3b4e2415374907967(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bae711b7f02d1fba6bad205412db0ea0605e89459c6264a3243762458e5761e(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d83cdd666ce39b29e2da0a3e6575061e810a800fb4b0b6588faccb8c81f52339(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c2ce4ea99d950c93877a8ec6df0829eda893d33dc31b7839af7de066ec49ba9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78feaa51b9c15c66a5542e2746795f2babc9ce675d0a85918eda6019abc633a1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8af26352ccd195bb6848d0d7a19d824f74aa6fb3b7079189c45873be2e429b19(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d8886d150d2dc49d32876991adad75698509c092c738cc67eb0dda1bcf0d3d8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bfa6c41aee416983c33e93f3709b07369c966ddf8b0f4eefc4179bc60081bba(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b826e77906165546f6269fee020a2d3ace9ff5855fe72688b20d7ba8dd65e36f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__761a624b207328bf7a6f72cb27f2f44ba0b5315eb84f936f8c1d3bf9d69be54f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3bb35d3a82cec2da6bc2cc89ad8438aac41479536c395a0ba5f7a36c6ecd4129(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e2786789b31a2545fdcfb5ad4cbd4ef79284ec534d87e54823f1322747f5ac4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb85d4120e947520f43ba1e260bb9811663d9049571640c090c366e15c45af45(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5258b1454d642e6fc30cc82e477c39e5d91ebca1790a85a6454e055f8452ff8d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eee0b8fb443082f8dbdf2dfaf52043dbd1017a8cef2915effcfd11ca060811a7(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5da9a093f2bcc9d0b0f64ab82f79f142ee91156d38e795d56a9cdf5c9b5d4a10(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64846a150095a30534af1ed09de1236fa5634c402072ec56a9900387c06b4454(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3278ab5c1069734124284134a9fed42086de5620dbfbe364bb34ab4b11403e43(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__003e58a30d003ed36622e39c862cc32a046b7c3c5e9978e63e4b932ed9754ade(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af9df5b8de81cf10bc85dc2aa4e7b8f0042f554f9278a4e315afb6b5c5f53038(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc71362b0fad012dff871053fe50486015a541aa920ad4d148968c1bbfd48a5c(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bfda1de519fbc204e923b412f4085f8327049d883235110b3c556e05565ff656(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57cd2cfc4c14457a778eead7b9f6411e0afd569e3e3f785d3c0c9af40bdf7c4d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__752529be65f5052a9ebbf2ab1ecac3bcbad24ce71e917b7717f230838e0463b7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b11205e26299914216ddb11336124622edcb520a7811351885c9cd4ad71f9aec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b1d020764a271f93122036061a848d798113eac7adebf8b710af47cc72134c6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6eda75fb8c541acb484bafbb87311c27e553ad2ece8d9bca2a8654297b1c32a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0205c5fe5b0bfa8a5e7705bca0901cdd153a7e76ef8ffe37a1a0b4f179cef065(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7fd845da5716f91e20adaadfec7ad43386cbe4337338e1beb02c115a2844b24(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c132f66ee418008764478e42cf365481f2937f980710f143422fc6a4826d044(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84f9fecc84845608912df1477a8519958b0156e1d90698e1468fca087fc4c1ea(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4bceda57a610238057d2c316df04f5eeea4125a76cd48e91fa47886898e3e769(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    client_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    connection_limit: typing.Optional[jsii.Number] = None,
    default_persistence_profile: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    destination: typing.Optional[builtins.str] = None,
    fallback_persistence_profile: typing.Optional[builtins.str] = None,
    firewall_enforced_policy: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    ip_protocol: typing.Optional[builtins.str] = None,
    irules: typing.Optional[typing.Sequence[builtins.str]] = None,
    mask: typing.Optional[builtins.str] = None,
    per_flow_request_access_policy: typing.Optional[builtins.str] = None,
    persistence_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    policies: typing.Optional[typing.Sequence[builtins.str]] = None,
    pool: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    security_log_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    server_profiles: typing.Optional[typing.Sequence[builtins.str]] = None,
    snatpool: typing.Optional[builtins.str] = None,
    source: typing.Optional[builtins.str] = None,
    source_address_translation: typing.Optional[builtins.str] = None,
    source_port: typing.Optional[builtins.str] = None,
    state: typing.Optional[builtins.str] = None,
    trafficmatching_criteria: typing.Optional[builtins.str] = None,
    translate_address: typing.Optional[builtins.str] = None,
    translate_port: typing.Optional[builtins.str] = None,
    vlans: typing.Optional[typing.Sequence[builtins.str]] = None,
    vlans_enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass
