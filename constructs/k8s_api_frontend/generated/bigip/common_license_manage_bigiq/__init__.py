r'''
# `bigip_common_license_manage_bigiq`

Refer to the Terraform Registry for docs: [`bigip_common_license_manage_bigiq`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq).
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


class CommonLicenseManageBigiq(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.commonLicenseManageBigiq.CommonLicenseManageBigiq",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq bigip_common_license_manage_bigiq}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        assignment_type: builtins.str,
        bigiq_address: builtins.str,
        bigiq_password: builtins.str,
        bigiq_user: builtins.str,
        license_poolname: builtins.str,
        bigiq_login_ref: typing.Optional[builtins.str] = None,
        bigiq_port: typing.Optional[builtins.str] = None,
        bigiq_token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        device_license_status: typing.Optional[builtins.str] = None,
        hypervisor: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        mac_address: typing.Optional[builtins.str] = None,
        skukeyword1: typing.Optional[builtins.str] = None,
        skukeyword2: typing.Optional[builtins.str] = None,
        tenant: typing.Optional[builtins.str] = None,
        unit_of_measure: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq bigip_common_license_manage_bigiq} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param assignment_type: Whether the specified device is a managed/un-managed/un-reachable device. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#assignment_type CommonLicenseManageBigiq#assignment_type}
        :param bigiq_address: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_address CommonLicenseManageBigiq#bigiq_address}
        :param bigiq_password: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_password CommonLicenseManageBigiq#bigiq_password}
        :param bigiq_user: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_user CommonLicenseManageBigiq#bigiq_user}
        :param license_poolname: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#license_poolname CommonLicenseManageBigiq#license_poolname}
        :param bigiq_login_ref: Login reference for token authentication (see BIG-IQ REST docs for details). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_login_ref CommonLicenseManageBigiq#bigiq_login_ref}
        :param bigiq_port: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_port CommonLicenseManageBigiq#bigiq_port}
        :param bigiq_token_auth: Enable to use an external authentication source (LDAP, TACACS, etc). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_token_auth CommonLicenseManageBigiq#bigiq_token_auth}
        :param device_license_status: Status of Licence Assignment. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#device_license_status CommonLicenseManageBigiq#device_license_status}
        :param hypervisor: Aws/Azure. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#hypervisor CommonLicenseManageBigiq#hypervisor}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#id CommonLicenseManageBigiq#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param key: The registration key that you want to assign from the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#key CommonLicenseManageBigiq#key}
        :param mac_address: Sets the rate at which this license usage is billed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#mac_address CommonLicenseManageBigiq#mac_address}
        :param skukeyword1: Sets the rate at which this license usage is billed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#skukeyword1 CommonLicenseManageBigiq#skukeyword1}
        :param skukeyword2: Sets the rate at which this license usage is billed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#skukeyword2 CommonLicenseManageBigiq#skukeyword2}
        :param tenant: optional description for the assignment in this field. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#tenant CommonLicenseManageBigiq#tenant}
        :param unit_of_measure: Sets the rate at which this license usage is billed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#unit_of_measure CommonLicenseManageBigiq#unit_of_measure}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4cb159819efda1f9fc041de6d166b35148d27329e410dbe696d0684715ba448b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = CommonLicenseManageBigiqConfig(
            assignment_type=assignment_type,
            bigiq_address=bigiq_address,
            bigiq_password=bigiq_password,
            bigiq_user=bigiq_user,
            license_poolname=license_poolname,
            bigiq_login_ref=bigiq_login_ref,
            bigiq_port=bigiq_port,
            bigiq_token_auth=bigiq_token_auth,
            device_license_status=device_license_status,
            hypervisor=hypervisor,
            id=id,
            key=key,
            mac_address=mac_address,
            skukeyword1=skukeyword1,
            skukeyword2=skukeyword2,
            tenant=tenant,
            unit_of_measure=unit_of_measure,
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
        '''Generates CDKTF code for importing a CommonLicenseManageBigiq resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the CommonLicenseManageBigiq to import.
        :param import_from_id: The id of the existing CommonLicenseManageBigiq that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the CommonLicenseManageBigiq to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6179269f0e5a7496485aa8465e7d1c0d0f834b9fadbc56b50c257d2c2d224996)
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

    @jsii.member(jsii_name="resetDeviceLicenseStatus")
    def reset_device_license_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeviceLicenseStatus", []))

    @jsii.member(jsii_name="resetHypervisor")
    def reset_hypervisor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHypervisor", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetKey")
    def reset_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKey", []))

    @jsii.member(jsii_name="resetMacAddress")
    def reset_mac_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMacAddress", []))

    @jsii.member(jsii_name="resetSkukeyword1")
    def reset_skukeyword1(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkukeyword1", []))

    @jsii.member(jsii_name="resetSkukeyword2")
    def reset_skukeyword2(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkukeyword2", []))

    @jsii.member(jsii_name="resetTenant")
    def reset_tenant(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenant", []))

    @jsii.member(jsii_name="resetUnitOfMeasure")
    def reset_unit_of_measure(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUnitOfMeasure", []))

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
    @jsii.member(jsii_name="assignmentTypeInput")
    def assignment_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "assignmentTypeInput"))

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
    @jsii.member(jsii_name="deviceLicenseStatusInput")
    def device_license_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deviceLicenseStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="hypervisorInput")
    def hypervisor_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hypervisorInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="keyInput")
    def key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyInput"))

    @builtins.property
    @jsii.member(jsii_name="licensePoolnameInput")
    def license_poolname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "licensePoolnameInput"))

    @builtins.property
    @jsii.member(jsii_name="macAddressInput")
    def mac_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "macAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="skukeyword1Input")
    def skukeyword1_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "skukeyword1Input"))

    @builtins.property
    @jsii.member(jsii_name="skukeyword2Input")
    def skukeyword2_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "skukeyword2Input"))

    @builtins.property
    @jsii.member(jsii_name="tenantInput")
    def tenant_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantInput"))

    @builtins.property
    @jsii.member(jsii_name="unitOfMeasureInput")
    def unit_of_measure_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "unitOfMeasureInput"))

    @builtins.property
    @jsii.member(jsii_name="assignmentType")
    def assignment_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assignmentType"))

    @assignment_type.setter
    def assignment_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74995fb6aa90617e6b1f0212e3c3160763f1b536fac5ed4a29333eec6801cba9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assignmentType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bigiqAddress")
    def bigiq_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bigiqAddress"))

    @bigiq_address.setter
    def bigiq_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c5116176db174bae9d03ea6b4b1e6e2c350f4ca7940ea658ac37a7a918ab2448)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bigiqAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bigiqLoginRef")
    def bigiq_login_ref(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bigiqLoginRef"))

    @bigiq_login_ref.setter
    def bigiq_login_ref(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6954961df00d0bdf4d538db4209ece1569a8c1e4f0eeb6273ca8fdd9621baec4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bigiqLoginRef", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bigiqPassword")
    def bigiq_password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bigiqPassword"))

    @bigiq_password.setter
    def bigiq_password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db04335a946a73af67d101d09a345a80939cfd8bd63e07987a64bb073905f2b8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bigiqPassword", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bigiqPort")
    def bigiq_port(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bigiqPort"))

    @bigiq_port.setter
    def bigiq_port(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f3115275a6045f3383a0ed75f67e78cd801586a774c7928be8c6681b35065766)
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
            type_hints = typing.get_type_hints(_typecheckingstub__fcd5db2040a113b2ee317d26def87e571de9344dd06b8107a8f6642169921aec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bigiqTokenAuth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bigiqUser")
    def bigiq_user(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bigiqUser"))

    @bigiq_user.setter
    def bigiq_user(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5277c9990cc171a185de60e33a6b0171451d8aafc004e6f7edfce6bfbb8dc0f8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bigiqUser", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="deviceLicenseStatus")
    def device_license_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deviceLicenseStatus"))

    @device_license_status.setter
    def device_license_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__40e23f1e9a3be9aed3204e0a0c5e129a21b8dc3506b0eb2e7f6b1799bb285e09)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deviceLicenseStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hypervisor")
    def hypervisor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "hypervisor"))

    @hypervisor.setter
    def hypervisor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e915da77679987fb95f7f52a20b273557bffbee7b2e47b872f824c82c67110d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hypervisor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3bf93b47e804b21ebafbfe9e6890a2506d57c563b1370412544d058f56e31ffc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="key")
    def key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "key"))

    @key.setter
    def key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9399b16115f154bd6a65e5c103e039cda21ae8062f9a9168616ae04c77587cc4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "key", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="licensePoolname")
    def license_poolname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "licensePoolname"))

    @license_poolname.setter
    def license_poolname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dab2f00d2dc1aac59b9598f8ae36f61fcbcf0465848f76ce94db66bbbd75eb5c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "licensePoolname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="macAddress")
    def mac_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "macAddress"))

    @mac_address.setter
    def mac_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eefea70b652cfe5d1c3c9e8006aa46b1a252aa39a6b6e0633484533b57c4d8b9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "macAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skukeyword1")
    def skukeyword1(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "skukeyword1"))

    @skukeyword1.setter
    def skukeyword1(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__16b46b898f217c819823d2b7533b80b0c250a857b6ab14ded8248003065658d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skukeyword1", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skukeyword2")
    def skukeyword2(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "skukeyword2"))

    @skukeyword2.setter
    def skukeyword2(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4ed4fada75c0c4eaec086d8428a914204e4b7ff2b6d907e401d1329240aef15b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skukeyword2", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenant")
    def tenant(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenant"))

    @tenant.setter
    def tenant(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4530d2fc7f8f6cd1d5bd3bc9dc306ea244d23abd8cf3a43a46a0062b775f27d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenant", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="unitOfMeasure")
    def unit_of_measure(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "unitOfMeasure"))

    @unit_of_measure.setter
    def unit_of_measure(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ee5708b5ba67214f03dd34d84b679ca967ef1ad7f1153c892bc14cc90ade031e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "unitOfMeasure", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.commonLicenseManageBigiq.CommonLicenseManageBigiqConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "assignment_type": "assignmentType",
        "bigiq_address": "bigiqAddress",
        "bigiq_password": "bigiqPassword",
        "bigiq_user": "bigiqUser",
        "license_poolname": "licensePoolname",
        "bigiq_login_ref": "bigiqLoginRef",
        "bigiq_port": "bigiqPort",
        "bigiq_token_auth": "bigiqTokenAuth",
        "device_license_status": "deviceLicenseStatus",
        "hypervisor": "hypervisor",
        "id": "id",
        "key": "key",
        "mac_address": "macAddress",
        "skukeyword1": "skukeyword1",
        "skukeyword2": "skukeyword2",
        "tenant": "tenant",
        "unit_of_measure": "unitOfMeasure",
    },
)
class CommonLicenseManageBigiqConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        assignment_type: builtins.str,
        bigiq_address: builtins.str,
        bigiq_password: builtins.str,
        bigiq_user: builtins.str,
        license_poolname: builtins.str,
        bigiq_login_ref: typing.Optional[builtins.str] = None,
        bigiq_port: typing.Optional[builtins.str] = None,
        bigiq_token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        device_license_status: typing.Optional[builtins.str] = None,
        hypervisor: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        mac_address: typing.Optional[builtins.str] = None,
        skukeyword1: typing.Optional[builtins.str] = None,
        skukeyword2: typing.Optional[builtins.str] = None,
        tenant: typing.Optional[builtins.str] = None,
        unit_of_measure: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param assignment_type: Whether the specified device is a managed/un-managed/un-reachable device. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#assignment_type CommonLicenseManageBigiq#assignment_type}
        :param bigiq_address: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_address CommonLicenseManageBigiq#bigiq_address}
        :param bigiq_password: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_password CommonLicenseManageBigiq#bigiq_password}
        :param bigiq_user: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_user CommonLicenseManageBigiq#bigiq_user}
        :param license_poolname: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#license_poolname CommonLicenseManageBigiq#license_poolname}
        :param bigiq_login_ref: Login reference for token authentication (see BIG-IQ REST docs for details). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_login_ref CommonLicenseManageBigiq#bigiq_login_ref}
        :param bigiq_port: The registration key pool to use. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_port CommonLicenseManageBigiq#bigiq_port}
        :param bigiq_token_auth: Enable to use an external authentication source (LDAP, TACACS, etc). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_token_auth CommonLicenseManageBigiq#bigiq_token_auth}
        :param device_license_status: Status of Licence Assignment. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#device_license_status CommonLicenseManageBigiq#device_license_status}
        :param hypervisor: Aws/Azure. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#hypervisor CommonLicenseManageBigiq#hypervisor}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#id CommonLicenseManageBigiq#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param key: The registration key that you want to assign from the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#key CommonLicenseManageBigiq#key}
        :param mac_address: Sets the rate at which this license usage is billed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#mac_address CommonLicenseManageBigiq#mac_address}
        :param skukeyword1: Sets the rate at which this license usage is billed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#skukeyword1 CommonLicenseManageBigiq#skukeyword1}
        :param skukeyword2: Sets the rate at which this license usage is billed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#skukeyword2 CommonLicenseManageBigiq#skukeyword2}
        :param tenant: optional description for the assignment in this field. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#tenant CommonLicenseManageBigiq#tenant}
        :param unit_of_measure: Sets the rate at which this license usage is billed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#unit_of_measure CommonLicenseManageBigiq#unit_of_measure}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__713f6a4e32796deeaf49d341b1caa61ff6ac586d8588b5a103b45d93a4eed769)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument assignment_type", value=assignment_type, expected_type=type_hints["assignment_type"])
            check_type(argname="argument bigiq_address", value=bigiq_address, expected_type=type_hints["bigiq_address"])
            check_type(argname="argument bigiq_password", value=bigiq_password, expected_type=type_hints["bigiq_password"])
            check_type(argname="argument bigiq_user", value=bigiq_user, expected_type=type_hints["bigiq_user"])
            check_type(argname="argument license_poolname", value=license_poolname, expected_type=type_hints["license_poolname"])
            check_type(argname="argument bigiq_login_ref", value=bigiq_login_ref, expected_type=type_hints["bigiq_login_ref"])
            check_type(argname="argument bigiq_port", value=bigiq_port, expected_type=type_hints["bigiq_port"])
            check_type(argname="argument bigiq_token_auth", value=bigiq_token_auth, expected_type=type_hints["bigiq_token_auth"])
            check_type(argname="argument device_license_status", value=device_license_status, expected_type=type_hints["device_license_status"])
            check_type(argname="argument hypervisor", value=hypervisor, expected_type=type_hints["hypervisor"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument mac_address", value=mac_address, expected_type=type_hints["mac_address"])
            check_type(argname="argument skukeyword1", value=skukeyword1, expected_type=type_hints["skukeyword1"])
            check_type(argname="argument skukeyword2", value=skukeyword2, expected_type=type_hints["skukeyword2"])
            check_type(argname="argument tenant", value=tenant, expected_type=type_hints["tenant"])
            check_type(argname="argument unit_of_measure", value=unit_of_measure, expected_type=type_hints["unit_of_measure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "assignment_type": assignment_type,
            "bigiq_address": bigiq_address,
            "bigiq_password": bigiq_password,
            "bigiq_user": bigiq_user,
            "license_poolname": license_poolname,
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
        if device_license_status is not None:
            self._values["device_license_status"] = device_license_status
        if hypervisor is not None:
            self._values["hypervisor"] = hypervisor
        if id is not None:
            self._values["id"] = id
        if key is not None:
            self._values["key"] = key
        if mac_address is not None:
            self._values["mac_address"] = mac_address
        if skukeyword1 is not None:
            self._values["skukeyword1"] = skukeyword1
        if skukeyword2 is not None:
            self._values["skukeyword2"] = skukeyword2
        if tenant is not None:
            self._values["tenant"] = tenant
        if unit_of_measure is not None:
            self._values["unit_of_measure"] = unit_of_measure

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
    def assignment_type(self) -> builtins.str:
        '''Whether the specified device is a managed/un-managed/un-reachable device.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#assignment_type CommonLicenseManageBigiq#assignment_type}
        '''
        result = self._values.get("assignment_type")
        assert result is not None, "Required property 'assignment_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def bigiq_address(self) -> builtins.str:
        '''The registration key pool to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_address CommonLicenseManageBigiq#bigiq_address}
        '''
        result = self._values.get("bigiq_address")
        assert result is not None, "Required property 'bigiq_address' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def bigiq_password(self) -> builtins.str:
        '''The registration key pool to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_password CommonLicenseManageBigiq#bigiq_password}
        '''
        result = self._values.get("bigiq_password")
        assert result is not None, "Required property 'bigiq_password' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def bigiq_user(self) -> builtins.str:
        '''The registration key pool to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_user CommonLicenseManageBigiq#bigiq_user}
        '''
        result = self._values.get("bigiq_user")
        assert result is not None, "Required property 'bigiq_user' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def license_poolname(self) -> builtins.str:
        '''The registration key pool to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#license_poolname CommonLicenseManageBigiq#license_poolname}
        '''
        result = self._values.get("license_poolname")
        assert result is not None, "Required property 'license_poolname' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def bigiq_login_ref(self) -> typing.Optional[builtins.str]:
        '''Login reference for token authentication (see BIG-IQ REST docs for details).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_login_ref CommonLicenseManageBigiq#bigiq_login_ref}
        '''
        result = self._values.get("bigiq_login_ref")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bigiq_port(self) -> typing.Optional[builtins.str]:
        '''The registration key pool to use.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_port CommonLicenseManageBigiq#bigiq_port}
        '''
        result = self._values.get("bigiq_port")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bigiq_token_auth(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable to use an external authentication source (LDAP, TACACS, etc).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#bigiq_token_auth CommonLicenseManageBigiq#bigiq_token_auth}
        '''
        result = self._values.get("bigiq_token_auth")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def device_license_status(self) -> typing.Optional[builtins.str]:
        '''Status of Licence Assignment.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#device_license_status CommonLicenseManageBigiq#device_license_status}
        '''
        result = self._values.get("device_license_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hypervisor(self) -> typing.Optional[builtins.str]:
        '''Aws/Azure.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#hypervisor CommonLicenseManageBigiq#hypervisor}
        '''
        result = self._values.get("hypervisor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#id CommonLicenseManageBigiq#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''The registration key that you want to assign from the pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#key CommonLicenseManageBigiq#key}
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mac_address(self) -> typing.Optional[builtins.str]:
        '''Sets the rate at which this license usage is billed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#mac_address CommonLicenseManageBigiq#mac_address}
        '''
        result = self._values.get("mac_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skukeyword1(self) -> typing.Optional[builtins.str]:
        '''Sets the rate at which this license usage is billed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#skukeyword1 CommonLicenseManageBigiq#skukeyword1}
        '''
        result = self._values.get("skukeyword1")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skukeyword2(self) -> typing.Optional[builtins.str]:
        '''Sets the rate at which this license usage is billed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#skukeyword2 CommonLicenseManageBigiq#skukeyword2}
        '''
        result = self._values.get("skukeyword2")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenant(self) -> typing.Optional[builtins.str]:
        '''optional description for the assignment in this field.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#tenant CommonLicenseManageBigiq#tenant}
        '''
        result = self._values.get("tenant")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unit_of_measure(self) -> typing.Optional[builtins.str]:
        '''Sets the rate at which this license usage is billed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/common_license_manage_bigiq#unit_of_measure CommonLicenseManageBigiq#unit_of_measure}
        '''
        result = self._values.get("unit_of_measure")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CommonLicenseManageBigiqConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "CommonLicenseManageBigiq",
    "CommonLicenseManageBigiqConfig",
]

publication.publish()

def _typecheckingstub__4cb159819efda1f9fc041de6d166b35148d27329e410dbe696d0684715ba448b(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    assignment_type: builtins.str,
    bigiq_address: builtins.str,
    bigiq_password: builtins.str,
    bigiq_user: builtins.str,
    license_poolname: builtins.str,
    bigiq_login_ref: typing.Optional[builtins.str] = None,
    bigiq_port: typing.Optional[builtins.str] = None,
    bigiq_token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    device_license_status: typing.Optional[builtins.str] = None,
    hypervisor: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    mac_address: typing.Optional[builtins.str] = None,
    skukeyword1: typing.Optional[builtins.str] = None,
    skukeyword2: typing.Optional[builtins.str] = None,
    tenant: typing.Optional[builtins.str] = None,
    unit_of_measure: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__6179269f0e5a7496485aa8465e7d1c0d0f834b9fadbc56b50c257d2c2d224996(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74995fb6aa90617e6b1f0212e3c3160763f1b536fac5ed4a29333eec6801cba9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5116176db174bae9d03ea6b4b1e6e2c350f4ca7940ea658ac37a7a918ab2448(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6954961df00d0bdf4d538db4209ece1569a8c1e4f0eeb6273ca8fdd9621baec4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db04335a946a73af67d101d09a345a80939cfd8bd63e07987a64bb073905f2b8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3115275a6045f3383a0ed75f67e78cd801586a774c7928be8c6681b35065766(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fcd5db2040a113b2ee317d26def87e571de9344dd06b8107a8f6642169921aec(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5277c9990cc171a185de60e33a6b0171451d8aafc004e6f7edfce6bfbb8dc0f8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40e23f1e9a3be9aed3204e0a0c5e129a21b8dc3506b0eb2e7f6b1799bb285e09(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e915da77679987fb95f7f52a20b273557bffbee7b2e47b872f824c82c67110d5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3bf93b47e804b21ebafbfe9e6890a2506d57c563b1370412544d058f56e31ffc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9399b16115f154bd6a65e5c103e039cda21ae8062f9a9168616ae04c77587cc4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dab2f00d2dc1aac59b9598f8ae36f61fcbcf0465848f76ce94db66bbbd75eb5c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eefea70b652cfe5d1c3c9e8006aa46b1a252aa39a6b6e0633484533b57c4d8b9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16b46b898f217c819823d2b7533b80b0c250a857b6ab14ded8248003065658d6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ed4fada75c0c4eaec086d8428a914204e4b7ff2b6d907e401d1329240aef15b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4530d2fc7f8f6cd1d5bd3bc9dc306ea244d23abd8cf3a43a46a0062b775f27d9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee5708b5ba67214f03dd34d84b679ca967ef1ad7f1153c892bc14cc90ade031e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__713f6a4e32796deeaf49d341b1caa61ff6ac586d8588b5a103b45d93a4eed769(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    assignment_type: builtins.str,
    bigiq_address: builtins.str,
    bigiq_password: builtins.str,
    bigiq_user: builtins.str,
    license_poolname: builtins.str,
    bigiq_login_ref: typing.Optional[builtins.str] = None,
    bigiq_port: typing.Optional[builtins.str] = None,
    bigiq_token_auth: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    device_license_status: typing.Optional[builtins.str] = None,
    hypervisor: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    mac_address: typing.Optional[builtins.str] = None,
    skukeyword1: typing.Optional[builtins.str] = None,
    skukeyword2: typing.Optional[builtins.str] = None,
    tenant: typing.Optional[builtins.str] = None,
    unit_of_measure: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
