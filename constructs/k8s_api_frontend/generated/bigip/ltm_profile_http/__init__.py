r'''
# `bigip_ltm_profile_http`

Refer to the Terraform Registry for docs: [`bigip_ltm_profile_http`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http).
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


class LtmProfileHttp(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileHttp.LtmProfileHttp",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http bigip_ltm_profile_http}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        accept_xff: typing.Optional[builtins.str] = None,
        app_service: typing.Optional[builtins.str] = None,
        basic_auth_realm: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        encrypt_cookies: typing.Optional[typing.Sequence[builtins.str]] = None,
        encrypt_cookie_secret: typing.Optional[builtins.str] = None,
        enforcement: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileHttpEnforcement", typing.Dict[builtins.str, typing.Any]]]]] = None,
        fallback_host: typing.Optional[builtins.str] = None,
        fallback_status_codes: typing.Optional[typing.Sequence[builtins.str]] = None,
        head_erase: typing.Optional[builtins.str] = None,
        head_insert: typing.Optional[builtins.str] = None,
        http_strict_transport_security: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileHttpHttpStrictTransportSecurity", typing.Dict[builtins.str, typing.Any]]]]] = None,
        id: typing.Optional[builtins.str] = None,
        insert_xforwarded_for: typing.Optional[builtins.str] = None,
        lws_separator: typing.Optional[builtins.str] = None,
        lws_width: typing.Optional[jsii.Number] = None,
        oneconnect_transformations: typing.Optional[builtins.str] = None,
        proxy_type: typing.Optional[builtins.str] = None,
        redirect_rewrite: typing.Optional[builtins.str] = None,
        request_chunking: typing.Optional[builtins.str] = None,
        response_chunking: typing.Optional[builtins.str] = None,
        response_headers_permitted: typing.Optional[typing.Sequence[builtins.str]] = None,
        server_agent_name: typing.Optional[builtins.str] = None,
        tm_partition: typing.Optional[builtins.str] = None,
        via_host_name: typing.Optional[builtins.str] = None,
        via_request: typing.Optional[builtins.str] = None,
        via_response: typing.Optional[builtins.str] = None,
        xff_alternative_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http bigip_ltm_profile_http} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#name LtmProfileHttp#name}
        :param accept_xff: Enables or disables trusting the client IP address, and statistics from the client IP address, based on the request's XFF (X-forwarded-for) headers, if they exist. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#accept_xff LtmProfileHttp#accept_xff}
        :param app_service: The application service to which the object belongs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#app_service LtmProfileHttp#app_service}
        :param basic_auth_realm: Specifies a quoted string for the basic authentication realm. The system sends this string to a client whenever authorization fails. The default value is none Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#basic_auth_realm LtmProfileHttp#basic_auth_realm}
        :param defaults_from: Inherit defaults from parent profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#defaults_from LtmProfileHttp#defaults_from}
        :param description: User defined description. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#description LtmProfileHttp#description}
        :param encrypt_cookies: Encrypts specified cookies that the BIG-IP system sends to a client system. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#encrypt_cookies LtmProfileHttp#encrypt_cookies}
        :param encrypt_cookie_secret: Specifies a passphrase for the cookie encryption. Note: Since it's a sensitive entity idempotency will fail for it in the update call. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#encrypt_cookie_secret LtmProfileHttp#encrypt_cookie_secret}
        :param enforcement: enforcement block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#enforcement LtmProfileHttp#enforcement}
        :param fallback_host: Specifies an HTTP fallback host. HTTP redirection allows you to redirect HTTP traffic to another protocol identifier, host name, port number, or URI path. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#fallback_host LtmProfileHttp#fallback_host}
        :param fallback_status_codes: Specifies one or more three-digit status codes that can be returned by an HTTP server,that should trigger a redirection to the fallback host. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#fallback_status_codes LtmProfileHttp#fallback_status_codes}
        :param head_erase: Specifies the header string that you want to erase from an HTTP request. Default is none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#head_erase LtmProfileHttp#head_erase}
        :param head_insert: Specifies a quoted header string that you want to insert into an HTTP request. Default is none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#head_insert LtmProfileHttp#head_insert}
        :param http_strict_transport_security: http_strict_transport_security block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#http_strict_transport_security LtmProfileHttp#http_strict_transport_security}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#id LtmProfileHttp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param insert_xforwarded_for: Specifies, when enabled, that the system inserts an X-Forwarded-For header in an HTTP request with the client IP address, to use with connection pooling. The default is Disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#insert_xforwarded_for LtmProfileHttp#insert_xforwarded_for}
        :param lws_separator: Specifies the linear white space (LWS) separator that the system inserts when a header exceeds the maximum width you specify in the LWS Maximum Columns setting. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#lws_separator LtmProfileHttp#lws_separator}
        :param lws_width: Specifies the maximum column width for any given line, when inserting an HTTP header in an HTTP request. The default is 80 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#lws_width LtmProfileHttp#lws_width}
        :param oneconnect_transformations: Enables the system to perform HTTP header transformations for the purpose of keeping server-side connections open. This feature requires configuration of a OneConnect profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#oneconnect_transformations LtmProfileHttp#oneconnect_transformations}
        :param proxy_type: Specifies the proxy mode for this profile: reverse, explicit, or transparent. The default is Reverse. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#proxy_type LtmProfileHttp#proxy_type}
        :param redirect_rewrite: Specifies whether the system rewrites the URIs that are part of HTTP redirect (3XX) responses. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#redirect_rewrite LtmProfileHttp#redirect_rewrite}
        :param request_chunking: Specifies how the system handles HTTP content that is chunked by a client. The default is Preserve. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#request_chunking LtmProfileHttp#request_chunking}
        :param response_chunking: Specifies how the system handles HTTP content that is chunked by a server. The default is Selective. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#response_chunking LtmProfileHttp#response_chunking}
        :param response_headers_permitted: Specifies headers that the BIG-IP system allows in an HTTP response.If you are specifying more than one header, separate the headers with a blank space. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#response_headers_permitted LtmProfileHttp#response_headers_permitted}
        :param server_agent_name: Specifies the value of the Server header in responses that the BIG-IP itself generates. The default is BigIP. If no string is specified, then no Server header will be added to such responses Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#server_agent_name LtmProfileHttp#server_agent_name}
        :param tm_partition: Displays the administrative partition within which this profile resides. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#tm_partition LtmProfileHttp#tm_partition}
        :param via_host_name: Specifies the hostname to include into Via header. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#via_host_name LtmProfileHttp#via_host_name}
        :param via_request: Specifies whether to append, remove, or preserve a Via header in an HTTP request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#via_request LtmProfileHttp#via_request}
        :param via_response: Specifies whether to append, remove, or preserve a Via header in an HTTP request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#via_response LtmProfileHttp#via_response}
        :param xff_alternative_names: Specifies alternative XFF headers instead of the default X-forwarded-for header. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#xff_alternative_names LtmProfileHttp#xff_alternative_names}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__212bf9eb468a3e6485ce2f03ca8ac4505d5e605db2f081d562bc6b1e693567f2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmProfileHttpConfig(
            name=name,
            accept_xff=accept_xff,
            app_service=app_service,
            basic_auth_realm=basic_auth_realm,
            defaults_from=defaults_from,
            description=description,
            encrypt_cookies=encrypt_cookies,
            encrypt_cookie_secret=encrypt_cookie_secret,
            enforcement=enforcement,
            fallback_host=fallback_host,
            fallback_status_codes=fallback_status_codes,
            head_erase=head_erase,
            head_insert=head_insert,
            http_strict_transport_security=http_strict_transport_security,
            id=id,
            insert_xforwarded_for=insert_xforwarded_for,
            lws_separator=lws_separator,
            lws_width=lws_width,
            oneconnect_transformations=oneconnect_transformations,
            proxy_type=proxy_type,
            redirect_rewrite=redirect_rewrite,
            request_chunking=request_chunking,
            response_chunking=response_chunking,
            response_headers_permitted=response_headers_permitted,
            server_agent_name=server_agent_name,
            tm_partition=tm_partition,
            via_host_name=via_host_name,
            via_request=via_request,
            via_response=via_response,
            xff_alternative_names=xff_alternative_names,
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
        '''Generates CDKTF code for importing a LtmProfileHttp resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmProfileHttp to import.
        :param import_from_id: The id of the existing LtmProfileHttp that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmProfileHttp to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a6dd4189161a5cc14353f341f195498ab28e6fff34bfd6a007bd6e7a4cc99ab)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putEnforcement")
    def put_enforcement(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileHttpEnforcement", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6c8721aeb8ead4a03d37e16f281b71016deb228de004d89babb9e9c99289e95b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putEnforcement", [value]))

    @jsii.member(jsii_name="putHttpStrictTransportSecurity")
    def put_http_strict_transport_security(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileHttpHttpStrictTransportSecurity", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__197ca0279b56b1e651456368010584b69639b6ebe98c2d534156b97f83ca508f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putHttpStrictTransportSecurity", [value]))

    @jsii.member(jsii_name="resetAcceptXff")
    def reset_accept_xff(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAcceptXff", []))

    @jsii.member(jsii_name="resetAppService")
    def reset_app_service(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAppService", []))

    @jsii.member(jsii_name="resetBasicAuthRealm")
    def reset_basic_auth_realm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBasicAuthRealm", []))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetEncryptCookies")
    def reset_encrypt_cookies(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEncryptCookies", []))

    @jsii.member(jsii_name="resetEncryptCookieSecret")
    def reset_encrypt_cookie_secret(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEncryptCookieSecret", []))

    @jsii.member(jsii_name="resetEnforcement")
    def reset_enforcement(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnforcement", []))

    @jsii.member(jsii_name="resetFallbackHost")
    def reset_fallback_host(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFallbackHost", []))

    @jsii.member(jsii_name="resetFallbackStatusCodes")
    def reset_fallback_status_codes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFallbackStatusCodes", []))

    @jsii.member(jsii_name="resetHeadErase")
    def reset_head_erase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHeadErase", []))

    @jsii.member(jsii_name="resetHeadInsert")
    def reset_head_insert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHeadInsert", []))

    @jsii.member(jsii_name="resetHttpStrictTransportSecurity")
    def reset_http_strict_transport_security(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHttpStrictTransportSecurity", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetInsertXforwardedFor")
    def reset_insert_xforwarded_for(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInsertXforwardedFor", []))

    @jsii.member(jsii_name="resetLwsSeparator")
    def reset_lws_separator(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLwsSeparator", []))

    @jsii.member(jsii_name="resetLwsWidth")
    def reset_lws_width(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLwsWidth", []))

    @jsii.member(jsii_name="resetOneconnectTransformations")
    def reset_oneconnect_transformations(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOneconnectTransformations", []))

    @jsii.member(jsii_name="resetProxyType")
    def reset_proxy_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxyType", []))

    @jsii.member(jsii_name="resetRedirectRewrite")
    def reset_redirect_rewrite(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRedirectRewrite", []))

    @jsii.member(jsii_name="resetRequestChunking")
    def reset_request_chunking(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRequestChunking", []))

    @jsii.member(jsii_name="resetResponseChunking")
    def reset_response_chunking(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponseChunking", []))

    @jsii.member(jsii_name="resetResponseHeadersPermitted")
    def reset_response_headers_permitted(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponseHeadersPermitted", []))

    @jsii.member(jsii_name="resetServerAgentName")
    def reset_server_agent_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServerAgentName", []))

    @jsii.member(jsii_name="resetTmPartition")
    def reset_tm_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTmPartition", []))

    @jsii.member(jsii_name="resetViaHostName")
    def reset_via_host_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetViaHostName", []))

    @jsii.member(jsii_name="resetViaRequest")
    def reset_via_request(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetViaRequest", []))

    @jsii.member(jsii_name="resetViaResponse")
    def reset_via_response(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetViaResponse", []))

    @jsii.member(jsii_name="resetXffAlternativeNames")
    def reset_xff_alternative_names(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetXffAlternativeNames", []))

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
    @jsii.member(jsii_name="enforcement")
    def enforcement(self) -> "LtmProfileHttpEnforcementList":
        return typing.cast("LtmProfileHttpEnforcementList", jsii.get(self, "enforcement"))

    @builtins.property
    @jsii.member(jsii_name="httpStrictTransportSecurity")
    def http_strict_transport_security(
        self,
    ) -> "LtmProfileHttpHttpStrictTransportSecurityList":
        return typing.cast("LtmProfileHttpHttpStrictTransportSecurityList", jsii.get(self, "httpStrictTransportSecurity"))

    @builtins.property
    @jsii.member(jsii_name="acceptXffInput")
    def accept_xff_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "acceptXffInput"))

    @builtins.property
    @jsii.member(jsii_name="appServiceInput")
    def app_service_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "appServiceInput"))

    @builtins.property
    @jsii.member(jsii_name="basicAuthRealmInput")
    def basic_auth_realm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "basicAuthRealmInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="encryptCookieSecretInput")
    def encrypt_cookie_secret_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "encryptCookieSecretInput"))

    @builtins.property
    @jsii.member(jsii_name="encryptCookiesInput")
    def encrypt_cookies_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "encryptCookiesInput"))

    @builtins.property
    @jsii.member(jsii_name="enforcementInput")
    def enforcement_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileHttpEnforcement"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileHttpEnforcement"]]], jsii.get(self, "enforcementInput"))

    @builtins.property
    @jsii.member(jsii_name="fallbackHostInput")
    def fallback_host_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fallbackHostInput"))

    @builtins.property
    @jsii.member(jsii_name="fallbackStatusCodesInput")
    def fallback_status_codes_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "fallbackStatusCodesInput"))

    @builtins.property
    @jsii.member(jsii_name="headEraseInput")
    def head_erase_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "headEraseInput"))

    @builtins.property
    @jsii.member(jsii_name="headInsertInput")
    def head_insert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "headInsertInput"))

    @builtins.property
    @jsii.member(jsii_name="httpStrictTransportSecurityInput")
    def http_strict_transport_security_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileHttpHttpStrictTransportSecurity"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileHttpHttpStrictTransportSecurity"]]], jsii.get(self, "httpStrictTransportSecurityInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="insertXforwardedForInput")
    def insert_xforwarded_for_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "insertXforwardedForInput"))

    @builtins.property
    @jsii.member(jsii_name="lwsSeparatorInput")
    def lws_separator_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "lwsSeparatorInput"))

    @builtins.property
    @jsii.member(jsii_name="lwsWidthInput")
    def lws_width_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "lwsWidthInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="oneconnectTransformationsInput")
    def oneconnect_transformations_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "oneconnectTransformationsInput"))

    @builtins.property
    @jsii.member(jsii_name="proxyTypeInput")
    def proxy_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxyTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="redirectRewriteInput")
    def redirect_rewrite_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "redirectRewriteInput"))

    @builtins.property
    @jsii.member(jsii_name="requestChunkingInput")
    def request_chunking_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "requestChunkingInput"))

    @builtins.property
    @jsii.member(jsii_name="responseChunkingInput")
    def response_chunking_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "responseChunkingInput"))

    @builtins.property
    @jsii.member(jsii_name="responseHeadersPermittedInput")
    def response_headers_permitted_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "responseHeadersPermittedInput"))

    @builtins.property
    @jsii.member(jsii_name="serverAgentNameInput")
    def server_agent_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serverAgentNameInput"))

    @builtins.property
    @jsii.member(jsii_name="tmPartitionInput")
    def tm_partition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tmPartitionInput"))

    @builtins.property
    @jsii.member(jsii_name="viaHostNameInput")
    def via_host_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "viaHostNameInput"))

    @builtins.property
    @jsii.member(jsii_name="viaRequestInput")
    def via_request_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "viaRequestInput"))

    @builtins.property
    @jsii.member(jsii_name="viaResponseInput")
    def via_response_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "viaResponseInput"))

    @builtins.property
    @jsii.member(jsii_name="xffAlternativeNamesInput")
    def xff_alternative_names_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "xffAlternativeNamesInput"))

    @builtins.property
    @jsii.member(jsii_name="acceptXff")
    def accept_xff(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "acceptXff"))

    @accept_xff.setter
    def accept_xff(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2247a7658b5c513654d244971566d00e3f21dbbcb12bccefe8897f20055c9fdf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "acceptXff", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="appService")
    def app_service(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "appService"))

    @app_service.setter
    def app_service(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42a63276d79c2a6502a6debf533b77cf1dd28668c41e122f67a6bb1cf53f1f16)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "appService", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="basicAuthRealm")
    def basic_auth_realm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "basicAuthRealm"))

    @basic_auth_realm.setter
    def basic_auth_realm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4883a451b79968aa5c3f1350fbd6a00cfd7790d09b4b3f1344bf6f7283f08aa6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "basicAuthRealm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0118117997530a6ae37bbec3923ac876ad09f09f2e753022698b0b19b3195831)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4af1a3eb5636b6d6ce196d80884ada1ffa853f31db1682b10105c51ce2ac64d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="encryptCookies")
    def encrypt_cookies(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "encryptCookies"))

    @encrypt_cookies.setter
    def encrypt_cookies(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__108ec9f56c633e25c6f19c6444b2a6c328e2e56e464f691fe54c46b2a11df7d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "encryptCookies", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="encryptCookieSecret")
    def encrypt_cookie_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "encryptCookieSecret"))

    @encrypt_cookie_secret.setter
    def encrypt_cookie_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9f07a679f26a7640b5a05549b855b81911b13fd9aa7944e493524d6e6e13b332)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "encryptCookieSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fallbackHost")
    def fallback_host(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fallbackHost"))

    @fallback_host.setter
    def fallback_host(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__520c7c474804f93073db69c2039d78f9033827e9d2cab9640ec2658a6aa675d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fallbackHost", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fallbackStatusCodes")
    def fallback_status_codes(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "fallbackStatusCodes"))

    @fallback_status_codes.setter
    def fallback_status_codes(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0c41f2a169bc744eebcf1bead7aca5e438787645d726568d3770f24e19715b3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fallbackStatusCodes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="headErase")
    def head_erase(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "headErase"))

    @head_erase.setter
    def head_erase(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__979f898dd55ed2679835c897bd6e3f0ff8500be7ab7d5733a2d9bee4be639650)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "headErase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="headInsert")
    def head_insert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "headInsert"))

    @head_insert.setter
    def head_insert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd06702755494d1dab495b63be82d0c9be88ea8a548228f79ebd73d3e61e8597)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "headInsert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d20fc1c4bf3111a017dad3eb8b03df57ac0f9787feee28752a83f7320717b569)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="insertXforwardedFor")
    def insert_xforwarded_for(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "insertXforwardedFor"))

    @insert_xforwarded_for.setter
    def insert_xforwarded_for(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__084b5bfc947cc84e9800417d688df954eda38463d5dd5c5ba0bad6ed10d8445f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "insertXforwardedFor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lwsSeparator")
    def lws_separator(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lwsSeparator"))

    @lws_separator.setter
    def lws_separator(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fd2bd548b1c0c91d2e0ad25d8783c676e9561536a9ef85143e77904ebb53b329)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lwsSeparator", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lwsWidth")
    def lws_width(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "lwsWidth"))

    @lws_width.setter
    def lws_width(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e01f48fbc61e1de59f83b3182eda52d807abe5a7679eabc4479e34f71b5af71)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lwsWidth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3caa7dfa7eae3023496c956c371a61ff2430b9aef5d7273070934c0aa9c9bdfc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="oneconnectTransformations")
    def oneconnect_transformations(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oneconnectTransformations"))

    @oneconnect_transformations.setter
    def oneconnect_transformations(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b420f390b9beb8a678fc157388e89cc1252c9088dad7d61075a7d1f3b8afa15b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "oneconnectTransformations", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyType")
    def proxy_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyType"))

    @proxy_type.setter
    def proxy_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ff5ee54294d771a212f646254b2ec7e79caad8967a96abd2bb48cfd9cfc8e92e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="redirectRewrite")
    def redirect_rewrite(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "redirectRewrite"))

    @redirect_rewrite.setter
    def redirect_rewrite(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c5738f67e356eeb1cb62045e0c765ad3fe482111fca9c7f73d23f734c724a2e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "redirectRewrite", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="requestChunking")
    def request_chunking(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "requestChunking"))

    @request_chunking.setter
    def request_chunking(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__56ec52b279b77b301fdceb7780f7fdcfea9ce57b620759278afb938052848713)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "requestChunking", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="responseChunking")
    def response_chunking(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "responseChunking"))

    @response_chunking.setter
    def response_chunking(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5bfb51ee1f9af03e9cd7bf294b871e68626e6955b46a6397128dd27845d06f70)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "responseChunking", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="responseHeadersPermitted")
    def response_headers_permitted(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "responseHeadersPermitted"))

    @response_headers_permitted.setter
    def response_headers_permitted(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc197974fd92c006cac2bd67decd87901328163087e6e5d4221c6d74d195c2f3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "responseHeadersPermitted", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverAgentName")
    def server_agent_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverAgentName"))

    @server_agent_name.setter
    def server_agent_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__996d801e7d4831913549ebafedc365c2230849e3417900619fee08397519eb8e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverAgentName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tmPartition")
    def tm_partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tmPartition"))

    @tm_partition.setter
    def tm_partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b44a55244fd349156523bc49089feeb1b69c755c5093d5fd80b92c3e6a8d9348)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tmPartition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="viaHostName")
    def via_host_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "viaHostName"))

    @via_host_name.setter
    def via_host_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ffc736399d274ff67131c2ff6f7cdace8428f19e3e8bf3ba12dc89599cb0964)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "viaHostName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="viaRequest")
    def via_request(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "viaRequest"))

    @via_request.setter
    def via_request(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c1ea64f7042c169510dee86dbc4a0159936465b262e9b619e6bf40834769718)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "viaRequest", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="viaResponse")
    def via_response(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "viaResponse"))

    @via_response.setter
    def via_response(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__554adfd29393d7b2b8bf62168b6379a7da651ffc09bdf4e85b57969a9159e91d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "viaResponse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="xffAlternativeNames")
    def xff_alternative_names(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "xffAlternativeNames"))

    @xff_alternative_names.setter
    def xff_alternative_names(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1c52448e6ac0ab8a2292a8bd6d43464a2de1c5e102178264a480fb1cd65c79a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "xffAlternativeNames", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileHttp.LtmProfileHttpConfig",
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
        "accept_xff": "acceptXff",
        "app_service": "appService",
        "basic_auth_realm": "basicAuthRealm",
        "defaults_from": "defaultsFrom",
        "description": "description",
        "encrypt_cookies": "encryptCookies",
        "encrypt_cookie_secret": "encryptCookieSecret",
        "enforcement": "enforcement",
        "fallback_host": "fallbackHost",
        "fallback_status_codes": "fallbackStatusCodes",
        "head_erase": "headErase",
        "head_insert": "headInsert",
        "http_strict_transport_security": "httpStrictTransportSecurity",
        "id": "id",
        "insert_xforwarded_for": "insertXforwardedFor",
        "lws_separator": "lwsSeparator",
        "lws_width": "lwsWidth",
        "oneconnect_transformations": "oneconnectTransformations",
        "proxy_type": "proxyType",
        "redirect_rewrite": "redirectRewrite",
        "request_chunking": "requestChunking",
        "response_chunking": "responseChunking",
        "response_headers_permitted": "responseHeadersPermitted",
        "server_agent_name": "serverAgentName",
        "tm_partition": "tmPartition",
        "via_host_name": "viaHostName",
        "via_request": "viaRequest",
        "via_response": "viaResponse",
        "xff_alternative_names": "xffAlternativeNames",
    },
)
class LtmProfileHttpConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        accept_xff: typing.Optional[builtins.str] = None,
        app_service: typing.Optional[builtins.str] = None,
        basic_auth_realm: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        encrypt_cookies: typing.Optional[typing.Sequence[builtins.str]] = None,
        encrypt_cookie_secret: typing.Optional[builtins.str] = None,
        enforcement: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileHttpEnforcement", typing.Dict[builtins.str, typing.Any]]]]] = None,
        fallback_host: typing.Optional[builtins.str] = None,
        fallback_status_codes: typing.Optional[typing.Sequence[builtins.str]] = None,
        head_erase: typing.Optional[builtins.str] = None,
        head_insert: typing.Optional[builtins.str] = None,
        http_strict_transport_security: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LtmProfileHttpHttpStrictTransportSecurity", typing.Dict[builtins.str, typing.Any]]]]] = None,
        id: typing.Optional[builtins.str] = None,
        insert_xforwarded_for: typing.Optional[builtins.str] = None,
        lws_separator: typing.Optional[builtins.str] = None,
        lws_width: typing.Optional[jsii.Number] = None,
        oneconnect_transformations: typing.Optional[builtins.str] = None,
        proxy_type: typing.Optional[builtins.str] = None,
        redirect_rewrite: typing.Optional[builtins.str] = None,
        request_chunking: typing.Optional[builtins.str] = None,
        response_chunking: typing.Optional[builtins.str] = None,
        response_headers_permitted: typing.Optional[typing.Sequence[builtins.str]] = None,
        server_agent_name: typing.Optional[builtins.str] = None,
        tm_partition: typing.Optional[builtins.str] = None,
        via_host_name: typing.Optional[builtins.str] = None,
        via_request: typing.Optional[builtins.str] = None,
        via_response: typing.Optional[builtins.str] = None,
        xff_alternative_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#name LtmProfileHttp#name}
        :param accept_xff: Enables or disables trusting the client IP address, and statistics from the client IP address, based on the request's XFF (X-forwarded-for) headers, if they exist. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#accept_xff LtmProfileHttp#accept_xff}
        :param app_service: The application service to which the object belongs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#app_service LtmProfileHttp#app_service}
        :param basic_auth_realm: Specifies a quoted string for the basic authentication realm. The system sends this string to a client whenever authorization fails. The default value is none Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#basic_auth_realm LtmProfileHttp#basic_auth_realm}
        :param defaults_from: Inherit defaults from parent profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#defaults_from LtmProfileHttp#defaults_from}
        :param description: User defined description. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#description LtmProfileHttp#description}
        :param encrypt_cookies: Encrypts specified cookies that the BIG-IP system sends to a client system. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#encrypt_cookies LtmProfileHttp#encrypt_cookies}
        :param encrypt_cookie_secret: Specifies a passphrase for the cookie encryption. Note: Since it's a sensitive entity idempotency will fail for it in the update call. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#encrypt_cookie_secret LtmProfileHttp#encrypt_cookie_secret}
        :param enforcement: enforcement block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#enforcement LtmProfileHttp#enforcement}
        :param fallback_host: Specifies an HTTP fallback host. HTTP redirection allows you to redirect HTTP traffic to another protocol identifier, host name, port number, or URI path. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#fallback_host LtmProfileHttp#fallback_host}
        :param fallback_status_codes: Specifies one or more three-digit status codes that can be returned by an HTTP server,that should trigger a redirection to the fallback host. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#fallback_status_codes LtmProfileHttp#fallback_status_codes}
        :param head_erase: Specifies the header string that you want to erase from an HTTP request. Default is none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#head_erase LtmProfileHttp#head_erase}
        :param head_insert: Specifies a quoted header string that you want to insert into an HTTP request. Default is none. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#head_insert LtmProfileHttp#head_insert}
        :param http_strict_transport_security: http_strict_transport_security block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#http_strict_transport_security LtmProfileHttp#http_strict_transport_security}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#id LtmProfileHttp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param insert_xforwarded_for: Specifies, when enabled, that the system inserts an X-Forwarded-For header in an HTTP request with the client IP address, to use with connection pooling. The default is Disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#insert_xforwarded_for LtmProfileHttp#insert_xforwarded_for}
        :param lws_separator: Specifies the linear white space (LWS) separator that the system inserts when a header exceeds the maximum width you specify in the LWS Maximum Columns setting. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#lws_separator LtmProfileHttp#lws_separator}
        :param lws_width: Specifies the maximum column width for any given line, when inserting an HTTP header in an HTTP request. The default is 80 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#lws_width LtmProfileHttp#lws_width}
        :param oneconnect_transformations: Enables the system to perform HTTP header transformations for the purpose of keeping server-side connections open. This feature requires configuration of a OneConnect profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#oneconnect_transformations LtmProfileHttp#oneconnect_transformations}
        :param proxy_type: Specifies the proxy mode for this profile: reverse, explicit, or transparent. The default is Reverse. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#proxy_type LtmProfileHttp#proxy_type}
        :param redirect_rewrite: Specifies whether the system rewrites the URIs that are part of HTTP redirect (3XX) responses. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#redirect_rewrite LtmProfileHttp#redirect_rewrite}
        :param request_chunking: Specifies how the system handles HTTP content that is chunked by a client. The default is Preserve. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#request_chunking LtmProfileHttp#request_chunking}
        :param response_chunking: Specifies how the system handles HTTP content that is chunked by a server. The default is Selective. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#response_chunking LtmProfileHttp#response_chunking}
        :param response_headers_permitted: Specifies headers that the BIG-IP system allows in an HTTP response.If you are specifying more than one header, separate the headers with a blank space. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#response_headers_permitted LtmProfileHttp#response_headers_permitted}
        :param server_agent_name: Specifies the value of the Server header in responses that the BIG-IP itself generates. The default is BigIP. If no string is specified, then no Server header will be added to such responses Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#server_agent_name LtmProfileHttp#server_agent_name}
        :param tm_partition: Displays the administrative partition within which this profile resides. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#tm_partition LtmProfileHttp#tm_partition}
        :param via_host_name: Specifies the hostname to include into Via header. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#via_host_name LtmProfileHttp#via_host_name}
        :param via_request: Specifies whether to append, remove, or preserve a Via header in an HTTP request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#via_request LtmProfileHttp#via_request}
        :param via_response: Specifies whether to append, remove, or preserve a Via header in an HTTP request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#via_response LtmProfileHttp#via_response}
        :param xff_alternative_names: Specifies alternative XFF headers instead of the default X-forwarded-for header. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#xff_alternative_names LtmProfileHttp#xff_alternative_names}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b1f48c8f4def64d5aa4f285a22c2154de78aa985d02f67faf49b10c81a1e6f2e)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument accept_xff", value=accept_xff, expected_type=type_hints["accept_xff"])
            check_type(argname="argument app_service", value=app_service, expected_type=type_hints["app_service"])
            check_type(argname="argument basic_auth_realm", value=basic_auth_realm, expected_type=type_hints["basic_auth_realm"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument encrypt_cookies", value=encrypt_cookies, expected_type=type_hints["encrypt_cookies"])
            check_type(argname="argument encrypt_cookie_secret", value=encrypt_cookie_secret, expected_type=type_hints["encrypt_cookie_secret"])
            check_type(argname="argument enforcement", value=enforcement, expected_type=type_hints["enforcement"])
            check_type(argname="argument fallback_host", value=fallback_host, expected_type=type_hints["fallback_host"])
            check_type(argname="argument fallback_status_codes", value=fallback_status_codes, expected_type=type_hints["fallback_status_codes"])
            check_type(argname="argument head_erase", value=head_erase, expected_type=type_hints["head_erase"])
            check_type(argname="argument head_insert", value=head_insert, expected_type=type_hints["head_insert"])
            check_type(argname="argument http_strict_transport_security", value=http_strict_transport_security, expected_type=type_hints["http_strict_transport_security"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument insert_xforwarded_for", value=insert_xforwarded_for, expected_type=type_hints["insert_xforwarded_for"])
            check_type(argname="argument lws_separator", value=lws_separator, expected_type=type_hints["lws_separator"])
            check_type(argname="argument lws_width", value=lws_width, expected_type=type_hints["lws_width"])
            check_type(argname="argument oneconnect_transformations", value=oneconnect_transformations, expected_type=type_hints["oneconnect_transformations"])
            check_type(argname="argument proxy_type", value=proxy_type, expected_type=type_hints["proxy_type"])
            check_type(argname="argument redirect_rewrite", value=redirect_rewrite, expected_type=type_hints["redirect_rewrite"])
            check_type(argname="argument request_chunking", value=request_chunking, expected_type=type_hints["request_chunking"])
            check_type(argname="argument response_chunking", value=response_chunking, expected_type=type_hints["response_chunking"])
            check_type(argname="argument response_headers_permitted", value=response_headers_permitted, expected_type=type_hints["response_headers_permitted"])
            check_type(argname="argument server_agent_name", value=server_agent_name, expected_type=type_hints["server_agent_name"])
            check_type(argname="argument tm_partition", value=tm_partition, expected_type=type_hints["tm_partition"])
            check_type(argname="argument via_host_name", value=via_host_name, expected_type=type_hints["via_host_name"])
            check_type(argname="argument via_request", value=via_request, expected_type=type_hints["via_request"])
            check_type(argname="argument via_response", value=via_response, expected_type=type_hints["via_response"])
            check_type(argname="argument xff_alternative_names", value=xff_alternative_names, expected_type=type_hints["xff_alternative_names"])
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
        if accept_xff is not None:
            self._values["accept_xff"] = accept_xff
        if app_service is not None:
            self._values["app_service"] = app_service
        if basic_auth_realm is not None:
            self._values["basic_auth_realm"] = basic_auth_realm
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if description is not None:
            self._values["description"] = description
        if encrypt_cookies is not None:
            self._values["encrypt_cookies"] = encrypt_cookies
        if encrypt_cookie_secret is not None:
            self._values["encrypt_cookie_secret"] = encrypt_cookie_secret
        if enforcement is not None:
            self._values["enforcement"] = enforcement
        if fallback_host is not None:
            self._values["fallback_host"] = fallback_host
        if fallback_status_codes is not None:
            self._values["fallback_status_codes"] = fallback_status_codes
        if head_erase is not None:
            self._values["head_erase"] = head_erase
        if head_insert is not None:
            self._values["head_insert"] = head_insert
        if http_strict_transport_security is not None:
            self._values["http_strict_transport_security"] = http_strict_transport_security
        if id is not None:
            self._values["id"] = id
        if insert_xforwarded_for is not None:
            self._values["insert_xforwarded_for"] = insert_xforwarded_for
        if lws_separator is not None:
            self._values["lws_separator"] = lws_separator
        if lws_width is not None:
            self._values["lws_width"] = lws_width
        if oneconnect_transformations is not None:
            self._values["oneconnect_transformations"] = oneconnect_transformations
        if proxy_type is not None:
            self._values["proxy_type"] = proxy_type
        if redirect_rewrite is not None:
            self._values["redirect_rewrite"] = redirect_rewrite
        if request_chunking is not None:
            self._values["request_chunking"] = request_chunking
        if response_chunking is not None:
            self._values["response_chunking"] = response_chunking
        if response_headers_permitted is not None:
            self._values["response_headers_permitted"] = response_headers_permitted
        if server_agent_name is not None:
            self._values["server_agent_name"] = server_agent_name
        if tm_partition is not None:
            self._values["tm_partition"] = tm_partition
        if via_host_name is not None:
            self._values["via_host_name"] = via_host_name
        if via_request is not None:
            self._values["via_request"] = via_request
        if via_response is not None:
            self._values["via_response"] = via_response
        if xff_alternative_names is not None:
            self._values["xff_alternative_names"] = xff_alternative_names

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
        '''Name of the profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#name LtmProfileHttp#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def accept_xff(self) -> typing.Optional[builtins.str]:
        '''Enables or disables trusting the client IP address, and statistics from the client IP address, based on the request's XFF (X-forwarded-for) headers, if they exist.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#accept_xff LtmProfileHttp#accept_xff}
        '''
        result = self._values.get("accept_xff")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def app_service(self) -> typing.Optional[builtins.str]:
        '''The application service to which the object belongs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#app_service LtmProfileHttp#app_service}
        '''
        result = self._values.get("app_service")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def basic_auth_realm(self) -> typing.Optional[builtins.str]:
        '''Specifies a quoted string for the basic authentication realm.

        The system sends this string to a client whenever authorization fails. The default value is none

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#basic_auth_realm LtmProfileHttp#basic_auth_realm}
        '''
        result = self._values.get("basic_auth_realm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Inherit defaults from parent profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#defaults_from LtmProfileHttp#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''User defined description.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#description LtmProfileHttp#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def encrypt_cookies(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Encrypts specified cookies that the BIG-IP system sends to a client system.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#encrypt_cookies LtmProfileHttp#encrypt_cookies}
        '''
        result = self._values.get("encrypt_cookies")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def encrypt_cookie_secret(self) -> typing.Optional[builtins.str]:
        '''Specifies a passphrase for the cookie encryption.

        Note: Since it's a sensitive entity idempotency will fail for it in the update call.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#encrypt_cookie_secret LtmProfileHttp#encrypt_cookie_secret}
        '''
        result = self._values.get("encrypt_cookie_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enforcement(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileHttpEnforcement"]]]:
        '''enforcement block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#enforcement LtmProfileHttp#enforcement}
        '''
        result = self._values.get("enforcement")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileHttpEnforcement"]]], result)

    @builtins.property
    def fallback_host(self) -> typing.Optional[builtins.str]:
        '''Specifies an HTTP fallback host.

        HTTP redirection allows you to redirect HTTP traffic to another protocol identifier, host name, port number, or URI path.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#fallback_host LtmProfileHttp#fallback_host}
        '''
        result = self._values.get("fallback_host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fallback_status_codes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies one or more three-digit status codes that can be returned by an HTTP server,that should trigger a redirection to the fallback host.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#fallback_status_codes LtmProfileHttp#fallback_status_codes}
        '''
        result = self._values.get("fallback_status_codes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def head_erase(self) -> typing.Optional[builtins.str]:
        '''Specifies the header string that you want to erase from an HTTP request. Default is none.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#head_erase LtmProfileHttp#head_erase}
        '''
        result = self._values.get("head_erase")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def head_insert(self) -> typing.Optional[builtins.str]:
        '''Specifies a quoted header string that you want to insert into an HTTP request. Default is none.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#head_insert LtmProfileHttp#head_insert}
        '''
        result = self._values.get("head_insert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_strict_transport_security(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileHttpHttpStrictTransportSecurity"]]]:
        '''http_strict_transport_security block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#http_strict_transport_security LtmProfileHttp#http_strict_transport_security}
        '''
        result = self._values.get("http_strict_transport_security")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LtmProfileHttpHttpStrictTransportSecurity"]]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#id LtmProfileHttp#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insert_xforwarded_for(self) -> typing.Optional[builtins.str]:
        '''Specifies, when enabled, that the system inserts an X-Forwarded-For header in an HTTP request with the client IP address, to use with connection pooling.

        The default is Disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#insert_xforwarded_for LtmProfileHttp#insert_xforwarded_for}
        '''
        result = self._values.get("insert_xforwarded_for")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lws_separator(self) -> typing.Optional[builtins.str]:
        '''Specifies the linear white space (LWS) separator that the system inserts when a header exceeds the maximum width you specify in the LWS Maximum Columns setting.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#lws_separator LtmProfileHttp#lws_separator}
        '''
        result = self._values.get("lws_separator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lws_width(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum column width for any given line, when inserting an HTTP header in an HTTP request.

        The default is 80

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#lws_width LtmProfileHttp#lws_width}
        '''
        result = self._values.get("lws_width")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def oneconnect_transformations(self) -> typing.Optional[builtins.str]:
        '''Enables the system to perform HTTP header transformations for the purpose of keeping server-side connections open.

        This feature requires configuration of a OneConnect profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#oneconnect_transformations LtmProfileHttp#oneconnect_transformations}
        '''
        result = self._values.get("oneconnect_transformations")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_type(self) -> typing.Optional[builtins.str]:
        '''Specifies the proxy mode for this profile: reverse, explicit, or transparent. The default is Reverse.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#proxy_type LtmProfileHttp#proxy_type}
        '''
        result = self._values.get("proxy_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirect_rewrite(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the system rewrites the URIs that are part of HTTP redirect (3XX) responses. The default is None.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#redirect_rewrite LtmProfileHttp#redirect_rewrite}
        '''
        result = self._values.get("redirect_rewrite")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request_chunking(self) -> typing.Optional[builtins.str]:
        '''Specifies how the system handles HTTP content that is chunked by a client. The default is Preserve.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#request_chunking LtmProfileHttp#request_chunking}
        '''
        result = self._values.get("request_chunking")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def response_chunking(self) -> typing.Optional[builtins.str]:
        '''Specifies how the system handles HTTP content that is chunked by a server. The default is Selective.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#response_chunking LtmProfileHttp#response_chunking}
        '''
        result = self._values.get("response_chunking")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def response_headers_permitted(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies headers that the BIG-IP system allows in an HTTP response.If you are specifying more than one header, separate the headers with a blank space.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#response_headers_permitted LtmProfileHttp#response_headers_permitted}
        '''
        result = self._values.get("response_headers_permitted")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def server_agent_name(self) -> typing.Optional[builtins.str]:
        '''Specifies the value of the Server header in responses that the BIG-IP itself generates.

        The default is BigIP. If no string is specified, then no Server header will be added to such responses

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#server_agent_name LtmProfileHttp#server_agent_name}
        '''
        result = self._values.get("server_agent_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tm_partition(self) -> typing.Optional[builtins.str]:
        '''Displays the administrative partition within which this profile resides.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#tm_partition LtmProfileHttp#tm_partition}
        '''
        result = self._values.get("tm_partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def via_host_name(self) -> typing.Optional[builtins.str]:
        '''Specifies the hostname to include into Via header.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#via_host_name LtmProfileHttp#via_host_name}
        '''
        result = self._values.get("via_host_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def via_request(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to append, remove, or preserve a Via header in an HTTP request.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#via_request LtmProfileHttp#via_request}
        '''
        result = self._values.get("via_request")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def via_response(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to append, remove, or preserve a Via header in an HTTP request.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#via_response LtmProfileHttp#via_response}
        '''
        result = self._values.get("via_response")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def xff_alternative_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies alternative XFF headers instead of the default X-forwarded-for header.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#xff_alternative_names LtmProfileHttp#xff_alternative_names}
        '''
        result = self._values.get("xff_alternative_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileHttpConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.ltmProfileHttp.LtmProfileHttpEnforcement",
    jsii_struct_bases=[],
    name_mapping={
        "known_methods": "knownMethods",
        "max_header_count": "maxHeaderCount",
        "max_header_size": "maxHeaderSize",
        "unknown_method": "unknownMethod",
    },
)
class LtmProfileHttpEnforcement:
    def __init__(
        self,
        *,
        known_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_header_count: typing.Optional[jsii.Number] = None,
        max_header_size: typing.Optional[jsii.Number] = None,
        unknown_method: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param known_methods: Specifies which HTTP methods count as being known. Removing RFC-defined methods from this list will cause the HTTP filter to not recognize them. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#known_methods LtmProfileHttp#known_methods}
        :param max_header_count: Specifies the maximum number of headers allowed in HTTP request/response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#max_header_count LtmProfileHttp#max_header_count}
        :param max_header_size: Specifies the maximum header size. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#max_header_size LtmProfileHttp#max_header_size}
        :param unknown_method: Specifies whether to allow, reject or switch to pass-through mode when an unknown HTTP method is parsed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#unknown_method LtmProfileHttp#unknown_method}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed874b088d19459de7b96fa50ee6b52d7ba38bcd390bcab7e5aad3852af14598)
            check_type(argname="argument known_methods", value=known_methods, expected_type=type_hints["known_methods"])
            check_type(argname="argument max_header_count", value=max_header_count, expected_type=type_hints["max_header_count"])
            check_type(argname="argument max_header_size", value=max_header_size, expected_type=type_hints["max_header_size"])
            check_type(argname="argument unknown_method", value=unknown_method, expected_type=type_hints["unknown_method"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if known_methods is not None:
            self._values["known_methods"] = known_methods
        if max_header_count is not None:
            self._values["max_header_count"] = max_header_count
        if max_header_size is not None:
            self._values["max_header_size"] = max_header_size
        if unknown_method is not None:
            self._values["unknown_method"] = unknown_method

    @builtins.property
    def known_methods(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies which HTTP methods count as being known.

        Removing RFC-defined methods from this list will cause the HTTP filter to not recognize them.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#known_methods LtmProfileHttp#known_methods}
        '''
        result = self._values.get("known_methods")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_header_count(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum number of headers allowed in HTTP request/response.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#max_header_count LtmProfileHttp#max_header_count}
        '''
        result = self._values.get("max_header_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_header_size(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum header size.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#max_header_size LtmProfileHttp#max_header_size}
        '''
        result = self._values.get("max_header_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def unknown_method(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to allow, reject or switch to pass-through mode when an unknown HTTP method is parsed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#unknown_method LtmProfileHttp#unknown_method}
        '''
        result = self._values.get("unknown_method")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileHttpEnforcement(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LtmProfileHttpEnforcementList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileHttp.LtmProfileHttpEnforcementList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__3f0c3c38c79c807fc300e5745f04be640e651de1e72abd8b7f0e4309beee6972)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "LtmProfileHttpEnforcementOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7de262d51e1458a9a93772fc1dd7c105029d9e72577091767b8cf1d0e6779447)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("LtmProfileHttpEnforcementOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__937176963eb11d681ccc4a2add3b2e22bfed32384a1377ac782dd989145b2662)
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
            type_hints = typing.get_type_hints(_typecheckingstub__dc10a9a4c21bd49902cb0d52ecb5c35a105507161335e003b0f4701b72ce0477)
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
            type_hints = typing.get_type_hints(_typecheckingstub__55e0ce978695812b377ae156723ad927d5e038c66e5036b037587c0b0203d9ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileHttpEnforcement]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileHttpEnforcement]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileHttpEnforcement]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bed618d72255bd98c7442a87d8a9bb101671ecc117a6fa6d20f36382740ecc00)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LtmProfileHttpEnforcementOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileHttp.LtmProfileHttpEnforcementOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__19f316ae0802640184e8f15104646c5f19abb8bc480331dcce16ce25b88144b3)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetKnownMethods")
    def reset_known_methods(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKnownMethods", []))

    @jsii.member(jsii_name="resetMaxHeaderCount")
    def reset_max_header_count(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxHeaderCount", []))

    @jsii.member(jsii_name="resetMaxHeaderSize")
    def reset_max_header_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxHeaderSize", []))

    @jsii.member(jsii_name="resetUnknownMethod")
    def reset_unknown_method(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUnknownMethod", []))

    @builtins.property
    @jsii.member(jsii_name="knownMethodsInput")
    def known_methods_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "knownMethodsInput"))

    @builtins.property
    @jsii.member(jsii_name="maxHeaderCountInput")
    def max_header_count_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxHeaderCountInput"))

    @builtins.property
    @jsii.member(jsii_name="maxHeaderSizeInput")
    def max_header_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxHeaderSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="unknownMethodInput")
    def unknown_method_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "unknownMethodInput"))

    @builtins.property
    @jsii.member(jsii_name="knownMethods")
    def known_methods(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "knownMethods"))

    @known_methods.setter
    def known_methods(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__791e5b4df9cff851f2e21b4dcfafba0a38785a7ad048ad9a24c998e72f96d6e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "knownMethods", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxHeaderCount")
    def max_header_count(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxHeaderCount"))

    @max_header_count.setter
    def max_header_count(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__82e9088f85b02d9d3af352dcc5269213f2c779f64bf9bc7723a886f1c4212892)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxHeaderCount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxHeaderSize")
    def max_header_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxHeaderSize"))

    @max_header_size.setter
    def max_header_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__048c9fb91053e27a5859d1dabac26f14722acf980c1c3e922d9483de29cb6f11)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxHeaderSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="unknownMethod")
    def unknown_method(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "unknownMethod"))

    @unknown_method.setter
    def unknown_method(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2277980bf197f98fbdc8cec145530f72dce8d885c2d80a044b9b875e035495e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "unknownMethod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileHttpEnforcement]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileHttpEnforcement]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileHttpEnforcement]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ccf020b0647aa140b6f3b20a580e2181994f8ae507cf0f21afbc12ef9b20bac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileHttp.LtmProfileHttpHttpStrictTransportSecurity",
    jsii_struct_bases=[],
    name_mapping={
        "include_subdomains": "includeSubdomains",
        "maximum_age": "maximumAge",
        "mode": "mode",
        "preload": "preload",
    },
)
class LtmProfileHttpHttpStrictTransportSecurity:
    def __init__(
        self,
        *,
        include_subdomains: typing.Optional[builtins.str] = None,
        maximum_age: typing.Optional[jsii.Number] = None,
        mode: typing.Optional[builtins.str] = None,
        preload: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param include_subdomains: Specifies whether to include the includeSubdomains directive in the HSTS header. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#include_subdomains LtmProfileHttp#include_subdomains}
        :param maximum_age: Specifies the maximum age to assume the connection should remain secure. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#maximum_age LtmProfileHttp#maximum_age}
        :param mode: Specifies whether to include the HSTS response header. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#mode LtmProfileHttp#mode}
        :param preload: Specifies whether to include the preload directive in the HSTS header. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#preload LtmProfileHttp#preload}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b050ed8e218f224902cb7f266949e68d75634b54fd77dc4dc1cbe339056aea73)
            check_type(argname="argument include_subdomains", value=include_subdomains, expected_type=type_hints["include_subdomains"])
            check_type(argname="argument maximum_age", value=maximum_age, expected_type=type_hints["maximum_age"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument preload", value=preload, expected_type=type_hints["preload"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if include_subdomains is not None:
            self._values["include_subdomains"] = include_subdomains
        if maximum_age is not None:
            self._values["maximum_age"] = maximum_age
        if mode is not None:
            self._values["mode"] = mode
        if preload is not None:
            self._values["preload"] = preload

    @builtins.property
    def include_subdomains(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to include the includeSubdomains directive in the HSTS header.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#include_subdomains LtmProfileHttp#include_subdomains}
        '''
        result = self._values.get("include_subdomains")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maximum_age(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum age to assume the connection should remain secure.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#maximum_age LtmProfileHttp#maximum_age}
        '''
        result = self._values.get("maximum_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to include the HSTS response header.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#mode LtmProfileHttp#mode}
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def preload(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to include the preload directive in the HSTS header.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http#preload LtmProfileHttp#preload}
        '''
        result = self._values.get("preload")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileHttpHttpStrictTransportSecurity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LtmProfileHttpHttpStrictTransportSecurityList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileHttp.LtmProfileHttpHttpStrictTransportSecurityList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__8b1cfb1f80a8b7089ca51bfc97b45ca63b966c1c40add866f25c4b9492a7238e)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "LtmProfileHttpHttpStrictTransportSecurityOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__228b87f904312ea72c730667d9ae770a9cb36286de740d835d846b148e9c110c)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("LtmProfileHttpHttpStrictTransportSecurityOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bf8c86180744d6e0e41f7bd1684a7cc2ac73297a3ca2275d64c50884f8f8279a)
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
            type_hints = typing.get_type_hints(_typecheckingstub__662a1de7e41109e81f862386e73e0aa6a2b3fe8d2b8681f43630e09c68d50e16)
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
            type_hints = typing.get_type_hints(_typecheckingstub__f4974c64eb12a0fe831f3849de16b5f84047f702ee5087ad93b080ea1a89711a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileHttpHttpStrictTransportSecurity]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileHttpHttpStrictTransportSecurity]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileHttpHttpStrictTransportSecurity]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ddae34a444aea5327b7fac7c352025b7cbef625058f39b3484fbbf2734e5d0b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LtmProfileHttpHttpStrictTransportSecurityOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileHttp.LtmProfileHttpHttpStrictTransportSecurityOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__bba89d81a036ec0522186af5302d28eb9e72ad56c99905122a0200206f5a33e2)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetIncludeSubdomains")
    def reset_include_subdomains(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIncludeSubdomains", []))

    @jsii.member(jsii_name="resetMaximumAge")
    def reset_maximum_age(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaximumAge", []))

    @jsii.member(jsii_name="resetMode")
    def reset_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMode", []))

    @jsii.member(jsii_name="resetPreload")
    def reset_preload(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPreload", []))

    @builtins.property
    @jsii.member(jsii_name="includeSubdomainsInput")
    def include_subdomains_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "includeSubdomainsInput"))

    @builtins.property
    @jsii.member(jsii_name="maximumAgeInput")
    def maximum_age_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maximumAgeInput"))

    @builtins.property
    @jsii.member(jsii_name="modeInput")
    def mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "modeInput"))

    @builtins.property
    @jsii.member(jsii_name="preloadInput")
    def preload_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "preloadInput"))

    @builtins.property
    @jsii.member(jsii_name="includeSubdomains")
    def include_subdomains(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "includeSubdomains"))

    @include_subdomains.setter
    def include_subdomains(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__078bffedabfdc18a53f0260deb1867a23d7095493c882d0218b11b2c45a95a09)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "includeSubdomains", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maximumAge")
    def maximum_age(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maximumAge"))

    @maximum_age.setter
    def maximum_age(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__739b43c996f3a3eda09d895c642fa202f28f20cf7270b41b43fd675ac13f13e0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maximumAge", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mode")
    def mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mode"))

    @mode.setter
    def mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7707bd6b5f93069990ec302bec7940b0b691796393ab48b6cc24441c65ef7504)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="preload")
    def preload(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "preload"))

    @preload.setter
    def preload(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c7707e08cfdee33baee71b2fd74d047e274aefa9f9b1a02c78268ce74289bb9e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "preload", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileHttpHttpStrictTransportSecurity]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileHttpHttpStrictTransportSecurity]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileHttpHttpStrictTransportSecurity]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3cad16626d6dcc0cb557a3c6cdae368652b10986a70c9eaec75fa45a0d5cf3c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "LtmProfileHttp",
    "LtmProfileHttpConfig",
    "LtmProfileHttpEnforcement",
    "LtmProfileHttpEnforcementList",
    "LtmProfileHttpEnforcementOutputReference",
    "LtmProfileHttpHttpStrictTransportSecurity",
    "LtmProfileHttpHttpStrictTransportSecurityList",
    "LtmProfileHttpHttpStrictTransportSecurityOutputReference",
]

publication.publish()

def _typecheckingstub__212bf9eb468a3e6485ce2f03ca8ac4505d5e605db2f081d562bc6b1e693567f2(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    accept_xff: typing.Optional[builtins.str] = None,
    app_service: typing.Optional[builtins.str] = None,
    basic_auth_realm: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    encrypt_cookies: typing.Optional[typing.Sequence[builtins.str]] = None,
    encrypt_cookie_secret: typing.Optional[builtins.str] = None,
    enforcement: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileHttpEnforcement, typing.Dict[builtins.str, typing.Any]]]]] = None,
    fallback_host: typing.Optional[builtins.str] = None,
    fallback_status_codes: typing.Optional[typing.Sequence[builtins.str]] = None,
    head_erase: typing.Optional[builtins.str] = None,
    head_insert: typing.Optional[builtins.str] = None,
    http_strict_transport_security: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileHttpHttpStrictTransportSecurity, typing.Dict[builtins.str, typing.Any]]]]] = None,
    id: typing.Optional[builtins.str] = None,
    insert_xforwarded_for: typing.Optional[builtins.str] = None,
    lws_separator: typing.Optional[builtins.str] = None,
    lws_width: typing.Optional[jsii.Number] = None,
    oneconnect_transformations: typing.Optional[builtins.str] = None,
    proxy_type: typing.Optional[builtins.str] = None,
    redirect_rewrite: typing.Optional[builtins.str] = None,
    request_chunking: typing.Optional[builtins.str] = None,
    response_chunking: typing.Optional[builtins.str] = None,
    response_headers_permitted: typing.Optional[typing.Sequence[builtins.str]] = None,
    server_agent_name: typing.Optional[builtins.str] = None,
    tm_partition: typing.Optional[builtins.str] = None,
    via_host_name: typing.Optional[builtins.str] = None,
    via_request: typing.Optional[builtins.str] = None,
    via_response: typing.Optional[builtins.str] = None,
    xff_alternative_names: typing.Optional[typing.Sequence[builtins.str]] = None,
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

def _typecheckingstub__2a6dd4189161a5cc14353f341f195498ab28e6fff34bfd6a007bd6e7a4cc99ab(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c8721aeb8ead4a03d37e16f281b71016deb228de004d89babb9e9c99289e95b(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileHttpEnforcement, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__197ca0279b56b1e651456368010584b69639b6ebe98c2d534156b97f83ca508f(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileHttpHttpStrictTransportSecurity, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2247a7658b5c513654d244971566d00e3f21dbbcb12bccefe8897f20055c9fdf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42a63276d79c2a6502a6debf533b77cf1dd28668c41e122f67a6bb1cf53f1f16(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4883a451b79968aa5c3f1350fbd6a00cfd7790d09b4b3f1344bf6f7283f08aa6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0118117997530a6ae37bbec3923ac876ad09f09f2e753022698b0b19b3195831(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4af1a3eb5636b6d6ce196d80884ada1ffa853f31db1682b10105c51ce2ac64d9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__108ec9f56c633e25c6f19c6444b2a6c328e2e56e464f691fe54c46b2a11df7d4(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f07a679f26a7640b5a05549b855b81911b13fd9aa7944e493524d6e6e13b332(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__520c7c474804f93073db69c2039d78f9033827e9d2cab9640ec2658a6aa675d5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0c41f2a169bc744eebcf1bead7aca5e438787645d726568d3770f24e19715b3(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__979f898dd55ed2679835c897bd6e3f0ff8500be7ab7d5733a2d9bee4be639650(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd06702755494d1dab495b63be82d0c9be88ea8a548228f79ebd73d3e61e8597(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d20fc1c4bf3111a017dad3eb8b03df57ac0f9787feee28752a83f7320717b569(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__084b5bfc947cc84e9800417d688df954eda38463d5dd5c5ba0bad6ed10d8445f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd2bd548b1c0c91d2e0ad25d8783c676e9561536a9ef85143e77904ebb53b329(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e01f48fbc61e1de59f83b3182eda52d807abe5a7679eabc4479e34f71b5af71(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3caa7dfa7eae3023496c956c371a61ff2430b9aef5d7273070934c0aa9c9bdfc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b420f390b9beb8a678fc157388e89cc1252c9088dad7d61075a7d1f3b8afa15b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff5ee54294d771a212f646254b2ec7e79caad8967a96abd2bb48cfd9cfc8e92e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5738f67e356eeb1cb62045e0c765ad3fe482111fca9c7f73d23f734c724a2e1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56ec52b279b77b301fdceb7780f7fdcfea9ce57b620759278afb938052848713(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bfb51ee1f9af03e9cd7bf294b871e68626e6955b46a6397128dd27845d06f70(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc197974fd92c006cac2bd67decd87901328163087e6e5d4221c6d74d195c2f3(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__996d801e7d4831913549ebafedc365c2230849e3417900619fee08397519eb8e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b44a55244fd349156523bc49089feeb1b69c755c5093d5fd80b92c3e6a8d9348(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ffc736399d274ff67131c2ff6f7cdace8428f19e3e8bf3ba12dc89599cb0964(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c1ea64f7042c169510dee86dbc4a0159936465b262e9b619e6bf40834769718(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__554adfd29393d7b2b8bf62168b6379a7da651ffc09bdf4e85b57969a9159e91d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c52448e6ac0ab8a2292a8bd6d43464a2de1c5e102178264a480fb1cd65c79a7(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1f48c8f4def64d5aa4f285a22c2154de78aa985d02f67faf49b10c81a1e6f2e(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    accept_xff: typing.Optional[builtins.str] = None,
    app_service: typing.Optional[builtins.str] = None,
    basic_auth_realm: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    encrypt_cookies: typing.Optional[typing.Sequence[builtins.str]] = None,
    encrypt_cookie_secret: typing.Optional[builtins.str] = None,
    enforcement: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileHttpEnforcement, typing.Dict[builtins.str, typing.Any]]]]] = None,
    fallback_host: typing.Optional[builtins.str] = None,
    fallback_status_codes: typing.Optional[typing.Sequence[builtins.str]] = None,
    head_erase: typing.Optional[builtins.str] = None,
    head_insert: typing.Optional[builtins.str] = None,
    http_strict_transport_security: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LtmProfileHttpHttpStrictTransportSecurity, typing.Dict[builtins.str, typing.Any]]]]] = None,
    id: typing.Optional[builtins.str] = None,
    insert_xforwarded_for: typing.Optional[builtins.str] = None,
    lws_separator: typing.Optional[builtins.str] = None,
    lws_width: typing.Optional[jsii.Number] = None,
    oneconnect_transformations: typing.Optional[builtins.str] = None,
    proxy_type: typing.Optional[builtins.str] = None,
    redirect_rewrite: typing.Optional[builtins.str] = None,
    request_chunking: typing.Optional[builtins.str] = None,
    response_chunking: typing.Optional[builtins.str] = None,
    response_headers_permitted: typing.Optional[typing.Sequence[builtins.str]] = None,
    server_agent_name: typing.Optional[builtins.str] = None,
    tm_partition: typing.Optional[builtins.str] = None,
    via_host_name: typing.Optional[builtins.str] = None,
    via_request: typing.Optional[builtins.str] = None,
    via_response: typing.Optional[builtins.str] = None,
    xff_alternative_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed874b088d19459de7b96fa50ee6b52d7ba38bcd390bcab7e5aad3852af14598(
    *,
    known_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_header_count: typing.Optional[jsii.Number] = None,
    max_header_size: typing.Optional[jsii.Number] = None,
    unknown_method: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f0c3c38c79c807fc300e5745f04be640e651de1e72abd8b7f0e4309beee6972(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7de262d51e1458a9a93772fc1dd7c105029d9e72577091767b8cf1d0e6779447(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__937176963eb11d681ccc4a2add3b2e22bfed32384a1377ac782dd989145b2662(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc10a9a4c21bd49902cb0d52ecb5c35a105507161335e003b0f4701b72ce0477(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55e0ce978695812b377ae156723ad927d5e038c66e5036b037587c0b0203d9ae(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bed618d72255bd98c7442a87d8a9bb101671ecc117a6fa6d20f36382740ecc00(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileHttpEnforcement]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19f316ae0802640184e8f15104646c5f19abb8bc480331dcce16ce25b88144b3(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__791e5b4df9cff851f2e21b4dcfafba0a38785a7ad048ad9a24c998e72f96d6e5(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82e9088f85b02d9d3af352dcc5269213f2c779f64bf9bc7723a886f1c4212892(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__048c9fb91053e27a5859d1dabac26f14722acf980c1c3e922d9483de29cb6f11(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2277980bf197f98fbdc8cec145530f72dce8d885c2d80a044b9b875e035495e1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ccf020b0647aa140b6f3b20a580e2181994f8ae507cf0f21afbc12ef9b20bac(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileHttpEnforcement]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b050ed8e218f224902cb7f266949e68d75634b54fd77dc4dc1cbe339056aea73(
    *,
    include_subdomains: typing.Optional[builtins.str] = None,
    maximum_age: typing.Optional[jsii.Number] = None,
    mode: typing.Optional[builtins.str] = None,
    preload: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b1cfb1f80a8b7089ca51bfc97b45ca63b966c1c40add866f25c4b9492a7238e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__228b87f904312ea72c730667d9ae770a9cb36286de740d835d846b148e9c110c(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf8c86180744d6e0e41f7bd1684a7cc2ac73297a3ca2275d64c50884f8f8279a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__662a1de7e41109e81f862386e73e0aa6a2b3fe8d2b8681f43630e09c68d50e16(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4974c64eb12a0fe831f3849de16b5f84047f702ee5087ad93b080ea1a89711a(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ddae34a444aea5327b7fac7c352025b7cbef625058f39b3484fbbf2734e5d0b2(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LtmProfileHttpHttpStrictTransportSecurity]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bba89d81a036ec0522186af5302d28eb9e72ad56c99905122a0200206f5a33e2(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__078bffedabfdc18a53f0260deb1867a23d7095493c882d0218b11b2c45a95a09(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__739b43c996f3a3eda09d895c642fa202f28f20cf7270b41b43fd675ac13f13e0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7707bd6b5f93069990ec302bec7940b0b691796393ab48b6cc24441c65ef7504(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7707e08cfdee33baee71b2fd74d047e274aefa9f9b1a02c78268ce74289bb9e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cad16626d6dcc0cb557a3c6cdae368652b10986a70c9eaec75fa45a0d5cf3c2(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LtmProfileHttpHttpStrictTransportSecurity]],
) -> None:
    """Type checking stubs"""
    pass
