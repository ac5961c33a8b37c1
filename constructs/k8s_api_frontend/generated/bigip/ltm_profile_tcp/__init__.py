r'''
# `bigip_ltm_profile_tcp`

Refer to the Terraform Registry for docs: [`bigip_ltm_profile_tcp`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp).
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


class LtmProfileTcp(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileTcp.LtmProfileTcp",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp bigip_ltm_profile_tcp}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        close_wait_timeout: typing.Optional[jsii.Number] = None,
        congestion_control: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        deferred_accept: typing.Optional[builtins.str] = None,
        delayed_acks: typing.Optional[builtins.str] = None,
        early_retransmit: typing.Optional[builtins.str] = None,
        fast_open: typing.Optional[builtins.str] = None,
        finwait2_timeout: typing.Optional[jsii.Number] = None,
        finwait_timeout: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[jsii.Number] = None,
        initial_congestion_windowsize: typing.Optional[jsii.Number] = None,
        keepalive_interval: typing.Optional[jsii.Number] = None,
        nagle: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        proxybuffer_high: typing.Optional[jsii.Number] = None,
        receive_windowsize: typing.Optional[jsii.Number] = None,
        send_buffersize: typing.Optional[jsii.Number] = None,
        tailloss_probe: typing.Optional[builtins.str] = None,
        timewait_recycle: typing.Optional[builtins.str] = None,
        verified_accept: typing.Optional[builtins.str] = None,
        zerowindow_timeout: typing.Optional[jsii.Number] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp bigip_ltm_profile_tcp} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the TCP Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#name LtmProfileTcp#name}
        :param close_wait_timeout: Number of seconds (default 5) connection will remain in LAST-ACK state before exiting. Value -1 means indefinite, limited by maximum retransmission timeout Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#close_wait_timeout LtmProfileTcp#close_wait_timeout}
        :param congestion_control: Specifies the algorithm to use to share network resources among competing users to reduce congestion. The default is High Speed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#congestion_control LtmProfileTcp#congestion_control}
        :param defaults_from: Use the parent tcp profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#defaults_from LtmProfileTcp#defaults_from}
        :param deferred_accept: If enabled, ADC will defer allocating resources to a connection until some payload data has arrived from the client (default false). This may help minimize the impact of certain DoS attacks but adds undesirable latency under normal conditions. Note: ‘deferredAccept’ is incompatible with server-speaks-first application protocols,Default : disabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#deferred_accept LtmProfileTcp#deferred_accept}
        :param delayed_acks: Specifies, when checked (enabled), that the system can send fewer than one ACK (acknowledgment) segment per data segment received. By default, this setting is enabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#delayed_acks LtmProfileTcp#delayed_acks}
        :param early_retransmit: Enabling this setting allows TCP to assume a packet is lost after fewer than the standard number of duplicate ACKs, if there is no way to send new data and generate more duplicate ACKs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#early_retransmit LtmProfileTcp#early_retransmit}
        :param fast_open: If enabled (default), the system can use the TCP Fast Open protocol extension to reduce latency by sending payload data with initial SYN. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#fast_open LtmProfileTcp#fast_open}
        :param finwait2_timeout: Number of seconds (default 300) connection will remain in LAST-ACK state before closing. Value -1 means indefinite, limited by maximum retransmission timeout Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#finwait_2timeout LtmProfileTcp#finwait_2timeout}
        :param finwait_timeout: Number of seconds (default 5) connection will remain in FIN-WAIT-1 or closing state before exiting. Value -1 means indefinite, limited by maximum retransmission timeout Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#finwait_timeout LtmProfileTcp#finwait_timeout}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#id LtmProfileTcp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param idle_timeout: Number of seconds (default 300; may not be 0) connection may remain idle before it becomes eligible for deletion. Value -1 (not recommended) means infinite Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#idle_timeout LtmProfileTcp#idle_timeout}
        :param initial_congestion_windowsize: Specifies the initial congestion window size for connections to this destination. Actual window size is this value multiplied by the MSS (Maximum Segment Size) for the same connection. The default is 10. Valid values range from 0 to 64 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#initial_congestion_windowsize LtmProfileTcp#initial_congestion_windowsize}
        :param keepalive_interval: Number of seconds (default 1800) between keep-alive probes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#keepalive_interval LtmProfileTcp#keepalive_interval}
        :param nagle: Specifies whether the system applies Nagle's algorithm to reduce the number of short segments on the network.If you select Auto, the system determines whether to use Nagle's algorithm based on network conditions. By default, this setting is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#nagle LtmProfileTcp#nagle}
        :param partition: name of partition. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#partition LtmProfileTcp#partition}
        :param proxybuffer_high: Specifies the proxy buffer level, in bytes, at which the receive window is closed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#proxybuffer_high LtmProfileTcp#proxybuffer_high}
        :param receive_windowsize: Specifies the maximum advertised RECEIVE window size. This value represents the maximum number of bytes to which the RECEIVE window can scale. The default is 65535 bytes Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#receive_windowsize LtmProfileTcp#receive_windowsize}
        :param send_buffersize: Specifies the SEND window size. The default is 131072 bytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#send_buffersize LtmProfileTcp#send_buffersize}
        :param tailloss_probe: Enabling this setting allows TCP to send a probe segment to trigger fast recovery instead of recovering a loss via a retransmission timeout,By default, this setting is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#tailloss_probe LtmProfileTcp#tailloss_probe}
        :param timewait_recycle: Using this setting enabled, the system can recycle a wait-state connection immediately upon receipt of a new connection request instead of having to wait until the connection times out of the wait state. By default, this setting is enabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#timewait_recycle LtmProfileTcp#timewait_recycle}
        :param verified_accept: Specifies, when checked (enabled), that the system can actually communicate with the server before establishing a client connection. To determine this, the system sends the server a SYN packet before responding to the client's SYN with a SYN-ACK. When unchecked, the system accepts the client connection before selecting a server to talk to. By default, this setting is disabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#verified_accept LtmProfileTcp#verified_accept}
        :param zerowindow_timeout: Specifies the timeout in milliseconds for terminating a connection with an effective zero length TCP transmit window. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#zerowindow_timeout LtmProfileTcp#zerowindow_timeout}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__38c0adda9cb628381268ed4e990d88612511ec44a1d6ef9e01431ead96e1ba61)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmProfileTcpConfig(
            name=name,
            close_wait_timeout=close_wait_timeout,
            congestion_control=congestion_control,
            defaults_from=defaults_from,
            deferred_accept=deferred_accept,
            delayed_acks=delayed_acks,
            early_retransmit=early_retransmit,
            fast_open=fast_open,
            finwait2_timeout=finwait2_timeout,
            finwait_timeout=finwait_timeout,
            id=id,
            idle_timeout=idle_timeout,
            initial_congestion_windowsize=initial_congestion_windowsize,
            keepalive_interval=keepalive_interval,
            nagle=nagle,
            partition=partition,
            proxybuffer_high=proxybuffer_high,
            receive_windowsize=receive_windowsize,
            send_buffersize=send_buffersize,
            tailloss_probe=tailloss_probe,
            timewait_recycle=timewait_recycle,
            verified_accept=verified_accept,
            zerowindow_timeout=zerowindow_timeout,
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
        '''Generates CDKTF code for importing a LtmProfileTcp resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmProfileTcp to import.
        :param import_from_id: The id of the existing LtmProfileTcp that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmProfileTcp to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ddad3a72ea4ec48f53788ebd0e791f87822f5fdcbd6454c4a2e29dd11c2e906)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetCloseWaitTimeout")
    def reset_close_wait_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCloseWaitTimeout", []))

    @jsii.member(jsii_name="resetCongestionControl")
    def reset_congestion_control(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCongestionControl", []))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetDeferredAccept")
    def reset_deferred_accept(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeferredAccept", []))

    @jsii.member(jsii_name="resetDelayedAcks")
    def reset_delayed_acks(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDelayedAcks", []))

    @jsii.member(jsii_name="resetEarlyRetransmit")
    def reset_early_retransmit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEarlyRetransmit", []))

    @jsii.member(jsii_name="resetFastOpen")
    def reset_fast_open(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFastOpen", []))

    @jsii.member(jsii_name="resetFinwait2Timeout")
    def reset_finwait2_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFinwait2Timeout", []))

    @jsii.member(jsii_name="resetFinwaitTimeout")
    def reset_finwait_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFinwaitTimeout", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIdleTimeout")
    def reset_idle_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIdleTimeout", []))

    @jsii.member(jsii_name="resetInitialCongestionWindowsize")
    def reset_initial_congestion_windowsize(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInitialCongestionWindowsize", []))

    @jsii.member(jsii_name="resetKeepaliveInterval")
    def reset_keepalive_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKeepaliveInterval", []))

    @jsii.member(jsii_name="resetNagle")
    def reset_nagle(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNagle", []))

    @jsii.member(jsii_name="resetPartition")
    def reset_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartition", []))

    @jsii.member(jsii_name="resetProxybufferHigh")
    def reset_proxybuffer_high(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxybufferHigh", []))

    @jsii.member(jsii_name="resetReceiveWindowsize")
    def reset_receive_windowsize(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReceiveWindowsize", []))

    @jsii.member(jsii_name="resetSendBuffersize")
    def reset_send_buffersize(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSendBuffersize", []))

    @jsii.member(jsii_name="resetTaillossProbe")
    def reset_tailloss_probe(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTaillossProbe", []))

    @jsii.member(jsii_name="resetTimewaitRecycle")
    def reset_timewait_recycle(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimewaitRecycle", []))

    @jsii.member(jsii_name="resetVerifiedAccept")
    def reset_verified_accept(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVerifiedAccept", []))

    @jsii.member(jsii_name="resetZerowindowTimeout")
    def reset_zerowindow_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetZerowindowTimeout", []))

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
    @jsii.member(jsii_name="closeWaitTimeoutInput")
    def close_wait_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "closeWaitTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="congestionControlInput")
    def congestion_control_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "congestionControlInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="deferredAcceptInput")
    def deferred_accept_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deferredAcceptInput"))

    @builtins.property
    @jsii.member(jsii_name="delayedAcksInput")
    def delayed_acks_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "delayedAcksInput"))

    @builtins.property
    @jsii.member(jsii_name="earlyRetransmitInput")
    def early_retransmit_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "earlyRetransmitInput"))

    @builtins.property
    @jsii.member(jsii_name="fastOpenInput")
    def fast_open_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fastOpenInput"))

    @builtins.property
    @jsii.member(jsii_name="finwait2TimeoutInput")
    def finwait2_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "finwait2TimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="finwaitTimeoutInput")
    def finwait_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "finwaitTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="idleTimeoutInput")
    def idle_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "idleTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="initialCongestionWindowsizeInput")
    def initial_congestion_windowsize_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "initialCongestionWindowsizeInput"))

    @builtins.property
    @jsii.member(jsii_name="keepaliveIntervalInput")
    def keepalive_interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "keepaliveIntervalInput"))

    @builtins.property
    @jsii.member(jsii_name="nagleInput")
    def nagle_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nagleInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="partitionInput")
    def partition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "partitionInput"))

    @builtins.property
    @jsii.member(jsii_name="proxybufferHighInput")
    def proxybuffer_high_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "proxybufferHighInput"))

    @builtins.property
    @jsii.member(jsii_name="receiveWindowsizeInput")
    def receive_windowsize_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "receiveWindowsizeInput"))

    @builtins.property
    @jsii.member(jsii_name="sendBuffersizeInput")
    def send_buffersize_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "sendBuffersizeInput"))

    @builtins.property
    @jsii.member(jsii_name="taillossProbeInput")
    def tailloss_probe_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "taillossProbeInput"))

    @builtins.property
    @jsii.member(jsii_name="timewaitRecycleInput")
    def timewait_recycle_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "timewaitRecycleInput"))

    @builtins.property
    @jsii.member(jsii_name="verifiedAcceptInput")
    def verified_accept_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "verifiedAcceptInput"))

    @builtins.property
    @jsii.member(jsii_name="zerowindowTimeoutInput")
    def zerowindow_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "zerowindowTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="closeWaitTimeout")
    def close_wait_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "closeWaitTimeout"))

    @close_wait_timeout.setter
    def close_wait_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f3d06c6f64ef2f95eadc4d1e1933ba22b406efa5f9e611d480769fb5c83cd587)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "closeWaitTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="congestionControl")
    def congestion_control(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "congestionControl"))

    @congestion_control.setter
    def congestion_control(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__800485584c3f23053b00294f735733e4c6211b59a55af4a4fe784c584f7d176f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "congestionControl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__14f5b7b918825a760dddae5a6d7f0b8da43820a066233fe7fddef5ce90193a1a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="deferredAccept")
    def deferred_accept(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deferredAccept"))

    @deferred_accept.setter
    def deferred_accept(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c03fe29173dd7578156d8d4d739e4fa83daee6b052b96392cc955ce6600c184)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deferredAccept", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="delayedAcks")
    def delayed_acks(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "delayedAcks"))

    @delayed_acks.setter
    def delayed_acks(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1b8bb33c7f9c539bb1cc872a94e9640bbdeda3af4a90d1a098ad34be4aa0ca9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "delayedAcks", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="earlyRetransmit")
    def early_retransmit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "earlyRetransmit"))

    @early_retransmit.setter
    def early_retransmit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d073b7161862abcdef5cf35a9d4489fd1e4ad1d4a890b5c6d4fd25d14072c1b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "earlyRetransmit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fastOpen")
    def fast_open(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fastOpen"))

    @fast_open.setter
    def fast_open(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__53006a1cd7cee3861aec80ddec48c62f5775474870063dfe3bfcbc2b944b63ab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fastOpen", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="finwait2Timeout")
    def finwait2_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "finwait2Timeout"))

    @finwait2_timeout.setter
    def finwait2_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c6186ed59969b04640feb255aea56dc5d20d5bc2e280bd0e775fa84c19715f9f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "finwait2Timeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="finwaitTimeout")
    def finwait_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "finwaitTimeout"))

    @finwait_timeout.setter
    def finwait_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__582154122582c4c7bc031249bbe999d86630fc9521d8e071c5ae74d4bb065f13)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "finwaitTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__591e63eec003887b863a808622c9083574f5b91f33ade1bed7e31e6544ba2486)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="idleTimeout")
    def idle_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "idleTimeout"))

    @idle_timeout.setter
    def idle_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__373ba9d3c61b0c097572c63f008f146843aad6c3b558ad12d0f83fe51f7d3b4d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "idleTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="initialCongestionWindowsize")
    def initial_congestion_windowsize(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "initialCongestionWindowsize"))

    @initial_congestion_windowsize.setter
    def initial_congestion_windowsize(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a8c5e69e0aef208dfffc15f0bd9a245800e2eedd1ebcdc7a792914201ffffa27)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "initialCongestionWindowsize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="keepaliveInterval")
    def keepalive_interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "keepaliveInterval"))

    @keepalive_interval.setter
    def keepalive_interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d104b1a6efad02e363b1287e1e48b4e9822c2058c2a2dc3e086681d29dbc5178)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "keepaliveInterval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="nagle")
    def nagle(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "nagle"))

    @nagle.setter
    def nagle(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__85bf492c9971970dba724cac13f1b10745e01aca40eccd0fffdc3a4161c5ab6b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "nagle", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42d57022a11a68dc4ee095abee5104e4dbff51349ce7f39936b45020d61c4b5a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ed10ab0990728844037b43eedd1940880e116d5415fda0ce98a4ef14d7792b3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxybufferHigh")
    def proxybuffer_high(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "proxybufferHigh"))

    @proxybuffer_high.setter
    def proxybuffer_high(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3cbe7ce3d209b8ccb5d1725c23b18d2407b94a89c4890aa8dea6d7d1f9fc2d00)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxybufferHigh", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="receiveWindowsize")
    def receive_windowsize(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "receiveWindowsize"))

    @receive_windowsize.setter
    def receive_windowsize(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a5758a64e1ff0da5ece84e869dcc6b5bc827e5c94b3dd4a4a375f0269c7c4dd3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "receiveWindowsize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sendBuffersize")
    def send_buffersize(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "sendBuffersize"))

    @send_buffersize.setter
    def send_buffersize(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f3cb183fc9cac6b8754baa4f586566bb1961a9c8837e59558629d9e3f3c8371e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sendBuffersize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="taillossProbe")
    def tailloss_probe(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "taillossProbe"))

    @tailloss_probe.setter
    def tailloss_probe(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e288b6358cf4e67f389e2defcef8b288a9c06a096f512af5d51cc2c4a60480c1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "taillossProbe", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timewaitRecycle")
    def timewait_recycle(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "timewaitRecycle"))

    @timewait_recycle.setter
    def timewait_recycle(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dd20b255755ea37bd39f0ad13ac7b1ff19ae5e9da587dbf2c70a56b5c0196ed6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timewaitRecycle", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="verifiedAccept")
    def verified_accept(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "verifiedAccept"))

    @verified_accept.setter
    def verified_accept(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e15fd9a3b2e9475e1b6500a7ff64e9e31a0c56c6d212b5b8ecf7d316e5b590c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "verifiedAccept", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="zerowindowTimeout")
    def zerowindow_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "zerowindowTimeout"))

    @zerowindow_timeout.setter
    def zerowindow_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f37ec81ce9d253aeb33ad64cc651f69e14f25e5477530ad03bda55857dee921)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "zerowindowTimeout", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileTcp.LtmProfileTcpConfig",
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
        "close_wait_timeout": "closeWaitTimeout",
        "congestion_control": "congestionControl",
        "defaults_from": "defaultsFrom",
        "deferred_accept": "deferredAccept",
        "delayed_acks": "delayedAcks",
        "early_retransmit": "earlyRetransmit",
        "fast_open": "fastOpen",
        "finwait2_timeout": "finwait2Timeout",
        "finwait_timeout": "finwaitTimeout",
        "id": "id",
        "idle_timeout": "idleTimeout",
        "initial_congestion_windowsize": "initialCongestionWindowsize",
        "keepalive_interval": "keepaliveInterval",
        "nagle": "nagle",
        "partition": "partition",
        "proxybuffer_high": "proxybufferHigh",
        "receive_windowsize": "receiveWindowsize",
        "send_buffersize": "sendBuffersize",
        "tailloss_probe": "taillossProbe",
        "timewait_recycle": "timewaitRecycle",
        "verified_accept": "verifiedAccept",
        "zerowindow_timeout": "zerowindowTimeout",
    },
)
class LtmProfileTcpConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        close_wait_timeout: typing.Optional[jsii.Number] = None,
        congestion_control: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        deferred_accept: typing.Optional[builtins.str] = None,
        delayed_acks: typing.Optional[builtins.str] = None,
        early_retransmit: typing.Optional[builtins.str] = None,
        fast_open: typing.Optional[builtins.str] = None,
        finwait2_timeout: typing.Optional[jsii.Number] = None,
        finwait_timeout: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[jsii.Number] = None,
        initial_congestion_windowsize: typing.Optional[jsii.Number] = None,
        keepalive_interval: typing.Optional[jsii.Number] = None,
        nagle: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        proxybuffer_high: typing.Optional[jsii.Number] = None,
        receive_windowsize: typing.Optional[jsii.Number] = None,
        send_buffersize: typing.Optional[jsii.Number] = None,
        tailloss_probe: typing.Optional[builtins.str] = None,
        timewait_recycle: typing.Optional[builtins.str] = None,
        verified_accept: typing.Optional[builtins.str] = None,
        zerowindow_timeout: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the TCP Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#name LtmProfileTcp#name}
        :param close_wait_timeout: Number of seconds (default 5) connection will remain in LAST-ACK state before exiting. Value -1 means indefinite, limited by maximum retransmission timeout Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#close_wait_timeout LtmProfileTcp#close_wait_timeout}
        :param congestion_control: Specifies the algorithm to use to share network resources among competing users to reduce congestion. The default is High Speed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#congestion_control LtmProfileTcp#congestion_control}
        :param defaults_from: Use the parent tcp profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#defaults_from LtmProfileTcp#defaults_from}
        :param deferred_accept: If enabled, ADC will defer allocating resources to a connection until some payload data has arrived from the client (default false). This may help minimize the impact of certain DoS attacks but adds undesirable latency under normal conditions. Note: ‘deferredAccept’ is incompatible with server-speaks-first application protocols,Default : disabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#deferred_accept LtmProfileTcp#deferred_accept}
        :param delayed_acks: Specifies, when checked (enabled), that the system can send fewer than one ACK (acknowledgment) segment per data segment received. By default, this setting is enabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#delayed_acks LtmProfileTcp#delayed_acks}
        :param early_retransmit: Enabling this setting allows TCP to assume a packet is lost after fewer than the standard number of duplicate ACKs, if there is no way to send new data and generate more duplicate ACKs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#early_retransmit LtmProfileTcp#early_retransmit}
        :param fast_open: If enabled (default), the system can use the TCP Fast Open protocol extension to reduce latency by sending payload data with initial SYN. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#fast_open LtmProfileTcp#fast_open}
        :param finwait2_timeout: Number of seconds (default 300) connection will remain in LAST-ACK state before closing. Value -1 means indefinite, limited by maximum retransmission timeout Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#finwait_2timeout LtmProfileTcp#finwait_2timeout}
        :param finwait_timeout: Number of seconds (default 5) connection will remain in FIN-WAIT-1 or closing state before exiting. Value -1 means indefinite, limited by maximum retransmission timeout Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#finwait_timeout LtmProfileTcp#finwait_timeout}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#id LtmProfileTcp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param idle_timeout: Number of seconds (default 300; may not be 0) connection may remain idle before it becomes eligible for deletion. Value -1 (not recommended) means infinite Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#idle_timeout LtmProfileTcp#idle_timeout}
        :param initial_congestion_windowsize: Specifies the initial congestion window size for connections to this destination. Actual window size is this value multiplied by the MSS (Maximum Segment Size) for the same connection. The default is 10. Valid values range from 0 to 64 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#initial_congestion_windowsize LtmProfileTcp#initial_congestion_windowsize}
        :param keepalive_interval: Number of seconds (default 1800) between keep-alive probes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#keepalive_interval LtmProfileTcp#keepalive_interval}
        :param nagle: Specifies whether the system applies Nagle's algorithm to reduce the number of short segments on the network.If you select Auto, the system determines whether to use Nagle's algorithm based on network conditions. By default, this setting is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#nagle LtmProfileTcp#nagle}
        :param partition: name of partition. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#partition LtmProfileTcp#partition}
        :param proxybuffer_high: Specifies the proxy buffer level, in bytes, at which the receive window is closed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#proxybuffer_high LtmProfileTcp#proxybuffer_high}
        :param receive_windowsize: Specifies the maximum advertised RECEIVE window size. This value represents the maximum number of bytes to which the RECEIVE window can scale. The default is 65535 bytes Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#receive_windowsize LtmProfileTcp#receive_windowsize}
        :param send_buffersize: Specifies the SEND window size. The default is 131072 bytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#send_buffersize LtmProfileTcp#send_buffersize}
        :param tailloss_probe: Enabling this setting allows TCP to send a probe segment to trigger fast recovery instead of recovering a loss via a retransmission timeout,By default, this setting is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#tailloss_probe LtmProfileTcp#tailloss_probe}
        :param timewait_recycle: Using this setting enabled, the system can recycle a wait-state connection immediately upon receipt of a new connection request instead of having to wait until the connection times out of the wait state. By default, this setting is enabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#timewait_recycle LtmProfileTcp#timewait_recycle}
        :param verified_accept: Specifies, when checked (enabled), that the system can actually communicate with the server before establishing a client connection. To determine this, the system sends the server a SYN packet before responding to the client's SYN with a SYN-ACK. When unchecked, the system accepts the client connection before selecting a server to talk to. By default, this setting is disabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#verified_accept LtmProfileTcp#verified_accept}
        :param zerowindow_timeout: Specifies the timeout in milliseconds for terminating a connection with an effective zero length TCP transmit window. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#zerowindow_timeout LtmProfileTcp#zerowindow_timeout}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__50b677a86e9cc584895ceb2fd8d21801c902e61739a3d618eb6699651aa5b9c5)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument close_wait_timeout", value=close_wait_timeout, expected_type=type_hints["close_wait_timeout"])
            check_type(argname="argument congestion_control", value=congestion_control, expected_type=type_hints["congestion_control"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument deferred_accept", value=deferred_accept, expected_type=type_hints["deferred_accept"])
            check_type(argname="argument delayed_acks", value=delayed_acks, expected_type=type_hints["delayed_acks"])
            check_type(argname="argument early_retransmit", value=early_retransmit, expected_type=type_hints["early_retransmit"])
            check_type(argname="argument fast_open", value=fast_open, expected_type=type_hints["fast_open"])
            check_type(argname="argument finwait2_timeout", value=finwait2_timeout, expected_type=type_hints["finwait2_timeout"])
            check_type(argname="argument finwait_timeout", value=finwait_timeout, expected_type=type_hints["finwait_timeout"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument initial_congestion_windowsize", value=initial_congestion_windowsize, expected_type=type_hints["initial_congestion_windowsize"])
            check_type(argname="argument keepalive_interval", value=keepalive_interval, expected_type=type_hints["keepalive_interval"])
            check_type(argname="argument nagle", value=nagle, expected_type=type_hints["nagle"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument proxybuffer_high", value=proxybuffer_high, expected_type=type_hints["proxybuffer_high"])
            check_type(argname="argument receive_windowsize", value=receive_windowsize, expected_type=type_hints["receive_windowsize"])
            check_type(argname="argument send_buffersize", value=send_buffersize, expected_type=type_hints["send_buffersize"])
            check_type(argname="argument tailloss_probe", value=tailloss_probe, expected_type=type_hints["tailloss_probe"])
            check_type(argname="argument timewait_recycle", value=timewait_recycle, expected_type=type_hints["timewait_recycle"])
            check_type(argname="argument verified_accept", value=verified_accept, expected_type=type_hints["verified_accept"])
            check_type(argname="argument zerowindow_timeout", value=zerowindow_timeout, expected_type=type_hints["zerowindow_timeout"])
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
        if close_wait_timeout is not None:
            self._values["close_wait_timeout"] = close_wait_timeout
        if congestion_control is not None:
            self._values["congestion_control"] = congestion_control
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if deferred_accept is not None:
            self._values["deferred_accept"] = deferred_accept
        if delayed_acks is not None:
            self._values["delayed_acks"] = delayed_acks
        if early_retransmit is not None:
            self._values["early_retransmit"] = early_retransmit
        if fast_open is not None:
            self._values["fast_open"] = fast_open
        if finwait2_timeout is not None:
            self._values["finwait2_timeout"] = finwait2_timeout
        if finwait_timeout is not None:
            self._values["finwait_timeout"] = finwait_timeout
        if id is not None:
            self._values["id"] = id
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if initial_congestion_windowsize is not None:
            self._values["initial_congestion_windowsize"] = initial_congestion_windowsize
        if keepalive_interval is not None:
            self._values["keepalive_interval"] = keepalive_interval
        if nagle is not None:
            self._values["nagle"] = nagle
        if partition is not None:
            self._values["partition"] = partition
        if proxybuffer_high is not None:
            self._values["proxybuffer_high"] = proxybuffer_high
        if receive_windowsize is not None:
            self._values["receive_windowsize"] = receive_windowsize
        if send_buffersize is not None:
            self._values["send_buffersize"] = send_buffersize
        if tailloss_probe is not None:
            self._values["tailloss_probe"] = tailloss_probe
        if timewait_recycle is not None:
            self._values["timewait_recycle"] = timewait_recycle
        if verified_accept is not None:
            self._values["verified_accept"] = verified_accept
        if zerowindow_timeout is not None:
            self._values["zerowindow_timeout"] = zerowindow_timeout

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
        '''Name of the TCP Profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#name LtmProfileTcp#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def close_wait_timeout(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds (default 5) connection will remain in LAST-ACK state before exiting.

        Value -1 means indefinite, limited by maximum retransmission timeout

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#close_wait_timeout LtmProfileTcp#close_wait_timeout}
        '''
        result = self._values.get("close_wait_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def congestion_control(self) -> typing.Optional[builtins.str]:
        '''Specifies the algorithm to use to share network resources among competing users to reduce congestion.

        The default is High Speed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#congestion_control LtmProfileTcp#congestion_control}
        '''
        result = self._values.get("congestion_control")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Use the parent tcp profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#defaults_from LtmProfileTcp#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def deferred_accept(self) -> typing.Optional[builtins.str]:
        '''If enabled, ADC will defer allocating resources to a connection until some payload data has arrived from the client (default false).

        This may help minimize the impact of certain DoS attacks but adds undesirable latency under normal conditions. Note: ‘deferredAccept’ is incompatible with server-speaks-first application protocols,Default : disabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#deferred_accept LtmProfileTcp#deferred_accept}
        '''
        result = self._values.get("deferred_accept")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def delayed_acks(self) -> typing.Optional[builtins.str]:
        '''Specifies, when checked (enabled), that the system can send fewer than one ACK (acknowledgment) segment per data segment received.

        By default, this setting is enabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#delayed_acks LtmProfileTcp#delayed_acks}
        '''
        result = self._values.get("delayed_acks")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def early_retransmit(self) -> typing.Optional[builtins.str]:
        '''Enabling this setting allows TCP to assume a packet is lost after fewer than the standard number of duplicate ACKs, if there is no way to send new data and generate more duplicate ACKs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#early_retransmit LtmProfileTcp#early_retransmit}
        '''
        result = self._values.get("early_retransmit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fast_open(self) -> typing.Optional[builtins.str]:
        '''If enabled (default), the system can use the TCP Fast Open protocol extension to reduce latency by sending payload data with initial SYN.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#fast_open LtmProfileTcp#fast_open}
        '''
        result = self._values.get("fast_open")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def finwait2_timeout(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds (default 300) connection will remain in LAST-ACK state before closing.

        Value -1 means indefinite, limited by maximum retransmission timeout

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#finwait_2timeout LtmProfileTcp#finwait_2timeout}
        '''
        result = self._values.get("finwait2_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def finwait_timeout(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds (default 5) connection will remain in FIN-WAIT-1 or closing state before exiting.

        Value -1 means indefinite, limited by maximum retransmission timeout

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#finwait_timeout LtmProfileTcp#finwait_timeout}
        '''
        result = self._values.get("finwait_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#id LtmProfileTcp#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds (default 300;

        may not be 0) connection may remain idle before it becomes eligible for deletion. Value -1 (not recommended) means infinite

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#idle_timeout LtmProfileTcp#idle_timeout}
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def initial_congestion_windowsize(self) -> typing.Optional[jsii.Number]:
        '''Specifies the initial congestion window size for connections to this destination.

        Actual window size is this value multiplied by the MSS (Maximum Segment Size) for the same connection. The default is 10. Valid values range from 0 to 64

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#initial_congestion_windowsize LtmProfileTcp#initial_congestion_windowsize}
        '''
        result = self._values.get("initial_congestion_windowsize")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def keepalive_interval(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds (default 1800) between keep-alive probes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#keepalive_interval LtmProfileTcp#keepalive_interval}
        '''
        result = self._values.get("keepalive_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def nagle(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the system applies Nagle's algorithm to reduce the number of short segments on the network.If you select Auto, the system determines whether to use Nagle's algorithm based on network conditions. By default, this setting is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#nagle LtmProfileTcp#nagle}
        '''
        result = self._values.get("nagle")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''name of partition.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#partition LtmProfileTcp#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxybuffer_high(self) -> typing.Optional[jsii.Number]:
        '''Specifies the proxy buffer level, in bytes, at which the receive window is closed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#proxybuffer_high LtmProfileTcp#proxybuffer_high}
        '''
        result = self._values.get("proxybuffer_high")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def receive_windowsize(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum advertised RECEIVE window size.

        This value represents the maximum number of bytes to which the RECEIVE window can scale. The default is 65535 bytes

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#receive_windowsize LtmProfileTcp#receive_windowsize}
        '''
        result = self._values.get("receive_windowsize")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def send_buffersize(self) -> typing.Optional[jsii.Number]:
        '''Specifies the SEND window size. The default is 131072 bytes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#send_buffersize LtmProfileTcp#send_buffersize}
        '''
        result = self._values.get("send_buffersize")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tailloss_probe(self) -> typing.Optional[builtins.str]:
        '''Enabling this setting allows TCP to send a probe segment to trigger fast recovery instead of recovering a loss via a retransmission timeout,By default, this setting is enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#tailloss_probe LtmProfileTcp#tailloss_probe}
        '''
        result = self._values.get("tailloss_probe")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timewait_recycle(self) -> typing.Optional[builtins.str]:
        '''Using this setting enabled, the system can recycle a wait-state connection immediately upon receipt of a new connection request instead of having to wait until the connection times out of the wait state.

        By default, this setting is enabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#timewait_recycle LtmProfileTcp#timewait_recycle}
        '''
        result = self._values.get("timewait_recycle")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def verified_accept(self) -> typing.Optional[builtins.str]:
        '''Specifies, when checked (enabled), that the system can actually communicate with the server before establishing a client connection.

        To determine this, the system sends the server a SYN packet before responding to the client's SYN with a SYN-ACK. When unchecked, the system accepts the client connection before selecting a server to talk to. By default, this setting is disabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#verified_accept LtmProfileTcp#verified_accept}
        '''
        result = self._values.get("verified_accept")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def zerowindow_timeout(self) -> typing.Optional[jsii.Number]:
        '''Specifies the timeout in milliseconds for terminating a connection with an effective zero length TCP transmit window.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_tcp#zerowindow_timeout LtmProfileTcp#zerowindow_timeout}
        '''
        result = self._values.get("zerowindow_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileTcpConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmProfileTcp",
    "LtmProfileTcpConfig",
]

publication.publish()

def _typecheckingstub__38c0adda9cb628381268ed4e990d88612511ec44a1d6ef9e01431ead96e1ba61(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    close_wait_timeout: typing.Optional[jsii.Number] = None,
    congestion_control: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    deferred_accept: typing.Optional[builtins.str] = None,
    delayed_acks: typing.Optional[builtins.str] = None,
    early_retransmit: typing.Optional[builtins.str] = None,
    fast_open: typing.Optional[builtins.str] = None,
    finwait2_timeout: typing.Optional[jsii.Number] = None,
    finwait_timeout: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[jsii.Number] = None,
    initial_congestion_windowsize: typing.Optional[jsii.Number] = None,
    keepalive_interval: typing.Optional[jsii.Number] = None,
    nagle: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    proxybuffer_high: typing.Optional[jsii.Number] = None,
    receive_windowsize: typing.Optional[jsii.Number] = None,
    send_buffersize: typing.Optional[jsii.Number] = None,
    tailloss_probe: typing.Optional[builtins.str] = None,
    timewait_recycle: typing.Optional[builtins.str] = None,
    verified_accept: typing.Optional[builtins.str] = None,
    zerowindow_timeout: typing.Optional[jsii.Number] = None,
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

def _typecheckingstub__7ddad3a72ea4ec48f53788ebd0e791f87822f5fdcbd6454c4a2e29dd11c2e906(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3d06c6f64ef2f95eadc4d1e1933ba22b406efa5f9e611d480769fb5c83cd587(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__800485584c3f23053b00294f735733e4c6211b59a55af4a4fe784c584f7d176f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14f5b7b918825a760dddae5a6d7f0b8da43820a066233fe7fddef5ce90193a1a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c03fe29173dd7578156d8d4d739e4fa83daee6b052b96392cc955ce6600c184(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b8bb33c7f9c539bb1cc872a94e9640bbdeda3af4a90d1a098ad34be4aa0ca9a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d073b7161862abcdef5cf35a9d4489fd1e4ad1d4a890b5c6d4fd25d14072c1b7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53006a1cd7cee3861aec80ddec48c62f5775474870063dfe3bfcbc2b944b63ab(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6186ed59969b04640feb255aea56dc5d20d5bc2e280bd0e775fa84c19715f9f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__582154122582c4c7bc031249bbe999d86630fc9521d8e071c5ae74d4bb065f13(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__591e63eec003887b863a808622c9083574f5b91f33ade1bed7e31e6544ba2486(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__373ba9d3c61b0c097572c63f008f146843aad6c3b558ad12d0f83fe51f7d3b4d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8c5e69e0aef208dfffc15f0bd9a245800e2eedd1ebcdc7a792914201ffffa27(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d104b1a6efad02e363b1287e1e48b4e9822c2058c2a2dc3e086681d29dbc5178(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85bf492c9971970dba724cac13f1b10745e01aca40eccd0fffdc3a4161c5ab6b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42d57022a11a68dc4ee095abee5104e4dbff51349ce7f39936b45020d61c4b5a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ed10ab0990728844037b43eedd1940880e116d5415fda0ce98a4ef14d7792b3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cbe7ce3d209b8ccb5d1725c23b18d2407b94a89c4890aa8dea6d7d1f9fc2d00(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5758a64e1ff0da5ece84e869dcc6b5bc827e5c94b3dd4a4a375f0269c7c4dd3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3cb183fc9cac6b8754baa4f586566bb1961a9c8837e59558629d9e3f3c8371e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e288b6358cf4e67f389e2defcef8b288a9c06a096f512af5d51cc2c4a60480c1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd20b255755ea37bd39f0ad13ac7b1ff19ae5e9da587dbf2c70a56b5c0196ed6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e15fd9a3b2e9475e1b6500a7ff64e9e31a0c56c6d212b5b8ecf7d316e5b590c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f37ec81ce9d253aeb33ad64cc651f69e14f25e5477530ad03bda55857dee921(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50b677a86e9cc584895ceb2fd8d21801c902e61739a3d618eb6699651aa5b9c5(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    close_wait_timeout: typing.Optional[jsii.Number] = None,
    congestion_control: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    deferred_accept: typing.Optional[builtins.str] = None,
    delayed_acks: typing.Optional[builtins.str] = None,
    early_retransmit: typing.Optional[builtins.str] = None,
    fast_open: typing.Optional[builtins.str] = None,
    finwait2_timeout: typing.Optional[jsii.Number] = None,
    finwait_timeout: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[jsii.Number] = None,
    initial_congestion_windowsize: typing.Optional[jsii.Number] = None,
    keepalive_interval: typing.Optional[jsii.Number] = None,
    nagle: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    proxybuffer_high: typing.Optional[jsii.Number] = None,
    receive_windowsize: typing.Optional[jsii.Number] = None,
    send_buffersize: typing.Optional[jsii.Number] = None,
    tailloss_probe: typing.Optional[builtins.str] = None,
    timewait_recycle: typing.Optional[builtins.str] = None,
    verified_accept: typing.Optional[builtins.str] = None,
    zerowindow_timeout: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
