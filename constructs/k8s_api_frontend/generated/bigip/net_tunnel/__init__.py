r'''
# `bigip_net_tunnel`

Refer to the Terraform Registry for docs: [`bigip_net_tunnel`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel).
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


class NetTunnel(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.netTunnel.NetTunnel",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel bigip_net_tunnel}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        local_address: builtins.str,
        name: builtins.str,
        profile: builtins.str,
        app_service: typing.Optional[builtins.str] = None,
        auto_last_hop: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[jsii.Number] = None,
        key: typing.Optional[jsii.Number] = None,
        mode: typing.Optional[builtins.str] = None,
        mtu: typing.Optional[jsii.Number] = None,
        partition: typing.Optional[builtins.str] = None,
        remote_address: typing.Optional[builtins.str] = None,
        secondary_address: typing.Optional[builtins.str] = None,
        tos: typing.Optional[builtins.str] = None,
        traffic_group: typing.Optional[builtins.str] = None,
        transparent: typing.Optional[builtins.str] = None,
        use_pmtu: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel bigip_net_tunnel} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param local_address: Specifies a local IP address. This option is required. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#local_address NetTunnel#local_address}
        :param name: Name of the TUNNEL. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#name NetTunnel#name}
        :param profile: Specifies the profile that you want to associate with the tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#profile NetTunnel#profile}
        :param app_service: The application service that the object belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#app_service NetTunnel#app_service}
        :param auto_last_hop: Specifies whether auto lasthop is enabled or not. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#auto_last_hop NetTunnel#auto_last_hop}
        :param description: User defined description. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#description NetTunnel#description}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#id NetTunnel#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param idle_timeout: Specifies an idle timeout for wildcard tunnels in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#idle_timeout NetTunnel#idle_timeout}
        :param key: The key field may represent different values depending on the type of the tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#key NetTunnel#key}
        :param mode: Specifies how the tunnel carries traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#mode NetTunnel#mode}
        :param mtu: Specifies the maximum transmission unit (MTU) of the tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#mtu NetTunnel#mtu}
        :param partition: Displays the admin-partition within which this component resides. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#partition NetTunnel#partition}
        :param remote_address: Specifies a remote IP address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#remote_address NetTunnel#remote_address}
        :param secondary_address: Specifies a secondary non-floating IP address when the local-address is set to a floating address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#secondary_address NetTunnel#secondary_address}
        :param tos: Specifies a value for insertion into the Type of Service (ToS) octet within the IP header of the encapsulating header of transmitted packets. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#tos NetTunnel#tos}
        :param traffic_group: Specifies a traffic-group for use with the tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#traffic_group NetTunnel#traffic_group}
        :param transparent: Enables or disables the tunnel to be transparent. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#transparent NetTunnel#transparent}
        :param use_pmtu: Enables or disables the tunnel to use the PMTU (Path MTU) information provided by ICMP NeedFrag error messages. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#use_pmtu NetTunnel#use_pmtu}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e82144ac9920bfee0a85d7a32b0338ede15990275cf997a0a57b7e07c658c888)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = NetTunnelConfig(
            local_address=local_address,
            name=name,
            profile=profile,
            app_service=app_service,
            auto_last_hop=auto_last_hop,
            description=description,
            id=id,
            idle_timeout=idle_timeout,
            key=key,
            mode=mode,
            mtu=mtu,
            partition=partition,
            remote_address=remote_address,
            secondary_address=secondary_address,
            tos=tos,
            traffic_group=traffic_group,
            transparent=transparent,
            use_pmtu=use_pmtu,
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
        '''Generates CDKTF code for importing a NetTunnel resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the NetTunnel to import.
        :param import_from_id: The id of the existing NetTunnel that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the NetTunnel to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__91e20bc2857d9405db6a25b49237a09173fec50ec0ee1dd773f947128d18738a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAppService")
    def reset_app_service(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAppService", []))

    @jsii.member(jsii_name="resetAutoLastHop")
    def reset_auto_last_hop(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutoLastHop", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIdleTimeout")
    def reset_idle_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIdleTimeout", []))

    @jsii.member(jsii_name="resetKey")
    def reset_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKey", []))

    @jsii.member(jsii_name="resetMode")
    def reset_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMode", []))

    @jsii.member(jsii_name="resetMtu")
    def reset_mtu(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMtu", []))

    @jsii.member(jsii_name="resetPartition")
    def reset_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartition", []))

    @jsii.member(jsii_name="resetRemoteAddress")
    def reset_remote_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRemoteAddress", []))

    @jsii.member(jsii_name="resetSecondaryAddress")
    def reset_secondary_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecondaryAddress", []))

    @jsii.member(jsii_name="resetTos")
    def reset_tos(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTos", []))

    @jsii.member(jsii_name="resetTrafficGroup")
    def reset_traffic_group(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTrafficGroup", []))

    @jsii.member(jsii_name="resetTransparent")
    def reset_transparent(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTransparent", []))

    @jsii.member(jsii_name="resetUsePmtu")
    def reset_use_pmtu(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUsePmtu", []))

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
    @jsii.member(jsii_name="appServiceInput")
    def app_service_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "appServiceInput"))

    @builtins.property
    @jsii.member(jsii_name="autoLastHopInput")
    def auto_last_hop_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "autoLastHopInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="idleTimeoutInput")
    def idle_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "idleTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="keyInput")
    def key_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "keyInput"))

    @builtins.property
    @jsii.member(jsii_name="localAddressInput")
    def local_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "localAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="modeInput")
    def mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "modeInput"))

    @builtins.property
    @jsii.member(jsii_name="mtuInput")
    def mtu_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "mtuInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="partitionInput")
    def partition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "partitionInput"))

    @builtins.property
    @jsii.member(jsii_name="profileInput")
    def profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "profileInput"))

    @builtins.property
    @jsii.member(jsii_name="remoteAddressInput")
    def remote_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "remoteAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="secondaryAddressInput")
    def secondary_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secondaryAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="tosInput")
    def tos_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tosInput"))

    @builtins.property
    @jsii.member(jsii_name="trafficGroupInput")
    def traffic_group_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "trafficGroupInput"))

    @builtins.property
    @jsii.member(jsii_name="transparentInput")
    def transparent_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "transparentInput"))

    @builtins.property
    @jsii.member(jsii_name="usePmtuInput")
    def use_pmtu_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "usePmtuInput"))

    @builtins.property
    @jsii.member(jsii_name="appService")
    def app_service(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "appService"))

    @app_service.setter
    def app_service(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__377296946f65cbfd2bac8d524ebd7ae06507ecc815c3674004b630d4b584bd0c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "appService", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="autoLastHop")
    def auto_last_hop(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "autoLastHop"))

    @auto_last_hop.setter
    def auto_last_hop(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f95a828bad03e9dc9a6ac0b7578afe7ab70ac54c3e2474e76c2880d97d7e94be)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "autoLastHop", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7458b3fba66b2eacdf3ff04c49271e1a2cf86a72665da2d4f426e8f0cc2c71d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1c705185b92537c38b0aef413cc1c67bce0e2368d00e71af9994b04bc8bd0d86)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="idleTimeout")
    def idle_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "idleTimeout"))

    @idle_timeout.setter
    def idle_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4a9554d8c23b2395e3e75b33784d60c47a332e847d25e4b40d9790f6706b9e39)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "idleTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="key")
    def key(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "key"))

    @key.setter
    def key(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e77d9a912f4c2a74468b1ec39153418856f3877cda917547533f3e6f280c454)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "key", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="localAddress")
    def local_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "localAddress"))

    @local_address.setter
    def local_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__09cb3254cf34f6b8c0ba1d6c6ae6570ecdc1c2fb3fce09d26cdfd4c79e2df0d1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "localAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mode")
    def mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mode"))

    @mode.setter
    def mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__06ba6b84c789781b23a43f5955fbb38bb5a694e429311309e14e307254c4571b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mtu")
    def mtu(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "mtu"))

    @mtu.setter
    def mtu(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a1fd44170498bc944f39b131b4e8eba1755b50333ca29572cc0ece21e743d24d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mtu", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67cba26276c26dc81152e10803270bd92ddc852a602303b8118a55f14ae6c0c5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5642c7139678c893e6a6e7c34e3b63c7eaa955c840c47f72a7447f72d80927e7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="profile")
    def profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "profile"))

    @profile.setter
    def profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__49cedb1b93a8612d01ba4512afd8db48d64a604b193a51bfe1e499438ac35cde)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "profile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="remoteAddress")
    def remote_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "remoteAddress"))

    @remote_address.setter
    def remote_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ccb05baf7f572165f72af0d60d9b28afe47cf53cc0fe8e3763bb0be4071ebba7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "remoteAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secondaryAddress")
    def secondary_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "secondaryAddress"))

    @secondary_address.setter
    def secondary_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9d75f9e1c5fad67b162070eac0ee54d16c8d3289d33d61dadb1e6bd605015d15)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secondaryAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tos")
    def tos(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tos"))

    @tos.setter
    def tos(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ea099707d537f2475c86a3b405cb8a492444f7cb28a3857f7e65b81cb4f1d05e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tos", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trafficGroup")
    def traffic_group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "trafficGroup"))

    @traffic_group.setter
    def traffic_group(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__52bbd1ff2e14e07545601f3e96a9e15404dbac9e8ee7cecd3b7589ee78c5a273)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trafficGroup", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="transparent")
    def transparent(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "transparent"))

    @transparent.setter
    def transparent(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b8c2c19da4bc3c2aebe96ef4daf5c3347fb4c57b8f87469d11ddcac44589613)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "transparent", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="usePmtu")
    def use_pmtu(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "usePmtu"))

    @use_pmtu.setter
    def use_pmtu(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4d27a4ca4717d68535a48f50abdcbc08558390d4f2802b67e0e35bd3d086e9f5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "usePmtu", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.netTunnel.NetTunnelConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "local_address": "localAddress",
        "name": "name",
        "profile": "profile",
        "app_service": "appService",
        "auto_last_hop": "autoLastHop",
        "description": "description",
        "id": "id",
        "idle_timeout": "idleTimeout",
        "key": "key",
        "mode": "mode",
        "mtu": "mtu",
        "partition": "partition",
        "remote_address": "remoteAddress",
        "secondary_address": "secondaryAddress",
        "tos": "tos",
        "traffic_group": "trafficGroup",
        "transparent": "transparent",
        "use_pmtu": "usePmtu",
    },
)
class NetTunnelConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        local_address: builtins.str,
        name: builtins.str,
        profile: builtins.str,
        app_service: typing.Optional[builtins.str] = None,
        auto_last_hop: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[jsii.Number] = None,
        key: typing.Optional[jsii.Number] = None,
        mode: typing.Optional[builtins.str] = None,
        mtu: typing.Optional[jsii.Number] = None,
        partition: typing.Optional[builtins.str] = None,
        remote_address: typing.Optional[builtins.str] = None,
        secondary_address: typing.Optional[builtins.str] = None,
        tos: typing.Optional[builtins.str] = None,
        traffic_group: typing.Optional[builtins.str] = None,
        transparent: typing.Optional[builtins.str] = None,
        use_pmtu: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param local_address: Specifies a local IP address. This option is required. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#local_address NetTunnel#local_address}
        :param name: Name of the TUNNEL. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#name NetTunnel#name}
        :param profile: Specifies the profile that you want to associate with the tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#profile NetTunnel#profile}
        :param app_service: The application service that the object belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#app_service NetTunnel#app_service}
        :param auto_last_hop: Specifies whether auto lasthop is enabled or not. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#auto_last_hop NetTunnel#auto_last_hop}
        :param description: User defined description. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#description NetTunnel#description}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#id NetTunnel#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param idle_timeout: Specifies an idle timeout for wildcard tunnels in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#idle_timeout NetTunnel#idle_timeout}
        :param key: The key field may represent different values depending on the type of the tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#key NetTunnel#key}
        :param mode: Specifies how the tunnel carries traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#mode NetTunnel#mode}
        :param mtu: Specifies the maximum transmission unit (MTU) of the tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#mtu NetTunnel#mtu}
        :param partition: Displays the admin-partition within which this component resides. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#partition NetTunnel#partition}
        :param remote_address: Specifies a remote IP address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#remote_address NetTunnel#remote_address}
        :param secondary_address: Specifies a secondary non-floating IP address when the local-address is set to a floating address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#secondary_address NetTunnel#secondary_address}
        :param tos: Specifies a value for insertion into the Type of Service (ToS) octet within the IP header of the encapsulating header of transmitted packets. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#tos NetTunnel#tos}
        :param traffic_group: Specifies a traffic-group for use with the tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#traffic_group NetTunnel#traffic_group}
        :param transparent: Enables or disables the tunnel to be transparent. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#transparent NetTunnel#transparent}
        :param use_pmtu: Enables or disables the tunnel to use the PMTU (Path MTU) information provided by ICMP NeedFrag error messages. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#use_pmtu NetTunnel#use_pmtu}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d212539bffa3504c2adac3b8bd311f02a74b8815394007943fa95398c3924ba0)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument local_address", value=local_address, expected_type=type_hints["local_address"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument profile", value=profile, expected_type=type_hints["profile"])
            check_type(argname="argument app_service", value=app_service, expected_type=type_hints["app_service"])
            check_type(argname="argument auto_last_hop", value=auto_last_hop, expected_type=type_hints["auto_last_hop"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument mtu", value=mtu, expected_type=type_hints["mtu"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument remote_address", value=remote_address, expected_type=type_hints["remote_address"])
            check_type(argname="argument secondary_address", value=secondary_address, expected_type=type_hints["secondary_address"])
            check_type(argname="argument tos", value=tos, expected_type=type_hints["tos"])
            check_type(argname="argument traffic_group", value=traffic_group, expected_type=type_hints["traffic_group"])
            check_type(argname="argument transparent", value=transparent, expected_type=type_hints["transparent"])
            check_type(argname="argument use_pmtu", value=use_pmtu, expected_type=type_hints["use_pmtu"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "local_address": local_address,
            "name": name,
            "profile": profile,
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
        if app_service is not None:
            self._values["app_service"] = app_service
        if auto_last_hop is not None:
            self._values["auto_last_hop"] = auto_last_hop
        if description is not None:
            self._values["description"] = description
        if id is not None:
            self._values["id"] = id
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if key is not None:
            self._values["key"] = key
        if mode is not None:
            self._values["mode"] = mode
        if mtu is not None:
            self._values["mtu"] = mtu
        if partition is not None:
            self._values["partition"] = partition
        if remote_address is not None:
            self._values["remote_address"] = remote_address
        if secondary_address is not None:
            self._values["secondary_address"] = secondary_address
        if tos is not None:
            self._values["tos"] = tos
        if traffic_group is not None:
            self._values["traffic_group"] = traffic_group
        if transparent is not None:
            self._values["transparent"] = transparent
        if use_pmtu is not None:
            self._values["use_pmtu"] = use_pmtu

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
    def local_address(self) -> builtins.str:
        '''Specifies a local IP address. This option is required.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#local_address NetTunnel#local_address}
        '''
        result = self._values.get("local_address")
        assert result is not None, "Required property 'local_address' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the TUNNEL.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#name NetTunnel#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def profile(self) -> builtins.str:
        '''Specifies the profile that you want to associate with the tunnel.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#profile NetTunnel#profile}
        '''
        result = self._values.get("profile")
        assert result is not None, "Required property 'profile' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def app_service(self) -> typing.Optional[builtins.str]:
        '''The application service that the object belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#app_service NetTunnel#app_service}
        '''
        result = self._values.get("app_service")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def auto_last_hop(self) -> typing.Optional[builtins.str]:
        '''Specifies whether auto lasthop is enabled or not.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#auto_last_hop NetTunnel#auto_last_hop}
        '''
        result = self._values.get("auto_last_hop")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''User defined description.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#description NetTunnel#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#id NetTunnel#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[jsii.Number]:
        '''Specifies an idle timeout for wildcard tunnels in seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#idle_timeout NetTunnel#idle_timeout}
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def key(self) -> typing.Optional[jsii.Number]:
        '''The key field may represent different values depending on the type of the tunnel.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#key NetTunnel#key}
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Specifies how the tunnel carries traffic.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#mode NetTunnel#mode}
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mtu(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum transmission unit (MTU) of the tunnel.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#mtu NetTunnel#mtu}
        '''
        result = self._values.get("mtu")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''Displays the admin-partition within which this component resides.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#partition NetTunnel#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def remote_address(self) -> typing.Optional[builtins.str]:
        '''Specifies a remote IP address.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#remote_address NetTunnel#remote_address}
        '''
        result = self._values.get("remote_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secondary_address(self) -> typing.Optional[builtins.str]:
        '''Specifies a secondary non-floating IP address when the local-address is set to a floating address.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#secondary_address NetTunnel#secondary_address}
        '''
        result = self._values.get("secondary_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tos(self) -> typing.Optional[builtins.str]:
        '''Specifies a value for insertion into the Type of Service (ToS) octet within the IP header of the encapsulating header of transmitted packets.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#tos NetTunnel#tos}
        '''
        result = self._values.get("tos")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def traffic_group(self) -> typing.Optional[builtins.str]:
        '''Specifies a traffic-group for use with the tunnel.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#traffic_group NetTunnel#traffic_group}
        '''
        result = self._values.get("traffic_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def transparent(self) -> typing.Optional[builtins.str]:
        '''Enables or disables the tunnel to be transparent.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#transparent NetTunnel#transparent}
        '''
        result = self._values.get("transparent")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_pmtu(self) -> typing.Optional[builtins.str]:
        '''Enables or disables the tunnel to use the PMTU (Path MTU) information provided by ICMP NeedFrag error messages.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_tunnel#use_pmtu NetTunnel#use_pmtu}
        '''
        result = self._values.get("use_pmtu")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "NetTunnelConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "NetTunnel",
    "NetTunnelConfig",
]

publication.publish()

def _typecheckingstub__e82144ac9920bfee0a85d7a32b0338ede15990275cf997a0a57b7e07c658c888(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    local_address: builtins.str,
    name: builtins.str,
    profile: builtins.str,
    app_service: typing.Optional[builtins.str] = None,
    auto_last_hop: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[jsii.Number] = None,
    key: typing.Optional[jsii.Number] = None,
    mode: typing.Optional[builtins.str] = None,
    mtu: typing.Optional[jsii.Number] = None,
    partition: typing.Optional[builtins.str] = None,
    remote_address: typing.Optional[builtins.str] = None,
    secondary_address: typing.Optional[builtins.str] = None,
    tos: typing.Optional[builtins.str] = None,
    traffic_group: typing.Optional[builtins.str] = None,
    transparent: typing.Optional[builtins.str] = None,
    use_pmtu: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__91e20bc2857d9405db6a25b49237a09173fec50ec0ee1dd773f947128d18738a(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__377296946f65cbfd2bac8d524ebd7ae06507ecc815c3674004b630d4b584bd0c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f95a828bad03e9dc9a6ac0b7578afe7ab70ac54c3e2474e76c2880d97d7e94be(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7458b3fba66b2eacdf3ff04c49271e1a2cf86a72665da2d4f426e8f0cc2c71d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c705185b92537c38b0aef413cc1c67bce0e2368d00e71af9994b04bc8bd0d86(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a9554d8c23b2395e3e75b33784d60c47a332e847d25e4b40d9790f6706b9e39(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e77d9a912f4c2a74468b1ec39153418856f3877cda917547533f3e6f280c454(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09cb3254cf34f6b8c0ba1d6c6ae6570ecdc1c2fb3fce09d26cdfd4c79e2df0d1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06ba6b84c789781b23a43f5955fbb38bb5a694e429311309e14e307254c4571b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1fd44170498bc944f39b131b4e8eba1755b50333ca29572cc0ece21e743d24d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67cba26276c26dc81152e10803270bd92ddc852a602303b8118a55f14ae6c0c5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5642c7139678c893e6a6e7c34e3b63c7eaa955c840c47f72a7447f72d80927e7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49cedb1b93a8612d01ba4512afd8db48d64a604b193a51bfe1e499438ac35cde(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ccb05baf7f572165f72af0d60d9b28afe47cf53cc0fe8e3763bb0be4071ebba7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d75f9e1c5fad67b162070eac0ee54d16c8d3289d33d61dadb1e6bd605015d15(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea099707d537f2475c86a3b405cb8a492444f7cb28a3857f7e65b81cb4f1d05e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52bbd1ff2e14e07545601f3e96a9e15404dbac9e8ee7cecd3b7589ee78c5a273(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b8c2c19da4bc3c2aebe96ef4daf5c3347fb4c57b8f87469d11ddcac44589613(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d27a4ca4717d68535a48f50abdcbc08558390d4f2802b67e0e35bd3d086e9f5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d212539bffa3504c2adac3b8bd311f02a74b8815394007943fa95398c3924ba0(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    local_address: builtins.str,
    name: builtins.str,
    profile: builtins.str,
    app_service: typing.Optional[builtins.str] = None,
    auto_last_hop: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[jsii.Number] = None,
    key: typing.Optional[jsii.Number] = None,
    mode: typing.Optional[builtins.str] = None,
    mtu: typing.Optional[jsii.Number] = None,
    partition: typing.Optional[builtins.str] = None,
    remote_address: typing.Optional[builtins.str] = None,
    secondary_address: typing.Optional[builtins.str] = None,
    tos: typing.Optional[builtins.str] = None,
    traffic_group: typing.Optional[builtins.str] = None,
    transparent: typing.Optional[builtins.str] = None,
    use_pmtu: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
