r'''
# `bigip_as3`

Refer to the Terraform Registry for docs: [`bigip_as3`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3).
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


class As3(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.as3.As3",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3 bigip_as3}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        application_list: typing.Optional[builtins.str] = None,
        as3_json: typing.Optional[builtins.str] = None,
        controls: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        delete_apps: typing.Optional[typing.Union["As3DeleteApps", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        ignore_metadata: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        task_id: typing.Optional[builtins.str] = None,
        tenant_filter: typing.Optional[builtins.str] = None,
        tenant_list: typing.Optional[builtins.str] = None,
        tenant_name: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3 bigip_as3} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param application_list: Application deployed through AS3 Declaration. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#application_list As3#application_list}
        :param as3_json: Full AS3 declaration as a JSON string to deploy on BIG-IP. **Mutually exclusive with ``delete_apps``**: only one of ``as3_json`` or ``delete_apps`` can be set in a resource block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#as3_json As3#as3_json}
        :param controls: Controls parameters for AS3, you can use the following parameters, dry_run, trace, trace_response, log_level, user_agent. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#controls As3#controls}
        :param delete_apps: delete_apps block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#delete_apps As3#delete_apps}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#id As3#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ignore_metadata: Set to true to ignore AS3 metadata fields (updateMode, schemaVersion, id, label, remark, persist) when comparing declarations. If the user did not define a Common tenant in their declaration, auto-created Common is also excluded from comparison. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#ignore_metadata As3#ignore_metadata}
        :param task_id: ID of AS3 post declaration async task. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#task_id As3#task_id}
        :param tenant_filter: Name of Tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_filter As3#tenant_filter}
        :param tenant_list: Name of Tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_list As3#tenant_list}
        :param tenant_name: Name of Tenant. This name is used only in the case of Per-Application Deployment. If it is not provided, then a random name would be generated. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_name As3#tenant_name}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed05a50e6d5b0b9970db506f53d926c159731cc533c87623c846a90a02c7241b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = As3Config(
            application_list=application_list,
            as3_json=as3_json,
            controls=controls,
            delete_apps=delete_apps,
            id=id,
            ignore_metadata=ignore_metadata,
            task_id=task_id,
            tenant_filter=tenant_filter,
            tenant_list=tenant_list,
            tenant_name=tenant_name,
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
        '''Generates CDKTF code for importing a As3 resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the As3 to import.
        :param import_from_id: The id of the existing As3 that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the As3 to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f52ecf7b1c52400b5cb5084ccffc5540a0385b9cc034f429071c0296060331e1)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putDeleteApps")
    def put_delete_apps(
        self,
        *,
        apps: typing.Sequence[builtins.str],
        tenant_name: builtins.str,
    ) -> None:
        '''
        :param apps: List of applications to delete from the specified tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#apps As3#apps}
        :param tenant_name: The name of the tenant for application deletion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_name As3#tenant_name}
        '''
        value = As3DeleteApps(apps=apps, tenant_name=tenant_name)

        return typing.cast(None, jsii.invoke(self, "putDeleteApps", [value]))

    @jsii.member(jsii_name="resetApplicationList")
    def reset_application_list(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetApplicationList", []))

    @jsii.member(jsii_name="resetAs3Json")
    def reset_as3_json(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAs3Json", []))

    @jsii.member(jsii_name="resetControls")
    def reset_controls(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetControls", []))

    @jsii.member(jsii_name="resetDeleteApps")
    def reset_delete_apps(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeleteApps", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIgnoreMetadata")
    def reset_ignore_metadata(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIgnoreMetadata", []))

    @jsii.member(jsii_name="resetTaskId")
    def reset_task_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTaskId", []))

    @jsii.member(jsii_name="resetTenantFilter")
    def reset_tenant_filter(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantFilter", []))

    @jsii.member(jsii_name="resetTenantList")
    def reset_tenant_list(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantList", []))

    @jsii.member(jsii_name="resetTenantName")
    def reset_tenant_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantName", []))

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
    @jsii.member(jsii_name="deleteApps")
    def delete_apps(self) -> "As3DeleteAppsOutputReference":
        return typing.cast("As3DeleteAppsOutputReference", jsii.get(self, "deleteApps"))

    @builtins.property
    @jsii.member(jsii_name="perAppMode")
    def per_app_mode(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "perAppMode"))

    @builtins.property
    @jsii.member(jsii_name="applicationListInput")
    def application_list_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "applicationListInput"))

    @builtins.property
    @jsii.member(jsii_name="as3JsonInput")
    def as3_json_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "as3JsonInput"))

    @builtins.property
    @jsii.member(jsii_name="controlsInput")
    def controls_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "controlsInput"))

    @builtins.property
    @jsii.member(jsii_name="deleteAppsInput")
    def delete_apps_input(self) -> typing.Optional["As3DeleteApps"]:
        return typing.cast(typing.Optional["As3DeleteApps"], jsii.get(self, "deleteAppsInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="ignoreMetadataInput")
    def ignore_metadata_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "ignoreMetadataInput"))

    @builtins.property
    @jsii.member(jsii_name="taskIdInput")
    def task_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "taskIdInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantFilterInput")
    def tenant_filter_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantFilterInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantListInput")
    def tenant_list_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantListInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantNameInput")
    def tenant_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantNameInput"))

    @builtins.property
    @jsii.member(jsii_name="applicationList")
    def application_list(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationList"))

    @application_list.setter
    def application_list(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__37201ca7a86f5366a1f20233aaf6f891403a130585442fafe18381927307594e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "applicationList", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="as3Json")
    def as3_json(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "as3Json"))

    @as3_json.setter
    def as3_json(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6998a852de417cd43530c51864d5a57e327d557db36f0caa8a9fbb1128897c8a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "as3Json", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="controls")
    def controls(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "controls"))

    @controls.setter
    def controls(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__27efff32a15841913ade4c259e178c54ca0ebd1daa5c1b34df47d101f97e0ed4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "controls", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c6eeeef70ed8dea43b73acc3ddb2c9395141820ea8a03716ba935ea20abcaf0c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ignoreMetadata")
    def ignore_metadata(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "ignoreMetadata"))

    @ignore_metadata.setter
    def ignore_metadata(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1e440904d04c0f5a866b959f487f13c3f5d55d57d8b6e6c78eedb17ba26f0449)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ignoreMetadata", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="taskId")
    def task_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "taskId"))

    @task_id.setter
    def task_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a7adc11735f35440b275fa86bd90228a57923befc140d74ba0bc0635dd49a26e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "taskId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantFilter")
    def tenant_filter(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantFilter"))

    @tenant_filter.setter
    def tenant_filter(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1a1b618c4313b51307c455f35bbcef9833cf786ea31c0c75cb985f36374d4844)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantFilter", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantList")
    def tenant_list(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantList"))

    @tenant_list.setter
    def tenant_list(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d8b2e6c65d76156201cd1085234a746fb8174b495825a8e0cd0359d009e72d6e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantList", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantName")
    def tenant_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantName"))

    @tenant_name.setter
    def tenant_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__50dc9bed51b6ddefe8c5c3caf7be30faf623bad60de88b26e25b3a36a1a200f6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantName", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.as3.As3Config",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "application_list": "applicationList",
        "as3_json": "as3Json",
        "controls": "controls",
        "delete_apps": "deleteApps",
        "id": "id",
        "ignore_metadata": "ignoreMetadata",
        "task_id": "taskId",
        "tenant_filter": "tenantFilter",
        "tenant_list": "tenantList",
        "tenant_name": "tenantName",
    },
)
class As3Config(_cdktf_9a9027ec.TerraformMetaArguments):
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
        application_list: typing.Optional[builtins.str] = None,
        as3_json: typing.Optional[builtins.str] = None,
        controls: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        delete_apps: typing.Optional[typing.Union["As3DeleteApps", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        ignore_metadata: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        task_id: typing.Optional[builtins.str] = None,
        tenant_filter: typing.Optional[builtins.str] = None,
        tenant_list: typing.Optional[builtins.str] = None,
        tenant_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param application_list: Application deployed through AS3 Declaration. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#application_list As3#application_list}
        :param as3_json: Full AS3 declaration as a JSON string to deploy on BIG-IP. **Mutually exclusive with ``delete_apps``**: only one of ``as3_json`` or ``delete_apps`` can be set in a resource block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#as3_json As3#as3_json}
        :param controls: Controls parameters for AS3, you can use the following parameters, dry_run, trace, trace_response, log_level, user_agent. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#controls As3#controls}
        :param delete_apps: delete_apps block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#delete_apps As3#delete_apps}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#id As3#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ignore_metadata: Set to true to ignore AS3 metadata fields (updateMode, schemaVersion, id, label, remark, persist) when comparing declarations. If the user did not define a Common tenant in their declaration, auto-created Common is also excluded from comparison. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#ignore_metadata As3#ignore_metadata}
        :param task_id: ID of AS3 post declaration async task. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#task_id As3#task_id}
        :param tenant_filter: Name of Tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_filter As3#tenant_filter}
        :param tenant_list: Name of Tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_list As3#tenant_list}
        :param tenant_name: Name of Tenant. This name is used only in the case of Per-Application Deployment. If it is not provided, then a random name would be generated. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_name As3#tenant_name}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(delete_apps, dict):
            delete_apps = As3DeleteApps(**delete_apps)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__20a45c01464249a0418eb7ab13b902c81866acde2c892bacd6de3ab2ef1984d0)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument application_list", value=application_list, expected_type=type_hints["application_list"])
            check_type(argname="argument as3_json", value=as3_json, expected_type=type_hints["as3_json"])
            check_type(argname="argument controls", value=controls, expected_type=type_hints["controls"])
            check_type(argname="argument delete_apps", value=delete_apps, expected_type=type_hints["delete_apps"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument ignore_metadata", value=ignore_metadata, expected_type=type_hints["ignore_metadata"])
            check_type(argname="argument task_id", value=task_id, expected_type=type_hints["task_id"])
            check_type(argname="argument tenant_filter", value=tenant_filter, expected_type=type_hints["tenant_filter"])
            check_type(argname="argument tenant_list", value=tenant_list, expected_type=type_hints["tenant_list"])
            check_type(argname="argument tenant_name", value=tenant_name, expected_type=type_hints["tenant_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
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
        if application_list is not None:
            self._values["application_list"] = application_list
        if as3_json is not None:
            self._values["as3_json"] = as3_json
        if controls is not None:
            self._values["controls"] = controls
        if delete_apps is not None:
            self._values["delete_apps"] = delete_apps
        if id is not None:
            self._values["id"] = id
        if ignore_metadata is not None:
            self._values["ignore_metadata"] = ignore_metadata
        if task_id is not None:
            self._values["task_id"] = task_id
        if tenant_filter is not None:
            self._values["tenant_filter"] = tenant_filter
        if tenant_list is not None:
            self._values["tenant_list"] = tenant_list
        if tenant_name is not None:
            self._values["tenant_name"] = tenant_name

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
    def application_list(self) -> typing.Optional[builtins.str]:
        '''Application deployed through AS3 Declaration.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#application_list As3#application_list}
        '''
        result = self._values.get("application_list")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def as3_json(self) -> typing.Optional[builtins.str]:
        '''Full AS3 declaration as a JSON string to deploy on BIG-IP.

        **Mutually exclusive with ``delete_apps``**: only one of ``as3_json`` or ``delete_apps`` can be set in a resource block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#as3_json As3#as3_json}
        '''
        result = self._values.get("as3_json")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def controls(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Controls parameters for AS3, you can use the following parameters, dry_run, trace, trace_response, log_level, user_agent.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#controls As3#controls}
        '''
        result = self._values.get("controls")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def delete_apps(self) -> typing.Optional["As3DeleteApps"]:
        '''delete_apps block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#delete_apps As3#delete_apps}
        '''
        result = self._values.get("delete_apps")
        return typing.cast(typing.Optional["As3DeleteApps"], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#id As3#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_metadata(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Set to true to ignore AS3 metadata fields (updateMode, schemaVersion, id, label, remark, persist) when comparing declarations.

        If the user did not define a Common tenant in their declaration, auto-created Common is also excluded from comparison.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#ignore_metadata As3#ignore_metadata}
        '''
        result = self._values.get("ignore_metadata")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def task_id(self) -> typing.Optional[builtins.str]:
        '''ID of AS3 post declaration async task.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#task_id As3#task_id}
        '''
        result = self._values.get("task_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenant_filter(self) -> typing.Optional[builtins.str]:
        '''Name of Tenant.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_filter As3#tenant_filter}
        '''
        result = self._values.get("tenant_filter")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenant_list(self) -> typing.Optional[builtins.str]:
        '''Name of Tenant.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_list As3#tenant_list}
        '''
        result = self._values.get("tenant_list")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenant_name(self) -> typing.Optional[builtins.str]:
        '''Name of Tenant.

        This name is used only in the case of Per-Application Deployment. If it is not provided, then a random name would be generated.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_name As3#tenant_name}
        '''
        result = self._values.get("tenant_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "As3Config(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.as3.As3DeleteApps",
    jsii_struct_bases=[],
    name_mapping={"apps": "apps", "tenant_name": "tenantName"},
)
class As3DeleteApps:
    def __init__(
        self,
        *,
        apps: typing.Sequence[builtins.str],
        tenant_name: builtins.str,
    ) -> None:
        '''
        :param apps: List of applications to delete from the specified tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#apps As3#apps}
        :param tenant_name: The name of the tenant for application deletion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_name As3#tenant_name}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8bfaf038ae2bdced9937edd9390b3dbf810819ab596f3fb67f19a7e920c68841)
            check_type(argname="argument apps", value=apps, expected_type=type_hints["apps"])
            check_type(argname="argument tenant_name", value=tenant_name, expected_type=type_hints["tenant_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "apps": apps,
            "tenant_name": tenant_name,
        }

    @builtins.property
    def apps(self) -> typing.List[builtins.str]:
        '''List of applications to delete from the specified tenant.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#apps As3#apps}
        '''
        result = self._values.get("apps")
        assert result is not None, "Required property 'apps' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def tenant_name(self) -> builtins.str:
        '''The name of the tenant for application deletion.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/as3#tenant_name As3#tenant_name}
        '''
        result = self._values.get("tenant_name")
        assert result is not None, "Required property 'tenant_name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "As3DeleteApps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class As3DeleteAppsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.as3.As3DeleteAppsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e3e56c0a32459e429f8a4843f2d1cf4b9d24cf18f4963c7394b77ad44e1edde9)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="appsInput")
    def apps_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "appsInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantNameInput")
    def tenant_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantNameInput"))

    @builtins.property
    @jsii.member(jsii_name="apps")
    def apps(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "apps"))

    @apps.setter
    def apps(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dbcf2c7d095cf7151d1214893119c05943b933bc74fb6e7ca89d6a535f8959bc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "apps", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantName")
    def tenant_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantName"))

    @tenant_name.setter
    def tenant_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b19b42a4772832aaa092584ae8711ed8d6c69542f8054a3960932427bfa7277b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[As3DeleteApps]:
        return typing.cast(typing.Optional[As3DeleteApps], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[As3DeleteApps]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a29f7103ee73c2b2da8ae044d8f0cd4595d2ceefab1dd132abc53534e2c65159)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "As3",
    "As3Config",
    "As3DeleteApps",
    "As3DeleteAppsOutputReference",
]

publication.publish()

def _typecheckingstub__ed05a50e6d5b0b9970db506f53d926c159731cc533c87623c846a90a02c7241b(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    application_list: typing.Optional[builtins.str] = None,
    as3_json: typing.Optional[builtins.str] = None,
    controls: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    delete_apps: typing.Optional[typing.Union[As3DeleteApps, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    ignore_metadata: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    task_id: typing.Optional[builtins.str] = None,
    tenant_filter: typing.Optional[builtins.str] = None,
    tenant_list: typing.Optional[builtins.str] = None,
    tenant_name: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__f52ecf7b1c52400b5cb5084ccffc5540a0385b9cc034f429071c0296060331e1(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37201ca7a86f5366a1f20233aaf6f891403a130585442fafe18381927307594e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6998a852de417cd43530c51864d5a57e327d557db36f0caa8a9fbb1128897c8a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27efff32a15841913ade4c259e178c54ca0ebd1daa5c1b34df47d101f97e0ed4(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6eeeef70ed8dea43b73acc3ddb2c9395141820ea8a03716ba935ea20abcaf0c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e440904d04c0f5a866b959f487f13c3f5d55d57d8b6e6c78eedb17ba26f0449(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7adc11735f35440b275fa86bd90228a57923befc140d74ba0bc0635dd49a26e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a1b618c4313b51307c455f35bbcef9833cf786ea31c0c75cb985f36374d4844(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8b2e6c65d76156201cd1085234a746fb8174b495825a8e0cd0359d009e72d6e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50dc9bed51b6ddefe8c5c3caf7be30faf623bad60de88b26e25b3a36a1a200f6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20a45c01464249a0418eb7ab13b902c81866acde2c892bacd6de3ab2ef1984d0(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    application_list: typing.Optional[builtins.str] = None,
    as3_json: typing.Optional[builtins.str] = None,
    controls: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    delete_apps: typing.Optional[typing.Union[As3DeleteApps, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    ignore_metadata: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    task_id: typing.Optional[builtins.str] = None,
    tenant_filter: typing.Optional[builtins.str] = None,
    tenant_list: typing.Optional[builtins.str] = None,
    tenant_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8bfaf038ae2bdced9937edd9390b3dbf810819ab596f3fb67f19a7e920c68841(
    *,
    apps: typing.Sequence[builtins.str],
    tenant_name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3e56c0a32459e429f8a4843f2d1cf4b9d24cf18f4963c7394b77ad44e1edde9(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbcf2c7d095cf7151d1214893119c05943b933bc74fb6e7ca89d6a535f8959bc(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b19b42a4772832aaa092584ae8711ed8d6c69542f8054a3960932427bfa7277b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a29f7103ee73c2b2da8ae044d8f0cd4595d2ceefab1dd132abc53534e2c65159(
    value: typing.Optional[As3DeleteApps],
) -> None:
    """Type checking stubs"""
    pass
