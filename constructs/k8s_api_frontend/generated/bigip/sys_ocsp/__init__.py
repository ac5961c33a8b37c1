r'''
# `bigip_sys_ocsp`

Refer to the Terraform Registry for docs: [`bigip_sys_ocsp`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp).
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


class SysOcsp(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.sysOcsp.SysOcsp",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp bigip_sys_ocsp}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        cache_error_timeout: typing.Optional[jsii.Number] = None,
        cache_timeout: typing.Optional[builtins.str] = None,
        clock_skew: typing.Optional[jsii.Number] = None,
        concurrent_connections_limit: typing.Optional[jsii.Number] = None,
        connection_timeout: typing.Optional[jsii.Number] = None,
        dns_resolver: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        passphrase: typing.Optional[builtins.str] = None,
        proxy_server_pool: typing.Optional[builtins.str] = None,
        responder_url: typing.Optional[builtins.str] = None,
        route_domain: typing.Optional[builtins.str] = None,
        signer_cert: typing.Optional[builtins.str] = None,
        signer_key: typing.Optional[builtins.str] = None,
        sign_hash: typing.Optional[builtins.str] = None,
        status_age: typing.Optional[jsii.Number] = None,
        strict_resp_cert_check: typing.Optional[builtins.str] = None,
        trusted_responders: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp bigip_sys_ocsp} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Specifies the name of the OCSP responder. It should be of the pattern '/partition/name'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#name SysOcsp#name}
        :param cache_error_timeout: Specifies the lifetime of an error response in the cache, in seconds. This value must be greater than connection_timeout. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#cache_error_timeout SysOcsp#cache_error_timeout}
        :param cache_timeout: Specifies the lifetime of the OCSP response in the cache, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#cache_timeout SysOcsp#cache_timeout}
        :param clock_skew: Specifies the tolerable absolute difference in the clocks of the responder and the BIG-IP system, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#clock_skew SysOcsp#clock_skew}
        :param concurrent_connections_limit: Specifies the maximum number of connections per second allowed for the OCSP certificate validator. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#concurrent_connections_limit SysOcsp#concurrent_connections_limit}
        :param connection_timeout: Specifies the time interval that the BIG-IP system waits for before ending the connection to the OCSP responder, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#connection_timeout SysOcsp#connection_timeout}
        :param dns_resolver: Specifies the internal DNS resolver the BIG-IP system uses to fetch the OCSP response. It should be of the pattern '/partition/resolver-name' Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#dns_resolver SysOcsp#dns_resolver}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#id SysOcsp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param passphrase: Specifies a passphrase used to sign an OCSP request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#passphrase SysOcsp#passphrase}
        :param proxy_server_pool: Specifies the proxy server pool the BIG-IP system uses to fetch the OCSP response. It should be of the pattern '/partition/pool-name' Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#proxy_server_pool SysOcsp#proxy_server_pool}
        :param responder_url: Specifies the URL of the OCSP responder. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#responder_url SysOcsp#responder_url}
        :param route_domain: Specifies the route domain for the OCSP responder. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#route_domain SysOcsp#route_domain}
        :param signer_cert: Specifies a certificate used to sign an OCSP request. It should be of the pattern '/partition/cert-name'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#signer_cert SysOcsp#signer_cert}
        :param signer_key: Specifies a key used to sign an OCSP request. It should be of the pattern '/partition/key-name'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#signer_key SysOcsp#signer_key}
        :param sign_hash: Specifies the hash algorithm used to sign an OCSP request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#sign_hash SysOcsp#sign_hash}
        :param status_age: Specifies the maximum allowed lag time that the BIG-IP system accepts for the 'thisUpdate' time in the OCSP response, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#status_age SysOcsp#status_age}
        :param strict_resp_cert_check: Specifies whether the responder's certificate is checked for an OCSP signing extension. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#strict_resp_cert_check SysOcsp#strict_resp_cert_check}
        :param trusted_responders: Specifies the certificates used for validating the OCSP response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#trusted_responders SysOcsp#trusted_responders}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74bca8587483e5d43c8c691779da69148f5a17f170678b52c3dcddf4dcf8a1ed)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = SysOcspConfig(
            name=name,
            cache_error_timeout=cache_error_timeout,
            cache_timeout=cache_timeout,
            clock_skew=clock_skew,
            concurrent_connections_limit=concurrent_connections_limit,
            connection_timeout=connection_timeout,
            dns_resolver=dns_resolver,
            id=id,
            passphrase=passphrase,
            proxy_server_pool=proxy_server_pool,
            responder_url=responder_url,
            route_domain=route_domain,
            signer_cert=signer_cert,
            signer_key=signer_key,
            sign_hash=sign_hash,
            status_age=status_age,
            strict_resp_cert_check=strict_resp_cert_check,
            trusted_responders=trusted_responders,
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
        '''Generates CDKTF code for importing a SysOcsp resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the SysOcsp to import.
        :param import_from_id: The id of the existing SysOcsp that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the SysOcsp to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5bfe02f6f617b6208319ee1c14ee0064f750c4f0718dd619b819639dcfe15f66)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetCacheErrorTimeout")
    def reset_cache_error_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheErrorTimeout", []))

    @jsii.member(jsii_name="resetCacheTimeout")
    def reset_cache_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheTimeout", []))

    @jsii.member(jsii_name="resetClockSkew")
    def reset_clock_skew(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClockSkew", []))

    @jsii.member(jsii_name="resetConcurrentConnectionsLimit")
    def reset_concurrent_connections_limit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConcurrentConnectionsLimit", []))

    @jsii.member(jsii_name="resetConnectionTimeout")
    def reset_connection_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionTimeout", []))

    @jsii.member(jsii_name="resetDnsResolver")
    def reset_dns_resolver(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDnsResolver", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetPassphrase")
    def reset_passphrase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassphrase", []))

    @jsii.member(jsii_name="resetProxyServerPool")
    def reset_proxy_server_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxyServerPool", []))

    @jsii.member(jsii_name="resetResponderUrl")
    def reset_responder_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponderUrl", []))

    @jsii.member(jsii_name="resetRouteDomain")
    def reset_route_domain(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRouteDomain", []))

    @jsii.member(jsii_name="resetSignerCert")
    def reset_signer_cert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSignerCert", []))

    @jsii.member(jsii_name="resetSignerKey")
    def reset_signer_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSignerKey", []))

    @jsii.member(jsii_name="resetSignHash")
    def reset_sign_hash(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSignHash", []))

    @jsii.member(jsii_name="resetStatusAge")
    def reset_status_age(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatusAge", []))

    @jsii.member(jsii_name="resetStrictRespCertCheck")
    def reset_strict_resp_cert_check(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStrictRespCertCheck", []))

    @jsii.member(jsii_name="resetTrustedResponders")
    def reset_trusted_responders(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTrustedResponders", []))

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
    @jsii.member(jsii_name="cacheErrorTimeoutInput")
    def cache_error_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "cacheErrorTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheTimeoutInput")
    def cache_timeout_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cacheTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="clockSkewInput")
    def clock_skew_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clockSkewInput"))

    @builtins.property
    @jsii.member(jsii_name="concurrentConnectionsLimitInput")
    def concurrent_connections_limit_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "concurrentConnectionsLimitInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionTimeoutInput")
    def connection_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connectionTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="dnsResolverInput")
    def dns_resolver_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dnsResolverInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="passphraseInput")
    def passphrase_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passphraseInput"))

    @builtins.property
    @jsii.member(jsii_name="proxyServerPoolInput")
    def proxy_server_pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxyServerPoolInput"))

    @builtins.property
    @jsii.member(jsii_name="responderUrlInput")
    def responder_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "responderUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="routeDomainInput")
    def route_domain_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "routeDomainInput"))

    @builtins.property
    @jsii.member(jsii_name="signerCertInput")
    def signer_cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "signerCertInput"))

    @builtins.property
    @jsii.member(jsii_name="signerKeyInput")
    def signer_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "signerKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="signHashInput")
    def sign_hash_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "signHashInput"))

    @builtins.property
    @jsii.member(jsii_name="statusAgeInput")
    def status_age_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "statusAgeInput"))

    @builtins.property
    @jsii.member(jsii_name="strictRespCertCheckInput")
    def strict_resp_cert_check_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "strictRespCertCheckInput"))

    @builtins.property
    @jsii.member(jsii_name="trustedRespondersInput")
    def trusted_responders_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "trustedRespondersInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheErrorTimeout")
    def cache_error_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cacheErrorTimeout"))

    @cache_error_timeout.setter
    def cache_error_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__50fe05190cffc81da4b575d85dd7747de64216e74ce8feb4851db48a795406e3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheErrorTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheTimeout")
    def cache_timeout(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cacheTimeout"))

    @cache_timeout.setter
    def cache_timeout(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a2542d9e154977212b4bb5d57e2b1e5ba7b1e86500f4dd94ec26a3e2590f936f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clockSkew")
    def clock_skew(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "clockSkew"))

    @clock_skew.setter
    def clock_skew(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__11fb035b36ba303ad1767db4b736dc71f2fcf497abfe189e84fb1ae9017a21da)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clockSkew", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="concurrentConnectionsLimit")
    def concurrent_connections_limit(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "concurrentConnectionsLimit"))

    @concurrent_connections_limit.setter
    def concurrent_connections_limit(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae5cae3cd9aa73e3e66d131754f6e3ae05f7871ca75222eabc7cb06dd46dcc9d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "concurrentConnectionsLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionTimeout")
    def connection_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionTimeout"))

    @connection_timeout.setter
    def connection_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__63ea753aa2afbdac423da7edaf8cc059c991fe3d08c75c904cf2892a346399eb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dnsResolver")
    def dns_resolver(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dnsResolver"))

    @dns_resolver.setter
    def dns_resolver(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__357efa4e69103211ee2ccf71e2ec482bbdeb16a5fd7f2fc16f10c5aac6c34471)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dnsResolver", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d067b98007a70e8a7ab7f7842686c799cc7d644b133c3d40b47a325a3565506)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2d3116012ab1d8a9ee5aa333f56325fe250093382011b0f582ed9184d4b9a1df)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passphrase")
    def passphrase(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "passphrase"))

    @passphrase.setter
    def passphrase(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe7f0ae9ffb089bfc72c70ff039621f97474c02a96ede70b533955d28f0efacf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passphrase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyServerPool")
    def proxy_server_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyServerPool"))

    @proxy_server_pool.setter
    def proxy_server_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__798d5a3c48faa4df27880003bff7a58f3ff4621257a28c749e258423c834c5dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyServerPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="responderUrl")
    def responder_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "responderUrl"))

    @responder_url.setter
    def responder_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__285f01b4d468b9ada56df5ed75a05211d8528e4e8f97dfdac9bac8e4a47a7344)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "responderUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="routeDomain")
    def route_domain(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "routeDomain"))

    @route_domain.setter
    def route_domain(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66c55e8654fbaf01ba23b472a285aa217b23efb7290dbfb14e873d64cb06cb2a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "routeDomain", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signerCert")
    def signer_cert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "signerCert"))

    @signer_cert.setter
    def signer_cert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__30962c4131d263c00d763e70b5ca01661935e007944a0acc5991eb020e9b80c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signerCert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signerKey")
    def signer_key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "signerKey"))

    @signer_key.setter
    def signer_key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bed5e160639e350372c0addba09a794f10ef269e49605e163dcfe70b34b9f3fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signerKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signHash")
    def sign_hash(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "signHash"))

    @sign_hash.setter
    def sign_hash(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae663c9a141d1515533d01a80cfc9e9e8d912479a735dc1c2548e0f5ac11d575)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signHash", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="statusAge")
    def status_age(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "statusAge"))

    @status_age.setter
    def status_age(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1ecf06190a937cf68101992db52ee4ad104e209c04785346508c677cbf05e9ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "statusAge", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="strictRespCertCheck")
    def strict_resp_cert_check(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "strictRespCertCheck"))

    @strict_resp_cert_check.setter
    def strict_resp_cert_check(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0458a067cbd27c8d2df09257c227def97f37c982268de3571e3a72904e372b37)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "strictRespCertCheck", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trustedResponders")
    def trusted_responders(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "trustedResponders"))

    @trusted_responders.setter
    def trusted_responders(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c532ba7b44cfd214b4e9641141b813e3b1bc39afe6ebd2c6f19d5a5bcaebca8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trustedResponders", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.sysOcsp.SysOcspConfig",
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
        "cache_error_timeout": "cacheErrorTimeout",
        "cache_timeout": "cacheTimeout",
        "clock_skew": "clockSkew",
        "concurrent_connections_limit": "concurrentConnectionsLimit",
        "connection_timeout": "connectionTimeout",
        "dns_resolver": "dnsResolver",
        "id": "id",
        "passphrase": "passphrase",
        "proxy_server_pool": "proxyServerPool",
        "responder_url": "responderUrl",
        "route_domain": "routeDomain",
        "signer_cert": "signerCert",
        "signer_key": "signerKey",
        "sign_hash": "signHash",
        "status_age": "statusAge",
        "strict_resp_cert_check": "strictRespCertCheck",
        "trusted_responders": "trustedResponders",
    },
)
class SysOcspConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        cache_error_timeout: typing.Optional[jsii.Number] = None,
        cache_timeout: typing.Optional[builtins.str] = None,
        clock_skew: typing.Optional[jsii.Number] = None,
        concurrent_connections_limit: typing.Optional[jsii.Number] = None,
        connection_timeout: typing.Optional[jsii.Number] = None,
        dns_resolver: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        passphrase: typing.Optional[builtins.str] = None,
        proxy_server_pool: typing.Optional[builtins.str] = None,
        responder_url: typing.Optional[builtins.str] = None,
        route_domain: typing.Optional[builtins.str] = None,
        signer_cert: typing.Optional[builtins.str] = None,
        signer_key: typing.Optional[builtins.str] = None,
        sign_hash: typing.Optional[builtins.str] = None,
        status_age: typing.Optional[jsii.Number] = None,
        strict_resp_cert_check: typing.Optional[builtins.str] = None,
        trusted_responders: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Specifies the name of the OCSP responder. It should be of the pattern '/partition/name'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#name SysOcsp#name}
        :param cache_error_timeout: Specifies the lifetime of an error response in the cache, in seconds. This value must be greater than connection_timeout. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#cache_error_timeout SysOcsp#cache_error_timeout}
        :param cache_timeout: Specifies the lifetime of the OCSP response in the cache, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#cache_timeout SysOcsp#cache_timeout}
        :param clock_skew: Specifies the tolerable absolute difference in the clocks of the responder and the BIG-IP system, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#clock_skew SysOcsp#clock_skew}
        :param concurrent_connections_limit: Specifies the maximum number of connections per second allowed for the OCSP certificate validator. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#concurrent_connections_limit SysOcsp#concurrent_connections_limit}
        :param connection_timeout: Specifies the time interval that the BIG-IP system waits for before ending the connection to the OCSP responder, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#connection_timeout SysOcsp#connection_timeout}
        :param dns_resolver: Specifies the internal DNS resolver the BIG-IP system uses to fetch the OCSP response. It should be of the pattern '/partition/resolver-name' Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#dns_resolver SysOcsp#dns_resolver}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#id SysOcsp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param passphrase: Specifies a passphrase used to sign an OCSP request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#passphrase SysOcsp#passphrase}
        :param proxy_server_pool: Specifies the proxy server pool the BIG-IP system uses to fetch the OCSP response. It should be of the pattern '/partition/pool-name' Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#proxy_server_pool SysOcsp#proxy_server_pool}
        :param responder_url: Specifies the URL of the OCSP responder. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#responder_url SysOcsp#responder_url}
        :param route_domain: Specifies the route domain for the OCSP responder. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#route_domain SysOcsp#route_domain}
        :param signer_cert: Specifies a certificate used to sign an OCSP request. It should be of the pattern '/partition/cert-name'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#signer_cert SysOcsp#signer_cert}
        :param signer_key: Specifies a key used to sign an OCSP request. It should be of the pattern '/partition/key-name'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#signer_key SysOcsp#signer_key}
        :param sign_hash: Specifies the hash algorithm used to sign an OCSP request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#sign_hash SysOcsp#sign_hash}
        :param status_age: Specifies the maximum allowed lag time that the BIG-IP system accepts for the 'thisUpdate' time in the OCSP response, in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#status_age SysOcsp#status_age}
        :param strict_resp_cert_check: Specifies whether the responder's certificate is checked for an OCSP signing extension. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#strict_resp_cert_check SysOcsp#strict_resp_cert_check}
        :param trusted_responders: Specifies the certificates used for validating the OCSP response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#trusted_responders SysOcsp#trusted_responders}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd43773f5dc640acd2d39782e6608a70a81eb1ec160246d9754a83e15aa73eb7)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument cache_error_timeout", value=cache_error_timeout, expected_type=type_hints["cache_error_timeout"])
            check_type(argname="argument cache_timeout", value=cache_timeout, expected_type=type_hints["cache_timeout"])
            check_type(argname="argument clock_skew", value=clock_skew, expected_type=type_hints["clock_skew"])
            check_type(argname="argument concurrent_connections_limit", value=concurrent_connections_limit, expected_type=type_hints["concurrent_connections_limit"])
            check_type(argname="argument connection_timeout", value=connection_timeout, expected_type=type_hints["connection_timeout"])
            check_type(argname="argument dns_resolver", value=dns_resolver, expected_type=type_hints["dns_resolver"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument passphrase", value=passphrase, expected_type=type_hints["passphrase"])
            check_type(argname="argument proxy_server_pool", value=proxy_server_pool, expected_type=type_hints["proxy_server_pool"])
            check_type(argname="argument responder_url", value=responder_url, expected_type=type_hints["responder_url"])
            check_type(argname="argument route_domain", value=route_domain, expected_type=type_hints["route_domain"])
            check_type(argname="argument signer_cert", value=signer_cert, expected_type=type_hints["signer_cert"])
            check_type(argname="argument signer_key", value=signer_key, expected_type=type_hints["signer_key"])
            check_type(argname="argument sign_hash", value=sign_hash, expected_type=type_hints["sign_hash"])
            check_type(argname="argument status_age", value=status_age, expected_type=type_hints["status_age"])
            check_type(argname="argument strict_resp_cert_check", value=strict_resp_cert_check, expected_type=type_hints["strict_resp_cert_check"])
            check_type(argname="argument trusted_responders", value=trusted_responders, expected_type=type_hints["trusted_responders"])
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
        if cache_error_timeout is not None:
            self._values["cache_error_timeout"] = cache_error_timeout
        if cache_timeout is not None:
            self._values["cache_timeout"] = cache_timeout
        if clock_skew is not None:
            self._values["clock_skew"] = clock_skew
        if concurrent_connections_limit is not None:
            self._values["concurrent_connections_limit"] = concurrent_connections_limit
        if connection_timeout is not None:
            self._values["connection_timeout"] = connection_timeout
        if dns_resolver is not None:
            self._values["dns_resolver"] = dns_resolver
        if id is not None:
            self._values["id"] = id
        if passphrase is not None:
            self._values["passphrase"] = passphrase
        if proxy_server_pool is not None:
            self._values["proxy_server_pool"] = proxy_server_pool
        if responder_url is not None:
            self._values["responder_url"] = responder_url
        if route_domain is not None:
            self._values["route_domain"] = route_domain
        if signer_cert is not None:
            self._values["signer_cert"] = signer_cert
        if signer_key is not None:
            self._values["signer_key"] = signer_key
        if sign_hash is not None:
            self._values["sign_hash"] = sign_hash
        if status_age is not None:
            self._values["status_age"] = status_age
        if strict_resp_cert_check is not None:
            self._values["strict_resp_cert_check"] = strict_resp_cert_check
        if trusted_responders is not None:
            self._values["trusted_responders"] = trusted_responders

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
        '''Specifies the name of the OCSP responder. It should be of the pattern '/partition/name'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#name SysOcsp#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cache_error_timeout(self) -> typing.Optional[jsii.Number]:
        '''Specifies the lifetime of an error response in the cache, in seconds. This value must be greater than connection_timeout.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#cache_error_timeout SysOcsp#cache_error_timeout}
        '''
        result = self._values.get("cache_error_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cache_timeout(self) -> typing.Optional[builtins.str]:
        '''Specifies the lifetime of the OCSP response in the cache, in seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#cache_timeout SysOcsp#cache_timeout}
        '''
        result = self._values.get("cache_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def clock_skew(self) -> typing.Optional[jsii.Number]:
        '''Specifies the tolerable absolute difference in the clocks of the responder and the BIG-IP system, in seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#clock_skew SysOcsp#clock_skew}
        '''
        result = self._values.get("clock_skew")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def concurrent_connections_limit(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum number of connections per second allowed for the OCSP certificate validator.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#concurrent_connections_limit SysOcsp#concurrent_connections_limit}
        '''
        result = self._values.get("concurrent_connections_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def connection_timeout(self) -> typing.Optional[jsii.Number]:
        '''Specifies the time interval that the BIG-IP system waits for before ending the connection to the OCSP responder, in seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#connection_timeout SysOcsp#connection_timeout}
        '''
        result = self._values.get("connection_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def dns_resolver(self) -> typing.Optional[builtins.str]:
        '''Specifies the internal DNS resolver the BIG-IP system uses to fetch the OCSP response.

        It should be of the pattern '/partition/resolver-name'

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#dns_resolver SysOcsp#dns_resolver}
        '''
        result = self._values.get("dns_resolver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#id SysOcsp#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def passphrase(self) -> typing.Optional[builtins.str]:
        '''Specifies a passphrase used to sign an OCSP request.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#passphrase SysOcsp#passphrase}
        '''
        result = self._values.get("passphrase")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_server_pool(self) -> typing.Optional[builtins.str]:
        '''Specifies the proxy server pool the BIG-IP system uses to fetch the OCSP response.

        It should be of the pattern '/partition/pool-name'

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#proxy_server_pool SysOcsp#proxy_server_pool}
        '''
        result = self._values.get("proxy_server_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def responder_url(self) -> typing.Optional[builtins.str]:
        '''Specifies the URL of the OCSP responder.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#responder_url SysOcsp#responder_url}
        '''
        result = self._values.get("responder_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def route_domain(self) -> typing.Optional[builtins.str]:
        '''Specifies the route domain for the OCSP responder.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#route_domain SysOcsp#route_domain}
        '''
        result = self._values.get("route_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def signer_cert(self) -> typing.Optional[builtins.str]:
        '''Specifies a certificate used to sign an OCSP request. It should be of the pattern '/partition/cert-name'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#signer_cert SysOcsp#signer_cert}
        '''
        result = self._values.get("signer_cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def signer_key(self) -> typing.Optional[builtins.str]:
        '''Specifies a key used to sign an OCSP request. It should be of the pattern '/partition/key-name'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#signer_key SysOcsp#signer_key}
        '''
        result = self._values.get("signer_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sign_hash(self) -> typing.Optional[builtins.str]:
        '''Specifies the hash algorithm used to sign an OCSP request.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#sign_hash SysOcsp#sign_hash}
        '''
        result = self._values.get("sign_hash")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status_age(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum allowed lag time that the BIG-IP system accepts for the 'thisUpdate' time in the OCSP response, in seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#status_age SysOcsp#status_age}
        '''
        result = self._values.get("status_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def strict_resp_cert_check(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the responder's certificate is checked for an OCSP signing extension.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#strict_resp_cert_check SysOcsp#strict_resp_cert_check}
        '''
        result = self._values.get("strict_resp_cert_check")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def trusted_responders(self) -> typing.Optional[builtins.str]:
        '''Specifies the certificates used for validating the OCSP response.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/sys_ocsp#trusted_responders SysOcsp#trusted_responders}
        '''
        result = self._values.get("trusted_responders")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SysOcspConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "SysOcsp",
    "SysOcspConfig",
]

publication.publish()

def _typecheckingstub__74bca8587483e5d43c8c691779da69148f5a17f170678b52c3dcddf4dcf8a1ed(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    cache_error_timeout: typing.Optional[jsii.Number] = None,
    cache_timeout: typing.Optional[builtins.str] = None,
    clock_skew: typing.Optional[jsii.Number] = None,
    concurrent_connections_limit: typing.Optional[jsii.Number] = None,
    connection_timeout: typing.Optional[jsii.Number] = None,
    dns_resolver: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    passphrase: typing.Optional[builtins.str] = None,
    proxy_server_pool: typing.Optional[builtins.str] = None,
    responder_url: typing.Optional[builtins.str] = None,
    route_domain: typing.Optional[builtins.str] = None,
    signer_cert: typing.Optional[builtins.str] = None,
    signer_key: typing.Optional[builtins.str] = None,
    sign_hash: typing.Optional[builtins.str] = None,
    status_age: typing.Optional[jsii.Number] = None,
    strict_resp_cert_check: typing.Optional[builtins.str] = None,
    trusted_responders: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__5bfe02f6f617b6208319ee1c14ee0064f750c4f0718dd619b819639dcfe15f66(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50fe05190cffc81da4b575d85dd7747de64216e74ce8feb4851db48a795406e3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2542d9e154977212b4bb5d57e2b1e5ba7b1e86500f4dd94ec26a3e2590f936f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11fb035b36ba303ad1767db4b736dc71f2fcf497abfe189e84fb1ae9017a21da(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae5cae3cd9aa73e3e66d131754f6e3ae05f7871ca75222eabc7cb06dd46dcc9d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63ea753aa2afbdac423da7edaf8cc059c991fe3d08c75c904cf2892a346399eb(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__357efa4e69103211ee2ccf71e2ec482bbdeb16a5fd7f2fc16f10c5aac6c34471(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d067b98007a70e8a7ab7f7842686c799cc7d644b133c3d40b47a325a3565506(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d3116012ab1d8a9ee5aa333f56325fe250093382011b0f582ed9184d4b9a1df(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe7f0ae9ffb089bfc72c70ff039621f97474c02a96ede70b533955d28f0efacf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__798d5a3c48faa4df27880003bff7a58f3ff4621257a28c749e258423c834c5dd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__285f01b4d468b9ada56df5ed75a05211d8528e4e8f97dfdac9bac8e4a47a7344(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66c55e8654fbaf01ba23b472a285aa217b23efb7290dbfb14e873d64cb06cb2a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30962c4131d263c00d763e70b5ca01661935e007944a0acc5991eb020e9b80c7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bed5e160639e350372c0addba09a794f10ef269e49605e163dcfe70b34b9f3fe(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae663c9a141d1515533d01a80cfc9e9e8d912479a735dc1c2548e0f5ac11d575(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ecf06190a937cf68101992db52ee4ad104e209c04785346508c677cbf05e9ed(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0458a067cbd27c8d2df09257c227def97f37c982268de3571e3a72904e372b37(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c532ba7b44cfd214b4e9641141b813e3b1bc39afe6ebd2c6f19d5a5bcaebca8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd43773f5dc640acd2d39782e6608a70a81eb1ec160246d9754a83e15aa73eb7(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    cache_error_timeout: typing.Optional[jsii.Number] = None,
    cache_timeout: typing.Optional[builtins.str] = None,
    clock_skew: typing.Optional[jsii.Number] = None,
    concurrent_connections_limit: typing.Optional[jsii.Number] = None,
    connection_timeout: typing.Optional[jsii.Number] = None,
    dns_resolver: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    passphrase: typing.Optional[builtins.str] = None,
    proxy_server_pool: typing.Optional[builtins.str] = None,
    responder_url: typing.Optional[builtins.str] = None,
    route_domain: typing.Optional[builtins.str] = None,
    signer_cert: typing.Optional[builtins.str] = None,
    signer_key: typing.Optional[builtins.str] = None,
    sign_hash: typing.Optional[builtins.str] = None,
    status_age: typing.Optional[jsii.Number] = None,
    strict_resp_cert_check: typing.Optional[builtins.str] = None,
    trusted_responders: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
