r'''
# `bigip_ltm_persistence_profile_ssl`

Refer to the Terraform Registry for docs: [`bigip_ltm_persistence_profile_ssl`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl).
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


class LtmPersistenceProfileSsl(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmPersistenceProfileSsl.LtmPersistenceProfileSsl",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl bigip_ltm_persistence_profile_ssl}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        defaults_from: builtins.str,
        name: builtins.str,
        app_service: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
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
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl bigip_ltm_persistence_profile_ssl} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param defaults_from: Inherit defaults from parent profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#defaults_from LtmPersistenceProfileSsl#defaults_from}
        :param name: Name of the persistence profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#name LtmPersistenceProfileSsl#name}
        :param app_service: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#app_service LtmPersistenceProfileSsl#app_service}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#id LtmPersistenceProfileSsl#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param match_across_pools: To enable _ disable match across pools with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#match_across_pools LtmPersistenceProfileSsl#match_across_pools}
        :param match_across_services: To enable _ disable match across services with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#match_across_services LtmPersistenceProfileSsl#match_across_services}
        :param match_across_virtuals: To enable _ disable match across services with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#match_across_virtuals LtmPersistenceProfileSsl#match_across_virtuals}
        :param mirror: To enable _ disable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#mirror LtmPersistenceProfileSsl#mirror}
        :param override_conn_limit: To enable _ disable that pool member connection limits are overridden for persisted clients. Per-virtual connection limits remain hard limits and are not overridden. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#override_conn_limit LtmPersistenceProfileSsl#override_conn_limit}
        :param timeout: Timeout for persistence of the session. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#timeout LtmPersistenceProfileSsl#timeout}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42ef54d7b34d151b071057b556472a1b116e6a42984e8148e54c09247376e41b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmPersistenceProfileSslConfig(
            defaults_from=defaults_from,
            name=name,
            app_service=app_service,
            id=id,
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
        '''Generates CDKTF code for importing a LtmPersistenceProfileSsl resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmPersistenceProfileSsl to import.
        :param import_from_id: The id of the existing LtmPersistenceProfileSsl that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmPersistenceProfileSsl to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0d9c98586d083fd72cef80853b450441088f8002b8ac668fc25c31b8df7532a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAppService")
    def reset_app_service(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAppService", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

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
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__014391ec3ca902da067b8aba647b876be72104037c7a2a2d1fafaed19b36ee88)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "appService", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ce17d18a9139d2c61b5db2201110a345ac877218824dafb993994e31ca0a402)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8d3fdb744cfd73b09e4db64ad51160492fc02532995f7f69f5ba2d6a286b1207)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="matchAcrossPools")
    def match_across_pools(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "matchAcrossPools"))

    @match_across_pools.setter
    def match_across_pools(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5d8511aa469f98da025f8169587afdfaf606fe9b61c43d450dd6374efbac1d5d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "matchAcrossPools", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="matchAcrossServices")
    def match_across_services(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "matchAcrossServices"))

    @match_across_services.setter
    def match_across_services(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7e804bcbc4b874feba11b1c0cf5e1f9397483240d01dcfa3f520bb5b3de9ad2c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "matchAcrossServices", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="matchAcrossVirtuals")
    def match_across_virtuals(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "matchAcrossVirtuals"))

    @match_across_virtuals.setter
    def match_across_virtuals(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__52aa0ccefd0d0c6f4953c13dbf24bb3663aa569b9b562d7a37d4f94257ae4ca3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "matchAcrossVirtuals", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirror")
    def mirror(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirror"))

    @mirror.setter
    def mirror(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9871380a382540f5964fab4fc17bd66586c4c169ce4f0bef6bf09cc5f607106a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirror", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ee67d5836a66beffca29015587b06c90fb77ce429e3e32d028e4120ddd14b77)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="overrideConnLimit")
    def override_conn_limit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "overrideConnLimit"))

    @override_conn_limit.setter
    def override_conn_limit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13013a46fd41d15c4fd62d141ba49e6af9f5184f373d1a7bdf9a8b1dd456bdae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "overrideConnLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeout")
    def timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeout"))

    @timeout.setter
    def timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a88afc1a454947ffd5ffb82a1d75704223fbbfd0e1a41006c79e9d99ee1491cf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeout", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmPersistenceProfileSsl.LtmPersistenceProfileSslConfig",
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
        "id": "id",
        "match_across_pools": "matchAcrossPools",
        "match_across_services": "matchAcrossServices",
        "match_across_virtuals": "matchAcrossVirtuals",
        "mirror": "mirror",
        "override_conn_limit": "overrideConnLimit",
        "timeout": "timeout",
    },
)
class LtmPersistenceProfileSslConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        id: typing.Optional[builtins.str] = None,
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
        :param defaults_from: Inherit defaults from parent profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#defaults_from LtmPersistenceProfileSsl#defaults_from}
        :param name: Name of the persistence profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#name LtmPersistenceProfileSsl#name}
        :param app_service: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#app_service LtmPersistenceProfileSsl#app_service}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#id LtmPersistenceProfileSsl#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param match_across_pools: To enable _ disable match across pools with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#match_across_pools LtmPersistenceProfileSsl#match_across_pools}
        :param match_across_services: To enable _ disable match across services with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#match_across_services LtmPersistenceProfileSsl#match_across_services}
        :param match_across_virtuals: To enable _ disable match across services with given persistence record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#match_across_virtuals LtmPersistenceProfileSsl#match_across_virtuals}
        :param mirror: To enable _ disable. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#mirror LtmPersistenceProfileSsl#mirror}
        :param override_conn_limit: To enable _ disable that pool member connection limits are overridden for persisted clients. Per-virtual connection limits remain hard limits and are not overridden. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#override_conn_limit LtmPersistenceProfileSsl#override_conn_limit}
        :param timeout: Timeout for persistence of the session. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#timeout LtmPersistenceProfileSsl#timeout}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__932f01c6319e5e43d058cabb34fd788594fe22038ebebb7ad9b31a07ceaea903)
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
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
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
        if id is not None:
            self._values["id"] = id
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#defaults_from LtmPersistenceProfileSsl#defaults_from}
        '''
        result = self._values.get("defaults_from")
        assert result is not None, "Required property 'defaults_from' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the persistence profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#name LtmPersistenceProfileSsl#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def app_service(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#app_service LtmPersistenceProfileSsl#app_service}.'''
        result = self._values.get("app_service")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#id LtmPersistenceProfileSsl#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_across_pools(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable match across pools with given persistence record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#match_across_pools LtmPersistenceProfileSsl#match_across_pools}
        '''
        result = self._values.get("match_across_pools")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_across_services(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable match across services with given persistence record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#match_across_services LtmPersistenceProfileSsl#match_across_services}
        '''
        result = self._values.get("match_across_services")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_across_virtuals(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable match across services with given persistence record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#match_across_virtuals LtmPersistenceProfileSsl#match_across_virtuals}
        '''
        result = self._values.get("match_across_virtuals")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#mirror LtmPersistenceProfileSsl#mirror}
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def override_conn_limit(self) -> typing.Optional[builtins.str]:
        '''To enable _ disable that pool member connection limits are overridden for persisted clients.

        Per-virtual connection limits remain hard limits and are not overridden.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#override_conn_limit LtmPersistenceProfileSsl#override_conn_limit}
        '''
        result = self._values.get("override_conn_limit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout(self) -> typing.Optional[jsii.Number]:
        '''Timeout for persistence of the session.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_persistence_profile_ssl#timeout LtmPersistenceProfileSsl#timeout}
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmPersistenceProfileSslConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmPersistenceProfileSsl",
    "LtmPersistenceProfileSslConfig",
]

publication.publish()

def _typecheckingstub__42ef54d7b34d151b071057b556472a1b116e6a42984e8148e54c09247376e41b(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    defaults_from: builtins.str,
    name: builtins.str,
    app_service: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__f0d9c98586d083fd72cef80853b450441088f8002b8ac668fc25c31b8df7532a(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__014391ec3ca902da067b8aba647b876be72104037c7a2a2d1fafaed19b36ee88(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ce17d18a9139d2c61b5db2201110a345ac877218824dafb993994e31ca0a402(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d3fdb744cfd73b09e4db64ad51160492fc02532995f7f69f5ba2d6a286b1207(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d8511aa469f98da025f8169587afdfaf606fe9b61c43d450dd6374efbac1d5d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e804bcbc4b874feba11b1c0cf5e1f9397483240d01dcfa3f520bb5b3de9ad2c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52aa0ccefd0d0c6f4953c13dbf24bb3663aa569b9b562d7a37d4f94257ae4ca3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9871380a382540f5964fab4fc17bd66586c4c169ce4f0bef6bf09cc5f607106a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ee67d5836a66beffca29015587b06c90fb77ce429e3e32d028e4120ddd14b77(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13013a46fd41d15c4fd62d141ba49e6af9f5184f373d1a7bdf9a8b1dd456bdae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a88afc1a454947ffd5ffb82a1d75704223fbbfd0e1a41006c79e9d99ee1491cf(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__932f01c6319e5e43d058cabb34fd788594fe22038ebebb7ad9b31a07ceaea903(
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
    id: typing.Optional[builtins.str] = None,
    match_across_pools: typing.Optional[builtins.str] = None,
    match_across_services: typing.Optional[builtins.str] = None,
    match_across_virtuals: typing.Optional[builtins.str] = None,
    mirror: typing.Optional[builtins.str] = None,
    override_conn_limit: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
