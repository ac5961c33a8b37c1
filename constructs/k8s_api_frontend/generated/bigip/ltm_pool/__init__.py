r'''
# `bigip_ltm_pool`

Refer to the Terraform Registry for docs: [`bigip_ltm_pool`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool).
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


class LtmPool(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmPool.LtmPool",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool bigip_ltm_pool}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        allow_nat: typing.Optional[builtins.str] = None,
        allow_snat: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        minimum_active_members: typing.Optional[jsii.Number] = None,
        monitors: typing.Optional[typing.Sequence[builtins.str]] = None,
        reselect_tries: typing.Optional[jsii.Number] = None,
        service_down_action: typing.Optional[builtins.str] = None,
        slow_ramp_time: typing.Optional[jsii.Number] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool bigip_ltm_pool} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#name LtmPool#name}
        :param allow_nat: Specifies whether NATs are automatically enabled or disabled for any connections using this pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#allow_nat LtmPool#allow_nat}
        :param allow_snat: Specifies whether SNATs are automatically enabled or disabled for any connections using this pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#allow_snat LtmPool#allow_snat}
        :param description: Specifies descriptive text that identifies the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#description LtmPool#description}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#id LtmPool#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param load_balancing_mode: Specifies the load balancing method. The default is Round Robin.Possible values: round-robin, ... Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#load_balancing_mode LtmPool#load_balancing_mode}
        :param minimum_active_members: Specifies whether the system load balances traffic according to the priority number assigned to the pool member,Default Value is 0(disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#minimum_active_members LtmPool#minimum_active_members}
        :param monitors: Specifies an association between a health or performance monitor and an entire pool, rather than with individual pool members. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#monitors LtmPool#monitors}
        :param reselect_tries: Specifies the number of times the system tries to contact a new pool member after a passive failure. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#reselect_tries LtmPool#reselect_tries}
        :param service_down_action: Specifies how the system should respond when the target pool member becomes unavailable. The default is None, Possible values: [none, reset, reselect, drop] Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#service_down_action LtmPool#service_down_action}
        :param slow_ramp_time: Specifies the duration during which the system sends less traffic to a newly-enabled pool member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#slow_ramp_time LtmPool#slow_ramp_time}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f630e027030567b3301d5476f1187889997a1df720c7e78a0f97ffa2698a03c0)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmPoolConfig(
            name=name,
            allow_nat=allow_nat,
            allow_snat=allow_snat,
            description=description,
            id=id,
            load_balancing_mode=load_balancing_mode,
            minimum_active_members=minimum_active_members,
            monitors=monitors,
            reselect_tries=reselect_tries,
            service_down_action=service_down_action,
            slow_ramp_time=slow_ramp_time,
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
        '''Generates CDKTF code for importing a LtmPool resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmPool to import.
        :param import_from_id: The id of the existing LtmPool that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmPool to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9c0c9d60aa2e3fd855ec8b0ee5663b028bfb30cd2ea15b8288f8fdf1e12e7a5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAllowNat")
    def reset_allow_nat(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowNat", []))

    @jsii.member(jsii_name="resetAllowSnat")
    def reset_allow_snat(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowSnat", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetLoadBalancingMode")
    def reset_load_balancing_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLoadBalancingMode", []))

    @jsii.member(jsii_name="resetMinimumActiveMembers")
    def reset_minimum_active_members(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMinimumActiveMembers", []))

    @jsii.member(jsii_name="resetMonitors")
    def reset_monitors(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonitors", []))

    @jsii.member(jsii_name="resetReselectTries")
    def reset_reselect_tries(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReselectTries", []))

    @jsii.member(jsii_name="resetServiceDownAction")
    def reset_service_down_action(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServiceDownAction", []))

    @jsii.member(jsii_name="resetSlowRampTime")
    def reset_slow_ramp_time(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSlowRampTime", []))

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
    @jsii.member(jsii_name="allowNatInput")
    def allow_nat_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "allowNatInput"))

    @builtins.property
    @jsii.member(jsii_name="allowSnatInput")
    def allow_snat_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "allowSnatInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="loadBalancingModeInput")
    def load_balancing_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "loadBalancingModeInput"))

    @builtins.property
    @jsii.member(jsii_name="minimumActiveMembersInput")
    def minimum_active_members_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "minimumActiveMembersInput"))

    @builtins.property
    @jsii.member(jsii_name="monitorsInput")
    def monitors_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "monitorsInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="reselectTriesInput")
    def reselect_tries_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "reselectTriesInput"))

    @builtins.property
    @jsii.member(jsii_name="serviceDownActionInput")
    def service_down_action_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serviceDownActionInput"))

    @builtins.property
    @jsii.member(jsii_name="slowRampTimeInput")
    def slow_ramp_time_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "slowRampTimeInput"))

    @builtins.property
    @jsii.member(jsii_name="allowNat")
    def allow_nat(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "allowNat"))

    @allow_nat.setter
    def allow_nat(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f16381e9c89dd7468421f5555f29babf15f0081b4398a7889d5ae479dddacc10)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowNat", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="allowSnat")
    def allow_snat(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "allowSnat"))

    @allow_snat.setter
    def allow_snat(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__556b79aa66df449de74ccbd5c402dcdab461f9e4350bf6ad8f4d820e95a2f216)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowSnat", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a0a7c1f599ef08930c9d0c60f24e17e06509eb0124023c0ce97fcebe51c03fcb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__44b1b6d387703a5eecdea2b8fca5de8edfe7c45692e656c5f3d1778ada0552e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="loadBalancingMode")
    def load_balancing_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "loadBalancingMode"))

    @load_balancing_mode.setter
    def load_balancing_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13812ebf71f2778299450e05e90d34631a1b9bb948f40417d2fa640a4b52f037)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "loadBalancingMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="minimumActiveMembers")
    def minimum_active_members(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "minimumActiveMembers"))

    @minimum_active_members.setter
    def minimum_active_members(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5e1fc77cbe695a8559ec35011450906b8ad135145e547c9938ae50a2d91a4927)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "minimumActiveMembers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monitors")
    def monitors(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "monitors"))

    @monitors.setter
    def monitors(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__63ee82b80ad139a790995477cbfe4f86a6184b0a46ec36d759980144b05cc562)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monitors", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e17d76f84469aeba68c25ce06899f041548ad0dc8fe6e0125b41c559681d501b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="reselectTries")
    def reselect_tries(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "reselectTries"))

    @reselect_tries.setter
    def reselect_tries(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3f0d9bdf071e30209744dec354bf8e40722dd3e729775167309d9d461c9c256b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "reselectTries", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serviceDownAction")
    def service_down_action(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serviceDownAction"))

    @service_down_action.setter
    def service_down_action(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a48bb37a333aba122490c7601cbcdcef92a2c3fcbfa2d59ebffe04e2431feb37)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serviceDownAction", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slowRampTime")
    def slow_ramp_time(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "slowRampTime"))

    @slow_ramp_time.setter
    def slow_ramp_time(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__54e1e25cf40ea9dac3ef7aaef1d7c23f8dded2266e6a11cdec9465374f8d1642)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slowRampTime", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmPool.LtmPoolConfig",
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
        "allow_nat": "allowNat",
        "allow_snat": "allowSnat",
        "description": "description",
        "id": "id",
        "load_balancing_mode": "loadBalancingMode",
        "minimum_active_members": "minimumActiveMembers",
        "monitors": "monitors",
        "reselect_tries": "reselectTries",
        "service_down_action": "serviceDownAction",
        "slow_ramp_time": "slowRampTime",
    },
)
class LtmPoolConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        allow_nat: typing.Optional[builtins.str] = None,
        allow_snat: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        load_balancing_mode: typing.Optional[builtins.str] = None,
        minimum_active_members: typing.Optional[jsii.Number] = None,
        monitors: typing.Optional[typing.Sequence[builtins.str]] = None,
        reselect_tries: typing.Optional[jsii.Number] = None,
        service_down_action: typing.Optional[builtins.str] = None,
        slow_ramp_time: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#name LtmPool#name}
        :param allow_nat: Specifies whether NATs are automatically enabled or disabled for any connections using this pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#allow_nat LtmPool#allow_nat}
        :param allow_snat: Specifies whether SNATs are automatically enabled or disabled for any connections using this pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#allow_snat LtmPool#allow_snat}
        :param description: Specifies descriptive text that identifies the pool. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#description LtmPool#description}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#id LtmPool#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param load_balancing_mode: Specifies the load balancing method. The default is Round Robin.Possible values: round-robin, ... Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#load_balancing_mode LtmPool#load_balancing_mode}
        :param minimum_active_members: Specifies whether the system load balances traffic according to the priority number assigned to the pool member,Default Value is 0(disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#minimum_active_members LtmPool#minimum_active_members}
        :param monitors: Specifies an association between a health or performance monitor and an entire pool, rather than with individual pool members. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#monitors LtmPool#monitors}
        :param reselect_tries: Specifies the number of times the system tries to contact a new pool member after a passive failure. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#reselect_tries LtmPool#reselect_tries}
        :param service_down_action: Specifies how the system should respond when the target pool member becomes unavailable. The default is None, Possible values: [none, reset, reselect, drop] Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#service_down_action LtmPool#service_down_action}
        :param slow_ramp_time: Specifies the duration during which the system sends less traffic to a newly-enabled pool member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#slow_ramp_time LtmPool#slow_ramp_time}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e6afc10fa33d4795046f67e92e9f8cc408a0410ca9c10c51789bb9a8811c1b0)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument allow_nat", value=allow_nat, expected_type=type_hints["allow_nat"])
            check_type(argname="argument allow_snat", value=allow_snat, expected_type=type_hints["allow_snat"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument load_balancing_mode", value=load_balancing_mode, expected_type=type_hints["load_balancing_mode"])
            check_type(argname="argument minimum_active_members", value=minimum_active_members, expected_type=type_hints["minimum_active_members"])
            check_type(argname="argument monitors", value=monitors, expected_type=type_hints["monitors"])
            check_type(argname="argument reselect_tries", value=reselect_tries, expected_type=type_hints["reselect_tries"])
            check_type(argname="argument service_down_action", value=service_down_action, expected_type=type_hints["service_down_action"])
            check_type(argname="argument slow_ramp_time", value=slow_ramp_time, expected_type=type_hints["slow_ramp_time"])
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
        if allow_nat is not None:
            self._values["allow_nat"] = allow_nat
        if allow_snat is not None:
            self._values["allow_snat"] = allow_snat
        if description is not None:
            self._values["description"] = description
        if id is not None:
            self._values["id"] = id
        if load_balancing_mode is not None:
            self._values["load_balancing_mode"] = load_balancing_mode
        if minimum_active_members is not None:
            self._values["minimum_active_members"] = minimum_active_members
        if monitors is not None:
            self._values["monitors"] = monitors
        if reselect_tries is not None:
            self._values["reselect_tries"] = reselect_tries
        if service_down_action is not None:
            self._values["service_down_action"] = service_down_action
        if slow_ramp_time is not None:
            self._values["slow_ramp_time"] = slow_ramp_time

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
        '''Name of the pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#name LtmPool#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allow_nat(self) -> typing.Optional[builtins.str]:
        '''Specifies whether NATs are automatically enabled or disabled for any connections using this pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#allow_nat LtmPool#allow_nat}
        '''
        result = self._values.get("allow_nat")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def allow_snat(self) -> typing.Optional[builtins.str]:
        '''Specifies whether SNATs are automatically enabled or disabled for any connections using this pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#allow_snat LtmPool#allow_snat}
        '''
        result = self._values.get("allow_snat")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Specifies descriptive text that identifies the pool.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#description LtmPool#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#id LtmPool#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def load_balancing_mode(self) -> typing.Optional[builtins.str]:
        '''Specifies the load balancing method. The default is Round Robin.Possible values: round-robin, ...

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#load_balancing_mode LtmPool#load_balancing_mode}
        '''
        result = self._values.get("load_balancing_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def minimum_active_members(self) -> typing.Optional[jsii.Number]:
        '''Specifies whether the system load balances traffic according to the priority number assigned to the pool member,Default Value is 0(disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#minimum_active_members LtmPool#minimum_active_members}
        '''
        result = self._values.get("minimum_active_members")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def monitors(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Specifies an association between a health or performance monitor and an entire pool, rather than with individual pool members.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#monitors LtmPool#monitors}
        '''
        result = self._values.get("monitors")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def reselect_tries(self) -> typing.Optional[jsii.Number]:
        '''Specifies the number of times the system tries to contact a new pool member after a passive failure.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#reselect_tries LtmPool#reselect_tries}
        '''
        result = self._values.get("reselect_tries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def service_down_action(self) -> typing.Optional[builtins.str]:
        '''Specifies how the system should respond when the target pool member becomes unavailable.

        The default is None, Possible values: [none, reset, reselect, drop]

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#service_down_action LtmPool#service_down_action}
        '''
        result = self._values.get("service_down_action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def slow_ramp_time(self) -> typing.Optional[jsii.Number]:
        '''Specifies the duration during which the system sends less traffic to a newly-enabled pool member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool#slow_ramp_time LtmPool#slow_ramp_time}
        '''
        result = self._values.get("slow_ramp_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmPoolConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmPool",
    "LtmPoolConfig",
]

publication.publish()

def _typecheckingstub__f630e027030567b3301d5476f1187889997a1df720c7e78a0f97ffa2698a03c0(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    allow_nat: typing.Optional[builtins.str] = None,
    allow_snat: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    minimum_active_members: typing.Optional[jsii.Number] = None,
    monitors: typing.Optional[typing.Sequence[builtins.str]] = None,
    reselect_tries: typing.Optional[jsii.Number] = None,
    service_down_action: typing.Optional[builtins.str] = None,
    slow_ramp_time: typing.Optional[jsii.Number] = None,
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

def _typecheckingstub__e9c0c9d60aa2e3fd855ec8b0ee5663b028bfb30cd2ea15b8288f8fdf1e12e7a5(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f16381e9c89dd7468421f5555f29babf15f0081b4398a7889d5ae479dddacc10(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__556b79aa66df449de74ccbd5c402dcdab461f9e4350bf6ad8f4d820e95a2f216(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0a7c1f599ef08930c9d0c60f24e17e06509eb0124023c0ce97fcebe51c03fcb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44b1b6d387703a5eecdea2b8fca5de8edfe7c45692e656c5f3d1778ada0552e5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13812ebf71f2778299450e05e90d34631a1b9bb948f40417d2fa640a4b52f037(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e1fc77cbe695a8559ec35011450906b8ad135145e547c9938ae50a2d91a4927(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63ee82b80ad139a790995477cbfe4f86a6184b0a46ec36d759980144b05cc562(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e17d76f84469aeba68c25ce06899f041548ad0dc8fe6e0125b41c559681d501b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f0d9bdf071e30209744dec354bf8e40722dd3e729775167309d9d461c9c256b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a48bb37a333aba122490c7601cbcdcef92a2c3fcbfa2d59ebffe04e2431feb37(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54e1e25cf40ea9dac3ef7aaef1d7c23f8dded2266e6a11cdec9465374f8d1642(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e6afc10fa33d4795046f67e92e9f8cc408a0410ca9c10c51789bb9a8811c1b0(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    allow_nat: typing.Optional[builtins.str] = None,
    allow_snat: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    load_balancing_mode: typing.Optional[builtins.str] = None,
    minimum_active_members: typing.Optional[jsii.Number] = None,
    monitors: typing.Optional[typing.Sequence[builtins.str]] = None,
    reselect_tries: typing.Optional[jsii.Number] = None,
    service_down_action: typing.Optional[builtins.str] = None,
    slow_ramp_time: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
