r'''
# `data_bigip_waf_entity_parameter`

Refer to the Terraform Registry for docs: [`data_bigip_waf_entity_parameter`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter).
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


class DataBigipWafEntityParameter(
    _cdktf_9a9027ec.TerraformDataSource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.dataBigipWafEntityParameter.DataBigipWafEntityParameter",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter bigip_waf_entity_parameter}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        allow_empty_type: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        allow_repeated_parameter_name: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        attack_signatures_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        check_max_value_length: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        check_min_value_length: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        data_type: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        enable_regular_expression: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        is_base64: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_cookie: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_header: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        json: typing.Optional[builtins.str] = None,
        level: typing.Optional[builtins.str] = None,
        mandatory: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        max_value_length: typing.Optional[jsii.Number] = None,
        metachars_on_parameter_value_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        min_value_length: typing.Optional[jsii.Number] = None,
        parameter_location: typing.Optional[builtins.str] = None,
        perform_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        sensitive_parameter: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        signature_overrides_disable: typing.Optional[typing.Sequence[jsii.Number]] = None,
        type: typing.Optional[builtins.str] = None,
        url: typing.Optional[typing.Union["DataBigipWafEntityParameterUrl", typing.Dict[builtins.str, typing.Any]]] = None,
        value_type: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter bigip_waf_entity_parameter} Data Source.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the Entity Parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#name DataBigipWafEntityParameter#name}
        :param allow_empty_type: Determines whether an empty value is allowed for a parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#allow_empty_type DataBigipWafEntityParameter#allow_empty_type}
        :param allow_repeated_parameter_name: Determines whether multiple parameter instances with the same name are allowed in one request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#allow_repeated_parameter_name DataBigipWafEntityParameter#allow_repeated_parameter_name}
        :param attack_signatures_check: Determines whether attack signatures and threat campaigns must be detected in a parameter's value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#attack_signatures_check DataBigipWafEntityParameter#attack_signatures_check}
        :param check_max_value_length: Determines whether a parameter has a restricted maximum length for value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#check_max_value_length DataBigipWafEntityParameter#check_max_value_length}
        :param check_min_value_length: Determines whether a parameter has a restricted minimum length for value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#check_min_value_length DataBigipWafEntityParameter#check_min_value_length}
        :param data_type: Specifies data type of parameter's value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#data_type DataBigipWafEntityParameter#data_type}
        :param description: Description of the entity parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#description DataBigipWafEntityParameter#description}
        :param enable_regular_expression: Determines whether the parameter value includes the pattern defined in regularExpression. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#enable_regular_expression DataBigipWafEntityParameter#enable_regular_expression}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#id DataBigipWafEntityParameter#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_base64: Determines whether a parameter’s value contains a Base64 encoded string. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#is_base64 DataBigipWafEntityParameter#is_base64}
        :param is_cookie: Determines whether a parameter is located in the value of Cookie header. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#is_cookie DataBigipWafEntityParameter#is_cookie}
        :param is_header: Determines whether a parameter is located in headers as one of the headers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#is_header DataBigipWafEntityParameter#is_header}
        :param json: The JSON for WAF Entity Parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#json DataBigipWafEntityParameter#json}
        :param level: Specifies whether the parameter is associated with a URL, a flow, or neither. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#level DataBigipWafEntityParameter#level}
        :param mandatory: Determines whether a parameter must exist in the request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#mandatory DataBigipWafEntityParameter#mandatory}
        :param max_value_length: Maximum length for value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#max_value_length DataBigipWafEntityParameter#max_value_length}
        :param metachars_on_parameter_value_check: Determines whether disallowed metacharacters must be detected in a parameter’s value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#metachars_on_parameter_value_check DataBigipWafEntityParameter#metachars_on_parameter_value_check}
        :param min_value_length: Minimum length for value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#min_value_length DataBigipWafEntityParameter#min_value_length}
        :param parameter_location: Specifies location of parameter in request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#parameter_location DataBigipWafEntityParameter#parameter_location}
        :param perform_staging: Determines the staging state of a parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#perform_staging DataBigipWafEntityParameter#perform_staging}
        :param sensitive_parameter: Determines whether a parameter is sensitive and must be not visible in logs nor in the user interface. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#sensitive_parameter DataBigipWafEntityParameter#sensitive_parameter}
        :param signature_overrides_disable: List of Attack Signature Ids which are disabled for this particular parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#signature_overrides_disable DataBigipWafEntityParameter#signature_overrides_disable}
        :param type: Specifies whether the parameter is an explicit or a wildcard attribute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#type DataBigipWafEntityParameter#type}
        :param url: url block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#url DataBigipWafEntityParameter#url}
        :param value_type: Specify the valid type for the value of the attribute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#value_type DataBigipWafEntityParameter#value_type}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2aa0b0723751367f95e89b8270bce3efb14737df3892e95bc7e9293a1fb39382)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = DataBigipWafEntityParameterConfig(
            name=name,
            allow_empty_type=allow_empty_type,
            allow_repeated_parameter_name=allow_repeated_parameter_name,
            attack_signatures_check=attack_signatures_check,
            check_max_value_length=check_max_value_length,
            check_min_value_length=check_min_value_length,
            data_type=data_type,
            description=description,
            enable_regular_expression=enable_regular_expression,
            id=id,
            is_base64=is_base64,
            is_cookie=is_cookie,
            is_header=is_header,
            json=json,
            level=level,
            mandatory=mandatory,
            max_value_length=max_value_length,
            metachars_on_parameter_value_check=metachars_on_parameter_value_check,
            min_value_length=min_value_length,
            parameter_location=parameter_location,
            perform_staging=perform_staging,
            sensitive_parameter=sensitive_parameter,
            signature_overrides_disable=signature_overrides_disable,
            type=type,
            url=url,
            value_type=value_type,
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
        '''Generates CDKTF code for importing a DataBigipWafEntityParameter resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the DataBigipWafEntityParameter to import.
        :param import_from_id: The id of the existing DataBigipWafEntityParameter that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the DataBigipWafEntityParameter to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7dc2895bbe5a205835a906cd7d63be2f309349e8307f493c806dac63ff83de8)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putUrl")
    def put_url(
        self,
        *,
        method: builtins.str,
        name: builtins.str,
        protocol: builtins.str,
        type: builtins.str,
    ) -> None:
        '''
        :param method: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#method DataBigipWafEntityParameter#method}.
        :param name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#name DataBigipWafEntityParameter#name}.
        :param protocol: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#protocol DataBigipWafEntityParameter#protocol}.
        :param type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#type DataBigipWafEntityParameter#type}.
        '''
        value = DataBigipWafEntityParameterUrl(
            method=method, name=name, protocol=protocol, type=type
        )

        return typing.cast(None, jsii.invoke(self, "putUrl", [value]))

    @jsii.member(jsii_name="resetAllowEmptyType")
    def reset_allow_empty_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowEmptyType", []))

    @jsii.member(jsii_name="resetAllowRepeatedParameterName")
    def reset_allow_repeated_parameter_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowRepeatedParameterName", []))

    @jsii.member(jsii_name="resetAttackSignaturesCheck")
    def reset_attack_signatures_check(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAttackSignaturesCheck", []))

    @jsii.member(jsii_name="resetCheckMaxValueLength")
    def reset_check_max_value_length(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCheckMaxValueLength", []))

    @jsii.member(jsii_name="resetCheckMinValueLength")
    def reset_check_min_value_length(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCheckMinValueLength", []))

    @jsii.member(jsii_name="resetDataType")
    def reset_data_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDataType", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetEnableRegularExpression")
    def reset_enable_regular_expression(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableRegularExpression", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIsBase64")
    def reset_is_base64(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsBase64", []))

    @jsii.member(jsii_name="resetIsCookie")
    def reset_is_cookie(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsCookie", []))

    @jsii.member(jsii_name="resetIsHeader")
    def reset_is_header(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsHeader", []))

    @jsii.member(jsii_name="resetJson")
    def reset_json(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetJson", []))

    @jsii.member(jsii_name="resetLevel")
    def reset_level(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLevel", []))

    @jsii.member(jsii_name="resetMandatory")
    def reset_mandatory(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMandatory", []))

    @jsii.member(jsii_name="resetMaxValueLength")
    def reset_max_value_length(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxValueLength", []))

    @jsii.member(jsii_name="resetMetacharsOnParameterValueCheck")
    def reset_metachars_on_parameter_value_check(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMetacharsOnParameterValueCheck", []))

    @jsii.member(jsii_name="resetMinValueLength")
    def reset_min_value_length(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMinValueLength", []))

    @jsii.member(jsii_name="resetParameterLocation")
    def reset_parameter_location(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetParameterLocation", []))

    @jsii.member(jsii_name="resetPerformStaging")
    def reset_perform_staging(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPerformStaging", []))

    @jsii.member(jsii_name="resetSensitiveParameter")
    def reset_sensitive_parameter(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSensitiveParameter", []))

    @jsii.member(jsii_name="resetSignatureOverridesDisable")
    def reset_signature_overrides_disable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSignatureOverridesDisable", []))

    @jsii.member(jsii_name="resetType")
    def reset_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetType", []))

    @jsii.member(jsii_name="resetUrl")
    def reset_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUrl", []))

    @jsii.member(jsii_name="resetValueType")
    def reset_value_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetValueType", []))

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
    @jsii.member(jsii_name="url")
    def url(self) -> "DataBigipWafEntityParameterUrlOutputReference":
        return typing.cast("DataBigipWafEntityParameterUrlOutputReference", jsii.get(self, "url"))

    @builtins.property
    @jsii.member(jsii_name="allowEmptyTypeInput")
    def allow_empty_type_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "allowEmptyTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="allowRepeatedParameterNameInput")
    def allow_repeated_parameter_name_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "allowRepeatedParameterNameInput"))

    @builtins.property
    @jsii.member(jsii_name="attackSignaturesCheckInput")
    def attack_signatures_check_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "attackSignaturesCheckInput"))

    @builtins.property
    @jsii.member(jsii_name="checkMaxValueLengthInput")
    def check_max_value_length_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "checkMaxValueLengthInput"))

    @builtins.property
    @jsii.member(jsii_name="checkMinValueLengthInput")
    def check_min_value_length_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "checkMinValueLengthInput"))

    @builtins.property
    @jsii.member(jsii_name="dataTypeInput")
    def data_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dataTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="enableRegularExpressionInput")
    def enable_regular_expression_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableRegularExpressionInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="isBase64Input")
    def is_base64_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isBase64Input"))

    @builtins.property
    @jsii.member(jsii_name="isCookieInput")
    def is_cookie_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isCookieInput"))

    @builtins.property
    @jsii.member(jsii_name="isHeaderInput")
    def is_header_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isHeaderInput"))

    @builtins.property
    @jsii.member(jsii_name="jsonInput")
    def json_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "jsonInput"))

    @builtins.property
    @jsii.member(jsii_name="levelInput")
    def level_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "levelInput"))

    @builtins.property
    @jsii.member(jsii_name="mandatoryInput")
    def mandatory_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mandatoryInput"))

    @builtins.property
    @jsii.member(jsii_name="maxValueLengthInput")
    def max_value_length_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxValueLengthInput"))

    @builtins.property
    @jsii.member(jsii_name="metacharsOnParameterValueCheckInput")
    def metachars_on_parameter_value_check_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "metacharsOnParameterValueCheckInput"))

    @builtins.property
    @jsii.member(jsii_name="minValueLengthInput")
    def min_value_length_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "minValueLengthInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="parameterLocationInput")
    def parameter_location_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "parameterLocationInput"))

    @builtins.property
    @jsii.member(jsii_name="performStagingInput")
    def perform_staging_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "performStagingInput"))

    @builtins.property
    @jsii.member(jsii_name="sensitiveParameterInput")
    def sensitive_parameter_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "sensitiveParameterInput"))

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
    @jsii.member(jsii_name="urlInput")
    def url_input(self) -> typing.Optional["DataBigipWafEntityParameterUrl"]:
        return typing.cast(typing.Optional["DataBigipWafEntityParameterUrl"], jsii.get(self, "urlInput"))

    @builtins.property
    @jsii.member(jsii_name="valueTypeInput")
    def value_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "valueTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="allowEmptyType")
    def allow_empty_type(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "allowEmptyType"))

    @allow_empty_type.setter
    def allow_empty_type(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__833651abd10feca8d0b6ffd0266f0b4c8e67d2534ab53f090becdbd1110bd85e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowEmptyType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="allowRepeatedParameterName")
    def allow_repeated_parameter_name(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "allowRepeatedParameterName"))

    @allow_repeated_parameter_name.setter
    def allow_repeated_parameter_name(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__849d8efb256006c99b680340f237820402ff2631b996e1910a779091fac33ed5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowRepeatedParameterName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="attackSignaturesCheck")
    def attack_signatures_check(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "attackSignaturesCheck"))

    @attack_signatures_check.setter
    def attack_signatures_check(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a9d2c371f945617715aca9707bf9a9bc062279f1665b7360f8781c3ae33f3b6d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "attackSignaturesCheck", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="checkMaxValueLength")
    def check_max_value_length(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "checkMaxValueLength"))

    @check_max_value_length.setter
    def check_max_value_length(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7dc83a87d896925645770b513e4061becd5f245fc4145ce5b02e76f605d9540)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "checkMaxValueLength", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="checkMinValueLength")
    def check_min_value_length(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "checkMinValueLength"))

    @check_min_value_length.setter
    def check_min_value_length(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__539bb8bb8fb2773e1848f3be3e85990d467c4b8e05dec0d6cfcaa119009545c3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "checkMinValueLength", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dataType")
    def data_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dataType"))

    @data_type.setter
    def data_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__09353c4f94f7404e9cb66d141a9a293c08e4ae1cd614a403b717f76498d26e19)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dataType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0b908b58e4f30d2bbb527fc0e8a65cbe8a7231a2c65fe33eb26c0e3b037700ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableRegularExpression")
    def enable_regular_expression(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableRegularExpression"))

    @enable_regular_expression.setter
    def enable_regular_expression(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__85df673067826937edade49f0967dd4e36a9170d105e49a9dd395a62c4ae4457)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableRegularExpression", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ebc9fd699a08896c73b5135e335fc57b9de745092209fbb9fa4903bd1be0b0f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isBase64")
    def is_base64(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isBase64"))

    @is_base64.setter
    def is_base64(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c835967e785b783bdbeccf45ebc5238a99355d430094a183a3e9db6d89fa321d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isBase64", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isCookie")
    def is_cookie(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isCookie"))

    @is_cookie.setter
    def is_cookie(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe21a1277b287687b221a6af3ad75f5f1eb4150059c892d5888b90bb6e66c893)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isCookie", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isHeader")
    def is_header(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isHeader"))

    @is_header.setter
    def is_header(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67e509369ee5383150aa99330802bfab11f06fd223eb465468c2d7ccde58a83b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isHeader", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="json")
    def json(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "json"))

    @json.setter
    def json(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1fa41cad2a056ea37a90d6229b1930bfbe389ece6f94f4bdd46998465d2f03cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "json", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="level")
    def level(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "level"))

    @level.setter
    def level(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b17d14370a3f13ccd7b809f41d8278b1d137072b0083e94051668500b3bb3f33)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "level", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mandatory")
    def mandatory(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mandatory"))

    @mandatory.setter
    def mandatory(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__125c7ab30404b16b2d708497c99496cb18f56330e9a45c197a89b64e6b0f0457)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mandatory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxValueLength")
    def max_value_length(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxValueLength"))

    @max_value_length.setter
    def max_value_length(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__af795101645a67065049c6df8362a4918568d1b1a00b6b29421f65cf5ebf812d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxValueLength", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metacharsOnParameterValueCheck")
    def metachars_on_parameter_value_check(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "metacharsOnParameterValueCheck"))

    @metachars_on_parameter_value_check.setter
    def metachars_on_parameter_value_check(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e06cc306f222433d56bed76fd35e854ef6ea41668b69294b2e6f582193407e4a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metacharsOnParameterValueCheck", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="minValueLength")
    def min_value_length(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "minValueLength"))

    @min_value_length.setter
    def min_value_length(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__46273671fa02a8df880ad60b1bdfcac235616664aedf22139a1174507ce321af)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "minValueLength", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__659e643d36d003974f51dea3823ee74b25b797617fc498b5885c05c7e0db15f8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="parameterLocation")
    def parameter_location(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "parameterLocation"))

    @parameter_location.setter
    def parameter_location(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0cc45f46df6a8ea98f1c52b7939ff93dd6d2871618b9f83cc3b960e1e5c1f418)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "parameterLocation", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__bc2c8f91ac0604aabbf83f9ccb211d0346d56a2f180fb3f0e8011cad28b6a184)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "performStaging", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sensitiveParameter")
    def sensitive_parameter(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "sensitiveParameter"))

    @sensitive_parameter.setter
    def sensitive_parameter(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6721cdb6eb398877ab45fac3cfeedbded8aebee9d00ba43e4b472633917cb867)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sensitiveParameter", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signatureOverridesDisable")
    def signature_overrides_disable(self) -> typing.List[jsii.Number]:
        return typing.cast(typing.List[jsii.Number], jsii.get(self, "signatureOverridesDisable"))

    @signature_overrides_disable.setter
    def signature_overrides_disable(self, value: typing.List[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__922f5b05517a8b6b58b0d70e7b020d36ff5c513fca41d064dad3b787da6aa9ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signatureOverridesDisable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b7de57658a16d14ba835250952572bfe02d4734c53719c4fbeec9021c1bd35d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="valueType")
    def value_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "valueType"))

    @value_type.setter
    def value_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__26d061418cf80aa0224eaa6087c4c75b9cf73ae5c1e332bddd2c078b299ff90a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "valueType", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.dataBigipWafEntityParameter.DataBigipWafEntityParameterConfig",
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
        "allow_empty_type": "allowEmptyType",
        "allow_repeated_parameter_name": "allowRepeatedParameterName",
        "attack_signatures_check": "attackSignaturesCheck",
        "check_max_value_length": "checkMaxValueLength",
        "check_min_value_length": "checkMinValueLength",
        "data_type": "dataType",
        "description": "description",
        "enable_regular_expression": "enableRegularExpression",
        "id": "id",
        "is_base64": "isBase64",
        "is_cookie": "isCookie",
        "is_header": "isHeader",
        "json": "json",
        "level": "level",
        "mandatory": "mandatory",
        "max_value_length": "maxValueLength",
        "metachars_on_parameter_value_check": "metacharsOnParameterValueCheck",
        "min_value_length": "minValueLength",
        "parameter_location": "parameterLocation",
        "perform_staging": "performStaging",
        "sensitive_parameter": "sensitiveParameter",
        "signature_overrides_disable": "signatureOverridesDisable",
        "type": "type",
        "url": "url",
        "value_type": "valueType",
    },
)
class DataBigipWafEntityParameterConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        allow_empty_type: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        allow_repeated_parameter_name: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        attack_signatures_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        check_max_value_length: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        check_min_value_length: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        data_type: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        enable_regular_expression: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        is_base64: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_cookie: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_header: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        json: typing.Optional[builtins.str] = None,
        level: typing.Optional[builtins.str] = None,
        mandatory: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        max_value_length: typing.Optional[jsii.Number] = None,
        metachars_on_parameter_value_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        min_value_length: typing.Optional[jsii.Number] = None,
        parameter_location: typing.Optional[builtins.str] = None,
        perform_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        sensitive_parameter: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        signature_overrides_disable: typing.Optional[typing.Sequence[jsii.Number]] = None,
        type: typing.Optional[builtins.str] = None,
        url: typing.Optional[typing.Union["DataBigipWafEntityParameterUrl", typing.Dict[builtins.str, typing.Any]]] = None,
        value_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the Entity Parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#name DataBigipWafEntityParameter#name}
        :param allow_empty_type: Determines whether an empty value is allowed for a parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#allow_empty_type DataBigipWafEntityParameter#allow_empty_type}
        :param allow_repeated_parameter_name: Determines whether multiple parameter instances with the same name are allowed in one request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#allow_repeated_parameter_name DataBigipWafEntityParameter#allow_repeated_parameter_name}
        :param attack_signatures_check: Determines whether attack signatures and threat campaigns must be detected in a parameter's value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#attack_signatures_check DataBigipWafEntityParameter#attack_signatures_check}
        :param check_max_value_length: Determines whether a parameter has a restricted maximum length for value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#check_max_value_length DataBigipWafEntityParameter#check_max_value_length}
        :param check_min_value_length: Determines whether a parameter has a restricted minimum length for value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#check_min_value_length DataBigipWafEntityParameter#check_min_value_length}
        :param data_type: Specifies data type of parameter's value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#data_type DataBigipWafEntityParameter#data_type}
        :param description: Description of the entity parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#description DataBigipWafEntityParameter#description}
        :param enable_regular_expression: Determines whether the parameter value includes the pattern defined in regularExpression. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#enable_regular_expression DataBigipWafEntityParameter#enable_regular_expression}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#id DataBigipWafEntityParameter#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_base64: Determines whether a parameter’s value contains a Base64 encoded string. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#is_base64 DataBigipWafEntityParameter#is_base64}
        :param is_cookie: Determines whether a parameter is located in the value of Cookie header. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#is_cookie DataBigipWafEntityParameter#is_cookie}
        :param is_header: Determines whether a parameter is located in headers as one of the headers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#is_header DataBigipWafEntityParameter#is_header}
        :param json: The JSON for WAF Entity Parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#json DataBigipWafEntityParameter#json}
        :param level: Specifies whether the parameter is associated with a URL, a flow, or neither. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#level DataBigipWafEntityParameter#level}
        :param mandatory: Determines whether a parameter must exist in the request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#mandatory DataBigipWafEntityParameter#mandatory}
        :param max_value_length: Maximum length for value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#max_value_length DataBigipWafEntityParameter#max_value_length}
        :param metachars_on_parameter_value_check: Determines whether disallowed metacharacters must be detected in a parameter’s value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#metachars_on_parameter_value_check DataBigipWafEntityParameter#metachars_on_parameter_value_check}
        :param min_value_length: Minimum length for value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#min_value_length DataBigipWafEntityParameter#min_value_length}
        :param parameter_location: Specifies location of parameter in request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#parameter_location DataBigipWafEntityParameter#parameter_location}
        :param perform_staging: Determines the staging state of a parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#perform_staging DataBigipWafEntityParameter#perform_staging}
        :param sensitive_parameter: Determines whether a parameter is sensitive and must be not visible in logs nor in the user interface. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#sensitive_parameter DataBigipWafEntityParameter#sensitive_parameter}
        :param signature_overrides_disable: List of Attack Signature Ids which are disabled for this particular parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#signature_overrides_disable DataBigipWafEntityParameter#signature_overrides_disable}
        :param type: Specifies whether the parameter is an explicit or a wildcard attribute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#type DataBigipWafEntityParameter#type}
        :param url: url block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#url DataBigipWafEntityParameter#url}
        :param value_type: Specify the valid type for the value of the attribute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#value_type DataBigipWafEntityParameter#value_type}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(url, dict):
            url = DataBigipWafEntityParameterUrl(**url)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__83b9112d32366254b46a7039ce3513ee5b22e0e01e2239fda4019cb5d4a2692e)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument allow_empty_type", value=allow_empty_type, expected_type=type_hints["allow_empty_type"])
            check_type(argname="argument allow_repeated_parameter_name", value=allow_repeated_parameter_name, expected_type=type_hints["allow_repeated_parameter_name"])
            check_type(argname="argument attack_signatures_check", value=attack_signatures_check, expected_type=type_hints["attack_signatures_check"])
            check_type(argname="argument check_max_value_length", value=check_max_value_length, expected_type=type_hints["check_max_value_length"])
            check_type(argname="argument check_min_value_length", value=check_min_value_length, expected_type=type_hints["check_min_value_length"])
            check_type(argname="argument data_type", value=data_type, expected_type=type_hints["data_type"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument enable_regular_expression", value=enable_regular_expression, expected_type=type_hints["enable_regular_expression"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument is_base64", value=is_base64, expected_type=type_hints["is_base64"])
            check_type(argname="argument is_cookie", value=is_cookie, expected_type=type_hints["is_cookie"])
            check_type(argname="argument is_header", value=is_header, expected_type=type_hints["is_header"])
            check_type(argname="argument json", value=json, expected_type=type_hints["json"])
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument mandatory", value=mandatory, expected_type=type_hints["mandatory"])
            check_type(argname="argument max_value_length", value=max_value_length, expected_type=type_hints["max_value_length"])
            check_type(argname="argument metachars_on_parameter_value_check", value=metachars_on_parameter_value_check, expected_type=type_hints["metachars_on_parameter_value_check"])
            check_type(argname="argument min_value_length", value=min_value_length, expected_type=type_hints["min_value_length"])
            check_type(argname="argument parameter_location", value=parameter_location, expected_type=type_hints["parameter_location"])
            check_type(argname="argument perform_staging", value=perform_staging, expected_type=type_hints["perform_staging"])
            check_type(argname="argument sensitive_parameter", value=sensitive_parameter, expected_type=type_hints["sensitive_parameter"])
            check_type(argname="argument signature_overrides_disable", value=signature_overrides_disable, expected_type=type_hints["signature_overrides_disable"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument value_type", value=value_type, expected_type=type_hints["value_type"])
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
        if allow_empty_type is not None:
            self._values["allow_empty_type"] = allow_empty_type
        if allow_repeated_parameter_name is not None:
            self._values["allow_repeated_parameter_name"] = allow_repeated_parameter_name
        if attack_signatures_check is not None:
            self._values["attack_signatures_check"] = attack_signatures_check
        if check_max_value_length is not None:
            self._values["check_max_value_length"] = check_max_value_length
        if check_min_value_length is not None:
            self._values["check_min_value_length"] = check_min_value_length
        if data_type is not None:
            self._values["data_type"] = data_type
        if description is not None:
            self._values["description"] = description
        if enable_regular_expression is not None:
            self._values["enable_regular_expression"] = enable_regular_expression
        if id is not None:
            self._values["id"] = id
        if is_base64 is not None:
            self._values["is_base64"] = is_base64
        if is_cookie is not None:
            self._values["is_cookie"] = is_cookie
        if is_header is not None:
            self._values["is_header"] = is_header
        if json is not None:
            self._values["json"] = json
        if level is not None:
            self._values["level"] = level
        if mandatory is not None:
            self._values["mandatory"] = mandatory
        if max_value_length is not None:
            self._values["max_value_length"] = max_value_length
        if metachars_on_parameter_value_check is not None:
            self._values["metachars_on_parameter_value_check"] = metachars_on_parameter_value_check
        if min_value_length is not None:
            self._values["min_value_length"] = min_value_length
        if parameter_location is not None:
            self._values["parameter_location"] = parameter_location
        if perform_staging is not None:
            self._values["perform_staging"] = perform_staging
        if sensitive_parameter is not None:
            self._values["sensitive_parameter"] = sensitive_parameter
        if signature_overrides_disable is not None:
            self._values["signature_overrides_disable"] = signature_overrides_disable
        if type is not None:
            self._values["type"] = type
        if url is not None:
            self._values["url"] = url
        if value_type is not None:
            self._values["value_type"] = value_type

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
        '''Name of the Entity Parameter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#name DataBigipWafEntityParameter#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allow_empty_type(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether an empty value is allowed for a parameter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#allow_empty_type DataBigipWafEntityParameter#allow_empty_type}
        '''
        result = self._values.get("allow_empty_type")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def allow_repeated_parameter_name(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether multiple parameter instances with the same name are allowed in one request.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#allow_repeated_parameter_name DataBigipWafEntityParameter#allow_repeated_parameter_name}
        '''
        result = self._values.get("allow_repeated_parameter_name")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def attack_signatures_check(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether attack signatures and threat campaigns must be detected in a parameter's value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#attack_signatures_check DataBigipWafEntityParameter#attack_signatures_check}
        '''
        result = self._values.get("attack_signatures_check")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def check_max_value_length(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether a parameter has a restricted maximum length for value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#check_max_value_length DataBigipWafEntityParameter#check_max_value_length}
        '''
        result = self._values.get("check_max_value_length")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def check_min_value_length(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether a parameter has a restricted minimum length for value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#check_min_value_length DataBigipWafEntityParameter#check_min_value_length}
        '''
        result = self._values.get("check_min_value_length")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def data_type(self) -> typing.Optional[builtins.str]:
        '''Specifies data type of parameter's value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#data_type DataBigipWafEntityParameter#data_type}
        '''
        result = self._values.get("data_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Description of the entity parameter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#description DataBigipWafEntityParameter#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enable_regular_expression(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether the parameter value includes the pattern defined in regularExpression.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#enable_regular_expression DataBigipWafEntityParameter#enable_regular_expression}
        '''
        result = self._values.get("enable_regular_expression")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#id DataBigipWafEntityParameter#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def is_base64(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether a parameter’s value contains a Base64 encoded string.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#is_base64 DataBigipWafEntityParameter#is_base64}
        '''
        result = self._values.get("is_base64")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def is_cookie(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether a parameter is located in the value of Cookie header.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#is_cookie DataBigipWafEntityParameter#is_cookie}
        '''
        result = self._values.get("is_cookie")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def is_header(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether a parameter is located in headers as one of the headers.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#is_header DataBigipWafEntityParameter#is_header}
        '''
        result = self._values.get("is_header")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def json(self) -> typing.Optional[builtins.str]:
        '''The JSON for WAF Entity Parameter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#json DataBigipWafEntityParameter#json}
        '''
        result = self._values.get("json")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the parameter is associated with a URL, a flow, or neither.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#level DataBigipWafEntityParameter#level}
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mandatory(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether a parameter must exist in the request.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#mandatory DataBigipWafEntityParameter#mandatory}
        '''
        result = self._values.get("mandatory")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def max_value_length(self) -> typing.Optional[jsii.Number]:
        '''Maximum length for value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#max_value_length DataBigipWafEntityParameter#max_value_length}
        '''
        result = self._values.get("max_value_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def metachars_on_parameter_value_check(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether disallowed metacharacters must be detected in a parameter’s value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#metachars_on_parameter_value_check DataBigipWafEntityParameter#metachars_on_parameter_value_check}
        '''
        result = self._values.get("metachars_on_parameter_value_check")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def min_value_length(self) -> typing.Optional[jsii.Number]:
        '''Minimum length for value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#min_value_length DataBigipWafEntityParameter#min_value_length}
        '''
        result = self._values.get("min_value_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def parameter_location(self) -> typing.Optional[builtins.str]:
        '''Specifies location of parameter in request.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#parameter_location DataBigipWafEntityParameter#parameter_location}
        '''
        result = self._values.get("parameter_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def perform_staging(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines the staging state of a parameter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#perform_staging DataBigipWafEntityParameter#perform_staging}
        '''
        result = self._values.get("perform_staging")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def sensitive_parameter(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether a parameter is sensitive and must be not visible in logs nor in the user interface.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#sensitive_parameter DataBigipWafEntityParameter#sensitive_parameter}
        '''
        result = self._values.get("sensitive_parameter")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def signature_overrides_disable(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''List of Attack Signature Ids which are disabled for this particular parameter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#signature_overrides_disable DataBigipWafEntityParameter#signature_overrides_disable}
        '''
        result = self._values.get("signature_overrides_disable")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the parameter is an explicit or a wildcard attribute.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#type DataBigipWafEntityParameter#type}
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def url(self) -> typing.Optional["DataBigipWafEntityParameterUrl"]:
        '''url block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#url DataBigipWafEntityParameter#url}
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional["DataBigipWafEntityParameterUrl"], result)

    @builtins.property
    def value_type(self) -> typing.Optional[builtins.str]:
        '''Specify the valid type for the value of the attribute.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#value_type DataBigipWafEntityParameter#value_type}
        '''
        result = self._values.get("value_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataBigipWafEntityParameterConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.dataBigipWafEntityParameter.DataBigipWafEntityParameterUrl",
    jsii_struct_bases=[],
    name_mapping={
        "method": "method",
        "name": "name",
        "protocol": "protocol",
        "type": "type",
    },
)
class DataBigipWafEntityParameterUrl:
    def __init__(
        self,
        *,
        method: builtins.str,
        name: builtins.str,
        protocol: builtins.str,
        type: builtins.str,
    ) -> None:
        '''
        :param method: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#method DataBigipWafEntityParameter#method}.
        :param name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#name DataBigipWafEntityParameter#name}.
        :param protocol: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#protocol DataBigipWafEntityParameter#protocol}.
        :param type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#type DataBigipWafEntityParameter#type}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4574f4eca5d4c646ab73a588501610e0f78d0a31a60fc57015fa3d3dba37b235)
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "method": method,
            "name": name,
            "protocol": protocol,
            "type": type,
        }

    @builtins.property
    def method(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#method DataBigipWafEntityParameter#method}.'''
        result = self._values.get("method")
        assert result is not None, "Required property 'method' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#name DataBigipWafEntityParameter#name}.'''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def protocol(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#protocol DataBigipWafEntityParameter#protocol}.'''
        result = self._values.get("protocol")
        assert result is not None, "Required property 'protocol' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/waf_entity_parameter#type DataBigipWafEntityParameter#type}.'''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataBigipWafEntityParameterUrl(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataBigipWafEntityParameterUrlOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.dataBigipWafEntityParameter.DataBigipWafEntityParameterUrlOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__cfd4d1578ed69c32d36955f5f35cab6e154f2d9b2146e14e41c034afef9b5f51)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="methodInput")
    def method_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "methodInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="protocolInput")
    def protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "protocolInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="method")
    def method(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "method"))

    @method.setter
    def method(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d9a25827fe4248ed63b8fab3282069404b281b62cd68c25b242b1ed46e65630e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "method", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fbc7369d1d1b5bec90f3a0dc8c1d5c7bed993c803000190ff1779166f9b817d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protocol")
    def protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "protocol"))

    @protocol.setter
    def protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd678c42498f75146e4927358cf231797af9a9c9f82922ee91bd5fc30fef39bd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5a4c86cc89caa781e740b176018fcb9effad753fb9c072e22da1a5235a4fd28f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[DataBigipWafEntityParameterUrl]:
        return typing.cast(typing.Optional[DataBigipWafEntityParameterUrl], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataBigipWafEntityParameterUrl],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__30089221539f88ae8c495ce01ce8fa8fe1a94bc92f499cceb589446be7dd2863)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "DataBigipWafEntityParameter",
    "DataBigipWafEntityParameterConfig",
    "DataBigipWafEntityParameterUrl",
    "DataBigipWafEntityParameterUrlOutputReference",
]

publication.publish()

def _typecheckingstub__2aa0b0723751367f95e89b8270bce3efb14737df3892e95bc7e9293a1fb39382(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    allow_empty_type: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    allow_repeated_parameter_name: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    attack_signatures_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    check_max_value_length: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    check_min_value_length: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    data_type: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    enable_regular_expression: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    is_base64: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_cookie: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_header: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    json: typing.Optional[builtins.str] = None,
    level: typing.Optional[builtins.str] = None,
    mandatory: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    max_value_length: typing.Optional[jsii.Number] = None,
    metachars_on_parameter_value_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    min_value_length: typing.Optional[jsii.Number] = None,
    parameter_location: typing.Optional[builtins.str] = None,
    perform_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    sensitive_parameter: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    signature_overrides_disable: typing.Optional[typing.Sequence[jsii.Number]] = None,
    type: typing.Optional[builtins.str] = None,
    url: typing.Optional[typing.Union[DataBigipWafEntityParameterUrl, typing.Dict[builtins.str, typing.Any]]] = None,
    value_type: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__d7dc2895bbe5a205835a906cd7d63be2f309349e8307f493c806dac63ff83de8(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__833651abd10feca8d0b6ffd0266f0b4c8e67d2534ab53f090becdbd1110bd85e(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__849d8efb256006c99b680340f237820402ff2631b996e1910a779091fac33ed5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9d2c371f945617715aca9707bf9a9bc062279f1665b7360f8781c3ae33f3b6d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7dc83a87d896925645770b513e4061becd5f245fc4145ce5b02e76f605d9540(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__539bb8bb8fb2773e1848f3be3e85990d467c4b8e05dec0d6cfcaa119009545c3(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09353c4f94f7404e9cb66d141a9a293c08e4ae1cd614a403b717f76498d26e19(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b908b58e4f30d2bbb527fc0e8a65cbe8a7231a2c65fe33eb26c0e3b037700ed(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85df673067826937edade49f0967dd4e36a9170d105e49a9dd395a62c4ae4457(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ebc9fd699a08896c73b5135e335fc57b9de745092209fbb9fa4903bd1be0b0f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c835967e785b783bdbeccf45ebc5238a99355d430094a183a3e9db6d89fa321d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe21a1277b287687b221a6af3ad75f5f1eb4150059c892d5888b90bb6e66c893(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67e509369ee5383150aa99330802bfab11f06fd223eb465468c2d7ccde58a83b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fa41cad2a056ea37a90d6229b1930bfbe389ece6f94f4bdd46998465d2f03cb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b17d14370a3f13ccd7b809f41d8278b1d137072b0083e94051668500b3bb3f33(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__125c7ab30404b16b2d708497c99496cb18f56330e9a45c197a89b64e6b0f0457(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af795101645a67065049c6df8362a4918568d1b1a00b6b29421f65cf5ebf812d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e06cc306f222433d56bed76fd35e854ef6ea41668b69294b2e6f582193407e4a(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__46273671fa02a8df880ad60b1bdfcac235616664aedf22139a1174507ce321af(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__659e643d36d003974f51dea3823ee74b25b797617fc498b5885c05c7e0db15f8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cc45f46df6a8ea98f1c52b7939ff93dd6d2871618b9f83cc3b960e1e5c1f418(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc2c8f91ac0604aabbf83f9ccb211d0346d56a2f180fb3f0e8011cad28b6a184(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6721cdb6eb398877ab45fac3cfeedbded8aebee9d00ba43e4b472633917cb867(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__922f5b05517a8b6b58b0d70e7b020d36ff5c513fca41d064dad3b787da6aa9ae(
    value: typing.List[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7de57658a16d14ba835250952572bfe02d4734c53719c4fbeec9021c1bd35d6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26d061418cf80aa0224eaa6087c4c75b9cf73ae5c1e332bddd2c078b299ff90a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83b9112d32366254b46a7039ce3513ee5b22e0e01e2239fda4019cb5d4a2692e(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    allow_empty_type: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    allow_repeated_parameter_name: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    attack_signatures_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    check_max_value_length: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    check_min_value_length: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    data_type: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    enable_regular_expression: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    is_base64: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_cookie: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_header: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    json: typing.Optional[builtins.str] = None,
    level: typing.Optional[builtins.str] = None,
    mandatory: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    max_value_length: typing.Optional[jsii.Number] = None,
    metachars_on_parameter_value_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    min_value_length: typing.Optional[jsii.Number] = None,
    parameter_location: typing.Optional[builtins.str] = None,
    perform_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    sensitive_parameter: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    signature_overrides_disable: typing.Optional[typing.Sequence[jsii.Number]] = None,
    type: typing.Optional[builtins.str] = None,
    url: typing.Optional[typing.Union[DataBigipWafEntityParameterUrl, typing.Dict[builtins.str, typing.Any]]] = None,
    value_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4574f4eca5d4c646ab73a588501610e0f78d0a31a60fc57015fa3d3dba37b235(
    *,
    method: builtins.str,
    name: builtins.str,
    protocol: builtins.str,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfd4d1578ed69c32d36955f5f35cab6e154f2d9b2146e14e41c034afef9b5f51(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9a25827fe4248ed63b8fab3282069404b281b62cd68c25b242b1ed46e65630e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbc7369d1d1b5bec90f3a0dc8c1d5c7bed993c803000190ff1779166f9b817d6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd678c42498f75146e4927358cf231797af9a9c9f82922ee91bd5fc30fef39bd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a4c86cc89caa781e740b176018fcb9effad753fb9c072e22da1a5235a4fd28f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30089221539f88ae8c495ce01ce8fa8fe1a94bc92f499cceb589446be7dd2863(
    value: typing.Optional[DataBigipWafEntityParameterUrl],
) -> None:
    """Type checking stubs"""
    pass
