r'''
# `provider`

Refer to the Terraform Registry for docs: [`bigip`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs).
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


class BigipProvider(
    _cdktf_9a9027ec.TerraformProvider,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.provider.BigipProvider",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs bigip}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        address: typing.Optional[builtins.str] = None,
        alias: typing.Optional[builtins.str] = None,
        api_retries: typing.Optional[jsii.Number] = None,
        api_timeout: typing.Optional[jsii.Number] = None,
        login_ref: typing.Optional[builtins.str] = None,
        password: typing.Optional[builtins.str] = None,
        port: typing.Optional[builtins.str] = None,
        teem_disable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        token_timeout: typing.Optional[jsii.Number] = None,
        token_value: typing.Optional[builtins.str] = None,
        trusted_cert_path: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
        validate_certs_disable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs bigip} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param address: Domain name/IP of the BigIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#address BigipProvider#address}
        :param alias: Alias name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#alias BigipProvider#alias}
        :param api_retries: Amount of times to retry AS3 API requests. Default: 10. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#api_retries BigipProvider#api_retries}
        :param api_timeout: A timeout for AS3 requests, represented as a number of seconds. Default: 60. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#api_timeout BigipProvider#api_timeout}
        :param login_ref: Login reference for token authentication (see BIG-IP REST docs for details). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#login_ref BigipProvider#login_ref}
        :param password: The user's password. Leave empty if using token_value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#password BigipProvider#password}
        :param port: Management Port to connect to Bigip. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#port BigipProvider#port}
        :param teem_disable: If this flag set to true,sending telemetry data to TEEM will be disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#teem_disable BigipProvider#teem_disable}
        :param token_auth: Enable to use token authentication. Can be set via the BIGIP_TOKEN_AUTH environment variable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#token_auth BigipProvider#token_auth}
        :param token_timeout: A lifespan to request for the AS3 auth token, represented as a number of seconds. Default: 1200. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#token_timeout BigipProvider#token_timeout}
        :param token_value: A token generated outside the provider, in place of password. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#token_value BigipProvider#token_value}
        :param trusted_cert_path: Valid Trusted Certificate path. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#trusted_cert_path BigipProvider#trusted_cert_path}
        :param username: Username with API access to the BigIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#username BigipProvider#username}
        :param validate_certs_disable: If set to true, Disables TLS certificate check on BIG-IP. Default : True. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#validate_certs_disable BigipProvider#validate_certs_disable}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7a680d41fa0aa946ddf9c1561fd1cea07dde3a951e574aed0d2150b804b13fe2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = BigipProviderConfig(
            address=address,
            alias=alias,
            api_retries=api_retries,
            api_timeout=api_timeout,
            login_ref=login_ref,
            password=password,
            port=port,
            teem_disable=teem_disable,
            token_auth=token_auth,
            token_timeout=token_timeout,
            token_value=token_value,
            trusted_cert_path=trusted_cert_path,
            username=username,
            validate_certs_disable=validate_certs_disable,
        )

        jsii.create(self.__class__, self, [scope, id, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a BigipProvider resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the BigipProvider to import.
        :param import_from_id: The id of the existing BigipProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the BigipProvider to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__343ecec3cd66624b552d0c7486ca666d29e540430fc7f8850211d6775763bf64)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAddress")
    def reset_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAddress", []))

    @jsii.member(jsii_name="resetAlias")
    def reset_alias(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAlias", []))

    @jsii.member(jsii_name="resetApiRetries")
    def reset_api_retries(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetApiRetries", []))

    @jsii.member(jsii_name="resetApiTimeout")
    def reset_api_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetApiTimeout", []))

    @jsii.member(jsii_name="resetLoginRef")
    def reset_login_ref(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLoginRef", []))

    @jsii.member(jsii_name="resetPassword")
    def reset_password(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassword", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @jsii.member(jsii_name="resetTeemDisable")
    def reset_teem_disable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTeemDisable", []))

    @jsii.member(jsii_name="resetTokenAuth")
    def reset_token_auth(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTokenAuth", []))

    @jsii.member(jsii_name="resetTokenTimeout")
    def reset_token_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTokenTimeout", []))

    @jsii.member(jsii_name="resetTokenValue")
    def reset_token_value(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTokenValue", []))

    @jsii.member(jsii_name="resetTrustedCertPath")
    def reset_trusted_cert_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTrustedCertPath", []))

    @jsii.member(jsii_name="resetUsername")
    def reset_username(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUsername", []))

    @jsii.member(jsii_name="resetValidateCertsDisable")
    def reset_validate_certs_disable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetValidateCertsDisable", []))

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
    @jsii.member(jsii_name="addressInput")
    def address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "addressInput"))

    @builtins.property
    @jsii.member(jsii_name="aliasInput")
    def alias_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aliasInput"))

    @builtins.property
    @jsii.member(jsii_name="apiRetriesInput")
    def api_retries_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "apiRetriesInput"))

    @builtins.property
    @jsii.member(jsii_name="apiTimeoutInput")
    def api_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "apiTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="loginRefInput")
    def login_ref_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "loginRefInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordInput")
    def password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="teemDisableInput")
    def teem_disable_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "teemDisableInput"))

    @builtins.property
    @jsii.member(jsii_name="tokenAuthInput")
    def token_auth_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "tokenAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="tokenTimeoutInput")
    def token_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "tokenTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="tokenValueInput")
    def token_value_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tokenValueInput"))

    @builtins.property
    @jsii.member(jsii_name="trustedCertPathInput")
    def trusted_cert_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "trustedCertPathInput"))

    @builtins.property
    @jsii.member(jsii_name="usernameInput")
    def username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "usernameInput"))

    @builtins.property
    @jsii.member(jsii_name="validateCertsDisableInput")
    def validate_certs_disable_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "validateCertsDisableInput"))

    @builtins.property
    @jsii.member(jsii_name="address")
    def address(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "address"))

    @address.setter
    def address(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__93e47d9ed48ea004af1ea5c2e6de5c3a9921fdf93f649f0ce59ba325c9addc43)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "address", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="alias")
    def alias(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "alias"))

    @alias.setter
    def alias(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cdaed1bea59c6e3ff5759a6c216b210965e8ea491cea32db0430cd912ff432fd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "alias", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="apiRetries")
    def api_retries(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "apiRetries"))

    @api_retries.setter
    def api_retries(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__23745335fda94b25a2365164c51c27013d26e7af6869b896a4e0a31485aeeeaf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "apiRetries", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="apiTimeout")
    def api_timeout(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "apiTimeout"))

    @api_timeout.setter
    def api_timeout(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__58e700b62de8614a85370b8bad58985c29bfc0e3051996113835857ee4bdd22f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "apiTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="loginRef")
    def login_ref(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "loginRef"))

    @login_ref.setter
    def login_ref(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a85575b514733707873f8280a3b25caadb8f10d8c91a26febef684cb4157bafa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "loginRef", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="password")
    def password(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "password"))

    @password.setter
    def password(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe784472e5d416229fe51ff4232af90c99ad62b0509c216b756aa15cc2f9caee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "port"))

    @port.setter
    def port(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eee9a92e9113e1c9f56ff108749b3aecc8d05e6960d48ccc17e32de2f046ab82)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="teemDisable")
    def teem_disable(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "teemDisable"))

    @teem_disable.setter
    def teem_disable(
        self,
        value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3f2401362e61c49867775e2c95fbcb1f7ecf60a42f2457d68a68bfe495e06fdc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "teemDisable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tokenAuth")
    def token_auth(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "tokenAuth"))

    @token_auth.setter
    def token_auth(
        self,
        value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07d36d099285131d99e7a8003ff671cd40b40434eeb647c3874e7b5e720646f9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tokenAuth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tokenTimeout")
    def token_timeout(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "tokenTimeout"))

    @token_timeout.setter
    def token_timeout(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__211479f0dd8bccb26e79ea9cca4b1cec1d13f7d2e64a8fe5deadb08160999b0e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tokenTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tokenValue")
    def token_value(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tokenValue"))

    @token_value.setter
    def token_value(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d9bdf62bf8c88ac54e95568abfa4b66997583c9a363edd7e09729447e0f2a206)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tokenValue", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trustedCertPath")
    def trusted_cert_path(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "trustedCertPath"))

    @trusted_cert_path.setter
    def trusted_cert_path(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b8f11680e2905d2f91bc8e08fcf441b96ad8699988d34bd58029ae6e88fe3753)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trustedCertPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "username"))

    @username.setter
    def username(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__487593bed9df59a0df6803d296819f5ac1636342575887f6c274e1eada437b7a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="validateCertsDisable")
    def validate_certs_disable(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "validateCertsDisable"))

    @validate_certs_disable.setter
    def validate_certs_disable(
        self,
        value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__87e5baa011e28618005ec417518bd474038e19ade1dc19a111b2d2c6354d5731)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "validateCertsDisable", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.provider.BigipProviderConfig",
    jsii_struct_bases=[],
    name_mapping={
        "address": "address",
        "alias": "alias",
        "api_retries": "apiRetries",
        "api_timeout": "apiTimeout",
        "login_ref": "loginRef",
        "password": "password",
        "port": "port",
        "teem_disable": "teemDisable",
        "token_auth": "tokenAuth",
        "token_timeout": "tokenTimeout",
        "token_value": "tokenValue",
        "trusted_cert_path": "trustedCertPath",
        "username": "username",
        "validate_certs_disable": "validateCertsDisable",
    },
)
class BigipProviderConfig:
    def __init__(
        self,
        *,
        address: typing.Optional[builtins.str] = None,
        alias: typing.Optional[builtins.str] = None,
        api_retries: typing.Optional[jsii.Number] = None,
        api_timeout: typing.Optional[jsii.Number] = None,
        login_ref: typing.Optional[builtins.str] = None,
        password: typing.Optional[builtins.str] = None,
        port: typing.Optional[builtins.str] = None,
        teem_disable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        token_timeout: typing.Optional[jsii.Number] = None,
        token_value: typing.Optional[builtins.str] = None,
        trusted_cert_path: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
        validate_certs_disable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param address: Domain name/IP of the BigIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#address BigipProvider#address}
        :param alias: Alias name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#alias BigipProvider#alias}
        :param api_retries: Amount of times to retry AS3 API requests. Default: 10. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#api_retries BigipProvider#api_retries}
        :param api_timeout: A timeout for AS3 requests, represented as a number of seconds. Default: 60. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#api_timeout BigipProvider#api_timeout}
        :param login_ref: Login reference for token authentication (see BIG-IP REST docs for details). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#login_ref BigipProvider#login_ref}
        :param password: The user's password. Leave empty if using token_value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#password BigipProvider#password}
        :param port: Management Port to connect to Bigip. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#port BigipProvider#port}
        :param teem_disable: If this flag set to true,sending telemetry data to TEEM will be disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#teem_disable BigipProvider#teem_disable}
        :param token_auth: Enable to use token authentication. Can be set via the BIGIP_TOKEN_AUTH environment variable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#token_auth BigipProvider#token_auth}
        :param token_timeout: A lifespan to request for the AS3 auth token, represented as a number of seconds. Default: 1200. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#token_timeout BigipProvider#token_timeout}
        :param token_value: A token generated outside the provider, in place of password. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#token_value BigipProvider#token_value}
        :param trusted_cert_path: Valid Trusted Certificate path. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#trusted_cert_path BigipProvider#trusted_cert_path}
        :param username: Username with API access to the BigIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#username BigipProvider#username}
        :param validate_certs_disable: If set to true, Disables TLS certificate check on BIG-IP. Default : True. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#validate_certs_disable BigipProvider#validate_certs_disable}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68503424ab0efcffcf5959d428e4cb54f738eed80ebc7d46be617b3eaefbacd7)
            check_type(argname="argument address", value=address, expected_type=type_hints["address"])
            check_type(argname="argument alias", value=alias, expected_type=type_hints["alias"])
            check_type(argname="argument api_retries", value=api_retries, expected_type=type_hints["api_retries"])
            check_type(argname="argument api_timeout", value=api_timeout, expected_type=type_hints["api_timeout"])
            check_type(argname="argument login_ref", value=login_ref, expected_type=type_hints["login_ref"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument teem_disable", value=teem_disable, expected_type=type_hints["teem_disable"])
            check_type(argname="argument token_auth", value=token_auth, expected_type=type_hints["token_auth"])
            check_type(argname="argument token_timeout", value=token_timeout, expected_type=type_hints["token_timeout"])
            check_type(argname="argument token_value", value=token_value, expected_type=type_hints["token_value"])
            check_type(argname="argument trusted_cert_path", value=trusted_cert_path, expected_type=type_hints["trusted_cert_path"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument validate_certs_disable", value=validate_certs_disable, expected_type=type_hints["validate_certs_disable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if address is not None:
            self._values["address"] = address
        if alias is not None:
            self._values["alias"] = alias
        if api_retries is not None:
            self._values["api_retries"] = api_retries
        if api_timeout is not None:
            self._values["api_timeout"] = api_timeout
        if login_ref is not None:
            self._values["login_ref"] = login_ref
        if password is not None:
            self._values["password"] = password
        if port is not None:
            self._values["port"] = port
        if teem_disable is not None:
            self._values["teem_disable"] = teem_disable
        if token_auth is not None:
            self._values["token_auth"] = token_auth
        if token_timeout is not None:
            self._values["token_timeout"] = token_timeout
        if token_value is not None:
            self._values["token_value"] = token_value
        if trusted_cert_path is not None:
            self._values["trusted_cert_path"] = trusted_cert_path
        if username is not None:
            self._values["username"] = username
        if validate_certs_disable is not None:
            self._values["validate_certs_disable"] = validate_certs_disable

    @builtins.property
    def address(self) -> typing.Optional[builtins.str]:
        '''Domain name/IP of the BigIP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#address BigipProvider#address}
        '''
        result = self._values.get("address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def alias(self) -> typing.Optional[builtins.str]:
        '''Alias name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#alias BigipProvider#alias}
        '''
        result = self._values.get("alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def api_retries(self) -> typing.Optional[jsii.Number]:
        '''Amount of times to retry AS3 API requests. Default: 10.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#api_retries BigipProvider#api_retries}
        '''
        result = self._values.get("api_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def api_timeout(self) -> typing.Optional[jsii.Number]:
        '''A timeout for AS3 requests, represented as a number of seconds. Default: 60.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#api_timeout BigipProvider#api_timeout}
        '''
        result = self._values.get("api_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def login_ref(self) -> typing.Optional[builtins.str]:
        '''Login reference for token authentication (see BIG-IP REST docs for details).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#login_ref BigipProvider#login_ref}
        '''
        result = self._values.get("login_ref")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''The user's password. Leave empty if using token_value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#password BigipProvider#password}
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[builtins.str]:
        '''Management Port to connect to Bigip.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#port BigipProvider#port}
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def teem_disable(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''If this flag set to true,sending telemetry data to TEEM will be disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#teem_disable BigipProvider#teem_disable}
        '''
        result = self._values.get("teem_disable")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def token_auth(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable to use token authentication. Can be set via the BIGIP_TOKEN_AUTH environment variable.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#token_auth BigipProvider#token_auth}
        '''
        result = self._values.get("token_auth")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def token_timeout(self) -> typing.Optional[jsii.Number]:
        '''A lifespan to request for the AS3 auth token, represented as a number of seconds. Default: 1200.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#token_timeout BigipProvider#token_timeout}
        '''
        result = self._values.get("token_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def token_value(self) -> typing.Optional[builtins.str]:
        '''A token generated outside the provider, in place of password.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#token_value BigipProvider#token_value}
        '''
        result = self._values.get("token_value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def trusted_cert_path(self) -> typing.Optional[builtins.str]:
        '''Valid Trusted Certificate path.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#trusted_cert_path BigipProvider#trusted_cert_path}
        '''
        result = self._values.get("trusted_cert_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Username with API access to the BigIP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#username BigipProvider#username}
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def validate_certs_disable(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''If set to true, Disables TLS certificate check on BIG-IP. Default : True.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs#validate_certs_disable BigipProvider#validate_certs_disable}
        '''
        result = self._values.get("validate_certs_disable")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BigipProviderConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "BigipProvider",
    "BigipProviderConfig",
]

publication.publish()

def _typecheckingstub__7a680d41fa0aa946ddf9c1561fd1cea07dde3a951e574aed0d2150b804b13fe2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    address: typing.Optional[builtins.str] = None,
    alias: typing.Optional[builtins.str] = None,
    api_retries: typing.Optional[jsii.Number] = None,
    api_timeout: typing.Optional[jsii.Number] = None,
    login_ref: typing.Optional[builtins.str] = None,
    password: typing.Optional[builtins.str] = None,
    port: typing.Optional[builtins.str] = None,
    teem_disable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    token_timeout: typing.Optional[jsii.Number] = None,
    token_value: typing.Optional[builtins.str] = None,
    trusted_cert_path: typing.Optional[builtins.str] = None,
    username: typing.Optional[builtins.str] = None,
    validate_certs_disable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__343ecec3cd66624b552d0c7486ca666d29e540430fc7f8850211d6775763bf64(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93e47d9ed48ea004af1ea5c2e6de5c3a9921fdf93f649f0ce59ba325c9addc43(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cdaed1bea59c6e3ff5759a6c216b210965e8ea491cea32db0430cd912ff432fd(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23745335fda94b25a2365164c51c27013d26e7af6869b896a4e0a31485aeeeaf(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58e700b62de8614a85370b8bad58985c29bfc0e3051996113835857ee4bdd22f(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a85575b514733707873f8280a3b25caadb8f10d8c91a26febef684cb4157bafa(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe784472e5d416229fe51ff4232af90c99ad62b0509c216b756aa15cc2f9caee(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eee9a92e9113e1c9f56ff108749b3aecc8d05e6960d48ccc17e32de2f046ab82(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f2401362e61c49867775e2c95fbcb1f7ecf60a42f2457d68a68bfe495e06fdc(
    value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07d36d099285131d99e7a8003ff671cd40b40434eeb647c3874e7b5e720646f9(
    value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__211479f0dd8bccb26e79ea9cca4b1cec1d13f7d2e64a8fe5deadb08160999b0e(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9bdf62bf8c88ac54e95568abfa4b66997583c9a363edd7e09729447e0f2a206(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8f11680e2905d2f91bc8e08fcf441b96ad8699988d34bd58029ae6e88fe3753(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__487593bed9df59a0df6803d296819f5ac1636342575887f6c274e1eada437b7a(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87e5baa011e28618005ec417518bd474038e19ade1dc19a111b2d2c6354d5731(
    value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68503424ab0efcffcf5959d428e4cb54f738eed80ebc7d46be617b3eaefbacd7(
    *,
    address: typing.Optional[builtins.str] = None,
    alias: typing.Optional[builtins.str] = None,
    api_retries: typing.Optional[jsii.Number] = None,
    api_timeout: typing.Optional[jsii.Number] = None,
    login_ref: typing.Optional[builtins.str] = None,
    password: typing.Optional[builtins.str] = None,
    port: typing.Optional[builtins.str] = None,
    teem_disable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    token_timeout: typing.Optional[jsii.Number] = None,
    token_value: typing.Optional[builtins.str] = None,
    trusted_cert_path: typing.Optional[builtins.str] = None,
    username: typing.Optional[builtins.str] = None,
    validate_certs_disable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass
