r'''
# `bigip_ipsec_policy`

Refer to the Terraform Registry for docs: [`bigip_ipsec_policy`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy).
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


class IpsecPolicy(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ipsecPolicy.IpsecPolicy",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy bigip_ipsec_policy}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        auth_algorithm: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        encrypt_algorithm: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        ipcomp: typing.Optional[builtins.str] = None,
        kb_lifetime: typing.Optional[jsii.Number] = None,
        lifetime: typing.Optional[jsii.Number] = None,
        mode: typing.Optional[builtins.str] = None,
        perfect_forward_secrecy: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        tunnel_local_address: typing.Optional[builtins.str] = None,
        tunnel_remote_address: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy bigip_ipsec_policy} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Specifies the name of the IPsec policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#name IpsecPolicy#name}
        :param auth_algorithm: Specifies the algorithm to use for IKE authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#auth_algorithm IpsecPolicy#auth_algorithm}
        :param description: Description of the IPsec policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#description IpsecPolicy#description}
        :param encrypt_algorithm: Specifies the algorithm to use for IKE encryption. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#encrypt_algorithm IpsecPolicy#encrypt_algorithm}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#id IpsecPolicy#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ipcomp: Specifies whether to use IPComp encapsulation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#ipcomp IpsecPolicy#ipcomp}
        :param kb_lifetime: Specifies the length of time before the IKE security association expires, in kilobytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#kb_lifetime IpsecPolicy#kb_lifetime}
        :param lifetime: Specifies the length of time before the IKE security association expires, in minutes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#lifetime IpsecPolicy#lifetime}
        :param mode: Specifies the processing mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#mode IpsecPolicy#mode}
        :param perfect_forward_secrecy: Specifies the Diffie-Hellman group to use for IKE Phase 2 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#perfect_forward_secrecy IpsecPolicy#perfect_forward_secrecy}
        :param protocol: Specifies the IPsec protocol. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#protocol IpsecPolicy#protocol}
        :param tunnel_local_address: Specifies the local endpoint IP address of the IPsec tunnel. This parameter is only valid when mode is tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#tunnel_local_address IpsecPolicy#tunnel_local_address}
        :param tunnel_remote_address: Specifies the remote endpoint IP address of the IPsec tunnel. This parameter is only valid when mode is tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#tunnel_remote_address IpsecPolicy#tunnel_remote_address}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__71d201539214c0b8ac41139fcf5dea0f4ae8dbefade3032d139808fd22d3bbce)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = IpsecPolicyConfig(
            name=name,
            auth_algorithm=auth_algorithm,
            description=description,
            encrypt_algorithm=encrypt_algorithm,
            id=id,
            ipcomp=ipcomp,
            kb_lifetime=kb_lifetime,
            lifetime=lifetime,
            mode=mode,
            perfect_forward_secrecy=perfect_forward_secrecy,
            protocol=protocol,
            tunnel_local_address=tunnel_local_address,
            tunnel_remote_address=tunnel_remote_address,
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
        '''Generates CDKTF code for importing a IpsecPolicy resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the IpsecPolicy to import.
        :param import_from_id: The id of the existing IpsecPolicy that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the IpsecPolicy to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cc8255bbf9d6e7bd9dc136ca9b3536e10277f65703bc04d544f3db8fa7044641)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAuthAlgorithm")
    def reset_auth_algorithm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthAlgorithm", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetEncryptAlgorithm")
    def reset_encrypt_algorithm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEncryptAlgorithm", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIpcomp")
    def reset_ipcomp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpcomp", []))

    @jsii.member(jsii_name="resetKbLifetime")
    def reset_kb_lifetime(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKbLifetime", []))

    @jsii.member(jsii_name="resetLifetime")
    def reset_lifetime(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLifetime", []))

    @jsii.member(jsii_name="resetMode")
    def reset_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMode", []))

    @jsii.member(jsii_name="resetPerfectForwardSecrecy")
    def reset_perfect_forward_secrecy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPerfectForwardSecrecy", []))

    @jsii.member(jsii_name="resetProtocol")
    def reset_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProtocol", []))

    @jsii.member(jsii_name="resetTunnelLocalAddress")
    def reset_tunnel_local_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTunnelLocalAddress", []))

    @jsii.member(jsii_name="resetTunnelRemoteAddress")
    def reset_tunnel_remote_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTunnelRemoteAddress", []))

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
    @jsii.member(jsii_name="authAlgorithmInput")
    def auth_algorithm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authAlgorithmInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="encryptAlgorithmInput")
    def encrypt_algorithm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "encryptAlgorithmInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="ipcompInput")
    def ipcomp_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipcompInput"))

    @builtins.property
    @jsii.member(jsii_name="kbLifetimeInput")
    def kb_lifetime_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "kbLifetimeInput"))

    @builtins.property
    @jsii.member(jsii_name="lifetimeInput")
    def lifetime_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "lifetimeInput"))

    @builtins.property
    @jsii.member(jsii_name="modeInput")
    def mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "modeInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="perfectForwardSecrecyInput")
    def perfect_forward_secrecy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "perfectForwardSecrecyInput"))

    @builtins.property
    @jsii.member(jsii_name="protocolInput")
    def protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "protocolInput"))

    @builtins.property
    @jsii.member(jsii_name="tunnelLocalAddressInput")
    def tunnel_local_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tunnelLocalAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="tunnelRemoteAddressInput")
    def tunnel_remote_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tunnelRemoteAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="authAlgorithm")
    def auth_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authAlgorithm"))

    @auth_algorithm.setter
    def auth_algorithm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c2c49fac11e24841de6a2229e2b32a8be73002cf2791adf6ab9b313f283f83a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authAlgorithm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__459b9d7b6af73cebd05d5253302eb1357f30520c686e767df66bbdb8dc1f14c8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="encryptAlgorithm")
    def encrypt_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "encryptAlgorithm"))

    @encrypt_algorithm.setter
    def encrypt_algorithm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0e5004dfe9675201ee1a4ddce11cb1b4ccd995ae5421e49b14801447cf04b219)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "encryptAlgorithm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9fe693da27c86bbcf3696ad288526719ee1641c42732ee4b2d040dfe711c6fcb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipcomp")
    def ipcomp(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipcomp"))

    @ipcomp.setter
    def ipcomp(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__249dcd7d64801c0d7186f979dd2a9d047db2347124c6b7ff013f35eabe8c995f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipcomp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="kbLifetime")
    def kb_lifetime(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "kbLifetime"))

    @kb_lifetime.setter
    def kb_lifetime(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f86803302a40e0b27b33efed237fdc37fa99b64fac314b716703247232e2382a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "kbLifetime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lifetime")
    def lifetime(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "lifetime"))

    @lifetime.setter
    def lifetime(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__57c87124fef59e4cf155e72aa4389391fd3b5f75fac1ede0e45104a9a8dc10ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lifetime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mode")
    def mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mode"))

    @mode.setter
    def mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74745ef7c62577ee6eea4e47ffb576a70208a68e4ee231998c0ae19694dbde2a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5d4fce4f87d1fa59fdde28c0da1eb658bfd8395c63d609e6f652827558828064)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="perfectForwardSecrecy")
    def perfect_forward_secrecy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "perfectForwardSecrecy"))

    @perfect_forward_secrecy.setter
    def perfect_forward_secrecy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__073b6356bf038b7bdf1db28729459d67b82801c82d1e3564f4e67b7c1ae8e437)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "perfectForwardSecrecy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protocol")
    def protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "protocol"))

    @protocol.setter
    def protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__436100f230b7cbac55a29c89acbddffc8750e764493eddc798af01bc0da4475c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tunnelLocalAddress")
    def tunnel_local_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tunnelLocalAddress"))

    @tunnel_local_address.setter
    def tunnel_local_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1124a7ac6106f8dccf4bf48b35a291eaf6dcf5e7af3776ac16f2baf3d21c4a54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tunnelLocalAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tunnelRemoteAddress")
    def tunnel_remote_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tunnelRemoteAddress"))

    @tunnel_remote_address.setter
    def tunnel_remote_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c12aff2ca5ed0e3471da7e27eeb37a7076506de280b98387eaf150ba96d3c709)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tunnelRemoteAddress", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ipsecPolicy.IpsecPolicyConfig",
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
        "auth_algorithm": "authAlgorithm",
        "description": "description",
        "encrypt_algorithm": "encryptAlgorithm",
        "id": "id",
        "ipcomp": "ipcomp",
        "kb_lifetime": "kbLifetime",
        "lifetime": "lifetime",
        "mode": "mode",
        "perfect_forward_secrecy": "perfectForwardSecrecy",
        "protocol": "protocol",
        "tunnel_local_address": "tunnelLocalAddress",
        "tunnel_remote_address": "tunnelRemoteAddress",
    },
)
class IpsecPolicyConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        auth_algorithm: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        encrypt_algorithm: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        ipcomp: typing.Optional[builtins.str] = None,
        kb_lifetime: typing.Optional[jsii.Number] = None,
        lifetime: typing.Optional[jsii.Number] = None,
        mode: typing.Optional[builtins.str] = None,
        perfect_forward_secrecy: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        tunnel_local_address: typing.Optional[builtins.str] = None,
        tunnel_remote_address: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Specifies the name of the IPsec policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#name IpsecPolicy#name}
        :param auth_algorithm: Specifies the algorithm to use for IKE authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#auth_algorithm IpsecPolicy#auth_algorithm}
        :param description: Description of the IPsec policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#description IpsecPolicy#description}
        :param encrypt_algorithm: Specifies the algorithm to use for IKE encryption. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#encrypt_algorithm IpsecPolicy#encrypt_algorithm}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#id IpsecPolicy#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ipcomp: Specifies whether to use IPComp encapsulation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#ipcomp IpsecPolicy#ipcomp}
        :param kb_lifetime: Specifies the length of time before the IKE security association expires, in kilobytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#kb_lifetime IpsecPolicy#kb_lifetime}
        :param lifetime: Specifies the length of time before the IKE security association expires, in minutes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#lifetime IpsecPolicy#lifetime}
        :param mode: Specifies the processing mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#mode IpsecPolicy#mode}
        :param perfect_forward_secrecy: Specifies the Diffie-Hellman group to use for IKE Phase 2 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#perfect_forward_secrecy IpsecPolicy#perfect_forward_secrecy}
        :param protocol: Specifies the IPsec protocol. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#protocol IpsecPolicy#protocol}
        :param tunnel_local_address: Specifies the local endpoint IP address of the IPsec tunnel. This parameter is only valid when mode is tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#tunnel_local_address IpsecPolicy#tunnel_local_address}
        :param tunnel_remote_address: Specifies the remote endpoint IP address of the IPsec tunnel. This parameter is only valid when mode is tunnel. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#tunnel_remote_address IpsecPolicy#tunnel_remote_address}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6d1afec20a1db40f260433672fb1aa9e03b4e3c1e0780826d015a41d1222c010)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument auth_algorithm", value=auth_algorithm, expected_type=type_hints["auth_algorithm"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument encrypt_algorithm", value=encrypt_algorithm, expected_type=type_hints["encrypt_algorithm"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument ipcomp", value=ipcomp, expected_type=type_hints["ipcomp"])
            check_type(argname="argument kb_lifetime", value=kb_lifetime, expected_type=type_hints["kb_lifetime"])
            check_type(argname="argument lifetime", value=lifetime, expected_type=type_hints["lifetime"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument perfect_forward_secrecy", value=perfect_forward_secrecy, expected_type=type_hints["perfect_forward_secrecy"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument tunnel_local_address", value=tunnel_local_address, expected_type=type_hints["tunnel_local_address"])
            check_type(argname="argument tunnel_remote_address", value=tunnel_remote_address, expected_type=type_hints["tunnel_remote_address"])
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
        if auth_algorithm is not None:
            self._values["auth_algorithm"] = auth_algorithm
        if description is not None:
            self._values["description"] = description
        if encrypt_algorithm is not None:
            self._values["encrypt_algorithm"] = encrypt_algorithm
        if id is not None:
            self._values["id"] = id
        if ipcomp is not None:
            self._values["ipcomp"] = ipcomp
        if kb_lifetime is not None:
            self._values["kb_lifetime"] = kb_lifetime
        if lifetime is not None:
            self._values["lifetime"] = lifetime
        if mode is not None:
            self._values["mode"] = mode
        if perfect_forward_secrecy is not None:
            self._values["perfect_forward_secrecy"] = perfect_forward_secrecy
        if protocol is not None:
            self._values["protocol"] = protocol
        if tunnel_local_address is not None:
            self._values["tunnel_local_address"] = tunnel_local_address
        if tunnel_remote_address is not None:
            self._values["tunnel_remote_address"] = tunnel_remote_address

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
        '''Specifies the name of the IPsec policy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#name IpsecPolicy#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def auth_algorithm(self) -> typing.Optional[builtins.str]:
        '''Specifies the algorithm to use for IKE authentication.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#auth_algorithm IpsecPolicy#auth_algorithm}
        '''
        result = self._values.get("auth_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Description of the IPsec policy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#description IpsecPolicy#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def encrypt_algorithm(self) -> typing.Optional[builtins.str]:
        '''Specifies the algorithm to use for IKE encryption.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#encrypt_algorithm IpsecPolicy#encrypt_algorithm}
        '''
        result = self._values.get("encrypt_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#id IpsecPolicy#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ipcomp(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to use IPComp encapsulation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#ipcomp IpsecPolicy#ipcomp}
        '''
        result = self._values.get("ipcomp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kb_lifetime(self) -> typing.Optional[jsii.Number]:
        '''Specifies the length of time before the IKE security association expires, in kilobytes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#kb_lifetime IpsecPolicy#kb_lifetime}
        '''
        result = self._values.get("kb_lifetime")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def lifetime(self) -> typing.Optional[jsii.Number]:
        '''Specifies the length of time before the IKE security association expires, in minutes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#lifetime IpsecPolicy#lifetime}
        '''
        result = self._values.get("lifetime")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Specifies the processing mode.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#mode IpsecPolicy#mode}
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def perfect_forward_secrecy(self) -> typing.Optional[builtins.str]:
        '''Specifies the Diffie-Hellman group to use for IKE Phase 2 negotiation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#perfect_forward_secrecy IpsecPolicy#perfect_forward_secrecy}
        '''
        result = self._values.get("perfect_forward_secrecy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''Specifies the IPsec protocol.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#protocol IpsecPolicy#protocol}
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tunnel_local_address(self) -> typing.Optional[builtins.str]:
        '''Specifies the local endpoint IP address of the IPsec tunnel. This parameter is only valid when mode is tunnel.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#tunnel_local_address IpsecPolicy#tunnel_local_address}
        '''
        result = self._values.get("tunnel_local_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tunnel_remote_address(self) -> typing.Optional[builtins.str]:
        '''Specifies the remote endpoint IP address of the IPsec tunnel. This parameter is only valid when mode is tunnel.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ipsec_policy#tunnel_remote_address IpsecPolicy#tunnel_remote_address}
        '''
        result = self._values.get("tunnel_remote_address")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpsecPolicyConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "IpsecPolicy",
    "IpsecPolicyConfig",
]

publication.publish()

def _typecheckingstub__71d201539214c0b8ac41139fcf5dea0f4ae8dbefade3032d139808fd22d3bbce(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    auth_algorithm: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    encrypt_algorithm: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    ipcomp: typing.Optional[builtins.str] = None,
    kb_lifetime: typing.Optional[jsii.Number] = None,
    lifetime: typing.Optional[jsii.Number] = None,
    mode: typing.Optional[builtins.str] = None,
    perfect_forward_secrecy: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    tunnel_local_address: typing.Optional[builtins.str] = None,
    tunnel_remote_address: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__cc8255bbf9d6e7bd9dc136ca9b3536e10277f65703bc04d544f3db8fa7044641(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c2c49fac11e24841de6a2229e2b32a8be73002cf2791adf6ab9b313f283f83a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__459b9d7b6af73cebd05d5253302eb1357f30520c686e767df66bbdb8dc1f14c8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e5004dfe9675201ee1a4ddce11cb1b4ccd995ae5421e49b14801447cf04b219(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9fe693da27c86bbcf3696ad288526719ee1641c42732ee4b2d040dfe711c6fcb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__249dcd7d64801c0d7186f979dd2a9d047db2347124c6b7ff013f35eabe8c995f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f86803302a40e0b27b33efed237fdc37fa99b64fac314b716703247232e2382a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57c87124fef59e4cf155e72aa4389391fd3b5f75fac1ede0e45104a9a8dc10ec(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74745ef7c62577ee6eea4e47ffb576a70208a68e4ee231998c0ae19694dbde2a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d4fce4f87d1fa59fdde28c0da1eb658bfd8395c63d609e6f652827558828064(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__073b6356bf038b7bdf1db28729459d67b82801c82d1e3564f4e67b7c1ae8e437(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__436100f230b7cbac55a29c89acbddffc8750e764493eddc798af01bc0da4475c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1124a7ac6106f8dccf4bf48b35a291eaf6dcf5e7af3776ac16f2baf3d21c4a54(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c12aff2ca5ed0e3471da7e27eeb37a7076506de280b98387eaf150ba96d3c709(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d1afec20a1db40f260433672fb1aa9e03b4e3c1e0780826d015a41d1222c010(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    auth_algorithm: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    encrypt_algorithm: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    ipcomp: typing.Optional[builtins.str] = None,
    kb_lifetime: typing.Optional[jsii.Number] = None,
    lifetime: typing.Optional[jsii.Number] = None,
    mode: typing.Optional[builtins.str] = None,
    perfect_forward_secrecy: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    tunnel_local_address: typing.Optional[builtins.str] = None,
    tunnel_remote_address: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
