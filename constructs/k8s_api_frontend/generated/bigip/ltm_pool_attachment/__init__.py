r'''
# `bigip_ltm_pool_attachment`

Refer to the Terraform Registry for docs: [`bigip_ltm_pool_attachment`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment).
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


class LtmPoolAttachment(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmPoolAttachment.LtmPoolAttachment",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment bigip_ltm_pool_attachment}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        node_attribute: builtins.str,
        pool: builtins.str,
        connection_limit: typing.Optional[jsii.Number] = None,
        connection_rate_limit: typing.Optional[builtins.str] = None,
        dynamic_ratio: typing.Optional[jsii.Number] = None,
        fqdn_autopopulate: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[builtins.str] = None,
        priority_group: typing.Optional[jsii.Number] = None,
        ratio: typing.Optional[jsii.Number] = None,
        state: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment bigip_ltm_pool_attachment} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param node_attribute: Poolmember to add/remove to/from the pool. Format node_address:port. e.g 1.1.1.1:80. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#node LtmPoolAttachment#node}
        :param pool: Name of the pool to be attached with pool members. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#pool LtmPoolAttachment#pool}
        :param connection_limit: Specifies a maximum established connection limit for a pool member or node. When the current connections count reaches this number, the system does not send additional connections to that pool member or node. The default is 0, meaning that there is no limit to the number of connections. When used with the weighted least connections load balancing methods, the system uses connection limits to determine the proportional load of each pool member or node. This must be a value other than 0 when specified for the weighted least connections load balancing methods Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#connection_limit LtmPoolAttachment#connection_limit}
        :param connection_rate_limit: Specifies the maximum number of connections-per-second allowed for a pool member. When the number of connections-per-second reaches the limit for a given pool member, the system drops (UDP) or resets (TCP) additional connection requests. This helps detect Denial of Service attacks, where connection requests flood a pool member. Setting this to 0 turns off connection limits. The default is 0. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#connection_rate_limit LtmPoolAttachment#connection_rate_limit}
        :param dynamic_ratio: Sets the dynamic ratio number for the node. Used for dynamic ratio load balancing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#dynamic_ratio LtmPoolAttachment#dynamic_ratio}
        :param fqdn_autopopulate: Specifies whether the node should scale to the IP address set returned by DNS. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#fqdn_autopopulate LtmPoolAttachment#fqdn_autopopulate}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#id LtmPoolAttachment#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param monitor: Specifies the health monitors that the system uses to monitor this pool member,value can be ``none`` (or) ``default`` (or) list of monitors joined with and ( ex: ``/Common/test_monitor_pa_tc1 and /Common/gateway_icmp``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#monitor LtmPoolAttachment#monitor}
        :param priority_group: Specifies a number representing the priority group for the pool member. The default is 0, meaning that the member has no priority. To specify a priority, you must activate priority group usage when you create a new pool or when adding or removing pool members. When activated, the system load balances traffic according to the priority group number assigned to the pool member. The higher the number, the higher the priority, so a member with a priority of 3 has higher priority than a member with a priority of 1. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#priority_group LtmPoolAttachment#priority_group}
        :param ratio: Specifies the ratio weight to assign to the pool member. Valid values range from 1 through 65535. The default is 1, which means that each pool member has an equal ratio proportion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#ratio LtmPoolAttachment#ratio}
        :param state: Specifies the state the pool member should be in, value can be ``enabled`` (or) ``disabled`` (or) forced_offline. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#state LtmPoolAttachment#state}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cbbdd566abe8a68bd961562a3e8572a3632aee996f85c6c242b2c9b964d58262)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmPoolAttachmentConfig(
            node_attribute=node_attribute,
            pool=pool,
            connection_limit=connection_limit,
            connection_rate_limit=connection_rate_limit,
            dynamic_ratio=dynamic_ratio,
            fqdn_autopopulate=fqdn_autopopulate,
            id=id,
            monitor=monitor,
            priority_group=priority_group,
            ratio=ratio,
            state=state,
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
        '''Generates CDKTF code for importing a LtmPoolAttachment resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmPoolAttachment to import.
        :param import_from_id: The id of the existing LtmPoolAttachment that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmPoolAttachment to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__edd60b1a954df3e35a3485e733809271f7a59a05774ff403ab606b84365b21ed)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetConnectionLimit")
    def reset_connection_limit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionLimit", []))

    @jsii.member(jsii_name="resetConnectionRateLimit")
    def reset_connection_rate_limit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionRateLimit", []))

    @jsii.member(jsii_name="resetDynamicRatio")
    def reset_dynamic_ratio(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDynamicRatio", []))

    @jsii.member(jsii_name="resetFqdnAutopopulate")
    def reset_fqdn_autopopulate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFqdnAutopopulate", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetMonitor")
    def reset_monitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonitor", []))

    @jsii.member(jsii_name="resetPriorityGroup")
    def reset_priority_group(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPriorityGroup", []))

    @jsii.member(jsii_name="resetRatio")
    def reset_ratio(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRatio", []))

    @jsii.member(jsii_name="resetState")
    def reset_state(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetState", []))

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
    @jsii.member(jsii_name="connectionLimitInput")
    def connection_limit_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connectionLimitInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionRateLimitInput")
    def connection_rate_limit_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "connectionRateLimitInput"))

    @builtins.property
    @jsii.member(jsii_name="dynamicRatioInput")
    def dynamic_ratio_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "dynamicRatioInput"))

    @builtins.property
    @jsii.member(jsii_name="fqdnAutopopulateInput")
    def fqdn_autopopulate_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fqdnAutopopulateInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="monitorInput")
    def monitor_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "monitorInput"))

    @builtins.property
    @jsii.member(jsii_name="nodeAttributeInput")
    def node_attribute_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nodeAttributeInput"))

    @builtins.property
    @jsii.member(jsii_name="poolInput")
    def pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "poolInput"))

    @builtins.property
    @jsii.member(jsii_name="priorityGroupInput")
    def priority_group_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "priorityGroupInput"))

    @builtins.property
    @jsii.member(jsii_name="ratioInput")
    def ratio_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ratioInput"))

    @builtins.property
    @jsii.member(jsii_name="stateInput")
    def state_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "stateInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionLimit")
    def connection_limit(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionLimit"))

    @connection_limit.setter
    def connection_limit(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b334f395a1bacd483f18f44b3e19dbff562f4a0093f2a204fc0ae076ce0122ba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionRateLimit")
    def connection_rate_limit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionRateLimit"))

    @connection_rate_limit.setter
    def connection_rate_limit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__529fab62b3866a8c99dc62e72a1e4b443f2e55a33885ba74bf4baa8e1eed988b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionRateLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dynamicRatio")
    def dynamic_ratio(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "dynamicRatio"))

    @dynamic_ratio.setter
    def dynamic_ratio(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__02266e0ec033f9e9e7e11cca73c2f657301848eb33b9c0cc645de683f4cba2f2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dynamicRatio", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fqdnAutopopulate")
    def fqdn_autopopulate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fqdnAutopopulate"))

    @fqdn_autopopulate.setter
    def fqdn_autopopulate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e982997ca3948675fa6932023df858d31c56baf66d429f9c351ddedbc044037c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fqdnAutopopulate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__744023e3b440a4fbdd53ffb3c55cfc094fde1b17c46d4abea3d77c0ce67531fa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monitor")
    def monitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "monitor"))

    @monitor.setter
    def monitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5237cfea6d641988f1f0480d9694be2e67948761660ae765f251bd0711f27cc6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="nodeAttribute")
    def node_attribute(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "nodeAttribute"))

    @node_attribute.setter
    def node_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ca179b3700b3fd7d3d5961fbb19efb23139e75e9e624be094b84e28b0776e6ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "nodeAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pool")
    def pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "pool"))

    @pool.setter
    def pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c0b4ae6bef1a0dd835ae5e025dd5178a88997c256c01f4d25fec33689287155)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="priorityGroup")
    def priority_group(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "priorityGroup"))

    @priority_group.setter
    def priority_group(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5fffb6a2a996ab32212f77dd3cfd8f61a37c3067a0094a394399420068266781)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "priorityGroup", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ratio")
    def ratio(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ratio"))

    @ratio.setter
    def ratio(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__520dceb753d80ba91a201acb9dbf3427a4d37ef91b4626beec934c616766dc7d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ratio", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="state")
    def state(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "state"))

    @state.setter
    def state(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66877d8d6492821aebd6394b291a8df13770be8c9503efb687bc040aabc3e366)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "state", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmPoolAttachment.LtmPoolAttachmentConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "node_attribute": "nodeAttribute",
        "pool": "pool",
        "connection_limit": "connectionLimit",
        "connection_rate_limit": "connectionRateLimit",
        "dynamic_ratio": "dynamicRatio",
        "fqdn_autopopulate": "fqdnAutopopulate",
        "id": "id",
        "monitor": "monitor",
        "priority_group": "priorityGroup",
        "ratio": "ratio",
        "state": "state",
    },
)
class LtmPoolAttachmentConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        node_attribute: builtins.str,
        pool: builtins.str,
        connection_limit: typing.Optional[jsii.Number] = None,
        connection_rate_limit: typing.Optional[builtins.str] = None,
        dynamic_ratio: typing.Optional[jsii.Number] = None,
        fqdn_autopopulate: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        monitor: typing.Optional[builtins.str] = None,
        priority_group: typing.Optional[jsii.Number] = None,
        ratio: typing.Optional[jsii.Number] = None,
        state: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param node_attribute: Poolmember to add/remove to/from the pool. Format node_address:port. e.g 1.1.1.1:80. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#node LtmPoolAttachment#node}
        :param pool: Name of the pool to be attached with pool members. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#pool LtmPoolAttachment#pool}
        :param connection_limit: Specifies a maximum established connection limit for a pool member or node. When the current connections count reaches this number, the system does not send additional connections to that pool member or node. The default is 0, meaning that there is no limit to the number of connections. When used with the weighted least connections load balancing methods, the system uses connection limits to determine the proportional load of each pool member or node. This must be a value other than 0 when specified for the weighted least connections load balancing methods Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#connection_limit LtmPoolAttachment#connection_limit}
        :param connection_rate_limit: Specifies the maximum number of connections-per-second allowed for a pool member. When the number of connections-per-second reaches the limit for a given pool member, the system drops (UDP) or resets (TCP) additional connection requests. This helps detect Denial of Service attacks, where connection requests flood a pool member. Setting this to 0 turns off connection limits. The default is 0. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#connection_rate_limit LtmPoolAttachment#connection_rate_limit}
        :param dynamic_ratio: Sets the dynamic ratio number for the node. Used for dynamic ratio load balancing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#dynamic_ratio LtmPoolAttachment#dynamic_ratio}
        :param fqdn_autopopulate: Specifies whether the node should scale to the IP address set returned by DNS. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#fqdn_autopopulate LtmPoolAttachment#fqdn_autopopulate}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#id LtmPoolAttachment#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param monitor: Specifies the health monitors that the system uses to monitor this pool member,value can be ``none`` (or) ``default`` (or) list of monitors joined with and ( ex: ``/Common/test_monitor_pa_tc1 and /Common/gateway_icmp``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#monitor LtmPoolAttachment#monitor}
        :param priority_group: Specifies a number representing the priority group for the pool member. The default is 0, meaning that the member has no priority. To specify a priority, you must activate priority group usage when you create a new pool or when adding or removing pool members. When activated, the system load balances traffic according to the priority group number assigned to the pool member. The higher the number, the higher the priority, so a member with a priority of 3 has higher priority than a member with a priority of 1. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#priority_group LtmPoolAttachment#priority_group}
        :param ratio: Specifies the ratio weight to assign to the pool member. Valid values range from 1 through 65535. The default is 1, which means that each pool member has an equal ratio proportion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#ratio LtmPoolAttachment#ratio}
        :param state: Specifies the state the pool member should be in, value can be ``enabled`` (or) ``disabled`` (or) forced_offline. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#state LtmPoolAttachment#state}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ce757288ab97feface5cc2e4176cb015bd1f90d696549707ef88ca9d26e562e)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument node_attribute", value=node_attribute, expected_type=type_hints["node_attribute"])
            check_type(argname="argument pool", value=pool, expected_type=type_hints["pool"])
            check_type(argname="argument connection_limit", value=connection_limit, expected_type=type_hints["connection_limit"])
            check_type(argname="argument connection_rate_limit", value=connection_rate_limit, expected_type=type_hints["connection_rate_limit"])
            check_type(argname="argument dynamic_ratio", value=dynamic_ratio, expected_type=type_hints["dynamic_ratio"])
            check_type(argname="argument fqdn_autopopulate", value=fqdn_autopopulate, expected_type=type_hints["fqdn_autopopulate"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument monitor", value=monitor, expected_type=type_hints["monitor"])
            check_type(argname="argument priority_group", value=priority_group, expected_type=type_hints["priority_group"])
            check_type(argname="argument ratio", value=ratio, expected_type=type_hints["ratio"])
            check_type(argname="argument state", value=state, expected_type=type_hints["state"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "node_attribute": node_attribute,
            "pool": pool,
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
        if connection_limit is not None:
            self._values["connection_limit"] = connection_limit
        if connection_rate_limit is not None:
            self._values["connection_rate_limit"] = connection_rate_limit
        if dynamic_ratio is not None:
            self._values["dynamic_ratio"] = dynamic_ratio
        if fqdn_autopopulate is not None:
            self._values["fqdn_autopopulate"] = fqdn_autopopulate
        if id is not None:
            self._values["id"] = id
        if monitor is not None:
            self._values["monitor"] = monitor
        if priority_group is not None:
            self._values["priority_group"] = priority_group
        if ratio is not None:
            self._values["ratio"] = ratio
        if state is not None:
            self._values["state"] = state

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
    def node_attribute(self) -> builtins.str:
        '''Poolmember to add/remove to/from the pool. Format node_address:port. e.g 1.1.1.1:80.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#node LtmPoolAttachment#node}
        '''
        result = self._values.get("node_attribute")
        assert result is not None, "Required property 'node_attribute' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def pool(self) -> builtins.str:
        '''Name of the pool to be attached with pool members.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#pool LtmPoolAttachment#pool}
        '''
        result = self._values.get("pool")
        assert result is not None, "Required property 'pool' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def connection_limit(self) -> typing.Optional[jsii.Number]:
        '''Specifies a maximum established connection limit for a pool member or node.

        When the current connections count reaches this number, the system does not send additional connections to that pool member or node. The default is 0, meaning that there is no limit to the number of connections. When used with the weighted least connections load balancing methods, the system uses connection limits to determine the proportional load of each pool member or node. This must be a value other than 0 when specified for the weighted least connections load balancing methods

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#connection_limit LtmPoolAttachment#connection_limit}
        '''
        result = self._values.get("connection_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def connection_rate_limit(self) -> typing.Optional[builtins.str]:
        '''Specifies the maximum number of connections-per-second allowed for a pool member.

        When the number of connections-per-second reaches the limit for a given pool member, the system drops (UDP) or resets (TCP) additional connection requests. This helps detect Denial of Service attacks, where connection requests flood a pool member. Setting this to 0 turns off connection limits. The default is 0.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#connection_rate_limit LtmPoolAttachment#connection_rate_limit}
        '''
        result = self._values.get("connection_rate_limit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dynamic_ratio(self) -> typing.Optional[jsii.Number]:
        '''Sets the dynamic ratio number for the node. Used for dynamic ratio load balancing.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#dynamic_ratio LtmPoolAttachment#dynamic_ratio}
        '''
        result = self._values.get("dynamic_ratio")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fqdn_autopopulate(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the node should scale to the IP address set returned by DNS.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#fqdn_autopopulate LtmPoolAttachment#fqdn_autopopulate}
        '''
        result = self._values.get("fqdn_autopopulate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#id LtmPoolAttachment#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def monitor(self) -> typing.Optional[builtins.str]:
        '''Specifies the health monitors that the system uses to monitor this pool member,value can be ``none`` (or) ``default`` (or) list of monitors joined with and ( ex: ``/Common/test_monitor_pa_tc1 and /Common/gateway_icmp``).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#monitor LtmPoolAttachment#monitor}
        '''
        result = self._values.get("monitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority_group(self) -> typing.Optional[jsii.Number]:
        '''Specifies a number representing the priority group for the pool member.

        The default is 0, meaning that the member has no priority. To specify a priority, you must activate priority group usage when you create a new pool or when adding or removing pool members. When activated, the system load balances traffic according to the priority group number assigned to the pool member. The higher the number, the higher the priority, so a member with a priority of 3 has higher priority than a member with a priority of 1.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#priority_group LtmPoolAttachment#priority_group}
        '''
        result = self._values.get("priority_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ratio(self) -> typing.Optional[jsii.Number]:
        '''Specifies the ratio weight to assign to the pool member.

        Valid values range from 1 through 65535. The default is 1, which means that each pool member has an equal ratio proportion.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#ratio LtmPoolAttachment#ratio}
        '''
        result = self._values.get("ratio")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def state(self) -> typing.Optional[builtins.str]:
        '''Specifies the state the pool member should be in, value can be ``enabled`` (or) ``disabled`` (or) forced_offline.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_pool_attachment#state LtmPoolAttachment#state}
        '''
        result = self._values.get("state")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmPoolAttachmentConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmPoolAttachment",
    "LtmPoolAttachmentConfig",
]

publication.publish()

def _typecheckingstub__cbbdd566abe8a68bd961562a3e8572a3632aee996f85c6c242b2c9b964d58262(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    node_attribute: builtins.str,
    pool: builtins.str,
    connection_limit: typing.Optional[jsii.Number] = None,
    connection_rate_limit: typing.Optional[builtins.str] = None,
    dynamic_ratio: typing.Optional[jsii.Number] = None,
    fqdn_autopopulate: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[builtins.str] = None,
    priority_group: typing.Optional[jsii.Number] = None,
    ratio: typing.Optional[jsii.Number] = None,
    state: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__edd60b1a954df3e35a3485e733809271f7a59a05774ff403ab606b84365b21ed(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b334f395a1bacd483f18f44b3e19dbff562f4a0093f2a204fc0ae076ce0122ba(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__529fab62b3866a8c99dc62e72a1e4b443f2e55a33885ba74bf4baa8e1eed988b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02266e0ec033f9e9e7e11cca73c2f657301848eb33b9c0cc645de683f4cba2f2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e982997ca3948675fa6932023df858d31c56baf66d429f9c351ddedbc044037c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__744023e3b440a4fbdd53ffb3c55cfc094fde1b17c46d4abea3d77c0ce67531fa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5237cfea6d641988f1f0480d9694be2e67948761660ae765f251bd0711f27cc6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca179b3700b3fd7d3d5961fbb19efb23139e75e9e624be094b84e28b0776e6ae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c0b4ae6bef1a0dd835ae5e025dd5178a88997c256c01f4d25fec33689287155(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5fffb6a2a996ab32212f77dd3cfd8f61a37c3067a0094a394399420068266781(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__520dceb753d80ba91a201acb9dbf3427a4d37ef91b4626beec934c616766dc7d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66877d8d6492821aebd6394b291a8df13770be8c9503efb687bc040aabc3e366(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ce757288ab97feface5cc2e4176cb015bd1f90d696549707ef88ca9d26e562e(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    node_attribute: builtins.str,
    pool: builtins.str,
    connection_limit: typing.Optional[jsii.Number] = None,
    connection_rate_limit: typing.Optional[builtins.str] = None,
    dynamic_ratio: typing.Optional[jsii.Number] = None,
    fqdn_autopopulate: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    monitor: typing.Optional[builtins.str] = None,
    priority_group: typing.Optional[jsii.Number] = None,
    ratio: typing.Optional[jsii.Number] = None,
    state: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
