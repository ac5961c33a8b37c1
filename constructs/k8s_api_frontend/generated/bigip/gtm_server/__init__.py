r'''
# `bigip_gtm_server`

Refer to the Terraform Registry for docs: [`bigip_gtm_server`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server).
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


class GtmServer(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmServer.GtmServer",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server bigip_gtm_server}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        datacenter: builtins.str,
        name: builtins.str,
        addresses: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["GtmServerAddresses", typing.Dict[builtins.str, typing.Any]]]]] = None,
        description: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        expose_route_domains: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        iq_allow_path: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        iq_allow_service_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        iq_allow_snmp: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        limit_cpu_usage: typing.Optional[jsii.Number] = None,
        limit_cpu_usage_status: typing.Optional[builtins.str] = None,
        limit_max_bps: typing.Optional[jsii.Number] = None,
        limit_max_bps_status: typing.Optional[builtins.str] = None,
        limit_max_connections: typing.Optional[jsii.Number] = None,
        limit_max_connections_status: typing.Optional[builtins.str] = None,
        limit_max_pps: typing.Optional[jsii.Number] = None,
        limit_max_pps_status: typing.Optional[builtins.str] = None,
        limit_mem_avail: typing.Optional[jsii.Number] = None,
        limit_mem_avail_status: typing.Optional[builtins.str] = None,
        link_discovery: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        prober_fallback: typing.Optional[builtins.str] = None,
        prober_pool: typing.Optional[builtins.str] = None,
        prober_preference: typing.Optional[builtins.str] = None,
        product: typing.Optional[builtins.str] = None,
        virtual_server_discovery: typing.Optional[builtins.str] = None,
        virtual_servers: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["GtmServerVirtualServers", typing.Dict[builtins.str, typing.Any]]]]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server bigip_gtm_server} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param datacenter: Datacenter the server belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#datacenter GtmServer#datacenter}
        :param name: Name of the GTM server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#name GtmServer#name}
        :param addresses: addresses block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#addresses GtmServer#addresses}
        :param description: Description of the GTM server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#description GtmServer#description}
        :param enabled: Enable or disable the GTM server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#enabled GtmServer#enabled}
        :param expose_route_domains: Allow the GTM server to expose route domains. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#expose_route_domains GtmServer#expose_route_domains}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#id GtmServer#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param iq_allow_path: Enable iQuery path probing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#iq_allow_path GtmServer#iq_allow_path}
        :param iq_allow_service_check: Enable iQuery service checking. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#iq_allow_service_check GtmServer#iq_allow_service_check}
        :param iq_allow_snmp: Enable iQuery SNMP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#iq_allow_snmp GtmServer#iq_allow_snmp}
        :param limit_cpu_usage: CPU usage limit. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_cpu_usage GtmServer#limit_cpu_usage}
        :param limit_cpu_usage_status: CPU usage limit status. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_cpu_usage_status GtmServer#limit_cpu_usage_status}
        :param limit_max_bps: Maximum bits per second. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_bps GtmServer#limit_max_bps}
        :param limit_max_bps_status: Maximum bps status. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_bps_status GtmServer#limit_max_bps_status}
        :param limit_max_connections: Maximum concurrent connections. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_connections GtmServer#limit_max_connections}
        :param limit_max_connections_status: Maximum connections status. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_connections_status GtmServer#limit_max_connections_status}
        :param limit_max_pps: Maximum packets per second. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_pps GtmServer#limit_max_pps}
        :param limit_max_pps_status: Maximum pps status. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_pps_status GtmServer#limit_max_pps_status}
        :param limit_mem_avail: Available memory limit. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_mem_avail GtmServer#limit_mem_avail}
        :param limit_mem_avail_status: Available memory status. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_mem_avail_status GtmServer#limit_mem_avail_status}
        :param link_discovery: Link discovery mode (enabled, disabled, enabled-no-delete). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#link_discovery GtmServer#link_discovery}
        :param monitor: Monitor assigned to the server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#monitor GtmServer#monitor}
        :param partition: Partition or tenant the server belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#partition GtmServer#partition}
        :param prober_fallback: Prober fallback (any-available, inside-datacenter, outside-datacenter, inherit, pool). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#prober_fallback GtmServer#prober_fallback}
        :param prober_pool: Prober pool to use when prober_preference or prober_fallback is set to pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#prober_pool GtmServer#prober_pool}
        :param prober_preference: Prober preference (inside-datacenter, outside-datacenter, inherit, pool). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#prober_preference GtmServer#prober_preference}
        :param product: Server type (bigip, generic-host, etc.). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#product GtmServer#product}
        :param virtual_server_discovery: Virtual server discovery mode (enabled, disabled, enabled-no-delete). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#virtual_server_discovery GtmServer#virtual_server_discovery}
        :param virtual_servers: virtual_servers block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#virtual_servers GtmServer#virtual_servers}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__940578b6dce763a60dcd2f4f0513c480f39d3793e04bfcc1b3f4799841c591c8)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = GtmServerConfig(
            datacenter=datacenter,
            name=name,
            addresses=addresses,
            description=description,
            enabled=enabled,
            expose_route_domains=expose_route_domains,
            id=id,
            iq_allow_path=iq_allow_path,
            iq_allow_service_check=iq_allow_service_check,
            iq_allow_snmp=iq_allow_snmp,
            limit_cpu_usage=limit_cpu_usage,
            limit_cpu_usage_status=limit_cpu_usage_status,
            limit_max_bps=limit_max_bps,
            limit_max_bps_status=limit_max_bps_status,
            limit_max_connections=limit_max_connections,
            limit_max_connections_status=limit_max_connections_status,
            limit_max_pps=limit_max_pps,
            limit_max_pps_status=limit_max_pps_status,
            limit_mem_avail=limit_mem_avail,
            limit_mem_avail_status=limit_mem_avail_status,
            link_discovery=link_discovery,
            monitor=monitor,
            partition=partition,
            prober_fallback=prober_fallback,
            prober_pool=prober_pool,
            prober_preference=prober_preference,
            product=product,
            virtual_server_discovery=virtual_server_discovery,
            virtual_servers=virtual_servers,
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
        '''Generates CDKTF code for importing a GtmServer resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the GtmServer to import.
        :param import_from_id: The id of the existing GtmServer that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the GtmServer to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13e096174ce3c3ec89be63da0f7ad4769784c8c83b3a07eb087207533e1341f5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putAddresses")
    def put_addresses(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["GtmServerAddresses", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a61338c5f41bcee1aab2c3509117e76959f7dba6e51652740ee64e9cf044c87)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putAddresses", [value]))

    @jsii.member(jsii_name="putVirtualServers")
    def put_virtual_servers(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["GtmServerVirtualServers", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b008c452a1af82d8605035917db2b9bb620afb85180bce53a02962173714cbc1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putVirtualServers", [value]))

    @jsii.member(jsii_name="resetAddresses")
    def reset_addresses(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAddresses", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetEnabled")
    def reset_enabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnabled", []))

    @jsii.member(jsii_name="resetExposeRouteDomains")
    def reset_expose_route_domains(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExposeRouteDomains", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIqAllowPath")
    def reset_iq_allow_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIqAllowPath", []))

    @jsii.member(jsii_name="resetIqAllowServiceCheck")
    def reset_iq_allow_service_check(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIqAllowServiceCheck", []))

    @jsii.member(jsii_name="resetIqAllowSnmp")
    def reset_iq_allow_snmp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIqAllowSnmp", []))

    @jsii.member(jsii_name="resetLimitCpuUsage")
    def reset_limit_cpu_usage(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitCpuUsage", []))

    @jsii.member(jsii_name="resetLimitCpuUsageStatus")
    def reset_limit_cpu_usage_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitCpuUsageStatus", []))

    @jsii.member(jsii_name="resetLimitMaxBps")
    def reset_limit_max_bps(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxBps", []))

    @jsii.member(jsii_name="resetLimitMaxBpsStatus")
    def reset_limit_max_bps_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxBpsStatus", []))

    @jsii.member(jsii_name="resetLimitMaxConnections")
    def reset_limit_max_connections(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxConnections", []))

    @jsii.member(jsii_name="resetLimitMaxConnectionsStatus")
    def reset_limit_max_connections_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxConnectionsStatus", []))

    @jsii.member(jsii_name="resetLimitMaxPps")
    def reset_limit_max_pps(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxPps", []))

    @jsii.member(jsii_name="resetLimitMaxPpsStatus")
    def reset_limit_max_pps_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxPpsStatus", []))

    @jsii.member(jsii_name="resetLimitMemAvail")
    def reset_limit_mem_avail(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMemAvail", []))

    @jsii.member(jsii_name="resetLimitMemAvailStatus")
    def reset_limit_mem_avail_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMemAvailStatus", []))

    @jsii.member(jsii_name="resetLinkDiscovery")
    def reset_link_discovery(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLinkDiscovery", []))

    @jsii.member(jsii_name="resetMonitor")
    def reset_monitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonitor", []))

    @jsii.member(jsii_name="resetPartition")
    def reset_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartition", []))

    @jsii.member(jsii_name="resetProberFallback")
    def reset_prober_fallback(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProberFallback", []))

    @jsii.member(jsii_name="resetProberPool")
    def reset_prober_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProberPool", []))

    @jsii.member(jsii_name="resetProberPreference")
    def reset_prober_preference(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProberPreference", []))

    @jsii.member(jsii_name="resetProduct")
    def reset_product(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProduct", []))

    @jsii.member(jsii_name="resetVirtualServerDiscovery")
    def reset_virtual_server_discovery(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVirtualServerDiscovery", []))

    @jsii.member(jsii_name="resetVirtualServers")
    def reset_virtual_servers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVirtualServers", []))

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
    @jsii.member(jsii_name="addresses")
    def addresses(self) -> "GtmServerAddressesList":
        return typing.cast("GtmServerAddressesList", jsii.get(self, "addresses"))

    @builtins.property
    @jsii.member(jsii_name="virtualServers")
    def virtual_servers(self) -> "GtmServerVirtualServersList":
        return typing.cast("GtmServerVirtualServersList", jsii.get(self, "virtualServers"))

    @builtins.property
    @jsii.member(jsii_name="addressesInput")
    def addresses_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmServerAddresses"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmServerAddresses"]]], jsii.get(self, "addressesInput"))

    @builtins.property
    @jsii.member(jsii_name="datacenterInput")
    def datacenter_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "datacenterInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="enabledInput")
    def enabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enabledInput"))

    @builtins.property
    @jsii.member(jsii_name="exposeRouteDomainsInput")
    def expose_route_domains_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "exposeRouteDomainsInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="iqAllowPathInput")
    def iq_allow_path_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "iqAllowPathInput"))

    @builtins.property
    @jsii.member(jsii_name="iqAllowServiceCheckInput")
    def iq_allow_service_check_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "iqAllowServiceCheckInput"))

    @builtins.property
    @jsii.member(jsii_name="iqAllowSnmpInput")
    def iq_allow_snmp_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "iqAllowSnmpInput"))

    @builtins.property
    @jsii.member(jsii_name="limitCpuUsageInput")
    def limit_cpu_usage_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "limitCpuUsageInput"))

    @builtins.property
    @jsii.member(jsii_name="limitCpuUsageStatusInput")
    def limit_cpu_usage_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "limitCpuUsageStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxBpsInput")
    def limit_max_bps_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "limitMaxBpsInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxBpsStatusInput")
    def limit_max_bps_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "limitMaxBpsStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnectionsInput")
    def limit_max_connections_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "limitMaxConnectionsInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnectionsStatusInput")
    def limit_max_connections_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "limitMaxConnectionsStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxPpsInput")
    def limit_max_pps_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "limitMaxPpsInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxPpsStatusInput")
    def limit_max_pps_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "limitMaxPpsStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMemAvailInput")
    def limit_mem_avail_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "limitMemAvailInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMemAvailStatusInput")
    def limit_mem_avail_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "limitMemAvailStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="linkDiscoveryInput")
    def link_discovery_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "linkDiscoveryInput"))

    @builtins.property
    @jsii.member(jsii_name="monitorInput")
    def monitor_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "monitorInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="partitionInput")
    def partition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "partitionInput"))

    @builtins.property
    @jsii.member(jsii_name="proberFallbackInput")
    def prober_fallback_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proberFallbackInput"))

    @builtins.property
    @jsii.member(jsii_name="proberPoolInput")
    def prober_pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proberPoolInput"))

    @builtins.property
    @jsii.member(jsii_name="proberPreferenceInput")
    def prober_preference_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proberPreferenceInput"))

    @builtins.property
    @jsii.member(jsii_name="productInput")
    def product_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "productInput"))

    @builtins.property
    @jsii.member(jsii_name="virtualServerDiscoveryInput")
    def virtual_server_discovery_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "virtualServerDiscoveryInput"))

    @builtins.property
    @jsii.member(jsii_name="virtualServersInput")
    def virtual_servers_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmServerVirtualServers"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmServerVirtualServers"]]], jsii.get(self, "virtualServersInput"))

    @builtins.property
    @jsii.member(jsii_name="datacenter")
    def datacenter(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "datacenter"))

    @datacenter.setter
    def datacenter(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d18d47f5bf4d2200e8dacd8383b950e686b2e77265cc6222d97f464ad12df1d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "datacenter", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c7c72b1f0c72f18a9083792ca826ff416b0bfa727c639fea58f233f33620ea98)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__2a9f935ed95e8a2d697a8f54527386b27ef9a20e0380dd5ff8e393722982f8ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="exposeRouteDomains")
    def expose_route_domains(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "exposeRouteDomains"))

    @expose_route_domains.setter
    def expose_route_domains(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5995c3e4545f3ebe2061b9f6ee48fdc45bf8240fd4d088687f9e0b6332bd0f29)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "exposeRouteDomains", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c9c83f3d2ea8b2ce6a573572d462dc8756e5a831cf9bb9d10625f28c7ab9f3fa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="iqAllowPath")
    def iq_allow_path(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "iqAllowPath"))

    @iq_allow_path.setter
    def iq_allow_path(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e60f4f8c42ced39c54736959e66a88e62ff759a944c721211a7b09ccc35cd7e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "iqAllowPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="iqAllowServiceCheck")
    def iq_allow_service_check(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "iqAllowServiceCheck"))

    @iq_allow_service_check.setter
    def iq_allow_service_check(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d866a05ed1687937f032f6bf88bba9f9f4a67f2191fe5167d97739fcbeec12d7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "iqAllowServiceCheck", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="iqAllowSnmp")
    def iq_allow_snmp(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "iqAllowSnmp"))

    @iq_allow_snmp.setter
    def iq_allow_snmp(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5227f33c1500b039787f7c72071962343e5c66d31f3f2931c59048abe9fe910d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "iqAllowSnmp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitCpuUsage")
    def limit_cpu_usage(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitCpuUsage"))

    @limit_cpu_usage.setter
    def limit_cpu_usage(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c9d848d60bc8d1e48b599f5df18840e4522e479969c3c5aa757bf4f8ef94780)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitCpuUsage", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitCpuUsageStatus")
    def limit_cpu_usage_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitCpuUsageStatus"))

    @limit_cpu_usage_status.setter
    def limit_cpu_usage_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4520ede847172c991a8d700320594d89b500cadb93786e6591afd5b10f9ca0b9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitCpuUsageStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxBps")
    def limit_max_bps(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxBps"))

    @limit_max_bps.setter
    def limit_max_bps(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__59df543c82ca77a3f4ebf6e685029daeb865d054764b7156e41e82f1a1811fd3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxBps", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxBpsStatus")
    def limit_max_bps_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxBpsStatus"))

    @limit_max_bps_status.setter
    def limit_max_bps_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__04cb14b27d6c913470ef28b91c9ffe358d20265bfa453a4377e1803c5509d8d7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxBpsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnections")
    def limit_max_connections(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxConnections"))

    @limit_max_connections.setter
    def limit_max_connections(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e2374ce741456f071691aab0b250aeba80fea38bbfde669414d2afcb1339aa3a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxConnections", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnectionsStatus")
    def limit_max_connections_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxConnectionsStatus"))

    @limit_max_connections_status.setter
    def limit_max_connections_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68b3c9441affd1adc7300c496731951c0d63c2e8118a95ab0b4bda2325c230a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxConnectionsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxPps")
    def limit_max_pps(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxPps"))

    @limit_max_pps.setter
    def limit_max_pps(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eb58ca68a9ec7639cac39cbd8ca9c32f7a63d3d5d53a20b888126101799382a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxPps", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxPpsStatus")
    def limit_max_pps_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxPpsStatus"))

    @limit_max_pps_status.setter
    def limit_max_pps_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8340229d672c0e29481fe034496807517e47f524fc8683cc45430c680bb64bed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxPpsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMemAvail")
    def limit_mem_avail(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMemAvail"))

    @limit_mem_avail.setter
    def limit_mem_avail(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__646bbedccea782d05abc718930a5cf408424de0c2f6296054658751ad6d78fbc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMemAvail", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMemAvailStatus")
    def limit_mem_avail_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMemAvailStatus"))

    @limit_mem_avail_status.setter
    def limit_mem_avail_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d50e2289338f872b9437829bcfa0feedeebe69d1354494c79324fda910fc8d47)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMemAvailStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="linkDiscovery")
    def link_discovery(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "linkDiscovery"))

    @link_discovery.setter
    def link_discovery(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b5c39133fc48171084b6b4b5d26a5128d65aaf5c31622760dc069e3cc81ff3d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "linkDiscovery", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monitor")
    def monitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "monitor"))

    @monitor.setter
    def monitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c5c6365830e5bb6f8f2be1eede85f1ef895e3c0beeee89c538040f4c54c6d541)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b109512f52cce9286313ae500b8b23d558ad13849d40ee3a413b84146197f28a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c605e5b13867ef1a4e5dd8e438e54e7876e9910b40722bb46fa278585cbb640a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proberFallback")
    def prober_fallback(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proberFallback"))

    @prober_fallback.setter
    def prober_fallback(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae3387a077b1cb8dc27edd30ed4a0ab5babf3b1800e7646b53909d4cc451c8d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proberFallback", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proberPool")
    def prober_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proberPool"))

    @prober_pool.setter
    def prober_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__203c06e7a46fea61eec782e1efe0b7dc79b9c73b67ddd8f1b8f3f86370afcffd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proberPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proberPreference")
    def prober_preference(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proberPreference"))

    @prober_preference.setter
    def prober_preference(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__56ee1270e2aeadc93eb25de444f2204ed782e552f4b2efa5b9a65ef98e120681)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proberPreference", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="product")
    def product(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "product"))

    @product.setter
    def product(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc209ad7fd16a56281fbae827ae050b89ecc8f08e8f536d068374fbbb54678bf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "product", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="virtualServerDiscovery")
    def virtual_server_discovery(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "virtualServerDiscovery"))

    @virtual_server_discovery.setter
    def virtual_server_discovery(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b9806ebd2bb69a893eeff8238906ce6d9b75db8ecf78faf312b04df759d7af05)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "virtualServerDiscovery", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.gtmServer.GtmServerAddresses",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "device_name": "deviceName",
        "translation": "translation",
    },
)
class GtmServerAddresses:
    def __init__(
        self,
        *,
        name: builtins.str,
        device_name: typing.Optional[builtins.str] = None,
        translation: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: IP address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#name GtmServer#name}
        :param device_name: Device name for the address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#device_name GtmServer#device_name}
        :param translation: IP translation address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#translation GtmServer#translation}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68155c736e427048755e1046b9017fb4ca4fc504decfd2778244b6c00a552fb6)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument device_name", value=device_name, expected_type=type_hints["device_name"])
            check_type(argname="argument translation", value=translation, expected_type=type_hints["translation"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if device_name is not None:
            self._values["device_name"] = device_name
        if translation is not None:
            self._values["translation"] = translation

    @builtins.property
    def name(self) -> builtins.str:
        '''IP address.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#name GtmServer#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def device_name(self) -> typing.Optional[builtins.str]:
        '''Device name for the address.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#device_name GtmServer#device_name}
        '''
        result = self._values.get("device_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def translation(self) -> typing.Optional[builtins.str]:
        '''IP translation address.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#translation GtmServer#translation}
        '''
        result = self._values.get("translation")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GtmServerAddresses(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class GtmServerAddressesList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmServer.GtmServerAddressesList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e1ffa02084490212e63a7be3aa4c85cc7c79e8ff164a31081727ce6b59210bbc)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "GtmServerAddressesOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bf7af8158a66b02146b608e4fbb869e1091db2639fd623045493998ba603514f)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("GtmServerAddressesOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b78c840278792a54801af8c4106e078ea745d8a6765886c373f36943cc1eaa63)
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
            type_hints = typing.get_type_hints(_typecheckingstub__a9b6336c07eb255378003120cdc250c004dfe6dae1bafc2aa6b919863dc75ef9)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0d6e84a7c11dd748884d83705a3713dbf4b29d055889dbd3d1621f05a85884f3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmServerAddresses]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmServerAddresses]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmServerAddresses]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cd304ff16c215e6668167db2b866860c8027126c6fc5bbd554391c53a9586e06)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class GtmServerAddressesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmServer.GtmServerAddressesOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__2a2c10caea4f9f56fb196c7b5b2dac7e6d8bd4208cd7591c7bd2bf89130d2d45)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetDeviceName")
    def reset_device_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeviceName", []))

    @jsii.member(jsii_name="resetTranslation")
    def reset_translation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTranslation", []))

    @builtins.property
    @jsii.member(jsii_name="deviceNameInput")
    def device_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deviceNameInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="translationInput")
    def translation_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "translationInput"))

    @builtins.property
    @jsii.member(jsii_name="deviceName")
    def device_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deviceName"))

    @device_name.setter
    def device_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7598916e8fef213cf0e9d11c7b9cf8356bf0c347968d00cea96124f69140473c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deviceName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e1e47e5afcf7abbbd647695551496760e94875103bcae26292ea328663dc6aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="translation")
    def translation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "translation"))

    @translation.setter
    def translation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__df88bbd577b8ec9737ecf2ff746d7dc13b105ba39601a22adc4fd3c070f04e02)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "translation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmServerAddresses]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmServerAddresses]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmServerAddresses]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aaba6c1bde30235dce9ec81288c06c32042e906789f1b1825fcb29970a591a12)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.gtmServer.GtmServerConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "datacenter": "datacenter",
        "name": "name",
        "addresses": "addresses",
        "description": "description",
        "enabled": "enabled",
        "expose_route_domains": "exposeRouteDomains",
        "id": "id",
        "iq_allow_path": "iqAllowPath",
        "iq_allow_service_check": "iqAllowServiceCheck",
        "iq_allow_snmp": "iqAllowSnmp",
        "limit_cpu_usage": "limitCpuUsage",
        "limit_cpu_usage_status": "limitCpuUsageStatus",
        "limit_max_bps": "limitMaxBps",
        "limit_max_bps_status": "limitMaxBpsStatus",
        "limit_max_connections": "limitMaxConnections",
        "limit_max_connections_status": "limitMaxConnectionsStatus",
        "limit_max_pps": "limitMaxPps",
        "limit_max_pps_status": "limitMaxPpsStatus",
        "limit_mem_avail": "limitMemAvail",
        "limit_mem_avail_status": "limitMemAvailStatus",
        "link_discovery": "linkDiscovery",
        "monitor": "monitor",
        "partition": "partition",
        "prober_fallback": "proberFallback",
        "prober_pool": "proberPool",
        "prober_preference": "proberPreference",
        "product": "product",
        "virtual_server_discovery": "virtualServerDiscovery",
        "virtual_servers": "virtualServers",
    },
)
class GtmServerConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        datacenter: builtins.str,
        name: builtins.str,
        addresses: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmServerAddresses, typing.Dict[builtins.str, typing.Any]]]]] = None,
        description: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        expose_route_domains: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        iq_allow_path: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        iq_allow_service_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        iq_allow_snmp: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        limit_cpu_usage: typing.Optional[jsii.Number] = None,
        limit_cpu_usage_status: typing.Optional[builtins.str] = None,
        limit_max_bps: typing.Optional[jsii.Number] = None,
        limit_max_bps_status: typing.Optional[builtins.str] = None,
        limit_max_connections: typing.Optional[jsii.Number] = None,
        limit_max_connections_status: typing.Optional[builtins.str] = None,
        limit_max_pps: typing.Optional[jsii.Number] = None,
        limit_max_pps_status: typing.Optional[builtins.str] = None,
        limit_mem_avail: typing.Optional[jsii.Number] = None,
        limit_mem_avail_status: typing.Optional[builtins.str] = None,
        link_discovery: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        prober_fallback: typing.Optional[builtins.str] = None,
        prober_pool: typing.Optional[builtins.str] = None,
        prober_preference: typing.Optional[builtins.str] = None,
        product: typing.Optional[builtins.str] = None,
        virtual_server_discovery: typing.Optional[builtins.str] = None,
        virtual_servers: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["GtmServerVirtualServers", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param datacenter: Datacenter the server belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#datacenter GtmServer#datacenter}
        :param name: Name of the GTM server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#name GtmServer#name}
        :param addresses: addresses block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#addresses GtmServer#addresses}
        :param description: Description of the GTM server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#description GtmServer#description}
        :param enabled: Enable or disable the GTM server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#enabled GtmServer#enabled}
        :param expose_route_domains: Allow the GTM server to expose route domains. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#expose_route_domains GtmServer#expose_route_domains}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#id GtmServer#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param iq_allow_path: Enable iQuery path probing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#iq_allow_path GtmServer#iq_allow_path}
        :param iq_allow_service_check: Enable iQuery service checking. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#iq_allow_service_check GtmServer#iq_allow_service_check}
        :param iq_allow_snmp: Enable iQuery SNMP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#iq_allow_snmp GtmServer#iq_allow_snmp}
        :param limit_cpu_usage: CPU usage limit. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_cpu_usage GtmServer#limit_cpu_usage}
        :param limit_cpu_usage_status: CPU usage limit status. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_cpu_usage_status GtmServer#limit_cpu_usage_status}
        :param limit_max_bps: Maximum bits per second. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_bps GtmServer#limit_max_bps}
        :param limit_max_bps_status: Maximum bps status. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_bps_status GtmServer#limit_max_bps_status}
        :param limit_max_connections: Maximum concurrent connections. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_connections GtmServer#limit_max_connections}
        :param limit_max_connections_status: Maximum connections status. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_connections_status GtmServer#limit_max_connections_status}
        :param limit_max_pps: Maximum packets per second. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_pps GtmServer#limit_max_pps}
        :param limit_max_pps_status: Maximum pps status. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_pps_status GtmServer#limit_max_pps_status}
        :param limit_mem_avail: Available memory limit. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_mem_avail GtmServer#limit_mem_avail}
        :param limit_mem_avail_status: Available memory status. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_mem_avail_status GtmServer#limit_mem_avail_status}
        :param link_discovery: Link discovery mode (enabled, disabled, enabled-no-delete). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#link_discovery GtmServer#link_discovery}
        :param monitor: Monitor assigned to the server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#monitor GtmServer#monitor}
        :param partition: Partition or tenant the server belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#partition GtmServer#partition}
        :param prober_fallback: Prober fallback (any-available, inside-datacenter, outside-datacenter, inherit, pool). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#prober_fallback GtmServer#prober_fallback}
        :param prober_pool: Prober pool to use when prober_preference or prober_fallback is set to pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#prober_pool GtmServer#prober_pool}
        :param prober_preference: Prober preference (inside-datacenter, outside-datacenter, inherit, pool). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#prober_preference GtmServer#prober_preference}
        :param product: Server type (bigip, generic-host, etc.). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#product GtmServer#product}
        :param virtual_server_discovery: Virtual server discovery mode (enabled, disabled, enabled-no-delete). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#virtual_server_discovery GtmServer#virtual_server_discovery}
        :param virtual_servers: virtual_servers block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#virtual_servers GtmServer#virtual_servers}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__14f6f2b389b659d48941d16e025e900286d92eb46e9175185c63c2df174c7d51)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument datacenter", value=datacenter, expected_type=type_hints["datacenter"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument addresses", value=addresses, expected_type=type_hints["addresses"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument expose_route_domains", value=expose_route_domains, expected_type=type_hints["expose_route_domains"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument iq_allow_path", value=iq_allow_path, expected_type=type_hints["iq_allow_path"])
            check_type(argname="argument iq_allow_service_check", value=iq_allow_service_check, expected_type=type_hints["iq_allow_service_check"])
            check_type(argname="argument iq_allow_snmp", value=iq_allow_snmp, expected_type=type_hints["iq_allow_snmp"])
            check_type(argname="argument limit_cpu_usage", value=limit_cpu_usage, expected_type=type_hints["limit_cpu_usage"])
            check_type(argname="argument limit_cpu_usage_status", value=limit_cpu_usage_status, expected_type=type_hints["limit_cpu_usage_status"])
            check_type(argname="argument limit_max_bps", value=limit_max_bps, expected_type=type_hints["limit_max_bps"])
            check_type(argname="argument limit_max_bps_status", value=limit_max_bps_status, expected_type=type_hints["limit_max_bps_status"])
            check_type(argname="argument limit_max_connections", value=limit_max_connections, expected_type=type_hints["limit_max_connections"])
            check_type(argname="argument limit_max_connections_status", value=limit_max_connections_status, expected_type=type_hints["limit_max_connections_status"])
            check_type(argname="argument limit_max_pps", value=limit_max_pps, expected_type=type_hints["limit_max_pps"])
            check_type(argname="argument limit_max_pps_status", value=limit_max_pps_status, expected_type=type_hints["limit_max_pps_status"])
            check_type(argname="argument limit_mem_avail", value=limit_mem_avail, expected_type=type_hints["limit_mem_avail"])
            check_type(argname="argument limit_mem_avail_status", value=limit_mem_avail_status, expected_type=type_hints["limit_mem_avail_status"])
            check_type(argname="argument link_discovery", value=link_discovery, expected_type=type_hints["link_discovery"])
            check_type(argname="argument monitor", value=monitor, expected_type=type_hints["monitor"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument prober_fallback", value=prober_fallback, expected_type=type_hints["prober_fallback"])
            check_type(argname="argument prober_pool", value=prober_pool, expected_type=type_hints["prober_pool"])
            check_type(argname="argument prober_preference", value=prober_preference, expected_type=type_hints["prober_preference"])
            check_type(argname="argument product", value=product, expected_type=type_hints["product"])
            check_type(argname="argument virtual_server_discovery", value=virtual_server_discovery, expected_type=type_hints["virtual_server_discovery"])
            check_type(argname="argument virtual_servers", value=virtual_servers, expected_type=type_hints["virtual_servers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "datacenter": datacenter,
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
        if addresses is not None:
            self._values["addresses"] = addresses
        if description is not None:
            self._values["description"] = description
        if enabled is not None:
            self._values["enabled"] = enabled
        if expose_route_domains is not None:
            self._values["expose_route_domains"] = expose_route_domains
        if id is not None:
            self._values["id"] = id
        if iq_allow_path is not None:
            self._values["iq_allow_path"] = iq_allow_path
        if iq_allow_service_check is not None:
            self._values["iq_allow_service_check"] = iq_allow_service_check
        if iq_allow_snmp is not None:
            self._values["iq_allow_snmp"] = iq_allow_snmp
        if limit_cpu_usage is not None:
            self._values["limit_cpu_usage"] = limit_cpu_usage
        if limit_cpu_usage_status is not None:
            self._values["limit_cpu_usage_status"] = limit_cpu_usage_status
        if limit_max_bps is not None:
            self._values["limit_max_bps"] = limit_max_bps
        if limit_max_bps_status is not None:
            self._values["limit_max_bps_status"] = limit_max_bps_status
        if limit_max_connections is not None:
            self._values["limit_max_connections"] = limit_max_connections
        if limit_max_connections_status is not None:
            self._values["limit_max_connections_status"] = limit_max_connections_status
        if limit_max_pps is not None:
            self._values["limit_max_pps"] = limit_max_pps
        if limit_max_pps_status is not None:
            self._values["limit_max_pps_status"] = limit_max_pps_status
        if limit_mem_avail is not None:
            self._values["limit_mem_avail"] = limit_mem_avail
        if limit_mem_avail_status is not None:
            self._values["limit_mem_avail_status"] = limit_mem_avail_status
        if link_discovery is not None:
            self._values["link_discovery"] = link_discovery
        if monitor is not None:
            self._values["monitor"] = monitor
        if partition is not None:
            self._values["partition"] = partition
        if prober_fallback is not None:
            self._values["prober_fallback"] = prober_fallback
        if prober_pool is not None:
            self._values["prober_pool"] = prober_pool
        if prober_preference is not None:
            self._values["prober_preference"] = prober_preference
        if product is not None:
            self._values["product"] = product
        if virtual_server_discovery is not None:
            self._values["virtual_server_discovery"] = virtual_server_discovery
        if virtual_servers is not None:
            self._values["virtual_servers"] = virtual_servers

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
    def datacenter(self) -> builtins.str:
        '''Datacenter the server belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#datacenter GtmServer#datacenter}
        '''
        result = self._values.get("datacenter")
        assert result is not None, "Required property 'datacenter' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the GTM server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#name GtmServer#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def addresses(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmServerAddresses]]]:
        '''addresses block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#addresses GtmServer#addresses}
        '''
        result = self._values.get("addresses")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmServerAddresses]]], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Description of the GTM server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#description GtmServer#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable or disable the GTM server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#enabled GtmServer#enabled}
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def expose_route_domains(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Allow the GTM server to expose route domains.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#expose_route_domains GtmServer#expose_route_domains}
        '''
        result = self._values.get("expose_route_domains")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#id GtmServer#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def iq_allow_path(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable iQuery path probing.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#iq_allow_path GtmServer#iq_allow_path}
        '''
        result = self._values.get("iq_allow_path")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def iq_allow_service_check(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable iQuery service checking.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#iq_allow_service_check GtmServer#iq_allow_service_check}
        '''
        result = self._values.get("iq_allow_service_check")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def iq_allow_snmp(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable iQuery SNMP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#iq_allow_snmp GtmServer#iq_allow_snmp}
        '''
        result = self._values.get("iq_allow_snmp")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def limit_cpu_usage(self) -> typing.Optional[jsii.Number]:
        '''CPU usage limit.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_cpu_usage GtmServer#limit_cpu_usage}
        '''
        result = self._values.get("limit_cpu_usage")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_cpu_usage_status(self) -> typing.Optional[builtins.str]:
        '''CPU usage limit status.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_cpu_usage_status GtmServer#limit_cpu_usage_status}
        '''
        result = self._values.get("limit_cpu_usage_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def limit_max_bps(self) -> typing.Optional[jsii.Number]:
        '''Maximum bits per second.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_bps GtmServer#limit_max_bps}
        '''
        result = self._values.get("limit_max_bps")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_bps_status(self) -> typing.Optional[builtins.str]:
        '''Maximum bps status.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_bps_status GtmServer#limit_max_bps_status}
        '''
        result = self._values.get("limit_max_bps_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def limit_max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum concurrent connections.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_connections GtmServer#limit_max_connections}
        '''
        result = self._values.get("limit_max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_connections_status(self) -> typing.Optional[builtins.str]:
        '''Maximum connections status.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_connections_status GtmServer#limit_max_connections_status}
        '''
        result = self._values.get("limit_max_connections_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def limit_max_pps(self) -> typing.Optional[jsii.Number]:
        '''Maximum packets per second.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_pps GtmServer#limit_max_pps}
        '''
        result = self._values.get("limit_max_pps")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_pps_status(self) -> typing.Optional[builtins.str]:
        '''Maximum pps status.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_pps_status GtmServer#limit_max_pps_status}
        '''
        result = self._values.get("limit_max_pps_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def limit_mem_avail(self) -> typing.Optional[jsii.Number]:
        '''Available memory limit.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_mem_avail GtmServer#limit_mem_avail}
        '''
        result = self._values.get("limit_mem_avail")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_mem_avail_status(self) -> typing.Optional[builtins.str]:
        '''Available memory status.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_mem_avail_status GtmServer#limit_mem_avail_status}
        '''
        result = self._values.get("limit_mem_avail_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def link_discovery(self) -> typing.Optional[builtins.str]:
        '''Link discovery mode (enabled, disabled, enabled-no-delete).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#link_discovery GtmServer#link_discovery}
        '''
        result = self._values.get("link_discovery")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def monitor(self) -> typing.Optional[builtins.str]:
        '''Monitor assigned to the server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#monitor GtmServer#monitor}
        '''
        result = self._values.get("monitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''Partition or tenant the server belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#partition GtmServer#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prober_fallback(self) -> typing.Optional[builtins.str]:
        '''Prober fallback (any-available, inside-datacenter, outside-datacenter, inherit, pool).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#prober_fallback GtmServer#prober_fallback}
        '''
        result = self._values.get("prober_fallback")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prober_pool(self) -> typing.Optional[builtins.str]:
        '''Prober pool to use when prober_preference or prober_fallback is set to pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#prober_pool GtmServer#prober_pool}
        '''
        result = self._values.get("prober_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prober_preference(self) -> typing.Optional[builtins.str]:
        '''Prober preference (inside-datacenter, outside-datacenter, inherit, pool).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#prober_preference GtmServer#prober_preference}
        '''
        result = self._values.get("prober_preference")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def product(self) -> typing.Optional[builtins.str]:
        '''Server type (bigip, generic-host, etc.).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#product GtmServer#product}
        '''
        result = self._values.get("product")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def virtual_server_discovery(self) -> typing.Optional[builtins.str]:
        '''Virtual server discovery mode (enabled, disabled, enabled-no-delete).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#virtual_server_discovery GtmServer#virtual_server_discovery}
        '''
        result = self._values.get("virtual_server_discovery")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def virtual_servers(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmServerVirtualServers"]]]:
        '''virtual_servers block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#virtual_servers GtmServer#virtual_servers}
        '''
        result = self._values.get("virtual_servers")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmServerVirtualServers"]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GtmServerConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.gtmServer.GtmServerVirtualServers",
    jsii_struct_bases=[],
    name_mapping={
        "destination": "destination",
        "name": "name",
        "depends_on": "dependsOn",
        "enabled": "enabled",
        "limit_max_bps": "limitMaxBps",
        "limit_max_bps_status": "limitMaxBpsStatus",
        "limit_max_connections": "limitMaxConnections",
        "limit_max_connections_status": "limitMaxConnectionsStatus",
        "limit_max_pps": "limitMaxPps",
        "limit_max_pps_status": "limitMaxPpsStatus",
        "monitor": "monitor",
        "translation_address": "translationAddress",
        "translation_port": "translationPort",
    },
)
class GtmServerVirtualServers:
    def __init__(
        self,
        *,
        destination: builtins.str,
        name: builtins.str,
        depends_on: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        limit_max_bps: typing.Optional[jsii.Number] = None,
        limit_max_bps_status: typing.Optional[builtins.str] = None,
        limit_max_connections: typing.Optional[jsii.Number] = None,
        limit_max_connections_status: typing.Optional[builtins.str] = None,
        limit_max_pps: typing.Optional[jsii.Number] = None,
        limit_max_pps_status: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[builtins.str] = None,
        translation_address: typing.Optional[builtins.str] = None,
        translation_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination IP address and port (format: ip:port). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#destination GtmServer#destination}
        :param name: Name of the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#name GtmServer#name}
        :param depends_on: Virtual server dependency. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#depends_on GtmServer#depends_on}
        :param enabled: Enable or disable the virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#enabled GtmServer#enabled}
        :param limit_max_bps: Maximum bits per second limit. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_bps GtmServer#limit_max_bps}
        :param limit_max_bps_status: Enable or disable max bps limit (enabled/disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_bps_status GtmServer#limit_max_bps_status}
        :param limit_max_connections: Maximum connections limit. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_connections GtmServer#limit_max_connections}
        :param limit_max_connections_status: Enable or disable max connections limit (enabled/disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_connections_status GtmServer#limit_max_connections_status}
        :param limit_max_pps: Maximum packets per second limit. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_pps GtmServer#limit_max_pps}
        :param limit_max_pps_status: Enable or disable max pps limit (enabled/disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_pps_status GtmServer#limit_max_pps_status}
        :param monitor: Health monitor for this virtual server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#monitor GtmServer#monitor}
        :param translation_address: Translation IP address for NAT. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#translation_address GtmServer#translation_address}
        :param translation_port: Translation port for NAT. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#translation_port GtmServer#translation_port}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4895b8d89ee5867fa905258409aa51bd7e7a598e02622268e24375d6e08cfafc)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument limit_max_bps", value=limit_max_bps, expected_type=type_hints["limit_max_bps"])
            check_type(argname="argument limit_max_bps_status", value=limit_max_bps_status, expected_type=type_hints["limit_max_bps_status"])
            check_type(argname="argument limit_max_connections", value=limit_max_connections, expected_type=type_hints["limit_max_connections"])
            check_type(argname="argument limit_max_connections_status", value=limit_max_connections_status, expected_type=type_hints["limit_max_connections_status"])
            check_type(argname="argument limit_max_pps", value=limit_max_pps, expected_type=type_hints["limit_max_pps"])
            check_type(argname="argument limit_max_pps_status", value=limit_max_pps_status, expected_type=type_hints["limit_max_pps_status"])
            check_type(argname="argument monitor", value=monitor, expected_type=type_hints["monitor"])
            check_type(argname="argument translation_address", value=translation_address, expected_type=type_hints["translation_address"])
            check_type(argname="argument translation_port", value=translation_port, expected_type=type_hints["translation_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
            "name": name,
        }
        if depends_on is not None:
            self._values["depends_on"] = depends_on
        if enabled is not None:
            self._values["enabled"] = enabled
        if limit_max_bps is not None:
            self._values["limit_max_bps"] = limit_max_bps
        if limit_max_bps_status is not None:
            self._values["limit_max_bps_status"] = limit_max_bps_status
        if limit_max_connections is not None:
            self._values["limit_max_connections"] = limit_max_connections
        if limit_max_connections_status is not None:
            self._values["limit_max_connections_status"] = limit_max_connections_status
        if limit_max_pps is not None:
            self._values["limit_max_pps"] = limit_max_pps
        if limit_max_pps_status is not None:
            self._values["limit_max_pps_status"] = limit_max_pps_status
        if monitor is not None:
            self._values["monitor"] = monitor
        if translation_address is not None:
            self._values["translation_address"] = translation_address
        if translation_port is not None:
            self._values["translation_port"] = translation_port

    @builtins.property
    def destination(self) -> builtins.str:
        '''Destination IP address and port (format: ip:port).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#destination GtmServer#destination}
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#name GtmServer#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def depends_on(self) -> typing.Optional[builtins.str]:
        '''Virtual server dependency.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#depends_on GtmServer#depends_on}
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable or disable the virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#enabled GtmServer#enabled}
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def limit_max_bps(self) -> typing.Optional[jsii.Number]:
        '''Maximum bits per second limit.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_bps GtmServer#limit_max_bps}
        '''
        result = self._values.get("limit_max_bps")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_bps_status(self) -> typing.Optional[builtins.str]:
        '''Enable or disable max bps limit (enabled/disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_bps_status GtmServer#limit_max_bps_status}
        '''
        result = self._values.get("limit_max_bps_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def limit_max_connections(self) -> typing.Optional[jsii.Number]:
        '''Maximum connections limit.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_connections GtmServer#limit_max_connections}
        '''
        result = self._values.get("limit_max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_connections_status(self) -> typing.Optional[builtins.str]:
        '''Enable or disable max connections limit (enabled/disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_connections_status GtmServer#limit_max_connections_status}
        '''
        result = self._values.get("limit_max_connections_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def limit_max_pps(self) -> typing.Optional[jsii.Number]:
        '''Maximum packets per second limit.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_pps GtmServer#limit_max_pps}
        '''
        result = self._values.get("limit_max_pps")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_pps_status(self) -> typing.Optional[builtins.str]:
        '''Enable or disable max pps limit (enabled/disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#limit_max_pps_status GtmServer#limit_max_pps_status}
        '''
        result = self._values.get("limit_max_pps_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def monitor(self) -> typing.Optional[builtins.str]:
        '''Health monitor for this virtual server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#monitor GtmServer#monitor}
        '''
        result = self._values.get("monitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def translation_address(self) -> typing.Optional[builtins.str]:
        '''Translation IP address for NAT.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#translation_address GtmServer#translation_address}
        '''
        result = self._values.get("translation_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def translation_port(self) -> typing.Optional[jsii.Number]:
        '''Translation port for NAT.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_server#translation_port GtmServer#translation_port}
        '''
        result = self._values.get("translation_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GtmServerVirtualServers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class GtmServerVirtualServersList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmServer.GtmServerVirtualServersList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__215c73b19bb9cc37b81886c45b40709866f3779281eb90bd4f6ac85b178e3146)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "GtmServerVirtualServersOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0be6ef060943b7a38522d11a71623c275d42cfaed0c4a86a7661669a9788d455)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("GtmServerVirtualServersOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4acd0a50f04da443fe8aa1baa62d10b372ca3371b59ea7da6e10b844c0d07836)
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
            type_hints = typing.get_type_hints(_typecheckingstub__6c24de98e1b20b7a97225bbd31a0fbe3b26aa738143d54e24e604c27b3737b59)
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
            type_hints = typing.get_type_hints(_typecheckingstub__e0e8ac3bfc9d1f40428df2fa095c58e3a45cce243c19be9634cffa207c8df8c8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmServerVirtualServers]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmServerVirtualServers]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmServerVirtualServers]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__feccf52a92946cb3483c9420f698d170c9dfd4ff2ce6aa30ab14bed3b5b5a42c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class GtmServerVirtualServersOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmServer.GtmServerVirtualServersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__33f05b27c149e535eb466b86496410d6e630b2e9bf66def89708b36f32f83ae6)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetDependsOn")
    def reset_depends_on(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDependsOn", []))

    @jsii.member(jsii_name="resetEnabled")
    def reset_enabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnabled", []))

    @jsii.member(jsii_name="resetLimitMaxBps")
    def reset_limit_max_bps(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxBps", []))

    @jsii.member(jsii_name="resetLimitMaxBpsStatus")
    def reset_limit_max_bps_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxBpsStatus", []))

    @jsii.member(jsii_name="resetLimitMaxConnections")
    def reset_limit_max_connections(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxConnections", []))

    @jsii.member(jsii_name="resetLimitMaxConnectionsStatus")
    def reset_limit_max_connections_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxConnectionsStatus", []))

    @jsii.member(jsii_name="resetLimitMaxPps")
    def reset_limit_max_pps(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxPps", []))

    @jsii.member(jsii_name="resetLimitMaxPpsStatus")
    def reset_limit_max_pps_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLimitMaxPpsStatus", []))

    @jsii.member(jsii_name="resetMonitor")
    def reset_monitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonitor", []))

    @jsii.member(jsii_name="resetTranslationAddress")
    def reset_translation_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTranslationAddress", []))

    @jsii.member(jsii_name="resetTranslationPort")
    def reset_translation_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTranslationPort", []))

    @builtins.property
    @jsii.member(jsii_name="dependsOnInput")
    def depends_on_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dependsOnInput"))

    @builtins.property
    @jsii.member(jsii_name="destinationInput")
    def destination_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "destinationInput"))

    @builtins.property
    @jsii.member(jsii_name="enabledInput")
    def enabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enabledInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxBpsInput")
    def limit_max_bps_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "limitMaxBpsInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxBpsStatusInput")
    def limit_max_bps_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "limitMaxBpsStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnectionsInput")
    def limit_max_connections_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "limitMaxConnectionsInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnectionsStatusInput")
    def limit_max_connections_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "limitMaxConnectionsStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxPpsInput")
    def limit_max_pps_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "limitMaxPpsInput"))

    @builtins.property
    @jsii.member(jsii_name="limitMaxPpsStatusInput")
    def limit_max_pps_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "limitMaxPpsStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="monitorInput")
    def monitor_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "monitorInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="translationAddressInput")
    def translation_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "translationAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="translationPortInput")
    def translation_port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "translationPortInput"))

    @builtins.property
    @jsii.member(jsii_name="dependsOn")
    def depends_on(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dependsOn"))

    @depends_on.setter
    def depends_on(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__de4496db964a95bf3f218b477f1f602bf9b2ebf7ba578e67f37d96dc28c99d19)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dependsOn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="destination")
    def destination(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "destination"))

    @destination.setter
    def destination(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ba954ad8deefdda1f65c585bd436443615825bb440aeca226ee4b8e1654e40fa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destination", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__d7538ab3131229e57a1166045f8de7104792691b16bb5ac5cf390fbec2d38fc6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxBps")
    def limit_max_bps(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxBps"))

    @limit_max_bps.setter
    def limit_max_bps(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b9c1ddf8b74fe85930567e10aef8c67f5077e84953ca7dba4c3d80810b199393)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxBps", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxBpsStatus")
    def limit_max_bps_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxBpsStatus"))

    @limit_max_bps_status.setter
    def limit_max_bps_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ceaaefb920e8b7acae6cf12ef1ee0376d43e92e62cdded38b6a6ece78776d7a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxBpsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnections")
    def limit_max_connections(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxConnections"))

    @limit_max_connections.setter
    def limit_max_connections(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b8463c28945365cb55a758b9ab6f8c349de921fc9f791d37dae611296c43bce0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxConnections", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnectionsStatus")
    def limit_max_connections_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxConnectionsStatus"))

    @limit_max_connections_status.setter
    def limit_max_connections_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__34e2ac3909ba5ea34563c9f4279b814b94c7ca95ecd609c450185f21aec1a711)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxConnectionsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxPps")
    def limit_max_pps(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxPps"))

    @limit_max_pps.setter
    def limit_max_pps(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cce9513858a6cf0635eb310088e453e7345e2af7b7857295c760249e8c568c13)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxPps", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxPpsStatus")
    def limit_max_pps_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxPpsStatus"))

    @limit_max_pps_status.setter
    def limit_max_pps_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8d23a025d9dd97f248161fcc54e1aa88a8dd316ad5f722d45c60e74bc49fb561)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxPpsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monitor")
    def monitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "monitor"))

    @monitor.setter
    def monitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__98ee7714d7731315281da4925157228f7e46a1be6b89fd5c350910cc5f216afa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74bd234ffba8af7ae40f8f0b940ae34636b3d146a546059c51686742fac61788)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="translationAddress")
    def translation_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "translationAddress"))

    @translation_address.setter
    def translation_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ecacdb55782a3110f1986a14157d01fb8634c8fc0cec5a9b9e1f1627b8bb78c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "translationAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="translationPort")
    def translation_port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "translationPort"))

    @translation_port.setter
    def translation_port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__25672b24d431e59ff634d913c48f95b8d3164d01da0de1e211cfe95796a7fbfe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "translationPort", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmServerVirtualServers]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmServerVirtualServers]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmServerVirtualServers]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__096a5aafa7627f0fc560c23b2c14c6149137f4d77ef3534a3afd9ddd3c5ad5ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "GtmServer",
    "GtmServerAddresses",
    "GtmServerAddressesList",
    "GtmServerAddressesOutputReference",
    "GtmServerConfig",
    "GtmServerVirtualServers",
    "GtmServerVirtualServersList",
    "GtmServerVirtualServersOutputReference",
]

publication.publish()

def _typecheckingstub__940578b6dce763a60dcd2f4f0513c480f39d3793e04bfcc1b3f4799841c591c8(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    datacenter: builtins.str,
    name: builtins.str,
    addresses: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmServerAddresses, typing.Dict[builtins.str, typing.Any]]]]] = None,
    description: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    expose_route_domains: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    iq_allow_path: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    iq_allow_service_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    iq_allow_snmp: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    limit_cpu_usage: typing.Optional[jsii.Number] = None,
    limit_cpu_usage_status: typing.Optional[builtins.str] = None,
    limit_max_bps: typing.Optional[jsii.Number] = None,
    limit_max_bps_status: typing.Optional[builtins.str] = None,
    limit_max_connections: typing.Optional[jsii.Number] = None,
    limit_max_connections_status: typing.Optional[builtins.str] = None,
    limit_max_pps: typing.Optional[jsii.Number] = None,
    limit_max_pps_status: typing.Optional[builtins.str] = None,
    limit_mem_avail: typing.Optional[jsii.Number] = None,
    limit_mem_avail_status: typing.Optional[builtins.str] = None,
    link_discovery: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    prober_fallback: typing.Optional[builtins.str] = None,
    prober_pool: typing.Optional[builtins.str] = None,
    prober_preference: typing.Optional[builtins.str] = None,
    product: typing.Optional[builtins.str] = None,
    virtual_server_discovery: typing.Optional[builtins.str] = None,
    virtual_servers: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmServerVirtualServers, typing.Dict[builtins.str, typing.Any]]]]] = None,
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

def _typecheckingstub__13e096174ce3c3ec89be63da0f7ad4769784c8c83b3a07eb087207533e1341f5(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a61338c5f41bcee1aab2c3509117e76959f7dba6e51652740ee64e9cf044c87(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmServerAddresses, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b008c452a1af82d8605035917db2b9bb620afb85180bce53a02962173714cbc1(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmServerVirtualServers, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d18d47f5bf4d2200e8dacd8383b950e686b2e77265cc6222d97f464ad12df1d6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7c72b1f0c72f18a9083792ca826ff416b0bfa727c639fea58f233f33620ea98(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a9f935ed95e8a2d697a8f54527386b27ef9a20e0380dd5ff8e393722982f8ed(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5995c3e4545f3ebe2061b9f6ee48fdc45bf8240fd4d088687f9e0b6332bd0f29(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9c83f3d2ea8b2ce6a573572d462dc8756e5a831cf9bb9d10625f28c7ab9f3fa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e60f4f8c42ced39c54736959e66a88e62ff759a944c721211a7b09ccc35cd7e1(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d866a05ed1687937f032f6bf88bba9f9f4a67f2191fe5167d97739fcbeec12d7(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5227f33c1500b039787f7c72071962343e5c66d31f3f2931c59048abe9fe910d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c9d848d60bc8d1e48b599f5df18840e4522e479969c3c5aa757bf4f8ef94780(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4520ede847172c991a8d700320594d89b500cadb93786e6591afd5b10f9ca0b9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59df543c82ca77a3f4ebf6e685029daeb865d054764b7156e41e82f1a1811fd3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04cb14b27d6c913470ef28b91c9ffe358d20265bfa453a4377e1803c5509d8d7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2374ce741456f071691aab0b250aeba80fea38bbfde669414d2afcb1339aa3a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68b3c9441affd1adc7300c496731951c0d63c2e8118a95ab0b4bda2325c230a2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb58ca68a9ec7639cac39cbd8ca9c32f7a63d3d5d53a20b888126101799382a2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8340229d672c0e29481fe034496807517e47f524fc8683cc45430c680bb64bed(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__646bbedccea782d05abc718930a5cf408424de0c2f6296054658751ad6d78fbc(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d50e2289338f872b9437829bcfa0feedeebe69d1354494c79324fda910fc8d47(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b5c39133fc48171084b6b4b5d26a5128d65aaf5c31622760dc069e3cc81ff3d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5c6365830e5bb6f8f2be1eede85f1ef895e3c0beeee89c538040f4c54c6d541(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b109512f52cce9286313ae500b8b23d558ad13849d40ee3a413b84146197f28a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c605e5b13867ef1a4e5dd8e438e54e7876e9910b40722bb46fa278585cbb640a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae3387a077b1cb8dc27edd30ed4a0ab5babf3b1800e7646b53909d4cc451c8d3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__203c06e7a46fea61eec782e1efe0b7dc79b9c73b67ddd8f1b8f3f86370afcffd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56ee1270e2aeadc93eb25de444f2204ed782e552f4b2efa5b9a65ef98e120681(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc209ad7fd16a56281fbae827ae050b89ecc8f08e8f536d068374fbbb54678bf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9806ebd2bb69a893eeff8238906ce6d9b75db8ecf78faf312b04df759d7af05(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68155c736e427048755e1046b9017fb4ca4fc504decfd2778244b6c00a552fb6(
    *,
    name: builtins.str,
    device_name: typing.Optional[builtins.str] = None,
    translation: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1ffa02084490212e63a7be3aa4c85cc7c79e8ff164a31081727ce6b59210bbc(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf7af8158a66b02146b608e4fbb869e1091db2639fd623045493998ba603514f(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b78c840278792a54801af8c4106e078ea745d8a6765886c373f36943cc1eaa63(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9b6336c07eb255378003120cdc250c004dfe6dae1bafc2aa6b919863dc75ef9(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d6e84a7c11dd748884d83705a3713dbf4b29d055889dbd3d1621f05a85884f3(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd304ff16c215e6668167db2b866860c8027126c6fc5bbd554391c53a9586e06(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmServerAddresses]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a2c10caea4f9f56fb196c7b5b2dac7e6d8bd4208cd7591c7bd2bf89130d2d45(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7598916e8fef213cf0e9d11c7b9cf8356bf0c347968d00cea96124f69140473c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e1e47e5afcf7abbbd647695551496760e94875103bcae26292ea328663dc6aa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df88bbd577b8ec9737ecf2ff746d7dc13b105ba39601a22adc4fd3c070f04e02(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aaba6c1bde30235dce9ec81288c06c32042e906789f1b1825fcb29970a591a12(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmServerAddresses]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14f6f2b389b659d48941d16e025e900286d92eb46e9175185c63c2df174c7d51(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    datacenter: builtins.str,
    name: builtins.str,
    addresses: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmServerAddresses, typing.Dict[builtins.str, typing.Any]]]]] = None,
    description: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    expose_route_domains: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    iq_allow_path: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    iq_allow_service_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    iq_allow_snmp: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    limit_cpu_usage: typing.Optional[jsii.Number] = None,
    limit_cpu_usage_status: typing.Optional[builtins.str] = None,
    limit_max_bps: typing.Optional[jsii.Number] = None,
    limit_max_bps_status: typing.Optional[builtins.str] = None,
    limit_max_connections: typing.Optional[jsii.Number] = None,
    limit_max_connections_status: typing.Optional[builtins.str] = None,
    limit_max_pps: typing.Optional[jsii.Number] = None,
    limit_max_pps_status: typing.Optional[builtins.str] = None,
    limit_mem_avail: typing.Optional[jsii.Number] = None,
    limit_mem_avail_status: typing.Optional[builtins.str] = None,
    link_discovery: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    prober_fallback: typing.Optional[builtins.str] = None,
    prober_pool: typing.Optional[builtins.str] = None,
    prober_preference: typing.Optional[builtins.str] = None,
    product: typing.Optional[builtins.str] = None,
    virtual_server_discovery: typing.Optional[builtins.str] = None,
    virtual_servers: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmServerVirtualServers, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4895b8d89ee5867fa905258409aa51bd7e7a598e02622268e24375d6e08cfafc(
    *,
    destination: builtins.str,
    name: builtins.str,
    depends_on: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    limit_max_bps: typing.Optional[jsii.Number] = None,
    limit_max_bps_status: typing.Optional[builtins.str] = None,
    limit_max_connections: typing.Optional[jsii.Number] = None,
    limit_max_connections_status: typing.Optional[builtins.str] = None,
    limit_max_pps: typing.Optional[jsii.Number] = None,
    limit_max_pps_status: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[builtins.str] = None,
    translation_address: typing.Optional[builtins.str] = None,
    translation_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__215c73b19bb9cc37b81886c45b40709866f3779281eb90bd4f6ac85b178e3146(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0be6ef060943b7a38522d11a71623c275d42cfaed0c4a86a7661669a9788d455(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4acd0a50f04da443fe8aa1baa62d10b372ca3371b59ea7da6e10b844c0d07836(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c24de98e1b20b7a97225bbd31a0fbe3b26aa738143d54e24e604c27b3737b59(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0e8ac3bfc9d1f40428df2fa095c58e3a45cce243c19be9634cffa207c8df8c8(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__feccf52a92946cb3483c9420f698d170c9dfd4ff2ce6aa30ab14bed3b5b5a42c(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmServerVirtualServers]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33f05b27c149e535eb466b86496410d6e630b2e9bf66def89708b36f32f83ae6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de4496db964a95bf3f218b477f1f602bf9b2ebf7ba578e67f37d96dc28c99d19(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba954ad8deefdda1f65c585bd436443615825bb440aeca226ee4b8e1654e40fa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7538ab3131229e57a1166045f8de7104792691b16bb5ac5cf390fbec2d38fc6(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9c1ddf8b74fe85930567e10aef8c67f5077e84953ca7dba4c3d80810b199393(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ceaaefb920e8b7acae6cf12ef1ee0376d43e92e62cdded38b6a6ece78776d7a4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8463c28945365cb55a758b9ab6f8c349de921fc9f791d37dae611296c43bce0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34e2ac3909ba5ea34563c9f4279b814b94c7ca95ecd609c450185f21aec1a711(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cce9513858a6cf0635eb310088e453e7345e2af7b7857295c760249e8c568c13(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d23a025d9dd97f248161fcc54e1aa88a8dd316ad5f722d45c60e74bc49fb561(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98ee7714d7731315281da4925157228f7e46a1be6b89fd5c350910cc5f216afa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74bd234ffba8af7ae40f8f0b940ae34636b3d146a546059c51686742fac61788(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecacdb55782a3110f1986a14157d01fb8634c8fc0cec5a9b9e1f1627b8bb78c4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25672b24d431e59ff634d913c48f95b8d3164d01da0de1e211cfe95796a7fbfe(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__096a5aafa7627f0fc560c23b2c14c6149137f4d77ef3534a3afd9ddd3c5ad5ef(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmServerVirtualServers]],
) -> None:
    """Type checking stubs"""
    pass
