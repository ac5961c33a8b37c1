r'''
# `bigip_gtm_datacenter`

Refer to the Terraform Registry for docs: [`bigip_gtm_datacenter`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter).
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


class GtmDatacenter(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.gtmDatacenter.GtmDatacenter",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter bigip_gtm_datacenter}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        contact: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        location: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        prober_fallback: typing.Optional[builtins.str] = None,
        prober_preference: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter bigip_gtm_datacenter} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the GTM datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#name GtmDatacenter#name}
        :param contact: Contact information for the datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#contact GtmDatacenter#contact}
        :param description: Description of the datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#description GtmDatacenter#description}
        :param enabled: Enable or disable the datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#enabled GtmDatacenter#enabled}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#id GtmDatacenter#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param location: Location of the datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#location GtmDatacenter#location}
        :param partition: Partition of the GTM datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#partition GtmDatacenter#partition}
        :param prober_fallback: Type of prober to use for fallback. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#prober_fallback GtmDatacenter#prober_fallback}
        :param prober_preference: Type of prober to prefer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#prober_preference GtmDatacenter#prober_preference}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4425cedaae1fa38a174502fa5cd7b5bb98409ca798dae7d0360b583e2353f44d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = GtmDatacenterConfig(
            name=name,
            contact=contact,
            description=description,
            enabled=enabled,
            id=id,
            location=location,
            partition=partition,
            prober_fallback=prober_fallback,
            prober_preference=prober_preference,
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
        '''Generates CDKTF code for importing a GtmDatacenter resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the GtmDatacenter to import.
        :param import_from_id: The id of the existing GtmDatacenter that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the GtmDatacenter to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__082362d47089d18c42a702032f5b8d8a2eff09e44bb0dbd1d8f603a8e12f5258)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetContact")
    def reset_contact(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContact", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetEnabled")
    def reset_enabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnabled", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetLocation")
    def reset_location(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLocation", []))

    @jsii.member(jsii_name="resetPartition")
    def reset_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartition", []))

    @jsii.member(jsii_name="resetProberFallback")
    def reset_prober_fallback(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProberFallback", []))

    @jsii.member(jsii_name="resetProberPreference")
    def reset_prober_preference(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProberPreference", []))

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
    @jsii.member(jsii_name="contactInput")
    def contact_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "contactInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="enabledInput")
    def enabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enabledInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="locationInput")
    def location_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "locationInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="partitionInput")
    def partition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "partitionInput"))

    @builtins.property
    @jsii.member(jsii_name="proberFallbackInput")
    def prober_fallback_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proberFallbackInput"))

    @builtins.property
    @jsii.member(jsii_name="proberPreferenceInput")
    def prober_preference_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proberPreferenceInput"))

    @builtins.property
    @jsii.member(jsii_name="contact")
    def contact(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "contact"))

    @contact.setter
    def contact(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__519bfa7aa8ca38f07ff90098ef1f295efb03b15dbde05bc7a96d16f5ba7cdbbc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "contact", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d2bd897a2d55365cf1b5e2c5f6cbb63268c661b01ae90fcc2a12cd1411d0b30)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enabled")
    def enabled(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enabled"))

    @enabled.setter
    def enabled(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f4ceaab88cc29db8f99ee1995ceb80e9a3823f6e62287ee17b2c17727734f5ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e081260ad9836c55fee786203c1c51a5b2f9365a468b1252ee64ca76c1b1cc9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="location")
    def location(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "location"))

    @location.setter
    def location(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4493f4e7bd3e7b1baae54c590dbcaa7819bfb43f4a24b1e6ee8252ca54f0f123)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "location", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__22666745dbba2e4009f954cce2731483d632b99cda98f62cb0bb00963c8a7aec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c53b162120a36595bf535b1cbb81f6df4dfd6a5eb5f369f1d487fffcaa616b55)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proberFallback")
    def prober_fallback(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proberFallback"))

    @prober_fallback.setter
    def prober_fallback(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bf6adc00bf0ccfa7e2fcb2c73faa160abaea2537f73d69a4958f97eaa1148a70)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proberFallback", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proberPreference")
    def prober_preference(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proberPreference"))

    @prober_preference.setter
    def prober_preference(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a43bd51d26caff25d39bc1c6352284a085d2ba9c7c4362e3713556ee46526cde)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proberPreference", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.gtmDatacenter.GtmDatacenterConfig",
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
        "contact": "contact",
        "description": "description",
        "enabled": "enabled",
        "id": "id",
        "location": "location",
        "partition": "partition",
        "prober_fallback": "proberFallback",
        "prober_preference": "proberPreference",
    },
)
class GtmDatacenterConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        contact: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        location: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        prober_fallback: typing.Optional[builtins.str] = None,
        prober_preference: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the GTM datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#name GtmDatacenter#name}
        :param contact: Contact information for the datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#contact GtmDatacenter#contact}
        :param description: Description of the datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#description GtmDatacenter#description}
        :param enabled: Enable or disable the datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#enabled GtmDatacenter#enabled}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#id GtmDatacenter#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param location: Location of the datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#location GtmDatacenter#location}
        :param partition: Partition of the GTM datacenter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#partition GtmDatacenter#partition}
        :param prober_fallback: Type of prober to use for fallback. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#prober_fallback GtmDatacenter#prober_fallback}
        :param prober_preference: Type of prober to prefer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#prober_preference GtmDatacenter#prober_preference}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b309356aca58ef043a7d3e9f34d9cbfb8ee37f50fe6426618d0560c6f55f0532)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument contact", value=contact, expected_type=type_hints["contact"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument prober_fallback", value=prober_fallback, expected_type=type_hints["prober_fallback"])
            check_type(argname="argument prober_preference", value=prober_preference, expected_type=type_hints["prober_preference"])
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
        if contact is not None:
            self._values["contact"] = contact
        if description is not None:
            self._values["description"] = description
        if enabled is not None:
            self._values["enabled"] = enabled
        if id is not None:
            self._values["id"] = id
        if location is not None:
            self._values["location"] = location
        if partition is not None:
            self._values["partition"] = partition
        if prober_fallback is not None:
            self._values["prober_fallback"] = prober_fallback
        if prober_preference is not None:
            self._values["prober_preference"] = prober_preference

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
        '''Name of the GTM datacenter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#name GtmDatacenter#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def contact(self) -> typing.Optional[builtins.str]:
        '''Contact information for the datacenter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#contact GtmDatacenter#contact}
        '''
        result = self._values.get("contact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Description of the datacenter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#description GtmDatacenter#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable or disable the datacenter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#enabled GtmDatacenter#enabled}
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#id GtmDatacenter#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def location(self) -> typing.Optional[builtins.str]:
        '''Location of the datacenter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#location GtmDatacenter#location}
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''Partition of the GTM datacenter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#partition GtmDatacenter#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prober_fallback(self) -> typing.Optional[builtins.str]:
        '''Type of prober to use for fallback.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#prober_fallback GtmDatacenter#prober_fallback}
        '''
        result = self._values.get("prober_fallback")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prober_preference(self) -> typing.Optional[builtins.str]:
        '''Type of prober to prefer.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/gtm_datacenter#prober_preference GtmDatacenter#prober_preference}
        '''
        result = self._values.get("prober_preference")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GtmDatacenterConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "GtmDatacenter",
    "GtmDatacenterConfig",
]

publication.publish()

def _typecheckingstub__4425cedaae1fa38a174502fa5cd7b5bb98409ca798dae7d0360b583e2353f44d(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    contact: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    location: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    prober_fallback: typing.Optional[builtins.str] = None,
    prober_preference: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__082362d47089d18c42a702032f5b8d8a2eff09e44bb0dbd1d8f603a8e12f5258(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__519bfa7aa8ca38f07ff90098ef1f295efb03b15dbde05bc7a96d16f5ba7cdbbc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d2bd897a2d55365cf1b5e2c5f6cbb63268c661b01ae90fcc2a12cd1411d0b30(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4ceaab88cc29db8f99ee1995ceb80e9a3823f6e62287ee17b2c17727734f5ec(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e081260ad9836c55fee786203c1c51a5b2f9365a468b1252ee64ca76c1b1cc9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4493f4e7bd3e7b1baae54c590dbcaa7819bfb43f4a24b1e6ee8252ca54f0f123(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22666745dbba2e4009f954cce2731483d632b99cda98f62cb0bb00963c8a7aec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c53b162120a36595bf535b1cbb81f6df4dfd6a5eb5f369f1d487fffcaa616b55(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf6adc00bf0ccfa7e2fcb2c73faa160abaea2537f73d69a4958f97eaa1148a70(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a43bd51d26caff25d39bc1c6352284a085d2ba9c7c4362e3713556ee46526cde(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b309356aca58ef043a7d3e9f34d9cbfb8ee37f50fe6426618d0560c6f55f0532(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    contact: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    location: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    prober_fallback: typing.Optional[builtins.str] = None,
    prober_preference: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
