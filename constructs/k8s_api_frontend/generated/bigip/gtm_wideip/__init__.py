r'''
# `bigip_gtm_wideip`

Refer to the Terraform Registry for docs: [`bigip_gtm_wideip`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip).
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


class GtmWideip(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmWideip.GtmWideip",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip bigip_gtm_wideip}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        type: builtins.str,
        aliases: typing.Optional[typing.Sequence[builtins.str]] = None,
        description: typing.Optional[builtins.str] = None,
        disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        failure_rcode: typing.Optional[builtins.str] = None,
        failure_rcode_response: typing.Optional[builtins.str] = None,
        failure_rcode_ttl: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        last_resort_pool: typing.Optional[builtins.str] = None,
        load_balancing_decision_log_verbosity: typing.Optional[typing.Sequence[builtins.str]] = None,
        minimal_response: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        persist_cidr_ipv4: typing.Optional[jsii.Number] = None,
        persist_cidr_ipv6: typing.Optional[jsii.Number] = None,
        persistence: typing.Optional[builtins.str] = None,
        pool_lb_mode: typing.Optional[builtins.str] = None,
        pools: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["GtmWideipPools", typing.Dict[builtins.str, typing.Any]]]]] = None,
        topology_prefer_edns0_client_subnet: typing.Optional[builtins.str] = None,
        ttl_persistence: typing.Optional[jsii.Number] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip bigip_gtm_wideip} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the WideIP. Example: testwideip.local. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#name GtmWideip#name}
        :param type: Specifies the type of WideIP (a, aaaa, cname, mx, naptr, srv). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#type GtmWideip#type}
        :param aliases: Specifies alternate domain names for the WideIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#aliases GtmWideip#aliases}
        :param description: User-defined description of the WideIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#description GtmWideip#description}
        :param disabled: Disabled state of the WideIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#disabled GtmWideip#disabled}
        :param enabled: Enable or disable the WideIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#enabled GtmWideip#enabled}
        :param failure_rcode: Specifies the DNS RCODE used when failure_rcode_response is enabled (noerror, formerr, servfail, nxdomain, notimp, refused, yxdomain, yxrrset, nxrrset, notauth, notzone). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#failure_rcode GtmWideip#failure_rcode}
        :param failure_rcode_response: Specifies whether to return a RCODE response to DNS queries when the WideIP is unavailable (enabled or disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#failure_rcode_response GtmWideip#failure_rcode_response}
        :param failure_rcode_ttl: Specifies the negative caching TTL of the SOA for the RCODE response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#failure_rcode_ttl GtmWideip#failure_rcode_ttl}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#id GtmWideip#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param last_resort_pool: Specifies the last resort pool for the WideIP. Format: /<pool_name> (e.g., 'a /Common/firstpool'). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#last_resort_pool GtmWideip#last_resort_pool}
        :param load_balancing_decision_log_verbosity: Specifies the amount of detail logged when making load balancing decisions. Example: ['pool-selection']. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#load_balancing_decision_log_verbosity GtmWideip#load_balancing_decision_log_verbosity}
        :param minimal_response: Specifies whether to minimize the response to the DNS query (enabled or disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#minimal_response GtmWideip#minimal_response}
        :param partition: Partition in which the WideIP resides. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#partition GtmWideip#partition}
        :param persist_cidr_ipv4: Specifies the CIDR for IPv4 persistence. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#persist_cidr_ipv4 GtmWideip#persist_cidr_ipv4}
        :param persist_cidr_ipv6: Specifies the CIDR for IPv6 persistence. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#persist_cidr_ipv6 GtmWideip#persist_cidr_ipv6}
        :param persistence: Specifies persistence for the WideIP (disabled or enabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#persistence GtmWideip#persistence}
        :param pool_lb_mode: Specifies the load balancing mode for pools in the WideIP (round-robin, ratio, topology, global-availability). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#pool_lb_mode GtmWideip#pool_lb_mode}
        :param pools: pools block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#pools GtmWideip#pools}
        :param topology_prefer_edns0_client_subnet: Specifies whether to prefer EDNS0 client subnet data for topology-based load balancing (enabled or disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#topology_prefer_edns0_client_subnet GtmWideip#topology_prefer_edns0_client_subnet}
        :param ttl_persistence: Specifies the TTL for the persistence of the WideIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#ttl_persistence GtmWideip#ttl_persistence}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__32745175f4400767b1f925be13c47d13315976a3bf7a9853c27fa61dd8c0d68a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = GtmWideipConfig(
            name=name,
            type=type,
            aliases=aliases,
            description=description,
            disabled=disabled,
            enabled=enabled,
            failure_rcode=failure_rcode,
            failure_rcode_response=failure_rcode_response,
            failure_rcode_ttl=failure_rcode_ttl,
            id=id,
            last_resort_pool=last_resort_pool,
            load_balancing_decision_log_verbosity=load_balancing_decision_log_verbosity,
            minimal_response=minimal_response,
            partition=partition,
            persist_cidr_ipv4=persist_cidr_ipv4,
            persist_cidr_ipv6=persist_cidr_ipv6,
            persistence=persistence,
            pool_lb_mode=pool_lb_mode,
            pools=pools,
            topology_prefer_edns0_client_subnet=topology_prefer_edns0_client_subnet,
            ttl_persistence=ttl_persistence,
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
        '''Generates CDKTF code for importing a GtmWideip resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the GtmWideip to import.
        :param import_from_id: The id of the existing GtmWideip that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the GtmWideip to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe68e5051281538e11fd43d1811533c7cdfd67c5b05077a27c7d25572dc81bf5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putPools")
    def put_pools(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["GtmWideipPools", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__52f01ce116f22f410ece63fa38d95b837bf6fc9c989e490a5ad1fbbdef4a330d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putPools", [value]))

    @jsii.member(jsii_name="resetAliases")
    def reset_aliases(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAliases", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetDisabled")
    def reset_disabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDisabled", []))

    @jsii.member(jsii_name="resetEnabled")
    def reset_enabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnabled", []))

    @jsii.member(jsii_name="resetFailureRcode")
    def reset_failure_rcode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFailureRcode", []))

    @jsii.member(jsii_name="resetFailureRcodeResponse")
    def reset_failure_rcode_response(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFailureRcodeResponse", []))

    @jsii.member(jsii_name="resetFailureRcodeTtl")
    def reset_failure_rcode_ttl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFailureRcodeTtl", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetLastResortPool")
    def reset_last_resort_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLastResortPool", []))

    @jsii.member(jsii_name="resetLoadBalancingDecisionLogVerbosity")
    def reset_load_balancing_decision_log_verbosity(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLoadBalancingDecisionLogVerbosity", []))

    @jsii.member(jsii_name="resetMinimalResponse")
    def reset_minimal_response(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMinimalResponse", []))

    @jsii.member(jsii_name="resetPartition")
    def reset_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartition", []))

    @jsii.member(jsii_name="resetPersistCidrIpv4")
    def reset_persist_cidr_ipv4(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPersistCidrIpv4", []))

    @jsii.member(jsii_name="resetPersistCidrIpv6")
    def reset_persist_cidr_ipv6(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPersistCidrIpv6", []))

    @jsii.member(jsii_name="resetPersistence")
    def reset_persistence(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPersistence", []))

    @jsii.member(jsii_name="resetPoolLbMode")
    def reset_pool_lb_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPoolLbMode", []))

    @jsii.member(jsii_name="resetPools")
    def reset_pools(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPools", []))

    @jsii.member(jsii_name="resetTopologyPreferEdns0ClientSubnet")
    def reset_topology_prefer_edns0_client_subnet(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTopologyPreferEdns0ClientSubnet", []))

    @jsii.member(jsii_name="resetTtlPersistence")
    def reset_ttl_persistence(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTtlPersistence", []))

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
    @jsii.member(jsii_name="pools")
    def pools(self) -> "GtmWideipPoolsList":
        return typing.cast("GtmWideipPoolsList", jsii.get(self, "pools"))

    @builtins.property
    @jsii.member(jsii_name="aliasesInput")
    def aliases_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "aliasesInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="disabledInput")
    def disabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "disabledInput"))

    @builtins.property
    @jsii.member(jsii_name="enabledInput")
    def enabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enabledInput"))

    @builtins.property
    @jsii.member(jsii_name="failureRcodeInput")
    def failure_rcode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "failureRcodeInput"))

    @builtins.property
    @jsii.member(jsii_name="failureRcodeResponseInput")
    def failure_rcode_response_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "failureRcodeResponseInput"))

    @builtins.property
    @jsii.member(jsii_name="failureRcodeTtlInput")
    def failure_rcode_ttl_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "failureRcodeTtlInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="lastResortPoolInput")
    def last_resort_pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "lastResortPoolInput"))

    @builtins.property
    @jsii.member(jsii_name="loadBalancingDecisionLogVerbosityInput")
    def load_balancing_decision_log_verbosity_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "loadBalancingDecisionLogVerbosityInput"))

    @builtins.property
    @jsii.member(jsii_name="minimalResponseInput")
    def minimal_response_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "minimalResponseInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="partitionInput")
    def partition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "partitionInput"))

    @builtins.property
    @jsii.member(jsii_name="persistCidrIpv4Input")
    def persist_cidr_ipv4_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "persistCidrIpv4Input"))

    @builtins.property
    @jsii.member(jsii_name="persistCidrIpv6Input")
    def persist_cidr_ipv6_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "persistCidrIpv6Input"))

    @builtins.property
    @jsii.member(jsii_name="persistenceInput")
    def persistence_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "persistenceInput"))

    @builtins.property
    @jsii.member(jsii_name="poolLbModeInput")
    def pool_lb_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "poolLbModeInput"))

    @builtins.property
    @jsii.member(jsii_name="poolsInput")
    def pools_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmWideipPools"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmWideipPools"]]], jsii.get(self, "poolsInput"))

    @builtins.property
    @jsii.member(jsii_name="topologyPreferEdns0ClientSubnetInput")
    def topology_prefer_edns0_client_subnet_input(
        self,
    ) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "topologyPreferEdns0ClientSubnetInput"))

    @builtins.property
    @jsii.member(jsii_name="ttlPersistenceInput")
    def ttl_persistence_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ttlPersistenceInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="aliases")
    def aliases(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "aliases"))

    @aliases.setter
    def aliases(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ac57f3b55015d534eaec0cc28338a7d8fc474f8d92a90638b97be88bcfe8527e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aliases", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7b2c9d2a32dbf98a04466a243e567cb374175fbab41d5efd5a87c5890f79dff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="disabled")
    def disabled(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "disabled"))

    @disabled.setter
    def disabled(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__23c36b22f3f4c37c57e31d1bb10ed09e1a7141ff5a0754a4123a315560de4521)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "disabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enabled")
    def enabled(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enabled"))

    @enabled.setter
    def enabled(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00ba880ee80df3439c594fdc84928e1351c1532213729e38e6e9c23b415932e3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="failureRcode")
    def failure_rcode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "failureRcode"))

    @failure_rcode.setter
    def failure_rcode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b8122fb9f21f543bff89bb5e43b2f2bc7fabf426effee66c1d61461b6b90f2bc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "failureRcode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="failureRcodeResponse")
    def failure_rcode_response(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "failureRcodeResponse"))

    @failure_rcode_response.setter
    def failure_rcode_response(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d19d7f0014bc9cdbecf064bcd8b3469d34a935dc71f2ee7de987720a4cbdf310)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "failureRcodeResponse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="failureRcodeTtl")
    def failure_rcode_ttl(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "failureRcodeTtl"))

    @failure_rcode_ttl.setter
    def failure_rcode_ttl(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__592d9a7fdff0b049b260b7c3a90d325aeb8453eafcccfcab5edda5fe1f8207e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "failureRcodeTtl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c61e06fc84aee71919868ce8640418b1a7472a7f0c985e3b006cefb360bfb102)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lastResortPool")
    def last_resort_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lastResortPool"))

    @last_resort_pool.setter
    def last_resort_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a17a97ed266c76ee7c4097a19244cb96215eb9ebf65ed0dac968bee96915b559)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lastResortPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="loadBalancingDecisionLogVerbosity")
    def load_balancing_decision_log_verbosity(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "loadBalancingDecisionLogVerbosity"))

    @load_balancing_decision_log_verbosity.setter
    def load_balancing_decision_log_verbosity(
        self,
        value: typing.List[builtins.str],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__718095d2366df0c7e84f2656bb7473190f33168c0614b959f4c5bf7264110035)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "loadBalancingDecisionLogVerbosity", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="minimalResponse")
    def minimal_response(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "minimalResponse"))

    @minimal_response.setter
    def minimal_response(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8d94d95dab82fc8b443aee92e7d1343c6b91ad50171210140c90e48a1b342fa0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "minimalResponse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5badc1ed0458ca1a2f74bf8268f9955d0a6fe7f63d542ce174eb339c5bb4224e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b6d8757e4b2e7da457370dca6f6ff2c5401990f6adefaf6bc3cd47b909a9449f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistCidrIpv4")
    def persist_cidr_ipv4(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "persistCidrIpv4"))

    @persist_cidr_ipv4.setter
    def persist_cidr_ipv4(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a32be6ae251feb64e847a6f9ec2ff6862abe917ae357e3f24f102a11bec6e6ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistCidrIpv4", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistCidrIpv6")
    def persist_cidr_ipv6(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "persistCidrIpv6"))

    @persist_cidr_ipv6.setter
    def persist_cidr_ipv6(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__448bdfb3cd087596d6015367619134720c946a9ec23b7fdc49c391e57202911b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistCidrIpv6", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistence")
    def persistence(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistence"))

    @persistence.setter
    def persistence(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99accd0362588ba6b1b512a3f740822102511fc4378ce603e3398b0d8abefc52)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistence", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="poolLbMode")
    def pool_lb_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "poolLbMode"))

    @pool_lb_mode.setter
    def pool_lb_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e27e9e6829f9add9364c1ba86a50670a981f4b695830a1095a16b40003cf4ce4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "poolLbMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="topologyPreferEdns0ClientSubnet")
    def topology_prefer_edns0_client_subnet(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "topologyPreferEdns0ClientSubnet"))

    @topology_prefer_edns0_client_subnet.setter
    def topology_prefer_edns0_client_subnet(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4a0bada1eb06cd4960a57bcfcd10124114a855237bd3e7458fa477d45d3f4469)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "topologyPreferEdns0ClientSubnet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ttlPersistence")
    def ttl_persistence(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ttlPersistence"))

    @ttl_persistence.setter
    def ttl_persistence(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__95184e1c5369e07bf82c2a5d21075e3ab90256abb0fc84ead60e175821830b1d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ttlPersistence", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5c104e9e80b4c212a61eaa8420834a37570dd8e20404af31413dd40bc99ca035)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.gtmWideip.GtmWideipConfig",
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
        "type": "type",
        "aliases": "aliases",
        "description": "description",
        "disabled": "disabled",
        "enabled": "enabled",
        "failure_rcode": "failureRcode",
        "failure_rcode_response": "failureRcodeResponse",
        "failure_rcode_ttl": "failureRcodeTtl",
        "id": "id",
        "last_resort_pool": "lastResortPool",
        "load_balancing_decision_log_verbosity": "loadBalancingDecisionLogVerbosity",
        "minimal_response": "minimalResponse",
        "partition": "partition",
        "persist_cidr_ipv4": "persistCidrIpv4",
        "persist_cidr_ipv6": "persistCidrIpv6",
        "persistence": "persistence",
        "pool_lb_mode": "poolLbMode",
        "pools": "pools",
        "topology_prefer_edns0_client_subnet": "topologyPreferEdns0ClientSubnet",
        "ttl_persistence": "ttlPersistence",
    },
)
class GtmWideipConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        type: builtins.str,
        aliases: typing.Optional[typing.Sequence[builtins.str]] = None,
        description: typing.Optional[builtins.str] = None,
        disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        failure_rcode: typing.Optional[builtins.str] = None,
        failure_rcode_response: typing.Optional[builtins.str] = None,
        failure_rcode_ttl: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        last_resort_pool: typing.Optional[builtins.str] = None,
        load_balancing_decision_log_verbosity: typing.Optional[typing.Sequence[builtins.str]] = None,
        minimal_response: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        persist_cidr_ipv4: typing.Optional[jsii.Number] = None,
        persist_cidr_ipv6: typing.Optional[jsii.Number] = None,
        persistence: typing.Optional[builtins.str] = None,
        pool_lb_mode: typing.Optional[builtins.str] = None,
        pools: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["GtmWideipPools", typing.Dict[builtins.str, typing.Any]]]]] = None,
        topology_prefer_edns0_client_subnet: typing.Optional[builtins.str] = None,
        ttl_persistence: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the WideIP. Example: testwideip.local. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#name GtmWideip#name}
        :param type: Specifies the type of WideIP (a, aaaa, cname, mx, naptr, srv). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#type GtmWideip#type}
        :param aliases: Specifies alternate domain names for the WideIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#aliases GtmWideip#aliases}
        :param description: User-defined description of the WideIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#description GtmWideip#description}
        :param disabled: Disabled state of the WideIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#disabled GtmWideip#disabled}
        :param enabled: Enable or disable the WideIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#enabled GtmWideip#enabled}
        :param failure_rcode: Specifies the DNS RCODE used when failure_rcode_response is enabled (noerror, formerr, servfail, nxdomain, notimp, refused, yxdomain, yxrrset, nxrrset, notauth, notzone). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#failure_rcode GtmWideip#failure_rcode}
        :param failure_rcode_response: Specifies whether to return a RCODE response to DNS queries when the WideIP is unavailable (enabled or disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#failure_rcode_response GtmWideip#failure_rcode_response}
        :param failure_rcode_ttl: Specifies the negative caching TTL of the SOA for the RCODE response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#failure_rcode_ttl GtmWideip#failure_rcode_ttl}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#id GtmWideip#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param last_resort_pool: Specifies the last resort pool for the WideIP. Format: /<pool_name> (e.g., 'a /Common/firstpool'). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#last_resort_pool GtmWideip#last_resort_pool}
        :param load_balancing_decision_log_verbosity: Specifies the amount of detail logged when making load balancing decisions. Example: ['pool-selection']. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#load_balancing_decision_log_verbosity GtmWideip#load_balancing_decision_log_verbosity}
        :param minimal_response: Specifies whether to minimize the response to the DNS query (enabled or disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#minimal_response GtmWideip#minimal_response}
        :param partition: Partition in which the WideIP resides. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#partition GtmWideip#partition}
        :param persist_cidr_ipv4: Specifies the CIDR for IPv4 persistence. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#persist_cidr_ipv4 GtmWideip#persist_cidr_ipv4}
        :param persist_cidr_ipv6: Specifies the CIDR for IPv6 persistence. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#persist_cidr_ipv6 GtmWideip#persist_cidr_ipv6}
        :param persistence: Specifies persistence for the WideIP (disabled or enabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#persistence GtmWideip#persistence}
        :param pool_lb_mode: Specifies the load balancing mode for pools in the WideIP (round-robin, ratio, topology, global-availability). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#pool_lb_mode GtmWideip#pool_lb_mode}
        :param pools: pools block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#pools GtmWideip#pools}
        :param topology_prefer_edns0_client_subnet: Specifies whether to prefer EDNS0 client subnet data for topology-based load balancing (enabled or disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#topology_prefer_edns0_client_subnet GtmWideip#topology_prefer_edns0_client_subnet}
        :param ttl_persistence: Specifies the TTL for the persistence of the WideIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#ttl_persistence GtmWideip#ttl_persistence}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ddf091af8f455df2d254e2ee14226c2b7bff767e56f457d6a2352b1a3bdbaaed)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument aliases", value=aliases, expected_type=type_hints["aliases"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument failure_rcode", value=failure_rcode, expected_type=type_hints["failure_rcode"])
            check_type(argname="argument failure_rcode_response", value=failure_rcode_response, expected_type=type_hints["failure_rcode_response"])
            check_type(argname="argument failure_rcode_ttl", value=failure_rcode_ttl, expected_type=type_hints["failure_rcode_ttl"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument last_resort_pool", value=last_resort_pool, expected_type=type_hints["last_resort_pool"])
            check_type(argname="argument load_balancing_decision_log_verbosity", value=load_balancing_decision_log_verbosity, expected_type=type_hints["load_balancing_decision_log_verbosity"])
            check_type(argname="argument minimal_response", value=minimal_response, expected_type=type_hints["minimal_response"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument persist_cidr_ipv4", value=persist_cidr_ipv4, expected_type=type_hints["persist_cidr_ipv4"])
            check_type(argname="argument persist_cidr_ipv6", value=persist_cidr_ipv6, expected_type=type_hints["persist_cidr_ipv6"])
            check_type(argname="argument persistence", value=persistence, expected_type=type_hints["persistence"])
            check_type(argname="argument pool_lb_mode", value=pool_lb_mode, expected_type=type_hints["pool_lb_mode"])
            check_type(argname="argument pools", value=pools, expected_type=type_hints["pools"])
            check_type(argname="argument topology_prefer_edns0_client_subnet", value=topology_prefer_edns0_client_subnet, expected_type=type_hints["topology_prefer_edns0_client_subnet"])
            check_type(argname="argument ttl_persistence", value=ttl_persistence, expected_type=type_hints["ttl_persistence"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
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
        if aliases is not None:
            self._values["aliases"] = aliases
        if description is not None:
            self._values["description"] = description
        if disabled is not None:
            self._values["disabled"] = disabled
        if enabled is not None:
            self._values["enabled"] = enabled
        if failure_rcode is not None:
            self._values["failure_rcode"] = failure_rcode
        if failure_rcode_response is not None:
            self._values["failure_rcode_response"] = failure_rcode_response
        if failure_rcode_ttl is not None:
            self._values["failure_rcode_ttl"] = failure_rcode_ttl
        if id is not None:
            self._values["id"] = id
        if last_resort_pool is not None:
            self._values["last_resort_pool"] = last_resort_pool
        if load_balancing_decision_log_verbosity is not None:
            self._values["load_balancing_decision_log_verbosity"] = load_balancing_decision_log_verbosity
        if minimal_response is not None:
            self._values["minimal_response"] = minimal_response
        if partition is not None:
            self._values["partition"] = partition
        if persist_cidr_ipv4 is not None:
            self._values["persist_cidr_ipv4"] = persist_cidr_ipv4
        if persist_cidr_ipv6 is not None:
            self._values["persist_cidr_ipv6"] = persist_cidr_ipv6
        if persistence is not None:
            self._values["persistence"] = persistence
        if pool_lb_mode is not None:
            self._values["pool_lb_mode"] = pool_lb_mode
        if pools is not None:
            self._values["pools"] = pools
        if topology_prefer_edns0_client_subnet is not None:
            self._values["topology_prefer_edns0_client_subnet"] = topology_prefer_edns0_client_subnet
        if ttl_persistence is not None:
            self._values["ttl_persistence"] = ttl_persistence

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
        '''Name of the WideIP. Example: testwideip.local.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#name GtmWideip#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''Specifies the type of WideIP (a, aaaa, cname, mx, naptr, srv).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#type GtmWideip#type}
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aliases(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies alternate domain names for the WideIP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#aliases GtmWideip#aliases}
        '''
        result = self._values.get("aliases")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''User-defined description of the WideIP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#description GtmWideip#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Disabled state of the WideIP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#disabled GtmWideip#disabled}
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable or disable the WideIP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#enabled GtmWideip#enabled}
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def failure_rcode(self) -> typing.Optional[builtins.str]:
        '''Specifies the DNS RCODE used when failure_rcode_response is enabled (noerror, formerr, servfail, nxdomain, notimp, refused, yxdomain, yxrrset, nxrrset, notauth, notzone).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#failure_rcode GtmWideip#failure_rcode}
        '''
        result = self._values.get("failure_rcode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def failure_rcode_response(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to return a RCODE response to DNS queries when the WideIP is unavailable (enabled or disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#failure_rcode_response GtmWideip#failure_rcode_response}
        '''
        result = self._values.get("failure_rcode_response")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def failure_rcode_ttl(self) -> typing.Optional[jsii.Number]:
        '''Specifies the negative caching TTL of the SOA for the RCODE response.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#failure_rcode_ttl GtmWideip#failure_rcode_ttl}
        '''
        result = self._values.get("failure_rcode_ttl")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#id GtmWideip#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def last_resort_pool(self) -> typing.Optional[builtins.str]:
        '''Specifies the last resort pool for the WideIP. Format:  /<pool_name> (e.g., 'a /Common/firstpool').

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#last_resort_pool GtmWideip#last_resort_pool}
        '''
        result = self._values.get("last_resort_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def load_balancing_decision_log_verbosity(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies the amount of detail logged when making load balancing decisions. Example: ['pool-selection'].

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#load_balancing_decision_log_verbosity GtmWideip#load_balancing_decision_log_verbosity}
        '''
        result = self._values.get("load_balancing_decision_log_verbosity")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def minimal_response(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to minimize the response to the DNS query (enabled or disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#minimal_response GtmWideip#minimal_response}
        '''
        result = self._values.get("minimal_response")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''Partition in which the WideIP resides.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#partition GtmWideip#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def persist_cidr_ipv4(self) -> typing.Optional[jsii.Number]:
        '''Specifies the CIDR for IPv4 persistence.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#persist_cidr_ipv4 GtmWideip#persist_cidr_ipv4}
        '''
        result = self._values.get("persist_cidr_ipv4")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def persist_cidr_ipv6(self) -> typing.Optional[jsii.Number]:
        '''Specifies the CIDR for IPv6 persistence.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#persist_cidr_ipv6 GtmWideip#persist_cidr_ipv6}
        '''
        result = self._values.get("persist_cidr_ipv6")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def persistence(self) -> typing.Optional[builtins.str]:
        '''Specifies persistence for the WideIP (disabled or enabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#persistence GtmWideip#persistence}
        '''
        result = self._values.get("persistence")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pool_lb_mode(self) -> typing.Optional[builtins.str]:
        '''Specifies the load balancing mode for pools in the WideIP (round-robin, ratio, topology, global-availability).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#pool_lb_mode GtmWideip#pool_lb_mode}
        '''
        result = self._values.get("pool_lb_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pools(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmWideipPools"]]]:
        '''pools block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#pools GtmWideip#pools}
        '''
        result = self._values.get("pools")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmWideipPools"]]], result)

    @builtins.property
    def topology_prefer_edns0_client_subnet(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to prefer EDNS0 client subnet data for topology-based load balancing (enabled or disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#topology_prefer_edns0_client_subnet GtmWideip#topology_prefer_edns0_client_subnet}
        '''
        result = self._values.get("topology_prefer_edns0_client_subnet")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl_persistence(self) -> typing.Optional[jsii.Number]:
        '''Specifies the TTL for the persistence of the WideIP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#ttl_persistence GtmWideip#ttl_persistence}
        '''
        result = self._values.get("ttl_persistence")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GtmWideipConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.gtmWideip.GtmWideipPools",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "order": "order", "ratio": "ratio"},
)
class GtmWideipPools:
    def __init__(
        self,
        *,
        name: builtins.str,
        order: typing.Optional[jsii.Number] = None,
        ratio: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: Name of the GTM pool to associate with the WideIP (e.g., '/Common/mypool'). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#name GtmWideip#name}
        :param order: Specifies the order of the pool within the WideIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#order GtmWideip#order}
        :param ratio: Specifies the weight of the pool for load balancing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#ratio GtmWideip#ratio}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__14207847eaa5df1a58007d568bd49ed418ba192d79393acee820935d2fdb4b2d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument order", value=order, expected_type=type_hints["order"])
            check_type(argname="argument ratio", value=ratio, expected_type=type_hints["ratio"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if order is not None:
            self._values["order"] = order
        if ratio is not None:
            self._values["ratio"] = ratio

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the GTM pool to associate with the WideIP (e.g., '/Common/mypool').

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#name GtmWideip#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def order(self) -> typing.Optional[jsii.Number]:
        '''Specifies the order of the pool within the WideIP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#order GtmWideip#order}
        '''
        result = self._values.get("order")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ratio(self) -> typing.Optional[jsii.Number]:
        '''Specifies the weight of the pool for load balancing.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_wideip#ratio GtmWideip#ratio}
        '''
        result = self._values.get("ratio")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GtmWideipPools(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class GtmWideipPoolsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmWideip.GtmWideipPoolsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__8cb38e9665672aa20ec5e70c106a0613cff3c6290fb2a0e879b787aff3b067a3)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "GtmWideipPoolsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c20a3b362b7e8d7022eba15776d5053b8ea9f2bce83f92bfa97647a8ad43440)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("GtmWideipPoolsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__597d77feea2dd1d6828099e4cf0c1ba841b41d2e18e512ffcf6c4e4cf1355ff1)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ee1c5da4f70db574de23cde68bdbb797cfea8c373aafb5d48237d9f07883a003)
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
            type_hints = typing.get_type_hints(_typecheckingstub__3c57eb24f5224e1828ae1ecd5310a7296c16540945c8f6943a9012b71c8b28c0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmWideipPools]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmWideipPools]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmWideipPools]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8837847c83480b8339eba2682de084a49d9527c00165782280f0e88f964cdffc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class GtmWideipPoolsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmWideip.GtmWideipPoolsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__856a946e1d3b7c736cf60a3cc1cfcf5a2488eba38c9a34d5d3088bef44ead395)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetOrder")
    def reset_order(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOrder", []))

    @jsii.member(jsii_name="resetRatio")
    def reset_ratio(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRatio", []))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="orderInput")
    def order_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "orderInput"))

    @builtins.property
    @jsii.member(jsii_name="ratioInput")
    def ratio_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ratioInput"))

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b5e29de24199918da4311ff4ebc435c4d94bff7d000ae61b8657fcaa29d1f81)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="order")
    def order(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "order"))

    @order.setter
    def order(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae66f9dfa3114adc30ef7d5c199acb9e40d2614ffc723f2a7e9ab0d65e9e1be7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "order", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ratio")
    def ratio(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ratio"))

    @ratio.setter
    def ratio(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__09b04c641995c17c2f4eddd196e3d2524b96b18dc60c117cfd89fef385d0f68a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ratio", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmWideipPools]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmWideipPools]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmWideipPools]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d82bc9b6975b77e595ff1fb0ff8dae05fb0a53cf36883c563763f69c945270fc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "GtmWideip",
    "GtmWideipConfig",
    "GtmWideipPools",
    "GtmWideipPoolsList",
    "GtmWideipPoolsOutputReference",
]

publication.publish()

def _typecheckingstub__32745175f4400767b1f925be13c47d13315976a3bf7a9853c27fa61dd8c0d68a(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    type: builtins.str,
    aliases: typing.Optional[typing.Sequence[builtins.str]] = None,
    description: typing.Optional[builtins.str] = None,
    disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    failure_rcode: typing.Optional[builtins.str] = None,
    failure_rcode_response: typing.Optional[builtins.str] = None,
    failure_rcode_ttl: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    last_resort_pool: typing.Optional[builtins.str] = None,
    load_balancing_decision_log_verbosity: typing.Optional[typing.Sequence[builtins.str]] = None,
    minimal_response: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    persist_cidr_ipv4: typing.Optional[jsii.Number] = None,
    persist_cidr_ipv6: typing.Optional[jsii.Number] = None,
    persistence: typing.Optional[builtins.str] = None,
    pool_lb_mode: typing.Optional[builtins.str] = None,
    pools: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmWideipPools, typing.Dict[builtins.str, typing.Any]]]]] = None,
    topology_prefer_edns0_client_subnet: typing.Optional[builtins.str] = None,
    ttl_persistence: typing.Optional[jsii.Number] = None,
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

def _typecheckingstub__fe68e5051281538e11fd43d1811533c7cdfd67c5b05077a27c7d25572dc81bf5(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52f01ce116f22f410ece63fa38d95b837bf6fc9c989e490a5ad1fbbdef4a330d(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmWideipPools, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac57f3b55015d534eaec0cc28338a7d8fc474f8d92a90638b97be88bcfe8527e(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7b2c9d2a32dbf98a04466a243e567cb374175fbab41d5efd5a87c5890f79dff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23c36b22f3f4c37c57e31d1bb10ed09e1a7141ff5a0754a4123a315560de4521(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00ba880ee80df3439c594fdc84928e1351c1532213729e38e6e9c23b415932e3(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8122fb9f21f543bff89bb5e43b2f2bc7fabf426effee66c1d61461b6b90f2bc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d19d7f0014bc9cdbecf064bcd8b3469d34a935dc71f2ee7de987720a4cbdf310(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__592d9a7fdff0b049b260b7c3a90d325aeb8453eafcccfcab5edda5fe1f8207e5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c61e06fc84aee71919868ce8640418b1a7472a7f0c985e3b006cefb360bfb102(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a17a97ed266c76ee7c4097a19244cb96215eb9ebf65ed0dac968bee96915b559(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__718095d2366df0c7e84f2656bb7473190f33168c0614b959f4c5bf7264110035(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d94d95dab82fc8b443aee92e7d1343c6b91ad50171210140c90e48a1b342fa0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5badc1ed0458ca1a2f74bf8268f9955d0a6fe7f63d542ce174eb339c5bb4224e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6d8757e4b2e7da457370dca6f6ff2c5401990f6adefaf6bc3cd47b909a9449f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a32be6ae251feb64e847a6f9ec2ff6862abe917ae357e3f24f102a11bec6e6ed(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__448bdfb3cd087596d6015367619134720c946a9ec23b7fdc49c391e57202911b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99accd0362588ba6b1b512a3f740822102511fc4378ce603e3398b0d8abefc52(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e27e9e6829f9add9364c1ba86a50670a981f4b695830a1095a16b40003cf4ce4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a0bada1eb06cd4960a57bcfcd10124114a855237bd3e7458fa477d45d3f4469(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95184e1c5369e07bf82c2a5d21075e3ab90256abb0fc84ead60e175821830b1d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c104e9e80b4c212a61eaa8420834a37570dd8e20404af31413dd40bc99ca035(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ddf091af8f455df2d254e2ee14226c2b7bff767e56f457d6a2352b1a3bdbaaed(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    type: builtins.str,
    aliases: typing.Optional[typing.Sequence[builtins.str]] = None,
    description: typing.Optional[builtins.str] = None,
    disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    failure_rcode: typing.Optional[builtins.str] = None,
    failure_rcode_response: typing.Optional[builtins.str] = None,
    failure_rcode_ttl: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    last_resort_pool: typing.Optional[builtins.str] = None,
    load_balancing_decision_log_verbosity: typing.Optional[typing.Sequence[builtins.str]] = None,
    minimal_response: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    persist_cidr_ipv4: typing.Optional[jsii.Number] = None,
    persist_cidr_ipv6: typing.Optional[jsii.Number] = None,
    persistence: typing.Optional[builtins.str] = None,
    pool_lb_mode: typing.Optional[builtins.str] = None,
    pools: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmWideipPools, typing.Dict[builtins.str, typing.Any]]]]] = None,
    topology_prefer_edns0_client_subnet: typing.Optional[builtins.str] = None,
    ttl_persistence: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14207847eaa5df1a58007d568bd49ed418ba192d79393acee820935d2fdb4b2d(
    *,
    name: builtins.str,
    order: typing.Optional[jsii.Number] = None,
    ratio: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cb38e9665672aa20ec5e70c106a0613cff3c6290fb2a0e879b787aff3b067a3(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c20a3b362b7e8d7022eba15776d5053b8ea9f2bce83f92bfa97647a8ad43440(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__597d77feea2dd1d6828099e4cf0c1ba841b41d2e18e512ffcf6c4e4cf1355ff1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee1c5da4f70db574de23cde68bdbb797cfea8c373aafb5d48237d9f07883a003(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c57eb24f5224e1828ae1ecd5310a7296c16540945c8f6943a9012b71c8b28c0(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8837847c83480b8339eba2682de084a49d9527c00165782280f0e88f964cdffc(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmWideipPools]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__856a946e1d3b7c736cf60a3cc1cfcf5a2488eba38c9a34d5d3088bef44ead395(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b5e29de24199918da4311ff4ebc435c4d94bff7d000ae61b8657fcaa29d1f81(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae66f9dfa3114adc30ef7d5c199acb9e40d2614ffc723f2a7e9ab0d65e9e1be7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09b04c641995c17c2f4eddd196e3d2524b96b18dc60c117cfd89fef385d0f68a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d82bc9b6975b77e595ff1fb0ff8dae05fb0a53cf36883c563763f69c945270fc(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmWideipPools]],
) -> None:
    """Type checking stubs"""
    pass
