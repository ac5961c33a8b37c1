r'''
# `bigip_ltm_persistence_profile_srcaddr`

Refer to the Terraform Registry for docs: [`bigip_ltm_persistence_profile_srcaddr`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr).
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


class LtmPersistenceProfileSrcaddr(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmPersistenceProfileSrcaddr.LtmPersistenceProfileSrcaddr",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr bigip_ltm_persistence_profile_srcaddr}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        defaults_from: builtins.str,
        name: builtins.str,
        app_service: typing.Optional[builtins.str] = None,
        hash_algorithm: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        map_proxies: typing.Optional[builtins.str] = None,
        mask: typing.Optional[builtins.str] = None,
        match_across_pools: typing.Optional[builtins.str] = None,
        match_across_services: typing.Optional[builtins.str] = None,
        match_across_virtuals: typing.Optional[builtins.str] = None,
        mirror: typing.Optional[builtins.str] = None,
        override_conn_limit: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr bigip_ltm_persistence_profile_srcaddr} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param defaults_from: Inherit defaults from parent profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#defaults_from LtmPersistenceProfileSrcaddr#defaults_from}
        :param name: Name of the persistence profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#name LtmPersistenceProfileSrcaddr#name}
        :param app_service: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#app_service LtmPersistenceProfileSrcaddr#app_service}.
        :param hash_algorithm: Specify the hash algorithm. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#hash_algorithm LtmPersistenceProfileSrcaddr#hash_algorithm}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#id LtmPersistenceProfileSrcaddr#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param map_proxies: To enable _ disable directs all to the same single pool member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#map_proxies LtmPersistenceProfileSrcaddr#map_proxies}
        :param mask: Identify a range of source IP addresses to manage together as a single source address affinity persistent connection when connecting to the pool. Must be a valid IPv4 or IPv6 mask. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#mask LtmPersistenceProfileSrcaddr#mask}
        :param match_across_pools: To enable _ disable match across pools with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#match_across_pools LtmPersistenceProfileSrcaddr#match_across_pools}
        :param match_across_services: To enable _ disable match across services with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#match_across_services LtmPersistenceProfileSrcaddr#match_across_services}
        :param match_across_virtuals: To enable _ disable match across services with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#match_across_virtuals LtmPersistenceProfileSrcaddr#match_across_virtuals}
        :param mirror: To enable _ disable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#mirror LtmPersistenceProfileSrcaddr#mirror}
        :param override_conn_limit: To enable _ disable that pool member connection limits are overridden for persisted clients. Per-virtual connection limits remain hard limits and are not overridden. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#override_conn_limit LtmPersistenceProfileSrcaddr#override_conn_limit}
        :param timeout: Timeout for persistence of the session. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#timeout LtmPersistenceProfileSrcaddr#timeout}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b92359c8620387d17d66506af4c1474e47c52050848bdd7d08e7abfbfffc669)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmPersistenceProfileSrcaddrConfig(
            defaults_from=defaults_from,
            name=name,
            app_service=app_service,
            hash_algorithm=hash_algorithm,
            id=id,
            map_proxies=map_proxies,
            mask=mask,
            match_across_pools=match_across_pools,
            match_across_services=match_across_services,
            match_across_virtuals=match_across_virtuals,
            mirror=mirror,
            override_conn_limit=override_conn_limit,
            timeout=timeout,
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
        '''Generates CDKTF code for importing a LtmPersistenceProfileSrcaddr resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmPersistenceProfileSrcaddr to import.
        :param import_from_id: The id of the existing LtmPersistenceProfileSrcaddr that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmPersistenceProfileSrcaddr to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c8fd21151b00d6d61b7e18e04ed8d10d5fcedf2914a4a6ccb571892e01970e60)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAppService")
    def reset_app_service(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAppService", []))

    @jsii.member(jsii_name="resetHashAlgorithm")
    def reset_hash_algorithm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHashAlgorithm", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetMapProxies")
    def reset_map_proxies(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMapProxies", []))

    @jsii.member(jsii_name="resetMask")
    def reset_mask(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMask", []))

    @jsii.member(jsii_name="resetMatchAcrossPools")
    def reset_match_across_pools(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMatchAcrossPools", []))

    @jsii.member(jsii_name="resetMatchAcrossServices")
    def reset_match_across_services(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMatchAcrossServices", []))

    @jsii.member(jsii_name="resetMatchAcrossVirtuals")
    def reset_match_across_virtuals(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMatchAcrossVirtuals", []))

    @jsii.member(jsii_name="resetMirror")
    def reset_mirror(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirror", []))

    @jsii.member(jsii_name="resetOverrideConnLimit")
    def reset_override_conn_limit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOverrideConnLimit", []))

    @jsii.member(jsii_name="resetTimeout")
    def reset_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeout", []))

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
    @jsii.member(jsii_name="appServiceInput")
    def app_service_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "appServiceInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="hashAlgorithmInput")
    def hash_algorithm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hashAlgorithmInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="mapProxiesInput")
    def map_proxies_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mapProxiesInput"))

    @builtins.property
    @jsii.member(jsii_name="maskInput")
    def mask_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "maskInput"))

    @builtins.property
    @jsii.member(jsii_name="matchAcrossPoolsInput")
    def match_across_pools_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "matchAcrossPoolsInput"))

    @builtins.property
    @jsii.member(jsii_name="matchAcrossServicesInput")
    def match_across_services_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "matchAcrossServicesInput"))

    @builtins.property
    @jsii.member(jsii_name="matchAcrossVirtualsInput")
    def match_across_virtuals_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "matchAcrossVirtualsInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorInput")
    def mirror_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="overrideConnLimitInput")
    def override_conn_limit_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "overrideConnLimitInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutInput")
    def timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="appService")
    def app_service(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "appService"))

    @app_service.setter
    def app_service(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__012cc8ffccfa32f0e01b4e33694b2ac265ab8c71c8d96178147a6de58cd413ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "appService", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f675d3f2bb8719c46285c14d1b72bc89bc4b26e2572e5a81bb8c7c6033253e74)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hashAlgorithm")
    def hash_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "hashAlgorithm"))

    @hash_algorithm.setter
    def hash_algorithm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7169dbe8718de5155d328e33f7e1fda01ac469c7fb661a02994c154143a1dbf6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hashAlgorithm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ce4bd046c32130d63f541bd474bbbafbd3393f8234e112fe7ef9913949a8612b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mapProxies")
    def map_proxies(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mapProxies"))

    @map_proxies.setter
    def map_proxies(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9a6c49f09d92054f597a53b1b6692f7ee1914f37a2c956f23bfba1a79aef175a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mapProxies", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mask")
    def mask(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mask"))

    @mask.setter
    def mask(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b3bb9c331c452e85910a83dcccf5b25c0fa8c074970b50c24dae8cea791a9308)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mask", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="matchAcrossPools")
    def match_across_pools(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "matchAcrossPools"))

    @match_across_pools.setter
    def match_across_pools(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d4deb481f5e6b4816d6309d2096645bb3e5773a3de2dee1e3ccf82dc4f5a49f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "matchAcrossPools", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="matchAcrossServices")
    def match_across_services(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "matchAcrossServices"))

    @match_across_services.setter
    def match_across_services(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__69b0208bc67d1b9016c735eb628eff64fa8e18e0bd4385fa5136086bf3fda967)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "matchAcrossServices", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="matchAcrossVirtuals")
    def match_across_virtuals(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "matchAcrossVirtuals"))

    @match_across_virtuals.setter
    def match_across_virtuals(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a08135d2c2e3cdfc4d0e944510df2f5b73ffc908e01a2ffa39b2ab227f720e51)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "matchAcrossVirtuals", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirror")
    def mirror(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirror"))

    @mirror.setter
    def mirror(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__294ddf27948c28c74053f35176048c3b4d96b06481d0df1e851bdac0ddd99d75)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirror", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__43d36165a1af4f6d6c3b3f955f17b3dd0f255706d7f7c1d4654ace5f14d93002)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="overrideConnLimit")
    def override_conn_limit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "overrideConnLimit"))

    @override_conn_limit.setter
    def override_conn_limit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d09879b65a4c8cd03fb23b00b27bcac6f465629983099f73bef5fd284d90c9f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "overrideConnLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeout")
    def timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeout"))

    @timeout.setter
    def timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6c93278719de4e40b1dcdfe197532921372409fba7a945b546222e756891b2f3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeout", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmPersistenceProfileSrcaddr.LtmPersistenceProfileSrcaddrConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "defaults_from": "defaultsFrom",
        "name": "name",
        "app_service": "appService",
        "hash_algorithm": "hashAlgorithm",
        "id": "id",
        "map_proxies": "mapProxies",
        "mask": "mask",
        "match_across_pools": "matchAcrossPools",
        "match_across_services": "matchAcrossServices",
        "match_across_virtuals": "matchAcrossVirtuals",
        "mirror": "mirror",
        "override_conn_limit": "overrideConnLimit",
        "timeout": "timeout",
    },
)
class LtmPersistenceProfileSrcaddrConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        defaults_from: builtins.str,
        name: builtins.str,
        app_service: typing.Optional[builtins.str] = None,
        hash_algorithm: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        map_proxies: typing.Optional[builtins.str] = None,
        mask: typing.Optional[builtins.str] = None,
        match_across_pools: typing.Optional[builtins.str] = None,
        match_across_services: typing.Optional[builtins.str] = None,
        match_across_virtuals: typing.Optional[builtins.str] = None,
        mirror: typing.Optional[builtins.str] = None,
        override_conn_limit: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param defaults_from: Inherit defaults from parent profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#defaults_from LtmPersistenceProfileSrcaddr#defaults_from}
        :param name: Name of the persistence profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#name LtmPersistenceProfileSrcaddr#name}
        :param app_service: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#app_service LtmPersistenceProfileSrcaddr#app_service}.
        :param hash_algorithm: Specify the hash algorithm. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#hash_algorithm LtmPersistenceProfileSrcaddr#hash_algorithm}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#id LtmPersistenceProfileSrcaddr#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param map_proxies: To enable _ disable directs all to the same single pool member. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#map_proxies LtmPersistenceProfileSrcaddr#map_proxies}
        :param mask: Identify a range of source IP addresses to manage together as a single source address affinity persistent connection when connecting to the pool. Must be a valid IPv4 or IPv6 mask. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#mask LtmPersistenceProfileSrcaddr#mask}
        :param match_across_pools: To enable _ disable match across pools with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#match_across_pools LtmPersistenceProfileSrcaddr#match_across_pools}
        :param match_across_services: To enable _ disable match across services with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#match_across_services LtmPersistenceProfileSrcaddr#match_across_services}
        :param match_across_virtuals: To enable _ disable match across services with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#match_across_virtuals LtmPersistenceProfileSrcaddr#match_across_virtuals}
        :param mirror: To enable _ disable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#mirror LtmPersistenceProfileSrcaddr#mirror}
        :param override_conn_limit: To enable _ disable that pool member connection limits are overridden for persisted clients. Per-virtual connection limits remain hard limits and are not overridden. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#override_conn_limit LtmPersistenceProfileSrcaddr#override_conn_limit}
        :param timeout: Timeout for persistence of the session. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#timeout LtmPersistenceProfileSrcaddr#timeout}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84201a80351319545c4e890b3fbe1d4d51ac7ff00c21ca4d232af8d0b342b065)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument app_service", value=app_service, expected_type=type_hints["app_service"])
            check_type(argname="argument hash_algorithm", value=hash_algorithm, expected_type=type_hints["hash_algorithm"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument map_proxies", value=map_proxies, expected_type=type_hints["map_proxies"])
            check_type(argname="argument mask", value=mask, expected_type=type_hints["mask"])
            check_type(argname="argument match_across_pools", value=match_across_pools, expected_type=type_hints["match_across_pools"])
            check_type(argname="argument match_across_services", value=match_across_services, expected_type=type_hints["match_across_services"])
            check_type(argname="argument match_across_virtuals", value=match_across_virtuals, expected_type=type_hints["match_across_virtuals"])
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument override_conn_limit", value=override_conn_limit, expected_type=type_hints["override_conn_limit"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "defaults_from": defaults_from,
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
        if app_service is not None:
            self._values["app_service"] = app_service
        if hash_algorithm is not None:
            self._values["hash_algorithm"] = hash_algorithm
        if id is not None:
            self._values["id"] = id
        if map_proxies is not None:
            self._values["map_proxies"] = map_proxies
        if mask is not None:
            self._values["mask"] = mask
        if match_across_pools is not None:
            self._values["match_across_pools"] = match_across_pools
        if match_across_services is not None:
            self._values["match_across_services"] = match_across_services
        if match_across_virtuals is not None:
            self._values["match_across_virtuals"] = match_across_virtuals
        if mirror is not None:
            self._values["mirror"] = mirror
        if override_conn_limit is not None:
            self._values["override_conn_limit"] = override_conn_limit
        if timeout is not None:
            self._values["timeout"] = timeout

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
    def defaults_from(self) -> builtins.str:
        '''Inherit defaults from parent profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#defaults_from LtmPersistenceProfileSrcaddr#defaults_from}
        '''
        result = self._values.get("defaults_from")
        assert result is not None, "Required property 'defaults_from' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the persistence profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#name LtmPersistenceProfileSrcaddr#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def app_service(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#app_service LtmPersistenceProfileSrcaddr#app_service}.'''
        result = self._values.get("app_service")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hash_algorithm(self) -> typing.Optional[builtins.str]:
        '''Specify the hash algorithm.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#hash_algorithm LtmPersistenceProfileSrcaddr#hash_algorithm}
        '''
        result = self._values.get("hash_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#id LtmPersistenceProfileSrcaddr#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def map_proxies(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable directs all to the same single pool member.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#map_proxies LtmPersistenceProfileSrcaddr#map_proxies}
        '''
        result = self._values.get("map_proxies")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mask(self) -> typing.Optional[builtins.str]:
        '''Identify a range of source IP addresses to manage together as a single source address affinity persistent connection when connecting to the pool.

        Must be a valid IPv4 or IPv6 mask.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#mask LtmPersistenceProfileSrcaddr#mask}
        '''
        result = self._values.get("mask")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_across_pools(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable match across pools with given persistence record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#match_across_pools LtmPersistenceProfileSrcaddr#match_across_pools}
        '''
        result = self._values.get("match_across_pools")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_across_services(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable match across services with given persistence record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#match_across_services LtmPersistenceProfileSrcaddr#match_across_services}
        '''
        result = self._values.get("match_across_services")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_across_virtuals(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable match across services with given persistence record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#match_across_virtuals LtmPersistenceProfileSrcaddr#match_across_virtuals}
        '''
        result = self._values.get("match_across_virtuals")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#mirror LtmPersistenceProfileSrcaddr#mirror}
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def override_conn_limit(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable that pool member connection limits are overridden for persisted clients.

        Per-virtual connection limits remain hard limits and are not overridden.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#override_conn_limit LtmPersistenceProfileSrcaddr#override_conn_limit}
        '''
        result = self._values.get("override_conn_limit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout(self) -> typing.Optional[jsii.Number]:
        '''Timeout for persistence of the session.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_srcaddr#timeout LtmPersistenceProfileSrcaddr#timeout}
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmPersistenceProfileSrcaddrConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmPersistenceProfileSrcaddr",
    "LtmPersistenceProfileSrcaddrConfig",
]

publication.publish()

def _typecheckingstub__8b92359c8620387d17d66506af4c1474e47c52050848bdd7d08e7abfbfffc669(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    defaults_from: builtins.str,
    name: builtins.str,
    app_service: typing.Optional[builtins.str] = None,
    hash_algorithm: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    map_proxies: typing.Optional[builtins.str] = None,
    mask: typing.Optional[builtins.str] = None,
    match_across_pools: typing.Optional[builtins.str] = None,
    match_across_services: typing.Optional[builtins.str] = None,
    match_across_virtuals: typing.Optional[builtins.str] = None,
    mirror: typing.Optional[builtins.str] = None,
    override_conn_limit: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[jsii.Number] = None,
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

def _typecheckingstub__c8fd21151b00d6d61b7e18e04ed8d10d5fcedf2914a4a6ccb571892e01970e60(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__012cc8ffccfa32f0e01b4e33694b2ac265ab8c71c8d96178147a6de58cd413ec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f675d3f2bb8719c46285c14d1b72bc89bc4b26e2572e5a81bb8c7c6033253e74(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7169dbe8718de5155d328e33f7e1fda01ac469c7fb661a02994c154143a1dbf6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce4bd046c32130d63f541bd474bbbafbd3393f8234e112fe7ef9913949a8612b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a6c49f09d92054f597a53b1b6692f7ee1914f37a2c956f23bfba1a79aef175a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3bb9c331c452e85910a83dcccf5b25c0fa8c074970b50c24dae8cea791a9308(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d4deb481f5e6b4816d6309d2096645bb3e5773a3de2dee1e3ccf82dc4f5a49f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__69b0208bc67d1b9016c735eb628eff64fa8e18e0bd4385fa5136086bf3fda967(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a08135d2c2e3cdfc4d0e944510df2f5b73ffc908e01a2ffa39b2ab227f720e51(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__294ddf27948c28c74053f35176048c3b4d96b06481d0df1e851bdac0ddd99d75(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43d36165a1af4f6d6c3b3f955f17b3dd0f255706d7f7c1d4654ace5f14d93002(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d09879b65a4c8cd03fb23b00b27bcac6f465629983099f73bef5fd284d90c9f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c93278719de4e40b1dcdfe197532921372409fba7a945b546222e756891b2f3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84201a80351319545c4e890b3fbe1d4d51ac7ff00c21ca4d232af8d0b342b065(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    defaults_from: builtins.str,
    name: builtins.str,
    app_service: typing.Optional[builtins.str] = None,
    hash_algorithm: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    map_proxies: typing.Optional[builtins.str] = None,
    mask: typing.Optional[builtins.str] = None,
    match_across_pools: typing.Optional[builtins.str] = None,
    match_across_services: typing.Optional[builtins.str] = None,
    match_across_virtuals: typing.Optional[builtins.str] = None,
    mirror: typing.Optional[builtins.str] = None,
    override_conn_limit: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
