r'''
# `bigip_ltm_profile_httpcompress`

Refer to the Terraform Registry for docs: [`bigip_ltm_profile_httpcompress`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress).
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


class LtmProfileHttpcompress(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileHttpcompress.LtmProfileHttpcompress",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress bigip_ltm_profile_httpcompress}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        compression_buffersize: typing.Optional[jsii.Number] = None,
        content_type_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
        content_type_include: typing.Optional[typing.Sequence[builtins.str]] = None,
        cpu_saver: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        gzip_compression_level: typing.Optional[jsii.Number] = None,
        gzip_memory_level: typing.Optional[jsii.Number] = None,
        gzip_window_size: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        keep_accept_encoding: typing.Optional[builtins.str] = None,
        uri_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
        uri_include: typing.Optional[typing.Sequence[builtins.str]] = None,
        vary_header: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress bigip_ltm_profile_httpcompress} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the Httpcompress Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#name LtmProfileHttpcompress#name}
        :param compression_buffersize: Specifies the maximum number of compressed bytes that the system buffers before inserting a Content-Length header (which specifies the compressed size) into the response. The default is 4096 bytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#compression_buffersize LtmProfileHttpcompress#compression_buffersize}
        :param content_type_exclude: Specifies a list of content types for compression of HTTP Content-Type responses. Use a string list to specify a list of content types you want to exclude. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#content_type_exclude LtmProfileHttpcompress#content_type_exclude}
        :param content_type_include: Specifies a list of content types for compression of HTTP Content-Type responses. Use a string list to specify a list of content types you want to compress. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#content_type_include LtmProfileHttpcompress#content_type_include}
        :param cpu_saver: Specifies, when checked (enabled), that the system monitors the percent CPU usage and adjusts compression rates automatically when the CPU usage reaches either the CPU Saver High Threshold or the CPU Saver Low Threshold. The default is enabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#cpu_saver LtmProfileHttpcompress#cpu_saver}
        :param defaults_from: Use the parent Httpcompress profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#defaults_from LtmProfileHttpcompress#defaults_from}
        :param gzip_compression_level: Specifies the degree to which the system compresses the content. Higher compression levels cause the compression process to be slower. The default is 1 - Least Compression (Fastest) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#gzip_compression_level LtmProfileHttpcompress#gzip_compression_level}
        :param gzip_memory_level: Specifies the number of bytes of memory that the system uses for internal compression buffers when compressing a server response. The default is 8 kilobytes/8192 bytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#gzip_memory_level LtmProfileHttpcompress#gzip_memory_level}
        :param gzip_window_size: Specifies the number of kilobytes in the window size that the system uses when compressing a server response. The default is 16 kilobytes Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#gzip_window_size LtmProfileHttpcompress#gzip_window_size}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#id LtmProfileHttpcompress#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param keep_accept_encoding: Specifies, when checked (enabled), that the system does not remove the Accept-Encoding: header from an HTTP request. The default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#keep_accept_encoding LtmProfileHttpcompress#keep_accept_encoding}
        :param uri_exclude: Servers Address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#uri_exclude LtmProfileHttpcompress#uri_exclude}
        :param uri_include: Servers Address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#uri_include LtmProfileHttpcompress#uri_include}
        :param vary_header: Specifies, when checked (enabled), that the system inserts a Vary header into cacheable server responses. The default is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#vary_header LtmProfileHttpcompress#vary_header}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b34f2e76c795d9de03ed3e6dc87e3a84ed4c8ee8f2d82b6030bc27291ecfa4f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmProfileHttpcompressConfig(
            name=name,
            compression_buffersize=compression_buffersize,
            content_type_exclude=content_type_exclude,
            content_type_include=content_type_include,
            cpu_saver=cpu_saver,
            defaults_from=defaults_from,
            gzip_compression_level=gzip_compression_level,
            gzip_memory_level=gzip_memory_level,
            gzip_window_size=gzip_window_size,
            id=id,
            keep_accept_encoding=keep_accept_encoding,
            uri_exclude=uri_exclude,
            uri_include=uri_include,
            vary_header=vary_header,
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
        '''Generates CDKTF code for importing a LtmProfileHttpcompress resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmProfileHttpcompress to import.
        :param import_from_id: The id of the existing LtmProfileHttpcompress that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmProfileHttpcompress to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f97738c3a6d3b7ae8d26b4f9b4cf5eb30cf73739259a2503981b97dfe9e77bcc)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetCompressionBuffersize")
    def reset_compression_buffersize(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCompressionBuffersize", []))

    @jsii.member(jsii_name="resetContentTypeExclude")
    def reset_content_type_exclude(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContentTypeExclude", []))

    @jsii.member(jsii_name="resetContentTypeInclude")
    def reset_content_type_include(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContentTypeInclude", []))

    @jsii.member(jsii_name="resetCpuSaver")
    def reset_cpu_saver(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCpuSaver", []))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetGzipCompressionLevel")
    def reset_gzip_compression_level(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGzipCompressionLevel", []))

    @jsii.member(jsii_name="resetGzipMemoryLevel")
    def reset_gzip_memory_level(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGzipMemoryLevel", []))

    @jsii.member(jsii_name="resetGzipWindowSize")
    def reset_gzip_window_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGzipWindowSize", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetKeepAcceptEncoding")
    def reset_keep_accept_encoding(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKeepAcceptEncoding", []))

    @jsii.member(jsii_name="resetUriExclude")
    def reset_uri_exclude(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUriExclude", []))

    @jsii.member(jsii_name="resetUriInclude")
    def reset_uri_include(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUriInclude", []))

    @jsii.member(jsii_name="resetVaryHeader")
    def reset_vary_header(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVaryHeader", []))

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
    @jsii.member(jsii_name="compressionBuffersizeInput")
    def compression_buffersize_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "compressionBuffersizeInput"))

    @builtins.property
    @jsii.member(jsii_name="contentTypeExcludeInput")
    def content_type_exclude_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "contentTypeExcludeInput"))

    @builtins.property
    @jsii.member(jsii_name="contentTypeIncludeInput")
    def content_type_include_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "contentTypeIncludeInput"))

    @builtins.property
    @jsii.member(jsii_name="cpuSaverInput")
    def cpu_saver_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cpuSaverInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="gzipCompressionLevelInput")
    def gzip_compression_level_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "gzipCompressionLevelInput"))

    @builtins.property
    @jsii.member(jsii_name="gzipMemoryLevelInput")
    def gzip_memory_level_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "gzipMemoryLevelInput"))

    @builtins.property
    @jsii.member(jsii_name="gzipWindowSizeInput")
    def gzip_window_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "gzipWindowSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="keepAcceptEncodingInput")
    def keep_accept_encoding_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keepAcceptEncodingInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="uriExcludeInput")
    def uri_exclude_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "uriExcludeInput"))

    @builtins.property
    @jsii.member(jsii_name="uriIncludeInput")
    def uri_include_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "uriIncludeInput"))

    @builtins.property
    @jsii.member(jsii_name="varyHeaderInput")
    def vary_header_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "varyHeaderInput"))

    @builtins.property
    @jsii.member(jsii_name="compressionBuffersize")
    def compression_buffersize(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "compressionBuffersize"))

    @compression_buffersize.setter
    def compression_buffersize(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__250f40be005171e60ae540dd9a59590f2b400805c21acd57800c6523cfbe6a33)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "compressionBuffersize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="contentTypeExclude")
    def content_type_exclude(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "contentTypeExclude"))

    @content_type_exclude.setter
    def content_type_exclude(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f3c4945d10d6db2f4775cd7c485e73f3432ee6be33d5d879b0aa253474f5a747)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "contentTypeExclude", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="contentTypeInclude")
    def content_type_include(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "contentTypeInclude"))

    @content_type_include.setter
    def content_type_include(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3bbd77fefe93333f5a9d85d9b13962ddbc725586551afdc2a094001d5ed125fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "contentTypeInclude", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cpuSaver")
    def cpu_saver(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cpuSaver"))

    @cpu_saver.setter
    def cpu_saver(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ebb6dd73f8171c67754ac1852471f5fd4e8bf70d667eecf1c9e3a5bc30cf211f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cpuSaver", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1e9312262641a94e2cca1f38e06bb041ab0a4aa57948c484f3c62e33c74b20e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gzipCompressionLevel")
    def gzip_compression_level(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "gzipCompressionLevel"))

    @gzip_compression_level.setter
    def gzip_compression_level(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4536a5945077419cd3f5f384ce78bff22e260e42e24672a61d624da1d9ffa939)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gzipCompressionLevel", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gzipMemoryLevel")
    def gzip_memory_level(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "gzipMemoryLevel"))

    @gzip_memory_level.setter
    def gzip_memory_level(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__adb2dd18d2e98ef790c412d64f7da4e0eee1d931387c66f7811f78b3fe22b2e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gzipMemoryLevel", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gzipWindowSize")
    def gzip_window_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "gzipWindowSize"))

    @gzip_window_size.setter
    def gzip_window_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7da1bca0025c46877df8134425c9e6f0d1ec9d1a288b32b0cf28e3beede2f17)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gzipWindowSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dc0287f32b4f9b9ba47851fdd64ce44ba49136da240c3a0114c93b5c6f89feff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="keepAcceptEncoding")
    def keep_accept_encoding(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "keepAcceptEncoding"))

    @keep_accept_encoding.setter
    def keep_accept_encoding(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0ca8fa0e65626a876e90b87e2a208db16935580c48055c1e8dedb24f646876c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "keepAcceptEncoding", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fbfb03dd3b6daa8fb46206dfcc15ab3373b4c769fae5097832e94e831c8e2b47)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uriExclude")
    def uri_exclude(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "uriExclude"))

    @uri_exclude.setter
    def uri_exclude(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a87c2a5df311e169e9677c67ea17610ea4eea2c619e47dac5ef43cf1e3340a3a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uriExclude", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uriInclude")
    def uri_include(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "uriInclude"))

    @uri_include.setter
    def uri_include(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8003b700e082e66c43459e9a5f4868fb3aee2df3dc3ea5fcd23640cd4a019d33)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uriInclude", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="varyHeader")
    def vary_header(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "varyHeader"))

    @vary_header.setter
    def vary_header(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a445f4e7eca417373875e7c4078c24147db8568921d6edf20cadaa237bdc85a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "varyHeader", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileHttpcompress.LtmProfileHttpcompressConfig",
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
        "compression_buffersize": "compressionBuffersize",
        "content_type_exclude": "contentTypeExclude",
        "content_type_include": "contentTypeInclude",
        "cpu_saver": "cpuSaver",
        "defaults_from": "defaultsFrom",
        "gzip_compression_level": "gzipCompressionLevel",
        "gzip_memory_level": "gzipMemoryLevel",
        "gzip_window_size": "gzipWindowSize",
        "id": "id",
        "keep_accept_encoding": "keepAcceptEncoding",
        "uri_exclude": "uriExclude",
        "uri_include": "uriInclude",
        "vary_header": "varyHeader",
    },
)
class LtmProfileHttpcompressConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        compression_buffersize: typing.Optional[jsii.Number] = None,
        content_type_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
        content_type_include: typing.Optional[typing.Sequence[builtins.str]] = None,
        cpu_saver: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        gzip_compression_level: typing.Optional[jsii.Number] = None,
        gzip_memory_level: typing.Optional[jsii.Number] = None,
        gzip_window_size: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        keep_accept_encoding: typing.Optional[builtins.str] = None,
        uri_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
        uri_include: typing.Optional[typing.Sequence[builtins.str]] = None,
        vary_header: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the Httpcompress Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#name LtmProfileHttpcompress#name}
        :param compression_buffersize: Specifies the maximum number of compressed bytes that the system buffers before inserting a Content-Length header (which specifies the compressed size) into the response. The default is 4096 bytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#compression_buffersize LtmProfileHttpcompress#compression_buffersize}
        :param content_type_exclude: Specifies a list of content types for compression of HTTP Content-Type responses. Use a string list to specify a list of content types you want to exclude. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#content_type_exclude LtmProfileHttpcompress#content_type_exclude}
        :param content_type_include: Specifies a list of content types for compression of HTTP Content-Type responses. Use a string list to specify a list of content types you want to compress. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#content_type_include LtmProfileHttpcompress#content_type_include}
        :param cpu_saver: Specifies, when checked (enabled), that the system monitors the percent CPU usage and adjusts compression rates automatically when the CPU usage reaches either the CPU Saver High Threshold or the CPU Saver Low Threshold. The default is enabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#cpu_saver LtmProfileHttpcompress#cpu_saver}
        :param defaults_from: Use the parent Httpcompress profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#defaults_from LtmProfileHttpcompress#defaults_from}
        :param gzip_compression_level: Specifies the degree to which the system compresses the content. Higher compression levels cause the compression process to be slower. The default is 1 - Least Compression (Fastest) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#gzip_compression_level LtmProfileHttpcompress#gzip_compression_level}
        :param gzip_memory_level: Specifies the number of bytes of memory that the system uses for internal compression buffers when compressing a server response. The default is 8 kilobytes/8192 bytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#gzip_memory_level LtmProfileHttpcompress#gzip_memory_level}
        :param gzip_window_size: Specifies the number of kilobytes in the window size that the system uses when compressing a server response. The default is 16 kilobytes Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#gzip_window_size LtmProfileHttpcompress#gzip_window_size}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#id LtmProfileHttpcompress#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param keep_accept_encoding: Specifies, when checked (enabled), that the system does not remove the Accept-Encoding: header from an HTTP request. The default is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#keep_accept_encoding LtmProfileHttpcompress#keep_accept_encoding}
        :param uri_exclude: Servers Address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#uri_exclude LtmProfileHttpcompress#uri_exclude}
        :param uri_include: Servers Address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#uri_include LtmProfileHttpcompress#uri_include}
        :param vary_header: Specifies, when checked (enabled), that the system inserts a Vary header into cacheable server responses. The default is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#vary_header LtmProfileHttpcompress#vary_header}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e1f52023546ad43b47dec503c29efbb1e272ac6dc4eee1aaea71038f3df45fb)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument compression_buffersize", value=compression_buffersize, expected_type=type_hints["compression_buffersize"])
            check_type(argname="argument content_type_exclude", value=content_type_exclude, expected_type=type_hints["content_type_exclude"])
            check_type(argname="argument content_type_include", value=content_type_include, expected_type=type_hints["content_type_include"])
            check_type(argname="argument cpu_saver", value=cpu_saver, expected_type=type_hints["cpu_saver"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument gzip_compression_level", value=gzip_compression_level, expected_type=type_hints["gzip_compression_level"])
            check_type(argname="argument gzip_memory_level", value=gzip_memory_level, expected_type=type_hints["gzip_memory_level"])
            check_type(argname="argument gzip_window_size", value=gzip_window_size, expected_type=type_hints["gzip_window_size"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument keep_accept_encoding", value=keep_accept_encoding, expected_type=type_hints["keep_accept_encoding"])
            check_type(argname="argument uri_exclude", value=uri_exclude, expected_type=type_hints["uri_exclude"])
            check_type(argname="argument uri_include", value=uri_include, expected_type=type_hints["uri_include"])
            check_type(argname="argument vary_header", value=vary_header, expected_type=type_hints["vary_header"])
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
        if compression_buffersize is not None:
            self._values["compression_buffersize"] = compression_buffersize
        if content_type_exclude is not None:
            self._values["content_type_exclude"] = content_type_exclude
        if content_type_include is not None:
            self._values["content_type_include"] = content_type_include
        if cpu_saver is not None:
            self._values["cpu_saver"] = cpu_saver
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if gzip_compression_level is not None:
            self._values["gzip_compression_level"] = gzip_compression_level
        if gzip_memory_level is not None:
            self._values["gzip_memory_level"] = gzip_memory_level
        if gzip_window_size is not None:
            self._values["gzip_window_size"] = gzip_window_size
        if id is not None:
            self._values["id"] = id
        if keep_accept_encoding is not None:
            self._values["keep_accept_encoding"] = keep_accept_encoding
        if uri_exclude is not None:
            self._values["uri_exclude"] = uri_exclude
        if uri_include is not None:
            self._values["uri_include"] = uri_include
        if vary_header is not None:
            self._values["vary_header"] = vary_header

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
        '''Name of the Httpcompress Profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#name LtmProfileHttpcompress#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def compression_buffersize(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum number of compressed bytes that the system buffers before inserting a Content-Length header (which specifies the compressed size) into the response.

        The default is 4096 bytes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#compression_buffersize LtmProfileHttpcompress#compression_buffersize}
        '''
        result = self._values.get("compression_buffersize")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def content_type_exclude(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies a list of content types for compression of HTTP Content-Type responses.

        Use a string list to specify a list of content types you want to exclude.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#content_type_exclude LtmProfileHttpcompress#content_type_exclude}
        '''
        result = self._values.get("content_type_exclude")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def content_type_include(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies a list of content types for compression of HTTP Content-Type responses.

        Use a string list to specify a list of content types you want to compress.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#content_type_include LtmProfileHttpcompress#content_type_include}
        '''
        result = self._values.get("content_type_include")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cpu_saver(self) -> typing.Optional[builtins.str]:
        '''Specifies, when checked (enabled), that the system monitors the percent CPU usage and adjusts compression rates automatically when the CPU usage reaches either the CPU Saver High Threshold or the CPU Saver Low Threshold.

        The default is enabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#cpu_saver LtmProfileHttpcompress#cpu_saver}
        '''
        result = self._values.get("cpu_saver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Use the parent Httpcompress profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#defaults_from LtmProfileHttpcompress#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gzip_compression_level(self) -> typing.Optional[jsii.Number]:
        '''Specifies the degree to which the system compresses the content.

        Higher compression levels cause the compression process to be slower. The default is 1 - Least Compression (Fastest)

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#gzip_compression_level LtmProfileHttpcompress#gzip_compression_level}
        '''
        result = self._values.get("gzip_compression_level")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def gzip_memory_level(self) -> typing.Optional[jsii.Number]:
        '''Specifies the number of bytes of memory that the system uses for internal compression buffers when compressing a server response.

        The default is 8 kilobytes/8192 bytes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#gzip_memory_level LtmProfileHttpcompress#gzip_memory_level}
        '''
        result = self._values.get("gzip_memory_level")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def gzip_window_size(self) -> typing.Optional[jsii.Number]:
        '''Specifies the number of kilobytes in the window size that the system uses when compressing a server response.

        The default is 16 kilobytes

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#gzip_window_size LtmProfileHttpcompress#gzip_window_size}
        '''
        result = self._values.get("gzip_window_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#id LtmProfileHttpcompress#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def keep_accept_encoding(self) -> typing.Optional[builtins.str]:
        '''Specifies, when checked (enabled), that the system does not remove the Accept-Encoding: header from an HTTP request.

        The default is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#keep_accept_encoding LtmProfileHttpcompress#keep_accept_encoding}
        '''
        result = self._values.get("keep_accept_encoding")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri_exclude(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Servers Address.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#uri_exclude LtmProfileHttpcompress#uri_exclude}
        '''
        result = self._values.get("uri_exclude")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def uri_include(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Servers Address.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#uri_include LtmProfileHttpcompress#uri_include}
        '''
        result = self._values.get("uri_include")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def vary_header(self) -> typing.Optional[builtins.str]:
        '''Specifies, when checked (enabled), that the system inserts a Vary header into cacheable server responses. The default is enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_httpcompress#vary_header LtmProfileHttpcompress#vary_header}
        '''
        result = self._values.get("vary_header")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileHttpcompressConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmProfileHttpcompress",
    "LtmProfileHttpcompressConfig",
]

publication.publish()

def _typecheckingstub__8b34f2e76c795d9de03ed3e6dc87e3a84ed4c8ee8f2d82b6030bc27291ecfa4f(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    compression_buffersize: typing.Optional[jsii.Number] = None,
    content_type_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
    content_type_include: typing.Optional[typing.Sequence[builtins.str]] = None,
    cpu_saver: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    gzip_compression_level: typing.Optional[jsii.Number] = None,
    gzip_memory_level: typing.Optional[jsii.Number] = None,
    gzip_window_size: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    keep_accept_encoding: typing.Optional[builtins.str] = None,
    uri_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
    uri_include: typing.Optional[typing.Sequence[builtins.str]] = None,
    vary_header: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__f97738c3a6d3b7ae8d26b4f9b4cf5eb30cf73739259a2503981b97dfe9e77bcc(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__250f40be005171e60ae540dd9a59590f2b400805c21acd57800c6523cfbe6a33(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3c4945d10d6db2f4775cd7c485e73f3432ee6be33d5d879b0aa253474f5a747(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3bbd77fefe93333f5a9d85d9b13962ddbc725586551afdc2a094001d5ed125fe(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebb6dd73f8171c67754ac1852471f5fd4e8bf70d667eecf1c9e3a5bc30cf211f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1e9312262641a94e2cca1f38e06bb041ab0a4aa57948c484f3c62e33c74b20e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4536a5945077419cd3f5f384ce78bff22e260e42e24672a61d624da1d9ffa939(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__adb2dd18d2e98ef790c412d64f7da4e0eee1d931387c66f7811f78b3fe22b2e9(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7da1bca0025c46877df8134425c9e6f0d1ec9d1a288b32b0cf28e3beede2f17(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc0287f32b4f9b9ba47851fdd64ce44ba49136da240c3a0114c93b5c6f89feff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0ca8fa0e65626a876e90b87e2a208db16935580c48055c1e8dedb24f646876c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbfb03dd3b6daa8fb46206dfcc15ab3373b4c769fae5097832e94e831c8e2b47(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a87c2a5df311e169e9677c67ea17610ea4eea2c619e47dac5ef43cf1e3340a3a(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8003b700e082e66c43459e9a5f4868fb3aee2df3dc3ea5fcd23640cd4a019d33(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a445f4e7eca417373875e7c4078c24147db8568921d6edf20cadaa237bdc85a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e1f52023546ad43b47dec503c29efbb1e272ac6dc4eee1aaea71038f3df45fb(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    compression_buffersize: typing.Optional[jsii.Number] = None,
    content_type_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
    content_type_include: typing.Optional[typing.Sequence[builtins.str]] = None,
    cpu_saver: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    gzip_compression_level: typing.Optional[jsii.Number] = None,
    gzip_memory_level: typing.Optional[jsii.Number] = None,
    gzip_window_size: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    keep_accept_encoding: typing.Optional[builtins.str] = None,
    uri_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
    uri_include: typing.Optional[typing.Sequence[builtins.str]] = None,
    vary_header: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
