r'''
# `bigip_ltm_profile_fasthttp`

Refer to the Terraform Registry for docs: [`bigip_ltm_profile_fasthttp`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp).
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


class LtmProfileFasthttp(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileFasthttp.LtmProfileFasthttp",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp bigip_ltm_profile_fasthttp}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        connpoolidle_timeoutoverride: typing.Optional[jsii.Number] = None,
        connpool_maxreuse: typing.Optional[jsii.Number] = None,
        connpool_maxsize: typing.Optional[jsii.Number] = None,
        connpool_minsize: typing.Optional[jsii.Number] = None,
        connpool_replenish: typing.Optional[builtins.str] = None,
        connpool_step: typing.Optional[jsii.Number] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        forcehttp10_response: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[jsii.Number] = None,
        maxheader_size: typing.Optional[jsii.Number] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp bigip_ltm_profile_fasthttp} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the Fasthttp Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#name LtmProfileFasthttp#name}
        :param connpoolidle_timeoutoverride: idle_timeout can be given value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpoolidle_timeoutoverride LtmProfileFasthttp#connpoolidle_timeoutoverride}
        :param connpool_maxreuse: connpool_maxreuse timer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_maxreuse LtmProfileFasthttp#connpool_maxreuse}
        :param connpool_maxsize: timer integer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_maxsize LtmProfileFasthttp#connpool_maxsize}
        :param connpool_minsize: Pool min size. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_minsize LtmProfileFasthttp#connpool_minsize}
        :param connpool_replenish: enabled or disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_replenish LtmProfileFasthttp#connpool_replenish}
        :param connpool_step: integer value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_step LtmProfileFasthttp#connpool_step}
        :param defaults_from: Use the parent Fasthttp profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#defaults_from LtmProfileFasthttp#defaults_from}
        :param forcehttp10_response: disabled or enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#forcehttp_10response LtmProfileFasthttp#forcehttp_10response}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#id LtmProfileFasthttp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param idle_timeout: integer value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#idle_timeout LtmProfileFasthttp#idle_timeout}
        :param maxheader_size: integer value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#maxheader_size LtmProfileFasthttp#maxheader_size}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c522772d7cb3c72535ca5223d6d1314f0f8211d8d20b42e69761417696da129)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmProfileFasthttpConfig(
            name=name,
            connpoolidle_timeoutoverride=connpoolidle_timeoutoverride,
            connpool_maxreuse=connpool_maxreuse,
            connpool_maxsize=connpool_maxsize,
            connpool_minsize=connpool_minsize,
            connpool_replenish=connpool_replenish,
            connpool_step=connpool_step,
            defaults_from=defaults_from,
            forcehttp10_response=forcehttp10_response,
            id=id,
            idle_timeout=idle_timeout,
            maxheader_size=maxheader_size,
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
        '''Generates CDKTF code for importing a LtmProfileFasthttp resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmProfileFasthttp to import.
        :param import_from_id: The id of the existing LtmProfileFasthttp that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmProfileFasthttp to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5b4e704f786be12612f4ef906d2cd3d62736b007183a13d9045acdebaaf6e77b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetConnpoolidleTimeoutoverride")
    def reset_connpoolidle_timeoutoverride(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnpoolidleTimeoutoverride", []))

    @jsii.member(jsii_name="resetConnpoolMaxreuse")
    def reset_connpool_maxreuse(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnpoolMaxreuse", []))

    @jsii.member(jsii_name="resetConnpoolMaxsize")
    def reset_connpool_maxsize(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnpoolMaxsize", []))

    @jsii.member(jsii_name="resetConnpoolMinsize")
    def reset_connpool_minsize(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnpoolMinsize", []))

    @jsii.member(jsii_name="resetConnpoolReplenish")
    def reset_connpool_replenish(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnpoolReplenish", []))

    @jsii.member(jsii_name="resetConnpoolStep")
    def reset_connpool_step(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnpoolStep", []))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetForcehttp10Response")
    def reset_forcehttp10_response(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetForcehttp10Response", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIdleTimeout")
    def reset_idle_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIdleTimeout", []))

    @jsii.member(jsii_name="resetMaxheaderSize")
    def reset_maxheader_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxheaderSize", []))

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
    @jsii.member(jsii_name="connpoolidleTimeoutoverrideInput")
    def connpoolidle_timeoutoverride_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connpoolidleTimeoutoverrideInput"))

    @builtins.property
    @jsii.member(jsii_name="connpoolMaxreuseInput")
    def connpool_maxreuse_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connpoolMaxreuseInput"))

    @builtins.property
    @jsii.member(jsii_name="connpoolMaxsizeInput")
    def connpool_maxsize_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connpoolMaxsizeInput"))

    @builtins.property
    @jsii.member(jsii_name="connpoolMinsizeInput")
    def connpool_minsize_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connpoolMinsizeInput"))

    @builtins.property
    @jsii.member(jsii_name="connpoolReplenishInput")
    def connpool_replenish_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "connpoolReplenishInput"))

    @builtins.property
    @jsii.member(jsii_name="connpoolStepInput")
    def connpool_step_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connpoolStepInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="forcehttp10ResponseInput")
    def forcehttp10_response_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "forcehttp10ResponseInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="idleTimeoutInput")
    def idle_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "idleTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="maxheaderSizeInput")
    def maxheader_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxheaderSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="connpoolidleTimeoutoverride")
    def connpoolidle_timeoutoverride(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connpoolidleTimeoutoverride"))

    @connpoolidle_timeoutoverride.setter
    def connpoolidle_timeoutoverride(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e968735065d31aec70c30b6c0326f8db58caf0705c5050d012b36e8a9bb571e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connpoolidleTimeoutoverride", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connpoolMaxreuse")
    def connpool_maxreuse(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connpoolMaxreuse"))

    @connpool_maxreuse.setter
    def connpool_maxreuse(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__812bafba1b04a47eca6ac887e7ec80855618da1f5c51a5eb9915ab7789c67ac0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connpoolMaxreuse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connpoolMaxsize")
    def connpool_maxsize(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connpoolMaxsize"))

    @connpool_maxsize.setter
    def connpool_maxsize(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__babe322f29ff8c44f92d98c6dc0d96612754f4538f1f256444c6d3aa0d9ea77e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connpoolMaxsize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connpoolMinsize")
    def connpool_minsize(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connpoolMinsize"))

    @connpool_minsize.setter
    def connpool_minsize(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__af2f5da0dab0d78e4065f6e702d8f45012a22d12ab536a083945ccdf22fac276)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connpoolMinsize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connpoolReplenish")
    def connpool_replenish(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connpoolReplenish"))

    @connpool_replenish.setter
    def connpool_replenish(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5cccc79fad75287b619ed7eb35da47662337120ccf4770363a2be6276ea97f44)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connpoolReplenish", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connpoolStep")
    def connpool_step(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connpoolStep"))

    @connpool_step.setter
    def connpool_step(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a9760c8b4dc15b33e1f9eef77b480b1f722011f7e06ce572327805baf948c9eb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connpoolStep", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e6859083f631bb874da68901a07d4df25946bbbe04bf2b8db59dcf8f6123ac6b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="forcehttp10Response")
    def forcehttp10_response(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "forcehttp10Response"))

    @forcehttp10_response.setter
    def forcehttp10_response(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__20fc54dbf380b3be8a2dca8252554a4cc842bdbd6ea1ec07cc58538ed0066772)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "forcehttp10Response", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5e98935c211617678f39ae9d32cc029b590ddcb9466316c79f5b76f7a1e15e9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="idleTimeout")
    def idle_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "idleTimeout"))

    @idle_timeout.setter
    def idle_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2d24b051be7ba1d4fb8963875ef22163750adcfb398ec855ac3d5555bbf4befc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "idleTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxheaderSize")
    def maxheader_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxheaderSize"))

    @maxheader_size.setter
    def maxheader_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d9ac60692917cf444a4e03a5a4a37ecad28b9a4100e059a9a35e71d21096a784)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxheaderSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__24753179fa59b736dbe9e0d8cb1ed5a27afd23c194b23bc8d1262dfcfc1ecee6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileFasthttp.LtmProfileFasthttpConfig",
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
        "connpoolidle_timeoutoverride": "connpoolidleTimeoutoverride",
        "connpool_maxreuse": "connpoolMaxreuse",
        "connpool_maxsize": "connpoolMaxsize",
        "connpool_minsize": "connpoolMinsize",
        "connpool_replenish": "connpoolReplenish",
        "connpool_step": "connpoolStep",
        "defaults_from": "defaultsFrom",
        "forcehttp10_response": "forcehttp10Response",
        "id": "id",
        "idle_timeout": "idleTimeout",
        "maxheader_size": "maxheaderSize",
    },
)
class LtmProfileFasthttpConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        connpoolidle_timeoutoverride: typing.Optional[jsii.Number] = None,
        connpool_maxreuse: typing.Optional[jsii.Number] = None,
        connpool_maxsize: typing.Optional[jsii.Number] = None,
        connpool_minsize: typing.Optional[jsii.Number] = None,
        connpool_replenish: typing.Optional[builtins.str] = None,
        connpool_step: typing.Optional[jsii.Number] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        forcehttp10_response: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[jsii.Number] = None,
        maxheader_size: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the Fasthttp Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#name LtmProfileFasthttp#name}
        :param connpoolidle_timeoutoverride: idle_timeout can be given value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpoolidle_timeoutoverride LtmProfileFasthttp#connpoolidle_timeoutoverride}
        :param connpool_maxreuse: connpool_maxreuse timer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_maxreuse LtmProfileFasthttp#connpool_maxreuse}
        :param connpool_maxsize: timer integer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_maxsize LtmProfileFasthttp#connpool_maxsize}
        :param connpool_minsize: Pool min size. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_minsize LtmProfileFasthttp#connpool_minsize}
        :param connpool_replenish: enabled or disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_replenish LtmProfileFasthttp#connpool_replenish}
        :param connpool_step: integer value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_step LtmProfileFasthttp#connpool_step}
        :param defaults_from: Use the parent Fasthttp profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#defaults_from LtmProfileFasthttp#defaults_from}
        :param forcehttp10_response: disabled or enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#forcehttp_10response LtmProfileFasthttp#forcehttp_10response}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#id LtmProfileFasthttp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param idle_timeout: integer value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#idle_timeout LtmProfileFasthttp#idle_timeout}
        :param maxheader_size: integer value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#maxheader_size LtmProfileFasthttp#maxheader_size}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c668d7718d2fde9be96b88d95b2216550d70d1f585d9e45259655e223a66aee7)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument connpoolidle_timeoutoverride", value=connpoolidle_timeoutoverride, expected_type=type_hints["connpoolidle_timeoutoverride"])
            check_type(argname="argument connpool_maxreuse", value=connpool_maxreuse, expected_type=type_hints["connpool_maxreuse"])
            check_type(argname="argument connpool_maxsize", value=connpool_maxsize, expected_type=type_hints["connpool_maxsize"])
            check_type(argname="argument connpool_minsize", value=connpool_minsize, expected_type=type_hints["connpool_minsize"])
            check_type(argname="argument connpool_replenish", value=connpool_replenish, expected_type=type_hints["connpool_replenish"])
            check_type(argname="argument connpool_step", value=connpool_step, expected_type=type_hints["connpool_step"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument forcehttp10_response", value=forcehttp10_response, expected_type=type_hints["forcehttp10_response"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument maxheader_size", value=maxheader_size, expected_type=type_hints["maxheader_size"])
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
        if connpoolidle_timeoutoverride is not None:
            self._values["connpoolidle_timeoutoverride"] = connpoolidle_timeoutoverride
        if connpool_maxreuse is not None:
            self._values["connpool_maxreuse"] = connpool_maxreuse
        if connpool_maxsize is not None:
            self._values["connpool_maxsize"] = connpool_maxsize
        if connpool_minsize is not None:
            self._values["connpool_minsize"] = connpool_minsize
        if connpool_replenish is not None:
            self._values["connpool_replenish"] = connpool_replenish
        if connpool_step is not None:
            self._values["connpool_step"] = connpool_step
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if forcehttp10_response is not None:
            self._values["forcehttp10_response"] = forcehttp10_response
        if id is not None:
            self._values["id"] = id
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if maxheader_size is not None:
            self._values["maxheader_size"] = maxheader_size

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
        '''Name of the Fasthttp Profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#name LtmProfileFasthttp#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def connpoolidle_timeoutoverride(self) -> typing.Optional[jsii.Number]:
        '''idle_timeout can be given value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpoolidle_timeoutoverride LtmProfileFasthttp#connpoolidle_timeoutoverride}
        '''
        result = self._values.get("connpoolidle_timeoutoverride")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def connpool_maxreuse(self) -> typing.Optional[jsii.Number]:
        '''connpool_maxreuse timer.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_maxreuse LtmProfileFasthttp#connpool_maxreuse}
        '''
        result = self._values.get("connpool_maxreuse")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def connpool_maxsize(self) -> typing.Optional[jsii.Number]:
        '''timer integer.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_maxsize LtmProfileFasthttp#connpool_maxsize}
        '''
        result = self._values.get("connpool_maxsize")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def connpool_minsize(self) -> typing.Optional[jsii.Number]:
        '''Pool min size.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_minsize LtmProfileFasthttp#connpool_minsize}
        '''
        result = self._values.get("connpool_minsize")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def connpool_replenish(self) -> typing.Optional[builtins.str]:
        '''enabled or disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_replenish LtmProfileFasthttp#connpool_replenish}
        '''
        result = self._values.get("connpool_replenish")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connpool_step(self) -> typing.Optional[jsii.Number]:
        '''integer value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#connpool_step LtmProfileFasthttp#connpool_step}
        '''
        result = self._values.get("connpool_step")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Use the parent Fasthttp profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#defaults_from LtmProfileFasthttp#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def forcehttp10_response(self) -> typing.Optional[builtins.str]:
        '''disabled or enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#forcehttp_10response LtmProfileFasthttp#forcehttp_10response}
        '''
        result = self._values.get("forcehttp10_response")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#id LtmProfileFasthttp#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[jsii.Number]:
        '''integer value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#idle_timeout LtmProfileFasthttp#idle_timeout}
        '''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def maxheader_size(self) -> typing.Optional[jsii.Number]:
        '''integer value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_fasthttp#maxheader_size LtmProfileFasthttp#maxheader_size}
        '''
        result = self._values.get("maxheader_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileFasthttpConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmProfileFasthttp",
    "LtmProfileFasthttpConfig",
]

publication.publish()

def _typecheckingstub__4c522772d7cb3c72535ca5223d6d1314f0f8211d8d20b42e69761417696da129(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    connpoolidle_timeoutoverride: typing.Optional[jsii.Number] = None,
    connpool_maxreuse: typing.Optional[jsii.Number] = None,
    connpool_maxsize: typing.Optional[jsii.Number] = None,
    connpool_minsize: typing.Optional[jsii.Number] = None,
    connpool_replenish: typing.Optional[builtins.str] = None,
    connpool_step: typing.Optional[jsii.Number] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    forcehttp10_response: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[jsii.Number] = None,
    maxheader_size: typing.Optional[jsii.Number] = None,
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

def _typecheckingstub__5b4e704f786be12612f4ef906d2cd3d62736b007183a13d9045acdebaaf6e77b(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e968735065d31aec70c30b6c0326f8db58caf0705c5050d012b36e8a9bb571e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__812bafba1b04a47eca6ac887e7ec80855618da1f5c51a5eb9915ab7789c67ac0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__babe322f29ff8c44f92d98c6dc0d96612754f4538f1f256444c6d3aa0d9ea77e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af2f5da0dab0d78e4065f6e702d8f45012a22d12ab536a083945ccdf22fac276(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5cccc79fad75287b619ed7eb35da47662337120ccf4770363a2be6276ea97f44(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9760c8b4dc15b33e1f9eef77b480b1f722011f7e06ce572327805baf948c9eb(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6859083f631bb874da68901a07d4df25946bbbe04bf2b8db59dcf8f6123ac6b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20fc54dbf380b3be8a2dca8252554a4cc842bdbd6ea1ec07cc58538ed0066772(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e98935c211617678f39ae9d32cc029b590ddcb9466316c79f5b76f7a1e15e9a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d24b051be7ba1d4fb8963875ef22163750adcfb398ec855ac3d5555bbf4befc(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9ac60692917cf444a4e03a5a4a37ecad28b9a4100e059a9a35e71d21096a784(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24753179fa59b736dbe9e0d8cb1ed5a27afd23c194b23bc8d1262dfcfc1ecee6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c668d7718d2fde9be96b88d95b2216550d70d1f585d9e45259655e223a66aee7(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    connpoolidle_timeoutoverride: typing.Optional[jsii.Number] = None,
    connpool_maxreuse: typing.Optional[jsii.Number] = None,
    connpool_maxsize: typing.Optional[jsii.Number] = None,
    connpool_minsize: typing.Optional[jsii.Number] = None,
    connpool_replenish: typing.Optional[builtins.str] = None,
    connpool_step: typing.Optional[jsii.Number] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    forcehttp10_response: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[jsii.Number] = None,
    maxheader_size: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
