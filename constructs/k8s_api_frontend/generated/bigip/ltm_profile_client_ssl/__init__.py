r'''
# `bigip_ltm_profile_client_ssl`

Refer to the Terraform Registry for docs: [`bigip_ltm_profile_client_ssl`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl).
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


class LtmProfileClientSsl(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileClientSsl.LtmProfileClientSsl",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl bigip_ltm_profile_client_ssl}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        alert_timeout: typing.Optional[builtins.str] = None,
        allow_expired_crl: typing.Optional[builtins.str] = None,
        allow_non_ssl: typing.Optional[builtins.str] = None,
        authenticate: typing.Optional[builtins.str] = None,
        authenticate_depth: typing.Optional[jsii.Number] = None,
        c3_d_client_fallback_cert: typing.Optional[builtins.str] = None,
        c3_d_drop_unknown_ocsp_status: typing.Optional[builtins.str] = None,
        c3_d_ocsp: typing.Optional[builtins.str] = None,
        cache_size: typing.Optional[jsii.Number] = None,
        cache_timeout: typing.Optional[jsii.Number] = None,
        ca_file: typing.Optional[builtins.str] = None,
        cert: typing.Optional[builtins.str] = None,
        cert_extension_includes: typing.Optional[typing.Sequence[builtins.str]] = None,
        cert_key_chain: typing.Optional[typing.Union["LtmProfileClientSslCertKeyChain", typing.Dict[builtins.str, typing.Any]]] = None,
        cert_life_span: typing.Optional[jsii.Number] = None,
        cert_lookup_by_ipaddr_port: typing.Optional[builtins.str] = None,
        chain: typing.Optional[builtins.str] = None,
        cipher_group: typing.Optional[builtins.str] = None,
        ciphers: typing.Optional[builtins.str] = None,
        client_cert_ca: typing.Optional[builtins.str] = None,
        crl_file: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        forward_proxy_bypass_default_action: typing.Optional[builtins.str] = None,
        full_path: typing.Optional[builtins.str] = None,
        generation: typing.Optional[jsii.Number] = None,
        generic_alert: typing.Optional[builtins.str] = None,
        handshake_timeout: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        inherit_cert_keychain: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        mod_ssl_methods: typing.Optional[builtins.str] = None,
        ocsp_stapling: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        passphrase: typing.Optional[builtins.str] = None,
        peer_cert_mode: typing.Optional[builtins.str] = None,
        proxy_ca_cert: typing.Optional[builtins.str] = None,
        proxy_ca_key: typing.Optional[builtins.str] = None,
        proxy_ca_passphrase: typing.Optional[builtins.str] = None,
        proxy_ssl: typing.Optional[builtins.str] = None,
        proxy_ssl_passthrough: typing.Optional[builtins.str] = None,
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
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl bigip_ltm_profile_client_ssl} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the Ssl Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#name LtmProfileClientSsl#name}
        :param alert_timeout: Alert time out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#alert_timeout LtmProfileClientSsl#alert_timeout}
        :param allow_expired_crl: allow_expired_crl option to be ``enabled`` / ``disabled``. Default is ``disabled``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#allow_expired_crl LtmProfileClientSsl#allow_expired_crl}
        :param allow_non_ssl: Allow non ssl. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#allow_non_ssl LtmProfileClientSsl#allow_non_ssl}
        :param authenticate: Server authentication once / always (default is once). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#authenticate LtmProfileClientSsl#authenticate}
        :param authenticate_depth: Client certificate chain traversal depth. Default 9. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#authenticate_depth LtmProfileClientSsl#authenticate_depth}
        :param c3_d_client_fallback_cert: Client Fallback Certificate. Default None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#c3d_client_fallback_cert LtmProfileClientSsl#c3d_client_fallback_cert}
        :param c3_d_drop_unknown_ocsp_status: Unknown OCSP Response Control. Default Drop. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#c3d_drop_unknown_ocsp_status LtmProfileClientSsl#c3d_drop_unknown_ocsp_status}
        :param c3_d_ocsp: OCSP. Default None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#c3d_ocsp LtmProfileClientSsl#c3d_ocsp}
        :param cache_size: Cache size (sessions). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cache_size LtmProfileClientSsl#cache_size}
        :param cache_timeout: Cache time out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cache_timeout LtmProfileClientSsl#cache_timeout}
        :param ca_file: (Trusted Certificate Authorities)Specifies a client CA that the system trusts. The default is ``None``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ca_file LtmProfileClientSsl#ca_file}
        :param cert: Name of the server certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert LtmProfileClientSsl#cert}
        :param cert_extension_includes: Cert extension includes for ssl forward proxy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_extension_includes LtmProfileClientSsl#cert_extension_includes}
        :param cert_key_chain: cert_key_chain block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_key_chain LtmProfileClientSsl#cert_key_chain}
        :param cert_life_span: Life span of the certificate in days for ssl forward proxy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_life_span LtmProfileClientSsl#cert_life_span}
        :param cert_lookup_by_ipaddr_port: Cert lookup by ip address and port enabled / disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_lookup_by_ipaddr_port LtmProfileClientSsl#cert_lookup_by_ipaddr_port}
        :param chain: Client certificate chain name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#chain LtmProfileClientSsl#chain}
        :param cipher_group: Cipher group for the ssl client profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cipher_group LtmProfileClientSsl#cipher_group}
        :param ciphers: BigIP Cipher string. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ciphers LtmProfileClientSsl#ciphers}
        :param client_cert_ca: (Advertised Certificate Authorities)Specifies that the CAs that the system advertises to clients is being trusted by the profile. The default is ``None`` Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#client_cert_ca LtmProfileClientSsl#client_cert_ca}
        :param crl_file: Certificate revocation file name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#crl_file LtmProfileClientSsl#crl_file}
        :param defaults_from: Profile name that this profile defaults from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#defaults_from LtmProfileClientSsl#defaults_from}
        :param forward_proxy_bypass_default_action: Forward proxy bypass default action. (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#forward_proxy_bypass_default_action LtmProfileClientSsl#forward_proxy_bypass_default_action}
        :param full_path: full path of the profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#full_path LtmProfileClientSsl#full_path}
        :param generation: generation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#generation LtmProfileClientSsl#generation}
        :param generic_alert: Generic alerts enabled / disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#generic_alert LtmProfileClientSsl#generic_alert}
        :param handshake_timeout: Handshake time out (seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#handshake_timeout LtmProfileClientSsl#handshake_timeout}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#id LtmProfileClientSsl#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param inherit_cert_keychain: Inherit cert key chain. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#inherit_cert_keychain LtmProfileClientSsl#inherit_cert_keychain}
        :param key: Name of the Server SSL profile key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#key LtmProfileClientSsl#key}
        :param mode: ModSSL Methods enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#mode LtmProfileClientSsl#mode}
        :param mod_ssl_methods: ModSSL Methods enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#mod_ssl_methods LtmProfileClientSsl#mod_ssl_methods}
        :param ocsp_stapling: Specifies whether the system uses OCSP stapling. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ocsp_stapling LtmProfileClientSsl#ocsp_stapling}
        :param partition: name of partition. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#partition LtmProfileClientSsl#partition}
        :param passphrase: Client Certificate Constrained Delegation CA passphrase. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#passphrase LtmProfileClientSsl#passphrase}
        :param peer_cert_mode: Peer Cert Mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#peer_cert_mode LtmProfileClientSsl#peer_cert_mode}
        :param proxy_ca_cert: Proxy CA Cert. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ca_cert LtmProfileClientSsl#proxy_ca_cert}
        :param proxy_ca_key: Proxy CA Key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ca_key LtmProfileClientSsl#proxy_ca_key}
        :param proxy_ca_passphrase: Proxy CA Passphrase. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ca_passphrase LtmProfileClientSsl#proxy_ca_passphrase}
        :param proxy_ssl: Proxy SSL enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ssl LtmProfileClientSsl#proxy_ssl}
        :param proxy_ssl_passthrough: Proxy SSL passthrough enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ssl_passthrough LtmProfileClientSsl#proxy_ssl_passthrough}
        :param renegotiate_period: Renogotiate Period (seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#renegotiate_period LtmProfileClientSsl#renegotiate_period}
        :param renegotiate_size: Renogotiate Size. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#renegotiate_size LtmProfileClientSsl#renegotiate_size}
        :param renegotiation: Renegotiation (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#renegotiation LtmProfileClientSsl#renegotiation}
        :param retain_certificate: Retain certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#retain_certificate LtmProfileClientSsl#retain_certificate}
        :param secure_renegotiation: Secure reneogotiaton (request / require / require-strict). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#secure_renegotiation LtmProfileClientSsl#secure_renegotiation}
        :param server_name: Server name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#server_name LtmProfileClientSsl#server_name}
        :param session_mirroring: Session Mirroring (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#session_mirroring LtmProfileClientSsl#session_mirroring}
        :param session_ticket: Session Ticket (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#session_ticket LtmProfileClientSsl#session_ticket}
        :param sni_default: SNI Default (true / false). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#sni_default LtmProfileClientSsl#sni_default}
        :param sni_require: SNI Require (true / false). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#sni_require LtmProfileClientSsl#sni_require}
        :param ssl_c3_d: Client Certificate Constrained Delegation enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_c3d LtmProfileClientSsl#ssl_c3d}
        :param ssl_forward_proxy: SSL forward Proxy (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_forward_proxy LtmProfileClientSsl#ssl_forward_proxy}
        :param ssl_forward_proxy_bypass: SSL forward Proxy Bypass (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_forward_proxy_bypass LtmProfileClientSsl#ssl_forward_proxy_bypass}
        :param ssl_sign_hash: SSL sign hash (any, sha1, sha256, sha384). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_sign_hash LtmProfileClientSsl#ssl_sign_hash}
        :param strict_resume: Strict Resume (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#strict_resume LtmProfileClientSsl#strict_resume}
        :param tm_options: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#tm_options LtmProfileClientSsl#tm_options}.
        :param unclean_shutdown: Unclean Shutdown (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#unclean_shutdown LtmProfileClientSsl#unclean_shutdown}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__11abb0e9d4766fa2853f7b4df4a84e0631342de2ad379b935d8a6f82eff3c348)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmProfileClientSslConfig(
            name=name,
            alert_timeout=alert_timeout,
            allow_expired_crl=allow_expired_crl,
            allow_non_ssl=allow_non_ssl,
            authenticate=authenticate,
            authenticate_depth=authenticate_depth,
            c3_d_client_fallback_cert=c3_d_client_fallback_cert,
            c3_d_drop_unknown_ocsp_status=c3_d_drop_unknown_ocsp_status,
            c3_d_ocsp=c3_d_ocsp,
            cache_size=cache_size,
            cache_timeout=cache_timeout,
            ca_file=ca_file,
            cert=cert,
            cert_extension_includes=cert_extension_includes,
            cert_key_chain=cert_key_chain,
            cert_life_span=cert_life_span,
            cert_lookup_by_ipaddr_port=cert_lookup_by_ipaddr_port,
            chain=chain,
            cipher_group=cipher_group,
            ciphers=ciphers,
            client_cert_ca=client_cert_ca,
            crl_file=crl_file,
            defaults_from=defaults_from,
            forward_proxy_bypass_default_action=forward_proxy_bypass_default_action,
            full_path=full_path,
            generation=generation,
            generic_alert=generic_alert,
            handshake_timeout=handshake_timeout,
            id=id,
            inherit_cert_keychain=inherit_cert_keychain,
            key=key,
            mode=mode,
            mod_ssl_methods=mod_ssl_methods,
            ocsp_stapling=ocsp_stapling,
            partition=partition,
            passphrase=passphrase,
            peer_cert_mode=peer_cert_mode,
            proxy_ca_cert=proxy_ca_cert,
            proxy_ca_key=proxy_ca_key,
            proxy_ca_passphrase=proxy_ca_passphrase,
            proxy_ssl=proxy_ssl,
            proxy_ssl_passthrough=proxy_ssl_passthrough,
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
        '''Generates CDKTF code for importing a LtmProfileClientSsl resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmProfileClientSsl to import.
        :param import_from_id: The id of the existing LtmProfileClientSsl that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmProfileClientSsl to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e2cccebb6984880007e669f3df820719e40774838c1f137f1e8d944fe915b9b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putCertKeyChain")
    def put_cert_key_chain(
        self,
        *,
        cert: typing.Optional[builtins.str] = None,
        chain: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        passphrase: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cert: Cert file name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert LtmProfileClientSsl#cert}
        :param chain: Chain file name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#chain LtmProfileClientSsl#chain}
        :param key: Key filename. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#key LtmProfileClientSsl#key}
        :param name: Name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#name LtmProfileClientSsl#name}
        :param passphrase: Key passphrase. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#passphrase LtmProfileClientSsl#passphrase}
        '''
        value = LtmProfileClientSslCertKeyChain(
            cert=cert, chain=chain, key=key, name=name, passphrase=passphrase
        )

        return typing.cast(None, jsii.invoke(self, "putCertKeyChain", [value]))

    @jsii.member(jsii_name="resetAlertTimeout")
    def reset_alert_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAlertTimeout", []))

    @jsii.member(jsii_name="resetAllowExpiredCrl")
    def reset_allow_expired_crl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowExpiredCrl", []))

    @jsii.member(jsii_name="resetAllowNonSsl")
    def reset_allow_non_ssl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowNonSsl", []))

    @jsii.member(jsii_name="resetAuthenticate")
    def reset_authenticate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthenticate", []))

    @jsii.member(jsii_name="resetAuthenticateDepth")
    def reset_authenticate_depth(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthenticateDepth", []))

    @jsii.member(jsii_name="resetC3DClientFallbackCert")
    def reset_c3_d_client_fallback_cert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetC3DClientFallbackCert", []))

    @jsii.member(jsii_name="resetC3DDropUnknownOcspStatus")
    def reset_c3_d_drop_unknown_ocsp_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetC3DDropUnknownOcspStatus", []))

    @jsii.member(jsii_name="resetC3DOcsp")
    def reset_c3_d_ocsp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetC3DOcsp", []))

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

    @jsii.member(jsii_name="resetCertExtensionIncludes")
    def reset_cert_extension_includes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertExtensionIncludes", []))

    @jsii.member(jsii_name="resetCertKeyChain")
    def reset_cert_key_chain(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertKeyChain", []))

    @jsii.member(jsii_name="resetCertLifeSpan")
    def reset_cert_life_span(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertLifeSpan", []))

    @jsii.member(jsii_name="resetCertLookupByIpaddrPort")
    def reset_cert_lookup_by_ipaddr_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertLookupByIpaddrPort", []))

    @jsii.member(jsii_name="resetChain")
    def reset_chain(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChain", []))

    @jsii.member(jsii_name="resetCipherGroup")
    def reset_cipher_group(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCipherGroup", []))

    @jsii.member(jsii_name="resetCiphers")
    def reset_ciphers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCiphers", []))

    @jsii.member(jsii_name="resetClientCertCa")
    def reset_client_cert_ca(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientCertCa", []))

    @jsii.member(jsii_name="resetCrlFile")
    def reset_crl_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCrlFile", []))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetForwardProxyBypassDefaultAction")
    def reset_forward_proxy_bypass_default_action(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetForwardProxyBypassDefaultAction", []))

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

    @jsii.member(jsii_name="resetInheritCertKeychain")
    def reset_inherit_cert_keychain(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInheritCertKeychain", []))

    @jsii.member(jsii_name="resetKey")
    def reset_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKey", []))

    @jsii.member(jsii_name="resetMode")
    def reset_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMode", []))

    @jsii.member(jsii_name="resetModSslMethods")
    def reset_mod_ssl_methods(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetModSslMethods", []))

    @jsii.member(jsii_name="resetOcspStapling")
    def reset_ocsp_stapling(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOcspStapling", []))

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

    @jsii.member(jsii_name="resetProxyCaPassphrase")
    def reset_proxy_ca_passphrase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxyCaPassphrase", []))

    @jsii.member(jsii_name="resetProxySsl")
    def reset_proxy_ssl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxySsl", []))

    @jsii.member(jsii_name="resetProxySslPassthrough")
    def reset_proxy_ssl_passthrough(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxySslPassthrough", []))

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
    @jsii.member(jsii_name="certKeyChain")
    def cert_key_chain(self) -> "LtmProfileClientSslCertKeyChainOutputReference":
        return typing.cast("LtmProfileClientSslCertKeyChainOutputReference", jsii.get(self, "certKeyChain"))

    @builtins.property
    @jsii.member(jsii_name="alertTimeoutInput")
    def alert_timeout_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "alertTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="allowExpiredCrlInput")
    def allow_expired_crl_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "allowExpiredCrlInput"))

    @builtins.property
    @jsii.member(jsii_name="allowNonSslInput")
    def allow_non_ssl_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "allowNonSslInput"))

    @builtins.property
    @jsii.member(jsii_name="authenticateDepthInput")
    def authenticate_depth_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "authenticateDepthInput"))

    @builtins.property
    @jsii.member(jsii_name="authenticateInput")
    def authenticate_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authenticateInput"))

    @builtins.property
    @jsii.member(jsii_name="c3DClientFallbackCertInput")
    def c3_d_client_fallback_cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "c3DClientFallbackCertInput"))

    @builtins.property
    @jsii.member(jsii_name="c3DDropUnknownOcspStatusInput")
    def c3_d_drop_unknown_ocsp_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "c3DDropUnknownOcspStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="c3DOcspInput")
    def c3_d_ocsp_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "c3DOcspInput"))

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
    @jsii.member(jsii_name="certExtensionIncludesInput")
    def cert_extension_includes_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "certExtensionIncludesInput"))

    @builtins.property
    @jsii.member(jsii_name="certInput")
    def cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certInput"))

    @builtins.property
    @jsii.member(jsii_name="certKeyChainInput")
    def cert_key_chain_input(
        self,
    ) -> typing.Optional["LtmProfileClientSslCertKeyChain"]:
        return typing.cast(typing.Optional["LtmProfileClientSslCertKeyChain"], jsii.get(self, "certKeyChainInput"))

    @builtins.property
    @jsii.member(jsii_name="certLifeSpanInput")
    def cert_life_span_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "certLifeSpanInput"))

    @builtins.property
    @jsii.member(jsii_name="certLookupByIpaddrPortInput")
    def cert_lookup_by_ipaddr_port_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certLookupByIpaddrPortInput"))

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
    @jsii.member(jsii_name="clientCertCaInput")
    def client_cert_ca_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientCertCaInput"))

    @builtins.property
    @jsii.member(jsii_name="crlFileInput")
    def crl_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "crlFileInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="forwardProxyBypassDefaultActionInput")
    def forward_proxy_bypass_default_action_input(
        self,
    ) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "forwardProxyBypassDefaultActionInput"))

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
    @jsii.member(jsii_name="inheritCertKeychainInput")
    def inherit_cert_keychain_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "inheritCertKeychainInput"))

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
    @jsii.member(jsii_name="ocspStaplingInput")
    def ocsp_stapling_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ocspStaplingInput"))

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
    @jsii.member(jsii_name="proxyCaPassphraseInput")
    def proxy_ca_passphrase_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxyCaPassphraseInput"))

    @builtins.property
    @jsii.member(jsii_name="proxySslInput")
    def proxy_ssl_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxySslInput"))

    @builtins.property
    @jsii.member(jsii_name="proxySslPassthroughInput")
    def proxy_ssl_passthrough_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxySslPassthroughInput"))

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
    @jsii.member(jsii_name="alertTimeout")
    def alert_timeout(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "alertTimeout"))

    @alert_timeout.setter
    def alert_timeout(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1c98ef65756b7c25d5bf2a7731f5a6369abd635e5dd398bf80672c0d8cf2501d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "alertTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="allowExpiredCrl")
    def allow_expired_crl(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "allowExpiredCrl"))

    @allow_expired_crl.setter
    def allow_expired_crl(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b8c0ca03c132afbf3b7bb9c1de3a0e714c908d4217926fedaa6c7199ceb7f47)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowExpiredCrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="allowNonSsl")
    def allow_non_ssl(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "allowNonSsl"))

    @allow_non_ssl.setter
    def allow_non_ssl(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4d49a0f15d3f9188a9ee32bd871c7c335f7bb8496483ea44cf538866e84e9a30)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowNonSsl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticate")
    def authenticate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authenticate"))

    @authenticate.setter
    def authenticate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99f15bf8fe21b80ccff99da5acd1fb4c8a44c0240d35c80e0dce92e966e987e0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticateDepth")
    def authenticate_depth(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "authenticateDepth"))

    @authenticate_depth.setter
    def authenticate_depth(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1ec72896eb326b930d9952c1abd4db9d1a9c456df31a97ba51c8d23e27d984cd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticateDepth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="c3DClientFallbackCert")
    def c3_d_client_fallback_cert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "c3DClientFallbackCert"))

    @c3_d_client_fallback_cert.setter
    def c3_d_client_fallback_cert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f9c1e9cfc625e0d4dd3bc911fd3d5f22f51b74346518de41eb44519e4d7352d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "c3DClientFallbackCert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="c3DDropUnknownOcspStatus")
    def c3_d_drop_unknown_ocsp_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "c3DDropUnknownOcspStatus"))

    @c3_d_drop_unknown_ocsp_status.setter
    def c3_d_drop_unknown_ocsp_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__272ba070631b58a3a059e3346349895e412b740d0fef73a4274ee9062e709dfc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "c3DDropUnknownOcspStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="c3DOcsp")
    def c3_d_ocsp(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "c3DOcsp"))

    @c3_d_ocsp.setter
    def c3_d_ocsp(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07edd73c7f5985addc470f08aa233df1616e33ee486dc852ece991f3451af85c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "c3DOcsp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheSize")
    def cache_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cacheSize"))

    @cache_size.setter
    def cache_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__54aff5febc395ff8774c082fe4641256a949bcc10e83d6a1efc7d0b70d1a6e32)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheTimeout")
    def cache_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cacheTimeout"))

    @cache_timeout.setter
    def cache_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5ee62048e53dba6a25317d5aacbd8d886488f3cbb78de8f2a2be0406d33cef79)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="caFile")
    def ca_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "caFile"))

    @ca_file.setter
    def ca_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5e8dca2457da124c32b42183e28c5ed831caa8502147a509f9cbecee46d334ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "caFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cert")
    def cert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cert"))

    @cert.setter
    def cert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__96697251d7b6671542e7be33f4bfd89358b77c1e3a6f890340f458d76e78ceff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certExtensionIncludes")
    def cert_extension_includes(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "certExtensionIncludes"))

    @cert_extension_includes.setter
    def cert_extension_includes(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__23a64073de6e3c194854447cbf9960e16fc1490962c0f03e987be8ee28f6b835)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certExtensionIncludes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certLifeSpan")
    def cert_life_span(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "certLifeSpan"))

    @cert_life_span.setter
    def cert_life_span(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0f660f698c42cef562fdc9bbc62b0730de7c36f2687e7e38b29cd7ac294e1b6d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certLifeSpan", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certLookupByIpaddrPort")
    def cert_lookup_by_ipaddr_port(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certLookupByIpaddrPort"))

    @cert_lookup_by_ipaddr_port.setter
    def cert_lookup_by_ipaddr_port(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2caf11ebd437422721e1be68fe3d69fe918ed8f433d2422024208cf3f7bc5a2b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certLookupByIpaddrPort", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="chain")
    def chain(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "chain"))

    @chain.setter
    def chain(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__662b50578c0de696c6b34382adf9d42feedf28c620d61e3ed39f902e0546c96c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "chain", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cipherGroup")
    def cipher_group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cipherGroup"))

    @cipher_group.setter
    def cipher_group(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5a03d8ec9136e66f63ccbee0bdd07a1db5dfac563962f7147e995ad4574443b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cipherGroup", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ciphers")
    def ciphers(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ciphers"))

    @ciphers.setter
    def ciphers(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__695a00300a76fd5efcecc7b3a4955c885b8a83aac39eaee52482caa13fd583e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ciphers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertCa")
    def client_cert_ca(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertCa"))

    @client_cert_ca.setter
    def client_cert_ca(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b20b0f7a6b6e2b123eb2593074fa9ba71426ff6ca77c5120b921cda8b3c876d8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertCa", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="crlFile")
    def crl_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "crlFile"))

    @crl_file.setter
    def crl_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__446e4a6aa378e51c13d7c392f4cf0c6de9335f2cb614c197535519eac139a6d8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "crlFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__df11290cdc44c868c9585951b9b91524c5274408b55819877c5cea6556aef901)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="forwardProxyBypassDefaultAction")
    def forward_proxy_bypass_default_action(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "forwardProxyBypassDefaultAction"))

    @forward_proxy_bypass_default_action.setter
    def forward_proxy_bypass_default_action(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__22e8a34b292ba26c7c7a05a3219057bb8e83a7588c8cc937f74c9196f961dfa6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "forwardProxyBypassDefaultAction", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fullPath")
    def full_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fullPath"))

    @full_path.setter
    def full_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__11df3cc396bdad7a47fead365e20f2f9d477c598958680f525752dd705923a0e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fullPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="generation")
    def generation(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "generation"))

    @generation.setter
    def generation(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cfc8d07d11df8a5d7cb3404418728301c3a6798a79244930c66bef8cf1350b12)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "generation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="genericAlert")
    def generic_alert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "genericAlert"))

    @generic_alert.setter
    def generic_alert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__431b6040df0fead636686975a7ef5ac37df86a17508579250236b387aee8ac5b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "genericAlert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="handshakeTimeout")
    def handshake_timeout(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "handshakeTimeout"))

    @handshake_timeout.setter
    def handshake_timeout(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6ccc2aee25c99477b568d9e8cf14efceff7d3b0cfaebbec990a8c6c1bc000fe8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "handshakeTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9964daa7aab231c19f2c92cf56dfa62537451447a55502ad7c655be507da66e0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="inheritCertKeychain")
    def inherit_cert_keychain(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "inheritCertKeychain"))

    @inherit_cert_keychain.setter
    def inherit_cert_keychain(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc29dd0a27b14141f204560f738d7e6ee1d9364708b59d760a107b461c697504)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "inheritCertKeychain", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="key")
    def key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "key"))

    @key.setter
    def key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7a72b74838701752948f1fdac3b0a43a1b2796ed612c038f7c5b4c97ee8213c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "key", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mode")
    def mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mode"))

    @mode.setter
    def mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e1a38b6391994b57300eda563ffcfaafc33a583b180673b7a26d8c2debef60ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="modSslMethods")
    def mod_ssl_methods(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "modSslMethods"))

    @mod_ssl_methods.setter
    def mod_ssl_methods(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__38886f39461029de2ede06a1dbbb88a3bbd4ab9f9bd38b7f09841334cb47a712)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "modSslMethods", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a285f1b8956dce531929ef2701e14f08c5a4dd69f194eb9e8125a47b2e13247)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ocspStapling")
    def ocsp_stapling(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ocspStapling"))

    @ocsp_stapling.setter
    def ocsp_stapling(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b80fe61f125f53cb902210b1884b4e33092c767c23410f168a5d96b66362b8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ocspStapling", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__928750f6eb5a8f38b838b840f8a488d73edc48788e3afbf3e2b0d1452c2ba1c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passphrase")
    def passphrase(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "passphrase"))

    @passphrase.setter
    def passphrase(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fb5484b53711cf57693874420fb5198f0aaebdf387c4b7da61be24e1a88489b3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passphrase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="peerCertMode")
    def peer_cert_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "peerCertMode"))

    @peer_cert_mode.setter
    def peer_cert_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fb2e1c18f313e2385757e5d8ae73eaec4e0e574a38b1cb6a41ac54f1a39a6ca0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "peerCertMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyCaCert")
    def proxy_ca_cert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyCaCert"))

    @proxy_ca_cert.setter
    def proxy_ca_cert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9fcef9d3e4f1b5067af8effd770e8efe7efae023f793b1b2bd6a03933e14b2c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyCaCert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyCaKey")
    def proxy_ca_key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyCaKey"))

    @proxy_ca_key.setter
    def proxy_ca_key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__28334d7724b2c1188af9531fa9dfc81edea4c8ec6457d8a9475a3a0d01595b0e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyCaKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyCaPassphrase")
    def proxy_ca_passphrase(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyCaPassphrase"))

    @proxy_ca_passphrase.setter
    def proxy_ca_passphrase(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9362985104ac9d7c1c82754447e4404ea0a50697660fa755afab6e406faf1985)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyCaPassphrase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxySsl")
    def proxy_ssl(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxySsl"))

    @proxy_ssl.setter
    def proxy_ssl(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ff5d4fc87f454ac8cdcc46e45e5d111735ac5ed16d816185037e20b227b4d7e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxySsl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxySslPassthrough")
    def proxy_ssl_passthrough(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxySslPassthrough"))

    @proxy_ssl_passthrough.setter
    def proxy_ssl_passthrough(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2fa3bd3bb02ede39bbbe187cfd4bf64c6170530c57c37f9d50597a3d5fda7450)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxySslPassthrough", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="renegotiatePeriod")
    def renegotiate_period(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "renegotiatePeriod"))

    @renegotiate_period.setter
    def renegotiate_period(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db2992a7934428d029da3e1733bb33e97fef92d02f43ec564c0ef96442d80954)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "renegotiatePeriod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="renegotiateSize")
    def renegotiate_size(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "renegotiateSize"))

    @renegotiate_size.setter
    def renegotiate_size(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__188b62d62b85a4372bf57be1ded6c1ea831228aa488013238c6f7400a203a54a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "renegotiateSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="renegotiation")
    def renegotiation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "renegotiation"))

    @renegotiation.setter
    def renegotiation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__152f590520fcf6d920368d63b08d14beba24d7474dc7a409c8fafb4c3c361057)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "renegotiation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="retainCertificate")
    def retain_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "retainCertificate"))

    @retain_certificate.setter
    def retain_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__468f5f0767fd2fbf10175a30bd076b72d3b87060b60a59dfa6ae793be932e545)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "retainCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secureRenegotiation")
    def secure_renegotiation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "secureRenegotiation"))

    @secure_renegotiation.setter
    def secure_renegotiation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5666b142353d92f1cfc53d99b526ee526630f5f804102d75de020ea42590ed7b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secureRenegotiation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverName")
    def server_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverName"))

    @server_name.setter
    def server_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__263f07a6ccedc0dd630b12e804e3c3765907db987181e200bacecc35eaa41da2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sessionMirroring")
    def session_mirroring(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sessionMirroring"))

    @session_mirroring.setter
    def session_mirroring(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0fd7fa2a771f260b20eb9c6d12e46cd48f2df90d7e40333a169c472c15101fde)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sessionMirroring", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sessionTicket")
    def session_ticket(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sessionTicket"))

    @session_ticket.setter
    def session_ticket(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d0c9a9e64d171ed20b39662d13b3a6b92caef09829219ddc418b739c6e52ca84)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sessionTicket", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sniDefault")
    def sni_default(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sniDefault"))

    @sni_default.setter
    def sni_default(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__edada79cd1d86ec07cb668b2fa320517580a029a9a72b61e0c739bf0495caa46)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sniDefault", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sniRequire")
    def sni_require(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sniRequire"))

    @sni_require.setter
    def sni_require(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9dd852be29e846892ec364060a7fcb0ef2555133fa0f16d6484a77d229cb2827)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sniRequire", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslC3D")
    def ssl_c3_d(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslC3D"))

    @ssl_c3_d.setter
    def ssl_c3_d(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__823c02bac04b7a8311fe51b5712695a99f598ce220f374f8f47dda3f07df472c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslC3D", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslForwardProxy")
    def ssl_forward_proxy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslForwardProxy"))

    @ssl_forward_proxy.setter
    def ssl_forward_proxy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ea7eb2e0d4efbc878b660f4c4d64d8526dbde0f40e894fad0477643493da678c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslForwardProxy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslForwardProxyBypass")
    def ssl_forward_proxy_bypass(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslForwardProxyBypass"))

    @ssl_forward_proxy_bypass.setter
    def ssl_forward_proxy_bypass(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bcbe1e370478373578c489f24105e89921c9f0f621ab7e200d72f3cc958c5014)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslForwardProxyBypass", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslSignHash")
    def ssl_sign_hash(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslSignHash"))

    @ssl_sign_hash.setter
    def ssl_sign_hash(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db37ae55f783787029275e0e2391902a2cbcbc74795f3577939a91001e342446)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslSignHash", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="strictResume")
    def strict_resume(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "strictResume"))

    @strict_resume.setter
    def strict_resume(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__93703b9d47be0371fb3e96e5b36a5dcd8f9d70fee47b7741cf71db661d159074)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "strictResume", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tmOptions")
    def tm_options(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tmOptions"))

    @tm_options.setter
    def tm_options(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6470eb2ea348cd94f2a679a6bffb5d2018dfddd4f24d483390edf23dfae0b6d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tmOptions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uncleanShutdown")
    def unclean_shutdown(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uncleanShutdown"))

    @unclean_shutdown.setter
    def unclean_shutdown(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2af4b72fff317ad0c357cacec401b873091b375ef8f814fe902452ba3ddd13e8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uncleanShutdown", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileClientSsl.LtmProfileClientSslCertKeyChain",
    jsii_struct_bases=[],
    name_mapping={
        "cert": "cert",
        "chain": "chain",
        "key": "key",
        "name": "name",
        "passphrase": "passphrase",
    },
)
class LtmProfileClientSslCertKeyChain:
    def __init__(
        self,
        *,
        cert: typing.Optional[builtins.str] = None,
        chain: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        passphrase: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cert: Cert file name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert LtmProfileClientSsl#cert}
        :param chain: Chain file name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#chain LtmProfileClientSsl#chain}
        :param key: Key filename. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#key LtmProfileClientSsl#key}
        :param name: Name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#name LtmProfileClientSsl#name}
        :param passphrase: Key passphrase. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#passphrase LtmProfileClientSsl#passphrase}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9f5051e2250a1c19a0e69d824c1afd387b1c81f696773d2156f7d3c37baa9cc3)
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument chain", value=chain, expected_type=type_hints["chain"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument passphrase", value=passphrase, expected_type=type_hints["passphrase"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert is not None:
            self._values["cert"] = cert
        if chain is not None:
            self._values["chain"] = chain
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if passphrase is not None:
            self._values["passphrase"] = passphrase

    @builtins.property
    def cert(self) -> typing.Optional[builtins.str]:
        '''Cert file name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert LtmProfileClientSsl#cert}
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def chain(self) -> typing.Optional[builtins.str]:
        '''Chain file name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#chain LtmProfileClientSsl#chain}
        '''
        result = self._values.get("chain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key filename.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#key LtmProfileClientSsl#key}
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#name LtmProfileClientSsl#name}
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def passphrase(self) -> typing.Optional[builtins.str]:
        '''Key passphrase.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#passphrase LtmProfileClientSsl#passphrase}
        '''
        result = self._values.get("passphrase")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileClientSslCertKeyChain(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LtmProfileClientSslCertKeyChainOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileClientSsl.LtmProfileClientSslCertKeyChainOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__098fcdee11dfd9706bd28ebf7bf03064227b97c5b01d7f751c60fe93a23ac2b0)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetCert")
    def reset_cert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCert", []))

    @jsii.member(jsii_name="resetChain")
    def reset_chain(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChain", []))

    @jsii.member(jsii_name="resetKey")
    def reset_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKey", []))

    @jsii.member(jsii_name="resetName")
    def reset_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetName", []))

    @jsii.member(jsii_name="resetPassphrase")
    def reset_passphrase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassphrase", []))

    @builtins.property
    @jsii.member(jsii_name="certInput")
    def cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certInput"))

    @builtins.property
    @jsii.member(jsii_name="chainInput")
    def chain_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "chainInput"))

    @builtins.property
    @jsii.member(jsii_name="keyInput")
    def key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="passphraseInput")
    def passphrase_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passphraseInput"))

    @builtins.property
    @jsii.member(jsii_name="cert")
    def cert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cert"))

    @cert.setter
    def cert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b79050a8be42570c05a6726c3bcaf93cabd14b1245c80a08b6afad7ae3164a37)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="chain")
    def chain(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "chain"))

    @chain.setter
    def chain(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f51bf764284703cba2b43c6517699981476363a2e490085193e8e857c6682f6e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "chain", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="key")
    def key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "key"))

    @key.setter
    def key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a3c241c4998db6d6e58aa309625fe24608786a1897d1df7fa9fb3a8318c4add8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "key", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__96eec5ef41b82e0e4602f1725a4e7837cc65d911b4da5889b8868b2edaaefec9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passphrase")
    def passphrase(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "passphrase"))

    @passphrase.setter
    def passphrase(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eaa32a9b135e2161c114fbb9ee53c331d4fc7bf5df0169030e0ce62be5bdfca6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passphrase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[LtmProfileClientSslCertKeyChain]:
        return typing.cast(typing.Optional[LtmProfileClientSslCertKeyChain], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[LtmProfileClientSslCertKeyChain],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3091fe7dcf07ff29b7095f9f3d93e3ea2777952a7e1a338a3839b6e74d2222db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileClientSsl.LtmProfileClientSslConfig",
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
        "allow_expired_crl": "allowExpiredCrl",
        "allow_non_ssl": "allowNonSsl",
        "authenticate": "authenticate",
        "authenticate_depth": "authenticateDepth",
        "c3_d_client_fallback_cert": "c3DClientFallbackCert",
        "c3_d_drop_unknown_ocsp_status": "c3DDropUnknownOcspStatus",
        "c3_d_ocsp": "c3DOcsp",
        "cache_size": "cacheSize",
        "cache_timeout": "cacheTimeout",
        "ca_file": "caFile",
        "cert": "cert",
        "cert_extension_includes": "certExtensionIncludes",
        "cert_key_chain": "certKeyChain",
        "cert_life_span": "certLifeSpan",
        "cert_lookup_by_ipaddr_port": "certLookupByIpaddrPort",
        "chain": "chain",
        "cipher_group": "cipherGroup",
        "ciphers": "ciphers",
        "client_cert_ca": "clientCertCa",
        "crl_file": "crlFile",
        "defaults_from": "defaultsFrom",
        "forward_proxy_bypass_default_action": "forwardProxyBypassDefaultAction",
        "full_path": "fullPath",
        "generation": "generation",
        "generic_alert": "genericAlert",
        "handshake_timeout": "handshakeTimeout",
        "id": "id",
        "inherit_cert_keychain": "inheritCertKeychain",
        "key": "key",
        "mode": "mode",
        "mod_ssl_methods": "modSslMethods",
        "ocsp_stapling": "ocspStapling",
        "partition": "partition",
        "passphrase": "passphrase",
        "peer_cert_mode": "peerCertMode",
        "proxy_ca_cert": "proxyCaCert",
        "proxy_ca_key": "proxyCaKey",
        "proxy_ca_passphrase": "proxyCaPassphrase",
        "proxy_ssl": "proxySsl",
        "proxy_ssl_passthrough": "proxySslPassthrough",
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
    },
)
class LtmProfileClientSslConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        allow_expired_crl: typing.Optional[builtins.str] = None,
        allow_non_ssl: typing.Optional[builtins.str] = None,
        authenticate: typing.Optional[builtins.str] = None,
        authenticate_depth: typing.Optional[jsii.Number] = None,
        c3_d_client_fallback_cert: typing.Optional[builtins.str] = None,
        c3_d_drop_unknown_ocsp_status: typing.Optional[builtins.str] = None,
        c3_d_ocsp: typing.Optional[builtins.str] = None,
        cache_size: typing.Optional[jsii.Number] = None,
        cache_timeout: typing.Optional[jsii.Number] = None,
        ca_file: typing.Optional[builtins.str] = None,
        cert: typing.Optional[builtins.str] = None,
        cert_extension_includes: typing.Optional[typing.Sequence[builtins.str]] = None,
        cert_key_chain: typing.Optional[typing.Union[LtmProfileClientSslCertKeyChain, typing.Dict[builtins.str, typing.Any]]] = None,
        cert_life_span: typing.Optional[jsii.Number] = None,
        cert_lookup_by_ipaddr_port: typing.Optional[builtins.str] = None,
        chain: typing.Optional[builtins.str] = None,
        cipher_group: typing.Optional[builtins.str] = None,
        ciphers: typing.Optional[builtins.str] = None,
        client_cert_ca: typing.Optional[builtins.str] = None,
        crl_file: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        forward_proxy_bypass_default_action: typing.Optional[builtins.str] = None,
        full_path: typing.Optional[builtins.str] = None,
        generation: typing.Optional[jsii.Number] = None,
        generic_alert: typing.Optional[builtins.str] = None,
        handshake_timeout: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        inherit_cert_keychain: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        mod_ssl_methods: typing.Optional[builtins.str] = None,
        ocsp_stapling: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        passphrase: typing.Optional[builtins.str] = None,
        peer_cert_mode: typing.Optional[builtins.str] = None,
        proxy_ca_cert: typing.Optional[builtins.str] = None,
        proxy_ca_key: typing.Optional[builtins.str] = None,
        proxy_ca_passphrase: typing.Optional[builtins.str] = None,
        proxy_ssl: typing.Optional[builtins.str] = None,
        proxy_ssl_passthrough: typing.Optional[builtins.str] = None,
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
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the Ssl Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#name LtmProfileClientSsl#name}
        :param alert_timeout: Alert time out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#alert_timeout LtmProfileClientSsl#alert_timeout}
        :param allow_expired_crl: allow_expired_crl option to be ``enabled`` / ``disabled``. Default is ``disabled``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#allow_expired_crl LtmProfileClientSsl#allow_expired_crl}
        :param allow_non_ssl: Allow non ssl. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#allow_non_ssl LtmProfileClientSsl#allow_non_ssl}
        :param authenticate: Server authentication once / always (default is once). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#authenticate LtmProfileClientSsl#authenticate}
        :param authenticate_depth: Client certificate chain traversal depth. Default 9. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#authenticate_depth LtmProfileClientSsl#authenticate_depth}
        :param c3_d_client_fallback_cert: Client Fallback Certificate. Default None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#c3d_client_fallback_cert LtmProfileClientSsl#c3d_client_fallback_cert}
        :param c3_d_drop_unknown_ocsp_status: Unknown OCSP Response Control. Default Drop. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#c3d_drop_unknown_ocsp_status LtmProfileClientSsl#c3d_drop_unknown_ocsp_status}
        :param c3_d_ocsp: OCSP. Default None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#c3d_ocsp LtmProfileClientSsl#c3d_ocsp}
        :param cache_size: Cache size (sessions). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cache_size LtmProfileClientSsl#cache_size}
        :param cache_timeout: Cache time out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cache_timeout LtmProfileClientSsl#cache_timeout}
        :param ca_file: (Trusted Certificate Authorities)Specifies a client CA that the system trusts. The default is ``None``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ca_file LtmProfileClientSsl#ca_file}
        :param cert: Name of the server certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert LtmProfileClientSsl#cert}
        :param cert_extension_includes: Cert extension includes for ssl forward proxy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_extension_includes LtmProfileClientSsl#cert_extension_includes}
        :param cert_key_chain: cert_key_chain block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_key_chain LtmProfileClientSsl#cert_key_chain}
        :param cert_life_span: Life span of the certificate in days for ssl forward proxy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_life_span LtmProfileClientSsl#cert_life_span}
        :param cert_lookup_by_ipaddr_port: Cert lookup by ip address and port enabled / disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_lookup_by_ipaddr_port LtmProfileClientSsl#cert_lookup_by_ipaddr_port}
        :param chain: Client certificate chain name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#chain LtmProfileClientSsl#chain}
        :param cipher_group: Cipher group for the ssl client profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cipher_group LtmProfileClientSsl#cipher_group}
        :param ciphers: BigIP Cipher string. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ciphers LtmProfileClientSsl#ciphers}
        :param client_cert_ca: (Advertised Certificate Authorities)Specifies that the CAs that the system advertises to clients is being trusted by the profile. The default is ``None`` Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#client_cert_ca LtmProfileClientSsl#client_cert_ca}
        :param crl_file: Certificate revocation file name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#crl_file LtmProfileClientSsl#crl_file}
        :param defaults_from: Profile name that this profile defaults from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#defaults_from LtmProfileClientSsl#defaults_from}
        :param forward_proxy_bypass_default_action: Forward proxy bypass default action. (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#forward_proxy_bypass_default_action LtmProfileClientSsl#forward_proxy_bypass_default_action}
        :param full_path: full path of the profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#full_path LtmProfileClientSsl#full_path}
        :param generation: generation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#generation LtmProfileClientSsl#generation}
        :param generic_alert: Generic alerts enabled / disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#generic_alert LtmProfileClientSsl#generic_alert}
        :param handshake_timeout: Handshake time out (seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#handshake_timeout LtmProfileClientSsl#handshake_timeout}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#id LtmProfileClientSsl#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param inherit_cert_keychain: Inherit cert key chain. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#inherit_cert_keychain LtmProfileClientSsl#inherit_cert_keychain}
        :param key: Name of the Server SSL profile key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#key LtmProfileClientSsl#key}
        :param mode: ModSSL Methods enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#mode LtmProfileClientSsl#mode}
        :param mod_ssl_methods: ModSSL Methods enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#mod_ssl_methods LtmProfileClientSsl#mod_ssl_methods}
        :param ocsp_stapling: Specifies whether the system uses OCSP stapling. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ocsp_stapling LtmProfileClientSsl#ocsp_stapling}
        :param partition: name of partition. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#partition LtmProfileClientSsl#partition}
        :param passphrase: Client Certificate Constrained Delegation CA passphrase. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#passphrase LtmProfileClientSsl#passphrase}
        :param peer_cert_mode: Peer Cert Mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#peer_cert_mode LtmProfileClientSsl#peer_cert_mode}
        :param proxy_ca_cert: Proxy CA Cert. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ca_cert LtmProfileClientSsl#proxy_ca_cert}
        :param proxy_ca_key: Proxy CA Key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ca_key LtmProfileClientSsl#proxy_ca_key}
        :param proxy_ca_passphrase: Proxy CA Passphrase. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ca_passphrase LtmProfileClientSsl#proxy_ca_passphrase}
        :param proxy_ssl: Proxy SSL enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ssl LtmProfileClientSsl#proxy_ssl}
        :param proxy_ssl_passthrough: Proxy SSL passthrough enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ssl_passthrough LtmProfileClientSsl#proxy_ssl_passthrough}
        :param renegotiate_period: Renogotiate Period (seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#renegotiate_period LtmProfileClientSsl#renegotiate_period}
        :param renegotiate_size: Renogotiate Size. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#renegotiate_size LtmProfileClientSsl#renegotiate_size}
        :param renegotiation: Renegotiation (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#renegotiation LtmProfileClientSsl#renegotiation}
        :param retain_certificate: Retain certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#retain_certificate LtmProfileClientSsl#retain_certificate}
        :param secure_renegotiation: Secure reneogotiaton (request / require / require-strict). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#secure_renegotiation LtmProfileClientSsl#secure_renegotiation}
        :param server_name: Server name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#server_name LtmProfileClientSsl#server_name}
        :param session_mirroring: Session Mirroring (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#session_mirroring LtmProfileClientSsl#session_mirroring}
        :param session_ticket: Session Ticket (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#session_ticket LtmProfileClientSsl#session_ticket}
        :param sni_default: SNI Default (true / false). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#sni_default LtmProfileClientSsl#sni_default}
        :param sni_require: SNI Require (true / false). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#sni_require LtmProfileClientSsl#sni_require}
        :param ssl_c3_d: Client Certificate Constrained Delegation enabled / disabled. Default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_c3d LtmProfileClientSsl#ssl_c3d}
        :param ssl_forward_proxy: SSL forward Proxy (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_forward_proxy LtmProfileClientSsl#ssl_forward_proxy}
        :param ssl_forward_proxy_bypass: SSL forward Proxy Bypass (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_forward_proxy_bypass LtmProfileClientSsl#ssl_forward_proxy_bypass}
        :param ssl_sign_hash: SSL sign hash (any, sha1, sha256, sha384). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_sign_hash LtmProfileClientSsl#ssl_sign_hash}
        :param strict_resume: Strict Resume (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#strict_resume LtmProfileClientSsl#strict_resume}
        :param tm_options: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#tm_options LtmProfileClientSsl#tm_options}.
        :param unclean_shutdown: Unclean Shutdown (enabled / disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#unclean_shutdown LtmProfileClientSsl#unclean_shutdown}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(cert_key_chain, dict):
            cert_key_chain = LtmProfileClientSslCertKeyChain(**cert_key_chain)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b4a76e1ef4968d5d8946a1f7c1c1746d2c3c78920d7ff99c17943588d7fd9e8b)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument alert_timeout", value=alert_timeout, expected_type=type_hints["alert_timeout"])
            check_type(argname="argument allow_expired_crl", value=allow_expired_crl, expected_type=type_hints["allow_expired_crl"])
            check_type(argname="argument allow_non_ssl", value=allow_non_ssl, expected_type=type_hints["allow_non_ssl"])
            check_type(argname="argument authenticate", value=authenticate, expected_type=type_hints["authenticate"])
            check_type(argname="argument authenticate_depth", value=authenticate_depth, expected_type=type_hints["authenticate_depth"])
            check_type(argname="argument c3_d_client_fallback_cert", value=c3_d_client_fallback_cert, expected_type=type_hints["c3_d_client_fallback_cert"])
            check_type(argname="argument c3_d_drop_unknown_ocsp_status", value=c3_d_drop_unknown_ocsp_status, expected_type=type_hints["c3_d_drop_unknown_ocsp_status"])
            check_type(argname="argument c3_d_ocsp", value=c3_d_ocsp, expected_type=type_hints["c3_d_ocsp"])
            check_type(argname="argument cache_size", value=cache_size, expected_type=type_hints["cache_size"])
            check_type(argname="argument cache_timeout", value=cache_timeout, expected_type=type_hints["cache_timeout"])
            check_type(argname="argument ca_file", value=ca_file, expected_type=type_hints["ca_file"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument cert_extension_includes", value=cert_extension_includes, expected_type=type_hints["cert_extension_includes"])
            check_type(argname="argument cert_key_chain", value=cert_key_chain, expected_type=type_hints["cert_key_chain"])
            check_type(argname="argument cert_life_span", value=cert_life_span, expected_type=type_hints["cert_life_span"])
            check_type(argname="argument cert_lookup_by_ipaddr_port", value=cert_lookup_by_ipaddr_port, expected_type=type_hints["cert_lookup_by_ipaddr_port"])
            check_type(argname="argument chain", value=chain, expected_type=type_hints["chain"])
            check_type(argname="argument cipher_group", value=cipher_group, expected_type=type_hints["cipher_group"])
            check_type(argname="argument ciphers", value=ciphers, expected_type=type_hints["ciphers"])
            check_type(argname="argument client_cert_ca", value=client_cert_ca, expected_type=type_hints["client_cert_ca"])
            check_type(argname="argument crl_file", value=crl_file, expected_type=type_hints["crl_file"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument forward_proxy_bypass_default_action", value=forward_proxy_bypass_default_action, expected_type=type_hints["forward_proxy_bypass_default_action"])
            check_type(argname="argument full_path", value=full_path, expected_type=type_hints["full_path"])
            check_type(argname="argument generation", value=generation, expected_type=type_hints["generation"])
            check_type(argname="argument generic_alert", value=generic_alert, expected_type=type_hints["generic_alert"])
            check_type(argname="argument handshake_timeout", value=handshake_timeout, expected_type=type_hints["handshake_timeout"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument inherit_cert_keychain", value=inherit_cert_keychain, expected_type=type_hints["inherit_cert_keychain"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument mod_ssl_methods", value=mod_ssl_methods, expected_type=type_hints["mod_ssl_methods"])
            check_type(argname="argument ocsp_stapling", value=ocsp_stapling, expected_type=type_hints["ocsp_stapling"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument passphrase", value=passphrase, expected_type=type_hints["passphrase"])
            check_type(argname="argument peer_cert_mode", value=peer_cert_mode, expected_type=type_hints["peer_cert_mode"])
            check_type(argname="argument proxy_ca_cert", value=proxy_ca_cert, expected_type=type_hints["proxy_ca_cert"])
            check_type(argname="argument proxy_ca_key", value=proxy_ca_key, expected_type=type_hints["proxy_ca_key"])
            check_type(argname="argument proxy_ca_passphrase", value=proxy_ca_passphrase, expected_type=type_hints["proxy_ca_passphrase"])
            check_type(argname="argument proxy_ssl", value=proxy_ssl, expected_type=type_hints["proxy_ssl"])
            check_type(argname="argument proxy_ssl_passthrough", value=proxy_ssl_passthrough, expected_type=type_hints["proxy_ssl_passthrough"])
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
        if allow_expired_crl is not None:
            self._values["allow_expired_crl"] = allow_expired_crl
        if allow_non_ssl is not None:
            self._values["allow_non_ssl"] = allow_non_ssl
        if authenticate is not None:
            self._values["authenticate"] = authenticate
        if authenticate_depth is not None:
            self._values["authenticate_depth"] = authenticate_depth
        if c3_d_client_fallback_cert is not None:
            self._values["c3_d_client_fallback_cert"] = c3_d_client_fallback_cert
        if c3_d_drop_unknown_ocsp_status is not None:
            self._values["c3_d_drop_unknown_ocsp_status"] = c3_d_drop_unknown_ocsp_status
        if c3_d_ocsp is not None:
            self._values["c3_d_ocsp"] = c3_d_ocsp
        if cache_size is not None:
            self._values["cache_size"] = cache_size
        if cache_timeout is not None:
            self._values["cache_timeout"] = cache_timeout
        if ca_file is not None:
            self._values["ca_file"] = ca_file
        if cert is not None:
            self._values["cert"] = cert
        if cert_extension_includes is not None:
            self._values["cert_extension_includes"] = cert_extension_includes
        if cert_key_chain is not None:
            self._values["cert_key_chain"] = cert_key_chain
        if cert_life_span is not None:
            self._values["cert_life_span"] = cert_life_span
        if cert_lookup_by_ipaddr_port is not None:
            self._values["cert_lookup_by_ipaddr_port"] = cert_lookup_by_ipaddr_port
        if chain is not None:
            self._values["chain"] = chain
        if cipher_group is not None:
            self._values["cipher_group"] = cipher_group
        if ciphers is not None:
            self._values["ciphers"] = ciphers
        if client_cert_ca is not None:
            self._values["client_cert_ca"] = client_cert_ca
        if crl_file is not None:
            self._values["crl_file"] = crl_file
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if forward_proxy_bypass_default_action is not None:
            self._values["forward_proxy_bypass_default_action"] = forward_proxy_bypass_default_action
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
        if inherit_cert_keychain is not None:
            self._values["inherit_cert_keychain"] = inherit_cert_keychain
        if key is not None:
            self._values["key"] = key
        if mode is not None:
            self._values["mode"] = mode
        if mod_ssl_methods is not None:
            self._values["mod_ssl_methods"] = mod_ssl_methods
        if ocsp_stapling is not None:
            self._values["ocsp_stapling"] = ocsp_stapling
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
        if proxy_ca_passphrase is not None:
            self._values["proxy_ca_passphrase"] = proxy_ca_passphrase
        if proxy_ssl is not None:
            self._values["proxy_ssl"] = proxy_ssl
        if proxy_ssl_passthrough is not None:
            self._values["proxy_ssl_passthrough"] = proxy_ssl_passthrough
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#name LtmProfileClientSsl#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def alert_timeout(self) -> typing.Optional[builtins.str]:
        '''Alert time out.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#alert_timeout LtmProfileClientSsl#alert_timeout}
        '''
        result = self._values.get("alert_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def allow_expired_crl(self) -> typing.Optional[builtins.str]:
        '''allow_expired_crl option to be ``enabled`` / ``disabled``.  Default is ``disabled``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#allow_expired_crl LtmProfileClientSsl#allow_expired_crl}
        '''
        result = self._values.get("allow_expired_crl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def allow_non_ssl(self) -> typing.Optional[builtins.str]:
        '''Allow non ssl.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#allow_non_ssl LtmProfileClientSsl#allow_non_ssl}
        '''
        result = self._values.get("allow_non_ssl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authenticate(self) -> typing.Optional[builtins.str]:
        '''Server authentication once / always (default is once).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#authenticate LtmProfileClientSsl#authenticate}
        '''
        result = self._values.get("authenticate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authenticate_depth(self) -> typing.Optional[jsii.Number]:
        '''Client certificate chain traversal depth.  Default 9.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#authenticate_depth LtmProfileClientSsl#authenticate_depth}
        '''
        result = self._values.get("authenticate_depth")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def c3_d_client_fallback_cert(self) -> typing.Optional[builtins.str]:
        '''Client Fallback Certificate. Default None.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#c3d_client_fallback_cert LtmProfileClientSsl#c3d_client_fallback_cert}
        '''
        result = self._values.get("c3_d_client_fallback_cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def c3_d_drop_unknown_ocsp_status(self) -> typing.Optional[builtins.str]:
        '''Unknown OCSP Response Control. Default Drop.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#c3d_drop_unknown_ocsp_status LtmProfileClientSsl#c3d_drop_unknown_ocsp_status}
        '''
        result = self._values.get("c3_d_drop_unknown_ocsp_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def c3_d_ocsp(self) -> typing.Optional[builtins.str]:
        '''OCSP. Default None.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#c3d_ocsp LtmProfileClientSsl#c3d_ocsp}
        '''
        result = self._values.get("c3_d_ocsp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cache_size(self) -> typing.Optional[jsii.Number]:
        '''Cache size (sessions).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cache_size LtmProfileClientSsl#cache_size}
        '''
        result = self._values.get("cache_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cache_timeout(self) -> typing.Optional[jsii.Number]:
        '''Cache time out.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cache_timeout LtmProfileClientSsl#cache_timeout}
        '''
        result = self._values.get("cache_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ca_file(self) -> typing.Optional[builtins.str]:
        '''(Trusted Certificate Authorities)Specifies a client CA that the system trusts. The default is ``None``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ca_file LtmProfileClientSsl#ca_file}
        '''
        result = self._values.get("ca_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert(self) -> typing.Optional[builtins.str]:
        '''Name of the server certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert LtmProfileClientSsl#cert}
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert_extension_includes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Cert extension includes for ssl forward proxy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_extension_includes LtmProfileClientSsl#cert_extension_includes}
        '''
        result = self._values.get("cert_extension_includes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cert_key_chain(self) -> typing.Optional[LtmProfileClientSslCertKeyChain]:
        '''cert_key_chain block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_key_chain LtmProfileClientSsl#cert_key_chain}
        '''
        result = self._values.get("cert_key_chain")
        return typing.cast(typing.Optional[LtmProfileClientSslCertKeyChain], result)

    @builtins.property
    def cert_life_span(self) -> typing.Optional[jsii.Number]:
        '''Life span of the certificate in days for ssl forward proxy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_life_span LtmProfileClientSsl#cert_life_span}
        '''
        result = self._values.get("cert_life_span")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cert_lookup_by_ipaddr_port(self) -> typing.Optional[builtins.str]:
        '''Cert lookup by ip address and port enabled / disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cert_lookup_by_ipaddr_port LtmProfileClientSsl#cert_lookup_by_ipaddr_port}
        '''
        result = self._values.get("cert_lookup_by_ipaddr_port")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def chain(self) -> typing.Optional[builtins.str]:
        '''Client certificate chain name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#chain LtmProfileClientSsl#chain}
        '''
        result = self._values.get("chain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cipher_group(self) -> typing.Optional[builtins.str]:
        '''Cipher group for the ssl client profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#cipher_group LtmProfileClientSsl#cipher_group}
        '''
        result = self._values.get("cipher_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ciphers(self) -> typing.Optional[builtins.str]:
        '''BigIP Cipher string.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ciphers LtmProfileClientSsl#ciphers}
        '''
        result = self._values.get("ciphers")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_cert_ca(self) -> typing.Optional[builtins.str]:
        '''(Advertised Certificate Authorities)Specifies that the CAs that the system advertises to clients is being trusted by the profile.

        The default is ``None``

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#client_cert_ca LtmProfileClientSsl#client_cert_ca}
        '''
        result = self._values.get("client_cert_ca")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def crl_file(self) -> typing.Optional[builtins.str]:
        '''Certificate revocation file name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#crl_file LtmProfileClientSsl#crl_file}
        '''
        result = self._values.get("crl_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Profile name that this profile defaults from.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#defaults_from LtmProfileClientSsl#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def forward_proxy_bypass_default_action(self) -> typing.Optional[builtins.str]:
        '''Forward proxy bypass default action. (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#forward_proxy_bypass_default_action LtmProfileClientSsl#forward_proxy_bypass_default_action}
        '''
        result = self._values.get("forward_proxy_bypass_default_action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def full_path(self) -> typing.Optional[builtins.str]:
        '''full path of the profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#full_path LtmProfileClientSsl#full_path}
        '''
        result = self._values.get("full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def generation(self) -> typing.Optional[jsii.Number]:
        '''generation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#generation LtmProfileClientSsl#generation}
        '''
        result = self._values.get("generation")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def generic_alert(self) -> typing.Optional[builtins.str]:
        '''Generic alerts enabled / disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#generic_alert LtmProfileClientSsl#generic_alert}
        '''
        result = self._values.get("generic_alert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def handshake_timeout(self) -> typing.Optional[builtins.str]:
        '''Handshake time out (seconds).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#handshake_timeout LtmProfileClientSsl#handshake_timeout}
        '''
        result = self._values.get("handshake_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#id LtmProfileClientSsl#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def inherit_cert_keychain(self) -> typing.Optional[builtins.str]:
        '''Inherit cert key chain.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#inherit_cert_keychain LtmProfileClientSsl#inherit_cert_keychain}
        '''
        result = self._values.get("inherit_cert_keychain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Name of the Server SSL profile key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#key LtmProfileClientSsl#key}
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''ModSSL Methods enabled / disabled.  Default is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#mode LtmProfileClientSsl#mode}
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mod_ssl_methods(self) -> typing.Optional[builtins.str]:
        '''ModSSL Methods enabled / disabled.  Default is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#mod_ssl_methods LtmProfileClientSsl#mod_ssl_methods}
        '''
        result = self._values.get("mod_ssl_methods")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ocsp_stapling(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the system uses OCSP stapling.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ocsp_stapling LtmProfileClientSsl#ocsp_stapling}
        '''
        result = self._values.get("ocsp_stapling")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''name of partition.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#partition LtmProfileClientSsl#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def passphrase(self) -> typing.Optional[builtins.str]:
        '''Client Certificate Constrained Delegation CA passphrase.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#passphrase LtmProfileClientSsl#passphrase}
        '''
        result = self._values.get("passphrase")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peer_cert_mode(self) -> typing.Optional[builtins.str]:
        '''Peer Cert Mode.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#peer_cert_mode LtmProfileClientSsl#peer_cert_mode}
        '''
        result = self._values.get("peer_cert_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_ca_cert(self) -> typing.Optional[builtins.str]:
        '''Proxy CA Cert.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ca_cert LtmProfileClientSsl#proxy_ca_cert}
        '''
        result = self._values.get("proxy_ca_cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_ca_key(self) -> typing.Optional[builtins.str]:
        '''Proxy CA Key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ca_key LtmProfileClientSsl#proxy_ca_key}
        '''
        result = self._values.get("proxy_ca_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_ca_passphrase(self) -> typing.Optional[builtins.str]:
        '''Proxy CA Passphrase.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ca_passphrase LtmProfileClientSsl#proxy_ca_passphrase}
        '''
        result = self._values.get("proxy_ca_passphrase")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_ssl(self) -> typing.Optional[builtins.str]:
        '''Proxy SSL enabled / disabled.  Default is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ssl LtmProfileClientSsl#proxy_ssl}
        '''
        result = self._values.get("proxy_ssl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_ssl_passthrough(self) -> typing.Optional[builtins.str]:
        '''Proxy SSL passthrough enabled / disabled.  Default is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#proxy_ssl_passthrough LtmProfileClientSsl#proxy_ssl_passthrough}
        '''
        result = self._values.get("proxy_ssl_passthrough")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def renegotiate_period(self) -> typing.Optional[builtins.str]:
        '''Renogotiate Period (seconds).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#renegotiate_period LtmProfileClientSsl#renegotiate_period}
        '''
        result = self._values.get("renegotiate_period")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def renegotiate_size(self) -> typing.Optional[builtins.str]:
        '''Renogotiate Size.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#renegotiate_size LtmProfileClientSsl#renegotiate_size}
        '''
        result = self._values.get("renegotiate_size")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def renegotiation(self) -> typing.Optional[builtins.str]:
        '''Renegotiation (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#renegotiation LtmProfileClientSsl#renegotiation}
        '''
        result = self._values.get("renegotiation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retain_certificate(self) -> typing.Optional[builtins.str]:
        '''Retain certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#retain_certificate LtmProfileClientSsl#retain_certificate}
        '''
        result = self._values.get("retain_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secure_renegotiation(self) -> typing.Optional[builtins.str]:
        '''Secure reneogotiaton (request / require / require-strict).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#secure_renegotiation LtmProfileClientSsl#secure_renegotiation}
        '''
        result = self._values.get("secure_renegotiation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''Server name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#server_name LtmProfileClientSsl#server_name}
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_mirroring(self) -> typing.Optional[builtins.str]:
        '''Session Mirroring (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#session_mirroring LtmProfileClientSsl#session_mirroring}
        '''
        result = self._values.get("session_mirroring")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_ticket(self) -> typing.Optional[builtins.str]:
        '''Session Ticket (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#session_ticket LtmProfileClientSsl#session_ticket}
        '''
        result = self._values.get("session_ticket")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni_default(self) -> typing.Optional[builtins.str]:
        '''SNI Default (true / false).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#sni_default LtmProfileClientSsl#sni_default}
        '''
        result = self._values.get("sni_default")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sni_require(self) -> typing.Optional[builtins.str]:
        '''SNI Require (true / false).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#sni_require LtmProfileClientSsl#sni_require}
        '''
        result = self._values.get("sni_require")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_c3_d(self) -> typing.Optional[builtins.str]:
        '''Client Certificate Constrained Delegation enabled / disabled.  Default is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_c3d LtmProfileClientSsl#ssl_c3d}
        '''
        result = self._values.get("ssl_c3_d")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_forward_proxy(self) -> typing.Optional[builtins.str]:
        '''SSL forward Proxy (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_forward_proxy LtmProfileClientSsl#ssl_forward_proxy}
        '''
        result = self._values.get("ssl_forward_proxy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_forward_proxy_bypass(self) -> typing.Optional[builtins.str]:
        '''SSL forward Proxy Bypass (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_forward_proxy_bypass LtmProfileClientSsl#ssl_forward_proxy_bypass}
        '''
        result = self._values.get("ssl_forward_proxy_bypass")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_sign_hash(self) -> typing.Optional[builtins.str]:
        '''SSL sign hash (any, sha1, sha256, sha384).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#ssl_sign_hash LtmProfileClientSsl#ssl_sign_hash}
        '''
        result = self._values.get("ssl_sign_hash")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def strict_resume(self) -> typing.Optional[builtins.str]:
        '''Strict Resume (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#strict_resume LtmProfileClientSsl#strict_resume}
        '''
        result = self._values.get("strict_resume")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tm_options(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#tm_options LtmProfileClientSsl#tm_options}.'''
        result = self._values.get("tm_options")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def unclean_shutdown(self) -> typing.Optional[builtins.str]:
        '''Unclean Shutdown (enabled / disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_client_ssl#unclean_shutdown LtmProfileClientSsl#unclean_shutdown}
        '''
        result = self._values.get("unclean_shutdown")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileClientSslConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmProfileClientSsl",
    "LtmProfileClientSslCertKeyChain",
    "LtmProfileClientSslCertKeyChainOutputReference",
    "LtmProfileClientSslConfig",
]

publication.publish()

def _typecheckingstub__11abb0e9d4766fa2853f7b4df4a84e0631342de2ad379b935d8a6f82eff3c348(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    alert_timeout: typing.Optional[builtins.str] = None,
    allow_expired_crl: typing.Optional[builtins.str] = None,
    allow_non_ssl: typing.Optional[builtins.str] = None,
    authenticate: typing.Optional[builtins.str] = None,
    authenticate_depth: typing.Optional[jsii.Number] = None,
    c3_d_client_fallback_cert: typing.Optional[builtins.str] = None,
    c3_d_drop_unknown_ocsp_status: typing.Optional[builtins.str] = None,
    c3_d_ocsp: typing.Optional[builtins.str] = None,
    cache_size: typing.Optional[jsii.Number] = None,
    cache_timeout: typing.Optional[jsii.Number] = None,
    ca_file: typing.Optional[builtins.str] = None,
    cert: typing.Optional[builtins.str] = None,
    cert_extension_includes: typing.Optional[typing.Sequence[builtins.str]] = None,
    cert_key_chain: typing.Optional[typing.Union[LtmProfileClientSslCertKeyChain, typing.Dict[builtins.str, typing.Any]]] = None,
    cert_life_span: typing.Optional[jsii.Number] = None,
    cert_lookup_by_ipaddr_port: typing.Optional[builtins.str] = None,
    chain: typing.Optional[builtins.str] = None,
    cipher_group: typing.Optional[builtins.str] = None,
    ciphers: typing.Optional[builtins.str] = None,
    client_cert_ca: typing.Optional[builtins.str] = None,
    crl_file: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    forward_proxy_bypass_default_action: typing.Optional[builtins.str] = None,
    full_path: typing.Optional[builtins.str] = None,
    generation: typing.Optional[jsii.Number] = None,
    generic_alert: typing.Optional[builtins.str] = None,
    handshake_timeout: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    inherit_cert_keychain: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    mod_ssl_methods: typing.Optional[builtins.str] = None,
    ocsp_stapling: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    passphrase: typing.Optional[builtins.str] = None,
    peer_cert_mode: typing.Optional[builtins.str] = None,
    proxy_ca_cert: typing.Optional[builtins.str] = None,
    proxy_ca_key: typing.Optional[builtins.str] = None,
    proxy_ca_passphrase: typing.Optional[builtins.str] = None,
    proxy_ssl: typing.Optional[builtins.str] = None,
    proxy_ssl_passthrough: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__8e2cccebb6984880007e669f3df820719e40774838c1f137f1e8d944fe915b9b(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c98ef65756b7c25d5bf2a7731f5a6369abd635e5dd398bf80672c0d8cf2501d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b8c0ca03c132afbf3b7bb9c1de3a0e714c908d4217926fedaa6c7199ceb7f47(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d49a0f15d3f9188a9ee32bd871c7c335f7bb8496483ea44cf538866e84e9a30(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99f15bf8fe21b80ccff99da5acd1fb4c8a44c0240d35c80e0dce92e966e987e0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ec72896eb326b930d9952c1abd4db9d1a9c456df31a97ba51c8d23e27d984cd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f9c1e9cfc625e0d4dd3bc911fd3d5f22f51b74346518de41eb44519e4d7352d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__272ba070631b58a3a059e3346349895e412b740d0fef73a4274ee9062e709dfc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07edd73c7f5985addc470f08aa233df1616e33ee486dc852ece991f3451af85c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54aff5febc395ff8774c082fe4641256a949bcc10e83d6a1efc7d0b70d1a6e32(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ee62048e53dba6a25317d5aacbd8d886488f3cbb78de8f2a2be0406d33cef79(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e8dca2457da124c32b42183e28c5ed831caa8502147a509f9cbecee46d334ca(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96697251d7b6671542e7be33f4bfd89358b77c1e3a6f890340f458d76e78ceff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23a64073de6e3c194854447cbf9960e16fc1490962c0f03e987be8ee28f6b835(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f660f698c42cef562fdc9bbc62b0730de7c36f2687e7e38b29cd7ac294e1b6d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2caf11ebd437422721e1be68fe3d69fe918ed8f433d2422024208cf3f7bc5a2b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__662b50578c0de696c6b34382adf9d42feedf28c620d61e3ed39f902e0546c96c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a03d8ec9136e66f63ccbee0bdd07a1db5dfac563962f7147e995ad4574443b6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__695a00300a76fd5efcecc7b3a4955c885b8a83aac39eaee52482caa13fd583e5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b20b0f7a6b6e2b123eb2593074fa9ba71426ff6ca77c5120b921cda8b3c876d8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__446e4a6aa378e51c13d7c392f4cf0c6de9335f2cb614c197535519eac139a6d8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df11290cdc44c868c9585951b9b91524c5274408b55819877c5cea6556aef901(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22e8a34b292ba26c7c7a05a3219057bb8e83a7588c8cc937f74c9196f961dfa6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11df3cc396bdad7a47fead365e20f2f9d477c598958680f525752dd705923a0e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfc8d07d11df8a5d7cb3404418728301c3a6798a79244930c66bef8cf1350b12(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__431b6040df0fead636686975a7ef5ac37df86a17508579250236b387aee8ac5b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ccc2aee25c99477b568d9e8cf14efceff7d3b0cfaebbec990a8c6c1bc000fe8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9964daa7aab231c19f2c92cf56dfa62537451447a55502ad7c655be507da66e0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc29dd0a27b14141f204560f738d7e6ee1d9364708b59d760a107b461c697504(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a72b74838701752948f1fdac3b0a43a1b2796ed612c038f7c5b4c97ee8213c4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1a38b6391994b57300eda563ffcfaafc33a583b180673b7a26d8c2debef60ed(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38886f39461029de2ede06a1dbbb88a3bbd4ab9f9bd38b7f09841334cb47a712(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a285f1b8956dce531929ef2701e14f08c5a4dd69f194eb9e8125a47b2e13247(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b80fe61f125f53cb902210b1884b4e33092c767c23410f168a5d96b66362b8d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__928750f6eb5a8f38b838b840f8a488d73edc48788e3afbf3e2b0d1452c2ba1c2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb5484b53711cf57693874420fb5198f0aaebdf387c4b7da61be24e1a88489b3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb2e1c18f313e2385757e5d8ae73eaec4e0e574a38b1cb6a41ac54f1a39a6ca0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9fcef9d3e4f1b5067af8effd770e8efe7efae023f793b1b2bd6a03933e14b2c2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28334d7724b2c1188af9531fa9dfc81edea4c8ec6457d8a9475a3a0d01595b0e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9362985104ac9d7c1c82754447e4404ea0a50697660fa755afab6e406faf1985(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff5d4fc87f454ac8cdcc46e45e5d111735ac5ed16d816185037e20b227b4d7e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2fa3bd3bb02ede39bbbe187cfd4bf64c6170530c57c37f9d50597a3d5fda7450(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db2992a7934428d029da3e1733bb33e97fef92d02f43ec564c0ef96442d80954(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__188b62d62b85a4372bf57be1ded6c1ea831228aa488013238c6f7400a203a54a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__152f590520fcf6d920368d63b08d14beba24d7474dc7a409c8fafb4c3c361057(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__468f5f0767fd2fbf10175a30bd076b72d3b87060b60a59dfa6ae793be932e545(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5666b142353d92f1cfc53d99b526ee526630f5f804102d75de020ea42590ed7b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__263f07a6ccedc0dd630b12e804e3c3765907db987181e200bacecc35eaa41da2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0fd7fa2a771f260b20eb9c6d12e46cd48f2df90d7e40333a169c472c15101fde(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0c9a9e64d171ed20b39662d13b3a6b92caef09829219ddc418b739c6e52ca84(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edada79cd1d86ec07cb668b2fa320517580a029a9a72b61e0c739bf0495caa46(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9dd852be29e846892ec364060a7fcb0ef2555133fa0f16d6484a77d229cb2827(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__823c02bac04b7a8311fe51b5712695a99f598ce220f374f8f47dda3f07df472c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea7eb2e0d4efbc878b660f4c4d64d8526dbde0f40e894fad0477643493da678c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bcbe1e370478373578c489f24105e89921c9f0f621ab7e200d72f3cc958c5014(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db37ae55f783787029275e0e2391902a2cbcbc74795f3577939a91001e342446(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93703b9d47be0371fb3e96e5b36a5dcd8f9d70fee47b7741cf71db661d159074(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6470eb2ea348cd94f2a679a6bffb5d2018dfddd4f24d483390edf23dfae0b6d4(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2af4b72fff317ad0c357cacec401b873091b375ef8f814fe902452ba3ddd13e8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f5051e2250a1c19a0e69d824c1afd387b1c81f696773d2156f7d3c37baa9cc3(
    *,
    cert: typing.Optional[builtins.str] = None,
    chain: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    passphrase: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__098fcdee11dfd9706bd28ebf7bf03064227b97c5b01d7f751c60fe93a23ac2b0(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b79050a8be42570c05a6726c3bcaf93cabd14b1245c80a08b6afad7ae3164a37(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f51bf764284703cba2b43c6517699981476363a2e490085193e8e857c6682f6e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3c241c4998db6d6e58aa309625fe24608786a1897d1df7fa9fb3a8318c4add8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96eec5ef41b82e0e4602f1725a4e7837cc65d911b4da5889b8868b2edaaefec9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eaa32a9b135e2161c114fbb9ee53c331d4fc7bf5df0169030e0ce62be5bdfca6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3091fe7dcf07ff29b7095f9f3d93e3ea2777952a7e1a338a3839b6e74d2222db(
    value: typing.Optional[LtmProfileClientSslCertKeyChain],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4a76e1ef4968d5d8946a1f7c1c1746d2c3c78920d7ff99c17943588d7fd9e8b(
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
    allow_expired_crl: typing.Optional[builtins.str] = None,
    allow_non_ssl: typing.Optional[builtins.str] = None,
    authenticate: typing.Optional[builtins.str] = None,
    authenticate_depth: typing.Optional[jsii.Number] = None,
    c3_d_client_fallback_cert: typing.Optional[builtins.str] = None,
    c3_d_drop_unknown_ocsp_status: typing.Optional[builtins.str] = None,
    c3_d_ocsp: typing.Optional[builtins.str] = None,
    cache_size: typing.Optional[jsii.Number] = None,
    cache_timeout: typing.Optional[jsii.Number] = None,
    ca_file: typing.Optional[builtins.str] = None,
    cert: typing.Optional[builtins.str] = None,
    cert_extension_includes: typing.Optional[typing.Sequence[builtins.str]] = None,
    cert_key_chain: typing.Optional[typing.Union[LtmProfileClientSslCertKeyChain, typing.Dict[builtins.str, typing.Any]]] = None,
    cert_life_span: typing.Optional[jsii.Number] = None,
    cert_lookup_by_ipaddr_port: typing.Optional[builtins.str] = None,
    chain: typing.Optional[builtins.str] = None,
    cipher_group: typing.Optional[builtins.str] = None,
    ciphers: typing.Optional[builtins.str] = None,
    client_cert_ca: typing.Optional[builtins.str] = None,
    crl_file: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    forward_proxy_bypass_default_action: typing.Optional[builtins.str] = None,
    full_path: typing.Optional[builtins.str] = None,
    generation: typing.Optional[jsii.Number] = None,
    generic_alert: typing.Optional[builtins.str] = None,
    handshake_timeout: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    inherit_cert_keychain: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    mod_ssl_methods: typing.Optional[builtins.str] = None,
    ocsp_stapling: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    passphrase: typing.Optional[builtins.str] = None,
    peer_cert_mode: typing.Optional[builtins.str] = None,
    proxy_ca_cert: typing.Optional[builtins.str] = None,
    proxy_ca_key: typing.Optional[builtins.str] = None,
    proxy_ca_passphrase: typing.Optional[builtins.str] = None,
    proxy_ssl: typing.Optional[builtins.str] = None,
    proxy_ssl_passthrough: typing.Optional[builtins.str] = None,
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
) -> None:
    """Type checking stubs"""
    pass
