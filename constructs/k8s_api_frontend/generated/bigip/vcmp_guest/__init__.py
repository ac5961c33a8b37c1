r'''
# `bigip_vcmp_guest`

Refer to the Terraform Registry for docs: [`bigip_vcmp_guest`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest).
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


class VcmpGuest(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.vcmpGuest.VcmpGuest",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest bigip_vcmp_guest}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        allowed_slots: typing.Optional[typing.Sequence[jsii.Number]] = None,
        cores_per_slot: typing.Optional[jsii.Number] = None,
        delete_virtual_disk: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        initial_hotfix: typing.Optional[builtins.str] = None,
        initial_image: typing.Optional[builtins.str] = None,
        mgmt_address: typing.Optional[builtins.str] = None,
        mgmt_network: typing.Optional[builtins.str] = None,
        mgmt_route: typing.Optional[builtins.str] = None,
        min_number_of_slots: typing.Optional[jsii.Number] = None,
        number_of_slots: typing.Optional[jsii.Number] = None,
        state: typing.Optional[builtins.str] = None,
        vlans: typing.Optional[typing.Sequence[builtins.str]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest bigip_vcmp_guest} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the vCMP guest instance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#name VcmpGuest#name}
        :param allowed_slots: Contains those slots to which the guest is allowed to be assigned. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#allowed_slots VcmpGuest#allowed_slots}
        :param cores_per_slot: The number of cores the system allocates to the guest. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#cores_per_slot VcmpGuest#cores_per_slot}
        :param delete_virtual_disk: Indicates if virtual disk associated with vCMP guest should be removed during remove operation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#delete_virtual_disk VcmpGuest#delete_virtual_disk}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#id VcmpGuest#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param initial_hotfix: The hotfix ISO image file which is applied on top of the base image. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#initial_hotfix VcmpGuest#initial_hotfix}
        :param initial_image: The base software release ISO image file for installing the TMOS hypervisor instance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#initial_image VcmpGuest#initial_image}
        :param mgmt_address: The IP address and subnet or subnet mask you use to access the guest when you want to manage a module running within the guest. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#mgmt_address VcmpGuest#mgmt_address}
        :param mgmt_network: The method by which the management address is used in the vCMP guest. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#mgmt_network VcmpGuest#mgmt_network}
        :param mgmt_route: The gateway address for the mgmt_address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#mgmt_route VcmpGuest#mgmt_route}
        :param min_number_of_slots: The minimum number of slots the guest must be assigned to in order to deploy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#min_number_of_slots VcmpGuest#min_number_of_slots}
        :param number_of_slots: The number of slots for the system to use when creating the guest. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#number_of_slots VcmpGuest#number_of_slots}
        :param state: The state of the vCMP guest on the system. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#state VcmpGuest#state}
        :param vlans: VLANs the guest uses to communicate with other guests, the host, and with the external network. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#vlans VcmpGuest#vlans}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a67721a01b2c3f27a51919dc9867eb1b14f165fa3f13300bf161bc4edb0ed5db)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = VcmpGuestConfig(
            name=name,
            allowed_slots=allowed_slots,
            cores_per_slot=cores_per_slot,
            delete_virtual_disk=delete_virtual_disk,
            id=id,
            initial_hotfix=initial_hotfix,
            initial_image=initial_image,
            mgmt_address=mgmt_address,
            mgmt_network=mgmt_network,
            mgmt_route=mgmt_route,
            min_number_of_slots=min_number_of_slots,
            number_of_slots=number_of_slots,
            state=state,
            vlans=vlans,
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
        '''Generates CDKTF code for importing a VcmpGuest resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the VcmpGuest to import.
        :param import_from_id: The id of the existing VcmpGuest that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the VcmpGuest to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e190790b218a66e93e134076f3c4b663902312b6f53a902794d860dc002e64c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAllowedSlots")
    def reset_allowed_slots(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowedSlots", []))

    @jsii.member(jsii_name="resetCoresPerSlot")
    def reset_cores_per_slot(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCoresPerSlot", []))

    @jsii.member(jsii_name="resetDeleteVirtualDisk")
    def reset_delete_virtual_disk(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeleteVirtualDisk", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetInitialHotfix")
    def reset_initial_hotfix(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInitialHotfix", []))

    @jsii.member(jsii_name="resetInitialImage")
    def reset_initial_image(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInitialImage", []))

    @jsii.member(jsii_name="resetMgmtAddress")
    def reset_mgmt_address(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMgmtAddress", []))

    @jsii.member(jsii_name="resetMgmtNetwork")
    def reset_mgmt_network(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMgmtNetwork", []))

    @jsii.member(jsii_name="resetMgmtRoute")
    def reset_mgmt_route(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMgmtRoute", []))

    @jsii.member(jsii_name="resetMinNumberOfSlots")
    def reset_min_number_of_slots(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMinNumberOfSlots", []))

    @jsii.member(jsii_name="resetNumberOfSlots")
    def reset_number_of_slots(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNumberOfSlots", []))

    @jsii.member(jsii_name="resetState")
    def reset_state(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetState", []))

    @jsii.member(jsii_name="resetVlans")
    def reset_vlans(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVlans", []))

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
    @jsii.member(jsii_name="fullPath")
    def full_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fullPath"))

    @builtins.property
    @jsii.member(jsii_name="virtualDisk")
    def virtual_disk(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "virtualDisk"))

    @builtins.property
    @jsii.member(jsii_name="allowedSlotsInput")
    def allowed_slots_input(self) -> typing.Optional[typing.List[jsii.Number]]:
        return typing.cast(typing.Optional[typing.List[jsii.Number]], jsii.get(self, "allowedSlotsInput"))

    @builtins.property
    @jsii.member(jsii_name="coresPerSlotInput")
    def cores_per_slot_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "coresPerSlotInput"))

    @builtins.property
    @jsii.member(jsii_name="deleteVirtualDiskInput")
    def delete_virtual_disk_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "deleteVirtualDiskInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="initialHotfixInput")
    def initial_hotfix_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "initialHotfixInput"))

    @builtins.property
    @jsii.member(jsii_name="initialImageInput")
    def initial_image_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "initialImageInput"))

    @builtins.property
    @jsii.member(jsii_name="mgmtAddressInput")
    def mgmt_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mgmtAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="mgmtNetworkInput")
    def mgmt_network_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mgmtNetworkInput"))

    @builtins.property
    @jsii.member(jsii_name="mgmtRouteInput")
    def mgmt_route_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mgmtRouteInput"))

    @builtins.property
    @jsii.member(jsii_name="minNumberOfSlotsInput")
    def min_number_of_slots_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "minNumberOfSlotsInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="numberOfSlotsInput")
    def number_of_slots_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "numberOfSlotsInput"))

    @builtins.property
    @jsii.member(jsii_name="stateInput")
    def state_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "stateInput"))

    @builtins.property
    @jsii.member(jsii_name="vlansInput")
    def vlans_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "vlansInput"))

    @builtins.property
    @jsii.member(jsii_name="allowedSlots")
    def allowed_slots(self) -> typing.List[jsii.Number]:
        return typing.cast(typing.List[jsii.Number], jsii.get(self, "allowedSlots"))

    @allowed_slots.setter
    def allowed_slots(self, value: typing.List[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3912b364f4506e868f84f010bd38b124eb549076e25510143a8b115fa04fc6df)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowedSlots", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="coresPerSlot")
    def cores_per_slot(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "coresPerSlot"))

    @cores_per_slot.setter
    def cores_per_slot(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__27f08a9c39507b950abb878e4e1a43affa6c4007cde9358115ee9faba3ceca4e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "coresPerSlot", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="deleteVirtualDisk")
    def delete_virtual_disk(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "deleteVirtualDisk"))

    @delete_virtual_disk.setter
    def delete_virtual_disk(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8886e812c74674730be75ce383308f7152db36acad74432663534a5fb660ad74)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deleteVirtualDisk", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe6b1c203b3c23b0dfbb1345badd8fd04d8202fe51312e2830f29aef1d521e7b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="initialHotfix")
    def initial_hotfix(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "initialHotfix"))

    @initial_hotfix.setter
    def initial_hotfix(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d179a24f98205ec9c9b781e34cf6f4d00ac3345ca7845ae3d3f0c8ef92a0c7db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "initialHotfix", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="initialImage")
    def initial_image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "initialImage"))

    @initial_image.setter
    def initial_image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e24c7f94d9736ddbe8c7e5f7bd2c0e92cc09ddc9f9f3ef8cc85374d16708d56)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "initialImage", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mgmtAddress")
    def mgmt_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mgmtAddress"))

    @mgmt_address.setter
    def mgmt_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2da134bfe34398dea188f3a9cded952456e4e417ea40058983e66e25998c9e27)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mgmtAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mgmtNetwork")
    def mgmt_network(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mgmtNetwork"))

    @mgmt_network.setter
    def mgmt_network(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b033d166c33a50bfcdb2b7cdc3a8e4288ba821118037d0d9f9cf411ce56ed91a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mgmtNetwork", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mgmtRoute")
    def mgmt_route(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mgmtRoute"))

    @mgmt_route.setter
    def mgmt_route(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__358ca95c312f26acadade855955679b1c7f7fe378b7a0f6a6e031e7b9ca44614)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mgmtRoute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="minNumberOfSlots")
    def min_number_of_slots(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "minNumberOfSlots"))

    @min_number_of_slots.setter
    def min_number_of_slots(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c2ef8c7db20a04c3a7ca2719fd6bf5102ace361ef3ac311d87b07aeac3e88191)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "minNumberOfSlots", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__78892a39b3636da1d8409adbd1f970d8a1304bd158069f2c085ceb93a03c131e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="numberOfSlots")
    def number_of_slots(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "numberOfSlots"))

    @number_of_slots.setter
    def number_of_slots(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c0f671b34314b6d470a0c4d70a72b1a4a420498dd92fd664e46308d5e503a53)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "numberOfSlots", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="state")
    def state(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "state"))

    @state.setter
    def state(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__94fd3b653985576b21541dd55f9a4454dc4a83120e2a3a33a50a959faad10382)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "state", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vlans")
    def vlans(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "vlans"))

    @vlans.setter
    def vlans(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8be8f8c52479b6ce03f19f8fa3fba4bd1bcf5c077d783deeb2406fc2b4428f02)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vlans", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.vcmpGuest.VcmpGuestConfig",
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
        "allowed_slots": "allowedSlots",
        "cores_per_slot": "coresPerSlot",
        "delete_virtual_disk": "deleteVirtualDisk",
        "id": "id",
        "initial_hotfix": "initialHotfix",
        "initial_image": "initialImage",
        "mgmt_address": "mgmtAddress",
        "mgmt_network": "mgmtNetwork",
        "mgmt_route": "mgmtRoute",
        "min_number_of_slots": "minNumberOfSlots",
        "number_of_slots": "numberOfSlots",
        "state": "state",
        "vlans": "vlans",
    },
)
class VcmpGuestConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        allowed_slots: typing.Optional[typing.Sequence[jsii.Number]] = None,
        cores_per_slot: typing.Optional[jsii.Number] = None,
        delete_virtual_disk: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        initial_hotfix: typing.Optional[builtins.str] = None,
        initial_image: typing.Optional[builtins.str] = None,
        mgmt_address: typing.Optional[builtins.str] = None,
        mgmt_network: typing.Optional[builtins.str] = None,
        mgmt_route: typing.Optional[builtins.str] = None,
        min_number_of_slots: typing.Optional[jsii.Number] = None,
        number_of_slots: typing.Optional[jsii.Number] = None,
        state: typing.Optional[builtins.str] = None,
        vlans: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the vCMP guest instance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#name VcmpGuest#name}
        :param allowed_slots: Contains those slots to which the guest is allowed to be assigned. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#allowed_slots VcmpGuest#allowed_slots}
        :param cores_per_slot: The number of cores the system allocates to the guest. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#cores_per_slot VcmpGuest#cores_per_slot}
        :param delete_virtual_disk: Indicates if virtual disk associated with vCMP guest should be removed during remove operation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#delete_virtual_disk VcmpGuest#delete_virtual_disk}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#id VcmpGuest#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param initial_hotfix: The hotfix ISO image file which is applied on top of the base image. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#initial_hotfix VcmpGuest#initial_hotfix}
        :param initial_image: The base software release ISO image file for installing the TMOS hypervisor instance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#initial_image VcmpGuest#initial_image}
        :param mgmt_address: The IP address and subnet or subnet mask you use to access the guest when you want to manage a module running within the guest. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#mgmt_address VcmpGuest#mgmt_address}
        :param mgmt_network: The method by which the management address is used in the vCMP guest. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#mgmt_network VcmpGuest#mgmt_network}
        :param mgmt_route: The gateway address for the mgmt_address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#mgmt_route VcmpGuest#mgmt_route}
        :param min_number_of_slots: The minimum number of slots the guest must be assigned to in order to deploy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#min_number_of_slots VcmpGuest#min_number_of_slots}
        :param number_of_slots: The number of slots for the system to use when creating the guest. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#number_of_slots VcmpGuest#number_of_slots}
        :param state: The state of the vCMP guest on the system. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#state VcmpGuest#state}
        :param vlans: VLANs the guest uses to communicate with other guests, the host, and with the external network. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#vlans VcmpGuest#vlans}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c724c01d6ac5692051e88ff4d785e02c7ce16cd8159c168f6ba8d484fb9cbc26)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument allowed_slots", value=allowed_slots, expected_type=type_hints["allowed_slots"])
            check_type(argname="argument cores_per_slot", value=cores_per_slot, expected_type=type_hints["cores_per_slot"])
            check_type(argname="argument delete_virtual_disk", value=delete_virtual_disk, expected_type=type_hints["delete_virtual_disk"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument initial_hotfix", value=initial_hotfix, expected_type=type_hints["initial_hotfix"])
            check_type(argname="argument initial_image", value=initial_image, expected_type=type_hints["initial_image"])
            check_type(argname="argument mgmt_address", value=mgmt_address, expected_type=type_hints["mgmt_address"])
            check_type(argname="argument mgmt_network", value=mgmt_network, expected_type=type_hints["mgmt_network"])
            check_type(argname="argument mgmt_route", value=mgmt_route, expected_type=type_hints["mgmt_route"])
            check_type(argname="argument min_number_of_slots", value=min_number_of_slots, expected_type=type_hints["min_number_of_slots"])
            check_type(argname="argument number_of_slots", value=number_of_slots, expected_type=type_hints["number_of_slots"])
            check_type(argname="argument state", value=state, expected_type=type_hints["state"])
            check_type(argname="argument vlans", value=vlans, expected_type=type_hints["vlans"])
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
        if allowed_slots is not None:
            self._values["allowed_slots"] = allowed_slots
        if cores_per_slot is not None:
            self._values["cores_per_slot"] = cores_per_slot
        if delete_virtual_disk is not None:
            self._values["delete_virtual_disk"] = delete_virtual_disk
        if id is not None:
            self._values["id"] = id
        if initial_hotfix is not None:
            self._values["initial_hotfix"] = initial_hotfix
        if initial_image is not None:
            self._values["initial_image"] = initial_image
        if mgmt_address is not None:
            self._values["mgmt_address"] = mgmt_address
        if mgmt_network is not None:
            self._values["mgmt_network"] = mgmt_network
        if mgmt_route is not None:
            self._values["mgmt_route"] = mgmt_route
        if min_number_of_slots is not None:
            self._values["min_number_of_slots"] = min_number_of_slots
        if number_of_slots is not None:
            self._values["number_of_slots"] = number_of_slots
        if state is not None:
            self._values["state"] = state
        if vlans is not None:
            self._values["vlans"] = vlans

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
        '''Name of the vCMP guest instance.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#name VcmpGuest#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allowed_slots(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''Contains those slots to which the guest is allowed to be assigned.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#allowed_slots VcmpGuest#allowed_slots}
        '''
        result = self._values.get("allowed_slots")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def cores_per_slot(self) -> typing.Optional[jsii.Number]:
        '''The number of cores the system allocates to the guest.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#cores_per_slot VcmpGuest#cores_per_slot}
        '''
        result = self._values.get("cores_per_slot")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def delete_virtual_disk(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates if virtual disk associated with vCMP guest should be removed during remove operation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#delete_virtual_disk VcmpGuest#delete_virtual_disk}
        '''
        result = self._values.get("delete_virtual_disk")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#id VcmpGuest#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def initial_hotfix(self) -> typing.Optional[builtins.str]:
        '''The hotfix ISO image file which is applied on top of the base image.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#initial_hotfix VcmpGuest#initial_hotfix}
        '''
        result = self._values.get("initial_hotfix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def initial_image(self) -> typing.Optional[builtins.str]:
        '''The base software release ISO image file for installing the TMOS hypervisor instance.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#initial_image VcmpGuest#initial_image}
        '''
        result = self._values.get("initial_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mgmt_address(self) -> typing.Optional[builtins.str]:
        '''The IP address and subnet or subnet mask you use to access the guest when you want to manage a module running within the guest.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#mgmt_address VcmpGuest#mgmt_address}
        '''
        result = self._values.get("mgmt_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mgmt_network(self) -> typing.Optional[builtins.str]:
        '''The method by which the management address is used in the vCMP guest.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#mgmt_network VcmpGuest#mgmt_network}
        '''
        result = self._values.get("mgmt_network")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mgmt_route(self) -> typing.Optional[builtins.str]:
        '''The gateway address for the mgmt_address.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#mgmt_route VcmpGuest#mgmt_route}
        '''
        result = self._values.get("mgmt_route")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def min_number_of_slots(self) -> typing.Optional[jsii.Number]:
        '''The minimum number of slots the guest must be assigned to in order to deploy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#min_number_of_slots VcmpGuest#min_number_of_slots}
        '''
        result = self._values.get("min_number_of_slots")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def number_of_slots(self) -> typing.Optional[jsii.Number]:
        '''The number of slots for the system to use when creating the guest.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#number_of_slots VcmpGuest#number_of_slots}
        '''
        result = self._values.get("number_of_slots")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def state(self) -> typing.Optional[builtins.str]:
        '''The state of the vCMP guest on the system.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#state VcmpGuest#state}
        '''
        result = self._values.get("state")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vlans(self) -> typing.Optional[typing.List[builtins.str]]:
        '''VLANs the guest uses to communicate with other guests, the host, and with the external network.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/vcmp_guest#vlans VcmpGuest#vlans}
        '''
        result = self._values.get("vlans")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VcmpGuestConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "VcmpGuest",
    "VcmpGuestConfig",
]

publication.publish()

def _typecheckingstub__a67721a01b2c3f27a51919dc9867eb1b14f165fa3f13300bf161bc4edb0ed5db(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    allowed_slots: typing.Optional[typing.Sequence[jsii.Number]] = None,
    cores_per_slot: typing.Optional[jsii.Number] = None,
    delete_virtual_disk: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    initial_hotfix: typing.Optional[builtins.str] = None,
    initial_image: typing.Optional[builtins.str] = None,
    mgmt_address: typing.Optional[builtins.str] = None,
    mgmt_network: typing.Optional[builtins.str] = None,
    mgmt_route: typing.Optional[builtins.str] = None,
    min_number_of_slots: typing.Optional[jsii.Number] = None,
    number_of_slots: typing.Optional[jsii.Number] = None,
    state: typing.Optional[builtins.str] = None,
    vlans: typing.Optional[typing.Sequence[builtins.str]] = None,
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

def _typecheckingstub__2e190790b218a66e93e134076f3c4b663902312b6f53a902794d860dc002e64c(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3912b364f4506e868f84f010bd38b124eb549076e25510143a8b115fa04fc6df(
    value: typing.List[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27f08a9c39507b950abb878e4e1a43affa6c4007cde9358115ee9faba3ceca4e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8886e812c74674730be75ce383308f7152db36acad74432663534a5fb660ad74(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe6b1c203b3c23b0dfbb1345badd8fd04d8202fe51312e2830f29aef1d521e7b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d179a24f98205ec9c9b781e34cf6f4d00ac3345ca7845ae3d3f0c8ef92a0c7db(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e24c7f94d9736ddbe8c7e5f7bd2c0e92cc09ddc9f9f3ef8cc85374d16708d56(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2da134bfe34398dea188f3a9cded952456e4e417ea40058983e66e25998c9e27(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b033d166c33a50bfcdb2b7cdc3a8e4288ba821118037d0d9f9cf411ce56ed91a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__358ca95c312f26acadade855955679b1c7f7fe378b7a0f6a6e031e7b9ca44614(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2ef8c7db20a04c3a7ca2719fd6bf5102ace361ef3ac311d87b07aeac3e88191(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78892a39b3636da1d8409adbd1f970d8a1304bd158069f2c085ceb93a03c131e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c0f671b34314b6d470a0c4d70a72b1a4a420498dd92fd664e46308d5e503a53(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94fd3b653985576b21541dd55f9a4454dc4a83120e2a3a33a50a959faad10382(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8be8f8c52479b6ce03f19f8fa3fba4bd1bcf5c077d783deeb2406fc2b4428f02(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c724c01d6ac5692051e88ff4d785e02c7ce16cd8159c168f6ba8d484fb9cbc26(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    allowed_slots: typing.Optional[typing.Sequence[jsii.Number]] = None,
    cores_per_slot: typing.Optional[jsii.Number] = None,
    delete_virtual_disk: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    initial_hotfix: typing.Optional[builtins.str] = None,
    initial_image: typing.Optional[builtins.str] = None,
    mgmt_address: typing.Optional[builtins.str] = None,
    mgmt_network: typing.Optional[builtins.str] = None,
    mgmt_route: typing.Optional[builtins.str] = None,
    min_number_of_slots: typing.Optional[jsii.Number] = None,
    number_of_slots: typing.Optional[jsii.Number] = None,
    state: typing.Optional[builtins.str] = None,
    vlans: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
