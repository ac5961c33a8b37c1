r'''
# `bigip_ltm_profile_server_ssl`

Refer to the Terraform Registry for docs: [`bigip_ltm_profile_server_ssl`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl).
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


class LtmProfileServerSsl(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileServerSsl.LtmProfileServerSsl",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl bigip_ltm_profile_server_ssl}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        alert_timeout: typing.Optional[builtins.str] = None,
        authenticate: typing.Optional[builtins.str] = None,
        authenticate_depth: typing.Optional[jsii.Number] = None,
        c3_d_ca_cert: typing.Optional[builtins.str] = None,
        c3_d_ca_key: typing.Optional[builtins.str] = None,
        c3_d_ca_passphrase: typing.Optional[builtins.str] = None,
        c3_d_cert_extension_custom_oids: typing.Optional[typing.Sequence[builtins.str]] = None,
        c3_d_cert_extension_includes: typing.Optional[typing.Sequence[builtins.str]] = None,
        c3_d_certificate_extensions: typing.Optional[builtins.str] = None,
        c3_d_cert_lifespan: typing.Optional[jsii.Number] = None,
        cache_size: typing.Optional[jsii.Number] = None,
        cache_timeout: typing.Optional[jsii.Number] = None,
        ca_file: typing.Optional[builtins.str] = None,
        cert: typing.Optional[builtins.str] = None,
        chain: typing.Optional[builtins.str] = None,
        cipher_group: typing.Optional[builtins.str] = None,
        ciphers: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        expire_cert_response_control: typing.Optional[builtins.str] = None,
        full_path: typing.Optional[builtins.str] = None,
        generation: typing.Optional[jsii.Number] = None,
        generic_alert: typing.Optional[builtins.str] = None,
        handshake_timeout: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        mod_ssl_methods: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        passphrase: typing.Optional[builtins.str] = None,
        peer_cert_mode: typing.Optional[builtins.str] = None,
        proxy_ca_cert: typing.Optional[builtins.str] = None,
        proxy_ca_key: typing.Optional[builtins.str] = None,
        proxy_ssl: typing.Optional[builtins.str] = None,
        renegotiate_period: typing.Optional[builtins.str] = None,
        renegotiate_size: typing.Optional[builtins.str] = None,
        renegotiation: typing.Optional[builtins.str] = None,
        retain_certificate: typing.Optional[builtins.str] = None,
        secure_renegotiation: typing.Optional[builtins.str] = None,
        server_name: typing.Optional[builtins.str] = None,
        session_mirroring: typing.Optional[builtins.str] = None,
        session_ticket: typing.Optional[builtins.str] = None,
        sni_default: typing.Optional[builtins.str] = None,
        sni_require: typing.Optional[builtins.str] = None,
        ssl_c3_d: typing.Optional[builtins.str] = None,
        ssl_forward_proxy: typing.Optional[builtins.str] = None,
        ssl_forward_proxy_bypass: typing.Optional[builtins.str] = None,
        ssl_sign_hash: typing.Optional[builtins.str] = None,
        strict_resume: typing.Optional[builtins.str] = None,
        tm_options: typing.Optional[typing.Sequence[builtins.str]] = None,
        unclean_shutdown: typing.Optional[builtins.str] = None,
        untrusted_cert_response_control: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl bigip_ltm_profile_server_ssl} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the Ssl Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#name LtmProfileServerSsl#name}
        :param alert_timeout: Alert time out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#alert_timeout LtmProfileServerSsl#alert_timeout}
        :param authenticate: Server authentication once / always (default is once). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#authenticate LtmProfileServerSsl#authenticate}
        :param authenticate_depth: Client certificate chain traversal depth. Default 9. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#authenticate_depth LtmProfileServerSsl#authenticate_depth}
        :param c3_d_ca_cert: CA Certificate. Default none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_ca_cert LtmProfileServerSsl#c3d_ca_cert}
        :param c3_d_ca_key: CA Key. Default none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_ca_key LtmProfileServerSsl#c3d_ca_key}
        :param c3_d_ca_passphrase: CA Passphrase. Default. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_ca_passphrase LtmProfileServerSsl#c3d_ca_passphrase}
        :param c3_d_cert_extension_custom_oids: Certificate Extensions List. Default. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_cert_extension_custom_oids LtmProfileServerSsl#c3d_cert_extension_custom_oids}
        :param c3_d_cert_extension_includes: Certificate Extensions Includes. Default Extensions List. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_cert_extension_includes LtmProfileServerSsl#c3d_cert_extension_includes}
        :param c3_d_certificate_extensions: CA Passphrase. Default enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_certificate_extensions LtmProfileServerSsl#c3d_certificate_extensions}
        :param c3_d_cert_lifespan: Certificate Lifespan. Default. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_cert_lifespan LtmProfileServerSsl#c3d_cert_lifespan}
        :param cache_size: Cache size (sessions). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cache_size LtmProfileServerSsl#cache_size}
        :param cache_timeout: Cache time out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cache_timeout LtmProfileServerSsl#cache_timeout}
        :param ca_file: Client certificate file path. Default None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ca_file LtmProfileServerSsl#ca_file}
        :param cert: Name of the server certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cert LtmProfileServerSsl#cert}
        :param chain: Server certificate chain name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#chain LtmProfileServerSsl#chain}
        :param cipher_group: Cipher group for the ssl server profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cipher_group LtmProfileServerSsl#cipher_group}
        :param ciphers: BigIP Cipher string. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ciphers LtmProfileServerSsl#ciphers}
        :param defaults_from: Profile name that this profile defaults from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#defaults_from LtmProfileServerSsl#defaults_from}
        :param expire_cert_response_control: Response if the cert is expired (drop / ignore). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#expire_cert_response_control LtmProfileServerSsl#expire_cert_response_control}
        :param full_path: full path of the profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#full_path LtmProfileServerSsl#full_path}
        :param generation: generation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#generation LtmProfileServerSsl#generation}
        :param generic_alert: Generic alerts enabled / disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#generic_alert LtmProfileServerSsl#generic_alert}
        :param handshake_timeout: Handshake time out (seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#handshake_timeout LtmProfileServerSsl#handshake_timeout}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#id LtmProfileServerSsl#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param key: Name of the Server SSL profile key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#key LtmProfileServerSsl#key}
        :param mode: ModSSL Methods enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#mode LtmProfileServerSsl#mode}
        :param mod_ssl_methods: ModSSL Methods enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#mod_ssl_methods LtmProfileServerSsl#mod_ssl_methods}
        :param partition: name of partition. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#partition LtmProfileServerSsl#partition}
        :param passphrase: Client Certificate Constrained Delegation CA passphrase. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#passphrase LtmProfileServerSsl#passphrase}
        :param peer_cert_mode: Peer Cert Mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#peer_cert_mode LtmProfileServerSsl#peer_cert_mode}
        :param proxy_ca_cert: Proxy CA Cert. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#proxy_ca_cert LtmProfileServerSsl#proxy_ca_cert}
        :param proxy_ca_key: Proxy CA Key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#proxy_ca_key LtmProfileServerSsl#proxy_ca_key}
        :param proxy_ssl: Proxy SSL enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#proxy_ssl LtmProfileServerSsl#proxy_ssl}
        :param renegotiate_period: Renogotiate Period (seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#renegotiate_period LtmProfileServerSsl#renegotiate_period}
        :param renegotiate_size: Renogotiate Size. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#renegotiate_size LtmProfileServerSsl#renegotiate_size}
        :param renegotiation: Renegotiation (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#renegotiation LtmProfileServerSsl#renegotiation}
        :param retain_certificate: Retain certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#retain_certificate LtmProfileServerSsl#retain_certificate}
        :param secure_renegotiation: Secure reneogotiaton (request / require / require-strict). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#secure_renegotiation LtmProfileServerSsl#secure_renegotiation}
        :param server_name: Server name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#server_name LtmProfileServerSsl#server_name}
        :param session_mirroring: Session Mirroring (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#session_mirroring LtmProfileServerSsl#session_mirroring}
        :param session_ticket: Session Ticket (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#session_ticket LtmProfileServerSsl#session_ticket}
        :param sni_default: SNI Default (true / false). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#sni_default LtmProfileServerSsl#sni_default}
        :param sni_require: SNI Require (true / false). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#sni_require LtmProfileServerSsl#sni_require}
        :param ssl_c3_d: Client Certificate Constrained Delegation. Default disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_c3d LtmProfileServerSsl#ssl_c3d}
        :param ssl_forward_proxy: SSL forward Proxy (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_forward_proxy LtmProfileServerSsl#ssl_forward_proxy}
        :param ssl_forward_proxy_bypass: SSL forward Proxy Bypass (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_forward_proxy_bypass LtmProfileServerSsl#ssl_forward_proxy_bypass}
        :param ssl_sign_hash: SSL sign hash (any, sha1, sha256, sha384). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_sign_hash LtmProfileServerSsl#ssl_sign_hash}
        :param strict_resume: Strict Resume (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#strict_resume LtmProfileServerSsl#strict_resume}
        :param tm_options: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#tm_options LtmProfileServerSsl#tm_options}.
        :param unclean_shutdown: Unclean Shutdown (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#unclean_shutdown LtmProfileServerSsl#unclean_shutdown}
        :param untrusted_cert_response_control: Unclean Shutdown (drop / ignore). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#untrusted_cert_response_control LtmProfileServerSsl#untrusted_cert_response_control}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__10ebcbd3809836332da8970b3f5a8bbf6e3536ca3aa4c2ee670da1b0ad47f06c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmProfileServerSslConfig(
            name=name,
            alert_timeout=alert_timeout,
            authenticate=authenticate,
            authenticate_depth=authenticate_depth,
            c3_d_ca_cert=c3_d_ca_cert,
            c3_d_ca_key=c3_d_ca_key,
            c3_d_ca_passphrase=c3_d_ca_passphrase,
            c3_d_cert_extension_custom_oids=c3_d_cert_extension_custom_oids,
            c3_d_cert_extension_includes=c3_d_cert_extension_includes,
            c3_d_certificate_extensions=c3_d_certificate_extensions,
            c3_d_cert_lifespan=c3_d_cert_lifespan,
            cache_size=cache_size,
            cache_timeout=cache_timeout,
            ca_file=ca_file,
            cert=cert,
            chain=chain,
            cipher_group=cipher_group,
            ciphers=ciphers,
            defaults_from=defaults_from,
            expire_cert_response_control=expire_cert_response_control,
            full_path=full_path,
            generation=generation,
            generic_alert=generic_alert,
            handshake_timeout=handshake_timeout,
            id=id,
            key=key,
            mode=mode,
            mod_ssl_methods=mod_ssl_methods,
            partition=partition,
            passphrase=passphrase,
            peer_cert_mode=peer_cert_mode,
            proxy_ca_cert=proxy_ca_cert,
            proxy_ca_key=proxy_ca_key,
            proxy_ssl=proxy_ssl,
            renegotiate_period=renegotiate_period,
            renegotiate_size=renegotiate_size,
            renegotiation=renegotiation,
            retain_certificate=retain_certificate,
            secure_renegotiation=secure_renegotiation,
            server_name=server_name,
            session_mirroring=session_mirroring,
            session_ticket=session_ticket,
            sni_default=sni_default,
            sni_require=sni_require,
            ssl_c3_d=ssl_c3_d,
            ssl_forward_proxy=ssl_forward_proxy,
            ssl_forward_proxy_bypass=ssl_forward_proxy_bypass,
            ssl_sign_hash=ssl_sign_hash,
            strict_resume=strict_resume,
            tm_options=tm_options,
            unclean_shutdown=unclean_shutdown,
            untrusted_cert_response_control=untrusted_cert_response_control,
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
        '''Generates CDKTF code for importing a LtmProfileServerSsl resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmProfileServerSsl to import.
        :param import_from_id: The id of the existing LtmProfileServerSsl that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmProfileServerSsl to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f2880abd9fe943e7cc81ce95308006161a2e3d0b140bbbb8c9a8f4716888e53b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAlertTimeout")
    def reset_alert_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAlertTimeout", []))

    @jsii.member(jsii_name="resetAuthenticate")
    def reset_authenticate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthenticate", []))

    @jsii.member(jsii_name="resetAuthenticateDepth")
    def reset_authenticate_depth(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthenticateDepth", []))

    @jsii.member(jsii_name="resetC3DCaCert")
    def reset_c3_d_ca_cert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetC3DCaCert", []))

    @jsii.member(jsii_name="resetC3DCaKey")
    def reset_c3_d_ca_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetC3DCaKey", []))

    @jsii.member(jsii_name="resetC3DCaPassphrase")
    def reset_c3_d_ca_passphrase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetC3DCaPassphrase", []))

    @jsii.member(jsii_name="resetC3DCertExtensionCustomOids")
    def reset_c3_d_cert_extension_custom_oids(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetC3DCertExtensionCustomOids", []))

    @jsii.member(jsii_name="resetC3DCertExtensionIncludes")
    def reset_c3_d_cert_extension_includes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetC3DCertExtensionIncludes", []))

    @jsii.member(jsii_name="resetC3DCertificateExtensions")
    def reset_c3_d_certificate_extensions(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetC3DCertificateExtensions", []))

    @jsii.member(jsii_name="resetC3DCertLifespan")
    def reset_c3_d_cert_lifespan(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetC3DCertLifespan", []))

    @jsii.member(jsii_name="resetCacheSize")
    def reset_cache_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheSize", []))

    @jsii.member(jsii_name="resetCacheTimeout")
    def reset_cache_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheTimeout", []))

    @jsii.member(jsii_name="resetCaFile")
    def reset_ca_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCaFile", []))

    @jsii.member(jsii_name="resetCert")
    def reset_cert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCert", []))

    @jsii.member(jsii_name="resetChain")
    def reset_chain(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChain", []))

    @jsii.member(jsii_name="resetCipherGroup")
    def reset_cipher_group(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCipherGroup", []))

    @jsii.member(jsii_name="resetCiphers")
    def reset_ciphers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCiphers", []))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetExpireCertResponseControl")
    def reset_expire_cert_response_control(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExpireCertResponseControl", []))

    @jsii.member(jsii_name="resetFullPath")
    def reset_full_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFullPath", []))

    @jsii.member(jsii_name="resetGeneration")
    def reset_generation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGeneration", []))

    @jsii.member(jsii_name="resetGenericAlert")
    def reset_generic_alert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGenericAlert", []))

    @jsii.member(jsii_name="resetHandshakeTimeout")
    def reset_handshake_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHandshakeTimeout", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetKey")
    def reset_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKey", []))

    @jsii.member(jsii_name="resetMode")
    def reset_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMode", []))

    @jsii.member(jsii_name="resetModSslMethods")
    def reset_mod_ssl_methods(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetModSslMethods", []))

    @jsii.member(jsii_name="resetPartition")
    def reset_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartition", []))

    @jsii.member(jsii_name="resetPassphrase")
    def reset_passphrase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassphrase", []))

    @jsii.member(jsii_name="resetPeerCertMode")
    def reset_peer_cert_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPeerCertMode", []))

    @jsii.member(jsii_name="resetProxyCaCert")
    def reset_proxy_ca_cert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxyCaCert", []))

    @jsii.member(jsii_name="resetProxyCaKey")
    def reset_proxy_ca_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxyCaKey", []))

    @jsii.member(jsii_name="resetProxySsl")
    def reset_proxy_ssl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxySsl", []))

    @jsii.member(jsii_name="resetRenegotiatePeriod")
    def reset_renegotiate_period(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRenegotiatePeriod", []))

    @jsii.member(jsii_name="resetRenegotiateSize")
    def reset_renegotiate_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRenegotiateSize", []))

    @jsii.member(jsii_name="resetRenegotiation")
    def reset_renegotiation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRenegotiation", []))

    @jsii.member(jsii_name="resetRetainCertificate")
    def reset_retain_certificate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRetainCertificate", []))

    @jsii.member(jsii_name="resetSecureRenegotiation")
    def reset_secure_renegotiation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecureRenegotiation", []))

    @jsii.member(jsii_name="resetServerName")
    def reset_server_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServerName", []))

    @jsii.member(jsii_name="resetSessionMirroring")
    def reset_session_mirroring(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSessionMirroring", []))

    @jsii.member(jsii_name="resetSessionTicket")
    def reset_session_ticket(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSessionTicket", []))

    @jsii.member(jsii_name="resetSniDefault")
    def reset_sni_default(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSniDefault", []))

    @jsii.member(jsii_name="resetSniRequire")
    def reset_sni_require(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSniRequire", []))

    @jsii.member(jsii_name="resetSslC3D")
    def reset_ssl_c3_d(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSslC3D", []))

    @jsii.member(jsii_name="resetSslForwardProxy")
    def reset_ssl_forward_proxy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSslForwardProxy", []))

    @jsii.member(jsii_name="resetSslForwardProxyBypass")
    def reset_ssl_forward_proxy_bypass(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSslForwardProxyBypass", []))

    @jsii.member(jsii_name="resetSslSignHash")
    def reset_ssl_sign_hash(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSslSignHash", []))

    @jsii.member(jsii_name="resetStrictResume")
    def reset_strict_resume(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStrictResume", []))

    @jsii.member(jsii_name="resetTmOptions")
    def reset_tm_options(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTmOptions", []))

    @jsii.member(jsii_name="resetUncleanShutdown")
    def reset_unclean_shutdown(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUncleanShutdown", []))

    @jsii.member(jsii_name="resetUntrustedCertResponseControl")
    def reset_untrusted_cert_response_control(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUntrustedCertResponseControl", []))

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
    @jsii.member(jsii_name="alertTimeoutInput")
    def alert_timeout_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "alertTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="authenticateDepthInput")
    def authenticate_depth_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "authenticateDepthInput"))

    @builtins.property
    @jsii.member(jsii_name="authenticateInput")
    def authenticate_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authenticateInput"))

    @builtins.property
    @jsii.member(jsii_name="c3DCaCertInput")
    def c3_d_ca_cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "c3DCaCertInput"))

    @builtins.property
    @jsii.member(jsii_name="c3DCaKeyInput")
    def c3_d_ca_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "c3DCaKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="c3DCaPassphraseInput")
    def c3_d_ca_passphrase_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "c3DCaPassphraseInput"))

    @builtins.property
    @jsii.member(jsii_name="c3DCertExtensionCustomOidsInput")
    def c3_d_cert_extension_custom_oids_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "c3DCertExtensionCustomOidsInput"))

    @builtins.property
    @jsii.member(jsii_name="c3DCertExtensionIncludesInput")
    def c3_d_cert_extension_includes_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "c3DCertExtensionIncludesInput"))

    @builtins.property
    @jsii.member(jsii_name="c3DCertificateExtensionsInput")
    def c3_d_certificate_extensions_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "c3DCertificateExtensionsInput"))

    @builtins.property
    @jsii.member(jsii_name="c3DCertLifespanInput")
    def c3_d_cert_lifespan_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "c3DCertLifespanInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheSizeInput")
    def cache_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "cacheSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheTimeoutInput")
    def cache_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "cacheTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="caFileInput")
    def ca_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "caFileInput"))

    @builtins.property
    @jsii.member(jsii_name="certInput")
    def cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certInput"))

    @builtins.property
    @jsii.member(jsii_name="chainInput")
    def chain_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "chainInput"))

    @builtins.property
    @jsii.member(jsii_name="cipherGroupInput")
    def cipher_group_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cipherGroupInput"))

    @builtins.property
    @jsii.member(jsii_name="ciphersInput")
    def ciphers_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ciphersInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="expireCertResponseControlInput")
    def expire_cert_response_control_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "expireCertResponseControlInput"))

    @builtins.property
    @jsii.member(jsii_name="fullPathInput")
    def full_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fullPathInput"))

    @builtins.property
    @jsii.member(jsii_name="generationInput")
    def generation_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "generationInput"))

    @builtins.property
    @jsii.member(jsii_name="genericAlertInput")
    def generic_alert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "genericAlertInput"))

    @builtins.property
    @jsii.member(jsii_name="handshakeTimeoutInput")
    def handshake_timeout_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "handshakeTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="keyInput")
    def key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyInput"))

    @builtins.property
    @jsii.member(jsii_name="modeInput")
    def mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "modeInput"))

    @builtins.property
    @jsii.member(jsii_name="modSslMethodsInput")
    def mod_ssl_methods_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "modSslMethodsInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="partitionInput")
    def partition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "partitionInput"))

    @builtins.property
    @jsii.member(jsii_name="passphraseInput")
    def passphrase_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passphraseInput"))

    @builtins.property
    @jsii.member(jsii_name="peerCertModeInput")
    def peer_cert_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "peerCertModeInput"))

    @builtins.property
    @jsii.member(jsii_name="proxyCaCertInput")
    def proxy_ca_cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxyCaCertInput"))

    @builtins.property
    @jsii.member(jsii_name="proxyCaKeyInput")
    def proxy_ca_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxyCaKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="proxySslInput")
    def proxy_ssl_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxySslInput"))

    @builtins.property
    @jsii.member(jsii_name="renegotiatePeriodInput")
    def renegotiate_period_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "renegotiatePeriodInput"))

    @builtins.property
    @jsii.member(jsii_name="renegotiateSizeInput")
    def renegotiate_size_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "renegotiateSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="renegotiationInput")
    def renegotiation_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "renegotiationInput"))

    @builtins.property
    @jsii.member(jsii_name="retainCertificateInput")
    def retain_certificate_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "retainCertificateInput"))

    @builtins.property
    @jsii.member(jsii_name="secureRenegotiationInput")
    def secure_renegotiation_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secureRenegotiationInput"))

    @builtins.property
    @jsii.member(jsii_name="serverNameInput")
    def server_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serverNameInput"))

    @builtins.property
    @jsii.member(jsii_name="sessionMirroringInput")
    def session_mirroring_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sessionMirroringInput"))

    @builtins.property
    @jsii.member(jsii_name="sessionTicketInput")
    def session_ticket_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sessionTicketInput"))

    @builtins.property
    @jsii.member(jsii_name="sniDefaultInput")
    def sni_default_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sniDefaultInput"))

    @builtins.property
    @jsii.member(jsii_name="sniRequireInput")
    def sni_require_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sniRequireInput"))

    @builtins.property
    @jsii.member(jsii_name="sslC3DInput")
    def ssl_c3_d_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sslC3DInput"))

    @builtins.property
    @jsii.member(jsii_name="sslForwardProxyBypassInput")
    def ssl_forward_proxy_bypass_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sslForwardProxyBypassInput"))

    @builtins.property
    @jsii.member(jsii_name="sslForwardProxyInput")
    def ssl_forward_proxy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sslForwardProxyInput"))

    @builtins.property
    @jsii.member(jsii_name="sslSignHashInput")
    def ssl_sign_hash_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sslSignHashInput"))

    @builtins.property
    @jsii.member(jsii_name="strictResumeInput")
    def strict_resume_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "strictResumeInput"))

    @builtins.property
    @jsii.member(jsii_name="tmOptionsInput")
    def tm_options_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tmOptionsInput"))

    @builtins.property
    @jsii.member(jsii_name="uncleanShutdownInput")
    def unclean_shutdown_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "uncleanShutdownInput"))

    @builtins.property
    @jsii.member(jsii_name="untrustedCertResponseControlInput")
    def untrusted_cert_response_control_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "untrustedCertResponseControlInput"))

    @builtins.property
    @jsii.member(jsii_name="alertTimeout")
    def alert_timeout(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "alertTimeout"))

    @alert_timeout.setter
    def alert_timeout(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e25206fdcf1beee5d84bbd0646c15f4ef46f0d514a3b2d612374ae5973716a8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "alertTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticate")
    def authenticate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authenticate"))

    @authenticate.setter
    def authenticate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__38e6c91c15c8aa4ad04dbf2aedc3f013e76df395b9b63d39ca6ed7c6c9ded5a8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticateDepth")
    def authenticate_depth(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "authenticateDepth"))

    @authenticate_depth.setter
    def authenticate_depth(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3eb1c70efca42640c868cc7dfccbb382337a903197e1baa4e771f34c4e285769)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticateDepth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="c3DCaCert")
    def c3_d_ca_cert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "c3DCaCert"))

    @c3_d_ca_cert.setter
    def c3_d_ca_cert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c97686bb2fc2c17983cb7273fb56a2ab6d8fbdf8a21e50a78cbfdb91727563d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "c3DCaCert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="c3DCaKey")
    def c3_d_ca_key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "c3DCaKey"))

    @c3_d_ca_key.setter
    def c3_d_ca_key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__71a21b72eb99f54d9b3c1d00d91a86e5721c89db98c612033649ee5dfdb70067)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "c3DCaKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="c3DCaPassphrase")
    def c3_d_ca_passphrase(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "c3DCaPassphrase"))

    @c3_d_ca_passphrase.setter
    def c3_d_ca_passphrase(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b18dd1fe74a20d6cf1bc70629f8d9427c65b800c003b4175e298b730f4535296)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "c3DCaPassphrase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="c3DCertExtensionCustomOids")
    def c3_d_cert_extension_custom_oids(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "c3DCertExtensionCustomOids"))

    @c3_d_cert_extension_custom_oids.setter
    def c3_d_cert_extension_custom_oids(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8dba492ad13e1ed728c86a862097f9c38aad7e9295788b7c6826e36e9e03ccad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "c3DCertExtensionCustomOids", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="c3DCertExtensionIncludes")
    def c3_d_cert_extension_includes(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "c3DCertExtensionIncludes"))

    @c3_d_cert_extension_includes.setter
    def c3_d_cert_extension_includes(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13099d36650337b37f36e2ef947e19992a695f60e0d330bdb41b807958f1813e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "c3DCertExtensionIncludes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="c3DCertificateExtensions")
    def c3_d_certificate_extensions(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "c3DCertificateExtensions"))

    @c3_d_certificate_extensions.setter
    def c3_d_certificate_extensions(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42fb17db6c03c93e8db018b4af56b3a276510f9367289ff77b941e5076917c08)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "c3DCertificateExtensions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="c3DCertLifespan")
    def c3_d_cert_lifespan(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "c3DCertLifespan"))

    @c3_d_cert_lifespan.setter
    def c3_d_cert_lifespan(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1fc61c373b501cacea11fed8f9ac5079f7cdb1c3a54afd9abaf01ddf36786b39)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "c3DCertLifespan", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheSize")
    def cache_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cacheSize"))

    @cache_size.setter
    def cache_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67c3b29d7d6e1a82239df14c727fa99faac8c86b4c878429c0325b654775e294)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheTimeout")
    def cache_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cacheTimeout"))

    @cache_timeout.setter
    def cache_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e6083da4e9d86547a73ec8b104f70dde34220b871159982ade91aab8f0b8cae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="caFile")
    def ca_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "caFile"))

    @ca_file.setter
    def ca_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a77fdee6492df5dbcda9f7e0214dadea553d71f0c3f29733fcf91a03785a4aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "caFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cert")
    def cert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cert"))

    @cert.setter
    def cert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__06b603ce7fa1ace532c1a4fe53a4d2029a89c1a342082c2ec888cfe76ce752a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="chain")
    def chain(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "chain"))

    @chain.setter
    def chain(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__11c14a1af4362e4eeecc3e86a770efd53495ff5207fee99abf0f15fc422a5609)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "chain", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cipherGroup")
    def cipher_group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cipherGroup"))

    @cipher_group.setter
    def cipher_group(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5fd123d1b8ad0b8bcc2cee7fa586678819fc50ce46e56076286db8c7a32635a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cipherGroup", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ciphers")
    def ciphers(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ciphers"))

    @ciphers.setter
    def ciphers(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eed1f8523e609c439dcf5c26cd49ebc79e41d311fd0363b85a30034357b461bc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ciphers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d8c8c992e6ecb0824d85f82cd54caa7ba2fdde1a7a408fd0ab1ef1c7735040d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="expireCertResponseControl")
    def expire_cert_response_control(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "expireCertResponseControl"))

    @expire_cert_response_control.setter
    def expire_cert_response_control(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3333ebfb6d67d82fd670cdd7c4650c0942f56b09b12d06f6c1e2869d1756df0f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "expireCertResponseControl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fullPath")
    def full_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fullPath"))

    @full_path.setter
    def full_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__89e75a8d4189fadcec5b28d1ceef2e00296a4eb9c3c63f45b6dfacc5865ca201)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fullPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="generation")
    def generation(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "generation"))

    @generation.setter
    def generation(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__289333f0d676136aec9afe686c2264f006e6a01bb84ffec2158e9c2df27a1cfa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "generation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="genericAlert")
    def generic_alert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "genericAlert"))

    @generic_alert.setter
    def generic_alert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f964cb16610dd7f383af5074060845fb37001bc4fc699ee59fb9c1b630b096f4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "genericAlert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="handshakeTimeout")
    def handshake_timeout(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "handshakeTimeout"))

    @handshake_timeout.setter
    def handshake_timeout(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c249118d2ec4732842ce02e672a29d82e874aba291802415076a5de924af5cb0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "handshakeTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__32170c03f72020539b7da2409c035399232a6cd2cf1427c35075dae4116f3b16)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="key")
    def key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "key"))

    @key.setter
    def key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__09977d60746603c72e2bd597787bf09c8533f6999123b047b4d4422b12396395)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "key", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mode")
    def mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mode"))

    @mode.setter
    def mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__23e4684a8bc9380b51a81feaa1a329cd9f009db3234ba16454d8ed9441aafd68)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="modSslMethods")
    def mod_ssl_methods(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "modSslMethods"))

    @mod_ssl_methods.setter
    def mod_ssl_methods(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ce8976c102d68655587aaf517e456f86dedae3fec9d4b00a2d4bdc8dc26050fb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "modSslMethods", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6992be2f0229101c7f47e4d3c25a74192cc77dc97feca7c336f7c83ee886677b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a43f2c38cee5ace22108bec760784b88cc5a22a29273ec2f5920e6a07bc4dd15)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passphrase")
    def passphrase(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "passphrase"))

    @passphrase.setter
    def passphrase(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cebb844730a4c27754809a95d0f0108163c41f0f8e6b02995570d290d86352e8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passphrase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="peerCertMode")
    def peer_cert_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "peerCertMode"))

    @peer_cert_mode.setter
    def peer_cert_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__44d7810d80ccd7120e99cc7e79b7b89631a9ed4ada53c5c500f5794a174fe14a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "peerCertMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyCaCert")
    def proxy_ca_cert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyCaCert"))

    @proxy_ca_cert.setter
    def proxy_ca_cert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7fa502e4169f97ed4ca5eb52eab1b4e3d1907c62ec16014800ccfcf77113b0b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyCaCert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyCaKey")
    def proxy_ca_key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyCaKey"))

    @proxy_ca_key.setter
    def proxy_ca_key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__270ed9b1fa9a5ce06a9d7faf1d8869bb04d5447b46a707685fc72c66f821d6e7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyCaKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxySsl")
    def proxy_ssl(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxySsl"))

    @proxy_ssl.setter
    def proxy_ssl(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2f582d224db5d49664616b8b6b65b8b575fa96f5bebeaffd3b790b2d92c510a9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxySsl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="renegotiatePeriod")
    def renegotiate_period(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "renegotiatePeriod"))

    @renegotiate_period.setter
    def renegotiate_period(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__44fe23fbc05f6b978443dc12fc97c6dadfac7e095e6c739e20b338321c4265dc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "renegotiatePeriod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="renegotiateSize")
    def renegotiate_size(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "renegotiateSize"))

    @renegotiate_size.setter
    def renegotiate_size(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3803b654361a7f57d1ad633723c54f8e83aa148dd452cf96f5a66dcae3a6492d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "renegotiateSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="renegotiation")
    def renegotiation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "renegotiation"))

    @renegotiation.setter
    def renegotiation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0cea25faa6e14b92ed1ce043adb407bea11d6e5b20d154bd31f4dcd7481f0c74)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "renegotiation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="retainCertificate")
    def retain_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "retainCertificate"))

    @retain_certificate.setter
    def retain_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42766fa0773f9e452d0931b6d7e32a4cd030bfa3c0a2998fd8a6610f587af07c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "retainCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secureRenegotiation")
    def secure_renegotiation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "secureRenegotiation"))

    @secure_renegotiation.setter
    def secure_renegotiation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__419fddc8c2b4d725e2500b5c4836d7afa85dbfc9dea625bab11b2dc1811ffc40)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secureRenegotiation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverName")
    def server_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverName"))

    @server_name.setter
    def server_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__504c581160b67e9caadd51711ed3e8bef1f885440feace96e1e54a10d9d895c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sessionMirroring")
    def session_mirroring(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sessionMirroring"))

    @session_mirroring.setter
    def session_mirroring(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__703c456a68636d9a4a899910c321e8066ef313af98dd4aaf79247d2e59ee20ea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sessionMirroring", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sessionTicket")
    def session_ticket(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sessionTicket"))

    @session_ticket.setter
    def session_ticket(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c564dabb316878ebe9dea44989d87f6b65dc05bbf31301acafc9f153a5faac0d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sessionTicket", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sniDefault")
    def sni_default(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sniDefault"))

    @sni_default.setter
    def sni_default(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1e3b33283190a28f97d4d8ab3a59b2c5d5b920ae2580491fadd6935d2c1d3f8e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sniDefault", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sniRequire")
    def sni_require(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sniRequire"))

    @sni_require.setter
    def sni_require(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6dc58060d38fdf9995fac88d08391a7d57156c82ad612be8c62af4bf2710dbaf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sniRequire", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslC3D")
    def ssl_c3_d(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslC3D"))

    @ssl_c3_d.setter
    def ssl_c3_d(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6fbf38471ad54031a01b046c0713727d0042d216538bad8c349df3ba6182107a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslC3D", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslForwardProxy")
    def ssl_forward_proxy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslForwardProxy"))

    @ssl_forward_proxy.setter
    def ssl_forward_proxy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9d7880ea3d4886062404de0f702d6b5213adf595db1b76e17eb0678f57a06a65)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslForwardProxy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslForwardProxyBypass")
    def ssl_forward_proxy_bypass(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslForwardProxyBypass"))

    @ssl_forward_proxy_bypass.setter
    def ssl_forward_proxy_bypass(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__de46aabdde18a6f689f17205ecae3543b046e16eb3ff6a691235e8aab92546fc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslForwardProxyBypass", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslSignHash")
    def ssl_sign_hash(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslSignHash"))

    @ssl_sign_hash.setter
    def ssl_sign_hash(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e579630aa442f0d17b10fcc8ad837c55c59356415c37e36998428ccff362c945)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslSignHash", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="strictResume")
    def strict_resume(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "strictResume"))

    @strict_resume.setter
    def strict_resume(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__98a0390c9c12d0de7f07f4a045df36e4f376e341d1989262602d125b454cc22e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "strictResume", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tmOptions")
    def tm_options(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tmOptions"))

    @tm_options.setter
    def tm_options(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0069fff202f6e76050a3f5c93ff11054764bf868d8fd789bc22ab6fc1f32d66)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tmOptions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uncleanShutdown")
    def unclean_shutdown(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uncleanShutdown"))

    @unclean_shutdown.setter
    def unclean_shutdown(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2f042b230e670a20deb69a211f517044fbd99e2b32b4dcc2504a5e8e3f07412f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uncleanShutdown", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="untrustedCertResponseControl")
    def untrusted_cert_response_control(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "untrustedCertResponseControl"))

    @untrusted_cert_response_control.setter
    def untrusted_cert_response_control(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c6a03ad526bed9e90234e5b5c9e5b7f911ea73294072a0add2e96c8be3abe53)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "untrustedCertResponseControl", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileServerSsl.LtmProfileServerSslConfig",
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
        "alert_timeout": "alertTimeout",
        "authenticate": "authenticate",
        "authenticate_depth": "authenticateDepth",
        "c3_d_ca_cert": "c3DCaCert",
        "c3_d_ca_key": "c3DCaKey",
        "c3_d_ca_passphrase": "c3DCaPassphrase",
        "c3_d_cert_extension_custom_oids": "c3DCertExtensionCustomOids",
        "c3_d_cert_extension_includes": "c3DCertExtensionIncludes",
        "c3_d_certificate_extensions": "c3DCertificateExtensions",
        "c3_d_cert_lifespan": "c3DCertLifespan",
        "cache_size": "cacheSize",
        "cache_timeout": "cacheTimeout",
        "ca_file": "caFile",
        "cert": "cert",
        "chain": "chain",
        "cipher_group": "cipherGroup",
        "ciphers": "ciphers",
        "defaults_from": "defaultsFrom",
        "expire_cert_response_control": "expireCertResponseControl",
        "full_path": "fullPath",
        "generation": "generation",
        "generic_alert": "genericAlert",
        "handshake_timeout": "handshakeTimeout",
        "id": "id",
        "key": "key",
        "mode": "mode",
        "mod_ssl_methods": "modSslMethods",
        "partition": "partition",
        "passphrase": "passphrase",
        "peer_cert_mode": "peerCertMode",
        "proxy_ca_cert": "proxyCaCert",
        "proxy_ca_key": "proxyCaKey",
        "proxy_ssl": "proxySsl",
        "renegotiate_period": "renegotiatePeriod",
        "renegotiate_size": "renegotiateSize",
        "renegotiation": "renegotiation",
        "retain_certificate": "retainCertificate",
        "secure_renegotiation": "secureRenegotiation",
        "server_name": "serverName",
        "session_mirroring": "sessionMirroring",
        "session_ticket": "sessionTicket",
        "sni_default": "sniDefault",
        "sni_require": "sniRequire",
        "ssl_c3_d": "sslC3D",
        "ssl_forward_proxy": "sslForwardProxy",
        "ssl_forward_proxy_bypass": "sslForwardProxyBypass",
        "ssl_sign_hash": "sslSignHash",
        "strict_resume": "strictResume",
        "tm_options": "tmOptions",
        "unclean_shutdown": "uncleanShutdown",
        "untrusted_cert_response_control": "untrustedCertResponseControl",
    },
)
class LtmProfileServerSslConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        alert_timeout: typing.Optional[builtins.str] = None,
        authenticate: typing.Optional[builtins.str] = None,
        authenticate_depth: typing.Optional[jsii.Number] = None,
        c3_d_ca_cert: typing.Optional[builtins.str] = None,
        c3_d_ca_key: typing.Optional[builtins.str] = None,
        c3_d_ca_passphrase: typing.Optional[builtins.str] = None,
        c3_d_cert_extension_custom_oids: typing.Optional[typing.Sequence[builtins.str]] = None,
        c3_d_cert_extension_includes: typing.Optional[typing.Sequence[builtins.str]] = None,
        c3_d_certificate_extensions: typing.Optional[builtins.str] = None,
        c3_d_cert_lifespan: typing.Optional[jsii.Number] = None,
        cache_size: typing.Optional[jsii.Number] = None,
        cache_timeout: typing.Optional[jsii.Number] = None,
        ca_file: typing.Optional[builtins.str] = None,
        cert: typing.Optional[builtins.str] = None,
        chain: typing.Optional[builtins.str] = None,
        cipher_group: typing.Optional[builtins.str] = None,
        ciphers: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        expire_cert_response_control: typing.Optional[builtins.str] = None,
        full_path: typing.Optional[builtins.str] = None,
        generation: typing.Optional[jsii.Number] = None,
        generic_alert: typing.Optional[builtins.str] = None,
        handshake_timeout: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        mod_ssl_methods: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        passphrase: typing.Optional[builtins.str] = None,
        peer_cert_mode: typing.Optional[builtins.str] = None,
        proxy_ca_cert: typing.Optional[builtins.str] = None,
        proxy_ca_key: typing.Optional[builtins.str] = None,
        proxy_ssl: typing.Optional[builtins.str] = None,
        renegotiate_period: typing.Optional[builtins.str] = None,
        renegotiate_size: typing.Optional[builtins.str] = None,
        renegotiation: typing.Optional[builtins.str] = None,
        retain_certificate: typing.Optional[builtins.str] = None,
        secure_renegotiation: typing.Optional[builtins.str] = None,
        server_name: typing.Optional[builtins.str] = None,
        session_mirroring: typing.Optional[builtins.str] = None,
        session_ticket: typing.Optional[builtins.str] = None,
        sni_default: typing.Optional[builtins.str] = None,
        sni_require: typing.Optional[builtins.str] = None,
        ssl_c3_d: typing.Optional[builtins.str] = None,
        ssl_forward_proxy: typing.Optional[builtins.str] = None,
        ssl_forward_proxy_bypass: typing.Optional[builtins.str] = None,
        ssl_sign_hash: typing.Optional[builtins.str] = None,
        strict_resume: typing.Optional[builtins.str] = None,
        tm_options: typing.Optional[typing.Sequence[builtins.str]] = None,
        unclean_shutdown: typing.Optional[builtins.str] = None,
        untrusted_cert_response_control: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the Ssl Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#name LtmProfileServerSsl#name}
        :param alert_timeout: Alert time out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#alert_timeout LtmProfileServerSsl#alert_timeout}
        :param authenticate: Server authentication once / always (default is once). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#authenticate LtmProfileServerSsl#authenticate}
        :param authenticate_depth: Client certificate chain traversal depth. Default 9. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#authenticate_depth LtmProfileServerSsl#authenticate_depth}
        :param c3_d_ca_cert: CA Certificate. Default none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_ca_cert LtmProfileServerSsl#c3d_ca_cert}
        :param c3_d_ca_key: CA Key. Default none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_ca_key LtmProfileServerSsl#c3d_ca_key}
        :param c3_d_ca_passphrase: CA Passphrase. Default. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_ca_passphrase LtmProfileServerSsl#c3d_ca_passphrase}
        :param c3_d_cert_extension_custom_oids: Certificate Extensions List. Default. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_cert_extension_custom_oids LtmProfileServerSsl#c3d_cert_extension_custom_oids}
        :param c3_d_cert_extension_includes: Certificate Extensions Includes. Default Extensions List. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_cert_extension_includes LtmProfileServerSsl#c3d_cert_extension_includes}
        :param c3_d_certificate_extensions: CA Passphrase. Default enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_certificate_extensions LtmProfileServerSsl#c3d_certificate_extensions}
        :param c3_d_cert_lifespan: Certificate Lifespan. Default. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_cert_lifespan LtmProfileServerSsl#c3d_cert_lifespan}
        :param cache_size: Cache size (sessions). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cache_size LtmProfileServerSsl#cache_size}
        :param cache_timeout: Cache time out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cache_timeout LtmProfileServerSsl#cache_timeout}
        :param ca_file: Client certificate file path. Default None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ca_file LtmProfileServerSsl#ca_file}
        :param cert: Name of the server certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cert LtmProfileServerSsl#cert}
        :param chain: Server certificate chain name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#chain LtmProfileServerSsl#chain}
        :param cipher_group: Cipher group for the ssl server profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cipher_group LtmProfileServerSsl#cipher_group}
        :param ciphers: BigIP Cipher string. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ciphers LtmProfileServerSsl#ciphers}
        :param defaults_from: Profile name that this profile defaults from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#defaults_from LtmProfileServerSsl#defaults_from}
        :param expire_cert_response_control: Response if the cert is expired (drop / ignore). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#expire_cert_response_control LtmProfileServerSsl#expire_cert_response_control}
        :param full_path: full path of the profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#full_path LtmProfileServerSsl#full_path}
        :param generation: generation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#generation LtmProfileServerSsl#generation}
        :param generic_alert: Generic alerts enabled / disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#generic_alert LtmProfileServerSsl#generic_alert}
        :param handshake_timeout: Handshake time out (seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#handshake_timeout LtmProfileServerSsl#handshake_timeout}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#id LtmProfileServerSsl#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param key: Name of the Server SSL profile key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#key LtmProfileServerSsl#key}
        :param mode: ModSSL Methods enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#mode LtmProfileServerSsl#mode}
        :param mod_ssl_methods: ModSSL Methods enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#mod_ssl_methods LtmProfileServerSsl#mod_ssl_methods}
        :param partition: name of partition. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#partition LtmProfileServerSsl#partition}
        :param passphrase: Client Certificate Constrained Delegation CA passphrase. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#passphrase LtmProfileServerSsl#passphrase}
        :param peer_cert_mode: Peer Cert Mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#peer_cert_mode LtmProfileServerSsl#peer_cert_mode}
        :param proxy_ca_cert: Proxy CA Cert. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#proxy_ca_cert LtmProfileServerSsl#proxy_ca_cert}
        :param proxy_ca_key: Proxy CA Key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#proxy_ca_key LtmProfileServerSsl#proxy_ca_key}
        :param proxy_ssl: Proxy SSL enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#proxy_ssl LtmProfileServerSsl#proxy_ssl}
        :param renegotiate_period: Renogotiate Period (seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#renegotiate_period LtmProfileServerSsl#renegotiate_period}
        :param renegotiate_size: Renogotiate Size. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#renegotiate_size LtmProfileServerSsl#renegotiate_size}
        :param renegotiation: Renegotiation (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#renegotiation LtmProfileServerSsl#renegotiation}
        :param retain_certificate: Retain certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#retain_certificate LtmProfileServerSsl#retain_certificate}
        :param secure_renegotiation: Secure reneogotiaton (request / require / require-strict). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#secure_renegotiation LtmProfileServerSsl#secure_renegotiation}
        :param server_name: Server name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#server_name LtmProfileServerSsl#server_name}
        :param session_mirroring: Session Mirroring (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#session_mirroring LtmProfileServerSsl#session_mirroring}
        :param session_ticket: Session Ticket (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#session_ticket LtmProfileServerSsl#session_ticket}
        :param sni_default: SNI Default (true / false). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#sni_default LtmProfileServerSsl#sni_default}
        :param sni_require: SNI Require (true / false). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#sni_require LtmProfileServerSsl#sni_require}
        :param ssl_c3_d: Client Certificate Constrained Delegation. Default disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_c3d LtmProfileServerSsl#ssl_c3d}
        :param ssl_forward_proxy: SSL forward Proxy (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_forward_proxy LtmProfileServerSsl#ssl_forward_proxy}
        :param ssl_forward_proxy_bypass: SSL forward Proxy Bypass (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_forward_proxy_bypass LtmProfileServerSsl#ssl_forward_proxy_bypass}
        :param ssl_sign_hash: SSL sign hash (any, sha1, sha256, sha384). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_sign_hash LtmProfileServerSsl#ssl_sign_hash}
        :param strict_resume: Strict Resume (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#strict_resume LtmProfileServerSsl#strict_resume}
        :param tm_options: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#tm_options LtmProfileServerSsl#tm_options}.
        :param unclean_shutdown: Unclean Shutdown (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#unclean_shutdown LtmProfileServerSsl#unclean_shutdown}
        :param untrusted_cert_response_control: Unclean Shutdown (drop / ignore). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#untrusted_cert_response_control LtmProfileServerSsl#untrusted_cert_response_control}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__671c7550da47031dcf906b1adcb966e19adb76701e8f486a3e7c4b4ddeb81075)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument alert_timeout", value=alert_timeout, expected_type=type_hints["alert_timeout"])
            check_type(argname="argument authenticate", value=authenticate, expected_type=type_hints["authenticate"])
            check_type(argname="argument authenticate_depth", value=authenticate_depth, expected_type=type_hints["authenticate_depth"])
            check_type(argname="argument c3_d_ca_cert", value=c3_d_ca_cert, expected_type=type_hints["c3_d_ca_cert"])
            check_type(argname="argument c3_d_ca_key", value=c3_d_ca_key, expected_type=type_hints["c3_d_ca_key"])
            check_type(argname="argument c3_d_ca_passphrase", value=c3_d_ca_passphrase, expected_type=type_hints["c3_d_ca_passphrase"])
            check_type(argname="argument c3_d_cert_extension_custom_oids", value=c3_d_cert_extension_custom_oids, expected_type=type_hints["c3_d_cert_extension_custom_oids"])
            check_type(argname="argument c3_d_cert_extension_includes", value=c3_d_cert_extension_includes, expected_type=type_hints["c3_d_cert_extension_includes"])
            check_type(argname="argument c3_d_certificate_extensions", value=c3_d_certificate_extensions, expected_type=type_hints["c3_d_certificate_extensions"])
            check_type(argname="argument c3_d_cert_lifespan", value=c3_d_cert_lifespan, expected_type=type_hints["c3_d_cert_lifespan"])
            check_type(argname="argument cache_size", value=cache_size, expected_type=type_hints["cache_size"])
            check_type(argname="argument cache_timeout", value=cache_timeout, expected_type=type_hints["cache_timeout"])
            check_type(argname="argument ca_file", value=ca_file, expected_type=type_hints["ca_file"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument chain", value=chain, expected_type=type_hints["chain"])
            check_type(argname="argument cipher_group", value=cipher_group, expected_type=type_hints["cipher_group"])
            check_type(argname="argument ciphers", value=ciphers, expected_type=type_hints["ciphers"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument expire_cert_response_control", value=expire_cert_response_control, expected_type=type_hints["expire_cert_response_control"])
            check_type(argname="argument full_path", value=full_path, expected_type=type_hints["full_path"])
            check_type(argname="argument generation", value=generation, expected_type=type_hints["generation"])
            check_type(argname="argument generic_alert", value=generic_alert, expected_type=type_hints["generic_alert"])
            check_type(argname="argument handshake_timeout", value=handshake_timeout, expected_type=type_hints["handshake_timeout"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument mod_ssl_methods", value=mod_ssl_methods, expected_type=type_hints["mod_ssl_methods"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument passphrase", value=passphrase, expected_type=type_hints["passphrase"])
            check_type(argname="argument peer_cert_mode", value=peer_cert_mode, expected_type=type_hints["peer_cert_mode"])
            check_type(argname="argument proxy_ca_cert", value=proxy_ca_cert, expected_type=type_hints["proxy_ca_cert"])
            check_type(argname="argument proxy_ca_key", value=proxy_ca_key, expected_type=type_hints["proxy_ca_key"])
            check_type(argname="argument proxy_ssl", value=proxy_ssl, expected_type=type_hints["proxy_ssl"])
            check_type(argname="argument renegotiate_period", value=renegotiate_period, expected_type=type_hints["renegotiate_period"])
            check_type(argname="argument renegotiate_size", value=renegotiate_size, expected_type=type_hints["renegotiate_size"])
            check_type(argname="argument renegotiation", value=renegotiation, expected_type=type_hints["renegotiation"])
            check_type(argname="argument retain_certificate", value=retain_certificate, expected_type=type_hints["retain_certificate"])
            check_type(argname="argument secure_renegotiation", value=secure_renegotiation, expected_type=type_hints["secure_renegotiation"])
            check_type(argname="argument server_name", value=server_name, expected_type=type_hints["server_name"])
            check_type(argname="argument session_mirroring", value=session_mirroring, expected_type=type_hints["session_mirroring"])
            check_type(argname="argument session_ticket", value=session_ticket, expected_type=type_hints["session_ticket"])
            check_type(argname="argument sni_default", value=sni_default, expected_type=type_hints["sni_default"])
            check_type(argname="argument sni_require", value=sni_require, expected_type=type_hints["sni_require"])
            check_type(argname="argument ssl_c3_d", value=ssl_c3_d, expected_type=type_hints["ssl_c3_d"])
            check_type(argname="argument ssl_forward_proxy", value=ssl_forward_proxy, expected_type=type_hints["ssl_forward_proxy"])
            check_type(argname="argument ssl_forward_proxy_bypass", value=ssl_forward_proxy_bypass, expected_type=type_hints["ssl_forward_proxy_bypass"])
            check_type(argname="argument ssl_sign_hash", value=ssl_sign_hash, expected_type=type_hints["ssl_sign_hash"])
            check_type(argname="argument strict_resume", value=strict_resume, expected_type=type_hints["strict_resume"])
            check_type(argname="argument tm_options", value=tm_options, expected_type=type_hints["tm_options"])
            check_type(argname="argument unclean_shutdown", value=unclean_shutdown, expected_type=type_hints["unclean_shutdown"])
            check_type(argname="argument untrusted_cert_response_control", value=untrusted_cert_response_control, expected_type=type_hints["untrusted_cert_response_control"])
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
        if alert_timeout is not None:
            self._values["alert_timeout"] = alert_timeout
        if authenticate is not None:
            self._values["authenticate"] = authenticate
        if authenticate_depth is not None:
            self._values["authenticate_depth"] = authenticate_depth
        if c3_d_ca_cert is not None:
            self._values["c3_d_ca_cert"] = c3_d_ca_cert
        if c3_d_ca_key is not None:
            self._values["c3_d_ca_key"] = c3_d_ca_key
        if c3_d_ca_passphrase is not None:
            self._values["c3_d_ca_passphrase"] = c3_d_ca_passphrase
        if c3_d_cert_extension_custom_oids is not None:
            self._values["c3_d_cert_extension_custom_oids"] = c3_d_cert_extension_custom_oids
        if c3_d_cert_extension_includes is not None:
            self._values["c3_d_cert_extension_includes"] = c3_d_cert_extension_includes
        if c3_d_certificate_extensions is not None:
            self._values["c3_d_certificate_extensions"] = c3_d_certificate_extensions
        if c3_d_cert_lifespan is not None:
            self._values["c3_d_cert_lifespan"] = c3_d_cert_lifespan
        if cache_size is not None:
            self._values["cache_size"] = cache_size
        if cache_timeout is not None:
            self._values["cache_timeout"] = cache_timeout
        if ca_file is not None:
            self._values["ca_file"] = ca_file
        if cert is not None:
            self._values["cert"] = cert
        if chain is not None:
            self._values["chain"] = chain
        if cipher_group is not None:
            self._values["cipher_group"] = cipher_group
        if ciphers is not None:
            self._values["ciphers"] = ciphers
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if expire_cert_response_control is not None:
            self._values["expire_cert_response_control"] = expire_cert_response_control
        if full_path is not None:
            self._values["full_path"] = full_path
        if generation is not None:
            self._values["generation"] = generation
        if generic_alert is not None:
            self._values["generic_alert"] = generic_alert
        if handshake_timeout is not None:
            self._values["handshake_timeout"] = handshake_timeout
        if id is not None:
            self._values["id"] = id
        if key is not None:
            self._values["key"] = key
        if mode is not None:
            self._values["mode"] = mode
        if mod_ssl_methods is not None:
            self._values["mod_ssl_methods"] = mod_ssl_methods
        if partition is not None:
            self._values["partition"] = partition
        if passphrase is not None:
            self._values["passphrase"] = passphrase
        if peer_cert_mode is not None:
            self._values["peer_cert_mode"] = peer_cert_mode
        if proxy_ca_cert is not None:
            self._values["proxy_ca_cert"] = proxy_ca_cert
        if proxy_ca_key is not None:
            self._values["proxy_ca_key"] = proxy_ca_key
        if proxy_ssl is not None:
            self._values["proxy_ssl"] = proxy_ssl
        if renegotiate_period is not None:
            self._values["renegotiate_period"] = renegotiate_period
        if renegotiate_size is not None:
            self._values["renegotiate_size"] = renegotiate_size
        if renegotiation is not None:
            self._values["renegotiation"] = renegotiation
        if retain_certificate is not None:
            self._values["retain_certificate"] = retain_certificate
        if secure_renegotiation is not None:
            self._values["secure_renegotiation"] = secure_renegotiation
        if server_name is not None:
            self._values["server_name"] = server_name
        if session_mirroring is not None:
            self._values["session_mirroring"] = session_mirroring
        if session_ticket is not None:
            self._values["session_ticket"] = session_ticket
        if sni_default is not None:
            self._values["sni_default"] = sni_default
        if sni_require is not None:
            self._values["sni_require"] = sni_require
        if ssl_c3_d is not None:
            self._values["ssl_c3_d"] = ssl_c3_d
        if ssl_forward_proxy is not None:
            self._values["ssl_forward_proxy"] = ssl_forward_proxy
        if ssl_forward_proxy_bypass is not None:
            self._values["ssl_forward_proxy_bypass"] = ssl_forward_proxy_bypass
        if ssl_sign_hash is not None:
            self._values["ssl_sign_hash"] = ssl_sign_hash
        if strict_resume is not None:
            self._values["strict_resume"] = strict_resume
        if tm_options is not None:
            self._values["tm_options"] = tm_options
        if unclean_shutdown is not None:
            self._values["unclean_shutdown"] = unclean_shutdown
        if untrusted_cert_response_control is not None:
            self._values["untrusted_cert_response_control"] = untrusted_cert_response_control

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
        '''Name of the Ssl Profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#name LtmProfileServerSsl#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def alert_timeout(self) -> typing.Optional[builtins.str]:
        '''Alert time out.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#alert_timeout LtmProfileServerSsl#alert_timeout}
        '''
        result = self._values.get("alert_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authenticate(self) -> typing.Optional[builtins.str]:
        '''Server authentication once / always (default is once).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#authenticate LtmProfileServerSsl#authenticate}
        '''
        result = self._values.get("authenticate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authenticate_depth(self) -> typing.Optional[jsii.Number]:
        '''Client certificate chain traversal depth.  Default 9.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#authenticate_depth LtmProfileServerSsl#authenticate_depth}
        '''
        result = self._values.get("authenticate_depth")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def c3_d_ca_cert(self) -> typing.Optional[builtins.str]:
        '''CA Certificate. Default none.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_ca_cert LtmProfileServerSsl#c3d_ca_cert}
        '''
        result = self._values.get("c3_d_ca_cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def c3_d_ca_key(self) -> typing.Optional[builtins.str]:
        '''CA Key.  Default none.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_ca_key LtmProfileServerSsl#c3d_ca_key}
        '''
        result = self._values.get("c3_d_ca_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def c3_d_ca_passphrase(self) -> typing.Optional[builtins.str]:
        '''CA Passphrase. Default.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_ca_passphrase LtmProfileServerSsl#c3d_ca_passphrase}
        '''
        result = self._values.get("c3_d_ca_passphrase")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def c3_d_cert_extension_custom_oids(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''Certificate Extensions List.  Default.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_cert_extension_custom_oids LtmProfileServerSsl#c3d_cert_extension_custom_oids}
        '''
        result = self._values.get("c3_d_cert_extension_custom_oids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def c3_d_cert_extension_includes(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''Certificate Extensions Includes. Default Extensions List.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_cert_extension_includes LtmProfileServerSsl#c3d_cert_extension_includes}
        '''
        result = self._values.get("c3_d_cert_extension_includes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def c3_d_certificate_extensions(self) -> typing.Optional[builtins.str]:
        '''CA Passphrase. Default enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_certificate_extensions LtmProfileServerSsl#c3d_certificate_extensions}
        '''
        result = self._values.get("c3_d_certificate_extensions")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def c3_d_cert_lifespan(self) -> typing.Optional[jsii.Number]:
        '''Certificate Lifespan.  Default.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#c3d_cert_lifespan LtmProfileServerSsl#c3d_cert_lifespan}
        '''
        result = self._values.get("c3_d_cert_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cache_size(self) -> typing.Optional[jsii.Number]:
        '''Cache size (sessions).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cache_size LtmProfileServerSsl#cache_size}
        '''
        result = self._values.get("cache_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cache_timeout(self) -> typing.Optional[jsii.Number]:
        '''Cache time out.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cache_timeout LtmProfileServerSsl#cache_timeout}
        '''
        result = self._values.get("cache_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ca_file(self) -> typing.Optional[builtins.str]:
        '''Client certificate file path.  Default None.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ca_file LtmProfileServerSsl#ca_file}
        '''
        result = self._values.get("ca_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert(self) -> typing.Optional[builtins.str]:
        '''Name of the server certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cert LtmProfileServerSsl#cert}
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def chain(self) -> typing.Optional[builtins.str]:
        '''Server certificate chain name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#chain LtmProfileServerSsl#chain}
        '''
        result = self._values.get("chain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cipher_group(self) -> typing.Optional[builtins.str]:
        '''Cipher group for the ssl server profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#cipher_group LtmProfileServerSsl#cipher_group}
        '''
        result = self._values.get("cipher_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ciphers(self) -> typing.Optional[builtins.str]:
        '''BigIP Cipher string.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ciphers LtmProfileServerSsl#ciphers}
        '''
        result = self._values.get("ciphers")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Profile name that this profile defaults from.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#defaults_from LtmProfileServerSsl#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expire_cert_response_control(self) -> typing.Optional[builtins.str]:
        '''Response if the cert is expired (drop / ignore).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#expire_cert_response_control LtmProfileServerSsl#expire_cert_response_control}
        '''
        result = self._values.get("expire_cert_response_control")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def full_path(self) -> typing.Optional[builtins.str]:
        '''full path of the profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#full_path LtmProfileServerSsl#full_path}
        '''
        result = self._values.get("full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def generation(self) -> typing.Optional[jsii.Number]:
        '''generation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#generation LtmProfileServerSsl#generation}
        '''
        result = self._values.get("generation")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def generic_alert(self) -> typing.Optional[builtins.str]:
        '''Generic alerts enabled / disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#generic_alert LtmProfileServerSsl#generic_alert}
        '''
        result = self._values.get("generic_alert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def handshake_timeout(self) -> typing.Optional[builtins.str]:
        '''Handshake time out (seconds).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#handshake_timeout LtmProfileServerSsl#handshake_timeout}
        '''
        result = self._values.get("handshake_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#id LtmProfileServerSsl#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Name of the Server SSL profile key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#key LtmProfileServerSsl#key}
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''ModSSL Methods enabled / disabled.  Default is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#mode LtmProfileServerSsl#mode}
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mod_ssl_methods(self) -> typing.Optional[builtins.str]:
        '''ModSSL Methods enabled / disabled.  Default is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#mod_ssl_methods LtmProfileServerSsl#mod_ssl_methods}
        '''
        result = self._values.get("mod_ssl_methods")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''name of partition.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#partition LtmProfileServerSsl#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def passphrase(self) -> typing.Optional[builtins.str]:
        '''Client Certificate Constrained Delegation CA passphrase.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#passphrase LtmProfileServerSsl#passphrase}
        '''
        result = self._values.get("passphrase")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peer_cert_mode(self) -> typing.Optional[builtins.str]:
        '''Peer Cert Mode.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#peer_cert_mode LtmProfileServerSsl#peer_cert_mode}
        '''
        result = self._values.get("peer_cert_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_ca_cert(self) -> typing.Optional[builtins.str]:
        '''Proxy CA Cert.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#proxy_ca_cert LtmProfileServerSsl#proxy_ca_cert}
        '''
        result = self._values.get("proxy_ca_cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_ca_key(self) -> typing.Optional[builtins.str]:
        '''Proxy CA Key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#proxy_ca_key LtmProfileServerSsl#proxy_ca_key}
        '''
        result = self._values.get("proxy_ca_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_ssl(self) -> typing.Optional[builtins.str]:
        '''Proxy SSL enabled / disabled.  Default is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#proxy_ssl LtmProfileServerSsl#proxy_ssl}
        '''
        result = self._values.get("proxy_ssl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def renegotiate_period(self) -> typing.Optional[builtins.str]:
        '''Renogotiate Period (seconds).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#renegotiate_period LtmProfileServerSsl#renegotiate_period}
        '''
        result = self._values.get("renegotiate_period")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def renegotiate_size(self) -> typing.Optional[builtins.str]:
        '''Renogotiate Size.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#renegotiate_size LtmProfileServerSsl#renegotiate_size}
        '''
        result = self._values.get("renegotiate_size")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def renegotiation(self) -> typing.Optional[builtins.str]:
        '''Renegotiation (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#renegotiation LtmProfileServerSsl#renegotiation}
        '''
        result = self._values.get("renegotiation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retain_certificate(self) -> typing.Optional[builtins.str]:
        '''Retain certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#retain_certificate LtmProfileServerSsl#retain_certificate}
        '''
        result = self._values.get("retain_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secure_renegotiation(self) -> typing.Optional[builtins.str]:
        '''Secure reneogotiaton (request / require / require-strict).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#secure_renegotiation LtmProfileServerSsl#secure_renegotiation}
        '''
        result = self._values.get("secure_renegotiation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''Server name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#server_name LtmProfileServerSsl#server_name}
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_mirroring(self) -> typing.Optional[builtins.str]:
        '''Session Mirroring (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#session_mirroring LtmProfileServerSsl#session_mirroring}
        '''
        result = self._values.get("session_mirroring")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_ticket(self) -> typing.Optional[builtins.str]:
        '''Session Ticket (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#session_ticket LtmProfileServerSsl#session_ticket}
        '''
        result = self._values.get("session_ticket")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni_default(self) -> typing.Optional[builtins.str]:
        '''SNI Default (true / false).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#sni_default LtmProfileServerSsl#sni_default}
        '''
        result = self._values.get("sni_default")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni_require(self) -> typing.Optional[builtins.str]:
        '''SNI Require (true / false).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#sni_require LtmProfileServerSsl#sni_require}
        '''
        result = self._values.get("sni_require")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_c3_d(self) -> typing.Optional[builtins.str]:
        '''Client Certificate Constrained Delegation. Default disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_c3d LtmProfileServerSsl#ssl_c3d}
        '''
        result = self._values.get("ssl_c3_d")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_forward_proxy(self) -> typing.Optional[builtins.str]:
        '''SSL forward Proxy (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_forward_proxy LtmProfileServerSsl#ssl_forward_proxy}
        '''
        result = self._values.get("ssl_forward_proxy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_forward_proxy_bypass(self) -> typing.Optional[builtins.str]:
        '''SSL forward Proxy Bypass (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_forward_proxy_bypass LtmProfileServerSsl#ssl_forward_proxy_bypass}
        '''
        result = self._values.get("ssl_forward_proxy_bypass")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_sign_hash(self) -> typing.Optional[builtins.str]:
        '''SSL sign hash (any, sha1, sha256, sha384).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#ssl_sign_hash LtmProfileServerSsl#ssl_sign_hash}
        '''
        result = self._values.get("ssl_sign_hash")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def strict_resume(self) -> typing.Optional[builtins.str]:
        '''Strict Resume (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#strict_resume LtmProfileServerSsl#strict_resume}
        '''
        result = self._values.get("strict_resume")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tm_options(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#tm_options LtmProfileServerSsl#tm_options}.'''
        result = self._values.get("tm_options")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def unclean_shutdown(self) -> typing.Optional[builtins.str]:
        '''Unclean Shutdown (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#unclean_shutdown LtmProfileServerSsl#unclean_shutdown}
        '''
        result = self._values.get("unclean_shutdown")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def untrusted_cert_response_control(self) -> typing.Optional[builtins.str]:
        '''Unclean Shutdown (drop / ignore).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_server_ssl#untrusted_cert_response_control LtmProfileServerSsl#untrusted_cert_response_control}
        '''
        result = self._values.get("untrusted_cert_response_control")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileServerSslConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmProfileServerSsl",
    "LtmProfileServerSslConfig",
]

publication.publish()

def _typecheckingstub__10ebcbd3809836332da8970b3f5a8bbf6e3536ca3aa4c2ee670da1b0ad47f06c(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    alert_timeout: typing.Optional[builtins.str] = None,
    authenticate: typing.Optional[builtins.str] = None,
    authenticate_depth: typing.Optional[jsii.Number] = None,
    c3_d_ca_cert: typing.Optional[builtins.str] = None,
    c3_d_ca_key: typing.Optional[builtins.str] = None,
    c3_d_ca_passphrase: typing.Optional[builtins.str] = None,
    c3_d_cert_extension_custom_oids: typing.Optional[typing.Sequence[builtins.str]] = None,
    c3_d_cert_extension_includes: typing.Optional[typing.Sequence[builtins.str]] = None,
    c3_d_certificate_extensions: typing.Optional[builtins.str] = None,
    c3_d_cert_lifespan: typing.Optional[jsii.Number] = None,
    cache_size: typing.Optional[jsii.Number] = None,
    cache_timeout: typing.Optional[jsii.Number] = None,
    ca_file: typing.Optional[builtins.str] = None,
    cert: typing.Optional[builtins.str] = None,
    chain: typing.Optional[builtins.str] = None,
    cipher_group: typing.Optional[builtins.str] = None,
    ciphers: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    expire_cert_response_control: typing.Optional[builtins.str] = None,
    full_path: typing.Optional[builtins.str] = None,
    generation: typing.Optional[jsii.Number] = None,
    generic_alert: typing.Optional[builtins.str] = None,
    handshake_timeout: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    mod_ssl_methods: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    passphrase: typing.Optional[builtins.str] = None,
    peer_cert_mode: typing.Optional[builtins.str] = None,
    proxy_ca_cert: typing.Optional[builtins.str] = None,
    proxy_ca_key: typing.Optional[builtins.str] = None,
    proxy_ssl: typing.Optional[builtins.str] = None,
    renegotiate_period: typing.Optional[builtins.str] = None,
    renegotiate_size: typing.Optional[builtins.str] = None,
    renegotiation: typing.Optional[builtins.str] = None,
    retain_certificate: typing.Optional[builtins.str] = None,
    secure_renegotiation: typing.Optional[builtins.str] = None,
    server_name: typing.Optional[builtins.str] = None,
    session_mirroring: typing.Optional[builtins.str] = None,
    session_ticket: typing.Optional[builtins.str] = None,
    sni_default: typing.Optional[builtins.str] = None,
    sni_require: typing.Optional[builtins.str] = None,
    ssl_c3_d: typing.Optional[builtins.str] = None,
    ssl_forward_proxy: typing.Optional[builtins.str] = None,
    ssl_forward_proxy_bypass: typing.Optional[builtins.str] = None,
    ssl_sign_hash: typing.Optional[builtins.str] = None,
    strict_resume: typing.Optional[builtins.str] = None,
    tm_options: typing.Optional[typing.Sequence[builtins.str]] = None,
    unclean_shutdown: typing.Optional[builtins.str] = None,
    untrusted_cert_response_control: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__f2880abd9fe943e7cc81ce95308006161a2e3d0b140bbbb8c9a8f4716888e53b(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e25206fdcf1beee5d84bbd0646c15f4ef46f0d514a3b2d612374ae5973716a8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38e6c91c15c8aa4ad04dbf2aedc3f013e76df395b9b63d39ca6ed7c6c9ded5a8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3eb1c70efca42640c868cc7dfccbb382337a903197e1baa4e771f34c4e285769(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c97686bb2fc2c17983cb7273fb56a2ab6d8fbdf8a21e50a78cbfdb91727563d3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71a21b72eb99f54d9b3c1d00d91a86e5721c89db98c612033649ee5dfdb70067(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b18dd1fe74a20d6cf1bc70629f8d9427c65b800c003b4175e298b730f4535296(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8dba492ad13e1ed728c86a862097f9c38aad7e9295788b7c6826e36e9e03ccad(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13099d36650337b37f36e2ef947e19992a695f60e0d330bdb41b807958f1813e(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42fb17db6c03c93e8db018b4af56b3a276510f9367289ff77b941e5076917c08(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fc61c373b501cacea11fed8f9ac5079f7cdb1c3a54afd9abaf01ddf36786b39(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67c3b29d7d6e1a82239df14c727fa99faac8c86b4c878429c0325b654775e294(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e6083da4e9d86547a73ec8b104f70dde34220b871159982ade91aab8f0b8cae(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a77fdee6492df5dbcda9f7e0214dadea553d71f0c3f29733fcf91a03785a4aa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06b603ce7fa1ace532c1a4fe53a4d2029a89c1a342082c2ec888cfe76ce752a1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11c14a1af4362e4eeecc3e86a770efd53495ff5207fee99abf0f15fc422a5609(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5fd123d1b8ad0b8bcc2cee7fa586678819fc50ce46e56076286db8c7a32635a7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eed1f8523e609c439dcf5c26cd49ebc79e41d311fd0363b85a30034357b461bc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8c8c992e6ecb0824d85f82cd54caa7ba2fdde1a7a408fd0ab1ef1c7735040d3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3333ebfb6d67d82fd670cdd7c4650c0942f56b09b12d06f6c1e2869d1756df0f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89e75a8d4189fadcec5b28d1ceef2e00296a4eb9c3c63f45b6dfacc5865ca201(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__289333f0d676136aec9afe686c2264f006e6a01bb84ffec2158e9c2df27a1cfa(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f964cb16610dd7f383af5074060845fb37001bc4fc699ee59fb9c1b630b096f4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c249118d2ec4732842ce02e672a29d82e874aba291802415076a5de924af5cb0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32170c03f72020539b7da2409c035399232a6cd2cf1427c35075dae4116f3b16(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09977d60746603c72e2bd597787bf09c8533f6999123b047b4d4422b12396395(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23e4684a8bc9380b51a81feaa1a329cd9f009db3234ba16454d8ed9441aafd68(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce8976c102d68655587aaf517e456f86dedae3fec9d4b00a2d4bdc8dc26050fb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6992be2f0229101c7f47e4d3c25a74192cc77dc97feca7c336f7c83ee886677b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a43f2c38cee5ace22108bec760784b88cc5a22a29273ec2f5920e6a07bc4dd15(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cebb844730a4c27754809a95d0f0108163c41f0f8e6b02995570d290d86352e8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44d7810d80ccd7120e99cc7e79b7b89631a9ed4ada53c5c500f5794a174fe14a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7fa502e4169f97ed4ca5eb52eab1b4e3d1907c62ec16014800ccfcf77113b0b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__270ed9b1fa9a5ce06a9d7faf1d8869bb04d5447b46a707685fc72c66f821d6e7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f582d224db5d49664616b8b6b65b8b575fa96f5bebeaffd3b790b2d92c510a9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44fe23fbc05f6b978443dc12fc97c6dadfac7e095e6c739e20b338321c4265dc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3803b654361a7f57d1ad633723c54f8e83aa148dd452cf96f5a66dcae3a6492d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cea25faa6e14b92ed1ce043adb407bea11d6e5b20d154bd31f4dcd7481f0c74(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42766fa0773f9e452d0931b6d7e32a4cd030bfa3c0a2998fd8a6610f587af07c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__419fddc8c2b4d725e2500b5c4836d7afa85dbfc9dea625bab11b2dc1811ffc40(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__504c581160b67e9caadd51711ed3e8bef1f885440feace96e1e54a10d9d895c4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__703c456a68636d9a4a899910c321e8066ef313af98dd4aaf79247d2e59ee20ea(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c564dabb316878ebe9dea44989d87f6b65dc05bbf31301acafc9f153a5faac0d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e3b33283190a28f97d4d8ab3a59b2c5d5b920ae2580491fadd6935d2c1d3f8e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6dc58060d38fdf9995fac88d08391a7d57156c82ad612be8c62af4bf2710dbaf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fbf38471ad54031a01b046c0713727d0042d216538bad8c349df3ba6182107a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d7880ea3d4886062404de0f702d6b5213adf595db1b76e17eb0678f57a06a65(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de46aabdde18a6f689f17205ecae3543b046e16eb3ff6a691235e8aab92546fc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e579630aa442f0d17b10fcc8ad837c55c59356415c37e36998428ccff362c945(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98a0390c9c12d0de7f07f4a045df36e4f376e341d1989262602d125b454cc22e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0069fff202f6e76050a3f5c93ff11054764bf868d8fd789bc22ab6fc1f32d66(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f042b230e670a20deb69a211f517044fbd99e2b32b4dcc2504a5e8e3f07412f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c6a03ad526bed9e90234e5b5c9e5b7f911ea73294072a0add2e96c8be3abe53(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__671c7550da47031dcf906b1adcb966e19adb76701e8f486a3e7c4b4ddeb81075(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    alert_timeout: typing.Optional[builtins.str] = None,
    authenticate: typing.Optional[builtins.str] = None,
    authenticate_depth: typing.Optional[jsii.Number] = None,
    c3_d_ca_cert: typing.Optional[builtins.str] = None,
    c3_d_ca_key: typing.Optional[builtins.str] = None,
    c3_d_ca_passphrase: typing.Optional[builtins.str] = None,
    c3_d_cert_extension_custom_oids: typing.Optional[typing.Sequence[builtins.str]] = None,
    c3_d_cert_extension_includes: typing.Optional[typing.Sequence[builtins.str]] = None,
    c3_d_certificate_extensions: typing.Optional[builtins.str] = None,
    c3_d_cert_lifespan: typing.Optional[jsii.Number] = None,
    cache_size: typing.Optional[jsii.Number] = None,
    cache_timeout: typing.Optional[jsii.Number] = None,
    ca_file: typing.Optional[builtins.str] = None,
    cert: typing.Optional[builtins.str] = None,
    chain: typing.Optional[builtins.str] = None,
    cipher_group: typing.Optional[builtins.str] = None,
    ciphers: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    expire_cert_response_control: typing.Optional[builtins.str] = None,
    full_path: typing.Optional[builtins.str] = None,
    generation: typing.Optional[jsii.Number] = None,
    generic_alert: typing.Optional[builtins.str] = None,
    handshake_timeout: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    mod_ssl_methods: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    passphrase: typing.Optional[builtins.str] = None,
    peer_cert_mode: typing.Optional[builtins.str] = None,
    proxy_ca_cert: typing.Optional[builtins.str] = None,
    proxy_ca_key: typing.Optional[builtins.str] = None,
    proxy_ssl: typing.Optional[builtins.str] = None,
    renegotiate_period: typing.Optional[builtins.str] = None,
    renegotiate_size: typing.Optional[builtins.str] = None,
    renegotiation: typing.Optional[builtins.str] = None,
    retain_certificate: typing.Optional[builtins.str] = None,
    secure_renegotiation: typing.Optional[builtins.str] = None,
    server_name: typing.Optional[builtins.str] = None,
    session_mirroring: typing.Optional[builtins.str] = None,
    session_ticket: typing.Optional[builtins.str] = None,
    sni_default: typing.Optional[builtins.str] = None,
    sni_require: typing.Optional[builtins.str] = None,
    ssl_c3_d: typing.Optional[builtins.str] = None,
    ssl_forward_proxy: typing.Optional[builtins.str] = None,
    ssl_forward_proxy_bypass: typing.Optional[builtins.str] = None,
    ssl_sign_hash: typing.Optional[builtins.str] = None,
    strict_resume: typing.Optional[builtins.str] = None,
    tm_options: typing.Optional[typing.Sequence[builtins.str]] = None,
    unclean_shutdown: typing.Optional[builtins.str] = None,
    untrusted_cert_response_control: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
