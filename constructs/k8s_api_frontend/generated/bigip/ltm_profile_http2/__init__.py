r'''
# `bigip_ltm_profile_http2`

Refer to the Terraform Registry for docs: [`bigip_ltm_profile_http2`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2).
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


class LtmProfileHttp2(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileHttp2.LtmProfileHttp2",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2 bigip_ltm_profile_http2}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        activation_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        concurrent_streams_per_connection: typing.Optional[jsii.Number] = None,
        connection_idle_timeout: typing.Optional[jsii.Number] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        enforce_tls_requirements: typing.Optional[builtins.str] = None,
        frame_size: typing.Optional[jsii.Number] = None,
        header_table_size: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        include_content_length: typing.Optional[builtins.str] = None,
        insert_header: typing.Optional[builtins.str] = None,
        insert_header_name: typing.Optional[builtins.str] = None,
        receive_window: typing.Optional[jsii.Number] = None,
        write_size: typing.Optional[jsii.Number] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2 bigip_ltm_profile_http2} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the Http2 Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#name LtmProfileHttp2#name}
        :param activation_modes: Specifies whether to enable all HTTP/2 modes, or only enable the Selected Modes listed in the Enabled column. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#activation_modes LtmProfileHttp2#activation_modes}
        :param concurrent_streams_per_connection: Specifies the number of outstanding concurrent requests that are allowed on a single HTTP/2 connection. The default is 10. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#concurrent_streams_per_connection LtmProfileHttp2#concurrent_streams_per_connection}
        :param connection_idle_timeout: Specifies the number of seconds that an HTTP/2 connection is idly left open before being shut down. The default is 300 seconds Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#connection_idle_timeout LtmProfileHttp2#connection_idle_timeout}
        :param defaults_from: Name of Parent Http2 profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#defaults_from LtmProfileHttp2#defaults_from}
        :param enforce_tls_requirements: Enable or disable enforcement of TLS requirements,Default:enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#enforce_tls_requirements LtmProfileHttp2#enforce_tls_requirements}
        :param frame_size: The size of the data frames, in bytes, that the HTTP/2 protocol sends to the client. Default: 2048. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#frame_size LtmProfileHttp2#frame_size}
        :param header_table_size: The size of the header table, in KB, for the HTTP headers that the HTTP/2 protocol compresses to save bandwidth.Default: 4096. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#header_table_size LtmProfileHttp2#header_table_size}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#id LtmProfileHttp2#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param include_content_length: Enable to include content-length in HTTP/2 headers,Default : disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#include_content_length LtmProfileHttp2#include_content_length}
        :param insert_header: Specifies whether an HTTP header indicating the use of HTTP/2 should be inserted into the request that goes to the server. The default value is Disabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#insert_header LtmProfileHttp2#insert_header}
        :param insert_header_name: Specifies the name of the HTTP header controlled by Insert Header. The default X-HTTP2. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#insert_header_name LtmProfileHttp2#insert_header_name}
        :param receive_window: The flow-control size for upload streams, in KB. Default: 32. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#receive_window LtmProfileHttp2#receive_window}
        :param write_size: The total size of combined data frames, in bytes, that the HTTP/2 protocol sends in a single write function. Default: 16384 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#write_size LtmProfileHttp2#write_size}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd8c26d40d1b1f5cd1d306f5cb3573eee757fe74f693404c9c4611fd40bf7b98)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmProfileHttp2Config(
            name=name,
            activation_modes=activation_modes,
            concurrent_streams_per_connection=concurrent_streams_per_connection,
            connection_idle_timeout=connection_idle_timeout,
            defaults_from=defaults_from,
            enforce_tls_requirements=enforce_tls_requirements,
            frame_size=frame_size,
            header_table_size=header_table_size,
            id=id,
            include_content_length=include_content_length,
            insert_header=insert_header,
            insert_header_name=insert_header_name,
            receive_window=receive_window,
            write_size=write_size,
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
        '''Generates CDKTF code for importing a LtmProfileHttp2 resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmProfileHttp2 to import.
        :param import_from_id: The id of the existing LtmProfileHttp2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmProfileHttp2 to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__69be3a5bacdde12f8837af296de98b5a6657c2073f33580166c47394b567cfbd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetActivationModes")
    def reset_activation_modes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetActivationModes", []))

    @jsii.member(jsii_name="resetConcurrentStreamsPerConnection")
    def reset_concurrent_streams_per_connection(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConcurrentStreamsPerConnection", []))

    @jsii.member(jsii_name="resetConnectionIdleTimeout")
    def reset_connection_idle_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionIdleTimeout", []))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetEnforceTlsRequirements")
    def reset_enforce_tls_requirements(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnforceTlsRequirements", []))

    @jsii.member(jsii_name="resetFrameSize")
    def reset_frame_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFrameSize", []))

    @jsii.member(jsii_name="resetHeaderTableSize")
    def reset_header_table_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHeaderTableSize", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIncludeContentLength")
    def reset_include_content_length(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIncludeContentLength", []))

    @jsii.member(jsii_name="resetInsertHeader")
    def reset_insert_header(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInsertHeader", []))

    @jsii.member(jsii_name="resetInsertHeaderName")
    def reset_insert_header_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInsertHeaderName", []))

    @jsii.member(jsii_name="resetReceiveWindow")
    def reset_receive_window(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReceiveWindow", []))

    @jsii.member(jsii_name="resetWriteSize")
    def reset_write_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWriteSize", []))

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
    @jsii.member(jsii_name="activationModesInput")
    def activation_modes_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "activationModesInput"))

    @builtins.property
    @jsii.member(jsii_name="concurrentStreamsPerConnectionInput")
    def concurrent_streams_per_connection_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "concurrentStreamsPerConnectionInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionIdleTimeoutInput")
    def connection_idle_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connectionIdleTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="enforceTlsRequirementsInput")
    def enforce_tls_requirements_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "enforceTlsRequirementsInput"))

    @builtins.property
    @jsii.member(jsii_name="frameSizeInput")
    def frame_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "frameSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="headerTableSizeInput")
    def header_table_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "headerTableSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="includeContentLengthInput")
    def include_content_length_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "includeContentLengthInput"))

    @builtins.property
    @jsii.member(jsii_name="insertHeaderInput")
    def insert_header_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "insertHeaderInput"))

    @builtins.property
    @jsii.member(jsii_name="insertHeaderNameInput")
    def insert_header_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "insertHeaderNameInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="receiveWindowInput")
    def receive_window_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "receiveWindowInput"))

    @builtins.property
    @jsii.member(jsii_name="writeSizeInput")
    def write_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "writeSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="activationModes")
    def activation_modes(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "activationModes"))

    @activation_modes.setter
    def activation_modes(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13403b6ccec0020c8de834fa4f3eef2ce7ae330929832bcd8b279897fd60233c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "activationModes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="concurrentStreamsPerConnection")
    def concurrent_streams_per_connection(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "concurrentStreamsPerConnection"))

    @concurrent_streams_per_connection.setter
    def concurrent_streams_per_connection(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ff5c6f8b6d34c6ed69f234484ac2166314089b4f656fba47f2b6c5b7d3b3406e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "concurrentStreamsPerConnection", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionIdleTimeout")
    def connection_idle_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionIdleTimeout"))

    @connection_idle_timeout.setter
    def connection_idle_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a71dbff87a0963c6dcce3d2bb0f4b4bae4bf66ceaa76744af19941aabeb3f0c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionIdleTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__739666ed7e8e652229f247464a3f5d68ef6dcd559e5fe30921a56d42a49ca4b4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enforceTlsRequirements")
    def enforce_tls_requirements(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "enforceTlsRequirements"))

    @enforce_tls_requirements.setter
    def enforce_tls_requirements(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7c86f8f6f109ffbf9912eb7a7043969897a78eeab139690ca4286cea237215b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enforceTlsRequirements", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="frameSize")
    def frame_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "frameSize"))

    @frame_size.setter
    def frame_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b11e6c5f462670683b9bd6f2ac2f95200e79ddb595bd91b7f55fcd984a17adc2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "frameSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="headerTableSize")
    def header_table_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "headerTableSize"))

    @header_table_size.setter
    def header_table_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b7a5ae0484b7f642bc6cd9bc07a6c2a03b43773f524e6e88d304b5e92dcb7b4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "headerTableSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c4ef74480c84c494ed3b6e15f9991de09de6a34c2a215a011fb717c7c17e1cd2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="includeContentLength")
    def include_content_length(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "includeContentLength"))

    @include_content_length.setter
    def include_content_length(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0dec58ab187ec0cc51bc92da5641df38f35a590454b324028e5c646d9810bc95)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "includeContentLength", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="insertHeader")
    def insert_header(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "insertHeader"))

    @insert_header.setter
    def insert_header(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1a7b384d376840f29a98c9373d20ac0754ca564ad7c6094d9a018a3d0bf9d996)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "insertHeader", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="insertHeaderName")
    def insert_header_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "insertHeaderName"))

    @insert_header_name.setter
    def insert_header_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__58644b6911a7ad8d3fbc4f7ac05743f1ae0ae5b78153df3728cfe5f17486091c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "insertHeaderName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4be21689e16fa290eb35254d487cc3eeb8f2b8aa1865e9ec087d737057debe00)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="receiveWindow")
    def receive_window(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "receiveWindow"))

    @receive_window.setter
    def receive_window(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__307ffcfb5f0efe613ffc25e0f852d9fe40877dea00f22b5cb7954f6416dc336f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "receiveWindow", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="writeSize")
    def write_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "writeSize"))

    @write_size.setter
    def write_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7c4be630182b5d857adc73869769a6d4db273ae2f408e94306ad9cf378c7dfe3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "writeSize", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileHttp2.LtmProfileHttp2Config",
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
        "activation_modes": "activationModes",
        "concurrent_streams_per_connection": "concurrentStreamsPerConnection",
        "connection_idle_timeout": "connectionIdleTimeout",
        "defaults_from": "defaultsFrom",
        "enforce_tls_requirements": "enforceTlsRequirements",
        "frame_size": "frameSize",
        "header_table_size": "headerTableSize",
        "id": "id",
        "include_content_length": "includeContentLength",
        "insert_header": "insertHeader",
        "insert_header_name": "insertHeaderName",
        "receive_window": "receiveWindow",
        "write_size": "writeSize",
    },
)
class LtmProfileHttp2Config(_cdktf_9a9027ec.TerraformMetaArguments):
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
        activation_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        concurrent_streams_per_connection: typing.Optional[jsii.Number] = None,
        connection_idle_timeout: typing.Optional[jsii.Number] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        enforce_tls_requirements: typing.Optional[builtins.str] = None,
        frame_size: typing.Optional[jsii.Number] = None,
        header_table_size: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        include_content_length: typing.Optional[builtins.str] = None,
        insert_header: typing.Optional[builtins.str] = None,
        insert_header_name: typing.Optional[builtins.str] = None,
        receive_window: typing.Optional[jsii.Number] = None,
        write_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the Http2 Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#name LtmProfileHttp2#name}
        :param activation_modes: Specifies whether to enable all HTTP/2 modes, or only enable the Selected Modes listed in the Enabled column. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#activation_modes LtmProfileHttp2#activation_modes}
        :param concurrent_streams_per_connection: Specifies the number of outstanding concurrent requests that are allowed on a single HTTP/2 connection. The default is 10. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#concurrent_streams_per_connection LtmProfileHttp2#concurrent_streams_per_connection}
        :param connection_idle_timeout: Specifies the number of seconds that an HTTP/2 connection is idly left open before being shut down. The default is 300 seconds Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#connection_idle_timeout LtmProfileHttp2#connection_idle_timeout}
        :param defaults_from: Name of Parent Http2 profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#defaults_from LtmProfileHttp2#defaults_from}
        :param enforce_tls_requirements: Enable or disable enforcement of TLS requirements,Default:enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#enforce_tls_requirements LtmProfileHttp2#enforce_tls_requirements}
        :param frame_size: The size of the data frames, in bytes, that the HTTP/2 protocol sends to the client. Default: 2048. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#frame_size LtmProfileHttp2#frame_size}
        :param header_table_size: The size of the header table, in KB, for the HTTP headers that the HTTP/2 protocol compresses to save bandwidth.Default: 4096. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#header_table_size LtmProfileHttp2#header_table_size}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#id LtmProfileHttp2#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param include_content_length: Enable to include content-length in HTTP/2 headers,Default : disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#include_content_length LtmProfileHttp2#include_content_length}
        :param insert_header: Specifies whether an HTTP header indicating the use of HTTP/2 should be inserted into the request that goes to the server. The default value is Disabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#insert_header LtmProfileHttp2#insert_header}
        :param insert_header_name: Specifies the name of the HTTP header controlled by Insert Header. The default X-HTTP2. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#insert_header_name LtmProfileHttp2#insert_header_name}
        :param receive_window: The flow-control size for upload streams, in KB. Default: 32. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#receive_window LtmProfileHttp2#receive_window}
        :param write_size: The total size of combined data frames, in bytes, that the HTTP/2 protocol sends in a single write function. Default: 16384 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#write_size LtmProfileHttp2#write_size}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7242a6494c1891e80f0ff674d2992598d06c1fed070643e69a91fc4bb0fd011d)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument activation_modes", value=activation_modes, expected_type=type_hints["activation_modes"])
            check_type(argname="argument concurrent_streams_per_connection", value=concurrent_streams_per_connection, expected_type=type_hints["concurrent_streams_per_connection"])
            check_type(argname="argument connection_idle_timeout", value=connection_idle_timeout, expected_type=type_hints["connection_idle_timeout"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument enforce_tls_requirements", value=enforce_tls_requirements, expected_type=type_hints["enforce_tls_requirements"])
            check_type(argname="argument frame_size", value=frame_size, expected_type=type_hints["frame_size"])
            check_type(argname="argument header_table_size", value=header_table_size, expected_type=type_hints["header_table_size"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument include_content_length", value=include_content_length, expected_type=type_hints["include_content_length"])
            check_type(argname="argument insert_header", value=insert_header, expected_type=type_hints["insert_header"])
            check_type(argname="argument insert_header_name", value=insert_header_name, expected_type=type_hints["insert_header_name"])
            check_type(argname="argument receive_window", value=receive_window, expected_type=type_hints["receive_window"])
            check_type(argname="argument write_size", value=write_size, expected_type=type_hints["write_size"])
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
        if activation_modes is not None:
            self._values["activation_modes"] = activation_modes
        if concurrent_streams_per_connection is not None:
            self._values["concurrent_streams_per_connection"] = concurrent_streams_per_connection
        if connection_idle_timeout is not None:
            self._values["connection_idle_timeout"] = connection_idle_timeout
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if enforce_tls_requirements is not None:
            self._values["enforce_tls_requirements"] = enforce_tls_requirements
        if frame_size is not None:
            self._values["frame_size"] = frame_size
        if header_table_size is not None:
            self._values["header_table_size"] = header_table_size
        if id is not None:
            self._values["id"] = id
        if include_content_length is not None:
            self._values["include_content_length"] = include_content_length
        if insert_header is not None:
            self._values["insert_header"] = insert_header
        if insert_header_name is not None:
            self._values["insert_header_name"] = insert_header_name
        if receive_window is not None:
            self._values["receive_window"] = receive_window
        if write_size is not None:
            self._values["write_size"] = write_size

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
        '''Name of the Http2 Profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#name LtmProfileHttp2#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def activation_modes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies whether to enable all HTTP/2 modes, or only enable the Selected Modes listed in the Enabled column.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#activation_modes LtmProfileHttp2#activation_modes}
        '''
        result = self._values.get("activation_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def concurrent_streams_per_connection(self) -> typing.Optional[jsii.Number]:
        '''Specifies the number of outstanding concurrent requests that are allowed on a single HTTP/2 connection. The default is 10.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#concurrent_streams_per_connection LtmProfileHttp2#concurrent_streams_per_connection}
        '''
        result = self._values.get("concurrent_streams_per_connection")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def connection_idle_timeout(self) -> typing.Optional[jsii.Number]:
        '''Specifies the number of seconds that an HTTP/2 connection is idly left open before being shut down.

        The default is 300 seconds

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#connection_idle_timeout LtmProfileHttp2#connection_idle_timeout}
        '''
        result = self._values.get("connection_idle_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Name of Parent Http2 profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#defaults_from LtmProfileHttp2#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enforce_tls_requirements(self) -> typing.Optional[builtins.str]:
        '''Enable or disable enforcement of TLS requirements,Default:enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#enforce_tls_requirements LtmProfileHttp2#enforce_tls_requirements}
        '''
        result = self._values.get("enforce_tls_requirements")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def frame_size(self) -> typing.Optional[jsii.Number]:
        '''The size of the data frames, in bytes, that the HTTP/2 protocol sends to the client. Default: 2048.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#frame_size LtmProfileHttp2#frame_size}
        '''
        result = self._values.get("frame_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def header_table_size(self) -> typing.Optional[jsii.Number]:
        '''The size of the header table, in KB, for the HTTP headers that the HTTP/2 protocol compresses to save bandwidth.Default: 4096.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#header_table_size LtmProfileHttp2#header_table_size}
        '''
        result = self._values.get("header_table_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#id LtmProfileHttp2#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def include_content_length(self) -> typing.Optional[builtins.str]:
        '''Enable to include content-length in HTTP/2 headers,Default : disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#include_content_length LtmProfileHttp2#include_content_length}
        '''
        result = self._values.get("include_content_length")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insert_header(self) -> typing.Optional[builtins.str]:
        '''Specifies whether an HTTP header indicating the use of HTTP/2 should be inserted into the request that goes to the server.

        The default value is Disabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#insert_header LtmProfileHttp2#insert_header}
        '''
        result = self._values.get("insert_header")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insert_header_name(self) -> typing.Optional[builtins.str]:
        '''Specifies the name of the HTTP header controlled by Insert Header. The default X-HTTP2.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#insert_header_name LtmProfileHttp2#insert_header_name}
        '''
        result = self._values.get("insert_header_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def receive_window(self) -> typing.Optional[jsii.Number]:
        '''The flow-control size for upload streams, in KB. Default: 32.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#receive_window LtmProfileHttp2#receive_window}
        '''
        result = self._values.get("receive_window")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def write_size(self) -> typing.Optional[jsii.Number]:
        '''The total size of combined data frames, in bytes, that the HTTP/2 protocol sends in a single write function.

        Default: 16384

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_http2#write_size LtmProfileHttp2#write_size}
        '''
        result = self._values.get("write_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileHttp2Config(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmProfileHttp2",
    "LtmProfileHttp2Config",
]

publication.publish()

def _typecheckingstub__bd8c26d40d1b1f5cd1d306f5cb3573eee757fe74f693404c9c4611fd40bf7b98(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    activation_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    concurrent_streams_per_connection: typing.Optional[jsii.Number] = None,
    connection_idle_timeout: typing.Optional[jsii.Number] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    enforce_tls_requirements: typing.Optional[builtins.str] = None,
    frame_size: typing.Optional[jsii.Number] = None,
    header_table_size: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    include_content_length: typing.Optional[builtins.str] = None,
    insert_header: typing.Optional[builtins.str] = None,
    insert_header_name: typing.Optional[builtins.str] = None,
    receive_window: typing.Optional[jsii.Number] = None,
    write_size: typing.Optional[jsii.Number] = None,
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

def _typecheckingstub__69be3a5bacdde12f8837af296de98b5a6657c2073f33580166c47394b567cfbd(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13403b6ccec0020c8de834fa4f3eef2ce7ae330929832bcd8b279897fd60233c(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff5c6f8b6d34c6ed69f234484ac2166314089b4f656fba47f2b6c5b7d3b3406e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a71dbff87a0963c6dcce3d2bb0f4b4bae4bf66ceaa76744af19941aabeb3f0c2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__739666ed7e8e652229f247464a3f5d68ef6dcd559e5fe30921a56d42a49ca4b4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7c86f8f6f109ffbf9912eb7a7043969897a78eeab139690ca4286cea237215b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b11e6c5f462670683b9bd6f2ac2f95200e79ddb595bd91b7f55fcd984a17adc2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b7a5ae0484b7f642bc6cd9bc07a6c2a03b43773f524e6e88d304b5e92dcb7b4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4ef74480c84c494ed3b6e15f9991de09de6a34c2a215a011fb717c7c17e1cd2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0dec58ab187ec0cc51bc92da5641df38f35a590454b324028e5c646d9810bc95(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a7b384d376840f29a98c9373d20ac0754ca564ad7c6094d9a018a3d0bf9d996(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58644b6911a7ad8d3fbc4f7ac05743f1ae0ae5b78153df3728cfe5f17486091c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4be21689e16fa290eb35254d487cc3eeb8f2b8aa1865e9ec087d737057debe00(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__307ffcfb5f0efe613ffc25e0f852d9fe40877dea00f22b5cb7954f6416dc336f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c4be630182b5d857adc73869769a6d4db273ae2f408e94306ad9cf378c7dfe3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7242a6494c1891e80f0ff674d2992598d06c1fed070643e69a91fc4bb0fd011d(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    activation_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    concurrent_streams_per_connection: typing.Optional[jsii.Number] = None,
    connection_idle_timeout: typing.Optional[jsii.Number] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    enforce_tls_requirements: typing.Optional[builtins.str] = None,
    frame_size: typing.Optional[jsii.Number] = None,
    header_table_size: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    include_content_length: typing.Optional[builtins.str] = None,
    insert_header: typing.Optional[builtins.str] = None,
    insert_header_name: typing.Optional[builtins.str] = None,
    receive_window: typing.Optional[jsii.Number] = None,
    write_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
