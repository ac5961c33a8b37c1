r'''
# `data_bigip_waf_entity_url`

Refer to the Terraform Registry for docs: [`data_bigip_waf_entity_url`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url).
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


class DataBigipWafEntityUrl(
    _cdktf_9a9027ec.TerraformDataSource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.dataBigipWafEntityUrl.DataBigipWafEntityUrl",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url bigip_waf_entity_url}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        cross_origin_requests_enforcement: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["DataBigipWafEntityUrlCrossOriginRequestsEnforcement", typing.Dict[builtins.str, typing.Any]]]]] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        method: typing.Optional[builtins.str] = None,
        method_overrides: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["DataBigipWafEntityUrlMethodOverrides", typing.Dict[builtins.str, typing.Any]]]]] = None,
        perform_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        protocol: typing.Optional[builtins.str] = None,
        signature_overrides_disable: typing.Optional[typing.Sequence[jsii.Number]] = None,
        type: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url bigip_waf_entity_url} Data Source.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the URL. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#name DataBigipWafEntityUrl#name}
        :param cross_origin_requests_enforcement: cross_origin_requests_enforcement block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#cross_origin_requests_enforcement DataBigipWafEntityUrl#cross_origin_requests_enforcement}
        :param description: A description of the URL. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#description DataBigipWafEntityUrl#description}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#id DataBigipWafEntityUrl#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param method: Select a method for the URL to create an API endpoint. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#method DataBigipWafEntityUrl#method}
        :param method_overrides: method_overrides block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#method_overrides DataBigipWafEntityUrl#method_overrides}
        :param perform_staging: If true then any violation associated to the respective URL will not be enforced, and the request will not be considered illegal. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#perform_staging DataBigipWafEntityUrl#perform_staging}
        :param protocol: Specifies whether the protocol for the URL is 'http' or 'https'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#protocol DataBigipWafEntityUrl#protocol}
        :param signature_overrides_disable: List of Attack Signature Ids which are disabled for this particular URL. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#signature_overrides_disable DataBigipWafEntityUrl#signature_overrides_disable}
        :param type: Specifies whether the parameter is an 'explicit' or a 'wildcard' attribute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#type DataBigipWafEntityUrl#type}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__18c40395c6392de1eecf615d2475ca58d00f127349b7577a4e20a61133780234)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = DataBigipWafEntityUrlConfig(
            name=name,
            cross_origin_requests_enforcement=cross_origin_requests_enforcement,
            description=description,
            id=id,
            method=method,
            method_overrides=method_overrides,
            perform_staging=perform_staging,
            protocol=protocol,
            signature_overrides_disable=signature_overrides_disable,
            type=type,
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
        '''Generates CDKTF code for importing a DataBigipWafEntityUrl resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the DataBigipWafEntityUrl to import.
        :param import_from_id: The id of the existing DataBigipWafEntityUrl that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the DataBigipWafEntityUrl to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0f4980cda8bcf03ab9479ee0439a99dcf74f9665e2cb458bda019ade14322ac3)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putCrossOriginRequestsEnforcement")
    def put_cross_origin_requests_enforcement(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["DataBigipWafEntityUrlCrossOriginRequestsEnforcement", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ede67a59fe971797d501d8d9a966c79531c0bdd69066e9b41e48731d8436825)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putCrossOriginRequestsEnforcement", [value]))

    @jsii.member(jsii_name="putMethodOverrides")
    def put_method_overrides(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["DataBigipWafEntityUrlMethodOverrides", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__192b890afa4fd8b32d4a672ed8fea4026bd5223560650142dceec9929d292d2b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putMethodOverrides", [value]))

    @jsii.member(jsii_name="resetCrossOriginRequestsEnforcement")
    def reset_cross_origin_requests_enforcement(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCrossOriginRequestsEnforcement", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetMethod")
    def reset_method(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMethod", []))

    @jsii.member(jsii_name="resetMethodOverrides")
    def reset_method_overrides(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMethodOverrides", []))

    @jsii.member(jsii_name="resetPerformStaging")
    def reset_perform_staging(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPerformStaging", []))

    @jsii.member(jsii_name="resetProtocol")
    def reset_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProtocol", []))

    @jsii.member(jsii_name="resetSignatureOverridesDisable")
    def reset_signature_overrides_disable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSignatureOverridesDisable", []))

    @jsii.member(jsii_name="resetType")
    def reset_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetType", []))

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
    @jsii.member(jsii_name="crossOriginRequestsEnforcement")
    def cross_origin_requests_enforcement(
        self,
    ) -> "DataBigipWafEntityUrlCrossOriginRequestsEnforcementList":
        return typing.cast("DataBigipWafEntityUrlCrossOriginRequestsEnforcementList", jsii.get(self, "crossOriginRequestsEnforcement"))

    @builtins.property
    @jsii.member(jsii_name="json")
    def json(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "json"))

    @builtins.property
    @jsii.member(jsii_name="methodOverrides")
    def method_overrides(self) -> "DataBigipWafEntityUrlMethodOverridesList":
        return typing.cast("DataBigipWafEntityUrlMethodOverridesList", jsii.get(self, "methodOverrides"))

    @builtins.property
    @jsii.member(jsii_name="crossOriginRequestsEnforcementInput")
    def cross_origin_requests_enforcement_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["DataBigipWafEntityUrlCrossOriginRequestsEnforcement"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["DataBigipWafEntityUrlCrossOriginRequestsEnforcement"]]], jsii.get(self, "crossOriginRequestsEnforcementInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="methodInput")
    def method_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "methodInput"))

    @builtins.property
    @jsii.member(jsii_name="methodOverridesInput")
    def method_overrides_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["DataBigipWafEntityUrlMethodOverrides"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["DataBigipWafEntityUrlMethodOverrides"]]], jsii.get(self, "methodOverridesInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="performStagingInput")
    def perform_staging_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "performStagingInput"))

    @builtins.property
    @jsii.member(jsii_name="protocolInput")
    def protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "protocolInput"))

    @builtins.property
    @jsii.member(jsii_name="signatureOverridesDisableInput")
    def signature_overrides_disable_input(
        self,
    ) -> typing.Optional[typing.List[jsii.Number]]:
        return typing.cast(typing.Optional[typing.List[jsii.Number]], jsii.get(self, "signatureOverridesDisableInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__53d90d7e5d06d4112cf568e373e77d752c32df03175de32ff7bfe57afbb1c090)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dcc142d794fbca35725c09c0bcf2fcd21e10485f45ee2829ab8c191f97ae157b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="method")
    def method(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "method"))

    @method.setter
    def method(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__15c5400fa9b4ae5ff5281a2455fc12572752a1230107b3bfe167ccff7555b9b9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "method", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3d8081baa82406738b85c62cf8c8c966d10e169c77c9292162925ad4c3798eaa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="performStaging")
    def perform_staging(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "performStaging"))

    @perform_staging.setter
    def perform_staging(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b251dd6f55426acb50b7516f64bd7632a70e35fc098dc76f763a2707041c874)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "performStaging", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protocol")
    def protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "protocol"))

    @protocol.setter
    def protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a0d00be67145f1fbb82eaf8b7ccfee5c851ca0ff52785ea96371e3df83fc383)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signatureOverridesDisable")
    def signature_overrides_disable(self) -> typing.List[jsii.Number]:
        return typing.cast(typing.List[jsii.Number], jsii.get(self, "signatureOverridesDisable"))

    @signature_overrides_disable.setter
    def signature_overrides_disable(self, value: typing.List[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f1b3308447d74f448fa780a4183ef71d77a6627b16b6377fdf0ad9bcf231a90)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signatureOverridesDisable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c6628a4f7d9ca1a0bb8dfcc32c7a89c1ce61ce5c2b6d6bafd7da4e8435d0b3a8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.dataBigipWafEntityUrl.DataBigipWafEntityUrlConfig",
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
        "cross_origin_requests_enforcement": "crossOriginRequestsEnforcement",
        "description": "description",
        "id": "id",
        "method": "method",
        "method_overrides": "methodOverrides",
        "perform_staging": "performStaging",
        "protocol": "protocol",
        "signature_overrides_disable": "signatureOverridesDisable",
        "type": "type",
    },
)
class DataBigipWafEntityUrlConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        cross_origin_requests_enforcement: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["DataBigipWafEntityUrlCrossOriginRequestsEnforcement", typing.Dict[builtins.str, typing.Any]]]]] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        method: typing.Optional[builtins.str] = None,
        method_overrides: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["DataBigipWafEntityUrlMethodOverrides", typing.Dict[builtins.str, typing.Any]]]]] = None,
        perform_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        protocol: typing.Optional[builtins.str] = None,
        signature_overrides_disable: typing.Optional[typing.Sequence[jsii.Number]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the URL. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#name DataBigipWafEntityUrl#name}
        :param cross_origin_requests_enforcement: cross_origin_requests_enforcement block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#cross_origin_requests_enforcement DataBigipWafEntityUrl#cross_origin_requests_enforcement}
        :param description: A description of the URL. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#description DataBigipWafEntityUrl#description}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#id DataBigipWafEntityUrl#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param method: Select a method for the URL to create an API endpoint. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#method DataBigipWafEntityUrl#method}
        :param method_overrides: method_overrides block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#method_overrides DataBigipWafEntityUrl#method_overrides}
        :param perform_staging: If true then any violation associated to the respective URL will not be enforced, and the request will not be considered illegal. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#perform_staging DataBigipWafEntityUrl#perform_staging}
        :param protocol: Specifies whether the protocol for the URL is 'http' or 'https'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#protocol DataBigipWafEntityUrl#protocol}
        :param signature_overrides_disable: List of Attack Signature Ids which are disabled for this particular URL. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#signature_overrides_disable DataBigipWafEntityUrl#signature_overrides_disable}
        :param type: Specifies whether the parameter is an 'explicit' or a 'wildcard' attribute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#type DataBigipWafEntityUrl#type}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__25dfaee3c8fe1c32ffb9ff37bbce36d8b12b68f7f9b73a5ef1c2cb4d171f6a59)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument cross_origin_requests_enforcement", value=cross_origin_requests_enforcement, expected_type=type_hints["cross_origin_requests_enforcement"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument method_overrides", value=method_overrides, expected_type=type_hints["method_overrides"])
            check_type(argname="argument perform_staging", value=perform_staging, expected_type=type_hints["perform_staging"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument signature_overrides_disable", value=signature_overrides_disable, expected_type=type_hints["signature_overrides_disable"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
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
        if cross_origin_requests_enforcement is not None:
            self._values["cross_origin_requests_enforcement"] = cross_origin_requests_enforcement
        if description is not None:
            self._values["description"] = description
        if id is not None:
            self._values["id"] = id
        if method is not None:
            self._values["method"] = method
        if method_overrides is not None:
            self._values["method_overrides"] = method_overrides
        if perform_staging is not None:
            self._values["perform_staging"] = perform_staging
        if protocol is not None:
            self._values["protocol"] = protocol
        if signature_overrides_disable is not None:
            self._values["signature_overrides_disable"] = signature_overrides_disable
        if type is not None:
            self._values["type"] = type

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
        '''Name of the URL.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#name DataBigipWafEntityUrl#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cross_origin_requests_enforcement(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["DataBigipWafEntityUrlCrossOriginRequestsEnforcement"]]]:
        '''cross_origin_requests_enforcement block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#cross_origin_requests_enforcement DataBigipWafEntityUrl#cross_origin_requests_enforcement}
        '''
        result = self._values.get("cross_origin_requests_enforcement")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["DataBigipWafEntityUrlCrossOriginRequestsEnforcement"]]], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''A description of the URL.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#description DataBigipWafEntityUrl#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#id DataBigipWafEntityUrl#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''Select a method for the URL to create an API endpoint.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#method DataBigipWafEntityUrl#method}
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def method_overrides(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["DataBigipWafEntityUrlMethodOverrides"]]]:
        '''method_overrides block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#method_overrides DataBigipWafEntityUrl#method_overrides}
        '''
        result = self._values.get("method_overrides")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["DataBigipWafEntityUrlMethodOverrides"]]], result)

    @builtins.property
    def perform_staging(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''If true then any violation associated to the respective URL will not be enforced, and the request will not be considered illegal.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#perform_staging DataBigipWafEntityUrl#perform_staging}
        '''
        result = self._values.get("perform_staging")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the protocol for the URL is 'http' or 'https'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#protocol DataBigipWafEntityUrl#protocol}
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def signature_overrides_disable(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''List of Attack Signature Ids which are disabled for this particular URL.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#signature_overrides_disable DataBigipWafEntityUrl#signature_overrides_disable}
        '''
        result = self._values.get("signature_overrides_disable")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the parameter is an 'explicit' or a 'wildcard' attribute.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#type DataBigipWafEntityUrl#type}
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataBigipWafEntityUrlConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.dataBigipWafEntityUrl.DataBigipWafEntityUrlCrossOriginRequestsEnforcement",
    jsii_struct_bases=[],
    name_mapping={
        "origin_name": "originName",
        "origin_port": "originPort",
        "origin_protocol": "originProtocol",
        "include_subdomains": "includeSubdomains",
    },
)
class DataBigipWafEntityUrlCrossOriginRequestsEnforcement:
    def __init__(
        self,
        *,
        origin_name: builtins.str,
        origin_port: builtins.str,
        origin_protocol: builtins.str,
        include_subdomains: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param origin_name: Specifies the name of the origin with which you want to share your data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#origin_name DataBigipWafEntityUrl#origin_name}
        :param origin_port: Specifies the port that other web applications are allowed to use to request data from your web application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#origin_port DataBigipWafEntityUrl#origin_port}
        :param origin_protocol: Specifies the protocol that other web applications are allowed to use to request data from your web application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#origin_protocol DataBigipWafEntityUrl#origin_protocol}
        :param include_subdomains: Specifies whether the subdomains are allowed to receive data from the web application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#include_subdomains DataBigipWafEntityUrl#include_subdomains}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c32388ad1f26d4911b28c85423905c7a20b763c91553fb32cc3ac66a332c765)
            check_type(argname="argument origin_name", value=origin_name, expected_type=type_hints["origin_name"])
            check_type(argname="argument origin_port", value=origin_port, expected_type=type_hints["origin_port"])
            check_type(argname="argument origin_protocol", value=origin_protocol, expected_type=type_hints["origin_protocol"])
            check_type(argname="argument include_subdomains", value=include_subdomains, expected_type=type_hints["include_subdomains"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "origin_name": origin_name,
            "origin_port": origin_port,
            "origin_protocol": origin_protocol,
        }
        if include_subdomains is not None:
            self._values["include_subdomains"] = include_subdomains

    @builtins.property
    def origin_name(self) -> builtins.str:
        '''Specifies the name of the origin with which you want to share your data.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#origin_name DataBigipWafEntityUrl#origin_name}
        '''
        result = self._values.get("origin_name")
        assert result is not None, "Required property 'origin_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def origin_port(self) -> builtins.str:
        '''Specifies the port that other web applications are allowed to use to request data from your web application.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#origin_port DataBigipWafEntityUrl#origin_port}
        '''
        result = self._values.get("origin_port")
        assert result is not None, "Required property 'origin_port' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def origin_protocol(self) -> builtins.str:
        '''Specifies the protocol that other web applications are allowed to use to request data from your web application.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#origin_protocol DataBigipWafEntityUrl#origin_protocol}
        '''
        result = self._values.get("origin_protocol")
        assert result is not None, "Required property 'origin_protocol' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def include_subdomains(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Specifies whether the subdomains are allowed to receive data from the web application.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#include_subdomains DataBigipWafEntityUrl#include_subdomains}
        '''
        result = self._values.get("include_subdomains")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataBigipWafEntityUrlCrossOriginRequestsEnforcement(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataBigipWafEntityUrlCrossOriginRequestsEnforcementList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.dataBigipWafEntityUrl.DataBigipWafEntityUrlCrossOriginRequestsEnforcementList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b9765b8c99518e992cd957086aa9cbd1881d3d91bebd6460914cd7a71f89fb9e)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataBigipWafEntityUrlCrossOriginRequestsEnforcementOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a6f18de86000ecf69e166a2ce12e506905887897ce04ff46ab905dd9d6e533bb)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataBigipWafEntityUrlCrossOriginRequestsEnforcementOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__078619a511f9b3481c2db692092b1f9a43fb453e99088085bebc4d237fcb8395)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ade275868e2ed8719c240ecee1971d1593762f366933d8ed531675479a93b602)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0217bf396728d576851860cbce406a53c7a748e85d31c82d11c61b17bc1f4abe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[DataBigipWafEntityUrlCrossOriginRequestsEnforcement]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[DataBigipWafEntityUrlCrossOriginRequestsEnforcement]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[DataBigipWafEntityUrlCrossOriginRequestsEnforcement]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b77ee4ed4eb02600ed3d20afd2886076366bb0b141f22c85873cf633ab1a174)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class DataBigipWafEntityUrlCrossOriginRequestsEnforcementOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.dataBigipWafEntityUrl.DataBigipWafEntityUrlCrossOriginRequestsEnforcementOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__320224f72d82075a9a234501181dd5e45ade9fee722fe9879dccf30e81bb6898)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetIncludeSubdomains")
    def reset_include_subdomains(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIncludeSubdomains", []))

    @builtins.property
    @jsii.member(jsii_name="includeSubdomainsInput")
    def include_subdomains_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "includeSubdomainsInput"))

    @builtins.property
    @jsii.member(jsii_name="originNameInput")
    def origin_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "originNameInput"))

    @builtins.property
    @jsii.member(jsii_name="originPortInput")
    def origin_port_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "originPortInput"))

    @builtins.property
    @jsii.member(jsii_name="originProtocolInput")
    def origin_protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "originProtocolInput"))

    @builtins.property
    @jsii.member(jsii_name="includeSubdomains")
    def include_subdomains(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "includeSubdomains"))

    @include_subdomains.setter
    def include_subdomains(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__933c9033ff3dfd48b2d6d7dfa279aca24554f3b8a947143a05e488b39d5da395)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "includeSubdomains", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="originName")
    def origin_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "originName"))

    @origin_name.setter
    def origin_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__45bf6ed248b8fa414b94f2542f208f567b9a42a0477e8a8e28377555d883ce23)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "originName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="originPort")
    def origin_port(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "originPort"))

    @origin_port.setter
    def origin_port(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a5aaabdd2e7f98d3eb99c6b182cbb7eeaeff31047e7cdb2b70ca8cc39ca5a5f2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "originPort", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="originProtocol")
    def origin_protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "originProtocol"))

    @origin_protocol.setter
    def origin_protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bb997b4cc3e2f19661029f41116c2691cce2b400eee339b0f2e8522fa2455185)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "originProtocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, DataBigipWafEntityUrlCrossOriginRequestsEnforcement]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, DataBigipWafEntityUrlCrossOriginRequestsEnforcement]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, DataBigipWafEntityUrlCrossOriginRequestsEnforcement]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ef816fe8b43f6b820c5ede68e3385c67b6f66532b9175ec21ba0a62a161a21c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.dataBigipWafEntityUrl.DataBigipWafEntityUrlMethodOverrides",
    jsii_struct_bases=[],
    name_mapping={"allow": "allow", "method": "method"},
)
class DataBigipWafEntityUrlMethodOverrides:
    def __init__(
        self,
        *,
        allow: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
        method: builtins.str,
    ) -> None:
        '''
        :param allow: Specifies that the system allows or disallows a method for this URL. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#allow DataBigipWafEntityUrl#allow}
        :param method: Specifies an HTTP method. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#method DataBigipWafEntityUrl#method}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d8b0ebe52ae48dd6bfa7fc308fb42256d998f67b7a9b81f79a91c7990f68ce83)
            check_type(argname="argument allow", value=allow, expected_type=type_hints["allow"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "allow": allow,
            "method": method,
        }

    @builtins.property
    def allow(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        '''Specifies that the system allows or disallows a method for this URL.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#allow DataBigipWafEntityUrl#allow}
        '''
        result = self._values.get("allow")
        assert result is not None, "Required property 'allow' is missing"
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], result)

    @builtins.property
    def method(self) -> builtins.str:
        '''Specifies an HTTP method.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_url#method DataBigipWafEntityUrl#method}
        '''
        result = self._values.get("method")
        assert result is not None, "Required property 'method' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataBigipWafEntityUrlMethodOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataBigipWafEntityUrlMethodOverridesList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.dataBigipWafEntityUrl.DataBigipWafEntityUrlMethodOverridesList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f2cf1fffbe25fd7cc5b578c7991fc1a0d13f9bc8b64a1765ccdb90bedecc05a1)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataBigipWafEntityUrlMethodOverridesOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b877a4b38f14b56d97e2755c36696ecda3e24dbfed76030757677920a9f29c09)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataBigipWafEntityUrlMethodOverridesOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e7227cbb56bc6e12f5d9695176bdcdae9f1d23e5bebfb5562891391db20653b4)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0a988d3701e129fe3b5301d5b4dcbc2a140143ec054ae308932570cd8b2df0b0)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ba689f8e043480aeb5f4670072b719f9ed8f7f7467b5f3f70ea5c744dea26aae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[DataBigipWafEntityUrlMethodOverrides]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[DataBigipWafEntityUrlMethodOverrides]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[DataBigipWafEntityUrlMethodOverrides]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e4b868e18f9e33c64bafb15216cb5e5bf47ff9d2b7328b305be0d7fce4be89ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class DataBigipWafEntityUrlMethodOverridesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.dataBigipWafEntityUrl.DataBigipWafEntityUrlMethodOverridesOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__192ce1b40f09805ca8de775fcd5228bee46e73708aec6fca3198bdd4f5275ad5)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="allowInput")
    def allow_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "allowInput"))

    @builtins.property
    @jsii.member(jsii_name="methodInput")
    def method_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "methodInput"))

    @builtins.property
    @jsii.member(jsii_name="allow")
    def allow(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "allow"))

    @allow.setter
    def allow(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6c30fde23072eb9f09daafbb7b63da6a7e6d5bd33f88d666c5db5a092ee977db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allow", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="method")
    def method(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "method"))

    @method.setter
    def method(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__32ed5896836f3043a2fe989e86fd71299db51f8e46d8a6a2674164f835f6ea61)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "method", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, DataBigipWafEntityUrlMethodOverrides]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, DataBigipWafEntityUrlMethodOverrides]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, DataBigipWafEntityUrlMethodOverrides]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__77bddacd3f788f06567ed8becca72b6c52fcb59e8b434462d9439b4907238718)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "DataBigipWafEntityUrl",
    "DataBigipWafEntityUrlConfig",
    "DataBigipWafEntityUrlCrossOriginRequestsEnforcement",
    "DataBigipWafEntityUrlCrossOriginRequestsEnforcementList",
    "DataBigipWafEntityUrlCrossOriginRequestsEnforcementOutputReference",
    "DataBigipWafEntityUrlMethodOverrides",
    "DataBigipWafEntityUrlMethodOverridesList",
    "DataBigipWafEntityUrlMethodOverridesOutputReference",
]

publication.publish()

def _typecheckingstub__18c40395c6392de1eecf615d2475ca58d00f127349b7577a4e20a61133780234(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    cross_origin_requests_enforcement: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[DataBigipWafEntityUrlCrossOriginRequestsEnforcement, typing.Dict[builtins.str, typing.Any]]]]] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    method: typing.Optional[builtins.str] = None,
    method_overrides: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[DataBigipWafEntityUrlMethodOverrides, typing.Dict[builtins.str, typing.Any]]]]] = None,
    perform_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    protocol: typing.Optional[builtins.str] = None,
    signature_overrides_disable: typing.Optional[typing.Sequence[jsii.Number]] = None,
    type: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__0f4980cda8bcf03ab9479ee0439a99dcf74f9665e2cb458bda019ade14322ac3(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ede67a59fe971797d501d8d9a966c79531c0bdd69066e9b41e48731d8436825(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[DataBigipWafEntityUrlCrossOriginRequestsEnforcement, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__192b890afa4fd8b32d4a672ed8fea4026bd5223560650142dceec9929d292d2b(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[DataBigipWafEntityUrlMethodOverrides, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53d90d7e5d06d4112cf568e373e77d752c32df03175de32ff7bfe57afbb1c090(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcc142d794fbca35725c09c0bcf2fcd21e10485f45ee2829ab8c191f97ae157b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15c5400fa9b4ae5ff5281a2455fc12572752a1230107b3bfe167ccff7555b9b9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d8081baa82406738b85c62cf8c8c966d10e169c77c9292162925ad4c3798eaa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b251dd6f55426acb50b7516f64bd7632a70e35fc098dc76f763a2707041c874(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a0d00be67145f1fbb82eaf8b7ccfee5c851ca0ff52785ea96371e3df83fc383(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f1b3308447d74f448fa780a4183ef71d77a6627b16b6377fdf0ad9bcf231a90(
    value: typing.List[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6628a4f7d9ca1a0bb8dfcc32c7a89c1ce61ce5c2b6d6bafd7da4e8435d0b3a8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25dfaee3c8fe1c32ffb9ff37bbce36d8b12b68f7f9b73a5ef1c2cb4d171f6a59(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    cross_origin_requests_enforcement: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[DataBigipWafEntityUrlCrossOriginRequestsEnforcement, typing.Dict[builtins.str, typing.Any]]]]] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    method: typing.Optional[builtins.str] = None,
    method_overrides: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[DataBigipWafEntityUrlMethodOverrides, typing.Dict[builtins.str, typing.Any]]]]] = None,
    perform_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    protocol: typing.Optional[builtins.str] = None,
    signature_overrides_disable: typing.Optional[typing.Sequence[jsii.Number]] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c32388ad1f26d4911b28c85423905c7a20b763c91553fb32cc3ac66a332c765(
    *,
    origin_name: builtins.str,
    origin_port: builtins.str,
    origin_protocol: builtins.str,
    include_subdomains: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9765b8c99518e992cd957086aa9cbd1881d3d91bebd6460914cd7a71f89fb9e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6f18de86000ecf69e166a2ce12e506905887897ce04ff46ab905dd9d6e533bb(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__078619a511f9b3481c2db692092b1f9a43fb453e99088085bebc4d237fcb8395(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ade275868e2ed8719c240ecee1971d1593762f366933d8ed531675479a93b602(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0217bf396728d576851860cbce406a53c7a748e85d31c82d11c61b17bc1f4abe(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b77ee4ed4eb02600ed3d20afd2886076366bb0b141f22c85873cf633ab1a174(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[DataBigipWafEntityUrlCrossOriginRequestsEnforcement]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__320224f72d82075a9a234501181dd5e45ade9fee722fe9879dccf30e81bb6898(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__933c9033ff3dfd48b2d6d7dfa279aca24554f3b8a947143a05e488b39d5da395(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45bf6ed248b8fa414b94f2542f208f567b9a42a0477e8a8e28377555d883ce23(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5aaabdd2e7f98d3eb99c6b182cbb7eeaeff31047e7cdb2b70ca8cc39ca5a5f2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb997b4cc3e2f19661029f41116c2691cce2b400eee339b0f2e8522fa2455185(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ef816fe8b43f6b820c5ede68e3385c67b6f66532b9175ec21ba0a62a161a21c(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, DataBigipWafEntityUrlCrossOriginRequestsEnforcement]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8b0ebe52ae48dd6bfa7fc308fb42256d998f67b7a9b81f79a91c7990f68ce83(
    *,
    allow: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    method: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2cf1fffbe25fd7cc5b578c7991fc1a0d13f9bc8b64a1765ccdb90bedecc05a1(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b877a4b38f14b56d97e2755c36696ecda3e24dbfed76030757677920a9f29c09(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7227cbb56bc6e12f5d9695176bdcdae9f1d23e5bebfb5562891391db20653b4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a988d3701e129fe3b5301d5b4dcbc2a140143ec054ae308932570cd8b2df0b0(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba689f8e043480aeb5f4670072b719f9ed8f7f7467b5f3f70ea5c744dea26aae(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4b868e18f9e33c64bafb15216cb5e5bf47ff9d2b7328b305be0d7fce4be89ca(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[DataBigipWafEntityUrlMethodOverrides]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__192ce1b40f09805ca8de775fcd5228bee46e73708aec6fca3198bdd4f5275ad5(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c30fde23072eb9f09daafbb7b63da6a7e6d5bd33f88d666c5db5a092ee977db(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32ed5896836f3043a2fe989e86fd71299db51f8e46d8a6a2674164f835f6ea61(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77bddacd3f788f06567ed8becca72b6c52fcb59e8b434462d9439b4907238718(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, DataBigipWafEntityUrlMethodOverrides]],
) -> None:
    """Type checking stubs"""
    pass
