r'''
# `bigip_ltm_persistence_profile_cookie`

Refer to the Terraform Registry for docs: [`bigip_ltm_persistence_profile_cookie`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie).
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


class LtmPersistenceProfileCookie(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmPersistenceProfileCookie.LtmPersistenceProfileCookie",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie bigip_ltm_persistence_profile_cookie}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        defaults_from: builtins.str,
        name: builtins.str,
        always_send: typing.Optional[builtins.str] = None,
        app_service: typing.Optional[builtins.str] = None,
        cookie_encryption: typing.Optional[builtins.str] = None,
        cookie_encryption_passphrase: typing.Optional[builtins.str] = None,
        cookie_name: typing.Optional[builtins.str] = None,
        expiration: typing.Optional[builtins.str] = None,
        hash_length: typing.Optional[jsii.Number] = None,
        hash_offset: typing.Optional[jsii.Number] = None,
        httponly: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        match_across_pools: typing.Optional[builtins.str] = None,
        match_across_services: typing.Optional[builtins.str] = None,
        match_across_virtuals: typing.Optional[builtins.str] = None,
        method: typing.Optional[builtins.str] = None,
        mirror: typing.Optional[builtins.str] = None,
        override_conn_limit: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie bigip_ltm_persistence_profile_cookie} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param defaults_from: Inherit defaults from parent profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#defaults_from LtmPersistenceProfileCookie#defaults_from}
        :param name: Name of the persistence profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#name LtmPersistenceProfileCookie#name}
        :param always_send: To enable _ disable always sending cookies. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#always_send LtmPersistenceProfileCookie#always_send}
        :param app_service: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#app_service LtmPersistenceProfileCookie#app_service}.
        :param cookie_encryption: To required, preferred, or disabled policy for cookie encryption. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#cookie_encryption LtmPersistenceProfileCookie#cookie_encryption}
        :param cookie_encryption_passphrase: Passphrase for encrypted cookies. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#cookie_encryption_passphrase LtmPersistenceProfileCookie#cookie_encryption_passphrase}
        :param cookie_name: Name of the cookie to track persistence. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#cookie_name LtmPersistenceProfileCookie#cookie_name}
        :param expiration: Expiration TTL for cookie specified in D:H:M:S or in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#expiration LtmPersistenceProfileCookie#expiration}
        :param hash_length: Length of hash to apply to cookie. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#hash_length LtmPersistenceProfileCookie#hash_length}
        :param hash_offset: Number of characters to skip in the cookie for the hash. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#hash_offset LtmPersistenceProfileCookie#hash_offset}
        :param httponly: To enable _ disable sending only over http. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#httponly LtmPersistenceProfileCookie#httponly}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#id LtmPersistenceProfileCookie#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param match_across_pools: To enable _ disable match across pools with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#match_across_pools LtmPersistenceProfileCookie#match_across_pools}
        :param match_across_services: To enable _ disable match across services with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#match_across_services LtmPersistenceProfileCookie#match_across_services}
        :param match_across_virtuals: To enable _ disable match across virtual servers with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#match_across_virtuals LtmPersistenceProfileCookie#match_across_virtuals}
        :param method: Specifies the type of cookie processing that the system uses. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#method LtmPersistenceProfileCookie#method}
        :param mirror: To enable _ disable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#mirror LtmPersistenceProfileCookie#mirror}
        :param override_conn_limit: To enable _ disable that pool member connection limits are overridden for persisted clients. Per-virtual connection limits remain hard limits and are not overridden. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#override_conn_limit LtmPersistenceProfileCookie#override_conn_limit}
        :param timeout: Timeout for persistence of the session. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#timeout LtmPersistenceProfileCookie#timeout}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__acc03b473eb4831dadd7a00b5d12f2d2ae814b48083cce73bedddefac4c3be36)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmPersistenceProfileCookieConfig(
            defaults_from=defaults_from,
            name=name,
            always_send=always_send,
            app_service=app_service,
            cookie_encryption=cookie_encryption,
            cookie_encryption_passphrase=cookie_encryption_passphrase,
            cookie_name=cookie_name,
            expiration=expiration,
            hash_length=hash_length,
            hash_offset=hash_offset,
            httponly=httponly,
            id=id,
            match_across_pools=match_across_pools,
            match_across_services=match_across_services,
            match_across_virtuals=match_across_virtuals,
            method=method,
            mirror=mirror,
            override_conn_limit=override_conn_limit,
            timeout=timeout,
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
        '''Generates CDKTF code for importing a LtmPersistenceProfileCookie resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmPersistenceProfileCookie to import.
        :param import_from_id: The id of the existing LtmPersistenceProfileCookie that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmPersistenceProfileCookie to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4ba0b27fd1febd9254b3b2821de9d7632d63cbc2bcf3f343c383494863eba85a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAlwaysSend")
    def reset_always_send(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAlwaysSend", []))

    @jsii.member(jsii_name="resetAppService")
    def reset_app_service(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAppService", []))

    @jsii.member(jsii_name="resetCookieEncryption")
    def reset_cookie_encryption(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCookieEncryption", []))

    @jsii.member(jsii_name="resetCookieEncryptionPassphrase")
    def reset_cookie_encryption_passphrase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCookieEncryptionPassphrase", []))

    @jsii.member(jsii_name="resetCookieName")
    def reset_cookie_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCookieName", []))

    @jsii.member(jsii_name="resetExpiration")
    def reset_expiration(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExpiration", []))

    @jsii.member(jsii_name="resetHashLength")
    def reset_hash_length(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHashLength", []))

    @jsii.member(jsii_name="resetHashOffset")
    def reset_hash_offset(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHashOffset", []))

    @jsii.member(jsii_name="resetHttponly")
    def reset_httponly(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHttponly", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetMatchAcrossPools")
    def reset_match_across_pools(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMatchAcrossPools", []))

    @jsii.member(jsii_name="resetMatchAcrossServices")
    def reset_match_across_services(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMatchAcrossServices", []))

    @jsii.member(jsii_name="resetMatchAcrossVirtuals")
    def reset_match_across_virtuals(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMatchAcrossVirtuals", []))

    @jsii.member(jsii_name="resetMethod")
    def reset_method(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMethod", []))

    @jsii.member(jsii_name="resetMirror")
    def reset_mirror(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirror", []))

    @jsii.member(jsii_name="resetOverrideConnLimit")
    def reset_override_conn_limit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOverrideConnLimit", []))

    @jsii.member(jsii_name="resetTimeout")
    def reset_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeout", []))

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
    @jsii.member(jsii_name="alwaysSendInput")
    def always_send_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "alwaysSendInput"))

    @builtins.property
    @jsii.member(jsii_name="appServiceInput")
    def app_service_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "appServiceInput"))

    @builtins.property
    @jsii.member(jsii_name="cookieEncryptionInput")
    def cookie_encryption_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cookieEncryptionInput"))

    @builtins.property
    @jsii.member(jsii_name="cookieEncryptionPassphraseInput")
    def cookie_encryption_passphrase_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cookieEncryptionPassphraseInput"))

    @builtins.property
    @jsii.member(jsii_name="cookieNameInput")
    def cookie_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cookieNameInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="expirationInput")
    def expiration_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "expirationInput"))

    @builtins.property
    @jsii.member(jsii_name="hashLengthInput")
    def hash_length_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "hashLengthInput"))

    @builtins.property
    @jsii.member(jsii_name="hashOffsetInput")
    def hash_offset_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "hashOffsetInput"))

    @builtins.property
    @jsii.member(jsii_name="httponlyInput")
    def httponly_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "httponlyInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="matchAcrossPoolsInput")
    def match_across_pools_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "matchAcrossPoolsInput"))

    @builtins.property
    @jsii.member(jsii_name="matchAcrossServicesInput")
    def match_across_services_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "matchAcrossServicesInput"))

    @builtins.property
    @jsii.member(jsii_name="matchAcrossVirtualsInput")
    def match_across_virtuals_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "matchAcrossVirtualsInput"))

    @builtins.property
    @jsii.member(jsii_name="methodInput")
    def method_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "methodInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorInput")
    def mirror_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="overrideConnLimitInput")
    def override_conn_limit_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "overrideConnLimitInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutInput")
    def timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="alwaysSend")
    def always_send(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "alwaysSend"))

    @always_send.setter
    def always_send(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__443dcbd4470690ae7011dbbca17181691fe00da478004bba3cc1ef8e76551f60)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "alwaysSend", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="appService")
    def app_service(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "appService"))

    @app_service.setter
    def app_service(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8867684a42d89a0753684e115eb353edd597aaf07faf488804620c4f12aaa3b8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "appService", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cookieEncryption")
    def cookie_encryption(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cookieEncryption"))

    @cookie_encryption.setter
    def cookie_encryption(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__93373d1e347c0f7127f10dba8d44068c3ab6f15495ea7393d7c02bede6243d14)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cookieEncryption", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cookieEncryptionPassphrase")
    def cookie_encryption_passphrase(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cookieEncryptionPassphrase"))

    @cookie_encryption_passphrase.setter
    def cookie_encryption_passphrase(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__95e00509b081658e7af5cbd93655d0bbe80d5ac5f3dfcd6c6a58fa6cd05ed3e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cookieEncryptionPassphrase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cookieName")
    def cookie_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cookieName"))

    @cookie_name.setter
    def cookie_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74fe333ecd2cf60d607a301b5e44028aae8b9a4cb99be03baa93001a03f1d327)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cookieName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__92a6142a13a6d6e5f4a01c9779e0d6f8d398a611216caf572d089ca83b8ebbe5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="expiration")
    def expiration(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "expiration"))

    @expiration.setter
    def expiration(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9ff8499456b9a42151449c530d40c8ae1fac7a97143f74b1bc002af460f06ddc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "expiration", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hashLength")
    def hash_length(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "hashLength"))

    @hash_length.setter
    def hash_length(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9a291dd585310799bf6d11a6a263031aa234c6736b42d8c36c6100f83e8faad6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hashLength", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hashOffset")
    def hash_offset(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "hashOffset"))

    @hash_offset.setter
    def hash_offset(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1401433a66f7a7deb6f82c44558dceaa3f90bb28e4d4004b6e89b0d84be77373)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hashOffset", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="httponly")
    def httponly(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "httponly"))

    @httponly.setter
    def httponly(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__091da91d1cdb5c94360ab1f4a9917332deabf10684d1cb7bf5af23b9fd170858)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "httponly", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__92a39409b6bf15ce80d5d3cfb31a34eee76f3685718796b16f330c164bc9eda6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="matchAcrossPools")
    def match_across_pools(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "matchAcrossPools"))

    @match_across_pools.setter
    def match_across_pools(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b5f9de7451de8c5bca0ce8d6d94472d27f27b25d9bc445921b4d4e940aa7b7fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "matchAcrossPools", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="matchAcrossServices")
    def match_across_services(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "matchAcrossServices"))

    @match_across_services.setter
    def match_across_services(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4613513003e1afc9ce8e4b34a92189524685237cbb8761da675a37128a96e532)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "matchAcrossServices", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="matchAcrossVirtuals")
    def match_across_virtuals(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "matchAcrossVirtuals"))

    @match_across_virtuals.setter
    def match_across_virtuals(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6d11c7d18c4db2e169a50d138113f25a92353983ca999083e267ff09ae687603)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "matchAcrossVirtuals", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="method")
    def method(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "method"))

    @method.setter
    def method(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d514264647181294b3eb08e51061700c6252f40c9ba09cb1d4c11d9645ab2c5c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "method", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirror")
    def mirror(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirror"))

    @mirror.setter
    def mirror(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d27b5339efd98e74017fde9a09d9b35b3ddbd2f8f71be9abb53d42d50d5546b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirror", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c9743a48097a9682a4fac22938cda14798eb9a81708aff4a50da478d71157ebf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="overrideConnLimit")
    def override_conn_limit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "overrideConnLimit"))

    @override_conn_limit.setter
    def override_conn_limit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__28ac7c2909e5ea9117ff7d29d929b08a968f0865a44be36e2c11a0a50ac3e52f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "overrideConnLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeout")
    def timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeout"))

    @timeout.setter
    def timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f2ea1eca7c737a02c2388addd921c3b324ce4c34cacc077a4432e48f45d363c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeout", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmPersistenceProfileCookie.LtmPersistenceProfileCookieConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "defaults_from": "defaultsFrom",
        "name": "name",
        "always_send": "alwaysSend",
        "app_service": "appService",
        "cookie_encryption": "cookieEncryption",
        "cookie_encryption_passphrase": "cookieEncryptionPassphrase",
        "cookie_name": "cookieName",
        "expiration": "expiration",
        "hash_length": "hashLength",
        "hash_offset": "hashOffset",
        "httponly": "httponly",
        "id": "id",
        "match_across_pools": "matchAcrossPools",
        "match_across_services": "matchAcrossServices",
        "match_across_virtuals": "matchAcrossVirtuals",
        "method": "method",
        "mirror": "mirror",
        "override_conn_limit": "overrideConnLimit",
        "timeout": "timeout",
    },
)
class LtmPersistenceProfileCookieConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        defaults_from: builtins.str,
        name: builtins.str,
        always_send: typing.Optional[builtins.str] = None,
        app_service: typing.Optional[builtins.str] = None,
        cookie_encryption: typing.Optional[builtins.str] = None,
        cookie_encryption_passphrase: typing.Optional[builtins.str] = None,
        cookie_name: typing.Optional[builtins.str] = None,
        expiration: typing.Optional[builtins.str] = None,
        hash_length: typing.Optional[jsii.Number] = None,
        hash_offset: typing.Optional[jsii.Number] = None,
        httponly: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        match_across_pools: typing.Optional[builtins.str] = None,
        match_across_services: typing.Optional[builtins.str] = None,
        match_across_virtuals: typing.Optional[builtins.str] = None,
        method: typing.Optional[builtins.str] = None,
        mirror: typing.Optional[builtins.str] = None,
        override_conn_limit: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param defaults_from: Inherit defaults from parent profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#defaults_from LtmPersistenceProfileCookie#defaults_from}
        :param name: Name of the persistence profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#name LtmPersistenceProfileCookie#name}
        :param always_send: To enable _ disable always sending cookies. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#always_send LtmPersistenceProfileCookie#always_send}
        :param app_service: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#app_service LtmPersistenceProfileCookie#app_service}.
        :param cookie_encryption: To required, preferred, or disabled policy for cookie encryption. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#cookie_encryption LtmPersistenceProfileCookie#cookie_encryption}
        :param cookie_encryption_passphrase: Passphrase for encrypted cookies. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#cookie_encryption_passphrase LtmPersistenceProfileCookie#cookie_encryption_passphrase}
        :param cookie_name: Name of the cookie to track persistence. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#cookie_name LtmPersistenceProfileCookie#cookie_name}
        :param expiration: Expiration TTL for cookie specified in D:H:M:S or in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#expiration LtmPersistenceProfileCookie#expiration}
        :param hash_length: Length of hash to apply to cookie. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#hash_length LtmPersistenceProfileCookie#hash_length}
        :param hash_offset: Number of characters to skip in the cookie for the hash. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#hash_offset LtmPersistenceProfileCookie#hash_offset}
        :param httponly: To enable _ disable sending only over http. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#httponly LtmPersistenceProfileCookie#httponly}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#id LtmPersistenceProfileCookie#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param match_across_pools: To enable _ disable match across pools with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#match_across_pools LtmPersistenceProfileCookie#match_across_pools}
        :param match_across_services: To enable _ disable match across services with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#match_across_services LtmPersistenceProfileCookie#match_across_services}
        :param match_across_virtuals: To enable _ disable match across virtual servers with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#match_across_virtuals LtmPersistenceProfileCookie#match_across_virtuals}
        :param method: Specifies the type of cookie processing that the system uses. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#method LtmPersistenceProfileCookie#method}
        :param mirror: To enable _ disable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#mirror LtmPersistenceProfileCookie#mirror}
        :param override_conn_limit: To enable _ disable that pool member connection limits are overridden for persisted clients. Per-virtual connection limits remain hard limits and are not overridden. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#override_conn_limit LtmPersistenceProfileCookie#override_conn_limit}
        :param timeout: Timeout for persistence of the session. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#timeout LtmPersistenceProfileCookie#timeout}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e58c51e91890285161a6b72ade86b75bcbaa611392deca8f38f1171a419f14d6)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument always_send", value=always_send, expected_type=type_hints["always_send"])
            check_type(argname="argument app_service", value=app_service, expected_type=type_hints["app_service"])
            check_type(argname="argument cookie_encryption", value=cookie_encryption, expected_type=type_hints["cookie_encryption"])
            check_type(argname="argument cookie_encryption_passphrase", value=cookie_encryption_passphrase, expected_type=type_hints["cookie_encryption_passphrase"])
            check_type(argname="argument cookie_name", value=cookie_name, expected_type=type_hints["cookie_name"])
            check_type(argname="argument expiration", value=expiration, expected_type=type_hints["expiration"])
            check_type(argname="argument hash_length", value=hash_length, expected_type=type_hints["hash_length"])
            check_type(argname="argument hash_offset", value=hash_offset, expected_type=type_hints["hash_offset"])
            check_type(argname="argument httponly", value=httponly, expected_type=type_hints["httponly"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument match_across_pools", value=match_across_pools, expected_type=type_hints["match_across_pools"])
            check_type(argname="argument match_across_services", value=match_across_services, expected_type=type_hints["match_across_services"])
            check_type(argname="argument match_across_virtuals", value=match_across_virtuals, expected_type=type_hints["match_across_virtuals"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument override_conn_limit", value=override_conn_limit, expected_type=type_hints["override_conn_limit"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "defaults_from": defaults_from,
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
        if always_send is not None:
            self._values["always_send"] = always_send
        if app_service is not None:
            self._values["app_service"] = app_service
        if cookie_encryption is not None:
            self._values["cookie_encryption"] = cookie_encryption
        if cookie_encryption_passphrase is not None:
            self._values["cookie_encryption_passphrase"] = cookie_encryption_passphrase
        if cookie_name is not None:
            self._values["cookie_name"] = cookie_name
        if expiration is not None:
            self._values["expiration"] = expiration
        if hash_length is not None:
            self._values["hash_length"] = hash_length
        if hash_offset is not None:
            self._values["hash_offset"] = hash_offset
        if httponly is not None:
            self._values["httponly"] = httponly
        if id is not None:
            self._values["id"] = id
        if match_across_pools is not None:
            self._values["match_across_pools"] = match_across_pools
        if match_across_services is not None:
            self._values["match_across_services"] = match_across_services
        if match_across_virtuals is not None:
            self._values["match_across_virtuals"] = match_across_virtuals
        if method is not None:
            self._values["method"] = method
        if mirror is not None:
            self._values["mirror"] = mirror
        if override_conn_limit is not None:
            self._values["override_conn_limit"] = override_conn_limit
        if timeout is not None:
            self._values["timeout"] = timeout

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
    def defaults_from(self) -> builtins.str:
        '''Inherit defaults from parent profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#defaults_from LtmPersistenceProfileCookie#defaults_from}
        '''
        result = self._values.get("defaults_from")
        assert result is not None, "Required property 'defaults_from' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the persistence profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#name LtmPersistenceProfileCookie#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def always_send(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable always sending cookies.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#always_send LtmPersistenceProfileCookie#always_send}
        '''
        result = self._values.get("always_send")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def app_service(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#app_service LtmPersistenceProfileCookie#app_service}.'''
        result = self._values.get("app_service")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cookie_encryption(self) -> typing.Optional[builtins.str]:
        '''To required, preferred, or disabled policy for cookie encryption.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#cookie_encryption LtmPersistenceProfileCookie#cookie_encryption}
        '''
        result = self._values.get("cookie_encryption")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cookie_encryption_passphrase(self) -> typing.Optional[builtins.str]:
        '''Passphrase for encrypted cookies.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#cookie_encryption_passphrase LtmPersistenceProfileCookie#cookie_encryption_passphrase}
        '''
        result = self._values.get("cookie_encryption_passphrase")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cookie_name(self) -> typing.Optional[builtins.str]:
        '''Name of the cookie to track persistence.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#cookie_name LtmPersistenceProfileCookie#cookie_name}
        '''
        result = self._values.get("cookie_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expiration(self) -> typing.Optional[builtins.str]:
        '''Expiration TTL for cookie specified in D:H:M:S or in seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#expiration LtmPersistenceProfileCookie#expiration}
        '''
        result = self._values.get("expiration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hash_length(self) -> typing.Optional[jsii.Number]:
        '''Length of hash to apply to cookie.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#hash_length LtmPersistenceProfileCookie#hash_length}
        '''
        result = self._values.get("hash_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def hash_offset(self) -> typing.Optional[jsii.Number]:
        '''Number of characters to skip in the cookie for the hash.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#hash_offset LtmPersistenceProfileCookie#hash_offset}
        '''
        result = self._values.get("hash_offset")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def httponly(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable sending only over http.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#httponly LtmPersistenceProfileCookie#httponly}
        '''
        result = self._values.get("httponly")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#id LtmPersistenceProfileCookie#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_across_pools(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable match across pools with given persistence record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#match_across_pools LtmPersistenceProfileCookie#match_across_pools}
        '''
        result = self._values.get("match_across_pools")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_across_services(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable match across services with given persistence record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#match_across_services LtmPersistenceProfileCookie#match_across_services}
        '''
        result = self._values.get("match_across_services")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_across_virtuals(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable match across virtual servers with given persistence record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#match_across_virtuals LtmPersistenceProfileCookie#match_across_virtuals}
        '''
        result = self._values.get("match_across_virtuals")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''Specifies the type of cookie processing that the system uses.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#method LtmPersistenceProfileCookie#method}
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#mirror LtmPersistenceProfileCookie#mirror}
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def override_conn_limit(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable that pool member connection limits are overridden for persisted clients.

        Per-virtual connection limits remain hard limits and are not overridden.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#override_conn_limit LtmPersistenceProfileCookie#override_conn_limit}
        '''
        result = self._values.get("override_conn_limit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout(self) -> typing.Optional[jsii.Number]:
        '''Timeout for persistence of the session.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_cookie#timeout LtmPersistenceProfileCookie#timeout}
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmPersistenceProfileCookieConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmPersistenceProfileCookie",
    "LtmPersistenceProfileCookieConfig",
]

publication.publish()

def _typecheckingstub__acc03b473eb4831dadd7a00b5d12f2d2ae814b48083cce73bedddefac4c3be36(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    defaults_from: builtins.str,
    name: builtins.str,
    always_send: typing.Optional[builtins.str] = None,
    app_service: typing.Optional[builtins.str] = None,
    cookie_encryption: typing.Optional[builtins.str] = None,
    cookie_encryption_passphrase: typing.Optional[builtins.str] = None,
    cookie_name: typing.Optional[builtins.str] = None,
    expiration: typing.Optional[builtins.str] = None,
    hash_length: typing.Optional[jsii.Number] = None,
    hash_offset: typing.Optional[jsii.Number] = None,
    httponly: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    match_across_pools: typing.Optional[builtins.str] = None,
    match_across_services: typing.Optional[builtins.str] = None,
    match_across_virtuals: typing.Optional[builtins.str] = None,
    method: typing.Optional[builtins.str] = None,
    mirror: typing.Optional[builtins.str] = None,
    override_conn_limit: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[jsii.Number] = None,
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

def _typecheckingstub__4ba0b27fd1febd9254b3b2821de9d7632d63cbc2bcf3f343c383494863eba85a(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__443dcbd4470690ae7011dbbca17181691fe00da478004bba3cc1ef8e76551f60(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8867684a42d89a0753684e115eb353edd597aaf07faf488804620c4f12aaa3b8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93373d1e347c0f7127f10dba8d44068c3ab6f15495ea7393d7c02bede6243d14(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95e00509b081658e7af5cbd93655d0bbe80d5ac5f3dfcd6c6a58fa6cd05ed3e5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74fe333ecd2cf60d607a301b5e44028aae8b9a4cb99be03baa93001a03f1d327(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92a6142a13a6d6e5f4a01c9779e0d6f8d398a611216caf572d089ca83b8ebbe5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ff8499456b9a42151449c530d40c8ae1fac7a97143f74b1bc002af460f06ddc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a291dd585310799bf6d11a6a263031aa234c6736b42d8c36c6100f83e8faad6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1401433a66f7a7deb6f82c44558dceaa3f90bb28e4d4004b6e89b0d84be77373(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__091da91d1cdb5c94360ab1f4a9917332deabf10684d1cb7bf5af23b9fd170858(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92a39409b6bf15ce80d5d3cfb31a34eee76f3685718796b16f330c164bc9eda6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5f9de7451de8c5bca0ce8d6d94472d27f27b25d9bc445921b4d4e940aa7b7fe(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4613513003e1afc9ce8e4b34a92189524685237cbb8761da675a37128a96e532(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d11c7d18c4db2e169a50d138113f25a92353983ca999083e267ff09ae687603(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d514264647181294b3eb08e51061700c6252f40c9ba09cb1d4c11d9645ab2c5c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d27b5339efd98e74017fde9a09d9b35b3ddbd2f8f71be9abb53d42d50d5546b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9743a48097a9682a4fac22938cda14798eb9a81708aff4a50da478d71157ebf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28ac7c2909e5ea9117ff7d29d929b08a968f0865a44be36e2c11a0a50ac3e52f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2ea1eca7c737a02c2388addd921c3b324ce4c34cacc077a4432e48f45d363c7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e58c51e91890285161a6b72ade86b75bcbaa611392deca8f38f1171a419f14d6(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    defaults_from: builtins.str,
    name: builtins.str,
    always_send: typing.Optional[builtins.str] = None,
    app_service: typing.Optional[builtins.str] = None,
    cookie_encryption: typing.Optional[builtins.str] = None,
    cookie_encryption_passphrase: typing.Optional[builtins.str] = None,
    cookie_name: typing.Optional[builtins.str] = None,
    expiration: typing.Optional[builtins.str] = None,
    hash_length: typing.Optional[jsii.Number] = None,
    hash_offset: typing.Optional[jsii.Number] = None,
    httponly: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    match_across_pools: typing.Optional[builtins.str] = None,
    match_across_services: typing.Optional[builtins.str] = None,
    match_across_virtuals: typing.Optional[builtins.str] = None,
    method: typing.Optional[builtins.str] = None,
    mirror: typing.Optional[builtins.str] = None,
    override_conn_limit: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
