r'''
# `data_bigip_fast_consul_service_discovery`

Refer to the Terraform Registry for docs: [`data_bigip_fast_consul_service_discovery`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery).
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


class DataBigipFastConsulServiceDiscovery(
    _cdktf_9a9027ec.TerraformDataSource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.dataBigipFastConsulServiceDiscovery.DataBigipFastConsulServiceDiscovery",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery bigip_fast_consul_service_discovery}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        port: jsii.Number,
        uri: builtins.str,
        address_realm: typing.Optional[builtins.str] = None,
        credential_update: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        encoded_token: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        jmes_path_query: typing.Optional[builtins.str] = None,
        minimum_monitors: typing.Optional[builtins.str] = None,
        reject_unauthorized: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        trust_ca: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        undetectable_action: typing.Optional[builtins.str] = None,
        update_interval: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery bigip_fast_consul_service_discovery} Data Source.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#port DataBigipFastConsulServiceDiscovery#port}.
        :param uri: The location of the node data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#uri DataBigipFastConsulServiceDiscovery#uri}
        :param address_realm: Specifies whether to look for public or private IP addresses. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#address_realm DataBigipFastConsulServiceDiscovery#address_realm}
        :param credential_update: Specifies whether you are updating your credentials. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#credential_update DataBigipFastConsulServiceDiscovery#credential_update}
        :param encoded_token: Base 64 encoded bearer token to make requests to the Consul API. Will be stored in the declaration in an encrypted format. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#encoded_token DataBigipFastConsulServiceDiscovery#encoded_token}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#id DataBigipFastConsulServiceDiscovery#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param jmes_path_query: Custom JMESPath Query. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#jmes_path_query DataBigipFastConsulServiceDiscovery#jmes_path_query}
        :param minimum_monitors: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#minimum_monitors DataBigipFastConsulServiceDiscovery#minimum_monitors}.
        :param reject_unauthorized: If true, the server certificate is verified against the list of supplied/default CAs when making requests to the Consul API. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#reject_unauthorized DataBigipFastConsulServiceDiscovery#reject_unauthorized}
        :param trust_ca: CA Bundle to validate server certificates. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#trust_ca DataBigipFastConsulServiceDiscovery#trust_ca}
        :param type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#type DataBigipFastConsulServiceDiscovery#type}.
        :param undetectable_action: Action to take when node cannot be detected. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#undetectable_action DataBigipFastConsulServiceDiscovery#undetectable_action}
        :param update_interval: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#update_interval DataBigipFastConsulServiceDiscovery#update_interval}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__955c3fe9086502c17c924315855e9379efdd0fd36795a22e31fe18c8a8ed1288)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = DataBigipFastConsulServiceDiscoveryConfig(
            port=port,
            uri=uri,
            address_realm=address_realm,
            credential_update=credential_update,
            encoded_token=encoded_token,
            id=id,
            jmes_path_query=jmes_path_query,
            minimum_monitors=minimum_monitors,
            reject_unauthorized=reject_unauthorized,
            trust_ca=trust_ca,
            type=type,
            undetectable_action=undetectable_action,
            update_interval=update_interval,
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
        '''Generates CDKTF code for importing a DataBigipFastConsulServiceDiscovery resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the DataBigipFastConsulServiceDiscovery to import.
        :param import_from_id: The id of the existing DataBigipFastConsulServiceDiscovery that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the DataBigipFastConsulServiceDiscovery to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__14f75fe75b55a22689d9751d6dbaa5ff644e91be7bcbe6aafe53c9124f7d28db)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAddressRealm")
    def reset_address_realm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAddressRealm", []))

    @jsii.member(jsii_name="resetCredentialUpdate")
    def reset_credential_update(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCredentialUpdate", []))

    @jsii.member(jsii_name="resetEncodedToken")
    def reset_encoded_token(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEncodedToken", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetJmesPathQuery")
    def reset_jmes_path_query(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetJmesPathQuery", []))

    @jsii.member(jsii_name="resetMinimumMonitors")
    def reset_minimum_monitors(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMinimumMonitors", []))

    @jsii.member(jsii_name="resetRejectUnauthorized")
    def reset_reject_unauthorized(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRejectUnauthorized", []))

    @jsii.member(jsii_name="resetTrustCa")
    def reset_trust_ca(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTrustCa", []))

    @jsii.member(jsii_name="resetType")
    def reset_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetType", []))

    @jsii.member(jsii_name="resetUndetectableAction")
    def reset_undetectable_action(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUndetectableAction", []))

    @jsii.member(jsii_name="resetUpdateInterval")
    def reset_update_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUpdateInterval", []))

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
    @jsii.member(jsii_name="consulSdJson")
    def consul_sd_json(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "consulSdJson"))

    @builtins.property
    @jsii.member(jsii_name="addressRealmInput")
    def address_realm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "addressRealmInput"))

    @builtins.property
    @jsii.member(jsii_name="credentialUpdateInput")
    def credential_update_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "credentialUpdateInput"))

    @builtins.property
    @jsii.member(jsii_name="encodedTokenInput")
    def encoded_token_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "encodedTokenInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="jmesPathQueryInput")
    def jmes_path_query_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "jmesPathQueryInput"))

    @builtins.property
    @jsii.member(jsii_name="minimumMonitorsInput")
    def minimum_monitors_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "minimumMonitorsInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="rejectUnauthorizedInput")
    def reject_unauthorized_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "rejectUnauthorizedInput"))

    @builtins.property
    @jsii.member(jsii_name="trustCaInput")
    def trust_ca_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "trustCaInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="undetectableActionInput")
    def undetectable_action_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "undetectableActionInput"))

    @builtins.property
    @jsii.member(jsii_name="updateIntervalInput")
    def update_interval_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "updateIntervalInput"))

    @builtins.property
    @jsii.member(jsii_name="uriInput")
    def uri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "uriInput"))

    @builtins.property
    @jsii.member(jsii_name="addressRealm")
    def address_realm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "addressRealm"))

    @address_realm.setter
    def address_realm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__094d5952a6f4b55c938821afcea9a4ff2f5434a19bd7f18d71efe989cae39c28)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "addressRealm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="credentialUpdate")
    def credential_update(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "credentialUpdate"))

    @credential_update.setter
    def credential_update(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__23fb696003e865e8c373122c6b3066de3a7695479f643c90fc3d5fce7e3a06aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "credentialUpdate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="encodedToken")
    def encoded_token(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "encodedToken"))

    @encoded_token.setter
    def encoded_token(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__77157af7b87beebadbae597b813b41ec7659db56adbaf8a0d11383378f5d6c1d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "encodedToken", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c69e0a55099244c122cd667deb71827481feb6812c91ac2cf4499abf4bc44fb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="jmesPathQuery")
    def jmes_path_query(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "jmesPathQuery"))

    @jmes_path_query.setter
    def jmes_path_query(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ffda20ac3ae274b0b06ec227eff6629fc3a9060c2b13059bd78b43da30d86ac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "jmesPathQuery", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="minimumMonitors")
    def minimum_monitors(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "minimumMonitors"))

    @minimum_monitors.setter
    def minimum_monitors(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cdd8b97198dd5165921c94a0b6ea3e96c067bf3e24bb5256882e68aa6f05ae5f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "minimumMonitors", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__12f1c41c9149202fcb0a37033948b2035d6c517c20009e437cd31fcdfb61e29d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="rejectUnauthorized")
    def reject_unauthorized(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "rejectUnauthorized"))

    @reject_unauthorized.setter
    def reject_unauthorized(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__083be2fa3e4c54dc937a752345a7a972f4beb40b0fd744fdfb33272dd8dd10ab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rejectUnauthorized", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trustCa")
    def trust_ca(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "trustCa"))

    @trust_ca.setter
    def trust_ca(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0cb44dc77ff8196e726a6a54dde80c1309298b4ce05e27626112d1e06baa8d34)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trustCa", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__458a5b0125a2632ef96cb67797c3925a7fd118690391cb1668b04bdc58794da6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="undetectableAction")
    def undetectable_action(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "undetectableAction"))

    @undetectable_action.setter
    def undetectable_action(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__45b2149d94c9ad8fcb24d8303ecd71feb41e9fe33e7d25b4702e2a98b5022a10)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "undetectableAction", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="updateInterval")
    def update_interval(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "updateInterval"))

    @update_interval.setter
    def update_interval(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e7a27164aac654e4de85437cdf5ddec51294de335e7693e4f730badf81adf7b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "updateInterval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @uri.setter
    def uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6655b4f7f4f5ef40ce87bd7618fbd916ed49078a6dc127a016a59673aaaa66d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uri", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.dataBigipFastConsulServiceDiscovery.DataBigipFastConsulServiceDiscoveryConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "port": "port",
        "uri": "uri",
        "address_realm": "addressRealm",
        "credential_update": "credentialUpdate",
        "encoded_token": "encodedToken",
        "id": "id",
        "jmes_path_query": "jmesPathQuery",
        "minimum_monitors": "minimumMonitors",
        "reject_unauthorized": "rejectUnauthorized",
        "trust_ca": "trustCa",
        "type": "type",
        "undetectable_action": "undetectableAction",
        "update_interval": "updateInterval",
    },
)
class DataBigipFastConsulServiceDiscoveryConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        port: jsii.Number,
        uri: builtins.str,
        address_realm: typing.Optional[builtins.str] = None,
        credential_update: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        encoded_token: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        jmes_path_query: typing.Optional[builtins.str] = None,
        minimum_monitors: typing.Optional[builtins.str] = None,
        reject_unauthorized: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        trust_ca: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        undetectable_action: typing.Optional[builtins.str] = None,
        update_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#port DataBigipFastConsulServiceDiscovery#port}.
        :param uri: The location of the node data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#uri DataBigipFastConsulServiceDiscovery#uri}
        :param address_realm: Specifies whether to look for public or private IP addresses. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#address_realm DataBigipFastConsulServiceDiscovery#address_realm}
        :param credential_update: Specifies whether you are updating your credentials. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#credential_update DataBigipFastConsulServiceDiscovery#credential_update}
        :param encoded_token: Base 64 encoded bearer token to make requests to the Consul API. Will be stored in the declaration in an encrypted format. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#encoded_token DataBigipFastConsulServiceDiscovery#encoded_token}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#id DataBigipFastConsulServiceDiscovery#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param jmes_path_query: Custom JMESPath Query. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#jmes_path_query DataBigipFastConsulServiceDiscovery#jmes_path_query}
        :param minimum_monitors: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#minimum_monitors DataBigipFastConsulServiceDiscovery#minimum_monitors}.
        :param reject_unauthorized: If true, the server certificate is verified against the list of supplied/default CAs when making requests to the Consul API. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#reject_unauthorized DataBigipFastConsulServiceDiscovery#reject_unauthorized}
        :param trust_ca: CA Bundle to validate server certificates. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#trust_ca DataBigipFastConsulServiceDiscovery#trust_ca}
        :param type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#type DataBigipFastConsulServiceDiscovery#type}.
        :param undetectable_action: Action to take when node cannot be detected. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#undetectable_action DataBigipFastConsulServiceDiscovery#undetectable_action}
        :param update_interval: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#update_interval DataBigipFastConsulServiceDiscovery#update_interval}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3f35383d4e97951d2d92b34430ba26dc11df17232363b06e49bd280fd075b35b)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument address_realm", value=address_realm, expected_type=type_hints["address_realm"])
            check_type(argname="argument credential_update", value=credential_update, expected_type=type_hints["credential_update"])
            check_type(argname="argument encoded_token", value=encoded_token, expected_type=type_hints["encoded_token"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument jmes_path_query", value=jmes_path_query, expected_type=type_hints["jmes_path_query"])
            check_type(argname="argument minimum_monitors", value=minimum_monitors, expected_type=type_hints["minimum_monitors"])
            check_type(argname="argument reject_unauthorized", value=reject_unauthorized, expected_type=type_hints["reject_unauthorized"])
            check_type(argname="argument trust_ca", value=trust_ca, expected_type=type_hints["trust_ca"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument undetectable_action", value=undetectable_action, expected_type=type_hints["undetectable_action"])
            check_type(argname="argument update_interval", value=update_interval, expected_type=type_hints["update_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
            "uri": uri,
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
        if address_realm is not None:
            self._values["address_realm"] = address_realm
        if credential_update is not None:
            self._values["credential_update"] = credential_update
        if encoded_token is not None:
            self._values["encoded_token"] = encoded_token
        if id is not None:
            self._values["id"] = id
        if jmes_path_query is not None:
            self._values["jmes_path_query"] = jmes_path_query
        if minimum_monitors is not None:
            self._values["minimum_monitors"] = minimum_monitors
        if reject_unauthorized is not None:
            self._values["reject_unauthorized"] = reject_unauthorized
        if trust_ca is not None:
            self._values["trust_ca"] = trust_ca
        if type is not None:
            self._values["type"] = type
        if undetectable_action is not None:
            self._values["undetectable_action"] = undetectable_action
        if update_interval is not None:
            self._values["update_interval"] = update_interval

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
    def port(self) -> jsii.Number:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#port DataBigipFastConsulServiceDiscovery#port}.'''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def uri(self) -> builtins.str:
        '''The location of the node data.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#uri DataBigipFastConsulServiceDiscovery#uri}
        '''
        result = self._values.get("uri")
        assert result is not None, "Required property 'uri' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def address_realm(self) -> typing.Optional[builtins.str]:
        '''Specifies whether to look for public or private IP addresses.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#address_realm DataBigipFastConsulServiceDiscovery#address_realm}
        '''
        result = self._values.get("address_realm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_update(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Specifies whether you are updating your credentials.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#credential_update DataBigipFastConsulServiceDiscovery#credential_update}
        '''
        result = self._values.get("credential_update")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def encoded_token(self) -> typing.Optional[builtins.str]:
        '''Base 64 encoded bearer token to make requests to the Consul API.

        Will be stored in the declaration in an encrypted format.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#encoded_token DataBigipFastConsulServiceDiscovery#encoded_token}
        '''
        result = self._values.get("encoded_token")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#id DataBigipFastConsulServiceDiscovery#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def jmes_path_query(self) -> typing.Optional[builtins.str]:
        '''Custom JMESPath Query.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#jmes_path_query DataBigipFastConsulServiceDiscovery#jmes_path_query}
        '''
        result = self._values.get("jmes_path_query")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def minimum_monitors(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#minimum_monitors DataBigipFastConsulServiceDiscovery#minimum_monitors}.'''
        result = self._values.get("minimum_monitors")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reject_unauthorized(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''If true, the server certificate is verified against the list of supplied/default CAs when making requests to the Consul API.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#reject_unauthorized DataBigipFastConsulServiceDiscovery#reject_unauthorized}
        '''
        result = self._values.get("reject_unauthorized")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def trust_ca(self) -> typing.Optional[builtins.str]:
        '''CA Bundle to validate server certificates.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#trust_ca DataBigipFastConsulServiceDiscovery#trust_ca}
        '''
        result = self._values.get("trust_ca")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#type DataBigipFastConsulServiceDiscovery#type}.'''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def undetectable_action(self) -> typing.Optional[builtins.str]:
        '''Action to take when node cannot be detected.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#undetectable_action DataBigipFastConsulServiceDiscovery#undetectable_action}
        '''
        result = self._values.get("undetectable_action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def update_interval(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/data-sources/fast_consul_service_discovery#update_interval DataBigipFastConsulServiceDiscovery#update_interval}.'''
        result = self._values.get("update_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataBigipFastConsulServiceDiscoveryConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "DataBigipFastConsulServiceDiscovery",
    "DataBigipFastConsulServiceDiscoveryConfig",
]

publication.publish()

def _typecheckingstub__955c3fe9086502c17c924315855e9379efdd0fd36795a22e31fe18c8a8ed1288(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    port: jsii.Number,
    uri: builtins.str,
    address_realm: typing.Optional[builtins.str] = None,
    credential_update: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    encoded_token: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    jmes_path_query: typing.Optional[builtins.str] = None,
    minimum_monitors: typing.Optional[builtins.str] = None,
    reject_unauthorized: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    trust_ca: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    undetectable_action: typing.Optional[builtins.str] = None,
    update_interval: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__14f75fe75b55a22689d9751d6dbaa5ff644e91be7bcbe6aafe53c9124f7d28db(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__094d5952a6f4b55c938821afcea9a4ff2f5434a19bd7f18d71efe989cae39c28(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23fb696003e865e8c373122c6b3066de3a7695479f643c90fc3d5fce7e3a06aa(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77157af7b87beebadbae597b813b41ec7659db56adbaf8a0d11383378f5d6c1d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c69e0a55099244c122cd667deb71827481feb6812c91ac2cf4499abf4bc44fb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ffda20ac3ae274b0b06ec227eff6629fc3a9060c2b13059bd78b43da30d86ac(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cdd8b97198dd5165921c94a0b6ea3e96c067bf3e24bb5256882e68aa6f05ae5f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12f1c41c9149202fcb0a37033948b2035d6c517c20009e437cd31fcdfb61e29d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__083be2fa3e4c54dc937a752345a7a972f4beb40b0fd744fdfb33272dd8dd10ab(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cb44dc77ff8196e726a6a54dde80c1309298b4ce05e27626112d1e06baa8d34(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__458a5b0125a2632ef96cb67797c3925a7fd118690391cb1668b04bdc58794da6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45b2149d94c9ad8fcb24d8303ecd71feb41e9fe33e7d25b4702e2a98b5022a10(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7a27164aac654e4de85437cdf5ddec51294de335e7693e4f730badf81adf7b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6655b4f7f4f5ef40ce87bd7618fbd916ed49078a6dc127a016a59673aaaa66d2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f35383d4e97951d2d92b34430ba26dc11df17232363b06e49bd280fd075b35b(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    port: jsii.Number,
    uri: builtins.str,
    address_realm: typing.Optional[builtins.str] = None,
    credential_update: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    encoded_token: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    jmes_path_query: typing.Optional[builtins.str] = None,
    minimum_monitors: typing.Optional[builtins.str] = None,
    reject_unauthorized: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    trust_ca: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    undetectable_action: typing.Optional[builtins.str] = None,
    update_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
