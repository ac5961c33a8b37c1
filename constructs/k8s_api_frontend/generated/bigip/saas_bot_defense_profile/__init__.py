r'''
# `bigip_saas_bot_defense_profile`

Refer to the Terraform Registry for docs: [`bigip_saas_bot_defense_profile`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile).
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


class SaasBotDefenseProfile(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.saasBotDefenseProfile.SaasBotDefenseProfile",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile bigip_saas_bot_defense_profile}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        api_key: builtins.str,
        application_id: builtins.str,
        name: builtins.str,
        protected_endpoints: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["SaasBotDefenseProfileProtectedEndpoints", typing.Dict[builtins.str, typing.Any]]]],
        shape_protection_pool: builtins.str,
        ssl_profile: builtins.str,
        tenant_id: builtins.str,
        defaults_from: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile bigip_saas_bot_defense_profile} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param api_key: Specifies the API key, enter the value provided by F5 Support. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#api_key SaasBotDefenseProfile#api_key}
        :param application_id: Specifies the Bot Defense API application ID, enter the value provided by F5 Support. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#application_id SaasBotDefenseProfile#application_id}
        :param name: Unique name for the Distributed Cloud Services Bot Defense profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#name SaasBotDefenseProfile#name}
        :param protected_endpoints: protected_endpoints block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#protected_endpoints SaasBotDefenseProfile#protected_endpoints}
        :param shape_protection_pool: Specifies the web hostname to which API requests are made. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#shape_protection_pool SaasBotDefenseProfile#shape_protection_pool}
        :param ssl_profile: Specifies a server-side SSL profile that is different from what the application pool uses. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#ssl_profile SaasBotDefenseProfile#ssl_profile}
        :param tenant_id: Specifies the tenant ID, enter the value provided by F5 Support. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#tenant_id SaasBotDefenseProfile#tenant_id}
        :param defaults_from: Distributed Cloud Services Bot Defense parent profile from which this profile will inherit settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#defaults_from SaasBotDefenseProfile#defaults_from}
        :param description: Specifies descriptive text that identifies the BD profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#description SaasBotDefenseProfile#description}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#id SaasBotDefenseProfile#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e37caacaa8d043c44134c28fd6ce8a5c3faf41de1557f3bef2b04dc4f6b8f8b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = SaasBotDefenseProfileConfig(
            api_key=api_key,
            application_id=application_id,
            name=name,
            protected_endpoints=protected_endpoints,
            shape_protection_pool=shape_protection_pool,
            ssl_profile=ssl_profile,
            tenant_id=tenant_id,
            defaults_from=defaults_from,
            description=description,
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
        '''Generates CDKTF code for importing a SaasBotDefenseProfile resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the SaasBotDefenseProfile to import.
        :param import_from_id: The id of the existing SaasBotDefenseProfile that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the SaasBotDefenseProfile to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e526777d35bae2fb039955b0cd89918093e9632f37cea04ccd9602724e98d7ac)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putProtectedEndpoints")
    def put_protected_endpoints(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["SaasBotDefenseProfileProtectedEndpoints", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67ddae86c0b89593bc1b8c53c214ccc97d5a47a8d7b96c9cb868f3aa7a56bb64)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putProtectedEndpoints", [value]))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

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
    @jsii.member(jsii_name="protectedEndpoints")
    def protected_endpoints(self) -> "SaasBotDefenseProfileProtectedEndpointsList":
        return typing.cast("SaasBotDefenseProfileProtectedEndpointsList", jsii.get(self, "protectedEndpoints"))

    @builtins.property
    @jsii.member(jsii_name="apiKeyInput")
    def api_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "apiKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="applicationIdInput")
    def application_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "applicationIdInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="protectedEndpointsInput")
    def protected_endpoints_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["SaasBotDefenseProfileProtectedEndpoints"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["SaasBotDefenseProfileProtectedEndpoints"]]], jsii.get(self, "protectedEndpointsInput"))

    @builtins.property
    @jsii.member(jsii_name="shapeProtectionPoolInput")
    def shape_protection_pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "shapeProtectionPoolInput"))

    @builtins.property
    @jsii.member(jsii_name="sslProfileInput")
    def ssl_profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sslProfileInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantIdInput")
    def tenant_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantIdInput"))

    @builtins.property
    @jsii.member(jsii_name="apiKey")
    def api_key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "apiKey"))

    @api_key.setter
    def api_key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e55a609dd1d30dccdf165f52216891e6f7dcccd7350f470ff3beb4f33fbf194)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "apiKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="applicationId")
    def application_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationId"))

    @application_id.setter
    def application_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0355baec428547bd3ae784196ecf7eb0a30befcd157ace7fbdc46f4028879f54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "applicationId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4edc900500aea7f76f359e34f599774ccde52662304b548e9abd18a398256eeb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1394d0760bf1a9bbd32773607945c9408703c5fcae855db0b0c1655c097a4ab7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__71d38909ccb817c1ff76e88c71514249efb9566aeb4c41aa228d797fbc511d87)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b42100e9d31e280d9d446da881673f7a65cfe9c2450d004fea91fbebb0fc646)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shapeProtectionPool")
    def shape_protection_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shapeProtectionPool"))

    @shape_protection_pool.setter
    def shape_protection_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b5cc1bc434e5b2045d1568438aa8cae0ebf33ca95f163f88d5377cf3d2129189)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shapeProtectionPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslProfile")
    def ssl_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslProfile"))

    @ssl_profile.setter
    def ssl_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07e680053984dfd8aa954a9c803c5c48ad8b3a7f7abb4ab7d3e649f8af0394aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantId")
    def tenant_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantId"))

    @tenant_id.setter
    def tenant_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ec25d7385657c0b1438db47575d4dd504909f551cfea07ebef5ba76ad60b9c40)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.saasBotDefenseProfile.SaasBotDefenseProfileConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "api_key": "apiKey",
        "application_id": "applicationId",
        "name": "name",
        "protected_endpoints": "protectedEndpoints",
        "shape_protection_pool": "shapeProtectionPool",
        "ssl_profile": "sslProfile",
        "tenant_id": "tenantId",
        "defaults_from": "defaultsFrom",
        "description": "description",
        "id": "id",
    },
)
class SaasBotDefenseProfileConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        api_key: builtins.str,
        application_id: builtins.str,
        name: builtins.str,
        protected_endpoints: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["SaasBotDefenseProfileProtectedEndpoints", typing.Dict[builtins.str, typing.Any]]]],
        shape_protection_pool: builtins.str,
        ssl_profile: builtins.str,
        tenant_id: builtins.str,
        defaults_from: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
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
        :param api_key: Specifies the API key, enter the value provided by F5 Support. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#api_key SaasBotDefenseProfile#api_key}
        :param application_id: Specifies the Bot Defense API application ID, enter the value provided by F5 Support. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#application_id SaasBotDefenseProfile#application_id}
        :param name: Unique name for the Distributed Cloud Services Bot Defense profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#name SaasBotDefenseProfile#name}
        :param protected_endpoints: protected_endpoints block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#protected_endpoints SaasBotDefenseProfile#protected_endpoints}
        :param shape_protection_pool: Specifies the web hostname to which API requests are made. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#shape_protection_pool SaasBotDefenseProfile#shape_protection_pool}
        :param ssl_profile: Specifies a server-side SSL profile that is different from what the application pool uses. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#ssl_profile SaasBotDefenseProfile#ssl_profile}
        :param tenant_id: Specifies the tenant ID, enter the value provided by F5 Support. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#tenant_id SaasBotDefenseProfile#tenant_id}
        :param defaults_from: Distributed Cloud Services Bot Defense parent profile from which this profile will inherit settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#defaults_from SaasBotDefenseProfile#defaults_from}
        :param description: Specifies descriptive text that identifies the BD profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#description SaasBotDefenseProfile#description}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#id SaasBotDefenseProfile#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__06d13256e3be9fccb1045032f497dad02ebec7838708681b3c2dcf6f11e7765c)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument api_key", value=api_key, expected_type=type_hints["api_key"])
            check_type(argname="argument application_id", value=application_id, expected_type=type_hints["application_id"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protected_endpoints", value=protected_endpoints, expected_type=type_hints["protected_endpoints"])
            check_type(argname="argument shape_protection_pool", value=shape_protection_pool, expected_type=type_hints["shape_protection_pool"])
            check_type(argname="argument ssl_profile", value=ssl_profile, expected_type=type_hints["ssl_profile"])
            check_type(argname="argument tenant_id", value=tenant_id, expected_type=type_hints["tenant_id"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_key": api_key,
            "application_id": application_id,
            "name": name,
            "protected_endpoints": protected_endpoints,
            "shape_protection_pool": shape_protection_pool,
            "ssl_profile": ssl_profile,
            "tenant_id": tenant_id,
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
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if description is not None:
            self._values["description"] = description
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
    def api_key(self) -> builtins.str:
        '''Specifies the API key, enter the value provided by F5 Support.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#api_key SaasBotDefenseProfile#api_key}
        '''
        result = self._values.get("api_key")
        assert result is not None, "Required property 'api_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def application_id(self) -> builtins.str:
        '''Specifies the Bot Defense API application ID, enter the value provided by F5 Support.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#application_id SaasBotDefenseProfile#application_id}
        '''
        result = self._values.get("application_id")
        assert result is not None, "Required property 'application_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Unique name for the Distributed Cloud Services Bot Defense profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#name SaasBotDefenseProfile#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def protected_endpoints(
        self,
    ) -> typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["SaasBotDefenseProfileProtectedEndpoints"]]:
        '''protected_endpoints block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#protected_endpoints SaasBotDefenseProfile#protected_endpoints}
        '''
        result = self._values.get("protected_endpoints")
        assert result is not None, "Required property 'protected_endpoints' is missing"
        return typing.cast(typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["SaasBotDefenseProfileProtectedEndpoints"]], result)

    @builtins.property
    def shape_protection_pool(self) -> builtins.str:
        '''Specifies the web hostname to which API requests are made.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#shape_protection_pool SaasBotDefenseProfile#shape_protection_pool}
        '''
        result = self._values.get("shape_protection_pool")
        assert result is not None, "Required property 'shape_protection_pool' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ssl_profile(self) -> builtins.str:
        '''Specifies a server-side SSL profile that is different from what the application pool uses.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#ssl_profile SaasBotDefenseProfile#ssl_profile}
        '''
        result = self._values.get("ssl_profile")
        assert result is not None, "Required property 'ssl_profile' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant_id(self) -> builtins.str:
        '''Specifies the tenant ID, enter the value provided by F5 Support.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#tenant_id SaasBotDefenseProfile#tenant_id}
        '''
        result = self._values.get("tenant_id")
        assert result is not None, "Required property 'tenant_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Distributed Cloud Services Bot Defense parent profile from which this profile will inherit settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#defaults_from SaasBotDefenseProfile#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Specifies descriptive text that identifies the BD profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#description SaasBotDefenseProfile#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#id SaasBotDefenseProfile#id}.

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
        return "SaasBotDefenseProfileConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.saasBotDefenseProfile.SaasBotDefenseProfileProtectedEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "endpoint": "endpoint",
        "host": "host",
        "mitigation_action": "mitigationAction",
        "post": "post",
        "put": "put",
    },
)
class SaasBotDefenseProfileProtectedEndpoints:
    def __init__(
        self,
        *,
        name: builtins.str,
        endpoint: typing.Optional[builtins.str] = None,
        host: typing.Optional[builtins.str] = None,
        mitigation_action: typing.Optional[builtins.str] = None,
        post: typing.Optional[builtins.str] = None,
        put: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: Unique name for the protected endpoint. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#name SaasBotDefenseProfile#name}
        :param endpoint: Specifies the path to the web page to be protected by BD. For example, ``/login``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#endpoint SaasBotDefenseProfile#endpoint}
        :param host: hostname or IP address of the web page to be protected by the Bot Defense. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#host SaasBotDefenseProfile#host}
        :param mitigation_action: Specifies whether the BIG-IP or F5 XC Bot Defense handles mitigation of malicious HTTP requests. This field is enabled only if the Service Level field is set to Advanced/Premium Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#mitigation_action SaasBotDefenseProfile#mitigation_action}
        :param post: POST field to protect the path when it has a POST method, ``enabled`` or ``disabled``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#post SaasBotDefenseProfile#post}
        :param put: PUT field to protect the path when it has a PUT method,``enabled`` or ``disabled``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#put SaasBotDefenseProfile#put}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f51dc3d09a929553cb63c3e23dd1258ab92e10c9907aebd1cb4a1392a5974379)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument mitigation_action", value=mitigation_action, expected_type=type_hints["mitigation_action"])
            check_type(argname="argument post", value=post, expected_type=type_hints["post"])
            check_type(argname="argument put", value=put, expected_type=type_hints["put"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if host is not None:
            self._values["host"] = host
        if mitigation_action is not None:
            self._values["mitigation_action"] = mitigation_action
        if post is not None:
            self._values["post"] = post
        if put is not None:
            self._values["put"] = put

    @builtins.property
    def name(self) -> builtins.str:
        '''Unique name for the protected endpoint.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#name SaasBotDefenseProfile#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def endpoint(self) -> typing.Optional[builtins.str]:
        '''Specifies the path to the web page to be protected by BD. For example, ``/login``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#endpoint SaasBotDefenseProfile#endpoint}
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''hostname or IP address of the web page to be protected by the Bot Defense.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#host SaasBotDefenseProfile#host}
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mitigation_action(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the BIG-IP or F5 XC Bot Defense handles mitigation of malicious HTTP requests.

        This field is enabled only if the Service Level field is set to Advanced/Premium

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#mitigation_action SaasBotDefenseProfile#mitigation_action}
        '''
        result = self._values.get("mitigation_action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def post(self) -> typing.Optional[builtins.str]:
        '''POST field to protect the path when it has a POST method, ``enabled`` or ``disabled``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#post SaasBotDefenseProfile#post}
        '''
        result = self._values.get("post")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def put(self) -> typing.Optional[builtins.str]:
        '''PUT field to protect the path when it has a PUT method,``enabled`` or ``disabled``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/saas_bot_defense_profile#put SaasBotDefenseProfile#put}
        '''
        result = self._values.get("put")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SaasBotDefenseProfileProtectedEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class SaasBotDefenseProfileProtectedEndpointsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.saasBotDefenseProfile.SaasBotDefenseProfileProtectedEndpointsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f177a22315321f7a660018e9be65aec07e51bfacc39752d151c6c29a48314b45)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "SaasBotDefenseProfileProtectedEndpointsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5d802dba5c8b5db64bf0bec9ddcc3f17a7a1ff7cb2498e87375c07c1fcb69603)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("SaasBotDefenseProfileProtectedEndpointsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a367ba84b3ca417208e1bb3949310122fd7b8f417e333bf6bdf48ea0bded3d6e)
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
            type_hints = typing.get_type_hints(_typecheckingstub__f59e9bf6a3cb44bb91ad5fd4f00416d713237e3268310d04eca11562ced54764)
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
            type_hints = typing.get_type_hints(_typecheckingstub__d3c19ca90f25df7f6403773f290c2e31c3eb0f557273c3928dc88936fa959894)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[SaasBotDefenseProfileProtectedEndpoints]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[SaasBotDefenseProfileProtectedEndpoints]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[SaasBotDefenseProfileProtectedEndpoints]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7cbf1efb8e4495311c54b63c7e71a8eb4f8ac0415242923273105d324bb3f92a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class SaasBotDefenseProfileProtectedEndpointsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.saasBotDefenseProfile.SaasBotDefenseProfileProtectedEndpointsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__624ce8e2f0ff63484ac152a7e4a988726a6cc011342340bc184344d4acae25c1)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetEndpoint")
    def reset_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndpoint", []))

    @jsii.member(jsii_name="resetHost")
    def reset_host(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHost", []))

    @jsii.member(jsii_name="resetMitigationAction")
    def reset_mitigation_action(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMitigationAction", []))

    @jsii.member(jsii_name="resetPost")
    def reset_post(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPost", []))

    @jsii.member(jsii_name="resetPut")
    def reset_put(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPut", []))

    @builtins.property
    @jsii.member(jsii_name="endpointInput")
    def endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "endpointInput"))

    @builtins.property
    @jsii.member(jsii_name="hostInput")
    def host_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostInput"))

    @builtins.property
    @jsii.member(jsii_name="mitigationActionInput")
    def mitigation_action_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mitigationActionInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="postInput")
    def post_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "postInput"))

    @builtins.property
    @jsii.member(jsii_name="putInput")
    def put_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "putInput"))

    @builtins.property
    @jsii.member(jsii_name="endpoint")
    def endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "endpoint"))

    @endpoint.setter
    def endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6bc1af9df423c4f6a301a28d78cd49f9b801cd1ac1be4134fd27bcd1381f27f2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "endpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="host")
    def host(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "host"))

    @host.setter
    def host(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c4fe82e6b38ba626067680b4e0bafa61a60bc0421853d048cc176811e602b0e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mitigationAction")
    def mitigation_action(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mitigationAction"))

    @mitigation_action.setter
    def mitigation_action(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9d234929ee48a062eb11f329d91c07d4fbcecb2d383893a02725ecf5259b8981)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mitigationAction", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c335a85de4727ddfe5cf6340929f41ff5ca7c40607e331891c77beac406144b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="post")
    def post(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "post"))

    @post.setter
    def post(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__677ff83660b8fc8539b60d87970c71600e37808a91b6c3ef6fc9c65c46bd88b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "post", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="put")
    def put(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "put"))

    @put.setter
    def put(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__da00a9cedd280d0f13b2c7761dc4fc718d9a750eaf997eab67b515a871a2814a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "put", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SaasBotDefenseProfileProtectedEndpoints]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SaasBotDefenseProfileProtectedEndpoints]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SaasBotDefenseProfileProtectedEndpoints]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__caebb23d9a7c0fd37db65f1c5c1bb810c1241660b544208f9fb0f6a845a386ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "SaasBotDefenseProfile",
    "SaasBotDefenseProfileConfig",
    "SaasBotDefenseProfileProtectedEndpoints",
    "SaasBotDefenseProfileProtectedEndpointsList",
    "SaasBotDefenseProfileProtectedEndpointsOutputReference",
]

publication.publish()

def _typecheckingstub__4e37caacaa8d043c44134c28fd6ce8a5c3faf41de1557f3bef2b04dc4f6b8f8b(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    api_key: builtins.str,
    application_id: builtins.str,
    name: builtins.str,
    protected_endpoints: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[SaasBotDefenseProfileProtectedEndpoints, typing.Dict[builtins.str, typing.Any]]]],
    shape_protection_pool: builtins.str,
    ssl_profile: builtins.str,
    tenant_id: builtins.str,
    defaults_from: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__e526777d35bae2fb039955b0cd89918093e9632f37cea04ccd9602724e98d7ac(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67ddae86c0b89593bc1b8c53c214ccc97d5a47a8d7b96c9cb868f3aa7a56bb64(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[SaasBotDefenseProfileProtectedEndpoints, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e55a609dd1d30dccdf165f52216891e6f7dcccd7350f470ff3beb4f33fbf194(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0355baec428547bd3ae784196ecf7eb0a30befcd157ace7fbdc46f4028879f54(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4edc900500aea7f76f359e34f599774ccde52662304b548e9abd18a398256eeb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1394d0760bf1a9bbd32773607945c9408703c5fcae855db0b0c1655c097a4ab7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71d38909ccb817c1ff76e88c71514249efb9566aeb4c41aa228d797fbc511d87(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b42100e9d31e280d9d446da881673f7a65cfe9c2450d004fea91fbebb0fc646(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5cc1bc434e5b2045d1568438aa8cae0ebf33ca95f163f88d5377cf3d2129189(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07e680053984dfd8aa954a9c803c5c48ad8b3a7f7abb4ab7d3e649f8af0394aa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec25d7385657c0b1438db47575d4dd504909f551cfea07ebef5ba76ad60b9c40(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06d13256e3be9fccb1045032f497dad02ebec7838708681b3c2dcf6f11e7765c(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    api_key: builtins.str,
    application_id: builtins.str,
    name: builtins.str,
    protected_endpoints: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[SaasBotDefenseProfileProtectedEndpoints, typing.Dict[builtins.str, typing.Any]]]],
    shape_protection_pool: builtins.str,
    ssl_profile: builtins.str,
    tenant_id: builtins.str,
    defaults_from: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f51dc3d09a929553cb63c3e23dd1258ab92e10c9907aebd1cb4a1392a5974379(
    *,
    name: builtins.str,
    endpoint: typing.Optional[builtins.str] = None,
    host: typing.Optional[builtins.str] = None,
    mitigation_action: typing.Optional[builtins.str] = None,
    post: typing.Optional[builtins.str] = None,
    put: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f177a22315321f7a660018e9be65aec07e51bfacc39752d151c6c29a48314b45(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d802dba5c8b5db64bf0bec9ddcc3f17a7a1ff7cb2498e87375c07c1fcb69603(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a367ba84b3ca417208e1bb3949310122fd7b8f417e333bf6bdf48ea0bded3d6e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f59e9bf6a3cb44bb91ad5fd4f00416d713237e3268310d04eca11562ced54764(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3c19ca90f25df7f6403773f290c2e31c3eb0f557273c3928dc88936fa959894(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7cbf1efb8e4495311c54b63c7e71a8eb4f8ac0415242923273105d324bb3f92a(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[SaasBotDefenseProfileProtectedEndpoints]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__624ce8e2f0ff63484ac152a7e4a988726a6cc011342340bc184344d4acae25c1(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bc1af9df423c4f6a301a28d78cd49f9b801cd1ac1be4134fd27bcd1381f27f2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c4fe82e6b38ba626067680b4e0bafa61a60bc0421853d048cc176811e602b0e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d234929ee48a062eb11f329d91c07d4fbcecb2d383893a02725ecf5259b8981(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c335a85de4727ddfe5cf6340929f41ff5ca7c40607e331891c77beac406144b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__677ff83660b8fc8539b60d87970c71600e37808a91b6c3ef6fc9c65c46bd88b7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da00a9cedd280d0f13b2c7761dc4fc718d9a750eaf997eab67b515a871a2814a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__caebb23d9a7c0fd37db65f1c5c1bb810c1241660b544208f9fb0f6a845a386ec(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SaasBotDefenseProfileProtectedEndpoints]],
) -> None:
    """Type checking stubs"""
    pass
