r'''
# `bigip_gtm_monitor_http`

Refer to the Terraform Registry for docs: [`bigip_gtm_monitor_http`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http).
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


class GtmMonitorHttp(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmMonitorHttp.GtmMonitorHttp",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http bigip_gtm_monitor_http}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        defaults_from: typing.Optional[builtins.str] = None,
        destination: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        ignore_down_response: typing.Optional[builtins.str] = None,
        interval: typing.Optional[jsii.Number] = None,
        probe_timeout: typing.Optional[jsii.Number] = None,
        receive: typing.Optional[builtins.str] = None,
        reverse: typing.Optional[builtins.str] = None,
        send: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
        transparent: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http bigip_gtm_monitor_http} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the GTM HTTP monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#name GtmMonitorHttp#name}
        :param defaults_from: Inherit properties from this monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#defaults_from GtmMonitorHttp#defaults_from}
        :param destination: Specifies the IP address and service port of the resource that is the destination of this monitor. Format: ip:port. Default is "*:*" Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#destination GtmMonitorHttp#destination}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#id GtmMonitorHttp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ignore_down_response: Specifies whether the monitor ignores a down response from the system it is monitoring. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#ignore_down_response GtmMonitorHttp#ignore_down_response}
        :param interval: Specifies, in seconds, the frequency at which the system issues the monitor check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#interval GtmMonitorHttp#interval}
        :param probe_timeout: Specifies the number of seconds after which the BIG-IP system times out the probe request to the BIG-IP system. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#probe_timeout GtmMonitorHttp#probe_timeout}
        :param receive: Specifies the text string that the monitor looks for in the returned resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#receive GtmMonitorHttp#receive}
        :param reverse: Instructs the system to mark the target resource down when the test is successful. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#reverse GtmMonitorHttp#reverse}
        :param send: Specifies the text string that the monitor sends to the target object. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#send GtmMonitorHttp#send}
        :param timeout: Specifies the number of seconds the target has in which to respond to the monitor request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#timeout GtmMonitorHttp#timeout}
        :param transparent: Specifies whether the monitor operates in transparent mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#transparent GtmMonitorHttp#transparent}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c2dd3410ad4deef1adf19903a0419a0f259fa6406df197808ae58681ba1424c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = GtmMonitorHttpConfig(
            name=name,
            defaults_from=defaults_from,
            destination=destination,
            id=id,
            ignore_down_response=ignore_down_response,
            interval=interval,
            probe_timeout=probe_timeout,
            receive=receive,
            reverse=reverse,
            send=send,
            timeout=timeout,
            transparent=transparent,
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
        '''Generates CDKTF code for importing a GtmMonitorHttp resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the GtmMonitorHttp to import.
        :param import_from_id: The id of the existing GtmMonitorHttp that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the GtmMonitorHttp to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__69c37c45c87d6b07303a320c02500070ceabaf214bbb41c15a6396ae203fd29b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetDestination")
    def reset_destination(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDestination", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIgnoreDownResponse")
    def reset_ignore_down_response(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIgnoreDownResponse", []))

    @jsii.member(jsii_name="resetInterval")
    def reset_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInterval", []))

    @jsii.member(jsii_name="resetProbeTimeout")
    def reset_probe_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProbeTimeout", []))

    @jsii.member(jsii_name="resetReceive")
    def reset_receive(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReceive", []))

    @jsii.member(jsii_name="resetReverse")
    def reset_reverse(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReverse", []))

    @jsii.member(jsii_name="resetSend")
    def reset_send(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSend", []))

    @jsii.member(jsii_name="resetTimeout")
    def reset_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeout", []))

    @jsii.member(jsii_name="resetTransparent")
    def reset_transparent(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTransparent", []))

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
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="destinationInput")
    def destination_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "destinationInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="ignoreDownResponseInput")
    def ignore_down_response_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ignoreDownResponseInput"))

    @builtins.property
    @jsii.member(jsii_name="intervalInput")
    def interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "intervalInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="probeTimeoutInput")
    def probe_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "probeTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="receiveInput")
    def receive_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "receiveInput"))

    @builtins.property
    @jsii.member(jsii_name="reverseInput")
    def reverse_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "reverseInput"))

    @builtins.property
    @jsii.member(jsii_name="sendInput")
    def send_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sendInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutInput")
    def timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="transparentInput")
    def transparent_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "transparentInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7e486a66ead1a2fcd282d1cb158a745941403d7223a7e78ebb7dbbb26bd4cd58)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="destination")
    def destination(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "destination"))

    @destination.setter
    def destination(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d86d6c2c32a38edc8ed0bed05d4a831bc3f0390a679fc46992234c38aecdf4ce)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destination", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__06865f3400086ce0ff07363b36b07bc59f29a75c026022ca6e01b6d796deb787)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ignoreDownResponse")
    def ignore_down_response(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ignoreDownResponse"))

    @ignore_down_response.setter
    def ignore_down_response(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__518847e02dc79285aca5be2af2079c4790b12a76d406ff7bbfc0ba5d669825e6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ignoreDownResponse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="interval")
    def interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "interval"))

    @interval.setter
    def interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ec02555c474963601fb6742335dc6faf45715fa6fa60330a5f7cdf4f0a9da439)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "interval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d5e3008da74b5f66c42487860428d6b8a31182610c19263877d592bdf29eefdd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="probeTimeout")
    def probe_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "probeTimeout"))

    @probe_timeout.setter
    def probe_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68e6eecfc9e47c65fe18f405e6aa5f2ed9a29955ff96ac3ab7415f2726c4b937)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "probeTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="receive")
    def receive(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "receive"))

    @receive.setter
    def receive(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3feeb650f0536e914d9600559a3a38b23fcf0fd0fe0ba002e0916d420df70262)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "receive", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="reverse")
    def reverse(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "reverse"))

    @reverse.setter
    def reverse(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__864af7ad9ec422230b6be477c594546d634b52a5e0e56b4ce16252b0da7087b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "reverse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="send")
    def send(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "send"))

    @send.setter
    def send(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__443e0364db70a3db1b588d4c8704da3edde38454ad7c9c147d9db75665b8bdd5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "send", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeout")
    def timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeout"))

    @timeout.setter
    def timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__49e917ba889fe0aa4263743bc3d6ac7c5c8d604f6ba1d2c8f2e9bc61cccaa747)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="transparent")
    def transparent(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "transparent"))

    @transparent.setter
    def transparent(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__598be000cd74b2647975fa03409c11b1aec39a39f777ee13aaf8d382a18f9e3f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "transparent", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.gtmMonitorHttp.GtmMonitorHttpConfig",
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
        "defaults_from": "defaultsFrom",
        "destination": "destination",
        "id": "id",
        "ignore_down_response": "ignoreDownResponse",
        "interval": "interval",
        "probe_timeout": "probeTimeout",
        "receive": "receive",
        "reverse": "reverse",
        "send": "send",
        "timeout": "timeout",
        "transparent": "transparent",
    },
)
class GtmMonitorHttpConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        defaults_from: typing.Optional[builtins.str] = None,
        destination: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        ignore_down_response: typing.Optional[builtins.str] = None,
        interval: typing.Optional[jsii.Number] = None,
        probe_timeout: typing.Optional[jsii.Number] = None,
        receive: typing.Optional[builtins.str] = None,
        reverse: typing.Optional[builtins.str] = None,
        send: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
        transparent: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the GTM HTTP monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#name GtmMonitorHttp#name}
        :param defaults_from: Inherit properties from this monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#defaults_from GtmMonitorHttp#defaults_from}
        :param destination: Specifies the IP address and service port of the resource that is the destination of this monitor. Format: ip:port. Default is "*:*" Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#destination GtmMonitorHttp#destination}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#id GtmMonitorHttp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ignore_down_response: Specifies whether the monitor ignores a down response from the system it is monitoring. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#ignore_down_response GtmMonitorHttp#ignore_down_response}
        :param interval: Specifies, in seconds, the frequency at which the system issues the monitor check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#interval GtmMonitorHttp#interval}
        :param probe_timeout: Specifies the number of seconds after which the BIG-IP system times out the probe request to the BIG-IP system. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#probe_timeout GtmMonitorHttp#probe_timeout}
        :param receive: Specifies the text string that the monitor looks for in the returned resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#receive GtmMonitorHttp#receive}
        :param reverse: Instructs the system to mark the target resource down when the test is successful. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#reverse GtmMonitorHttp#reverse}
        :param send: Specifies the text string that the monitor sends to the target object. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#send GtmMonitorHttp#send}
        :param timeout: Specifies the number of seconds the target has in which to respond to the monitor request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#timeout GtmMonitorHttp#timeout}
        :param transparent: Specifies whether the monitor operates in transparent mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#transparent GtmMonitorHttp#transparent}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4638fb87d6964e0ca0c1cab88cbf596591971aff7bc2f0d429a1a6cdf2415d59)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument ignore_down_response", value=ignore_down_response, expected_type=type_hints["ignore_down_response"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument probe_timeout", value=probe_timeout, expected_type=type_hints["probe_timeout"])
            check_type(argname="argument receive", value=receive, expected_type=type_hints["receive"])
            check_type(argname="argument reverse", value=reverse, expected_type=type_hints["reverse"])
            check_type(argname="argument send", value=send, expected_type=type_hints["send"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument transparent", value=transparent, expected_type=type_hints["transparent"])
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
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if destination is not None:
            self._values["destination"] = destination
        if id is not None:
            self._values["id"] = id
        if ignore_down_response is not None:
            self._values["ignore_down_response"] = ignore_down_response
        if interval is not None:
            self._values["interval"] = interval
        if probe_timeout is not None:
            self._values["probe_timeout"] = probe_timeout
        if receive is not None:
            self._values["receive"] = receive
        if reverse is not None:
            self._values["reverse"] = reverse
        if send is not None:
            self._values["send"] = send
        if timeout is not None:
            self._values["timeout"] = timeout
        if transparent is not None:
            self._values["transparent"] = transparent

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
        '''Name of the GTM HTTP monitor.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#name GtmMonitorHttp#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Inherit properties from this monitor.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#defaults_from GtmMonitorHttp#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destination(self) -> typing.Optional[builtins.str]:
        '''Specifies the IP address and service port of the resource that is the destination of this monitor.

        Format: ip:port. Default is "*:*"

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#destination GtmMonitorHttp#destination}
        '''
        result = self._values.get("destination")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#id GtmMonitorHttp#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_down_response(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the monitor ignores a down response from the system it is monitoring.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#ignore_down_response GtmMonitorHttp#ignore_down_response}
        '''
        result = self._values.get("ignore_down_response")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(self) -> typing.Optional[jsii.Number]:
        '''Specifies, in seconds, the frequency at which the system issues the monitor check.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#interval GtmMonitorHttp#interval}
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def probe_timeout(self) -> typing.Optional[jsii.Number]:
        '''Specifies the number of seconds after which the BIG-IP system times out the probe request to the BIG-IP system.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#probe_timeout GtmMonitorHttp#probe_timeout}
        '''
        result = self._values.get("probe_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def receive(self) -> typing.Optional[builtins.str]:
        '''Specifies the text string that the monitor looks for in the returned resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#receive GtmMonitorHttp#receive}
        '''
        result = self._values.get("receive")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reverse(self) -> typing.Optional[builtins.str]:
        '''Instructs the system to mark the target resource down when the test is successful.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#reverse GtmMonitorHttp#reverse}
        '''
        result = self._values.get("reverse")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def send(self) -> typing.Optional[builtins.str]:
        '''Specifies the text string that the monitor sends to the target object.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#send GtmMonitorHttp#send}
        '''
        result = self._values.get("send")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout(self) -> typing.Optional[jsii.Number]:
        '''Specifies the number of seconds the target has in which to respond to the monitor request.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#timeout GtmMonitorHttp#timeout}
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def transparent(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the monitor operates in transparent mode.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_monitor_http#transparent GtmMonitorHttp#transparent}
        '''
        result = self._values.get("transparent")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GtmMonitorHttpConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "GtmMonitorHttp",
    "GtmMonitorHttpConfig",
]

publication.publish()

def _typecheckingstub__0c2dd3410ad4deef1adf19903a0419a0f259fa6406df197808ae58681ba1424c(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    defaults_from: typing.Optional[builtins.str] = None,
    destination: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    ignore_down_response: typing.Optional[builtins.str] = None,
    interval: typing.Optional[jsii.Number] = None,
    probe_timeout: typing.Optional[jsii.Number] = None,
    receive: typing.Optional[builtins.str] = None,
    reverse: typing.Optional[builtins.str] = None,
    send: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[jsii.Number] = None,
    transparent: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__69c37c45c87d6b07303a320c02500070ceabaf214bbb41c15a6396ae203fd29b(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e486a66ead1a2fcd282d1cb158a745941403d7223a7e78ebb7dbbb26bd4cd58(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d86d6c2c32a38edc8ed0bed05d4a831bc3f0390a679fc46992234c38aecdf4ce(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06865f3400086ce0ff07363b36b07bc59f29a75c026022ca6e01b6d796deb787(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__518847e02dc79285aca5be2af2079c4790b12a76d406ff7bbfc0ba5d669825e6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec02555c474963601fb6742335dc6faf45715fa6fa60330a5f7cdf4f0a9da439(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5e3008da74b5f66c42487860428d6b8a31182610c19263877d592bdf29eefdd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68e6eecfc9e47c65fe18f405e6aa5f2ed9a29955ff96ac3ab7415f2726c4b937(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3feeb650f0536e914d9600559a3a38b23fcf0fd0fe0ba002e0916d420df70262(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__864af7ad9ec422230b6be477c594546d634b52a5e0e56b4ce16252b0da7087b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__443e0364db70a3db1b588d4c8704da3edde38454ad7c9c147d9db75665b8bdd5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49e917ba889fe0aa4263743bc3d6ac7c5c8d604f6ba1d2c8f2e9bc61cccaa747(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__598be000cd74b2647975fa03409c11b1aec39a39f777ee13aaf8d382a18f9e3f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4638fb87d6964e0ca0c1cab88cbf596591971aff7bc2f0d429a1a6cdf2415d59(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    defaults_from: typing.Optional[builtins.str] = None,
    destination: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    ignore_down_response: typing.Optional[builtins.str] = None,
    interval: typing.Optional[jsii.Number] = None,
    probe_timeout: typing.Optional[jsii.Number] = None,
    receive: typing.Optional[builtins.str] = None,
    reverse: typing.Optional[builtins.str] = None,
    send: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[jsii.Number] = None,
    transparent: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
