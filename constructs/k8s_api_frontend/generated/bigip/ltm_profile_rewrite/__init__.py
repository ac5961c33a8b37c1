r'''
# `bigip_ltm_profile_rewrite`

Refer to the Terraform Registry for docs: [`bigip_ltm_profile_rewrite`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite).
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


class LtmProfileRewrite(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileRewrite.LtmProfileRewrite",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite bigip_ltm_profile_rewrite}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        rewrite_mode: builtins.str,
        bypass_list: typing.Optional[typing.Sequence[builtins.str]] = None,
        cache_type: typing.Optional[builtins.str] = None,
        ca_file: typing.Optional[builtins.str] = None,
        cookie_rules: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileRewriteCookieRules", typing.Dict[builtins.str, typing.Any]]]]] = None,
        crl_file: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        request: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileRewriteRequest", typing.Dict[builtins.str, typing.Any]]]]] = None,
        response: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileRewriteResponse", typing.Dict[builtins.str, typing.Any]]]]] = None,
        rewrite_list: typing.Optional[typing.Sequence[builtins.str]] = None,
        signing_cert: typing.Optional[builtins.str] = None,
        signing_key: typing.Optional[builtins.str] = None,
        signing_key_password: typing.Optional[builtins.str] = None,
        split_tunneling: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite bigip_ltm_profile_rewrite} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the rewrite profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#name LtmProfileRewrite#name}
        :param rewrite_mode: Specifies the type of rewrite operations. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_mode LtmProfileRewrite#rewrite_mode}
        :param bypass_list: Specifies a list of URIs to bypass inside a web page when the page is accessed using Portal Access. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#bypass_list LtmProfileRewrite#bypass_list}
        :param cache_type: Specifies the type of client caching. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#cache_type LtmProfileRewrite#cache_type}
        :param ca_file: Specifies a CA against which to verify signed Java applets signatures. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#ca_file LtmProfileRewrite#ca_file}
        :param cookie_rules: cookie_rules block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#cookie_rules LtmProfileRewrite#cookie_rules}
        :param crl_file: Specifies a CRL against which to verify signed Java applets signature certificates. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#crl_file LtmProfileRewrite#crl_file}
        :param defaults_from: Inherit defaults from parent profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#defaults_from LtmProfileRewrite#defaults_from}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#id LtmProfileRewrite#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param request: request block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#request LtmProfileRewrite#request}
        :param response: response block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#response LtmProfileRewrite#response}
        :param rewrite_list: Specifies a list of URIs to rewrite inside a web page when the page is accessed using Portal Access. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_list LtmProfileRewrite#rewrite_list}
        :param signing_cert: Specifies a certificate to use for re-signing of signed Java applets after patching. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#signing_cert LtmProfileRewrite#signing_cert}
        :param signing_key: Specifies a private key for re-signing of signed Java applets after patching. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#signing_key LtmProfileRewrite#signing_key}
        :param signing_key_password: Specifies a pass phrase to use for encrypting the private signing key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#signing_key_password LtmProfileRewrite#signing_key_password}
        :param split_tunneling: Specifies a private key for re-signing of signed Java applets after patching. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#split_tunneling LtmProfileRewrite#split_tunneling}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3e1ef012328661a357561447a9f4fd17ef73bdf69b0a98ab19b22a263d9364a1)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmProfileRewriteConfig(
            name=name,
            rewrite_mode=rewrite_mode,
            bypass_list=bypass_list,
            cache_type=cache_type,
            ca_file=ca_file,
            cookie_rules=cookie_rules,
            crl_file=crl_file,
            defaults_from=defaults_from,
            id=id,
            request=request,
            response=response,
            rewrite_list=rewrite_list,
            signing_cert=signing_cert,
            signing_key=signing_key,
            signing_key_password=signing_key_password,
            split_tunneling=split_tunneling,
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
        '''Generates CDKTF code for importing a LtmProfileRewrite resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmProfileRewrite to import.
        :param import_from_id: The id of the existing LtmProfileRewrite that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmProfileRewrite to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f3e7e216fdd42ca0c7cdcdad46bb995fd5668203efcf713d2c55b07da6c1554f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putCookieRules")
    def put_cookie_rules(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileRewriteCookieRules", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__109bd224d9639b4b4bc0da78d3d0f45b5b3dd627739332df4c72900b67341786)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putCookieRules", [value]))

    @jsii.member(jsii_name="putRequest")
    def put_request(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileRewriteRequest", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7e1413ab9e2e937985f03db44a40a85e032d7e848e175e1ae4253b1f1a63484b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putRequest", [value]))

    @jsii.member(jsii_name="putResponse")
    def put_response(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileRewriteResponse", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__028b38ddf392455ca3b4f6ea82f89d9d11275c1e5443e953e6da2f8f8bb01c54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putResponse", [value]))

    @jsii.member(jsii_name="resetBypassList")
    def reset_bypass_list(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBypassList", []))

    @jsii.member(jsii_name="resetCacheType")
    def reset_cache_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheType", []))

    @jsii.member(jsii_name="resetCaFile")
    def reset_ca_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCaFile", []))

    @jsii.member(jsii_name="resetCookieRules")
    def reset_cookie_rules(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCookieRules", []))

    @jsii.member(jsii_name="resetCrlFile")
    def reset_crl_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCrlFile", []))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetRequest")
    def reset_request(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRequest", []))

    @jsii.member(jsii_name="resetResponse")
    def reset_response(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponse", []))

    @jsii.member(jsii_name="resetRewriteList")
    def reset_rewrite_list(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRewriteList", []))

    @jsii.member(jsii_name="resetSigningCert")
    def reset_signing_cert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSigningCert", []))

    @jsii.member(jsii_name="resetSigningKey")
    def reset_signing_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSigningKey", []))

    @jsii.member(jsii_name="resetSigningKeyPassword")
    def reset_signing_key_password(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSigningKeyPassword", []))

    @jsii.member(jsii_name="resetSplitTunneling")
    def reset_split_tunneling(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSplitTunneling", []))

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
    @jsii.member(jsii_name="cookieRules")
    def cookie_rules(self) -> "LtmProfileRewriteCookieRulesList":
        return typing.cast("LtmProfileRewriteCookieRulesList", jsii.get(self, "cookieRules"))

    @builtins.property
    @jsii.member(jsii_name="request")
    def request(self) -> "LtmProfileRewriteRequestList":
        return typing.cast("LtmProfileRewriteRequestList", jsii.get(self, "request"))

    @builtins.property
    @jsii.member(jsii_name="response")
    def response(self) -> "LtmProfileRewriteResponseList":
        return typing.cast("LtmProfileRewriteResponseList", jsii.get(self, "response"))

    @builtins.property
    @jsii.member(jsii_name="bypassListInput")
    def bypass_list_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "bypassListInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheTypeInput")
    def cache_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cacheTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="caFileInput")
    def ca_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "caFileInput"))

    @builtins.property
    @jsii.member(jsii_name="cookieRulesInput")
    def cookie_rules_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteCookieRules"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteCookieRules"]]], jsii.get(self, "cookieRulesInput"))

    @builtins.property
    @jsii.member(jsii_name="crlFileInput")
    def crl_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "crlFileInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="requestInput")
    def request_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteRequest"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteRequest"]]], jsii.get(self, "requestInput"))

    @builtins.property
    @jsii.member(jsii_name="responseInput")
    def response_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteResponse"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteResponse"]]], jsii.get(self, "responseInput"))

    @builtins.property
    @jsii.member(jsii_name="rewriteListInput")
    def rewrite_list_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "rewriteListInput"))

    @builtins.property
    @jsii.member(jsii_name="rewriteModeInput")
    def rewrite_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "rewriteModeInput"))

    @builtins.property
    @jsii.member(jsii_name="signingCertInput")
    def signing_cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "signingCertInput"))

    @builtins.property
    @jsii.member(jsii_name="signingKeyInput")
    def signing_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "signingKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="signingKeyPasswordInput")
    def signing_key_password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "signingKeyPasswordInput"))

    @builtins.property
    @jsii.member(jsii_name="splitTunnelingInput")
    def split_tunneling_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "splitTunnelingInput"))

    @builtins.property
    @jsii.member(jsii_name="bypassList")
    def bypass_list(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "bypassList"))

    @bypass_list.setter
    def bypass_list(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__47a17c56d396423e48569a4377941b270af10ec583f0827a0c07c614d98b962d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bypassList", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheType")
    def cache_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cacheType"))

    @cache_type.setter
    def cache_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2689a3a5ad85024881ca183caa12c41f184e41277d87bfa515d0174d4cadc30e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="caFile")
    def ca_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "caFile"))

    @ca_file.setter
    def ca_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__864f236c2f18a31bec425f7a3367f4194bb406e799b67cfb09051744d114e08a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "caFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="crlFile")
    def crl_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "crlFile"))

    @crl_file.setter
    def crl_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__844916f4312bd3af30394cdeefa19d7f2ddb5030636252224bbdc6c17c6f6ab1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "crlFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b92daf971062c81404d398b4fa28672e21ffd10782f23d9e7c1df60f5b650700)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__51ad44e74bc3ef55dabee57d67b97d40c72fabedb315f7722a2e506dc234b991)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eda7247cd8a2104454f0991aad10083aa113a1176a023896f57708d91e2c9df7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="rewriteList")
    def rewrite_list(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "rewriteList"))

    @rewrite_list.setter
    def rewrite_list(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__264e092939969dc42fd6720f9d771c36c5a28b068828d50da21b21078b77062b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rewriteList", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="rewriteMode")
    def rewrite_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "rewriteMode"))

    @rewrite_mode.setter
    def rewrite_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a079b1a26513b0bcc8db0fe7de6ae106f74c21285be9de4722ebe72058d32f72)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rewriteMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signingCert")
    def signing_cert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "signingCert"))

    @signing_cert.setter
    def signing_cert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__679fc741cc5048996a732ba3e34529ab07ac5418d671da02f4bad0afdf1cefc8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signingCert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signingKey")
    def signing_key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "signingKey"))

    @signing_key.setter
    def signing_key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4dd99979596600520337a5c624d05b7e3ed7ed4bf97a9c7b8d061b5382bf4dae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signingKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signingKeyPassword")
    def signing_key_password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "signingKeyPassword"))

    @signing_key_password.setter
    def signing_key_password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a6c896c6e57ba50d7c1e07de015d119d2df0a6fcef20e0e4d23b1b37af1d5aec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signingKeyPassword", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="splitTunneling")
    def split_tunneling(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "splitTunneling"))

    @split_tunneling.setter
    def split_tunneling(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6240936de4622c205cd8f880285d16cbca9640bd98135cbcc67606ef2312f17c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "splitTunneling", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileRewrite.LtmProfileRewriteConfig",
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
        "rewrite_mode": "rewriteMode",
        "bypass_list": "bypassList",
        "cache_type": "cacheType",
        "ca_file": "caFile",
        "cookie_rules": "cookieRules",
        "crl_file": "crlFile",
        "defaults_from": "defaultsFrom",
        "id": "id",
        "request": "request",
        "response": "response",
        "rewrite_list": "rewriteList",
        "signing_cert": "signingCert",
        "signing_key": "signingKey",
        "signing_key_password": "signingKeyPassword",
        "split_tunneling": "splitTunneling",
    },
)
class LtmProfileRewriteConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        rewrite_mode: builtins.str,
        bypass_list: typing.Optional[typing.Sequence[builtins.str]] = None,
        cache_type: typing.Optional[builtins.str] = None,
        ca_file: typing.Optional[builtins.str] = None,
        cookie_rules: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileRewriteCookieRules", typing.Dict[builtins.str, typing.Any]]]]] = None,
        crl_file: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        request: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileRewriteRequest", typing.Dict[builtins.str, typing.Any]]]]] = None,
        response: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileRewriteResponse", typing.Dict[builtins.str, typing.Any]]]]] = None,
        rewrite_list: typing.Optional[typing.Sequence[builtins.str]] = None,
        signing_cert: typing.Optional[builtins.str] = None,
        signing_key: typing.Optional[builtins.str] = None,
        signing_key_password: typing.Optional[builtins.str] = None,
        split_tunneling: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the rewrite profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#name LtmProfileRewrite#name}
        :param rewrite_mode: Specifies the type of rewrite operations. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_mode LtmProfileRewrite#rewrite_mode}
        :param bypass_list: Specifies a list of URIs to bypass inside a web page when the page is accessed using Portal Access. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#bypass_list LtmProfileRewrite#bypass_list}
        :param cache_type: Specifies the type of client caching. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#cache_type LtmProfileRewrite#cache_type}
        :param ca_file: Specifies a CA against which to verify signed Java applets signatures. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#ca_file LtmProfileRewrite#ca_file}
        :param cookie_rules: cookie_rules block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#cookie_rules LtmProfileRewrite#cookie_rules}
        :param crl_file: Specifies a CRL against which to verify signed Java applets signature certificates. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#crl_file LtmProfileRewrite#crl_file}
        :param defaults_from: Inherit defaults from parent profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#defaults_from LtmProfileRewrite#defaults_from}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#id LtmProfileRewrite#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param request: request block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#request LtmProfileRewrite#request}
        :param response: response block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#response LtmProfileRewrite#response}
        :param rewrite_list: Specifies a list of URIs to rewrite inside a web page when the page is accessed using Portal Access. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_list LtmProfileRewrite#rewrite_list}
        :param signing_cert: Specifies a certificate to use for re-signing of signed Java applets after patching. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#signing_cert LtmProfileRewrite#signing_cert}
        :param signing_key: Specifies a private key for re-signing of signed Java applets after patching. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#signing_key LtmProfileRewrite#signing_key}
        :param signing_key_password: Specifies a pass phrase to use for encrypting the private signing key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#signing_key_password LtmProfileRewrite#signing_key_password}
        :param split_tunneling: Specifies a private key for re-signing of signed Java applets after patching. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#split_tunneling LtmProfileRewrite#split_tunneling}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ebeccfa424bee9a233267eb2d4b3c7f939557c4f517e305412512f6fa0b96e54)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument rewrite_mode", value=rewrite_mode, expected_type=type_hints["rewrite_mode"])
            check_type(argname="argument bypass_list", value=bypass_list, expected_type=type_hints["bypass_list"])
            check_type(argname="argument cache_type", value=cache_type, expected_type=type_hints["cache_type"])
            check_type(argname="argument ca_file", value=ca_file, expected_type=type_hints["ca_file"])
            check_type(argname="argument cookie_rules", value=cookie_rules, expected_type=type_hints["cookie_rules"])
            check_type(argname="argument crl_file", value=crl_file, expected_type=type_hints["crl_file"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
            check_type(argname="argument rewrite_list", value=rewrite_list, expected_type=type_hints["rewrite_list"])
            check_type(argname="argument signing_cert", value=signing_cert, expected_type=type_hints["signing_cert"])
            check_type(argname="argument signing_key", value=signing_key, expected_type=type_hints["signing_key"])
            check_type(argname="argument signing_key_password", value=signing_key_password, expected_type=type_hints["signing_key_password"])
            check_type(argname="argument split_tunneling", value=split_tunneling, expected_type=type_hints["split_tunneling"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "rewrite_mode": rewrite_mode,
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
        if bypass_list is not None:
            self._values["bypass_list"] = bypass_list
        if cache_type is not None:
            self._values["cache_type"] = cache_type
        if ca_file is not None:
            self._values["ca_file"] = ca_file
        if cookie_rules is not None:
            self._values["cookie_rules"] = cookie_rules
        if crl_file is not None:
            self._values["crl_file"] = crl_file
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if id is not None:
            self._values["id"] = id
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response
        if rewrite_list is not None:
            self._values["rewrite_list"] = rewrite_list
        if signing_cert is not None:
            self._values["signing_cert"] = signing_cert
        if signing_key is not None:
            self._values["signing_key"] = signing_key
        if signing_key_password is not None:
            self._values["signing_key_password"] = signing_key_password
        if split_tunneling is not None:
            self._values["split_tunneling"] = split_tunneling

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
        '''Name of the rewrite profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#name LtmProfileRewrite#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def rewrite_mode(self) -> builtins.str:
        '''Specifies the type of rewrite operations.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_mode LtmProfileRewrite#rewrite_mode}
        '''
        result = self._values.get("rewrite_mode")
        assert result is not None, "Required property 'rewrite_mode' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def bypass_list(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies a list of URIs to bypass inside a web page when the page is accessed using Portal Access.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#bypass_list LtmProfileRewrite#bypass_list}
        '''
        result = self._values.get("bypass_list")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cache_type(self) -> typing.Optional[builtins.str]:
        '''Specifies the type of client caching.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#cache_type LtmProfileRewrite#cache_type}
        '''
        result = self._values.get("cache_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_file(self) -> typing.Optional[builtins.str]:
        '''Specifies a CA against which to verify signed Java applets signatures.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#ca_file LtmProfileRewrite#ca_file}
        '''
        result = self._values.get("ca_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cookie_rules(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteCookieRules"]]]:
        '''cookie_rules block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#cookie_rules LtmProfileRewrite#cookie_rules}
        '''
        result = self._values.get("cookie_rules")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteCookieRules"]]], result)

    @builtins.property
    def crl_file(self) -> typing.Optional[builtins.str]:
        '''Specifies a CRL against which to verify signed Java applets signature certificates.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#crl_file LtmProfileRewrite#crl_file}
        '''
        result = self._values.get("crl_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Inherit defaults from parent profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#defaults_from LtmProfileRewrite#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#id LtmProfileRewrite#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteRequest"]]]:
        '''request block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#request LtmProfileRewrite#request}
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteRequest"]]], result)

    @builtins.property
    def response(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteResponse"]]]:
        '''response block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#response LtmProfileRewrite#response}
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileRewriteResponse"]]], result)

    @builtins.property
    def rewrite_list(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies a list of URIs to rewrite inside a web page when the page is accessed using Portal Access.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_list LtmProfileRewrite#rewrite_list}
        '''
        result = self._values.get("rewrite_list")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def signing_cert(self) -> typing.Optional[builtins.str]:
        '''Specifies a certificate to use for re-signing of signed Java applets after patching.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#signing_cert LtmProfileRewrite#signing_cert}
        '''
        result = self._values.get("signing_cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def signing_key(self) -> typing.Optional[builtins.str]:
        '''Specifies a private key for re-signing of signed Java applets after patching.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#signing_key LtmProfileRewrite#signing_key}
        '''
        result = self._values.get("signing_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def signing_key_password(self) -> typing.Optional[builtins.str]:
        '''Specifies a pass phrase to use for encrypting the private signing key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#signing_key_password LtmProfileRewrite#signing_key_password}
        '''
        result = self._values.get("signing_key_password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def split_tunneling(self) -> typing.Optional[builtins.str]:
        '''Specifies a private key for re-signing of signed Java applets after patching.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#split_tunneling LtmProfileRewrite#split_tunneling}
        '''
        result = self._values.get("split_tunneling")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileRewriteConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.ltmProfileRewrite.LtmProfileRewriteCookieRules",
    jsii_struct_bases=[],
    name_mapping={
        "client_domain": "clientDomain",
        "client_path": "clientPath",
        "rule_name": "ruleName",
        "server_domain": "serverDomain",
        "server_path": "serverPath",
    },
)
class LtmProfileRewriteCookieRules:
    def __init__(
        self,
        *,
        client_domain: builtins.str,
        client_path: builtins.str,
        rule_name: builtins.str,
        server_domain: builtins.str,
        server_path: builtins.str,
    ) -> None:
        '''
        :param client_domain: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#client_domain LtmProfileRewrite#client_domain}.
        :param client_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#client_path LtmProfileRewrite#client_path}.
        :param rule_name: Name of the cookie rewrite rule. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rule_name LtmProfileRewrite#rule_name}
        :param server_domain: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#server_domain LtmProfileRewrite#server_domain}.
        :param server_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#server_path LtmProfileRewrite#server_path}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9bad3a8929e4c8ca07ee5e17d0304663d0fde3cfcaa5794102dcf3e92bdd8979)
            check_type(argname="argument client_domain", value=client_domain, expected_type=type_hints["client_domain"])
            check_type(argname="argument client_path", value=client_path, expected_type=type_hints["client_path"])
            check_type(argname="argument rule_name", value=rule_name, expected_type=type_hints["rule_name"])
            check_type(argname="argument server_domain", value=server_domain, expected_type=type_hints["server_domain"])
            check_type(argname="argument server_path", value=server_path, expected_type=type_hints["server_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "client_domain": client_domain,
            "client_path": client_path,
            "rule_name": rule_name,
            "server_domain": server_domain,
            "server_path": server_path,
        }

    @builtins.property
    def client_domain(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#client_domain LtmProfileRewrite#client_domain}.'''
        result = self._values.get("client_domain")
        assert result is not None, "Required property 'client_domain' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def client_path(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#client_path LtmProfileRewrite#client_path}.'''
        result = self._values.get("client_path")
        assert result is not None, "Required property 'client_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def rule_name(self) -> builtins.str:
        '''Name of the cookie rewrite rule.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rule_name LtmProfileRewrite#rule_name}
        '''
        result = self._values.get("rule_name")
        assert result is not None, "Required property 'rule_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def server_domain(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#server_domain LtmProfileRewrite#server_domain}.'''
        result = self._values.get("server_domain")
        assert result is not None, "Required property 'server_domain' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def server_path(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#server_path LtmProfileRewrite#server_path}.'''
        result = self._values.get("server_path")
        assert result is not None, "Required property 'server_path' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileRewriteCookieRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LtmProfileRewriteCookieRulesList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileRewrite.LtmProfileRewriteCookieRulesList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a4fdd0fb966ad1a6cf8fae60f0e62453539d87bfca973b99aa52cde32b1f6cdc)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "LtmProfileRewriteCookieRulesOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__63ca6aeb4b978250b1a25719c59ee7f3e567490efec56406b7c9d13c41d3b65c)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("LtmProfileRewriteCookieRulesOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a52b38688f327e006012fcc75f40c4d2fee4480a3a6de2fa72522fdc01aaf37)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2d528a26e521be26688d5d9f0e175d679d257fe199f041b9049ee83ce9888dfb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4847eb5c0c0827ab868604d8b8e917effa62c6906f7ca915d6e56ea63fa0a4db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteCookieRules]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteCookieRules]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteCookieRules]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__293860d37fad6e620db46dd266389e3a82690b8cdd2fbac54b8c83bf7451b287)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LtmProfileRewriteCookieRulesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileRewrite.LtmProfileRewriteCookieRulesOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__77d522b289cd8639454c1647866e560db377e867b6dcbe83774f06bf0cd4ebc3)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="clientDomainInput")
    def client_domain_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientDomainInput"))

    @builtins.property
    @jsii.member(jsii_name="clientPathInput")
    def client_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientPathInput"))

    @builtins.property
    @jsii.member(jsii_name="ruleNameInput")
    def rule_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ruleNameInput"))

    @builtins.property
    @jsii.member(jsii_name="serverDomainInput")
    def server_domain_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serverDomainInput"))

    @builtins.property
    @jsii.member(jsii_name="serverPathInput")
    def server_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serverPathInput"))

    @builtins.property
    @jsii.member(jsii_name="clientDomain")
    def client_domain(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientDomain"))

    @client_domain.setter
    def client_domain(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c108dbf0782d722890e7f2746256d11f77a9eaeb9a4e912160f53ac4477685cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientDomain", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientPath")
    def client_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientPath"))

    @client_path.setter
    def client_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c9bc7af5e79cedb260e3e2461395fe7e8e8ba391ce8b44ab0ef1d14ea9e4b0a5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ruleName")
    def rule_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ruleName"))

    @rule_name.setter
    def rule_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5ef368ec163a94176120b1b7624c4b8145407f07ac37e999c98e1cd0ee5eb092)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ruleName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverDomain")
    def server_domain(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverDomain"))

    @server_domain.setter
    def server_domain(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d26bf4c749244a9a43525c24378337130cca2ea560656239677903cc75be0c6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverDomain", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverPath")
    def server_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverPath"))

    @server_path.setter
    def server_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d87551e186d51b2e1b9530cbd6efdc8f1ff6ed44aa7afbbaa1a00424dbc9238)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteCookieRules]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteCookieRules]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteCookieRules]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__79a6581dcfd1e08a871643951a282060feb90f89c1d7a663325e51f794987ee1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileRewrite.LtmProfileRewriteRequest",
    jsii_struct_bases=[],
    name_mapping={
        "insert_xfwd_for": "insertXfwdFor",
        "insert_xfwd_host": "insertXfwdHost",
        "insert_xfwd_protocol": "insertXfwdProtocol",
        "rewrite_headers": "rewriteHeaders",
    },
)
class LtmProfileRewriteRequest:
    def __init__(
        self,
        *,
        insert_xfwd_for: typing.Optional[builtins.str] = None,
        insert_xfwd_host: typing.Optional[builtins.str] = None,
        insert_xfwd_protocol: typing.Optional[builtins.str] = None,
        rewrite_headers: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param insert_xfwd_for: Enable to add the X-Forwarded For (XFF) header, to specify the originating IP address of the client. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#insert_xfwd_for LtmProfileRewrite#insert_xfwd_for}
        :param insert_xfwd_host: Enable to add the X-Forwarded Host header, to specify the originating host of the client. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#insert_xfwd_host LtmProfileRewrite#insert_xfwd_host}
        :param insert_xfwd_protocol: Enable to add the X-Forwarded Proto header, to specify the originating protocol of the client. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#insert_xfwd_protocol LtmProfileRewrite#insert_xfwd_protocol}
        :param rewrite_headers: Enable to rewrite headers in Request settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_headers LtmProfileRewrite#rewrite_headers}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8011ff91140b41de4a995f9f7526131a473a4125f310c8912ba49c627ecd6cfc)
            check_type(argname="argument insert_xfwd_for", value=insert_xfwd_for, expected_type=type_hints["insert_xfwd_for"])
            check_type(argname="argument insert_xfwd_host", value=insert_xfwd_host, expected_type=type_hints["insert_xfwd_host"])
            check_type(argname="argument insert_xfwd_protocol", value=insert_xfwd_protocol, expected_type=type_hints["insert_xfwd_protocol"])
            check_type(argname="argument rewrite_headers", value=rewrite_headers, expected_type=type_hints["rewrite_headers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if insert_xfwd_for is not None:
            self._values["insert_xfwd_for"] = insert_xfwd_for
        if insert_xfwd_host is not None:
            self._values["insert_xfwd_host"] = insert_xfwd_host
        if insert_xfwd_protocol is not None:
            self._values["insert_xfwd_protocol"] = insert_xfwd_protocol
        if rewrite_headers is not None:
            self._values["rewrite_headers"] = rewrite_headers

    @builtins.property
    def insert_xfwd_for(self) -> typing.Optional[builtins.str]:
        '''Enable to add the X-Forwarded For (XFF) header, to specify the originating IP address of the client.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#insert_xfwd_for LtmProfileRewrite#insert_xfwd_for}
        '''
        result = self._values.get("insert_xfwd_for")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insert_xfwd_host(self) -> typing.Optional[builtins.str]:
        '''Enable to add the X-Forwarded Host header, to specify the originating host of the client.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#insert_xfwd_host LtmProfileRewrite#insert_xfwd_host}
        '''
        result = self._values.get("insert_xfwd_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insert_xfwd_protocol(self) -> typing.Optional[builtins.str]:
        '''Enable to add the X-Forwarded Proto header, to specify the originating protocol of the client.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#insert_xfwd_protocol LtmProfileRewrite#insert_xfwd_protocol}
        '''
        result = self._values.get("insert_xfwd_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rewrite_headers(self) -> typing.Optional[builtins.str]:
        '''Enable to rewrite headers in Request settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_headers LtmProfileRewrite#rewrite_headers}
        '''
        result = self._values.get("rewrite_headers")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileRewriteRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LtmProfileRewriteRequestList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileRewrite.LtmProfileRewriteRequestList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc29fe3bdb818b9041506bc779a69e86f1c596606513f8f0e553d6870c354c7c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "LtmProfileRewriteRequestOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6cbf4c077484097239ffee74079f2b733f3e12c31587c1a8f49912becef63cea)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("LtmProfileRewriteRequestOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84dff8246ed394135260b64f7b3bb358705d0d7151875651dd46b723a2ec700f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9ca12a88a84d013597fed48bb78a7c263998c2eba1b7921fbe07003f92d10838)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c964b636c17d1e547407c21e70c92d49b3eeec261d3c7689ff7113c915b0381e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteRequest]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteRequest]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteRequest]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2ebf4e123390d5a09d9965ff3bea275487a765fe6681cbc642f783a599fd579f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LtmProfileRewriteRequestOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileRewrite.LtmProfileRewriteRequestOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e26c9b98a0c2586547fd29ded30688ed96ccf12a438f9aec4a04ea599b64a540)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetInsertXfwdFor")
    def reset_insert_xfwd_for(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInsertXfwdFor", []))

    @jsii.member(jsii_name="resetInsertXfwdHost")
    def reset_insert_xfwd_host(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInsertXfwdHost", []))

    @jsii.member(jsii_name="resetInsertXfwdProtocol")
    def reset_insert_xfwd_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInsertXfwdProtocol", []))

    @jsii.member(jsii_name="resetRewriteHeaders")
    def reset_rewrite_headers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRewriteHeaders", []))

    @builtins.property
    @jsii.member(jsii_name="insertXfwdForInput")
    def insert_xfwd_for_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "insertXfwdForInput"))

    @builtins.property
    @jsii.member(jsii_name="insertXfwdHostInput")
    def insert_xfwd_host_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "insertXfwdHostInput"))

    @builtins.property
    @jsii.member(jsii_name="insertXfwdProtocolInput")
    def insert_xfwd_protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "insertXfwdProtocolInput"))

    @builtins.property
    @jsii.member(jsii_name="rewriteHeadersInput")
    def rewrite_headers_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "rewriteHeadersInput"))

    @builtins.property
    @jsii.member(jsii_name="insertXfwdFor")
    def insert_xfwd_for(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "insertXfwdFor"))

    @insert_xfwd_for.setter
    def insert_xfwd_for(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d5c100a40d6efdf68dac4e506addb6ab5170c990c13b021991d0c75f4623b6a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "insertXfwdFor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="insertXfwdHost")
    def insert_xfwd_host(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "insertXfwdHost"))

    @insert_xfwd_host.setter
    def insert_xfwd_host(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1f6fc861a28c46376f62dc524d1fc0fa3fa82af57243f98a173a5caf0196ad7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "insertXfwdHost", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="insertXfwdProtocol")
    def insert_xfwd_protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "insertXfwdProtocol"))

    @insert_xfwd_protocol.setter
    def insert_xfwd_protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cfb2f1c643581e009755ef1d3086509e52e4424101222b85e27cdce74145c72e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "insertXfwdProtocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="rewriteHeaders")
    def rewrite_headers(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "rewriteHeaders"))

    @rewrite_headers.setter
    def rewrite_headers(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__000529a94a2a27bd6f32a3b97b3fd83df7d5b91ad37428c90d59aea26f42051f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rewriteHeaders", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteRequest]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteRequest]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteRequest]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cc16364f8964a633d6f3697697245faeea58ae221c3d9ab90386acb02355a408)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileRewrite.LtmProfileRewriteResponse",
    jsii_struct_bases=[],
    name_mapping={
        "rewrite_content": "rewriteContent",
        "rewrite_headers": "rewriteHeaders",
    },
)
class LtmProfileRewriteResponse:
    def __init__(
        self,
        *,
        rewrite_content: typing.Optional[builtins.str] = None,
        rewrite_headers: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param rewrite_content: Enable to rewrite links in content in the response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_content LtmProfileRewrite#rewrite_content}
        :param rewrite_headers: Enable to rewrite headers in the response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_headers LtmProfileRewrite#rewrite_headers}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cb314ef92a39ab37d524ee430337402af2b7d5eb53967e82a567dccb40c99204)
            check_type(argname="argument rewrite_content", value=rewrite_content, expected_type=type_hints["rewrite_content"])
            check_type(argname="argument rewrite_headers", value=rewrite_headers, expected_type=type_hints["rewrite_headers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if rewrite_content is not None:
            self._values["rewrite_content"] = rewrite_content
        if rewrite_headers is not None:
            self._values["rewrite_headers"] = rewrite_headers

    @builtins.property
    def rewrite_content(self) -> typing.Optional[builtins.str]:
        '''Enable to rewrite links in content in the response.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_content LtmProfileRewrite#rewrite_content}
        '''
        result = self._values.get("rewrite_content")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rewrite_headers(self) -> typing.Optional[builtins.str]:
        '''Enable to rewrite headers in the response.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_rewrite#rewrite_headers LtmProfileRewrite#rewrite_headers}
        '''
        result = self._values.get("rewrite_headers")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileRewriteResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LtmProfileRewriteResponseList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileRewrite.LtmProfileRewriteResponseList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__af90517ecdf5cc2f1f6a83b2f1626eef5cddf96ff9104bf21f4af920e3760b0a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "LtmProfileRewriteResponseOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__279b856dc8c9c0d1ba112412326f13cd4f472879908b53c08b052805e52e87c5)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("LtmProfileRewriteResponseOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a159cfa515ff6ad9745f289c678235a0ed20ad2ab729890582b45a99536f64ac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d464dbb5e005fe091523f5f1b00af24db448c74b944908e7b887231b6213119c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__645f562d13cd5d6653ccf00949941046b426c390e5e87d82c8c4d1fad4d9dbfe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteResponse]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteResponse]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteResponse]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b26967bcf4645681296b72b31a63565f2fc9588b15f71434e3cad8d44ecc715b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LtmProfileRewriteResponseOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileRewrite.LtmProfileRewriteResponseOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b8fa5a71c1e2fe63a166601e0342d940872074223c3398e9e5eb91c39a6201c1)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetRewriteContent")
    def reset_rewrite_content(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRewriteContent", []))

    @jsii.member(jsii_name="resetRewriteHeaders")
    def reset_rewrite_headers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRewriteHeaders", []))

    @builtins.property
    @jsii.member(jsii_name="rewriteContentInput")
    def rewrite_content_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "rewriteContentInput"))

    @builtins.property
    @jsii.member(jsii_name="rewriteHeadersInput")
    def rewrite_headers_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "rewriteHeadersInput"))

    @builtins.property
    @jsii.member(jsii_name="rewriteContent")
    def rewrite_content(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "rewriteContent"))

    @rewrite_content.setter
    def rewrite_content(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__302aa1b90a293c45bc8107f8412bd511074a24c9305d99b131220242780f3794)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rewriteContent", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="rewriteHeaders")
    def rewrite_headers(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "rewriteHeaders"))

    @rewrite_headers.setter
    def rewrite_headers(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dd4f8a02ecb35f94e700dbc3ead94dcfbd88c70a07a0d5e9af60761fdf2c8d7f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rewriteHeaders", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteResponse]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteResponse]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteResponse]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe63f9dfb9fe29a8bf8f727d8a72461ca0b334251af81377a09c374134052c77)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "LtmProfileRewrite",
    "LtmProfileRewriteConfig",
    "LtmProfileRewriteCookieRules",
    "LtmProfileRewriteCookieRulesList",
    "LtmProfileRewriteCookieRulesOutputReference",
    "LtmProfileRewriteRequest",
    "LtmProfileRewriteRequestList",
    "LtmProfileRewriteRequestOutputReference",
    "LtmProfileRewriteResponse",
    "LtmProfileRewriteResponseList",
    "LtmProfileRewriteResponseOutputReference",
]

publication.publish()

def _typecheckingstub__3e1ef012328661a357561447a9f4fd17ef73bdf69b0a98ab19b22a263d9364a1(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    rewrite_mode: builtins.str,
    bypass_list: typing.Optional[typing.Sequence[builtins.str]] = None,
    cache_type: typing.Optional[builtins.str] = None,
    ca_file: typing.Optional[builtins.str] = None,
    cookie_rules: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileRewriteCookieRules, typing.Dict[builtins.str, typing.Any]]]]] = None,
    crl_file: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    request: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileRewriteRequest, typing.Dict[builtins.str, typing.Any]]]]] = None,
    response: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileRewriteResponse, typing.Dict[builtins.str, typing.Any]]]]] = None,
    rewrite_list: typing.Optional[typing.Sequence[builtins.str]] = None,
    signing_cert: typing.Optional[builtins.str] = None,
    signing_key: typing.Optional[builtins.str] = None,
    signing_key_password: typing.Optional[builtins.str] = None,
    split_tunneling: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__f3e7e216fdd42ca0c7cdcdad46bb995fd5668203efcf713d2c55b07da6c1554f(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__109bd224d9639b4b4bc0da78d3d0f45b5b3dd627739332df4c72900b67341786(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileRewriteCookieRules, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e1413ab9e2e937985f03db44a40a85e032d7e848e175e1ae4253b1f1a63484b(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileRewriteRequest, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__028b38ddf392455ca3b4f6ea82f89d9d11275c1e5443e953e6da2f8f8bb01c54(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileRewriteResponse, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47a17c56d396423e48569a4377941b270af10ec583f0827a0c07c614d98b962d(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2689a3a5ad85024881ca183caa12c41f184e41277d87bfa515d0174d4cadc30e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__864f236c2f18a31bec425f7a3367f4194bb406e799b67cfb09051744d114e08a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__844916f4312bd3af30394cdeefa19d7f2ddb5030636252224bbdc6c17c6f6ab1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b92daf971062c81404d398b4fa28672e21ffd10782f23d9e7c1df60f5b650700(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51ad44e74bc3ef55dabee57d67b97d40c72fabedb315f7722a2e506dc234b991(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eda7247cd8a2104454f0991aad10083aa113a1176a023896f57708d91e2c9df7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__264e092939969dc42fd6720f9d771c36c5a28b068828d50da21b21078b77062b(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a079b1a26513b0bcc8db0fe7de6ae106f74c21285be9de4722ebe72058d32f72(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__679fc741cc5048996a732ba3e34529ab07ac5418d671da02f4bad0afdf1cefc8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4dd99979596600520337a5c624d05b7e3ed7ed4bf97a9c7b8d061b5382bf4dae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6c896c6e57ba50d7c1e07de015d119d2df0a6fcef20e0e4d23b1b37af1d5aec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6240936de4622c205cd8f880285d16cbca9640bd98135cbcc67606ef2312f17c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebeccfa424bee9a233267eb2d4b3c7f939557c4f517e305412512f6fa0b96e54(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    rewrite_mode: builtins.str,
    bypass_list: typing.Optional[typing.Sequence[builtins.str]] = None,
    cache_type: typing.Optional[builtins.str] = None,
    ca_file: typing.Optional[builtins.str] = None,
    cookie_rules: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileRewriteCookieRules, typing.Dict[builtins.str, typing.Any]]]]] = None,
    crl_file: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    request: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileRewriteRequest, typing.Dict[builtins.str, typing.Any]]]]] = None,
    response: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileRewriteResponse, typing.Dict[builtins.str, typing.Any]]]]] = None,
    rewrite_list: typing.Optional[typing.Sequence[builtins.str]] = None,
    signing_cert: typing.Optional[builtins.str] = None,
    signing_key: typing.Optional[builtins.str] = None,
    signing_key_password: typing.Optional[builtins.str] = None,
    split_tunneling: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bad3a8929e4c8ca07ee5e17d0304663d0fde3cfcaa5794102dcf3e92bdd8979(
    *,
    client_domain: builtins.str,
    client_path: builtins.str,
    rule_name: builtins.str,
    server_domain: builtins.str,
    server_path: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4fdd0fb966ad1a6cf8fae60f0e62453539d87bfca973b99aa52cde32b1f6cdc(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63ca6aeb4b978250b1a25719c59ee7f3e567490efec56406b7c9d13c41d3b65c(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a52b38688f327e006012fcc75f40c4d2fee4480a3a6de2fa72522fdc01aaf37(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d528a26e521be26688d5d9f0e175d679d257fe199f041b9049ee83ce9888dfb(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4847eb5c0c0827ab868604d8b8e917effa62c6906f7ca915d6e56ea63fa0a4db(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__293860d37fad6e620db46dd266389e3a82690b8cdd2fbac54b8c83bf7451b287(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteCookieRules]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77d522b289cd8639454c1647866e560db377e867b6dcbe83774f06bf0cd4ebc3(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c108dbf0782d722890e7f2746256d11f77a9eaeb9a4e912160f53ac4477685cb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9bc7af5e79cedb260e3e2461395fe7e8e8ba391ce8b44ab0ef1d14ea9e4b0a5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ef368ec163a94176120b1b7624c4b8145407f07ac37e999c98e1cd0ee5eb092(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d26bf4c749244a9a43525c24378337130cca2ea560656239677903cc75be0c6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d87551e186d51b2e1b9530cbd6efdc8f1ff6ed44aa7afbbaa1a00424dbc9238(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79a6581dcfd1e08a871643951a282060feb90f89c1d7a663325e51f794987ee1(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteCookieRules]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8011ff91140b41de4a995f9f7526131a473a4125f310c8912ba49c627ecd6cfc(
    *,
    insert_xfwd_for: typing.Optional[builtins.str] = None,
    insert_xfwd_host: typing.Optional[builtins.str] = None,
    insert_xfwd_protocol: typing.Optional[builtins.str] = None,
    rewrite_headers: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc29fe3bdb818b9041506bc779a69e86f1c596606513f8f0e553d6870c354c7c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cbf4c077484097239ffee74079f2b733f3e12c31587c1a8f49912becef63cea(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84dff8246ed394135260b64f7b3bb358705d0d7151875651dd46b723a2ec700f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ca12a88a84d013597fed48bb78a7c263998c2eba1b7921fbe07003f92d10838(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c964b636c17d1e547407c21e70c92d49b3eeec261d3c7689ff7113c915b0381e(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ebf4e123390d5a09d9965ff3bea275487a765fe6681cbc642f783a599fd579f(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteRequest]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e26c9b98a0c2586547fd29ded30688ed96ccf12a438f9aec4a04ea599b64a540(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d5c100a40d6efdf68dac4e506addb6ab5170c990c13b021991d0c75f4623b6a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1f6fc861a28c46376f62dc524d1fc0fa3fa82af57243f98a173a5caf0196ad7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfb2f1c643581e009755ef1d3086509e52e4424101222b85e27cdce74145c72e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__000529a94a2a27bd6f32a3b97b3fd83df7d5b91ad37428c90d59aea26f42051f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc16364f8964a633d6f3697697245faeea58ae221c3d9ab90386acb02355a408(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteRequest]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb314ef92a39ab37d524ee430337402af2b7d5eb53967e82a567dccb40c99204(
    *,
    rewrite_content: typing.Optional[builtins.str] = None,
    rewrite_headers: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af90517ecdf5cc2f1f6a83b2f1626eef5cddf96ff9104bf21f4af920e3760b0a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__279b856dc8c9c0d1ba112412326f13cd4f472879908b53c08b052805e52e87c5(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a159cfa515ff6ad9745f289c678235a0ed20ad2ab729890582b45a99536f64ac(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d464dbb5e005fe091523f5f1b00af24db448c74b944908e7b887231b6213119c(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__645f562d13cd5d6653ccf00949941046b426c390e5e87d82c8c4d1fad4d9dbfe(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b26967bcf4645681296b72b31a63565f2fc9588b15f71434e3cad8d44ecc715b(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileRewriteResponse]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8fa5a71c1e2fe63a166601e0342d940872074223c3398e9e5eb91c39a6201c1(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__302aa1b90a293c45bc8107f8412bd511074a24c9305d99b131220242780f3794(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd4f8a02ecb35f94e700dbc3ead94dcfbd88c70a07a0d5e9af60761fdf2c8d7f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe63f9dfb9fe29a8bf8f727d8a72461ca0b334251af81377a09c374134052c77(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileRewriteResponse]],
) -> None:
    """Type checking stubs"""
    pass
