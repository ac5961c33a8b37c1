r'''
# `bigip_ltm_profile_web_acceleration`

Refer to the Terraform Registry for docs: [`bigip_ltm_profile_web_acceleration`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration).
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


class LtmProfileWebAcceleration(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileWebAcceleration.LtmProfileWebAcceleration",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration bigip_ltm_profile_web_acceleration}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        cache_aging_rate: typing.Optional[jsii.Number] = None,
        cache_client_cache_control_mode: typing.Optional[builtins.str] = None,
        cache_insert_age_header: typing.Optional[builtins.str] = None,
        cache_max_age: typing.Optional[jsii.Number] = None,
        cache_max_entries: typing.Optional[jsii.Number] = None,
        cache_object_max_size: typing.Optional[jsii.Number] = None,
        cache_object_min_size: typing.Optional[jsii.Number] = None,
        cache_size: typing.Optional[jsii.Number] = None,
        cache_uri_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
        cache_uri_include: typing.Optional[typing.Sequence[builtins.str]] = None,
        cache_uri_include_override: typing.Optional[typing.Sequence[builtins.str]] = None,
        cache_uri_pinned: typing.Optional[typing.Sequence[builtins.str]] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration bigip_ltm_profile_web_acceleration} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the Web Acceleration profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#name LtmProfileWebAcceleration#name}
        :param cache_aging_rate: Specifies how quickly the system ages a cache entry. The aging rate ranges from 0 (slowest aging) to 10 (fastest aging). The default value is 9. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_aging_rate LtmProfileWebAcceleration#cache_aging_rate}
        :param cache_client_cache_control_mode: Specifies which cache disabling headers sent by clients the system ignores. The default value is all. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_client_cache_control_mode LtmProfileWebAcceleration#cache_client_cache_control_mode}
        :param cache_insert_age_header: Inserts Age and Date headers in the response. The default value is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_insert_age_header LtmProfileWebAcceleration#cache_insert_age_header}
        :param cache_max_age: Specifies how long the system considers the cached content to be valid. The default value is 3600 seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_max_age LtmProfileWebAcceleration#cache_max_age}
        :param cache_max_entries: Specifies the maximum number of entries that can be in the cache. The default value is 0 (zero), which means that the system does not limit the maximum entries. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_max_entries LtmProfileWebAcceleration#cache_max_entries}
        :param cache_object_max_size: Specifies the largest object that the system considers eligible for caching. The default value is 50000 bytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_object_max_size LtmProfileWebAcceleration#cache_object_max_size}
        :param cache_object_min_size: Specifies the smallest object that the system considers eligible for caching. The default value is 500 bytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_object_min_size LtmProfileWebAcceleration#cache_object_min_size}
        :param cache_size: Specifies the maximum size for the cache. When the cache reaches the maximum size, the system starts removing the oldest entries. The default value is 100 megabytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_size LtmProfileWebAcceleration#cache_size}
        :param cache_uri_exclude: Configures a list of URIs to exclude from the cache. The default value of none specifies no URIs are excluded. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_exclude LtmProfileWebAcceleration#cache_uri_exclude}
        :param cache_uri_include: Configures a list of URIs to include in the cache. The default value of .* specifies that all URIs are cacheable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_include LtmProfileWebAcceleration#cache_uri_include}
        :param cache_uri_include_override: Configures a list of URIs to include in the cache even if they would normally be excluded due to factors like object size or HTTP request type. The default value of none specifies no URIs are to be forced into the cache. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_include_override LtmProfileWebAcceleration#cache_uri_include_override}
        :param cache_uri_pinned: Configures a list of URIs to keep in the cache. The pinning process keeps URIs in cache when they would normally be evicted to make room for more active URIs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_pinned LtmProfileWebAcceleration#cache_uri_pinned}
        :param defaults_from: Specifies the profile that you want to use as the parent profile. Your new profile inherits all settings and values from the parent profile specified. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#defaults_from LtmProfileWebAcceleration#defaults_from}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#id LtmProfileWebAcceleration#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0277da247805bc307a2741dc68dedb1fa992cdd45d78b8470a53965ae03de88)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmProfileWebAccelerationConfig(
            name=name,
            cache_aging_rate=cache_aging_rate,
            cache_client_cache_control_mode=cache_client_cache_control_mode,
            cache_insert_age_header=cache_insert_age_header,
            cache_max_age=cache_max_age,
            cache_max_entries=cache_max_entries,
            cache_object_max_size=cache_object_max_size,
            cache_object_min_size=cache_object_min_size,
            cache_size=cache_size,
            cache_uri_exclude=cache_uri_exclude,
            cache_uri_include=cache_uri_include,
            cache_uri_include_override=cache_uri_include_override,
            cache_uri_pinned=cache_uri_pinned,
            defaults_from=defaults_from,
            id=id,
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
        '''Generates CDKTF code for importing a LtmProfileWebAcceleration resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmProfileWebAcceleration to import.
        :param import_from_id: The id of the existing LtmProfileWebAcceleration that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmProfileWebAcceleration to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d6c79d52bd21da95dd4d2ce826628cc8ec765f7e02c7271871320053fc56f508)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetCacheAgingRate")
    def reset_cache_aging_rate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheAgingRate", []))

    @jsii.member(jsii_name="resetCacheClientCacheControlMode")
    def reset_cache_client_cache_control_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheClientCacheControlMode", []))

    @jsii.member(jsii_name="resetCacheInsertAgeHeader")
    def reset_cache_insert_age_header(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheInsertAgeHeader", []))

    @jsii.member(jsii_name="resetCacheMaxAge")
    def reset_cache_max_age(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheMaxAge", []))

    @jsii.member(jsii_name="resetCacheMaxEntries")
    def reset_cache_max_entries(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheMaxEntries", []))

    @jsii.member(jsii_name="resetCacheObjectMaxSize")
    def reset_cache_object_max_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheObjectMaxSize", []))

    @jsii.member(jsii_name="resetCacheObjectMinSize")
    def reset_cache_object_min_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheObjectMinSize", []))

    @jsii.member(jsii_name="resetCacheSize")
    def reset_cache_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheSize", []))

    @jsii.member(jsii_name="resetCacheUriExclude")
    def reset_cache_uri_exclude(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheUriExclude", []))

    @jsii.member(jsii_name="resetCacheUriInclude")
    def reset_cache_uri_include(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheUriInclude", []))

    @jsii.member(jsii_name="resetCacheUriIncludeOverride")
    def reset_cache_uri_include_override(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheUriIncludeOverride", []))

    @jsii.member(jsii_name="resetCacheUriPinned")
    def reset_cache_uri_pinned(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheUriPinned", []))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

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
    @jsii.member(jsii_name="cacheAgingRateInput")
    def cache_aging_rate_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "cacheAgingRateInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheClientCacheControlModeInput")
    def cache_client_cache_control_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cacheClientCacheControlModeInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheInsertAgeHeaderInput")
    def cache_insert_age_header_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cacheInsertAgeHeaderInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheMaxAgeInput")
    def cache_max_age_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "cacheMaxAgeInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheMaxEntriesInput")
    def cache_max_entries_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "cacheMaxEntriesInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheObjectMaxSizeInput")
    def cache_object_max_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "cacheObjectMaxSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheObjectMinSizeInput")
    def cache_object_min_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "cacheObjectMinSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheSizeInput")
    def cache_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "cacheSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheUriExcludeInput")
    def cache_uri_exclude_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "cacheUriExcludeInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheUriIncludeInput")
    def cache_uri_include_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "cacheUriIncludeInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheUriIncludeOverrideInput")
    def cache_uri_include_override_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "cacheUriIncludeOverrideInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheUriPinnedInput")
    def cache_uri_pinned_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "cacheUriPinnedInput"))

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
    @jsii.member(jsii_name="cacheAgingRate")
    def cache_aging_rate(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cacheAgingRate"))

    @cache_aging_rate.setter
    def cache_aging_rate(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__20783d580ce49752130606ae99ff1ea049d5d1324ef5c8187d56db37c76d2cea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheAgingRate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheClientCacheControlMode")
    def cache_client_cache_control_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cacheClientCacheControlMode"))

    @cache_client_cache_control_mode.setter
    def cache_client_cache_control_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bcae357ce7793ba4252f36f67427ab503368965da5445fad50030eb072f38416)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheClientCacheControlMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheInsertAgeHeader")
    def cache_insert_age_header(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cacheInsertAgeHeader"))

    @cache_insert_age_header.setter
    def cache_insert_age_header(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__064f0fbcd90a8585705e3f3130644551dec7bd30fe6003e1f764fc2d46a9f4ea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheInsertAgeHeader", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheMaxAge")
    def cache_max_age(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cacheMaxAge"))

    @cache_max_age.setter
    def cache_max_age(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b22a7a104e53320cb76988fff09cb8b79b858bcbdcf1ed578d6784f2baf8f552)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheMaxAge", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheMaxEntries")
    def cache_max_entries(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cacheMaxEntries"))

    @cache_max_entries.setter
    def cache_max_entries(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b5ba6501920dbb5951a69bf0e27f6fd9aeed5f6944e670648139e1ed2891c3a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheMaxEntries", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheObjectMaxSize")
    def cache_object_max_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cacheObjectMaxSize"))

    @cache_object_max_size.setter
    def cache_object_max_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0f6a95ff5cf9a5c6217edca6d853f4f2214cd7a902f9dc6d0beec1a2b6864f8c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheObjectMaxSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheObjectMinSize")
    def cache_object_min_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cacheObjectMinSize"))

    @cache_object_min_size.setter
    def cache_object_min_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7bea7686bdb9bfe223f9f7ba7dac0fb51989d0cdeb2c3103aa71df94c5630569)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheObjectMinSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheSize")
    def cache_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cacheSize"))

    @cache_size.setter
    def cache_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a617413754607008807b53fbe1d7a19233216737d7c337f3bc7c49a8d73dd5ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheUriExclude")
    def cache_uri_exclude(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "cacheUriExclude"))

    @cache_uri_exclude.setter
    def cache_uri_exclude(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__40f711e4d9ad98d0cd5961fc744d1e23e595c1637821b3a02081b56011abbb73)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheUriExclude", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheUriInclude")
    def cache_uri_include(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "cacheUriInclude"))

    @cache_uri_include.setter
    def cache_uri_include(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aa33ff46208005b988994089ea92cbb9ef66081e9d16b283be4bbc0921faed24)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheUriInclude", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheUriIncludeOverride")
    def cache_uri_include_override(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "cacheUriIncludeOverride"))

    @cache_uri_include_override.setter
    def cache_uri_include_override(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe1a3be9b398977d0e893926898791915a4c1f86a16b3ce499aac7d0e6609e43)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheUriIncludeOverride", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheUriPinned")
    def cache_uri_pinned(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "cacheUriPinned"))

    @cache_uri_pinned.setter
    def cache_uri_pinned(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a91ad332b1687aac8f550dea6280e0e82e0fc7ddc4f66bcd96f4bd3decf7d804)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheUriPinned", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f7604a79fd5de82dd1a1374badc4a7f13b0be6062fc1d50f7b5d7ffea453ccf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f5f4b741a8181af241ee460a57d090230943e2c3ee737ffd7f6084750094bbd8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d154e450ec12aa8ecac543e6f8d2d3f604fd1d51bd941905a91c3e46333bbb4f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileWebAcceleration.LtmProfileWebAccelerationConfig",
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
        "cache_aging_rate": "cacheAgingRate",
        "cache_client_cache_control_mode": "cacheClientCacheControlMode",
        "cache_insert_age_header": "cacheInsertAgeHeader",
        "cache_max_age": "cacheMaxAge",
        "cache_max_entries": "cacheMaxEntries",
        "cache_object_max_size": "cacheObjectMaxSize",
        "cache_object_min_size": "cacheObjectMinSize",
        "cache_size": "cacheSize",
        "cache_uri_exclude": "cacheUriExclude",
        "cache_uri_include": "cacheUriInclude",
        "cache_uri_include_override": "cacheUriIncludeOverride",
        "cache_uri_pinned": "cacheUriPinned",
        "defaults_from": "defaultsFrom",
        "id": "id",
    },
)
class LtmProfileWebAccelerationConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        cache_aging_rate: typing.Optional[jsii.Number] = None,
        cache_client_cache_control_mode: typing.Optional[builtins.str] = None,
        cache_insert_age_header: typing.Optional[builtins.str] = None,
        cache_max_age: typing.Optional[jsii.Number] = None,
        cache_max_entries: typing.Optional[jsii.Number] = None,
        cache_object_max_size: typing.Optional[jsii.Number] = None,
        cache_object_min_size: typing.Optional[jsii.Number] = None,
        cache_size: typing.Optional[jsii.Number] = None,
        cache_uri_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
        cache_uri_include: typing.Optional[typing.Sequence[builtins.str]] = None,
        cache_uri_include_override: typing.Optional[typing.Sequence[builtins.str]] = None,
        cache_uri_pinned: typing.Optional[typing.Sequence[builtins.str]] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the Web Acceleration profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#name LtmProfileWebAcceleration#name}
        :param cache_aging_rate: Specifies how quickly the system ages a cache entry. The aging rate ranges from 0 (slowest aging) to 10 (fastest aging). The default value is 9. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_aging_rate LtmProfileWebAcceleration#cache_aging_rate}
        :param cache_client_cache_control_mode: Specifies which cache disabling headers sent by clients the system ignores. The default value is all. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_client_cache_control_mode LtmProfileWebAcceleration#cache_client_cache_control_mode}
        :param cache_insert_age_header: Inserts Age and Date headers in the response. The default value is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_insert_age_header LtmProfileWebAcceleration#cache_insert_age_header}
        :param cache_max_age: Specifies how long the system considers the cached content to be valid. The default value is 3600 seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_max_age LtmProfileWebAcceleration#cache_max_age}
        :param cache_max_entries: Specifies the maximum number of entries that can be in the cache. The default value is 0 (zero), which means that the system does not limit the maximum entries. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_max_entries LtmProfileWebAcceleration#cache_max_entries}
        :param cache_object_max_size: Specifies the largest object that the system considers eligible for caching. The default value is 50000 bytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_object_max_size LtmProfileWebAcceleration#cache_object_max_size}
        :param cache_object_min_size: Specifies the smallest object that the system considers eligible for caching. The default value is 500 bytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_object_min_size LtmProfileWebAcceleration#cache_object_min_size}
        :param cache_size: Specifies the maximum size for the cache. When the cache reaches the maximum size, the system starts removing the oldest entries. The default value is 100 megabytes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_size LtmProfileWebAcceleration#cache_size}
        :param cache_uri_exclude: Configures a list of URIs to exclude from the cache. The default value of none specifies no URIs are excluded. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_exclude LtmProfileWebAcceleration#cache_uri_exclude}
        :param cache_uri_include: Configures a list of URIs to include in the cache. The default value of .* specifies that all URIs are cacheable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_include LtmProfileWebAcceleration#cache_uri_include}
        :param cache_uri_include_override: Configures a list of URIs to include in the cache even if they would normally be excluded due to factors like object size or HTTP request type. The default value of none specifies no URIs are to be forced into the cache. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_include_override LtmProfileWebAcceleration#cache_uri_include_override}
        :param cache_uri_pinned: Configures a list of URIs to keep in the cache. The pinning process keeps URIs in cache when they would normally be evicted to make room for more active URIs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_pinned LtmProfileWebAcceleration#cache_uri_pinned}
        :param defaults_from: Specifies the profile that you want to use as the parent profile. Your new profile inherits all settings and values from the parent profile specified. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#defaults_from LtmProfileWebAcceleration#defaults_from}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#id LtmProfileWebAcceleration#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ad10fd97d7380af331b7a52eb7f60d537a1931ad589ab0ca02188ad5f6e61677)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument cache_aging_rate", value=cache_aging_rate, expected_type=type_hints["cache_aging_rate"])
            check_type(argname="argument cache_client_cache_control_mode", value=cache_client_cache_control_mode, expected_type=type_hints["cache_client_cache_control_mode"])
            check_type(argname="argument cache_insert_age_header", value=cache_insert_age_header, expected_type=type_hints["cache_insert_age_header"])
            check_type(argname="argument cache_max_age", value=cache_max_age, expected_type=type_hints["cache_max_age"])
            check_type(argname="argument cache_max_entries", value=cache_max_entries, expected_type=type_hints["cache_max_entries"])
            check_type(argname="argument cache_object_max_size", value=cache_object_max_size, expected_type=type_hints["cache_object_max_size"])
            check_type(argname="argument cache_object_min_size", value=cache_object_min_size, expected_type=type_hints["cache_object_min_size"])
            check_type(argname="argument cache_size", value=cache_size, expected_type=type_hints["cache_size"])
            check_type(argname="argument cache_uri_exclude", value=cache_uri_exclude, expected_type=type_hints["cache_uri_exclude"])
            check_type(argname="argument cache_uri_include", value=cache_uri_include, expected_type=type_hints["cache_uri_include"])
            check_type(argname="argument cache_uri_include_override", value=cache_uri_include_override, expected_type=type_hints["cache_uri_include_override"])
            check_type(argname="argument cache_uri_pinned", value=cache_uri_pinned, expected_type=type_hints["cache_uri_pinned"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
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
        if cache_aging_rate is not None:
            self._values["cache_aging_rate"] = cache_aging_rate
        if cache_client_cache_control_mode is not None:
            self._values["cache_client_cache_control_mode"] = cache_client_cache_control_mode
        if cache_insert_age_header is not None:
            self._values["cache_insert_age_header"] = cache_insert_age_header
        if cache_max_age is not None:
            self._values["cache_max_age"] = cache_max_age
        if cache_max_entries is not None:
            self._values["cache_max_entries"] = cache_max_entries
        if cache_object_max_size is not None:
            self._values["cache_object_max_size"] = cache_object_max_size
        if cache_object_min_size is not None:
            self._values["cache_object_min_size"] = cache_object_min_size
        if cache_size is not None:
            self._values["cache_size"] = cache_size
        if cache_uri_exclude is not None:
            self._values["cache_uri_exclude"] = cache_uri_exclude
        if cache_uri_include is not None:
            self._values["cache_uri_include"] = cache_uri_include
        if cache_uri_include_override is not None:
            self._values["cache_uri_include_override"] = cache_uri_include_override
        if cache_uri_pinned is not None:
            self._values["cache_uri_pinned"] = cache_uri_pinned
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if id is not None:
            self._values["id"] = id

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
        '''Name of the Web Acceleration profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#name LtmProfileWebAcceleration#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cache_aging_rate(self) -> typing.Optional[jsii.Number]:
        '''Specifies how quickly the system ages a cache entry.

        The aging rate ranges from 0 (slowest aging) to 10 (fastest aging). The default value is 9.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_aging_rate LtmProfileWebAcceleration#cache_aging_rate}
        '''
        result = self._values.get("cache_aging_rate")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cache_client_cache_control_mode(self) -> typing.Optional[builtins.str]:
        '''Specifies which cache disabling headers sent by clients the system ignores. The default value is all.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_client_cache_control_mode LtmProfileWebAcceleration#cache_client_cache_control_mode}
        '''
        result = self._values.get("cache_client_cache_control_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cache_insert_age_header(self) -> typing.Optional[builtins.str]:
        '''Inserts Age and Date headers in the response. The default value is enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_insert_age_header LtmProfileWebAcceleration#cache_insert_age_header}
        '''
        result = self._values.get("cache_insert_age_header")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cache_max_age(self) -> typing.Optional[jsii.Number]:
        '''Specifies how long the system considers the cached content to be valid. The default value is 3600 seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_max_age LtmProfileWebAcceleration#cache_max_age}
        '''
        result = self._values.get("cache_max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cache_max_entries(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum number of entries that can be in the cache.

        The default value is 0 (zero), which means that the system does not limit the maximum entries.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_max_entries LtmProfileWebAcceleration#cache_max_entries}
        '''
        result = self._values.get("cache_max_entries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cache_object_max_size(self) -> typing.Optional[jsii.Number]:
        '''Specifies the largest object that the system considers eligible for caching. The default value is 50000 bytes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_object_max_size LtmProfileWebAcceleration#cache_object_max_size}
        '''
        result = self._values.get("cache_object_max_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cache_object_min_size(self) -> typing.Optional[jsii.Number]:
        '''Specifies the smallest object that the system considers eligible for caching. The default value is 500 bytes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_object_min_size LtmProfileWebAcceleration#cache_object_min_size}
        '''
        result = self._values.get("cache_object_min_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cache_size(self) -> typing.Optional[jsii.Number]:
        '''Specifies the maximum size for the cache.

        When the cache reaches the maximum size, the system starts removing the oldest entries. The default value is 100 megabytes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_size LtmProfileWebAcceleration#cache_size}
        '''
        result = self._values.get("cache_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cache_uri_exclude(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Configures a list of URIs to exclude from the cache.

        The default value of none specifies no URIs are excluded.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_exclude LtmProfileWebAcceleration#cache_uri_exclude}
        '''
        result = self._values.get("cache_uri_exclude")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cache_uri_include(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Configures a list of URIs to include in the cache.

        The default value of .* specifies that all URIs are cacheable.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_include LtmProfileWebAcceleration#cache_uri_include}
        '''
        result = self._values.get("cache_uri_include")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cache_uri_include_override(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Configures a list of URIs to include in the cache even if they would normally be excluded due to factors like object size or HTTP request type.

        The default value of none specifies no URIs are to be forced into the cache.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_include_override LtmProfileWebAcceleration#cache_uri_include_override}
        '''
        result = self._values.get("cache_uri_include_override")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cache_uri_pinned(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Configures a list of URIs to keep in the cache.

        The pinning process keeps URIs in cache when they would normally be evicted to make room for more active URIs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#cache_uri_pinned LtmProfileWebAcceleration#cache_uri_pinned}
        '''
        result = self._values.get("cache_uri_pinned")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Specifies the profile that you want to use as the parent profile.

        Your new profile inherits all settings and values from the parent profile specified.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#defaults_from LtmProfileWebAcceleration#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_web_acceleration#id LtmProfileWebAcceleration#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileWebAccelerationConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmProfileWebAcceleration",
    "LtmProfileWebAccelerationConfig",
]

publication.publish()

def _typecheckingstub__f0277da247805bc307a2741dc68dedb1fa992cdd45d78b8470a53965ae03de88(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    cache_aging_rate: typing.Optional[jsii.Number] = None,
    cache_client_cache_control_mode: typing.Optional[builtins.str] = None,
    cache_insert_age_header: typing.Optional[builtins.str] = None,
    cache_max_age: typing.Optional[jsii.Number] = None,
    cache_max_entries: typing.Optional[jsii.Number] = None,
    cache_object_max_size: typing.Optional[jsii.Number] = None,
    cache_object_min_size: typing.Optional[jsii.Number] = None,
    cache_size: typing.Optional[jsii.Number] = None,
    cache_uri_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
    cache_uri_include: typing.Optional[typing.Sequence[builtins.str]] = None,
    cache_uri_include_override: typing.Optional[typing.Sequence[builtins.str]] = None,
    cache_uri_pinned: typing.Optional[typing.Sequence[builtins.str]] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__d6c79d52bd21da95dd4d2ce826628cc8ec765f7e02c7271871320053fc56f508(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20783d580ce49752130606ae99ff1ea049d5d1324ef5c8187d56db37c76d2cea(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bcae357ce7793ba4252f36f67427ab503368965da5445fad50030eb072f38416(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__064f0fbcd90a8585705e3f3130644551dec7bd30fe6003e1f764fc2d46a9f4ea(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b22a7a104e53320cb76988fff09cb8b79b858bcbdcf1ed578d6784f2baf8f552(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5ba6501920dbb5951a69bf0e27f6fd9aeed5f6944e670648139e1ed2891c3a7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f6a95ff5cf9a5c6217edca6d853f4f2214cd7a902f9dc6d0beec1a2b6864f8c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bea7686bdb9bfe223f9f7ba7dac0fb51989d0cdeb2c3103aa71df94c5630569(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a617413754607008807b53fbe1d7a19233216737d7c337f3bc7c49a8d73dd5ef(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40f711e4d9ad98d0cd5961fc744d1e23e595c1637821b3a02081b56011abbb73(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa33ff46208005b988994089ea92cbb9ef66081e9d16b283be4bbc0921faed24(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe1a3be9b398977d0e893926898791915a4c1f86a16b3ce499aac7d0e6609e43(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a91ad332b1687aac8f550dea6280e0e82e0fc7ddc4f66bcd96f4bd3decf7d804(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f7604a79fd5de82dd1a1374badc4a7f13b0be6062fc1d50f7b5d7ffea453ccf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5f4b741a8181af241ee460a57d090230943e2c3ee737ffd7f6084750094bbd8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d154e450ec12aa8ecac543e6f8d2d3f604fd1d51bd941905a91c3e46333bbb4f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad10fd97d7380af331b7a52eb7f60d537a1931ad589ab0ca02188ad5f6e61677(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    cache_aging_rate: typing.Optional[jsii.Number] = None,
    cache_client_cache_control_mode: typing.Optional[builtins.str] = None,
    cache_insert_age_header: typing.Optional[builtins.str] = None,
    cache_max_age: typing.Optional[jsii.Number] = None,
    cache_max_entries: typing.Optional[jsii.Number] = None,
    cache_object_max_size: typing.Optional[jsii.Number] = None,
    cache_object_min_size: typing.Optional[jsii.Number] = None,
    cache_size: typing.Optional[jsii.Number] = None,
    cache_uri_exclude: typing.Optional[typing.Sequence[builtins.str]] = None,
    cache_uri_include: typing.Optional[typing.Sequence[builtins.str]] = None,
    cache_uri_include_override: typing.Optional[typing.Sequence[builtins.str]] = None,
    cache_uri_pinned: typing.Optional[typing.Sequence[builtins.str]] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
