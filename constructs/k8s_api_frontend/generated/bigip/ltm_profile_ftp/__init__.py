r'''
# `bigip_ltm_profile_ftp`

Refer to the Terraform Registry for docs: [`bigip_ltm_profile_ftp`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp).
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


class LtmProfileFtp(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmProfileFtp.LtmProfileFtp",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp bigip_ltm_profile_ftp}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        allow_active_mode: typing.Optional[builtins.str] = None,
        allow_ftps: typing.Optional[builtins.str] = None,
        app_service: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        enforce_tlssession_reuse: typing.Optional[builtins.str] = None,
        ftps_mode: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        inherit_parent_profile: typing.Optional[builtins.str] = None,
        inherit_vlan_list: typing.Optional[builtins.str] = None,
        log_profile: typing.Optional[builtins.str] = None,
        log_publisher: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        security: typing.Optional[builtins.str] = None,
        translate_extended: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp bigip_ltm_profile_ftp} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the FTP Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#name LtmProfileFtp#name}
        :param allow_active_mode: Specifies, when selected (enabled), that the system allows FTP Active Transfer mode. The default value is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#allow_active_mode LtmProfileFtp#allow_active_mode}
        :param allow_ftps: Allows explicit FTPS negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#allow_ftps LtmProfileFtp#allow_ftps}
        :param app_service: The application service to which the object belongs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#app_service LtmProfileFtp#app_service}
        :param defaults_from: Use the parent ftp profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#defaults_from LtmProfileFtp#defaults_from}
        :param description: User defined description. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#description LtmProfileFtp#description}
        :param enforce_tlssession_reuse: Specifies, when selected (enabled), that the system enforces the data connection to reuse a TLS session. The default value is unchecked (disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#enforce_tlssession_reuse LtmProfileFtp#enforce_tlssession_reuse}
        :param ftps_mode: Allows explicit FTPS negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#ftps_mode LtmProfileFtp#ftps_mode}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#id LtmProfileFtp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param inherit_parent_profile: Enables the FTP data channel to inherit the TCP profile used by the control channel.If disabled,the data channel uses FastL4 only. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#inherit_parent_profile LtmProfileFtp#inherit_parent_profile}
        :param inherit_vlan_list: inherent vlan list. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#inherit_vlan_list LtmProfileFtp#inherit_vlan_list}
        :param log_profile: Configures the ALG log profile that controls logging. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#log_profile LtmProfileFtp#log_profile}
        :param log_publisher: Configures the log publisher that handles events logging for this profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#log_publisher LtmProfileFtp#log_publisher}
        :param partition: name of partition. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#partition LtmProfileFtp#partition}
        :param port: Specifies a service for the data channel port used for this FTP profile. The default port is ftp-data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#port LtmProfileFtp#port}
        :param security: Enables secure FTP traffic for the BIG-IP Application Security Manager. You can set the security option only if the system is licensed for the BIG-IP Application Security Manager. The default value is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#security LtmProfileFtp#security}
        :param translate_extended: This setting is enabled by default, and thus, automatically translates RFC 2428 extended requests EPSV and EPRT to PASV and PORT when communicating with IPv4 servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#translate_extended LtmProfileFtp#translate_extended}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__157895e25c1546a02247b87d5c21eb35f56a5253a7621b20335c3d131ae8ee11)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmProfileFtpConfig(
            name=name,
            allow_active_mode=allow_active_mode,
            allow_ftps=allow_ftps,
            app_service=app_service,
            defaults_from=defaults_from,
            description=description,
            enforce_tlssession_reuse=enforce_tlssession_reuse,
            ftps_mode=ftps_mode,
            id=id,
            inherit_parent_profile=inherit_parent_profile,
            inherit_vlan_list=inherit_vlan_list,
            log_profile=log_profile,
            log_publisher=log_publisher,
            partition=partition,
            port=port,
            security=security,
            translate_extended=translate_extended,
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
        '''Generates CDKTF code for importing a LtmProfileFtp resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmProfileFtp to import.
        :param import_from_id: The id of the existing LtmProfileFtp that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmProfileFtp to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__46a224a1aa1cbf71c6158d2d8cf777ce43a7179d2bb13aabbae5ceca03c1fe4e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAllowActiveMode")
    def reset_allow_active_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowActiveMode", []))

    @jsii.member(jsii_name="resetAllowFtps")
    def reset_allow_ftps(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowFtps", []))

    @jsii.member(jsii_name="resetAppService")
    def reset_app_service(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAppService", []))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetEnforceTlssessionReuse")
    def reset_enforce_tlssession_reuse(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnforceTlssessionReuse", []))

    @jsii.member(jsii_name="resetFtpsMode")
    def reset_ftps_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFtpsMode", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetInheritParentProfile")
    def reset_inherit_parent_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInheritParentProfile", []))

    @jsii.member(jsii_name="resetInheritVlanList")
    def reset_inherit_vlan_list(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInheritVlanList", []))

    @jsii.member(jsii_name="resetLogProfile")
    def reset_log_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogProfile", []))

    @jsii.member(jsii_name="resetLogPublisher")
    def reset_log_publisher(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogPublisher", []))

    @jsii.member(jsii_name="resetPartition")
    def reset_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartition", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @jsii.member(jsii_name="resetSecurity")
    def reset_security(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurity", []))

    @jsii.member(jsii_name="resetTranslateExtended")
    def reset_translate_extended(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTranslateExtended", []))

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
    @jsii.member(jsii_name="allowActiveModeInput")
    def allow_active_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "allowActiveModeInput"))

    @builtins.property
    @jsii.member(jsii_name="allowFtpsInput")
    def allow_ftps_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "allowFtpsInput"))

    @builtins.property
    @jsii.member(jsii_name="appServiceInput")
    def app_service_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "appServiceInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="enforceTlssessionReuseInput")
    def enforce_tlssession_reuse_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "enforceTlssessionReuseInput"))

    @builtins.property
    @jsii.member(jsii_name="ftpsModeInput")
    def ftps_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ftpsModeInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="inheritParentProfileInput")
    def inherit_parent_profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "inheritParentProfileInput"))

    @builtins.property
    @jsii.member(jsii_name="inheritVlanListInput")
    def inherit_vlan_list_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "inheritVlanListInput"))

    @builtins.property
    @jsii.member(jsii_name="logProfileInput")
    def log_profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "logProfileInput"))

    @builtins.property
    @jsii.member(jsii_name="logPublisherInput")
    def log_publisher_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "logPublisherInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="partitionInput")
    def partition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "partitionInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="securityInput")
    def security_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityInput"))

    @builtins.property
    @jsii.member(jsii_name="translateExtendedInput")
    def translate_extended_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "translateExtendedInput"))

    @builtins.property
    @jsii.member(jsii_name="allowActiveMode")
    def allow_active_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "allowActiveMode"))

    @allow_active_mode.setter
    def allow_active_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a614a4e8f988e53dec78b9796a2ef8c64ab607ae480fb611eaa35653e8b769d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowActiveMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="allowFtps")
    def allow_ftps(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "allowFtps"))

    @allow_ftps.setter
    def allow_ftps(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__69261b3132aa86094217994c8a239c8425c3cfcde16e8901a9a13b286a092a21)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowFtps", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="appService")
    def app_service(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "appService"))

    @app_service.setter
    def app_service(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__802b0e19265ad21819958c029a78eb33d204d767d909c02cf0a9db9caee284b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "appService", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4182400724be7f8e2201b343ec18ec08ad8698b37b2c11fc72e0914c379ef714)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__83c66f8c95a3fa0b48a82a9c48847ca3e9ccf05f7e5d115d65cffec33d2efcae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enforceTlssessionReuse")
    def enforce_tlssession_reuse(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "enforceTlssessionReuse"))

    @enforce_tlssession_reuse.setter
    def enforce_tlssession_reuse(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b32de5a6d9d3b40720d429bc1b94d82c02703692f3d55a089f4c99ca0e0242ee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enforceTlssessionReuse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ftpsMode")
    def ftps_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ftpsMode"))

    @ftps_mode.setter
    def ftps_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3cc6abafe71f185b4f66280e04a3aab0e210dc1c64e967dac977e028950e91d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ftpsMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1ad5bf05367761419735b8aacd12993f14aedc81be1198e78fe9d3e25bc27719)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="inheritParentProfile")
    def inherit_parent_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "inheritParentProfile"))

    @inherit_parent_profile.setter
    def inherit_parent_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6301f716880c3663233268d474f6de1275322a11067f187f1c756a4d445df7c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "inheritParentProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="inheritVlanList")
    def inherit_vlan_list(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "inheritVlanList"))

    @inherit_vlan_list.setter
    def inherit_vlan_list(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c4cf207ddcb8154e75dbc67a38c2944aebd4f813cd859d69b8e8682fcb9f6b91)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "inheritVlanList", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="logProfile")
    def log_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "logProfile"))

    @log_profile.setter
    def log_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae72f491e1bb9b94917355055d552411ded87a5c68e6e449b99ca450e2bbd92b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "logProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="logPublisher")
    def log_publisher(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "logPublisher"))

    @log_publisher.setter
    def log_publisher(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1819d92d7ca8a2dbc2f5f596634fa9f7195450e0fe0991607796e235c96b3a50)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "logPublisher", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__982f90b97850cd66bfdc233c50b50a39f06e1f0b4020a25d77d3dce28d83a32b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a01cb477ca6ad0eab3927c65b312fdd43e0077ff1ea1487a46b159944ae2b73d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__514506a1acb31931d96859c7327381c1f4a6e2c4ca2a1255a879c1bdfaf28b85)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="security")
    def security(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "security"))

    @security.setter
    def security(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__228f8ac5c9449e1c64cff0ca6ef87d053bb76093fa57dd55cf8b13a9262fd9ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "security", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="translateExtended")
    def translate_extended(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "translateExtended"))

    @translate_extended.setter
    def translate_extended(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f558af613cacb9f4217cc75a7852b7a903d973cd314ce2aba2ae75a6d2077528)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "translateExtended", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmProfileFtp.LtmProfileFtpConfig",
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
        "allow_active_mode": "allowActiveMode",
        "allow_ftps": "allowFtps",
        "app_service": "appService",
        "defaults_from": "defaultsFrom",
        "description": "description",
        "enforce_tlssession_reuse": "enforceTlssessionReuse",
        "ftps_mode": "ftpsMode",
        "id": "id",
        "inherit_parent_profile": "inheritParentProfile",
        "inherit_vlan_list": "inheritVlanList",
        "log_profile": "logProfile",
        "log_publisher": "logPublisher",
        "partition": "partition",
        "port": "port",
        "security": "security",
        "translate_extended": "translateExtended",
    },
)
class LtmProfileFtpConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        allow_active_mode: typing.Optional[builtins.str] = None,
        allow_ftps: typing.Optional[builtins.str] = None,
        app_service: typing.Optional[builtins.str] = None,
        defaults_from: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        enforce_tlssession_reuse: typing.Optional[builtins.str] = None,
        ftps_mode: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        inherit_parent_profile: typing.Optional[builtins.str] = None,
        inherit_vlan_list: typing.Optional[builtins.str] = None,
        log_profile: typing.Optional[builtins.str] = None,
        log_publisher: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        security: typing.Optional[builtins.str] = None,
        translate_extended: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the FTP Profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#name LtmProfileFtp#name}
        :param allow_active_mode: Specifies, when selected (enabled), that the system allows FTP Active Transfer mode. The default value is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#allow_active_mode LtmProfileFtp#allow_active_mode}
        :param allow_ftps: Allows explicit FTPS negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#allow_ftps LtmProfileFtp#allow_ftps}
        :param app_service: The application service to which the object belongs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#app_service LtmProfileFtp#app_service}
        :param defaults_from: Use the parent ftp profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#defaults_from LtmProfileFtp#defaults_from}
        :param description: User defined description. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#description LtmProfileFtp#description}
        :param enforce_tlssession_reuse: Specifies, when selected (enabled), that the system enforces the data connection to reuse a TLS session. The default value is unchecked (disabled). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#enforce_tlssession_reuse LtmProfileFtp#enforce_tlssession_reuse}
        :param ftps_mode: Allows explicit FTPS negotiation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#ftps_mode LtmProfileFtp#ftps_mode}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#id LtmProfileFtp#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param inherit_parent_profile: Enables the FTP data channel to inherit the TCP profile used by the control channel.If disabled,the data channel uses FastL4 only. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#inherit_parent_profile LtmProfileFtp#inherit_parent_profile}
        :param inherit_vlan_list: inherent vlan list. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#inherit_vlan_list LtmProfileFtp#inherit_vlan_list}
        :param log_profile: Configures the ALG log profile that controls logging. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#log_profile LtmProfileFtp#log_profile}
        :param log_publisher: Configures the log publisher that handles events logging for this profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#log_publisher LtmProfileFtp#log_publisher}
        :param partition: name of partition. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#partition LtmProfileFtp#partition}
        :param port: Specifies a service for the data channel port used for this FTP profile. The default port is ftp-data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#port LtmProfileFtp#port}
        :param security: Enables secure FTP traffic for the BIG-IP Application Security Manager. You can set the security option only if the system is licensed for the BIG-IP Application Security Manager. The default value is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#security LtmProfileFtp#security}
        :param translate_extended: This setting is enabled by default, and thus, automatically translates RFC 2428 extended requests EPSV and EPRT to PASV and PORT when communicating with IPv4 servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#translate_extended LtmProfileFtp#translate_extended}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bebd7446dea744763d261ae2ba3995a0534e08fe4dc2dbea133fa35e17e696cb)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument allow_active_mode", value=allow_active_mode, expected_type=type_hints["allow_active_mode"])
            check_type(argname="argument allow_ftps", value=allow_ftps, expected_type=type_hints["allow_ftps"])
            check_type(argname="argument app_service", value=app_service, expected_type=type_hints["app_service"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument enforce_tlssession_reuse", value=enforce_tlssession_reuse, expected_type=type_hints["enforce_tlssession_reuse"])
            check_type(argname="argument ftps_mode", value=ftps_mode, expected_type=type_hints["ftps_mode"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument inherit_parent_profile", value=inherit_parent_profile, expected_type=type_hints["inherit_parent_profile"])
            check_type(argname="argument inherit_vlan_list", value=inherit_vlan_list, expected_type=type_hints["inherit_vlan_list"])
            check_type(argname="argument log_profile", value=log_profile, expected_type=type_hints["log_profile"])
            check_type(argname="argument log_publisher", value=log_publisher, expected_type=type_hints["log_publisher"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument security", value=security, expected_type=type_hints["security"])
            check_type(argname="argument translate_extended", value=translate_extended, expected_type=type_hints["translate_extended"])
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
        if allow_active_mode is not None:
            self._values["allow_active_mode"] = allow_active_mode
        if allow_ftps is not None:
            self._values["allow_ftps"] = allow_ftps
        if app_service is not None:
            self._values["app_service"] = app_service
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if description is not None:
            self._values["description"] = description
        if enforce_tlssession_reuse is not None:
            self._values["enforce_tlssession_reuse"] = enforce_tlssession_reuse
        if ftps_mode is not None:
            self._values["ftps_mode"] = ftps_mode
        if id is not None:
            self._values["id"] = id
        if inherit_parent_profile is not None:
            self._values["inherit_parent_profile"] = inherit_parent_profile
        if inherit_vlan_list is not None:
            self._values["inherit_vlan_list"] = inherit_vlan_list
        if log_profile is not None:
            self._values["log_profile"] = log_profile
        if log_publisher is not None:
            self._values["log_publisher"] = log_publisher
        if partition is not None:
            self._values["partition"] = partition
        if port is not None:
            self._values["port"] = port
        if security is not None:
            self._values["security"] = security
        if translate_extended is not None:
            self._values["translate_extended"] = translate_extended

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
        '''Name of the FTP Profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#name LtmProfileFtp#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allow_active_mode(self) -> typing.Optional[builtins.str]:
        '''Specifies, when selected (enabled), that the system allows FTP Active Transfer mode. The default value is enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#allow_active_mode LtmProfileFtp#allow_active_mode}
        '''
        result = self._values.get("allow_active_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def allow_ftps(self) -> typing.Optional[builtins.str]:
        '''Allows explicit FTPS negotiation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#allow_ftps LtmProfileFtp#allow_ftps}
        '''
        result = self._values.get("allow_ftps")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def app_service(self) -> typing.Optional[builtins.str]:
        '''The application service to which the object belongs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#app_service LtmProfileFtp#app_service}
        '''
        result = self._values.get("app_service")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Use the parent ftp profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#defaults_from LtmProfileFtp#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''User defined description.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#description LtmProfileFtp#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enforce_tlssession_reuse(self) -> typing.Optional[builtins.str]:
        '''Specifies, when selected (enabled), that the system enforces the data connection to reuse a TLS session.

        The default value is unchecked (disabled).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#enforce_tlssession_reuse LtmProfileFtp#enforce_tlssession_reuse}
        '''
        result = self._values.get("enforce_tlssession_reuse")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ftps_mode(self) -> typing.Optional[builtins.str]:
        '''Allows explicit FTPS negotiation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#ftps_mode LtmProfileFtp#ftps_mode}
        '''
        result = self._values.get("ftps_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#id LtmProfileFtp#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def inherit_parent_profile(self) -> typing.Optional[builtins.str]:
        '''Enables the FTP data channel to inherit the TCP profile used by the control channel.If disabled,the data channel uses FastL4 only.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#inherit_parent_profile LtmProfileFtp#inherit_parent_profile}
        '''
        result = self._values.get("inherit_parent_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def inherit_vlan_list(self) -> typing.Optional[builtins.str]:
        '''inherent vlan list.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#inherit_vlan_list LtmProfileFtp#inherit_vlan_list}
        '''
        result = self._values.get("inherit_vlan_list")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_profile(self) -> typing.Optional[builtins.str]:
        '''Configures the ALG log profile that controls logging.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#log_profile LtmProfileFtp#log_profile}
        '''
        result = self._values.get("log_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_publisher(self) -> typing.Optional[builtins.str]:
        '''Configures the log publisher that handles events logging for this profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#log_publisher LtmProfileFtp#log_publisher}
        '''
        result = self._values.get("log_publisher")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''name of partition.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#partition LtmProfileFtp#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies a service for the data channel port used for this FTP profile. The default port is ftp-data.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#port LtmProfileFtp#port}
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def security(self) -> typing.Optional[builtins.str]:
        '''Enables secure FTP traffic for the BIG-IP Application Security Manager.

        You can set the security option only if the system is licensed for the BIG-IP Application Security Manager. The default value is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#security LtmProfileFtp#security}
        '''
        result = self._values.get("security")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def translate_extended(self) -> typing.Optional[builtins.str]:
        '''This setting is enabled by default, and thus, automatically translates RFC 2428 extended requests EPSV and EPRT to PASV and PORT when communicating with IPv4 servers.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_profile_ftp#translate_extended LtmProfileFtp#translate_extended}
        '''
        result = self._values.get("translate_extended")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmProfileFtpConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmProfileFtp",
    "LtmProfileFtpConfig",
]

publication.publish()

def _typecheckingstub__157895e25c1546a02247b87d5c21eb35f56a5253a7621b20335c3d131ae8ee11(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    allow_active_mode: typing.Optional[builtins.str] = None,
    allow_ftps: typing.Optional[builtins.str] = None,
    app_service: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    enforce_tlssession_reuse: typing.Optional[builtins.str] = None,
    ftps_mode: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    inherit_parent_profile: typing.Optional[builtins.str] = None,
    inherit_vlan_list: typing.Optional[builtins.str] = None,
    log_profile: typing.Optional[builtins.str] = None,
    log_publisher: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    security: typing.Optional[builtins.str] = None,
    translate_extended: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__46a224a1aa1cbf71c6158d2d8cf777ce43a7179d2bb13aabbae5ceca03c1fe4e(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a614a4e8f988e53dec78b9796a2ef8c64ab607ae480fb611eaa35653e8b769d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__69261b3132aa86094217994c8a239c8425c3cfcde16e8901a9a13b286a092a21(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__802b0e19265ad21819958c029a78eb33d204d767d909c02cf0a9db9caee284b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4182400724be7f8e2201b343ec18ec08ad8698b37b2c11fc72e0914c379ef714(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83c66f8c95a3fa0b48a82a9c48847ca3e9ccf05f7e5d115d65cffec33d2efcae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b32de5a6d9d3b40720d429bc1b94d82c02703692f3d55a089f4c99ca0e0242ee(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cc6abafe71f185b4f66280e04a3aab0e210dc1c64e967dac977e028950e91d9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ad5bf05367761419735b8aacd12993f14aedc81be1198e78fe9d3e25bc27719(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6301f716880c3663233268d474f6de1275322a11067f187f1c756a4d445df7c9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4cf207ddcb8154e75dbc67a38c2944aebd4f813cd859d69b8e8682fcb9f6b91(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae72f491e1bb9b94917355055d552411ded87a5c68e6e449b99ca450e2bbd92b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1819d92d7ca8a2dbc2f5f596634fa9f7195450e0fe0991607796e235c96b3a50(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__982f90b97850cd66bfdc233c50b50a39f06e1f0b4020a25d77d3dce28d83a32b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a01cb477ca6ad0eab3927c65b312fdd43e0077ff1ea1487a46b159944ae2b73d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__514506a1acb31931d96859c7327381c1f4a6e2c4ca2a1255a879c1bdfaf28b85(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__228f8ac5c9449e1c64cff0ca6ef87d053bb76093fa57dd55cf8b13a9262fd9ca(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f558af613cacb9f4217cc75a7852b7a903d973cd314ce2aba2ae75a6d2077528(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bebd7446dea744763d261ae2ba3995a0534e08fe4dc2dbea133fa35e17e696cb(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    allow_active_mode: typing.Optional[builtins.str] = None,
    allow_ftps: typing.Optional[builtins.str] = None,
    app_service: typing.Optional[builtins.str] = None,
    defaults_from: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    enforce_tlssession_reuse: typing.Optional[builtins.str] = None,
    ftps_mode: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    inherit_parent_profile: typing.Optional[builtins.str] = None,
    inherit_vlan_list: typing.Optional[builtins.str] = None,
    log_profile: typing.Optional[builtins.str] = None,
    log_publisher: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    security: typing.Optional[builtins.str] = None,
    translate_extended: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
