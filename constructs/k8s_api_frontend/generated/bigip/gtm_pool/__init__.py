r'''
# `bigip_gtm_pool`

Refer to the Terraform Registry for docs: [`bigip_gtm_pool`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool).
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


class GtmPool(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmPool.GtmPool",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool bigip_gtm_pool}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        type: builtins.str,
        alternate_mode: typing.Optional[builtins.str] = None,
        disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        dynamic_ratio: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        fallback_ip: typing.Optional[builtins.str] = None,
        fallback_mode: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        limit_max_bps: typing.Optional[jsii.Number] = None,
        limit_max_bps_status: typing.Optional[builtins.str] = None,
        limit_max_connections: typing.Optional[jsii.Number] = None,
        limit_max_connections_status: typing.Optional[builtins.str] = None,
        limit_max_pps: typing.Optional[jsii.Number] = None,
        limit_max_pps_status: typing.Optional[builtins.str] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        manual_resume: typing.Optional[builtins.str] = None,
        max_answers_returned: typing.Optional[jsii.Number] = None,
        members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["GtmPoolMembers", typing.Dict[builtins.str, typing.Any]]]]] = None,
        min_members_up_mode: typing.Optional[builtins.str] = None,
        min_members_up_value: typing.Optional[jsii.Number] = None,
        monitor: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        qos_hit_ratio: typing.Optional[jsii.Number] = None,
        qos_hops: typing.Optional[jsii.Number] = None,
        qos_kilobytes_second: typing.Optional[jsii.Number] = None,
        qos_lcs: typing.Optional[jsii.Number] = None,
        qos_packet_rate: typing.Optional[jsii.Number] = None,
        qos_rtt: typing.Optional[jsii.Number] = None,
        qos_topology: typing.Optional[jsii.Number] = None,
        qos_vs_capacity: typing.Optional[jsii.Number] = None,
        qos_vs_score: typing.Optional[jsii.Number] = None,
        ttl: typing.Optional[jsii.Number] = None,
        verify_member_availability: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool bigip_gtm_pool} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the GTM pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#name GtmPool#name}
        :param type: Type of GTM pool (a, aaaa, cname, mx, naptr, srv). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#type GtmPool#type}
        :param alternate_mode: Specifies the load balancing mode to use if the preferred and alternate modes are unsuccessful. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#alternate_mode GtmPool#alternate_mode}
        :param disabled: Disabled state of the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#disabled GtmPool#disabled}
        :param dynamic_ratio: Enables or disables the dynamic ratio load balancing algorithm. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#dynamic_ratio GtmPool#dynamic_ratio}
        :param enabled: Enable or disable the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#enabled GtmPool#enabled}
        :param fallback_ip: Specifies the IPv4 or IPv6 address of the server to which the system directs requests when it cannot use one of its pools. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#fallback_ip GtmPool#fallback_ip}
        :param fallback_mode: Specifies the load balancing mode that the system uses if the pool's preferred and alternate modes are unsuccessful. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#fallback_mode GtmPool#fallback_mode}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#id GtmPool#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param limit_max_bps: Specifies the maximum allowable data throughput rate in bits per second. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_bps GtmPool#limit_max_bps}
        :param limit_max_bps_status: Enables or disables the limit_max_bps option. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_bps_status GtmPool#limit_max_bps_status}
        :param limit_max_connections: Specifies the maximum number of concurrent connections. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_connections GtmPool#limit_max_connections}
        :param limit_max_connections_status: Enables or disables the limit_max_connections option. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_connections_status GtmPool#limit_max_connections_status}
        :param limit_max_pps: Specifies the maximum allowable data transfer rate in packets per second. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_pps GtmPool#limit_max_pps}
        :param limit_max_pps_status: Enables or disables the limit_max_pps option. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_pps_status GtmPool#limit_max_pps_status}
        :param load_balancing_mode: Specifies the preferred load balancing mode for the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#load_balancing_mode GtmPool#load_balancing_mode}
        :param manual_resume: Specifies whether manual resume is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#manual_resume GtmPool#manual_resume}
        :param max_answers_returned: Specifies the maximum number of available virtual servers that the system lists in a response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#max_answers_returned GtmPool#max_answers_returned}
        :param members: members block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#members GtmPool#members}
        :param min_members_up_mode: Specifies whether the minimum number of members must be up for the pool to be active. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#min_members_up_mode GtmPool#min_members_up_mode}
        :param min_members_up_value: Specifies the minimum number of pool members that must be up. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#min_members_up_value GtmPool#min_members_up_value}
        :param monitor: Specifies the health monitor for the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#monitor GtmPool#monitor}
        :param partition: Partition in which the pool resides. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#partition GtmPool#partition}
        :param qos_hit_ratio: Specifies the weight for QoS hit ratio. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_hit_ratio GtmPool#qos_hit_ratio}
        :param qos_hops: Specifies the weight for QoS hops. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_hops GtmPool#qos_hops}
        :param qos_kilobytes_second: Specifies the weight for QoS kilobytes per second. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_kilobytes_second GtmPool#qos_kilobytes_second}
        :param qos_lcs: Specifies the weight for QoS link capacity. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_lcs GtmPool#qos_lcs}
        :param qos_packet_rate: Specifies the weight for QoS packet rate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_packet_rate GtmPool#qos_packet_rate}
        :param qos_rtt: Specifies the weight for QoS round trip time. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_rtt GtmPool#qos_rtt}
        :param qos_topology: Specifies the weight for QoS topology. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_topology GtmPool#qos_topology}
        :param qos_vs_capacity: Specifies the weight for QoS virtual server capacity. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_vs_capacity GtmPool#qos_vs_capacity}
        :param qos_vs_score: Specifies the weight for QoS virtual server score. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_vs_score GtmPool#qos_vs_score}
        :param ttl: Specifies the time to live (TTL) for the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#ttl GtmPool#ttl}
        :param verify_member_availability: Specifies whether the system verifies the availability of pool members before sending traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#verify_member_availability GtmPool#verify_member_availability}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ee6e9c9026dad81bb2cea9ac398bf63ece0201510b24ba4c533f3319c85876a7)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = GtmPoolConfig(
            name=name,
            type=type,
            alternate_mode=alternate_mode,
            disabled=disabled,
            dynamic_ratio=dynamic_ratio,
            enabled=enabled,
            fallback_ip=fallback_ip,
            fallback_mode=fallback_mode,
            id=id,
            limit_max_bps=limit_max_bps,
            limit_max_bps_status=limit_max_bps_status,
            limit_max_connections=limit_max_connections,
            limit_max_connections_status=limit_max_connections_status,
            limit_max_pps=limit_max_pps,
            limit_max_pps_status=limit_max_pps_status,
            load_balancing_mode=load_balancing_mode,
            manual_resume=manual_resume,
            max_answers_returned=max_answers_returned,
            members=members,
            min_members_up_mode=min_members_up_mode,
            min_members_up_value=min_members_up_value,
            monitor=monitor,
            partition=partition,
            qos_hit_ratio=qos_hit_ratio,
            qos_hops=qos_hops,
            qos_kilobytes_second=qos_kilobytes_second,
            qos_lcs=qos_lcs,
            qos_packet_rate=qos_packet_rate,
            qos_rtt=qos_rtt,
            qos_topology=qos_topology,
            qos_vs_capacity=qos_vs_capacity,
            qos_vs_score=qos_vs_score,
            ttl=ttl,
            verify_member_availability=verify_member_availability,
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
        '''Generates CDKTF code for importing a GtmPool resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the GtmPool to import.
        :param import_from_id: The id of the existing GtmPool that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the GtmPool to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ca3006616a9dd2aa67d12adabaec270015a22981e51191f599083173e36ae53)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putMembers")
    def put_members(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["GtmPoolMembers", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bfa3d812788d5f3a16d0ebb7916e58b186a42e3e7e619a6f1729250ebbf3fdce)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putMembers", [value]))

    @jsii.member(jsii_name="resetAlternateMode")
    def reset_alternate_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAlternateMode", []))

    @jsii.member(jsii_name="resetDisabled")
    def reset_disabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDisabled", []))

    @jsii.member(jsii_name="resetDynamicRatio")
    def reset_dynamic_ratio(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDynamicRatio", []))

    @jsii.member(jsii_name="resetEnabled")
    def reset_enabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnabled", []))

    @jsii.member(jsii_name="resetFallbackIp")
    def reset_fallback_ip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFallbackIp", []))

    @jsii.member(jsii_name="resetFallbackMode")
    def reset_fallback_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFallbackMode", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

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

    @jsii.member(jsii_name="resetLoadBalancingMode")
    def reset_load_balancing_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLoadBalancingMode", []))

    @jsii.member(jsii_name="resetManualResume")
    def reset_manual_resume(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetManualResume", []))

    @jsii.member(jsii_name="resetMaxAnswersReturned")
    def reset_max_answers_returned(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxAnswersReturned", []))

    @jsii.member(jsii_name="resetMembers")
    def reset_members(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMembers", []))

    @jsii.member(jsii_name="resetMinMembersUpMode")
    def reset_min_members_up_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMinMembersUpMode", []))

    @jsii.member(jsii_name="resetMinMembersUpValue")
    def reset_min_members_up_value(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMinMembersUpValue", []))

    @jsii.member(jsii_name="resetMonitor")
    def reset_monitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonitor", []))

    @jsii.member(jsii_name="resetPartition")
    def reset_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartition", []))

    @jsii.member(jsii_name="resetQosHitRatio")
    def reset_qos_hit_ratio(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQosHitRatio", []))

    @jsii.member(jsii_name="resetQosHops")
    def reset_qos_hops(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQosHops", []))

    @jsii.member(jsii_name="resetQosKilobytesSecond")
    def reset_qos_kilobytes_second(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQosKilobytesSecond", []))

    @jsii.member(jsii_name="resetQosLcs")
    def reset_qos_lcs(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQosLcs", []))

    @jsii.member(jsii_name="resetQosPacketRate")
    def reset_qos_packet_rate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQosPacketRate", []))

    @jsii.member(jsii_name="resetQosRtt")
    def reset_qos_rtt(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQosRtt", []))

    @jsii.member(jsii_name="resetQosTopology")
    def reset_qos_topology(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQosTopology", []))

    @jsii.member(jsii_name="resetQosVsCapacity")
    def reset_qos_vs_capacity(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQosVsCapacity", []))

    @jsii.member(jsii_name="resetQosVsScore")
    def reset_qos_vs_score(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQosVsScore", []))

    @jsii.member(jsii_name="resetTtl")
    def reset_ttl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTtl", []))

    @jsii.member(jsii_name="resetVerifyMemberAvailability")
    def reset_verify_member_availability(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVerifyMemberAvailability", []))

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
    @jsii.member(jsii_name="members")
    def members(self) -> "GtmPoolMembersList":
        return typing.cast("GtmPoolMembersList", jsii.get(self, "members"))

    @builtins.property
    @jsii.member(jsii_name="alternateModeInput")
    def alternate_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "alternateModeInput"))

    @builtins.property
    @jsii.member(jsii_name="disabledInput")
    def disabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "disabledInput"))

    @builtins.property
    @jsii.member(jsii_name="dynamicRatioInput")
    def dynamic_ratio_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dynamicRatioInput"))

    @builtins.property
    @jsii.member(jsii_name="enabledInput")
    def enabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enabledInput"))

    @builtins.property
    @jsii.member(jsii_name="fallbackIpInput")
    def fallback_ip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fallbackIpInput"))

    @builtins.property
    @jsii.member(jsii_name="fallbackModeInput")
    def fallback_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fallbackModeInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

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
    @jsii.member(jsii_name="loadBalancingModeInput")
    def load_balancing_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "loadBalancingModeInput"))

    @builtins.property
    @jsii.member(jsii_name="manualResumeInput")
    def manual_resume_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "manualResumeInput"))

    @builtins.property
    @jsii.member(jsii_name="maxAnswersReturnedInput")
    def max_answers_returned_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxAnswersReturnedInput"))

    @builtins.property
    @jsii.member(jsii_name="membersInput")
    def members_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmPoolMembers"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmPoolMembers"]]], jsii.get(self, "membersInput"))

    @builtins.property
    @jsii.member(jsii_name="minMembersUpModeInput")
    def min_members_up_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "minMembersUpModeInput"))

    @builtins.property
    @jsii.member(jsii_name="minMembersUpValueInput")
    def min_members_up_value_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "minMembersUpValueInput"))

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
    @jsii.member(jsii_name="qosHitRatioInput")
    def qos_hit_ratio_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "qosHitRatioInput"))

    @builtins.property
    @jsii.member(jsii_name="qosHopsInput")
    def qos_hops_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "qosHopsInput"))

    @builtins.property
    @jsii.member(jsii_name="qosKilobytesSecondInput")
    def qos_kilobytes_second_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "qosKilobytesSecondInput"))

    @builtins.property
    @jsii.member(jsii_name="qosLcsInput")
    def qos_lcs_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "qosLcsInput"))

    @builtins.property
    @jsii.member(jsii_name="qosPacketRateInput")
    def qos_packet_rate_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "qosPacketRateInput"))

    @builtins.property
    @jsii.member(jsii_name="qosRttInput")
    def qos_rtt_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "qosRttInput"))

    @builtins.property
    @jsii.member(jsii_name="qosTopologyInput")
    def qos_topology_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "qosTopologyInput"))

    @builtins.property
    @jsii.member(jsii_name="qosVsCapacityInput")
    def qos_vs_capacity_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "qosVsCapacityInput"))

    @builtins.property
    @jsii.member(jsii_name="qosVsScoreInput")
    def qos_vs_score_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "qosVsScoreInput"))

    @builtins.property
    @jsii.member(jsii_name="ttlInput")
    def ttl_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ttlInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="verifyMemberAvailabilityInput")
    def verify_member_availability_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "verifyMemberAvailabilityInput"))

    @builtins.property
    @jsii.member(jsii_name="alternateMode")
    def alternate_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "alternateMode"))

    @alternate_mode.setter
    def alternate_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0c22ee7e98cdec7510b0743ea9d96bd124ee81a5f19493cca6f12287e17177e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "alternateMode", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__680468bcaf39f6422e175a50890399de0d17ea78d6a77be80a160ac637a2c4cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "disabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dynamicRatio")
    def dynamic_ratio(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dynamicRatio"))

    @dynamic_ratio.setter
    def dynamic_ratio(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c736dcede79fbf4418c284f1a2cc1e1500cd8f273c34f135157bd41bcaf7e23a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dynamicRatio", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__443c7c5fc7f38603735594d02c2286d57b4624ec1ab67c2718ccca8fe63d68bb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fallbackIp")
    def fallback_ip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fallbackIp"))

    @fallback_ip.setter
    def fallback_ip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1e640b7244a296f07584345b7bae1000fb740cff39402b9fd78a2a6dfb200f93)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fallbackIp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fallbackMode")
    def fallback_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fallbackMode"))

    @fallback_mode.setter
    def fallback_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b83671f704c220720a2ce9bb10435da7c11a3e778672b2fdd8a1c55b76ca0169)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fallbackMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7f88942574c4f4feca8afe6e6d13fdbe23bb92c1ccbd335747f86ecc814c823)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxBps")
    def limit_max_bps(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxBps"))

    @limit_max_bps.setter
    def limit_max_bps(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__395dd17b9363ee19405903c76ff706efa94ee7101e9bfb15a2d0e673c2546e93)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxBps", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxBpsStatus")
    def limit_max_bps_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxBpsStatus"))

    @limit_max_bps_status.setter
    def limit_max_bps_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__05332a68b074bfb8064f75e4142b829ebdd3274a6a3c20ffacc6e3e91674ec00)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxBpsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnections")
    def limit_max_connections(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxConnections"))

    @limit_max_connections.setter
    def limit_max_connections(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e3c907f8cc6f5a1f81be8bf29bc089af9e0574b1ec509bcf84ef224bb7b5eaba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxConnections", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnectionsStatus")
    def limit_max_connections_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxConnectionsStatus"))

    @limit_max_connections_status.setter
    def limit_max_connections_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a6482201c821f3f6fab95e7edcd790ccd8f21ebb0c4ec4485e21dd491954aa0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxConnectionsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxPps")
    def limit_max_pps(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxPps"))

    @limit_max_pps.setter
    def limit_max_pps(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__411e3728f087613fdc7f2782762d96661de6604b712fd659007452090896cd66)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxPps", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxPpsStatus")
    def limit_max_pps_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxPpsStatus"))

    @limit_max_pps_status.setter
    def limit_max_pps_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d899ce53abd6e9f3bce358abab495114ad74ed63b8d1bd5c230d45a9546b0948)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxPpsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="loadBalancingMode")
    def load_balancing_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "loadBalancingMode"))

    @load_balancing_mode.setter
    def load_balancing_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__531d479e729bb2ae2cea749214741fb74fd6dd32d63a6e2c8feb97ec608cf27c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "loadBalancingMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="manualResume")
    def manual_resume(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "manualResume"))

    @manual_resume.setter
    def manual_resume(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__10229285ea7d6b939d08b507c646d0fa04f0e1bdb3348f7ff626f6feb9758f8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "manualResume", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxAnswersReturned")
    def max_answers_returned(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxAnswersReturned"))

    @max_answers_returned.setter
    def max_answers_returned(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e2d0043aecb4351c55c7e926b619d7066c8caa5fc16cbf66bde2c824351bbbf3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxAnswersReturned", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="minMembersUpMode")
    def min_members_up_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "minMembersUpMode"))

    @min_members_up_mode.setter
    def min_members_up_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c611e4b65d05c7fdeaf433381330d90550a732a5db12fc3876a344d725d771d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "minMembersUpMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="minMembersUpValue")
    def min_members_up_value(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "minMembersUpValue"))

    @min_members_up_value.setter
    def min_members_up_value(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__367a2efeb21a96e45ecbfc7dd22d0e531f4299cbac930004450a3b5518bf8f83)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "minMembersUpValue", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monitor")
    def monitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "monitor"))

    @monitor.setter
    def monitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__79a21049387f78bd4822ea04b09336f7b9b735308c08f76184c8c43ff3d27ec9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2d132dd33edf0ef29384cc3816f133751c7d7052f44de8440448e6b2f5f9c55f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cc7ed38899e0570a3317fefa9518bd1a3c026ba8f5db33b048070efbe8264eb4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="qosHitRatio")
    def qos_hit_ratio(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "qosHitRatio"))

    @qos_hit_ratio.setter
    def qos_hit_ratio(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ac957e6b84a3841a672445f2bb1afecf718feee727c97ee804feabd9bb10a9dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "qosHitRatio", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="qosHops")
    def qos_hops(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "qosHops"))

    @qos_hops.setter
    def qos_hops(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a8250d6125a342ed1273698317d3e5ba17b24eb7c5ead11a30be9f92b5198218)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "qosHops", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="qosKilobytesSecond")
    def qos_kilobytes_second(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "qosKilobytesSecond"))

    @qos_kilobytes_second.setter
    def qos_kilobytes_second(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7b7abb03d675cface424b1e67ed5674e41f08ae9153a2f534c8ebed9e9b73285)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "qosKilobytesSecond", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="qosLcs")
    def qos_lcs(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "qosLcs"))

    @qos_lcs.setter
    def qos_lcs(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f031846b776d1c9e1ee28c366b5c11e94c36cf302e6d254a58587bd2951cbbd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "qosLcs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="qosPacketRate")
    def qos_packet_rate(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "qosPacketRate"))

    @qos_packet_rate.setter
    def qos_packet_rate(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2f03e7cd52591a5d3a62ca3a4408b0fca38573587725a17f70dcd10fed4dc4ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "qosPacketRate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="qosRtt")
    def qos_rtt(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "qosRtt"))

    @qos_rtt.setter
    def qos_rtt(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9d92e49622bb099f64aba8884f8787133e864b2cb4b172e97a1618aea150078)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "qosRtt", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="qosTopology")
    def qos_topology(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "qosTopology"))

    @qos_topology.setter
    def qos_topology(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6718ef46d5c7c0b39340a6a7155a544eaa6867338845bf67c42bafa52173bfaa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "qosTopology", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="qosVsCapacity")
    def qos_vs_capacity(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "qosVsCapacity"))

    @qos_vs_capacity.setter
    def qos_vs_capacity(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__039f0eae87590c351149ca1c06ad0866440fb563eb626df62a2a8f297f784d8f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "qosVsCapacity", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="qosVsScore")
    def qos_vs_score(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "qosVsScore"))

    @qos_vs_score.setter
    def qos_vs_score(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__16ddc202a64ef8a82996e797a9d24d6a705f546958025165ccc90150041f455c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "qosVsScore", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ttl")
    def ttl(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ttl"))

    @ttl.setter
    def ttl(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__65e4206353c677dabff8ee8e2b52d269a85e1ebaabd06d60cef1314c69310d75)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ttl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__88f77069a5136e2f5d3e3815c3fda56071f3980767afda6ac3f0ca43e15c981b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="verifyMemberAvailability")
    def verify_member_availability(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "verifyMemberAvailability"))

    @verify_member_availability.setter
    def verify_member_availability(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__412e11c42fcbac72f86282b19dea0f11a362412e72ce86c6bd15848207a60b2b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "verifyMemberAvailability", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.gtmPool.GtmPoolConfig",
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
        "alternate_mode": "alternateMode",
        "disabled": "disabled",
        "dynamic_ratio": "dynamicRatio",
        "enabled": "enabled",
        "fallback_ip": "fallbackIp",
        "fallback_mode": "fallbackMode",
        "id": "id",
        "limit_max_bps": "limitMaxBps",
        "limit_max_bps_status": "limitMaxBpsStatus",
        "limit_max_connections": "limitMaxConnections",
        "limit_max_connections_status": "limitMaxConnectionsStatus",
        "limit_max_pps": "limitMaxPps",
        "limit_max_pps_status": "limitMaxPpsStatus",
        "load_balancing_mode": "loadBalancingMode",
        "manual_resume": "manualResume",
        "max_answers_returned": "maxAnswersReturned",
        "members": "members",
        "min_members_up_mode": "minMembersUpMode",
        "min_members_up_value": "minMembersUpValue",
        "monitor": "monitor",
        "partition": "partition",
        "qos_hit_ratio": "qosHitRatio",
        "qos_hops": "qosHops",
        "qos_kilobytes_second": "qosKilobytesSecond",
        "qos_lcs": "qosLcs",
        "qos_packet_rate": "qosPacketRate",
        "qos_rtt": "qosRtt",
        "qos_topology": "qosTopology",
        "qos_vs_capacity": "qosVsCapacity",
        "qos_vs_score": "qosVsScore",
        "ttl": "ttl",
        "verify_member_availability": "verifyMemberAvailability",
    },
)
class GtmPoolConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        alternate_mode: typing.Optional[builtins.str] = None,
        disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        dynamic_ratio: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        fallback_ip: typing.Optional[builtins.str] = None,
        fallback_mode: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        limit_max_bps: typing.Optional[jsii.Number] = None,
        limit_max_bps_status: typing.Optional[builtins.str] = None,
        limit_max_connections: typing.Optional[jsii.Number] = None,
        limit_max_connections_status: typing.Optional[builtins.str] = None,
        limit_max_pps: typing.Optional[jsii.Number] = None,
        limit_max_pps_status: typing.Optional[builtins.str] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        manual_resume: typing.Optional[builtins.str] = None,
        max_answers_returned: typing.Optional[jsii.Number] = None,
        members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["GtmPoolMembers", typing.Dict[builtins.str, typing.Any]]]]] = None,
        min_members_up_mode: typing.Optional[builtins.str] = None,
        min_members_up_value: typing.Optional[jsii.Number] = None,
        monitor: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        qos_hit_ratio: typing.Optional[jsii.Number] = None,
        qos_hops: typing.Optional[jsii.Number] = None,
        qos_kilobytes_second: typing.Optional[jsii.Number] = None,
        qos_lcs: typing.Optional[jsii.Number] = None,
        qos_packet_rate: typing.Optional[jsii.Number] = None,
        qos_rtt: typing.Optional[jsii.Number] = None,
        qos_topology: typing.Optional[jsii.Number] = None,
        qos_vs_capacity: typing.Optional[jsii.Number] = None,
        qos_vs_score: typing.Optional[jsii.Number] = None,
        ttl: typing.Optional[jsii.Number] = None,
        verify_member_availability: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the GTM pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#name GtmPool#name}
        :param type: Type of GTM pool (a, aaaa, cname, mx, naptr, srv). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#type GtmPool#type}
        :param alternate_mode: Specifies the load balancing mode to use if the preferred and alternate modes are unsuccessful. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#alternate_mode GtmPool#alternate_mode}
        :param disabled: Disabled state of the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#disabled GtmPool#disabled}
        :param dynamic_ratio: Enables or disables the dynamic ratio load balancing algorithm. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#dynamic_ratio GtmPool#dynamic_ratio}
        :param enabled: Enable or disable the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#enabled GtmPool#enabled}
        :param fallback_ip: Specifies the IPv4 or IPv6 address of the server to which the system directs requests when it cannot use one of its pools. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#fallback_ip GtmPool#fallback_ip}
        :param fallback_mode: Specifies the load balancing mode that the system uses if the pool's preferred and alternate modes are unsuccessful. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#fallback_mode GtmPool#fallback_mode}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#id GtmPool#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param limit_max_bps: Specifies the maximum allowable data throughput rate in bits per second. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_bps GtmPool#limit_max_bps}
        :param limit_max_bps_status: Enables or disables the limit_max_bps option. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_bps_status GtmPool#limit_max_bps_status}
        :param limit_max_connections: Specifies the maximum number of concurrent connections. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_connections GtmPool#limit_max_connections}
        :param limit_max_connections_status: Enables or disables the limit_max_connections option. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_connections_status GtmPool#limit_max_connections_status}
        :param limit_max_pps: Specifies the maximum allowable data transfer rate in packets per second. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_pps GtmPool#limit_max_pps}
        :param limit_max_pps_status: Enables or disables the limit_max_pps option. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_pps_status GtmPool#limit_max_pps_status}
        :param load_balancing_mode: Specifies the preferred load balancing mode for the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#load_balancing_mode GtmPool#load_balancing_mode}
        :param manual_resume: Specifies whether manual resume is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#manual_resume GtmPool#manual_resume}
        :param max_answers_returned: Specifies the maximum number of available virtual servers that the system lists in a response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#max_answers_returned GtmPool#max_answers_returned}
        :param members: members block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#members GtmPool#members}
        :param min_members_up_mode: Specifies whether the minimum number of members must be up for the pool to be active. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#min_members_up_mode GtmPool#min_members_up_mode}
        :param min_members_up_value: Specifies the minimum number of pool members that must be up. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#min_members_up_value GtmPool#min_members_up_value}
        :param monitor: Specifies the health monitor for the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#monitor GtmPool#monitor}
        :param partition: Partition in which the pool resides. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#partition GtmPool#partition}
        :param qos_hit_ratio: Specifies the weight for QoS hit ratio. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_hit_ratio GtmPool#qos_hit_ratio}
        :param qos_hops: Specifies the weight for QoS hops. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_hops GtmPool#qos_hops}
        :param qos_kilobytes_second: Specifies the weight for QoS kilobytes per second. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_kilobytes_second GtmPool#qos_kilobytes_second}
        :param qos_lcs: Specifies the weight for QoS link capacity. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_lcs GtmPool#qos_lcs}
        :param qos_packet_rate: Specifies the weight for QoS packet rate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_packet_rate GtmPool#qos_packet_rate}
        :param qos_rtt: Specifies the weight for QoS round trip time. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_rtt GtmPool#qos_rtt}
        :param qos_topology: Specifies the weight for QoS topology. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_topology GtmPool#qos_topology}
        :param qos_vs_capacity: Specifies the weight for QoS virtual server capacity. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_vs_capacity GtmPool#qos_vs_capacity}
        :param qos_vs_score: Specifies the weight for QoS virtual server score. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_vs_score GtmPool#qos_vs_score}
        :param ttl: Specifies the time to live (TTL) for the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#ttl GtmPool#ttl}
        :param verify_member_availability: Specifies whether the system verifies the availability of pool members before sending traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#verify_member_availability GtmPool#verify_member_availability}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4bc2d69121db928768f008bbc839946aff08de8de2e21f80c842fa8aab50102e)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument alternate_mode", value=alternate_mode, expected_type=type_hints["alternate_mode"])
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument dynamic_ratio", value=dynamic_ratio, expected_type=type_hints["dynamic_ratio"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument fallback_ip", value=fallback_ip, expected_type=type_hints["fallback_ip"])
            check_type(argname="argument fallback_mode", value=fallback_mode, expected_type=type_hints["fallback_mode"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument limit_max_bps", value=limit_max_bps, expected_type=type_hints["limit_max_bps"])
            check_type(argname="argument limit_max_bps_status", value=limit_max_bps_status, expected_type=type_hints["limit_max_bps_status"])
            check_type(argname="argument limit_max_connections", value=limit_max_connections, expected_type=type_hints["limit_max_connections"])
            check_type(argname="argument limit_max_connections_status", value=limit_max_connections_status, expected_type=type_hints["limit_max_connections_status"])
            check_type(argname="argument limit_max_pps", value=limit_max_pps, expected_type=type_hints["limit_max_pps"])
            check_type(argname="argument limit_max_pps_status", value=limit_max_pps_status, expected_type=type_hints["limit_max_pps_status"])
            check_type(argname="argument load_balancing_mode", value=load_balancing_mode, expected_type=type_hints["load_balancing_mode"])
            check_type(argname="argument manual_resume", value=manual_resume, expected_type=type_hints["manual_resume"])
            check_type(argname="argument max_answers_returned", value=max_answers_returned, expected_type=type_hints["max_answers_returned"])
            check_type(argname="argument members", value=members, expected_type=type_hints["members"])
            check_type(argname="argument min_members_up_mode", value=min_members_up_mode, expected_type=type_hints["min_members_up_mode"])
            check_type(argname="argument min_members_up_value", value=min_members_up_value, expected_type=type_hints["min_members_up_value"])
            check_type(argname="argument monitor", value=monitor, expected_type=type_hints["monitor"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument qos_hit_ratio", value=qos_hit_ratio, expected_type=type_hints["qos_hit_ratio"])
            check_type(argname="argument qos_hops", value=qos_hops, expected_type=type_hints["qos_hops"])
            check_type(argname="argument qos_kilobytes_second", value=qos_kilobytes_second, expected_type=type_hints["qos_kilobytes_second"])
            check_type(argname="argument qos_lcs", value=qos_lcs, expected_type=type_hints["qos_lcs"])
            check_type(argname="argument qos_packet_rate", value=qos_packet_rate, expected_type=type_hints["qos_packet_rate"])
            check_type(argname="argument qos_rtt", value=qos_rtt, expected_type=type_hints["qos_rtt"])
            check_type(argname="argument qos_topology", value=qos_topology, expected_type=type_hints["qos_topology"])
            check_type(argname="argument qos_vs_capacity", value=qos_vs_capacity, expected_type=type_hints["qos_vs_capacity"])
            check_type(argname="argument qos_vs_score", value=qos_vs_score, expected_type=type_hints["qos_vs_score"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
            check_type(argname="argument verify_member_availability", value=verify_member_availability, expected_type=type_hints["verify_member_availability"])
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
        if alternate_mode is not None:
            self._values["alternate_mode"] = alternate_mode
        if disabled is not None:
            self._values["disabled"] = disabled
        if dynamic_ratio is not None:
            self._values["dynamic_ratio"] = dynamic_ratio
        if enabled is not None:
            self._values["enabled"] = enabled
        if fallback_ip is not None:
            self._values["fallback_ip"] = fallback_ip
        if fallback_mode is not None:
            self._values["fallback_mode"] = fallback_mode
        if id is not None:
            self._values["id"] = id
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
        if load_balancing_mode is not None:
            self._values["load_balancing_mode"] = load_balancing_mode
        if manual_resume is not None:
            self._values["manual_resume"] = manual_resume
        if max_answers_returned is not None:
            self._values["max_answers_returned"] = max_answers_returned
        if members is not None:
            self._values["members"] = members
        if min_members_up_mode is not None:
            self._values["min_members_up_mode"] = min_members_up_mode
        if min_members_up_value is not None:
            self._values["min_members_up_value"] = min_members_up_value
        if monitor is not None:
            self._values["monitor"] = monitor
        if partition is not None:
            self._values["partition"] = partition
        if qos_hit_ratio is not None:
            self._values["qos_hit_ratio"] = qos_hit_ratio
        if qos_hops is not None:
            self._values["qos_hops"] = qos_hops
        if qos_kilobytes_second is not None:
            self._values["qos_kilobytes_second"] = qos_kilobytes_second
        if qos_lcs is not None:
            self._values["qos_lcs"] = qos_lcs
        if qos_packet_rate is not None:
            self._values["qos_packet_rate"] = qos_packet_rate
        if qos_rtt is not None:
            self._values["qos_rtt"] = qos_rtt
        if qos_topology is not None:
            self._values["qos_topology"] = qos_topology
        if qos_vs_capacity is not None:
            self._values["qos_vs_capacity"] = qos_vs_capacity
        if qos_vs_score is not None:
            self._values["qos_vs_score"] = qos_vs_score
        if ttl is not None:
            self._values["ttl"] = ttl
        if verify_member_availability is not None:
            self._values["verify_member_availability"] = verify_member_availability

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
        '''Name of the GTM pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#name GtmPool#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''Type of GTM pool (a, aaaa, cname, mx, naptr, srv).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#type GtmPool#type}
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def alternate_mode(self) -> typing.Optional[builtins.str]:
        '''Specifies the load balancing mode to use if the preferred and alternate modes are unsuccessful.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#alternate_mode GtmPool#alternate_mode}
        '''
        result = self._values.get("alternate_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Disabled state of the pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#disabled GtmPool#disabled}
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def dynamic_ratio(self) -> typing.Optional[builtins.str]:
        '''Enables or disables the dynamic ratio load balancing algorithm.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#dynamic_ratio GtmPool#dynamic_ratio}
        '''
        result = self._values.get("dynamic_ratio")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable or disable the pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#enabled GtmPool#enabled}
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def fallback_ip(self) -> typing.Optional[builtins.str]:
        '''Specifies the IPv4 or IPv6 address of the server to which the system directs requests when it cannot use one of its pools.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#fallback_ip GtmPool#fallback_ip}
        '''
        result = self._values.get("fallback_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fallback_mode(self) -> typing.Optional[builtins.str]:
        '''Specifies the load balancing mode that the system uses if the pool's preferred and alternate modes are unsuccessful.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#fallback_mode GtmPool#fallback_mode}
        '''
        result = self._values.get("fallback_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#id GtmPool#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def limit_max_bps(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum allowable data throughput rate in bits per second.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_bps GtmPool#limit_max_bps}
        '''
        result = self._values.get("limit_max_bps")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_bps_status(self) -> typing.Optional[builtins.str]:
        '''Enables or disables the limit_max_bps option.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_bps_status GtmPool#limit_max_bps_status}
        '''
        result = self._values.get("limit_max_bps_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def limit_max_connections(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum number of concurrent connections.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_connections GtmPool#limit_max_connections}
        '''
        result = self._values.get("limit_max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_connections_status(self) -> typing.Optional[builtins.str]:
        '''Enables or disables the limit_max_connections option.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_connections_status GtmPool#limit_max_connections_status}
        '''
        result = self._values.get("limit_max_connections_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def limit_max_pps(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum allowable data transfer rate in packets per second.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_pps GtmPool#limit_max_pps}
        '''
        result = self._values.get("limit_max_pps")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_pps_status(self) -> typing.Optional[builtins.str]:
        '''Enables or disables the limit_max_pps option.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_pps_status GtmPool#limit_max_pps_status}
        '''
        result = self._values.get("limit_max_pps_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def load_balancing_mode(self) -> typing.Optional[builtins.str]:
        '''Specifies the preferred load balancing mode for the pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#load_balancing_mode GtmPool#load_balancing_mode}
        '''
        result = self._values.get("load_balancing_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def manual_resume(self) -> typing.Optional[builtins.str]:
        '''Specifies whether manual resume is enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#manual_resume GtmPool#manual_resume}
        '''
        result = self._values.get("manual_resume")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_answers_returned(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum number of available virtual servers that the system lists in a response.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#max_answers_returned GtmPool#max_answers_returned}
        '''
        result = self._values.get("max_answers_returned")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def members(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmPoolMembers"]]]:
        '''members block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#members GtmPool#members}
        '''
        result = self._values.get("members")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["GtmPoolMembers"]]], result)

    @builtins.property
    def min_members_up_mode(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the minimum number of members must be up for the pool to be active.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#min_members_up_mode GtmPool#min_members_up_mode}
        '''
        result = self._values.get("min_members_up_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def min_members_up_value(self) -> typing.Optional[jsii.Number]:
        '''Specifies the minimum number of pool members that must be up.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#min_members_up_value GtmPool#min_members_up_value}
        '''
        result = self._values.get("min_members_up_value")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def monitor(self) -> typing.Optional[builtins.str]:
        '''Specifies the health monitor for the pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#monitor GtmPool#monitor}
        '''
        result = self._values.get("monitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''Partition in which the pool resides.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#partition GtmPool#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def qos_hit_ratio(self) -> typing.Optional[jsii.Number]:
        '''Specifies the weight for QoS hit ratio.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_hit_ratio GtmPool#qos_hit_ratio}
        '''
        result = self._values.get("qos_hit_ratio")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def qos_hops(self) -> typing.Optional[jsii.Number]:
        '''Specifies the weight for QoS hops.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_hops GtmPool#qos_hops}
        '''
        result = self._values.get("qos_hops")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def qos_kilobytes_second(self) -> typing.Optional[jsii.Number]:
        '''Specifies the weight for QoS kilobytes per second.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_kilobytes_second GtmPool#qos_kilobytes_second}
        '''
        result = self._values.get("qos_kilobytes_second")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def qos_lcs(self) -> typing.Optional[jsii.Number]:
        '''Specifies the weight for QoS link capacity.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_lcs GtmPool#qos_lcs}
        '''
        result = self._values.get("qos_lcs")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def qos_packet_rate(self) -> typing.Optional[jsii.Number]:
        '''Specifies the weight for QoS packet rate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_packet_rate GtmPool#qos_packet_rate}
        '''
        result = self._values.get("qos_packet_rate")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def qos_rtt(self) -> typing.Optional[jsii.Number]:
        '''Specifies the weight for QoS round trip time.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_rtt GtmPool#qos_rtt}
        '''
        result = self._values.get("qos_rtt")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def qos_topology(self) -> typing.Optional[jsii.Number]:
        '''Specifies the weight for QoS topology.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_topology GtmPool#qos_topology}
        '''
        result = self._values.get("qos_topology")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def qos_vs_capacity(self) -> typing.Optional[jsii.Number]:
        '''Specifies the weight for QoS virtual server capacity.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_vs_capacity GtmPool#qos_vs_capacity}
        '''
        result = self._values.get("qos_vs_capacity")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def qos_vs_score(self) -> typing.Optional[jsii.Number]:
        '''Specifies the weight for QoS virtual server score.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#qos_vs_score GtmPool#qos_vs_score}
        '''
        result = self._values.get("qos_vs_score")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ttl(self) -> typing.Optional[jsii.Number]:
        '''Specifies the time to live (TTL) for the pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#ttl GtmPool#ttl}
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def verify_member_availability(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the system verifies the availability of pool members before sending traffic.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#verify_member_availability GtmPool#verify_member_availability}
        '''
        result = self._values.get("verify_member_availability")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GtmPoolConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.gtmPool.GtmPoolMembers",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "disabled": "disabled",
        "enabled": "enabled",
        "limit_max_bps": "limitMaxBps",
        "limit_max_bps_status": "limitMaxBpsStatus",
        "limit_max_connections": "limitMaxConnections",
        "limit_max_connections_status": "limitMaxConnectionsStatus",
        "limit_max_pps": "limitMaxPps",
        "limit_max_pps_status": "limitMaxPpsStatus",
        "member_order": "memberOrder",
        "monitor": "monitor",
        "ratio": "ratio",
    },
)
class GtmPoolMembers:
    def __init__(
        self,
        *,
        name: builtins.str,
        disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        limit_max_bps: typing.Optional[jsii.Number] = None,
        limit_max_bps_status: typing.Optional[builtins.str] = None,
        limit_max_connections: typing.Optional[jsii.Number] = None,
        limit_max_connections_status: typing.Optional[builtins.str] = None,
        limit_max_pps: typing.Optional[jsii.Number] = None,
        limit_max_pps_status: typing.Optional[builtins.str] = None,
        member_order: typing.Optional[jsii.Number] = None,
        monitor: typing.Optional[builtins.str] = None,
        ratio: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: Name of the pool member (format: <server_name>:<virtual_server_name>). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#name GtmPool#name}
        :param disabled: Disabled state of the pool member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#disabled GtmPool#disabled}
        :param enabled: Enable or disable the pool member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#enabled GtmPool#enabled}
        :param limit_max_bps: Specifies the maximum allowable data throughput rate for this member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_bps GtmPool#limit_max_bps}
        :param limit_max_bps_status: Enables or disables the limit_max_bps option for this member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_bps_status GtmPool#limit_max_bps_status}
        :param limit_max_connections: Specifies the maximum number of concurrent connections for this member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_connections GtmPool#limit_max_connections}
        :param limit_max_connections_status: Enables or disables the limit_max_connections option for this member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_connections_status GtmPool#limit_max_connections_status}
        :param limit_max_pps: Specifies the maximum allowable data transfer rate in packets per second for this member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_pps GtmPool#limit_max_pps}
        :param limit_max_pps_status: Enables or disables the limit_max_pps option for this member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_pps_status GtmPool#limit_max_pps_status}
        :param member_order: Specifies the order in which the member will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#member_order GtmPool#member_order}
        :param monitor: Specifies the health monitor for this pool member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#monitor GtmPool#monitor}
        :param ratio: Specifies the weight of the pool member for load balancing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#ratio GtmPool#ratio}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7f7ae6238aa7a6d5dacc0efd2e43b01bf13fe8b016baa499ef0b4353b5eaf981)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument limit_max_bps", value=limit_max_bps, expected_type=type_hints["limit_max_bps"])
            check_type(argname="argument limit_max_bps_status", value=limit_max_bps_status, expected_type=type_hints["limit_max_bps_status"])
            check_type(argname="argument limit_max_connections", value=limit_max_connections, expected_type=type_hints["limit_max_connections"])
            check_type(argname="argument limit_max_connections_status", value=limit_max_connections_status, expected_type=type_hints["limit_max_connections_status"])
            check_type(argname="argument limit_max_pps", value=limit_max_pps, expected_type=type_hints["limit_max_pps"])
            check_type(argname="argument limit_max_pps_status", value=limit_max_pps_status, expected_type=type_hints["limit_max_pps_status"])
            check_type(argname="argument member_order", value=member_order, expected_type=type_hints["member_order"])
            check_type(argname="argument monitor", value=monitor, expected_type=type_hints["monitor"])
            check_type(argname="argument ratio", value=ratio, expected_type=type_hints["ratio"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if disabled is not None:
            self._values["disabled"] = disabled
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
        if member_order is not None:
            self._values["member_order"] = member_order
        if monitor is not None:
            self._values["monitor"] = monitor
        if ratio is not None:
            self._values["ratio"] = ratio

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the pool member (format: <server_name>:<virtual_server_name>).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#name GtmPool#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Disabled state of the pool member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#disabled GtmPool#disabled}
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable or disable the pool member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#enabled GtmPool#enabled}
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def limit_max_bps(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum allowable data throughput rate for this member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_bps GtmPool#limit_max_bps}
        '''
        result = self._values.get("limit_max_bps")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_bps_status(self) -> typing.Optional[builtins.str]:
        '''Enables or disables the limit_max_bps option for this member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_bps_status GtmPool#limit_max_bps_status}
        '''
        result = self._values.get("limit_max_bps_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def limit_max_connections(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum number of concurrent connections for this member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_connections GtmPool#limit_max_connections}
        '''
        result = self._values.get("limit_max_connections")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_connections_status(self) -> typing.Optional[builtins.str]:
        '''Enables or disables the limit_max_connections option for this member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_connections_status GtmPool#limit_max_connections_status}
        '''
        result = self._values.get("limit_max_connections_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def limit_max_pps(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum allowable data transfer rate in packets per second for this member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_pps GtmPool#limit_max_pps}
        '''
        result = self._values.get("limit_max_pps")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def limit_max_pps_status(self) -> typing.Optional[builtins.str]:
        '''Enables or disables the limit_max_pps option for this member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#limit_max_pps_status GtmPool#limit_max_pps_status}
        '''
        result = self._values.get("limit_max_pps_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def member_order(self) -> typing.Optional[jsii.Number]:
        '''Specifies the order in which the member will be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#member_order GtmPool#member_order}
        '''
        result = self._values.get("member_order")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def monitor(self) -> typing.Optional[builtins.str]:
        '''Specifies the health monitor for this pool member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#monitor GtmPool#monitor}
        '''
        result = self._values.get("monitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ratio(self) -> typing.Optional[jsii.Number]:
        '''Specifies the weight of the pool member for load balancing.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_pool#ratio GtmPool#ratio}
        '''
        result = self._values.get("ratio")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GtmPoolMembers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class GtmPoolMembersList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmPool.GtmPoolMembersList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__30a93d23b59588279841a2a3ddd66dc312697dceab14712d62bc7310a9715bcf)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "GtmPoolMembersOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a4a5f7ddcc4009758e4d522979225bc3b1a698d907adb221448d8aeb66eb5972)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("GtmPoolMembersOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b81d2d46a81b9b0d9d226cc6039775a9a96c313fa188c0e85eb52ce254547ad)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5479907de6423cde257a351dd450c807d8723297b3b15ed9d1e01f1c8d5a6d11)
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
            type_hints = typing.get_type_hints(_typecheckingstub__8945784f9059b68766bc54eb499a2598be82f7f391c8909c6f0340b5870c0294)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmPoolMembers]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmPoolMembers]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmPoolMembers]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__61ddc9e2a140429ec0ae9b8fc9dc9986661ead434f259d7c2b6a30f623214fc1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class GtmPoolMembersOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmPool.GtmPoolMembersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d3f0605f57e4272d09af3591754b9ac44fc6817b80b9fcce0c2b0dd44122803c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetDisabled")
    def reset_disabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDisabled", []))

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

    @jsii.member(jsii_name="resetMemberOrder")
    def reset_member_order(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMemberOrder", []))

    @jsii.member(jsii_name="resetMonitor")
    def reset_monitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonitor", []))

    @jsii.member(jsii_name="resetRatio")
    def reset_ratio(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRatio", []))

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
    @jsii.member(jsii_name="memberOrderInput")
    def member_order_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "memberOrderInput"))

    @builtins.property
    @jsii.member(jsii_name="monitorInput")
    def monitor_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "monitorInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="ratioInput")
    def ratio_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ratioInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__be4bb3e4d150cb0589cf56a8c5b657ada02ba241127cca31898419036c31a07e)
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
            type_hints = typing.get_type_hints(_typecheckingstub__96f0ab203e9de666bf09935c3ae339a298933201244532fa413bb08f87b83042)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxBps")
    def limit_max_bps(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxBps"))

    @limit_max_bps.setter
    def limit_max_bps(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d5f1e1a7ded9bf28e4a968bf2739394e2855b1aa8ca427684cb31847ae8779fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxBps", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxBpsStatus")
    def limit_max_bps_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxBpsStatus"))

    @limit_max_bps_status.setter
    def limit_max_bps_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7ff8e4d60fda9bed98e3b2099fb7bef70b88e0e13ceadbbf6b7d0c22d75017e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxBpsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnections")
    def limit_max_connections(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxConnections"))

    @limit_max_connections.setter
    def limit_max_connections(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a4056f60cd8e62b211fb50ab3df5ac0054513a61688caf9e57404b2566fcab81)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxConnections", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxConnectionsStatus")
    def limit_max_connections_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxConnectionsStatus"))

    @limit_max_connections_status.setter
    def limit_max_connections_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c0b9c623aa0a64e495c66a26c400bdd93cd612af3023e179166cc47c59a6a28)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxConnectionsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxPps")
    def limit_max_pps(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "limitMaxPps"))

    @limit_max_pps.setter
    def limit_max_pps(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__574f50cda383c44b85cfb6e9ddce585520690bb4935d77dceb6125bb71e21bb0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxPps", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="limitMaxPpsStatus")
    def limit_max_pps_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "limitMaxPpsStatus"))

    @limit_max_pps_status.setter
    def limit_max_pps_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a4fa44c65cb5d8662a96323aa44c7662eaf56b8a5d266736510162c0c9028bf4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "limitMaxPpsStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="memberOrder")
    def member_order(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "memberOrder"))

    @member_order.setter
    def member_order(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__10f0897fc49bb3cde768606ee2f4fcc897248cb522aac45445568f9521c0c37c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "memberOrder", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monitor")
    def monitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "monitor"))

    @monitor.setter
    def monitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9bac4709712fefa8f3ca9c968bac92c2971a3d7d22dfe85cf3f94f74a46e4ad1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8f3f9590db711e1035688d0c9881422b5a2495af9752ca9d50539a52cbfcff41)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ratio")
    def ratio(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ratio"))

    @ratio.setter
    def ratio(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a646d6724af1c930835d03140b7fb6ae1900751876c266ec792444f7cdb797dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ratio", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmPoolMembers]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmPoolMembers]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmPoolMembers]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a1b7295accf1477a32612c029bdeb375ec2411a12ddca15a95fcb42108d5b02c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "GtmPool",
    "GtmPoolConfig",
    "GtmPoolMembers",
    "GtmPoolMembersList",
    "GtmPoolMembersOutputReference",
]

publication.publish()

def _typecheckingstub__ee6e9c9026dad81bb2cea9ac398bf63ece0201510b24ba4c533f3319c85876a7(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    type: builtins.str,
    alternate_mode: typing.Optional[builtins.str] = None,
    disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    dynamic_ratio: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    fallback_ip: typing.Optional[builtins.str] = None,
    fallback_mode: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    limit_max_bps: typing.Optional[jsii.Number] = None,
    limit_max_bps_status: typing.Optional[builtins.str] = None,
    limit_max_connections: typing.Optional[jsii.Number] = None,
    limit_max_connections_status: typing.Optional[builtins.str] = None,
    limit_max_pps: typing.Optional[jsii.Number] = None,
    limit_max_pps_status: typing.Optional[builtins.str] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    manual_resume: typing.Optional[builtins.str] = None,
    max_answers_returned: typing.Optional[jsii.Number] = None,
    members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmPoolMembers, typing.Dict[builtins.str, typing.Any]]]]] = None,
    min_members_up_mode: typing.Optional[builtins.str] = None,
    min_members_up_value: typing.Optional[jsii.Number] = None,
    monitor: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    qos_hit_ratio: typing.Optional[jsii.Number] = None,
    qos_hops: typing.Optional[jsii.Number] = None,
    qos_kilobytes_second: typing.Optional[jsii.Number] = None,
    qos_lcs: typing.Optional[jsii.Number] = None,
    qos_packet_rate: typing.Optional[jsii.Number] = None,
    qos_rtt: typing.Optional[jsii.Number] = None,
    qos_topology: typing.Optional[jsii.Number] = None,
    qos_vs_capacity: typing.Optional[jsii.Number] = None,
    qos_vs_score: typing.Optional[jsii.Number] = None,
    ttl: typing.Optional[jsii.Number] = None,
    verify_member_availability: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__8ca3006616a9dd2aa67d12adabaec270015a22981e51191f599083173e36ae53(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bfa3d812788d5f3a16d0ebb7916e58b186a42e3e7e619a6f1729250ebbf3fdce(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmPoolMembers, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0c22ee7e98cdec7510b0743ea9d96bd124ee81a5f19493cca6f12287e17177e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__680468bcaf39f6422e175a50890399de0d17ea78d6a77be80a160ac637a2c4cb(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c736dcede79fbf4418c284f1a2cc1e1500cd8f273c34f135157bd41bcaf7e23a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__443c7c5fc7f38603735594d02c2286d57b4624ec1ab67c2718ccca8fe63d68bb(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e640b7244a296f07584345b7bae1000fb740cff39402b9fd78a2a6dfb200f93(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b83671f704c220720a2ce9bb10435da7c11a3e778672b2fdd8a1c55b76ca0169(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7f88942574c4f4feca8afe6e6d13fdbe23bb92c1ccbd335747f86ecc814c823(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__395dd17b9363ee19405903c76ff706efa94ee7101e9bfb15a2d0e673c2546e93(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05332a68b074bfb8064f75e4142b829ebdd3274a6a3c20ffacc6e3e91674ec00(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3c907f8cc6f5a1f81be8bf29bc089af9e0574b1ec509bcf84ef224bb7b5eaba(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a6482201c821f3f6fab95e7edcd790ccd8f21ebb0c4ec4485e21dd491954aa0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__411e3728f087613fdc7f2782762d96661de6604b712fd659007452090896cd66(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d899ce53abd6e9f3bce358abab495114ad74ed63b8d1bd5c230d45a9546b0948(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__531d479e729bb2ae2cea749214741fb74fd6dd32d63a6e2c8feb97ec608cf27c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10229285ea7d6b939d08b507c646d0fa04f0e1bdb3348f7ff626f6feb9758f8d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2d0043aecb4351c55c7e926b619d7066c8caa5fc16cbf66bde2c824351bbbf3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c611e4b65d05c7fdeaf433381330d90550a732a5db12fc3876a344d725d771d9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__367a2efeb21a96e45ecbfc7dd22d0e531f4299cbac930004450a3b5518bf8f83(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79a21049387f78bd4822ea04b09336f7b9b735308c08f76184c8c43ff3d27ec9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d132dd33edf0ef29384cc3816f133751c7d7052f44de8440448e6b2f5f9c55f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc7ed38899e0570a3317fefa9518bd1a3c026ba8f5db33b048070efbe8264eb4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac957e6b84a3841a672445f2bb1afecf718feee727c97ee804feabd9bb10a9dd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8250d6125a342ed1273698317d3e5ba17b24eb7c5ead11a30be9f92b5198218(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7b7abb03d675cface424b1e67ed5674e41f08ae9153a2f534c8ebed9e9b73285(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f031846b776d1c9e1ee28c366b5c11e94c36cf302e6d254a58587bd2951cbbd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f03e7cd52591a5d3a62ca3a4408b0fca38573587725a17f70dcd10fed4dc4ec(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9d92e49622bb099f64aba8884f8787133e864b2cb4b172e97a1618aea150078(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6718ef46d5c7c0b39340a6a7155a544eaa6867338845bf67c42bafa52173bfaa(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__039f0eae87590c351149ca1c06ad0866440fb563eb626df62a2a8f297f784d8f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16ddc202a64ef8a82996e797a9d24d6a705f546958025165ccc90150041f455c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65e4206353c677dabff8ee8e2b52d269a85e1ebaabd06d60cef1314c69310d75(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88f77069a5136e2f5d3e3815c3fda56071f3980767afda6ac3f0ca43e15c981b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__412e11c42fcbac72f86282b19dea0f11a362412e72ce86c6bd15848207a60b2b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4bc2d69121db928768f008bbc839946aff08de8de2e21f80c842fa8aab50102e(
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
    alternate_mode: typing.Optional[builtins.str] = None,
    disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    dynamic_ratio: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    fallback_ip: typing.Optional[builtins.str] = None,
    fallback_mode: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    limit_max_bps: typing.Optional[jsii.Number] = None,
    limit_max_bps_status: typing.Optional[builtins.str] = None,
    limit_max_connections: typing.Optional[jsii.Number] = None,
    limit_max_connections_status: typing.Optional[builtins.str] = None,
    limit_max_pps: typing.Optional[jsii.Number] = None,
    limit_max_pps_status: typing.Optional[builtins.str] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    manual_resume: typing.Optional[builtins.str] = None,
    max_answers_returned: typing.Optional[jsii.Number] = None,
    members: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[GtmPoolMembers, typing.Dict[builtins.str, typing.Any]]]]] = None,
    min_members_up_mode: typing.Optional[builtins.str] = None,
    min_members_up_value: typing.Optional[jsii.Number] = None,
    monitor: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    qos_hit_ratio: typing.Optional[jsii.Number] = None,
    qos_hops: typing.Optional[jsii.Number] = None,
    qos_kilobytes_second: typing.Optional[jsii.Number] = None,
    qos_lcs: typing.Optional[jsii.Number] = None,
    qos_packet_rate: typing.Optional[jsii.Number] = None,
    qos_rtt: typing.Optional[jsii.Number] = None,
    qos_topology: typing.Optional[jsii.Number] = None,
    qos_vs_capacity: typing.Optional[jsii.Number] = None,
    qos_vs_score: typing.Optional[jsii.Number] = None,
    ttl: typing.Optional[jsii.Number] = None,
    verify_member_availability: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f7ae6238aa7a6d5dacc0efd2e43b01bf13fe8b016baa499ef0b4353b5eaf981(
    *,
    name: builtins.str,
    disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    limit_max_bps: typing.Optional[jsii.Number] = None,
    limit_max_bps_status: typing.Optional[builtins.str] = None,
    limit_max_connections: typing.Optional[jsii.Number] = None,
    limit_max_connections_status: typing.Optional[builtins.str] = None,
    limit_max_pps: typing.Optional[jsii.Number] = None,
    limit_max_pps_status: typing.Optional[builtins.str] = None,
    member_order: typing.Optional[jsii.Number] = None,
    monitor: typing.Optional[builtins.str] = None,
    ratio: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30a93d23b59588279841a2a3ddd66dc312697dceab14712d62bc7310a9715bcf(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4a5f7ddcc4009758e4d522979225bc3b1a698d907adb221448d8aeb66eb5972(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b81d2d46a81b9b0d9d226cc6039775a9a96c313fa188c0e85eb52ce254547ad(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5479907de6423cde257a351dd450c807d8723297b3b15ed9d1e01f1c8d5a6d11(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8945784f9059b68766bc54eb499a2598be82f7f391c8909c6f0340b5870c0294(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61ddc9e2a140429ec0ae9b8fc9dc9986661ead434f259d7c2b6a30f623214fc1(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[GtmPoolMembers]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3f0605f57e4272d09af3591754b9ac44fc6817b80b9fcce0c2b0dd44122803c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be4bb3e4d150cb0589cf56a8c5b657ada02ba241127cca31898419036c31a07e(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96f0ab203e9de666bf09935c3ae339a298933201244532fa413bb08f87b83042(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5f1e1a7ded9bf28e4a968bf2739394e2855b1aa8ca427684cb31847ae8779fe(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7ff8e4d60fda9bed98e3b2099fb7bef70b88e0e13ceadbbf6b7d0c22d75017e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4056f60cd8e62b211fb50ab3df5ac0054513a61688caf9e57404b2566fcab81(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c0b9c623aa0a64e495c66a26c400bdd93cd612af3023e179166cc47c59a6a28(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__574f50cda383c44b85cfb6e9ddce585520690bb4935d77dceb6125bb71e21bb0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4fa44c65cb5d8662a96323aa44c7662eaf56b8a5d266736510162c0c9028bf4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10f0897fc49bb3cde768606ee2f4fcc897248cb522aac45445568f9521c0c37c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bac4709712fefa8f3ca9c968bac92c2971a3d7d22dfe85cf3f94f74a46e4ad1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f3f9590db711e1035688d0c9881422b5a2495af9752ca9d50539a52cbfcff41(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a646d6724af1c930835d03140b7fb6ae1900751876c266ec792444f7cdb797dd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1b7295accf1477a32612c029bdeb375ec2411a12ddca15a95fcb42108d5b02c(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GtmPoolMembers]],
) -> None:
    """Type checking stubs"""
    pass
