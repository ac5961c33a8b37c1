r'''
# `bigip_net_ike_peer`

Refer to the Terraform Registry for docs: [`bigip_net_ike_peer`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer).
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


class NetIkePeer(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.netIkePeer.NetIkePeer",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer bigip_net_ike_peer}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        remote_address: builtins.str,
        app_service: typing.Optional[builtins.str] = None,
        ca_cert_file: typing.Optional[builtins.str] = None,
        crl_file: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        dpd_delay: typing.Optional[jsii.Number] = None,
        generate_policy: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        lifetime: typing.Optional[jsii.Number] = None,
        mode: typing.Optional[builtins.str] = None,
        my_cert_file: typing.Optional[builtins.str] = None,
        my_cert_key_file: typing.Optional[builtins.str] = None,
        my_cert_key_passphrase: typing.Optional[builtins.str] = None,
        my_id_type: typing.Optional[builtins.str] = None,
        my_id_value: typing.Optional[builtins.str] = None,
        nat_traversal: typing.Optional[builtins.str] = None,
        passive: typing.Optional[builtins.str] = None,
        peers_cert_file: typing.Optional[builtins.str] = None,
        peers_cert_type: typing.Optional[builtins.str] = None,
        peers_id_type: typing.Optional[builtins.str] = None,
        peers_id_value: typing.Optional[builtins.str] = None,
        phase1_auth_method: typing.Optional[builtins.str] = None,
        phase1_encrypt_algorithm: typing.Optional[builtins.str] = None,
        phase1_hash_algorithm: typing.Optional[builtins.str] = None,
        phase1_perfect_forward_secrecy: typing.Optional[builtins.str] = None,
        preshared_key: typing.Optional[builtins.str] = None,
        preshared_key_encrypted: typing.Optional[builtins.str] = None,
        prf: typing.Optional[builtins.str] = None,
        proxy_support: typing.Optional[builtins.str] = None,
        replay_window_size: typing.Optional[jsii.Number] = None,
        state: typing.Optional[builtins.str] = None,
        traffic_selector: typing.Optional[typing.Sequence[builtins.str]] = None,
        verify_cert: typing.Optional[builtins.str] = None,
        version: typing.Optional[typing.Sequence[builtins.str]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer bigip_net_ike_peer} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the IKE PEER. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#name NetIkePeer#name}
        :param remote_address: Specifies the IP address of the IKE remote node. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#remote_address NetIkePeer#remote_address}
        :param app_service: The application service that the object belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#app_service NetIkePeer#app_service}
        :param ca_cert_file: The trusted root and intermediate certificate authorities. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#ca_cert_file NetIkePeer#ca_cert_file}
        :param crl_file: Specifies the file name of the Certificate Revocation List. Only supported in IKEv1. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#crl_file NetIkePeer#crl_file}
        :param description: User defined description. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#description NetIkePeer#description}
        :param dpd_delay: Specifies the number of seconds between Dead Peer Detection messages. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#dpd_delay NetIkePeer#dpd_delay}
        :param generate_policy: Enable or disable the generation of Security Policy Database entries(SPD) when the device is the responder of the IKE remote node. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#generate_policy NetIkePeer#generate_policy}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#id NetIkePeer#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param lifetime: Defines the lifetime in minutes of an IKE SA which will be proposed in the phase 1 negotiations. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#lifetime NetIkePeer#lifetime}
        :param mode: Defines the exchange mode for phase 1 when racoon is the initiator, or the acceptable exchange mode when racoon is the responder. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#mode NetIkePeer#mode}
        :param my_cert_file: Specifies the name of the certificate file object. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_cert_file NetIkePeer#my_cert_file}
        :param my_cert_key_file: Specifies the name of the certificate key file object. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_cert_key_file NetIkePeer#my_cert_key_file}
        :param my_cert_key_passphrase: Specifies the passphrase of the key used for my-cert-key-file. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_cert_key_passphrase NetIkePeer#my_cert_key_passphrase}
        :param my_id_type: Specifies the identifier type sent to the remote host to use in the phase 1 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_id_type NetIkePeer#my_id_type}
        :param my_id_value: Specifies the identifier value sent to the remote host in the phase 1 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_id_value NetIkePeer#my_id_value}
        :param nat_traversal: Enables use of the NAT-Traversal IPsec extension. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#nat_traversal NetIkePeer#nat_traversal}
        :param passive: Specifies whether the local IKE agent can be the initiator of the IKE negotiation with this ike-peer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#passive NetIkePeer#passive}
        :param peers_cert_file: Specifies the peer’s certificate for authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_cert_file NetIkePeer#peers_cert_file}
        :param peers_cert_type: Specifies that the only peers-cert-type supported is certfile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_cert_type NetIkePeer#peers_cert_type}
        :param peers_id_type: Specifies which of address, fqdn, asn1dn, user-fqdn or keyid-tag types to use as peers-id-type. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_id_type NetIkePeer#peers_id_type}
        :param peers_id_value: Specifies the peer’s identifier to be received. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_id_value NetIkePeer#peers_id_value}
        :param phase1_auth_method: Specifies the authentication method used for phase 1 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_auth_method NetIkePeer#phase1_auth_method}
        :param phase1_encrypt_algorithm: Specifies the encryption algorithm used for the isakmp phase 1 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_encrypt_algorithm NetIkePeer#phase1_encrypt_algorithm}
        :param phase1_hash_algorithm: Defines the hash algorithm used for the isakmp phase 1 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_hash_algorithm NetIkePeer#phase1_hash_algorithm}
        :param phase1_perfect_forward_secrecy: Defines the Diffie-Hellman group for key exchange to provide perfect forward secrecy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_perfect_forward_secrecy NetIkePeer#phase1_perfect_forward_secrecy}
        :param preshared_key: Specifies the preshared key for ISAKMP SAs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#preshared_key NetIkePeer#preshared_key}
        :param preshared_key_encrypted: Display the encrypted preshared-key for the IKE remote node. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#preshared_key_encrypted NetIkePeer#preshared_key_encrypted}
        :param prf: Specifies the pseudo-random function used to derive keying material for all cryptographic operations. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#prf NetIkePeer#prf}
        :param proxy_support: If this value is enabled, both values of ID payloads in the phase 2 exchange are used as the addresses of end-point of IPsec-SAs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#proxy_support NetIkePeer#proxy_support}
        :param replay_window_size: Specifies the replay window size of the IPsec SAs negotiated with the IKE remote node. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#replay_window_size NetIkePeer#replay_window_size}
        :param state: Enables or disables this IKE remote node. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#state NetIkePeer#state}
        :param traffic_selector: Specifies the names of the traffic-selector objects associated with this ike-peer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#traffic_selector NetIkePeer#traffic_selector}
        :param verify_cert: Specifies whether to verify the certificate chain of the remote peer based on the trusted certificates in ca-cert-file. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#verify_cert NetIkePeer#verify_cert}
        :param version: Specifies which version of IKE to be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#version NetIkePeer#version}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eaf613d00272a7108c7f131c271e3289c287be8550eb928ce0088b4e48d22f9d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = NetIkePeerConfig(
            name=name,
            remote_address=remote_address,
            app_service=app_service,
            ca_cert_file=ca_cert_file,
            crl_file=crl_file,
            description=description,
            dpd_delay=dpd_delay,
            generate_policy=generate_policy,
            id=id,
            lifetime=lifetime,
            mode=mode,
            my_cert_file=my_cert_file,
            my_cert_key_file=my_cert_key_file,
            my_cert_key_passphrase=my_cert_key_passphrase,
            my_id_type=my_id_type,
            my_id_value=my_id_value,
            nat_traversal=nat_traversal,
            passive=passive,
            peers_cert_file=peers_cert_file,
            peers_cert_type=peers_cert_type,
            peers_id_type=peers_id_type,
            peers_id_value=peers_id_value,
            phase1_auth_method=phase1_auth_method,
            phase1_encrypt_algorithm=phase1_encrypt_algorithm,
            phase1_hash_algorithm=phase1_hash_algorithm,
            phase1_perfect_forward_secrecy=phase1_perfect_forward_secrecy,
            preshared_key=preshared_key,
            preshared_key_encrypted=preshared_key_encrypted,
            prf=prf,
            proxy_support=proxy_support,
            replay_window_size=replay_window_size,
            state=state,
            traffic_selector=traffic_selector,
            verify_cert=verify_cert,
            version=version,
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
        '''Generates CDKTF code for importing a NetIkePeer resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the NetIkePeer to import.
        :param import_from_id: The id of the existing NetIkePeer that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the NetIkePeer to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d1d9663776ce736575b6a4acaf3920accb1eca112d3c50ecffd1307ce661ed91)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAppService")
    def reset_app_service(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAppService", []))

    @jsii.member(jsii_name="resetCaCertFile")
    def reset_ca_cert_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCaCertFile", []))

    @jsii.member(jsii_name="resetCrlFile")
    def reset_crl_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCrlFile", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetDpdDelay")
    def reset_dpd_delay(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDpdDelay", []))

    @jsii.member(jsii_name="resetGeneratePolicy")
    def reset_generate_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGeneratePolicy", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetLifetime")
    def reset_lifetime(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLifetime", []))

    @jsii.member(jsii_name="resetMode")
    def reset_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMode", []))

    @jsii.member(jsii_name="resetMyCertFile")
    def reset_my_cert_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMyCertFile", []))

    @jsii.member(jsii_name="resetMyCertKeyFile")
    def reset_my_cert_key_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMyCertKeyFile", []))

    @jsii.member(jsii_name="resetMyCertKeyPassphrase")
    def reset_my_cert_key_passphrase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMyCertKeyPassphrase", []))

    @jsii.member(jsii_name="resetMyIdType")
    def reset_my_id_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMyIdType", []))

    @jsii.member(jsii_name="resetMyIdValue")
    def reset_my_id_value(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMyIdValue", []))

    @jsii.member(jsii_name="resetNatTraversal")
    def reset_nat_traversal(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNatTraversal", []))

    @jsii.member(jsii_name="resetPassive")
    def reset_passive(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassive", []))

    @jsii.member(jsii_name="resetPeersCertFile")
    def reset_peers_cert_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPeersCertFile", []))

    @jsii.member(jsii_name="resetPeersCertType")
    def reset_peers_cert_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPeersCertType", []))

    @jsii.member(jsii_name="resetPeersIdType")
    def reset_peers_id_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPeersIdType", []))

    @jsii.member(jsii_name="resetPeersIdValue")
    def reset_peers_id_value(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPeersIdValue", []))

    @jsii.member(jsii_name="resetPhase1AuthMethod")
    def reset_phase1_auth_method(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPhase1AuthMethod", []))

    @jsii.member(jsii_name="resetPhase1EncryptAlgorithm")
    def reset_phase1_encrypt_algorithm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPhase1EncryptAlgorithm", []))

    @jsii.member(jsii_name="resetPhase1HashAlgorithm")
    def reset_phase1_hash_algorithm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPhase1HashAlgorithm", []))

    @jsii.member(jsii_name="resetPhase1PerfectForwardSecrecy")
    def reset_phase1_perfect_forward_secrecy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPhase1PerfectForwardSecrecy", []))

    @jsii.member(jsii_name="resetPresharedKey")
    def reset_preshared_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPresharedKey", []))

    @jsii.member(jsii_name="resetPresharedKeyEncrypted")
    def reset_preshared_key_encrypted(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPresharedKeyEncrypted", []))

    @jsii.member(jsii_name="resetPrf")
    def reset_prf(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPrf", []))

    @jsii.member(jsii_name="resetProxySupport")
    def reset_proxy_support(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxySupport", []))

    @jsii.member(jsii_name="resetReplayWindowSize")
    def reset_replay_window_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReplayWindowSize", []))

    @jsii.member(jsii_name="resetState")
    def reset_state(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetState", []))

    @jsii.member(jsii_name="resetTrafficSelector")
    def reset_traffic_selector(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTrafficSelector", []))

    @jsii.member(jsii_name="resetVerifyCert")
    def reset_verify_cert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVerifyCert", []))

    @jsii.member(jsii_name="resetVersion")
    def reset_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVersion", []))

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
    @jsii.member(jsii_name="caCertFileInput")
    def ca_cert_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "caCertFileInput"))

    @builtins.property
    @jsii.member(jsii_name="crlFileInput")
    def crl_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "crlFileInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="dpdDelayInput")
    def dpd_delay_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "dpdDelayInput"))

    @builtins.property
    @jsii.member(jsii_name="generatePolicyInput")
    def generate_policy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "generatePolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="lifetimeInput")
    def lifetime_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "lifetimeInput"))

    @builtins.property
    @jsii.member(jsii_name="modeInput")
    def mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "modeInput"))

    @builtins.property
    @jsii.member(jsii_name="myCertFileInput")
    def my_cert_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "myCertFileInput"))

    @builtins.property
    @jsii.member(jsii_name="myCertKeyFileInput")
    def my_cert_key_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "myCertKeyFileInput"))

    @builtins.property
    @jsii.member(jsii_name="myCertKeyPassphraseInput")
    def my_cert_key_passphrase_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "myCertKeyPassphraseInput"))

    @builtins.property
    @jsii.member(jsii_name="myIdTypeInput")
    def my_id_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "myIdTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="myIdValueInput")
    def my_id_value_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "myIdValueInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="natTraversalInput")
    def nat_traversal_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "natTraversalInput"))

    @builtins.property
    @jsii.member(jsii_name="passiveInput")
    def passive_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passiveInput"))

    @builtins.property
    @jsii.member(jsii_name="peersCertFileInput")
    def peers_cert_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "peersCertFileInput"))

    @builtins.property
    @jsii.member(jsii_name="peersCertTypeInput")
    def peers_cert_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "peersCertTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="peersIdTypeInput")
    def peers_id_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "peersIdTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="peersIdValueInput")
    def peers_id_value_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "peersIdValueInput"))

    @builtins.property
    @jsii.member(jsii_name="phase1AuthMethodInput")
    def phase1_auth_method_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "phase1AuthMethodInput"))

    @builtins.property
    @jsii.member(jsii_name="phase1EncryptAlgorithmInput")
    def phase1_encrypt_algorithm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "phase1EncryptAlgorithmInput"))

    @builtins.property
    @jsii.member(jsii_name="phase1HashAlgorithmInput")
    def phase1_hash_algorithm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "phase1HashAlgorithmInput"))

    @builtins.property
    @jsii.member(jsii_name="phase1PerfectForwardSecrecyInput")
    def phase1_perfect_forward_secrecy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "phase1PerfectForwardSecrecyInput"))

    @builtins.property
    @jsii.member(jsii_name="presharedKeyEncryptedInput")
    def preshared_key_encrypted_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "presharedKeyEncryptedInput"))

    @builtins.property
    @jsii.member(jsii_name="presharedKeyInput")
    def preshared_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "presharedKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="prfInput")
    def prf_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "prfInput"))

    @builtins.property
    @jsii.member(jsii_name="proxySupportInput")
    def proxy_support_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxySupportInput"))

    @builtins.property
    @jsii.member(jsii_name="remoteAddressInput")
    def remote_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "remoteAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="replayWindowSizeInput")
    def replay_window_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "replayWindowSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="stateInput")
    def state_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "stateInput"))

    @builtins.property
    @jsii.member(jsii_name="trafficSelectorInput")
    def traffic_selector_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "trafficSelectorInput"))

    @builtins.property
    @jsii.member(jsii_name="verifyCertInput")
    def verify_cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "verifyCertInput"))

    @builtins.property
    @jsii.member(jsii_name="versionInput")
    def version_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "versionInput"))

    @builtins.property
    @jsii.member(jsii_name="appService")
    def app_service(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "appService"))

    @app_service.setter
    def app_service(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eb834b6bab892da8304441b221a03f89370c3548f4014ab64b0b05134171a8bc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "appService", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="caCertFile")
    def ca_cert_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "caCertFile"))

    @ca_cert_file.setter
    def ca_cert_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f130f3b4d0e205bacec6733ca1f9306d8bdbf0055dc46217ab54da39b690fa8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "caCertFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="crlFile")
    def crl_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "crlFile"))

    @crl_file.setter
    def crl_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3f82be4f0b2b1a3a602987196258ed1295455f64876edbde8bb7b73fe0ab76b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "crlFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__47b92c157fa4efdff1fc3cfae99a9ed7f886042c4791a6a4464497b80d8763f3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dpdDelay")
    def dpd_delay(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "dpdDelay"))

    @dpd_delay.setter
    def dpd_delay(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dc00710ff150e1d8c47c2d000e9b1dbf14d758a699c4e188961ca6fc8e898135)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dpdDelay", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="generatePolicy")
    def generate_policy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "generatePolicy"))

    @generate_policy.setter
    def generate_policy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e27eb95e0be328afd2389b16c501c8885c8e1886bb41f6d7cd6059063e9c7b9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "generatePolicy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c145b3aaa7a3ce369892be6301ea41841cbeb906b6c2a1aac874c8449b387f86)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lifetime")
    def lifetime(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "lifetime"))

    @lifetime.setter
    def lifetime(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e60fbb22159146bb08fc09f338b433aecf80809e10f848f73259f3c3c7bc67d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lifetime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mode")
    def mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mode"))

    @mode.setter
    def mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dec377ffd89b60e54f53fc05ff49324706aa94dc82692071ab824ad56f095724)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="myCertFile")
    def my_cert_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "myCertFile"))

    @my_cert_file.setter
    def my_cert_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dffa6515fad55e7551e4df4263da91e0573a76976bfcf7cfa12d4e97b0564a57)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "myCertFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="myCertKeyFile")
    def my_cert_key_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "myCertKeyFile"))

    @my_cert_key_file.setter
    def my_cert_key_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e96896c809ada5e2a824cc14c61e06603fe30715b56072e5edc3f6e0a2df0f70)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "myCertKeyFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="myCertKeyPassphrase")
    def my_cert_key_passphrase(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "myCertKeyPassphrase"))

    @my_cert_key_passphrase.setter
    def my_cert_key_passphrase(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a83585c9c7aaa280b45178056b9f59eb217c45ba4cb03f30a076d1d939472630)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "myCertKeyPassphrase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="myIdType")
    def my_id_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "myIdType"))

    @my_id_type.setter
    def my_id_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74abf8ca41913676abb943afafa4ff91dfcf7a9c318a6e262a4c2ba7997968bf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "myIdType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="myIdValue")
    def my_id_value(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "myIdValue"))

    @my_id_value.setter
    def my_id_value(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a436ff3a69edb9e746276fcddd242b5d81a3c72595087e91722fe76f2d27ac72)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "myIdValue", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7b559a3b2d2881022f7eda8fbb9a1bf41e839f0769ebafdb9fdb317212452985)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="natTraversal")
    def nat_traversal(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "natTraversal"))

    @nat_traversal.setter
    def nat_traversal(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ce7916b19211d47e5c04dafb70d46d5ea33ecde2db896f7bc11c4a3558d97bc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "natTraversal", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passive")
    def passive(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "passive"))

    @passive.setter
    def passive(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__af62a5678d1036e61094446a61a966cbcd2ba66255b5d5f98741951082dacdd2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passive", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="peersCertFile")
    def peers_cert_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "peersCertFile"))

    @peers_cert_file.setter
    def peers_cert_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__932744d8e91db1107e2db1b44a22fffe0582c75b39d1236ea9eb7e0eedb31c67)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "peersCertFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="peersCertType")
    def peers_cert_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "peersCertType"))

    @peers_cert_type.setter
    def peers_cert_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b570620886086265ff351457a5c2392a80c59a8d62467887049ed48dee839a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "peersCertType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="peersIdType")
    def peers_id_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "peersIdType"))

    @peers_id_type.setter
    def peers_id_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__389d468b8eed3919af315224439ae56cc99f6e3a2f4ee1b38c18baf49f10a239)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "peersIdType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="peersIdValue")
    def peers_id_value(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "peersIdValue"))

    @peers_id_value.setter
    def peers_id_value(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0713df9c5154aa099f20f9f0db8556c158ccc924ecf9c99ea13b7b70d42879f6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "peersIdValue", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="phase1AuthMethod")
    def phase1_auth_method(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "phase1AuthMethod"))

    @phase1_auth_method.setter
    def phase1_auth_method(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__85b9a820d027044ca3b9eb7b28ffc852566c671ed052e92497433bf7ca8d0404)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "phase1AuthMethod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="phase1EncryptAlgorithm")
    def phase1_encrypt_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "phase1EncryptAlgorithm"))

    @phase1_encrypt_algorithm.setter
    def phase1_encrypt_algorithm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8aca64d791cf4af5309893b840282f1a546ef8c7c8e1645d447f49bbb25e8781)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "phase1EncryptAlgorithm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="phase1HashAlgorithm")
    def phase1_hash_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "phase1HashAlgorithm"))

    @phase1_hash_algorithm.setter
    def phase1_hash_algorithm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ce3cdfb797c6870d982ce018ca946e23435a4641061a278c8f2c3137190572a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "phase1HashAlgorithm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="phase1PerfectForwardSecrecy")
    def phase1_perfect_forward_secrecy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "phase1PerfectForwardSecrecy"))

    @phase1_perfect_forward_secrecy.setter
    def phase1_perfect_forward_secrecy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e41f5c240694496d0b360af140f1810a74937696adc5e3398b59a22010d532ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "phase1PerfectForwardSecrecy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="presharedKey")
    def preshared_key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "presharedKey"))

    @preshared_key.setter
    def preshared_key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c46d527cb4854a0cf9e079773f8d782acfa9072c00e8327619fb53b2d9cc8b12)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "presharedKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="presharedKeyEncrypted")
    def preshared_key_encrypted(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "presharedKeyEncrypted"))

    @preshared_key_encrypted.setter
    def preshared_key_encrypted(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__efc811a6d337965afe9668b735f70fed1c414c43dfa99f3ace2ec1d489ad6d39)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "presharedKeyEncrypted", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="prf")
    def prf(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "prf"))

    @prf.setter
    def prf(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__678e9b5d333dc3ac2dd953fbbc9d82807608d94213e5ca9e5853e91f9bf3427f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "prf", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxySupport")
    def proxy_support(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxySupport"))

    @proxy_support.setter
    def proxy_support(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1ccf5044939ad05677b87cdfb0274b30c4a710c952ed0378e69636aa2275a813)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxySupport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="remoteAddress")
    def remote_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "remoteAddress"))

    @remote_address.setter
    def remote_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0bbb79a3d2c036adcf9e9e43a4129197f7e759d77ad0c42081bd7625f86b4b01)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "remoteAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="replayWindowSize")
    def replay_window_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "replayWindowSize"))

    @replay_window_size.setter
    def replay_window_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__95c324048ea8fe8860da3a49c28a04328e25eff41c92c7fb5f9df86fbab07444)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "replayWindowSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="state")
    def state(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "state"))

    @state.setter
    def state(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a410fc2fbb1e5f5effd733b93bc14a62b11470ddb27a4addf30dfa6d1b741eb0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "state", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trafficSelector")
    def traffic_selector(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "trafficSelector"))

    @traffic_selector.setter
    def traffic_selector(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74c68f1416866dfcb47fb327e13654abcd3c2579ee11bcf87688b5350c4522f8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trafficSelector", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="verifyCert")
    def verify_cert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "verifyCert"))

    @verify_cert.setter
    def verify_cert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a32774a17d7066d43828a98fab6a63a16a1b4c530183d2bf9bd9ffd94a140560)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "verifyCert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "version"))

    @version.setter
    def version(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fdb8add4f92dabcef27aed57e3f90c6993ee08896882739d41d89ca498f19bb7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.netIkePeer.NetIkePeerConfig",
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
        "remote_address": "remoteAddress",
        "app_service": "appService",
        "ca_cert_file": "caCertFile",
        "crl_file": "crlFile",
        "description": "description",
        "dpd_delay": "dpdDelay",
        "generate_policy": "generatePolicy",
        "id": "id",
        "lifetime": "lifetime",
        "mode": "mode",
        "my_cert_file": "myCertFile",
        "my_cert_key_file": "myCertKeyFile",
        "my_cert_key_passphrase": "myCertKeyPassphrase",
        "my_id_type": "myIdType",
        "my_id_value": "myIdValue",
        "nat_traversal": "natTraversal",
        "passive": "passive",
        "peers_cert_file": "peersCertFile",
        "peers_cert_type": "peersCertType",
        "peers_id_type": "peersIdType",
        "peers_id_value": "peersIdValue",
        "phase1_auth_method": "phase1AuthMethod",
        "phase1_encrypt_algorithm": "phase1EncryptAlgorithm",
        "phase1_hash_algorithm": "phase1HashAlgorithm",
        "phase1_perfect_forward_secrecy": "phase1PerfectForwardSecrecy",
        "preshared_key": "presharedKey",
        "preshared_key_encrypted": "presharedKeyEncrypted",
        "prf": "prf",
        "proxy_support": "proxySupport",
        "replay_window_size": "replayWindowSize",
        "state": "state",
        "traffic_selector": "trafficSelector",
        "verify_cert": "verifyCert",
        "version": "version",
    },
)
class NetIkePeerConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        remote_address: builtins.str,
        app_service: typing.Optional[builtins.str] = None,
        ca_cert_file: typing.Optional[builtins.str] = None,
        crl_file: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        dpd_delay: typing.Optional[jsii.Number] = None,
        generate_policy: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        lifetime: typing.Optional[jsii.Number] = None,
        mode: typing.Optional[builtins.str] = None,
        my_cert_file: typing.Optional[builtins.str] = None,
        my_cert_key_file: typing.Optional[builtins.str] = None,
        my_cert_key_passphrase: typing.Optional[builtins.str] = None,
        my_id_type: typing.Optional[builtins.str] = None,
        my_id_value: typing.Optional[builtins.str] = None,
        nat_traversal: typing.Optional[builtins.str] = None,
        passive: typing.Optional[builtins.str] = None,
        peers_cert_file: typing.Optional[builtins.str] = None,
        peers_cert_type: typing.Optional[builtins.str] = None,
        peers_id_type: typing.Optional[builtins.str] = None,
        peers_id_value: typing.Optional[builtins.str] = None,
        phase1_auth_method: typing.Optional[builtins.str] = None,
        phase1_encrypt_algorithm: typing.Optional[builtins.str] = None,
        phase1_hash_algorithm: typing.Optional[builtins.str] = None,
        phase1_perfect_forward_secrecy: typing.Optional[builtins.str] = None,
        preshared_key: typing.Optional[builtins.str] = None,
        preshared_key_encrypted: typing.Optional[builtins.str] = None,
        prf: typing.Optional[builtins.str] = None,
        proxy_support: typing.Optional[builtins.str] = None,
        replay_window_size: typing.Optional[jsii.Number] = None,
        state: typing.Optional[builtins.str] = None,
        traffic_selector: typing.Optional[typing.Sequence[builtins.str]] = None,
        verify_cert: typing.Optional[builtins.str] = None,
        version: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the IKE PEER. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#name NetIkePeer#name}
        :param remote_address: Specifies the IP address of the IKE remote node. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#remote_address NetIkePeer#remote_address}
        :param app_service: The application service that the object belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#app_service NetIkePeer#app_service}
        :param ca_cert_file: The trusted root and intermediate certificate authorities. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#ca_cert_file NetIkePeer#ca_cert_file}
        :param crl_file: Specifies the file name of the Certificate Revocation List. Only supported in IKEv1. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#crl_file NetIkePeer#crl_file}
        :param description: User defined description. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#description NetIkePeer#description}
        :param dpd_delay: Specifies the number of seconds between Dead Peer Detection messages. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#dpd_delay NetIkePeer#dpd_delay}
        :param generate_policy: Enable or disable the generation of Security Policy Database entries(SPD) when the device is the responder of the IKE remote node. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#generate_policy NetIkePeer#generate_policy}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#id NetIkePeer#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param lifetime: Defines the lifetime in minutes of an IKE SA which will be proposed in the phase 1 negotiations. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#lifetime NetIkePeer#lifetime}
        :param mode: Defines the exchange mode for phase 1 when racoon is the initiator, or the acceptable exchange mode when racoon is the responder. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#mode NetIkePeer#mode}
        :param my_cert_file: Specifies the name of the certificate file object. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_cert_file NetIkePeer#my_cert_file}
        :param my_cert_key_file: Specifies the name of the certificate key file object. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_cert_key_file NetIkePeer#my_cert_key_file}
        :param my_cert_key_passphrase: Specifies the passphrase of the key used for my-cert-key-file. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_cert_key_passphrase NetIkePeer#my_cert_key_passphrase}
        :param my_id_type: Specifies the identifier type sent to the remote host to use in the phase 1 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_id_type NetIkePeer#my_id_type}
        :param my_id_value: Specifies the identifier value sent to the remote host in the phase 1 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_id_value NetIkePeer#my_id_value}
        :param nat_traversal: Enables use of the NAT-Traversal IPsec extension. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#nat_traversal NetIkePeer#nat_traversal}
        :param passive: Specifies whether the local IKE agent can be the initiator of the IKE negotiation with this ike-peer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#passive NetIkePeer#passive}
        :param peers_cert_file: Specifies the peer’s certificate for authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_cert_file NetIkePeer#peers_cert_file}
        :param peers_cert_type: Specifies that the only peers-cert-type supported is certfile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_cert_type NetIkePeer#peers_cert_type}
        :param peers_id_type: Specifies which of address, fqdn, asn1dn, user-fqdn or keyid-tag types to use as peers-id-type. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_id_type NetIkePeer#peers_id_type}
        :param peers_id_value: Specifies the peer’s identifier to be received. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_id_value NetIkePeer#peers_id_value}
        :param phase1_auth_method: Specifies the authentication method used for phase 1 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_auth_method NetIkePeer#phase1_auth_method}
        :param phase1_encrypt_algorithm: Specifies the encryption algorithm used for the isakmp phase 1 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_encrypt_algorithm NetIkePeer#phase1_encrypt_algorithm}
        :param phase1_hash_algorithm: Defines the hash algorithm used for the isakmp phase 1 negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_hash_algorithm NetIkePeer#phase1_hash_algorithm}
        :param phase1_perfect_forward_secrecy: Defines the Diffie-Hellman group for key exchange to provide perfect forward secrecy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_perfect_forward_secrecy NetIkePeer#phase1_perfect_forward_secrecy}
        :param preshared_key: Specifies the preshared key for ISAKMP SAs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#preshared_key NetIkePeer#preshared_key}
        :param preshared_key_encrypted: Display the encrypted preshared-key for the IKE remote node. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#preshared_key_encrypted NetIkePeer#preshared_key_encrypted}
        :param prf: Specifies the pseudo-random function used to derive keying material for all cryptographic operations. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#prf NetIkePeer#prf}
        :param proxy_support: If this value is enabled, both values of ID payloads in the phase 2 exchange are used as the addresses of end-point of IPsec-SAs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#proxy_support NetIkePeer#proxy_support}
        :param replay_window_size: Specifies the replay window size of the IPsec SAs negotiated with the IKE remote node. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#replay_window_size NetIkePeer#replay_window_size}
        :param state: Enables or disables this IKE remote node. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#state NetIkePeer#state}
        :param traffic_selector: Specifies the names of the traffic-selector objects associated with this ike-peer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#traffic_selector NetIkePeer#traffic_selector}
        :param verify_cert: Specifies whether to verify the certificate chain of the remote peer based on the trusted certificates in ca-cert-file. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#verify_cert NetIkePeer#verify_cert}
        :param version: Specifies which version of IKE to be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#version NetIkePeer#version}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84caa39f10b820c263eda58c5dbe0a9ece367a2be14fc162150942f1e3f16d32)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument remote_address", value=remote_address, expected_type=type_hints["remote_address"])
            check_type(argname="argument app_service", value=app_service, expected_type=type_hints["app_service"])
            check_type(argname="argument ca_cert_file", value=ca_cert_file, expected_type=type_hints["ca_cert_file"])
            check_type(argname="argument crl_file", value=crl_file, expected_type=type_hints["crl_file"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument dpd_delay", value=dpd_delay, expected_type=type_hints["dpd_delay"])
            check_type(argname="argument generate_policy", value=generate_policy, expected_type=type_hints["generate_policy"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument lifetime", value=lifetime, expected_type=type_hints["lifetime"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument my_cert_file", value=my_cert_file, expected_type=type_hints["my_cert_file"])
            check_type(argname="argument my_cert_key_file", value=my_cert_key_file, expected_type=type_hints["my_cert_key_file"])
            check_type(argname="argument my_cert_key_passphrase", value=my_cert_key_passphrase, expected_type=type_hints["my_cert_key_passphrase"])
            check_type(argname="argument my_id_type", value=my_id_type, expected_type=type_hints["my_id_type"])
            check_type(argname="argument my_id_value", value=my_id_value, expected_type=type_hints["my_id_value"])
            check_type(argname="argument nat_traversal", value=nat_traversal, expected_type=type_hints["nat_traversal"])
            check_type(argname="argument passive", value=passive, expected_type=type_hints["passive"])
            check_type(argname="argument peers_cert_file", value=peers_cert_file, expected_type=type_hints["peers_cert_file"])
            check_type(argname="argument peers_cert_type", value=peers_cert_type, expected_type=type_hints["peers_cert_type"])
            check_type(argname="argument peers_id_type", value=peers_id_type, expected_type=type_hints["peers_id_type"])
            check_type(argname="argument peers_id_value", value=peers_id_value, expected_type=type_hints["peers_id_value"])
            check_type(argname="argument phase1_auth_method", value=phase1_auth_method, expected_type=type_hints["phase1_auth_method"])
            check_type(argname="argument phase1_encrypt_algorithm", value=phase1_encrypt_algorithm, expected_type=type_hints["phase1_encrypt_algorithm"])
            check_type(argname="argument phase1_hash_algorithm", value=phase1_hash_algorithm, expected_type=type_hints["phase1_hash_algorithm"])
            check_type(argname="argument phase1_perfect_forward_secrecy", value=phase1_perfect_forward_secrecy, expected_type=type_hints["phase1_perfect_forward_secrecy"])
            check_type(argname="argument preshared_key", value=preshared_key, expected_type=type_hints["preshared_key"])
            check_type(argname="argument preshared_key_encrypted", value=preshared_key_encrypted, expected_type=type_hints["preshared_key_encrypted"])
            check_type(argname="argument prf", value=prf, expected_type=type_hints["prf"])
            check_type(argname="argument proxy_support", value=proxy_support, expected_type=type_hints["proxy_support"])
            check_type(argname="argument replay_window_size", value=replay_window_size, expected_type=type_hints["replay_window_size"])
            check_type(argname="argument state", value=state, expected_type=type_hints["state"])
            check_type(argname="argument traffic_selector", value=traffic_selector, expected_type=type_hints["traffic_selector"])
            check_type(argname="argument verify_cert", value=verify_cert, expected_type=type_hints["verify_cert"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "remote_address": remote_address,
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
        if ca_cert_file is not None:
            self._values["ca_cert_file"] = ca_cert_file
        if crl_file is not None:
            self._values["crl_file"] = crl_file
        if description is not None:
            self._values["description"] = description
        if dpd_delay is not None:
            self._values["dpd_delay"] = dpd_delay
        if generate_policy is not None:
            self._values["generate_policy"] = generate_policy
        if id is not None:
            self._values["id"] = id
        if lifetime is not None:
            self._values["lifetime"] = lifetime
        if mode is not None:
            self._values["mode"] = mode
        if my_cert_file is not None:
            self._values["my_cert_file"] = my_cert_file
        if my_cert_key_file is not None:
            self._values["my_cert_key_file"] = my_cert_key_file
        if my_cert_key_passphrase is not None:
            self._values["my_cert_key_passphrase"] = my_cert_key_passphrase
        if my_id_type is not None:
            self._values["my_id_type"] = my_id_type
        if my_id_value is not None:
            self._values["my_id_value"] = my_id_value
        if nat_traversal is not None:
            self._values["nat_traversal"] = nat_traversal
        if passive is not None:
            self._values["passive"] = passive
        if peers_cert_file is not None:
            self._values["peers_cert_file"] = peers_cert_file
        if peers_cert_type is not None:
            self._values["peers_cert_type"] = peers_cert_type
        if peers_id_type is not None:
            self._values["peers_id_type"] = peers_id_type
        if peers_id_value is not None:
            self._values["peers_id_value"] = peers_id_value
        if phase1_auth_method is not None:
            self._values["phase1_auth_method"] = phase1_auth_method
        if phase1_encrypt_algorithm is not None:
            self._values["phase1_encrypt_algorithm"] = phase1_encrypt_algorithm
        if phase1_hash_algorithm is not None:
            self._values["phase1_hash_algorithm"] = phase1_hash_algorithm
        if phase1_perfect_forward_secrecy is not None:
            self._values["phase1_perfect_forward_secrecy"] = phase1_perfect_forward_secrecy
        if preshared_key is not None:
            self._values["preshared_key"] = preshared_key
        if preshared_key_encrypted is not None:
            self._values["preshared_key_encrypted"] = preshared_key_encrypted
        if prf is not None:
            self._values["prf"] = prf
        if proxy_support is not None:
            self._values["proxy_support"] = proxy_support
        if replay_window_size is not None:
            self._values["replay_window_size"] = replay_window_size
        if state is not None:
            self._values["state"] = state
        if traffic_selector is not None:
            self._values["traffic_selector"] = traffic_selector
        if verify_cert is not None:
            self._values["verify_cert"] = verify_cert
        if version is not None:
            self._values["version"] = version

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
        '''Name of the IKE PEER.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#name NetIkePeer#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def remote_address(self) -> builtins.str:
        '''Specifies the IP address of the IKE remote node.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#remote_address NetIkePeer#remote_address}
        '''
        result = self._values.get("remote_address")
        assert result is not None, "Required property 'remote_address' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def app_service(self) -> typing.Optional[builtins.str]:
        '''The application service that the object belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#app_service NetIkePeer#app_service}
        '''
        result = self._values.get("app_service")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_cert_file(self) -> typing.Optional[builtins.str]:
        '''The trusted root and intermediate certificate authorities.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#ca_cert_file NetIkePeer#ca_cert_file}
        '''
        result = self._values.get("ca_cert_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def crl_file(self) -> typing.Optional[builtins.str]:
        '''Specifies the file name of the Certificate Revocation List. Only supported in IKEv1.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#crl_file NetIkePeer#crl_file}
        '''
        result = self._values.get("crl_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''User defined description.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#description NetIkePeer#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dpd_delay(self) -> typing.Optional[jsii.Number]:
        '''Specifies the number of seconds between Dead Peer Detection messages.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#dpd_delay NetIkePeer#dpd_delay}
        '''
        result = self._values.get("dpd_delay")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def generate_policy(self) -> typing.Optional[builtins.str]:
        '''Enable or disable the generation of Security Policy Database entries(SPD) when the device is the responder of the IKE remote node.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#generate_policy NetIkePeer#generate_policy}
        '''
        result = self._values.get("generate_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#id NetIkePeer#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lifetime(self) -> typing.Optional[jsii.Number]:
        '''Defines the lifetime in minutes of an IKE SA which will be proposed in the phase 1 negotiations.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#lifetime NetIkePeer#lifetime}
        '''
        result = self._values.get("lifetime")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Defines the exchange mode for phase 1 when racoon is the initiator, or the acceptable exchange mode when racoon is the responder.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#mode NetIkePeer#mode}
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def my_cert_file(self) -> typing.Optional[builtins.str]:
        '''Specifies the name of the certificate file object.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_cert_file NetIkePeer#my_cert_file}
        '''
        result = self._values.get("my_cert_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def my_cert_key_file(self) -> typing.Optional[builtins.str]:
        '''Specifies the name of the certificate key file object.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_cert_key_file NetIkePeer#my_cert_key_file}
        '''
        result = self._values.get("my_cert_key_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def my_cert_key_passphrase(self) -> typing.Optional[builtins.str]:
        '''Specifies the passphrase of the key used for my-cert-key-file.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_cert_key_passphrase NetIkePeer#my_cert_key_passphrase}
        '''
        result = self._values.get("my_cert_key_passphrase")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def my_id_type(self) -> typing.Optional[builtins.str]:
        '''Specifies the identifier type sent to the remote host to use in the phase 1 negotiation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_id_type NetIkePeer#my_id_type}
        '''
        result = self._values.get("my_id_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def my_id_value(self) -> typing.Optional[builtins.str]:
        '''Specifies the identifier value sent to the remote host in the phase 1 negotiation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#my_id_value NetIkePeer#my_id_value}
        '''
        result = self._values.get("my_id_value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def nat_traversal(self) -> typing.Optional[builtins.str]:
        '''Enables use of the NAT-Traversal IPsec extension.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#nat_traversal NetIkePeer#nat_traversal}
        '''
        result = self._values.get("nat_traversal")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def passive(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the local IKE agent can be the initiator of the IKE negotiation with this ike-peer.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#passive NetIkePeer#passive}
        '''
        result = self._values.get("passive")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peers_cert_file(self) -> typing.Optional[builtins.str]:
        '''Specifies the peer’s certificate for authentication.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_cert_file NetIkePeer#peers_cert_file}
        '''
        result = self._values.get("peers_cert_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peers_cert_type(self) -> typing.Optional[builtins.str]:
        '''Specifies that the only peers-cert-type supported is certfile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_cert_type NetIkePeer#peers_cert_type}
        '''
        result = self._values.get("peers_cert_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peers_id_type(self) -> typing.Optional[builtins.str]:
        '''Specifies which of address, fqdn, asn1dn, user-fqdn or keyid-tag types to use as peers-id-type.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_id_type NetIkePeer#peers_id_type}
        '''
        result = self._values.get("peers_id_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peers_id_value(self) -> typing.Optional[builtins.str]:
        '''Specifies the peer’s identifier to be received.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#peers_id_value NetIkePeer#peers_id_value}
        '''
        result = self._values.get("peers_id_value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def phase1_auth_method(self) -> typing.Optional[builtins.str]:
        '''Specifies the authentication method used for phase 1 negotiation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_auth_method NetIkePeer#phase1_auth_method}
        '''
        result = self._values.get("phase1_auth_method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def phase1_encrypt_algorithm(self) -> typing.Optional[builtins.str]:
        '''Specifies the encryption algorithm used for the isakmp phase 1 negotiation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_encrypt_algorithm NetIkePeer#phase1_encrypt_algorithm}
        '''
        result = self._values.get("phase1_encrypt_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def phase1_hash_algorithm(self) -> typing.Optional[builtins.str]:
        '''Defines the hash algorithm used for the isakmp phase 1 negotiation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_hash_algorithm NetIkePeer#phase1_hash_algorithm}
        '''
        result = self._values.get("phase1_hash_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def phase1_perfect_forward_secrecy(self) -> typing.Optional[builtins.str]:
        '''Defines the Diffie-Hellman group for key exchange to provide perfect forward secrecy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#phase1_perfect_forward_secrecy NetIkePeer#phase1_perfect_forward_secrecy}
        '''
        result = self._values.get("phase1_perfect_forward_secrecy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def preshared_key(self) -> typing.Optional[builtins.str]:
        '''Specifies the preshared key for ISAKMP SAs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#preshared_key NetIkePeer#preshared_key}
        '''
        result = self._values.get("preshared_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def preshared_key_encrypted(self) -> typing.Optional[builtins.str]:
        '''Display the encrypted preshared-key for the IKE remote node.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#preshared_key_encrypted NetIkePeer#preshared_key_encrypted}
        '''
        result = self._values.get("preshared_key_encrypted")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prf(self) -> typing.Optional[builtins.str]:
        '''Specifies the pseudo-random function used to derive keying material for all cryptographic operations.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#prf NetIkePeer#prf}
        '''
        result = self._values.get("prf")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_support(self) -> typing.Optional[builtins.str]:
        '''If this value is enabled, both values of ID payloads in the phase 2 exchange are used as the addresses of end-point of IPsec-SAs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#proxy_support NetIkePeer#proxy_support}
        '''
        result = self._values.get("proxy_support")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replay_window_size(self) -> typing.Optional[jsii.Number]:
        '''Specifies the replay window size of the IPsec SAs negotiated with the IKE remote node.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#replay_window_size NetIkePeer#replay_window_size}
        '''
        result = self._values.get("replay_window_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def state(self) -> typing.Optional[builtins.str]:
        '''Enables or disables this IKE remote node.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#state NetIkePeer#state}
        '''
        result = self._values.get("state")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def traffic_selector(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies the names of the traffic-selector objects associated with this ike-peer.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#traffic_selector NetIkePeer#traffic_selector}
        '''
        result = self._values.get("traffic_selector")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def verify_cert(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to verify the certificate chain of the remote peer based on the trusted certificates in ca-cert-file.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#verify_cert NetIkePeer#verify_cert}
        '''
        result = self._values.get("verify_cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies which version of IKE to be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/net_ike_peer#version NetIkePeer#version}
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "NetIkePeerConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "NetIkePeer",
    "NetIkePeerConfig",
]

publication.publish()

def _typecheckingstub__eaf613d00272a7108c7f131c271e3289c287be8550eb928ce0088b4e48d22f9d(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    remote_address: builtins.str,
    app_service: typing.Optional[builtins.str] = None,
    ca_cert_file: typing.Optional[builtins.str] = None,
    crl_file: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    dpd_delay: typing.Optional[jsii.Number] = None,
    generate_policy: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    lifetime: typing.Optional[jsii.Number] = None,
    mode: typing.Optional[builtins.str] = None,
    my_cert_file: typing.Optional[builtins.str] = None,
    my_cert_key_file: typing.Optional[builtins.str] = None,
    my_cert_key_passphrase: typing.Optional[builtins.str] = None,
    my_id_type: typing.Optional[builtins.str] = None,
    my_id_value: typing.Optional[builtins.str] = None,
    nat_traversal: typing.Optional[builtins.str] = None,
    passive: typing.Optional[builtins.str] = None,
    peers_cert_file: typing.Optional[builtins.str] = None,
    peers_cert_type: typing.Optional[builtins.str] = None,
    peers_id_type: typing.Optional[builtins.str] = None,
    peers_id_value: typing.Optional[builtins.str] = None,
    phase1_auth_method: typing.Optional[builtins.str] = None,
    phase1_encrypt_algorithm: typing.Optional[builtins.str] = None,
    phase1_hash_algorithm: typing.Optional[builtins.str] = None,
    phase1_perfect_forward_secrecy: typing.Optional[builtins.str] = None,
    preshared_key: typing.Optional[builtins.str] = None,
    preshared_key_encrypted: typing.Optional[builtins.str] = None,
    prf: typing.Optional[builtins.str] = None,
    proxy_support: typing.Optional[builtins.str] = None,
    replay_window_size: typing.Optional[jsii.Number] = None,
    state: typing.Optional[builtins.str] = None,
    traffic_selector: typing.Optional[typing.Sequence[builtins.str]] = None,
    verify_cert: typing.Optional[builtins.str] = None,
    version: typing.Optional[typing.Sequence[builtins.str]] = None,
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

def _typecheckingstub__d1d9663776ce736575b6a4acaf3920accb1eca112d3c50ecffd1307ce661ed91(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb834b6bab892da8304441b221a03f89370c3548f4014ab64b0b05134171a8bc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f130f3b4d0e205bacec6733ca1f9306d8bdbf0055dc46217ab54da39b690fa8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f82be4f0b2b1a3a602987196258ed1295455f64876edbde8bb7b73fe0ab76b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47b92c157fa4efdff1fc3cfae99a9ed7f886042c4791a6a4464497b80d8763f3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc00710ff150e1d8c47c2d000e9b1dbf14d758a699c4e188961ca6fc8e898135(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e27eb95e0be328afd2389b16c501c8885c8e1886bb41f6d7cd6059063e9c7b9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c145b3aaa7a3ce369892be6301ea41841cbeb906b6c2a1aac874c8449b387f86(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e60fbb22159146bb08fc09f338b433aecf80809e10f848f73259f3c3c7bc67d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dec377ffd89b60e54f53fc05ff49324706aa94dc82692071ab824ad56f095724(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dffa6515fad55e7551e4df4263da91e0573a76976bfcf7cfa12d4e97b0564a57(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e96896c809ada5e2a824cc14c61e06603fe30715b56072e5edc3f6e0a2df0f70(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a83585c9c7aaa280b45178056b9f59eb217c45ba4cb03f30a076d1d939472630(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74abf8ca41913676abb943afafa4ff91dfcf7a9c318a6e262a4c2ba7997968bf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a436ff3a69edb9e746276fcddd242b5d81a3c72595087e91722fe76f2d27ac72(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7b559a3b2d2881022f7eda8fbb9a1bf41e839f0769ebafdb9fdb317212452985(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ce7916b19211d47e5c04dafb70d46d5ea33ecde2db896f7bc11c4a3558d97bc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af62a5678d1036e61094446a61a966cbcd2ba66255b5d5f98741951082dacdd2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__932744d8e91db1107e2db1b44a22fffe0582c75b39d1236ea9eb7e0eedb31c67(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b570620886086265ff351457a5c2392a80c59a8d62467887049ed48dee839a4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__389d468b8eed3919af315224439ae56cc99f6e3a2f4ee1b38c18baf49f10a239(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0713df9c5154aa099f20f9f0db8556c158ccc924ecf9c99ea13b7b70d42879f6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85b9a820d027044ca3b9eb7b28ffc852566c671ed052e92497433bf7ca8d0404(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8aca64d791cf4af5309893b840282f1a546ef8c7c8e1645d447f49bbb25e8781(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce3cdfb797c6870d982ce018ca946e23435a4641061a278c8f2c3137190572a7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e41f5c240694496d0b360af140f1810a74937696adc5e3398b59a22010d532ed(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c46d527cb4854a0cf9e079773f8d782acfa9072c00e8327619fb53b2d9cc8b12(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efc811a6d337965afe9668b735f70fed1c414c43dfa99f3ace2ec1d489ad6d39(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__678e9b5d333dc3ac2dd953fbbc9d82807608d94213e5ca9e5853e91f9bf3427f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ccf5044939ad05677b87cdfb0274b30c4a710c952ed0378e69636aa2275a813(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bbb79a3d2c036adcf9e9e43a4129197f7e759d77ad0c42081bd7625f86b4b01(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95c324048ea8fe8860da3a49c28a04328e25eff41c92c7fb5f9df86fbab07444(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a410fc2fbb1e5f5effd733b93bc14a62b11470ddb27a4addf30dfa6d1b741eb0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74c68f1416866dfcb47fb327e13654abcd3c2579ee11bcf87688b5350c4522f8(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a32774a17d7066d43828a98fab6a63a16a1b4c530183d2bf9bd9ffd94a140560(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fdb8add4f92dabcef27aed57e3f90c6993ee08896882739d41d89ca498f19bb7(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84caa39f10b820c263eda58c5dbe0a9ece367a2be14fc162150942f1e3f16d32(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    remote_address: builtins.str,
    app_service: typing.Optional[builtins.str] = None,
    ca_cert_file: typing.Optional[builtins.str] = None,
    crl_file: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    dpd_delay: typing.Optional[jsii.Number] = None,
    generate_policy: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    lifetime: typing.Optional[jsii.Number] = None,
    mode: typing.Optional[builtins.str] = None,
    my_cert_file: typing.Optional[builtins.str] = None,
    my_cert_key_file: typing.Optional[builtins.str] = None,
    my_cert_key_passphrase: typing.Optional[builtins.str] = None,
    my_id_type: typing.Optional[builtins.str] = None,
    my_id_value: typing.Optional[builtins.str] = None,
    nat_traversal: typing.Optional[builtins.str] = None,
    passive: typing.Optional[builtins.str] = None,
    peers_cert_file: typing.Optional[builtins.str] = None,
    peers_cert_type: typing.Optional[builtins.str] = None,
    peers_id_type: typing.Optional[builtins.str] = None,
    peers_id_value: typing.Optional[builtins.str] = None,
    phase1_auth_method: typing.Optional[builtins.str] = None,
    phase1_encrypt_algorithm: typing.Optional[builtins.str] = None,
    phase1_hash_algorithm: typing.Optional[builtins.str] = None,
    phase1_perfect_forward_secrecy: typing.Optional[builtins.str] = None,
    preshared_key: typing.Optional[builtins.str] = None,
    preshared_key_encrypted: typing.Optional[builtins.str] = None,
    prf: typing.Optional[builtins.str] = None,
    proxy_support: typing.Optional[builtins.str] = None,
    replay_window_size: typing.Optional[jsii.Number] = None,
    state: typing.Optional[builtins.str] = None,
    traffic_selector: typing.Optional[typing.Sequence[builtins.str]] = None,
    verify_cert: typing.Optional[builtins.str] = None,
    version: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
