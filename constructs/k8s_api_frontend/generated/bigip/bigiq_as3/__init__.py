r'''
# `bigip_bigiq_as3`

Refer to the Terraform Registry for docs: [`bigip_bigiq_as3`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3).
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


class BigiqAs3(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.bigiqAs3.BigiqAs3",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3 bigip_bigiq_as3}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        as3_json: builtins.str,
        bigiq_address: builtins.str,
        bigiq_password: builtins.str,
        bigiq_user: builtins.str,
        bigiq_login_ref: typing.Optional[builtins.str] = None,
        bigiq_port: typing.Optional[builtins.str] = None,
        bigiq_token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        ignore_metadata: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        tenant_list: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3 bigip_bigiq_as3} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param as3_json: AS3 json. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#as3_json BigiqAs3#as3_json}
        :param bigiq_address: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_address BigiqAs3#bigiq_address}
        :param bigiq_password: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_password BigiqAs3#bigiq_password}
        :param bigiq_user: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_user BigiqAs3#bigiq_user}
        :param bigiq_login_ref: Login reference for token authentication (see BIG-IQ REST docs for details). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_login_ref BigiqAs3#bigiq_login_ref}
        :param bigiq_port: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_port BigiqAs3#bigiq_port}
        :param bigiq_token_auth: Enable to use an external authentication source (LDAP, TACACS, etc). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_token_auth BigiqAs3#bigiq_token_auth}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#id BigiqAs3#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ignore_metadata: Set True if you want to ignore metadata update. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#ignore_metadata BigiqAs3#ignore_metadata}
        :param tenant_list: Name of Tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#tenant_list BigiqAs3#tenant_list}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1fe752f26e7a3b5b8242f063a86cb9e82792d88232a003b5a0f04ce58705bb19)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = BigiqAs3Config(
            as3_json=as3_json,
            bigiq_address=bigiq_address,
            bigiq_password=bigiq_password,
            bigiq_user=bigiq_user,
            bigiq_login_ref=bigiq_login_ref,
            bigiq_port=bigiq_port,
            bigiq_token_auth=bigiq_token_auth,
            id=id,
            ignore_metadata=ignore_metadata,
            tenant_list=tenant_list,
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
        '''Generates CDKTF code for importing a BigiqAs3 resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the BigiqAs3 to import.
        :param import_from_id: The id of the existing BigiqAs3 that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the BigiqAs3 to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d59ac308b475e3453db2ac2edb863ffdc24e9394afe67710f63358b56cad58c7)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetBigiqLoginRef")
    def reset_bigiq_login_ref(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBigiqLoginRef", []))

    @jsii.member(jsii_name="resetBigiqPort")
    def reset_bigiq_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBigiqPort", []))

    @jsii.member(jsii_name="resetBigiqTokenAuth")
    def reset_bigiq_token_auth(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBigiqTokenAuth", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIgnoreMetadata")
    def reset_ignore_metadata(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIgnoreMetadata", []))

    @jsii.member(jsii_name="resetTenantList")
    def reset_tenant_list(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantList", []))

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
    @jsii.member(jsii_name="as3JsonInput")
    def as3_json_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "as3JsonInput"))

    @builtins.property
    @jsii.member(jsii_name="bigiqAddressInput")
    def bigiq_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bigiqAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="bigiqLoginRefInput")
    def bigiq_login_ref_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bigiqLoginRefInput"))

    @builtins.property
    @jsii.member(jsii_name="bigiqPasswordInput")
    def bigiq_password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bigiqPasswordInput"))

    @builtins.property
    @jsii.member(jsii_name="bigiqPortInput")
    def bigiq_port_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bigiqPortInput"))

    @builtins.property
    @jsii.member(jsii_name="bigiqTokenAuthInput")
    def bigiq_token_auth_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "bigiqTokenAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="bigiqUserInput")
    def bigiq_user_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bigiqUserInput"))

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
    @jsii.member(jsii_name="tenantListInput")
    def tenant_list_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantListInput"))

    @builtins.property
    @jsii.member(jsii_name="as3Json")
    def as3_json(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "as3Json"))

    @as3_json.setter
    def as3_json(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1cb4e41e7f2e884736c900ccff42db69196749ed597eabc2e77cbbb14f280b0b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "as3Json", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bigiqAddress")
    def bigiq_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bigiqAddress"))

    @bigiq_address.setter
    def bigiq_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2d441726ecb6e806c00dd2db75a35a20d4df3397d3bae3e2a59a8d9934f11534)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bigiqAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bigiqLoginRef")
    def bigiq_login_ref(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bigiqLoginRef"))

    @bigiq_login_ref.setter
    def bigiq_login_ref(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3fd7d8a6f6c32f6bbb31d1e8c952c88b08522ea27bfa2986addce9618b69c662)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bigiqLoginRef", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bigiqPassword")
    def bigiq_password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bigiqPassword"))

    @bigiq_password.setter
    def bigiq_password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__08370d516bd47894dacf7e0e15082b9a3dc36bb497c33f0e89ebf4fdd54d86f4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bigiqPassword", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bigiqPort")
    def bigiq_port(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bigiqPort"))

    @bigiq_port.setter
    def bigiq_port(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0e5baa3ca2d5d4f48be5bc3ab5caf5d0e94ae007549dbd2f4cd069319ac2f292)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bigiqPort", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bigiqTokenAuth")
    def bigiq_token_auth(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "bigiqTokenAuth"))

    @bigiq_token_auth.setter
    def bigiq_token_auth(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d64a7981a9dce8b21e213c70345a6028053cebf400934aac7d68d0bb0faee6f5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bigiqTokenAuth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bigiqUser")
    def bigiq_user(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bigiqUser"))

    @bigiq_user.setter
    def bigiq_user(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8917e430934d295e6a2303e082bd2534a30e039c7c04c0d743afa4ac55acdcf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bigiqUser", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a940bc0b3b917d4c853b899ebd7275dd315920ffeb650f4b54dcc0e3f1cd4880)
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
            type_hints = typing.get_type_hints(_typecheckingstub__d02494b6e096f4c004b33c5743310448256cb82aa3b377eb8bd94aa9439691ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ignoreMetadata", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantList")
    def tenant_list(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantList"))

    @tenant_list.setter
    def tenant_list(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a1bfebb6337ad7e038db66f71ebcf0cb282bd550d19b4d266bd9de195d8699df)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantList", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.bigiqAs3.BigiqAs3Config",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "as3_json": "as3Json",
        "bigiq_address": "bigiqAddress",
        "bigiq_password": "bigiqPassword",
        "bigiq_user": "bigiqUser",
        "bigiq_login_ref": "bigiqLoginRef",
        "bigiq_port": "bigiqPort",
        "bigiq_token_auth": "bigiqTokenAuth",
        "id": "id",
        "ignore_metadata": "ignoreMetadata",
        "tenant_list": "tenantList",
    },
)
class BigiqAs3Config(_cdktf_9a9027ec.TerraformMetaArguments):
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
        as3_json: builtins.str,
        bigiq_address: builtins.str,
        bigiq_password: builtins.str,
        bigiq_user: builtins.str,
        bigiq_login_ref: typing.Optional[builtins.str] = None,
        bigiq_port: typing.Optional[builtins.str] = None,
        bigiq_token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        ignore_metadata: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        tenant_list: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param as3_json: AS3 json. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#as3_json BigiqAs3#as3_json}
        :param bigiq_address: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_address BigiqAs3#bigiq_address}
        :param bigiq_password: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_password BigiqAs3#bigiq_password}
        :param bigiq_user: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_user BigiqAs3#bigiq_user}
        :param bigiq_login_ref: Login reference for token authentication (see BIG-IQ REST docs for details). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_login_ref BigiqAs3#bigiq_login_ref}
        :param bigiq_port: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_port BigiqAs3#bigiq_port}
        :param bigiq_token_auth: Enable to use an external authentication source (LDAP, TACACS, etc). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_token_auth BigiqAs3#bigiq_token_auth}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#id BigiqAs3#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ignore_metadata: Set True if you want to ignore metadata update. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#ignore_metadata BigiqAs3#ignore_metadata}
        :param tenant_list: Name of Tenant. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#tenant_list BigiqAs3#tenant_list}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3df0a9c7be8cf8c5d8ae285b83dda37158c7654dbd039e5f404e99bf00392cdf)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument as3_json", value=as3_json, expected_type=type_hints["as3_json"])
            check_type(argname="argument bigiq_address", value=bigiq_address, expected_type=type_hints["bigiq_address"])
            check_type(argname="argument bigiq_password", value=bigiq_password, expected_type=type_hints["bigiq_password"])
            check_type(argname="argument bigiq_user", value=bigiq_user, expected_type=type_hints["bigiq_user"])
            check_type(argname="argument bigiq_login_ref", value=bigiq_login_ref, expected_type=type_hints["bigiq_login_ref"])
            check_type(argname="argument bigiq_port", value=bigiq_port, expected_type=type_hints["bigiq_port"])
            check_type(argname="argument bigiq_token_auth", value=bigiq_token_auth, expected_type=type_hints["bigiq_token_auth"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument ignore_metadata", value=ignore_metadata, expected_type=type_hints["ignore_metadata"])
            check_type(argname="argument tenant_list", value=tenant_list, expected_type=type_hints["tenant_list"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "as3_json": as3_json,
            "bigiq_address": bigiq_address,
            "bigiq_password": bigiq_password,
            "bigiq_user": bigiq_user,
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
        if bigiq_login_ref is not None:
            self._values["bigiq_login_ref"] = bigiq_login_ref
        if bigiq_port is not None:
            self._values["bigiq_port"] = bigiq_port
        if bigiq_token_auth is not None:
            self._values["bigiq_token_auth"] = bigiq_token_auth
        if id is not None:
            self._values["id"] = id
        if ignore_metadata is not None:
            self._values["ignore_metadata"] = ignore_metadata
        if tenant_list is not None:
            self._values["tenant_list"] = tenant_list

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
    def as3_json(self) -> builtins.str:
        '''AS3 json.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#as3_json BigiqAs3#as3_json}
        '''
        result = self._values.get("as3_json")
        assert result is not None, "Required property 'as3_json' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def bigiq_address(self) -> builtins.str:
        '''The registration key pool to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_address BigiqAs3#bigiq_address}
        '''
        result = self._values.get("bigiq_address")
        assert result is not None, "Required property 'bigiq_address' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def bigiq_password(self) -> builtins.str:
        '''The registration key pool to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_password BigiqAs3#bigiq_password}
        '''
        result = self._values.get("bigiq_password")
        assert result is not None, "Required property 'bigiq_password' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def bigiq_user(self) -> builtins.str:
        '''The registration key pool to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_user BigiqAs3#bigiq_user}
        '''
        result = self._values.get("bigiq_user")
        assert result is not None, "Required property 'bigiq_user' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def bigiq_login_ref(self) -> typing.Optional[builtins.str]:
        '''Login reference for token authentication (see BIG-IQ REST docs for details).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_login_ref BigiqAs3#bigiq_login_ref}
        '''
        result = self._values.get("bigiq_login_ref")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bigiq_port(self) -> typing.Optional[builtins.str]:
        '''The registration key pool to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_port BigiqAs3#bigiq_port}
        '''
        result = self._values.get("bigiq_port")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bigiq_token_auth(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable to use an external authentication source (LDAP, TACACS, etc).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#bigiq_token_auth BigiqAs3#bigiq_token_auth}
        '''
        result = self._values.get("bigiq_token_auth")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#id BigiqAs3#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_metadata(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Set True if you want to ignore metadata update.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#ignore_metadata BigiqAs3#ignore_metadata}
        '''
        result = self._values.get("ignore_metadata")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def tenant_list(self) -> typing.Optional[builtins.str]:
        '''Name of Tenant.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/bigiq_as3#tenant_list BigiqAs3#tenant_list}
        '''
        result = self._values.get("tenant_list")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BigiqAs3Config(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "BigiqAs3",
    "BigiqAs3Config",
]

publication.publish()

def _typecheckingstub__1fe752f26e7a3b5b8242f063a86cb9e82792d88232a003b5a0f04ce58705bb19(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    as3_json: builtins.str,
    bigiq_address: builtins.str,
    bigiq_password: builtins.str,
    bigiq_user: builtins.str,
    bigiq_login_ref: typing.Optional[builtins.str] = None,
    bigiq_port: typing.Optional[builtins.str] = None,
    bigiq_token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    ignore_metadata: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    tenant_list: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__d59ac308b475e3453db2ac2edb863ffdc24e9394afe67710f63358b56cad58c7(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cb4e41e7f2e884736c900ccff42db69196749ed597eabc2e77cbbb14f280b0b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d441726ecb6e806c00dd2db75a35a20d4df3397d3bae3e2a59a8d9934f11534(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fd7d8a6f6c32f6bbb31d1e8c952c88b08522ea27bfa2986addce9618b69c662(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08370d516bd47894dacf7e0e15082b9a3dc36bb497c33f0e89ebf4fdd54d86f4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e5baa3ca2d5d4f48be5bc3ab5caf5d0e94ae007549dbd2f4cd069319ac2f292(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d64a7981a9dce8b21e213c70345a6028053cebf400934aac7d68d0bb0faee6f5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8917e430934d295e6a2303e082bd2534a30e039c7c04c0d743afa4ac55acdcf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a940bc0b3b917d4c853b899ebd7275dd315920ffeb650f4b54dcc0e3f1cd4880(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d02494b6e096f4c004b33c5743310448256cb82aa3b377eb8bd94aa9439691ec(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1bfebb6337ad7e038db66f71ebcf0cb282bd550d19b4d266bd9de195d8699df(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3df0a9c7be8cf8c5d8ae285b83dda37158c7654dbd039e5f404e99bf00392cdf(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    as3_json: builtins.str,
    bigiq_address: builtins.str,
    bigiq_password: builtins.str,
    bigiq_user: builtins.str,
    bigiq_login_ref: typing.Optional[builtins.str] = None,
    bigiq_port: typing.Optional[builtins.str] = None,
    bigiq_token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    ignore_metadata: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    tenant_list: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
