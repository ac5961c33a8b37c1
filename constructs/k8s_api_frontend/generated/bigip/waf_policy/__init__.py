r'''
# `bigip_waf_policy`

Refer to the Terraform Registry for docs: [`bigip_waf_policy`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy).
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


class WafPolicy(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicy",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy bigip_waf_policy}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        template_name: builtins.str,
        application_language: typing.Optional[builtins.str] = None,
        case_insensitive: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        description: typing.Optional[builtins.str] = None,
        enable_passivemode: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enforcement_mode: typing.Optional[builtins.str] = None,
        file_types: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyFileTypes", typing.Dict[builtins.str, typing.Any]]]]] = None,
        graphql_profiles: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyGraphqlProfiles", typing.Dict[builtins.str, typing.Any]]]]] = None,
        host_names: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyHostNames", typing.Dict[builtins.str, typing.Any]]]]] = None,
        id: typing.Optional[builtins.str] = None,
        ip_exceptions: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyIpExceptions", typing.Dict[builtins.str, typing.Any]]]]] = None,
        modifications: typing.Optional[typing.Sequence[builtins.str]] = None,
        open_api_files: typing.Optional[typing.Sequence[builtins.str]] = None,
        parameters: typing.Optional[typing.Sequence[builtins.str]] = None,
        partition: typing.Optional[builtins.str] = None,
        policy_builder: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyPolicyBuilder", typing.Dict[builtins.str, typing.Any]]]]] = None,
        policy_id: typing.Optional[builtins.str] = None,
        policy_import_json: typing.Optional[builtins.str] = None,
        protocol_independent: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        server_technologies: typing.Optional[typing.Sequence[builtins.str]] = None,
        signatures: typing.Optional[typing.Sequence[builtins.str]] = None,
        signature_sets: typing.Optional[typing.Sequence[builtins.str]] = None,
        signatures_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicySignaturesSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        template_link: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        urls: typing.Optional[typing.Sequence[builtins.str]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy bigip_waf_policy} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: The unique user-given name of the policy. Policy names cannot contain spaces or special characters. Allowed characters are a-z, A-Z, 0-9, dot, dash (-), colon (:) and underscore (_) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#name WafPolicy#name}
        :param template_name: Specifies the name of the template used for the policy creation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#template_name WafPolicy#template_name}
        :param application_language: The character encoding for the web application. The character encoding determines how the policy processes the character sets. The default is Auto detect Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#application_language WafPolicy#application_language}
        :param case_insensitive: Specifies whether the security policy treats microservice URLs, file types, URLs, and parameters as case sensitive or not. When this setting is enabled, the system stores these security policy elements in lowercase in the security policy configuration Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#case_insensitive WafPolicy#case_insensitive}
        :param description: Specifies the description of the policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#description WafPolicy#description}
        :param enable_passivemode: Passive Mode allows the policy to be associated with a Performance L4 Virtual Server (using a FastL4 profile). With FastL4, traffic is analyzed but is not modified in any way. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#enable_passivemode WafPolicy#enable_passivemode}
        :param enforcement_mode: How the system processes a request that triggers a security policy violation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#enforcement_mode WafPolicy#enforcement_mode}
        :param file_types: file_types block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#file_types WafPolicy#file_types}
        :param graphql_profiles: graphql_profiles block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#graphql_profiles WafPolicy#graphql_profiles}
        :param host_names: host_names block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#host_names WafPolicy#host_names}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#id WafPolicy#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ip_exceptions: ip_exceptions block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#ip_exceptions WafPolicy#ip_exceptions}
        :param modifications: the modifications section includes actions that modify the declarative policy as it is defined in the adjustments section. The modifications section is updated manually, with the changes generally driven by the learning suggestions provided by the BIG-IP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#modifications WafPolicy#modifications}
        :param open_api_files: This section defines the Link for open api files on the policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#open_api_files WafPolicy#open_api_files}
        :param parameters: This section defines parameters that the security policy permits in requests. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#parameters WafPolicy#parameters}
        :param partition: Partition of WAF policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#partition WafPolicy#partition}
        :param policy_builder: policy_builder block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#policy_builder WafPolicy#policy_builder}
        :param policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#policy_id WafPolicy#policy_id}.
        :param policy_import_json: The payload of the WAF Policy to be used for IMPORT on to BIGIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#policy_import_json WafPolicy#policy_import_json}
        :param protocol_independent: When creating a security policy, you can determine whether a security policy differentiates between HTTP and HTTPS URLs. If enabled, the security policy differentiates between HTTP and HTTPS URLs. If disabled, the security policy configures URLs without specifying a specific protocol. This is useful for applications that behave the same for HTTP and HTTPS, and it keeps the security policy from including the same URL twice. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#protocol_independent WafPolicy#protocol_independent}
        :param server_technologies: The server technology is a server-side application, framework, web server or operating system type that is configured in the policy in order to adapt the policy to the checks needed for the respective technology. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#server_technologies WafPolicy#server_technologies}
        :param signatures: This section defines the properties of a signature on the policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#signatures WafPolicy#signatures}
        :param signature_sets: Defines behavior when signatures found within a signature-set are detected in a request. Settings are culmulative, so if a signature is found in any set with block enabled, that signature will have block enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#signature_sets WafPolicy#signature_sets}
        :param signatures_settings: signatures_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#signatures_settings WafPolicy#signatures_settings}
        :param template_link: Specifies the Link of the template used for the policy creation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#template_link WafPolicy#template_link}
        :param type: The type of policy you want to create. The default policy type is Security. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#type WafPolicy#type}
        :param urls: In a security policy, you can manually specify the HTTP URLs that are allowed (or disallowed) in traffic to the web application being protected. If you are using automatic policy building (and the policy includes learning URLs), the system can determine which URLs to add, based on legitimate traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#urls WafPolicy#urls}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__509613a45f49ad627d240f5714506de1dbe5b3dd058f62cf2e8af31e71d69594)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = WafPolicyConfig(
            name=name,
            template_name=template_name,
            application_language=application_language,
            case_insensitive=case_insensitive,
            description=description,
            enable_passivemode=enable_passivemode,
            enforcement_mode=enforcement_mode,
            file_types=file_types,
            graphql_profiles=graphql_profiles,
            host_names=host_names,
            id=id,
            ip_exceptions=ip_exceptions,
            modifications=modifications,
            open_api_files=open_api_files,
            parameters=parameters,
            partition=partition,
            policy_builder=policy_builder,
            policy_id=policy_id,
            policy_import_json=policy_import_json,
            protocol_independent=protocol_independent,
            server_technologies=server_technologies,
            signatures=signatures,
            signature_sets=signature_sets,
            signatures_settings=signatures_settings,
            template_link=template_link,
            type=type,
            urls=urls,
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
        '''Generates CDKTF code for importing a WafPolicy resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the WafPolicy to import.
        :param import_from_id: The id of the existing WafPolicy that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the WafPolicy to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b084918bfa3e33912fe587ac2aa1ec7f35d52b30b5b78dd8fd9b26b66a56ae68)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putFileTypes")
    def put_file_types(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyFileTypes", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dcf22b86d201f46801a917ccffb4c2dfeed486d1359afd102c112be7ad0c55e3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putFileTypes", [value]))

    @jsii.member(jsii_name="putGraphqlProfiles")
    def put_graphql_profiles(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyGraphqlProfiles", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6c70196fc1810b8efdf8867875850abd0ce6ad646de7155110fc495d5851130d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putGraphqlProfiles", [value]))

    @jsii.member(jsii_name="putHostNames")
    def put_host_names(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyHostNames", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d71417480f4a5a7fbd401928ab75d7dd41f7e0591931ff081afe5dd59b651dca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putHostNames", [value]))

    @jsii.member(jsii_name="putIpExceptions")
    def put_ip_exceptions(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyIpExceptions", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ce7355246ce78a96fece16990beffa37c885e1aaaa82484508a2afc1e1f22703)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putIpExceptions", [value]))

    @jsii.member(jsii_name="putPolicyBuilder")
    def put_policy_builder(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyPolicyBuilder", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ee7dd534bef1f3bd1182df204cea66443ddbc2253f51b8f15a19c1d547f4c461)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putPolicyBuilder", [value]))

    @jsii.member(jsii_name="putSignaturesSettings")
    def put_signatures_settings(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicySignaturesSettings", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7a41140ced6e81d8e6975614d464492f08df1149f1648bf3f05fea01780b393c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putSignaturesSettings", [value]))

    @jsii.member(jsii_name="resetApplicationLanguage")
    def reset_application_language(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetApplicationLanguage", []))

    @jsii.member(jsii_name="resetCaseInsensitive")
    def reset_case_insensitive(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCaseInsensitive", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetEnablePassivemode")
    def reset_enable_passivemode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnablePassivemode", []))

    @jsii.member(jsii_name="resetEnforcementMode")
    def reset_enforcement_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnforcementMode", []))

    @jsii.member(jsii_name="resetFileTypes")
    def reset_file_types(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFileTypes", []))

    @jsii.member(jsii_name="resetGraphqlProfiles")
    def reset_graphql_profiles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGraphqlProfiles", []))

    @jsii.member(jsii_name="resetHostNames")
    def reset_host_names(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHostNames", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIpExceptions")
    def reset_ip_exceptions(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpExceptions", []))

    @jsii.member(jsii_name="resetModifications")
    def reset_modifications(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetModifications", []))

    @jsii.member(jsii_name="resetOpenApiFiles")
    def reset_open_api_files(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOpenApiFiles", []))

    @jsii.member(jsii_name="resetParameters")
    def reset_parameters(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetParameters", []))

    @jsii.member(jsii_name="resetPartition")
    def reset_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartition", []))

    @jsii.member(jsii_name="resetPolicyBuilder")
    def reset_policy_builder(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPolicyBuilder", []))

    @jsii.member(jsii_name="resetPolicyId")
    def reset_policy_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPolicyId", []))

    @jsii.member(jsii_name="resetPolicyImportJson")
    def reset_policy_import_json(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPolicyImportJson", []))

    @jsii.member(jsii_name="resetProtocolIndependent")
    def reset_protocol_independent(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProtocolIndependent", []))

    @jsii.member(jsii_name="resetServerTechnologies")
    def reset_server_technologies(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServerTechnologies", []))

    @jsii.member(jsii_name="resetSignatures")
    def reset_signatures(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSignatures", []))

    @jsii.member(jsii_name="resetSignatureSets")
    def reset_signature_sets(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSignatureSets", []))

    @jsii.member(jsii_name="resetSignaturesSettings")
    def reset_signatures_settings(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSignaturesSettings", []))

    @jsii.member(jsii_name="resetTemplateLink")
    def reset_template_link(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTemplateLink", []))

    @jsii.member(jsii_name="resetType")
    def reset_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetType", []))

    @jsii.member(jsii_name="resetUrls")
    def reset_urls(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUrls", []))

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
    @jsii.member(jsii_name="fileTypes")
    def file_types(self) -> "WafPolicyFileTypesList":
        return typing.cast("WafPolicyFileTypesList", jsii.get(self, "fileTypes"))

    @builtins.property
    @jsii.member(jsii_name="graphqlProfiles")
    def graphql_profiles(self) -> "WafPolicyGraphqlProfilesList":
        return typing.cast("WafPolicyGraphqlProfilesList", jsii.get(self, "graphqlProfiles"))

    @builtins.property
    @jsii.member(jsii_name="hostNames")
    def host_names(self) -> "WafPolicyHostNamesList":
        return typing.cast("WafPolicyHostNamesList", jsii.get(self, "hostNames"))

    @builtins.property
    @jsii.member(jsii_name="ipExceptions")
    def ip_exceptions(self) -> "WafPolicyIpExceptionsList":
        return typing.cast("WafPolicyIpExceptionsList", jsii.get(self, "ipExceptions"))

    @builtins.property
    @jsii.member(jsii_name="policyBuilder")
    def policy_builder(self) -> "WafPolicyPolicyBuilderList":
        return typing.cast("WafPolicyPolicyBuilderList", jsii.get(self, "policyBuilder"))

    @builtins.property
    @jsii.member(jsii_name="policyExportJson")
    def policy_export_json(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "policyExportJson"))

    @builtins.property
    @jsii.member(jsii_name="signaturesSettings")
    def signatures_settings(self) -> "WafPolicySignaturesSettingsList":
        return typing.cast("WafPolicySignaturesSettingsList", jsii.get(self, "signaturesSettings"))

    @builtins.property
    @jsii.member(jsii_name="applicationLanguageInput")
    def application_language_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "applicationLanguageInput"))

    @builtins.property
    @jsii.member(jsii_name="caseInsensitiveInput")
    def case_insensitive_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "caseInsensitiveInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="enablePassivemodeInput")
    def enable_passivemode_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enablePassivemodeInput"))

    @builtins.property
    @jsii.member(jsii_name="enforcementModeInput")
    def enforcement_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "enforcementModeInput"))

    @builtins.property
    @jsii.member(jsii_name="fileTypesInput")
    def file_types_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyFileTypes"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyFileTypes"]]], jsii.get(self, "fileTypesInput"))

    @builtins.property
    @jsii.member(jsii_name="graphqlProfilesInput")
    def graphql_profiles_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyGraphqlProfiles"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyGraphqlProfiles"]]], jsii.get(self, "graphqlProfilesInput"))

    @builtins.property
    @jsii.member(jsii_name="hostNamesInput")
    def host_names_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyHostNames"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyHostNames"]]], jsii.get(self, "hostNamesInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="ipExceptionsInput")
    def ip_exceptions_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyIpExceptions"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyIpExceptions"]]], jsii.get(self, "ipExceptionsInput"))

    @builtins.property
    @jsii.member(jsii_name="modificationsInput")
    def modifications_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "modificationsInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="openApiFilesInput")
    def open_api_files_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "openApiFilesInput"))

    @builtins.property
    @jsii.member(jsii_name="parametersInput")
    def parameters_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "parametersInput"))

    @builtins.property
    @jsii.member(jsii_name="partitionInput")
    def partition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "partitionInput"))

    @builtins.property
    @jsii.member(jsii_name="policyBuilderInput")
    def policy_builder_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyPolicyBuilder"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyPolicyBuilder"]]], jsii.get(self, "policyBuilderInput"))

    @builtins.property
    @jsii.member(jsii_name="policyIdInput")
    def policy_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "policyIdInput"))

    @builtins.property
    @jsii.member(jsii_name="policyImportJsonInput")
    def policy_import_json_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "policyImportJsonInput"))

    @builtins.property
    @jsii.member(jsii_name="protocolIndependentInput")
    def protocol_independent_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "protocolIndependentInput"))

    @builtins.property
    @jsii.member(jsii_name="serverTechnologiesInput")
    def server_technologies_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "serverTechnologiesInput"))

    @builtins.property
    @jsii.member(jsii_name="signatureSetsInput")
    def signature_sets_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "signatureSetsInput"))

    @builtins.property
    @jsii.member(jsii_name="signaturesInput")
    def signatures_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "signaturesInput"))

    @builtins.property
    @jsii.member(jsii_name="signaturesSettingsInput")
    def signatures_settings_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicySignaturesSettings"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicySignaturesSettings"]]], jsii.get(self, "signaturesSettingsInput"))

    @builtins.property
    @jsii.member(jsii_name="templateLinkInput")
    def template_link_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "templateLinkInput"))

    @builtins.property
    @jsii.member(jsii_name="templateNameInput")
    def template_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "templateNameInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="urlsInput")
    def urls_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "urlsInput"))

    @builtins.property
    @jsii.member(jsii_name="applicationLanguage")
    def application_language(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationLanguage"))

    @application_language.setter
    def application_language(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7fd2fab04e7ebaf2947cc944bb285e73e511bab8222316ab84a0db5e815f604)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "applicationLanguage", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="caseInsensitive")
    def case_insensitive(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "caseInsensitive"))

    @case_insensitive.setter
    def case_insensitive(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7d080871d6a0d6aabb8b47f0721a57d7da62320065af10c72686ac9dc060308)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "caseInsensitive", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f03d6d9473d9ecae76c904bbaa097b77bd03a9cab0ae62b3727401979f1d613)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enablePassivemode")
    def enable_passivemode(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enablePassivemode"))

    @enable_passivemode.setter
    def enable_passivemode(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5bb4aadd22bebac38ba985712da480d6d26a0e394a95355a5562e59580473582)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enablePassivemode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enforcementMode")
    def enforcement_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "enforcementMode"))

    @enforcement_mode.setter
    def enforcement_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d4742541979084b9411a81ecda0df0ea7ebaa7c415504558fddcfbb1d6183f2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enforcementMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a9041743c3a219d898c72487e7928b410facb53b356ab6d10678d11facbdbbdb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="modifications")
    def modifications(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "modifications"))

    @modifications.setter
    def modifications(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__25aa9b1f934f45f59ead786bace743274ef2878d277cf409e5de51582dbfdb49)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "modifications", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bb99ba7642bfe167cb30d6014cd15d3ee0f404dc71e6e8247422f6e660ecb06b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="openApiFiles")
    def open_api_files(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "openApiFiles"))

    @open_api_files.setter
    def open_api_files(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d1f56fa5fc551996c297ef07693e99a0e704df1566e283dd13c28402d9f3454f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "openApiFiles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="parameters")
    def parameters(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "parameters"))

    @parameters.setter
    def parameters(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0916ae886dbb5fad451769a2fe1369b7c62de5103cd670ccac47d8aacfe5089c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "parameters", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a6734e4e20148e4f08cddea41255cdea116030ce49a4b535435c1ba96ae3a664)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="policyId")
    def policy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "policyId"))

    @policy_id.setter
    def policy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__adb04b1768eaab7581726b560872b6d9e7b482393cd0e106034096adcad7f8a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "policyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="policyImportJson")
    def policy_import_json(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "policyImportJson"))

    @policy_import_json.setter
    def policy_import_json(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__46df78029f66effc62d90177f7b33cec40e1c1cd9edd401b5c4589f196a821aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "policyImportJson", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protocolIndependent")
    def protocol_independent(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "protocolIndependent"))

    @protocol_independent.setter
    def protocol_independent(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7440c2cb5b00b3b81322a1def25d80d6be35161637c185a659d6aea06a3ce1f0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protocolIndependent", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverTechnologies")
    def server_technologies(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "serverTechnologies"))

    @server_technologies.setter
    def server_technologies(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__186d6e1f79458f0d44f87a6905643d9c0e434fdecbf49c0524e54808c420d3ab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverTechnologies", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signatures")
    def signatures(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "signatures"))

    @signatures.setter
    def signatures(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d8f4af3d3438a83ff63e41bea49666cb01dcc0b6758669d5df34ceaf442c464)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signatures", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signatureSets")
    def signature_sets(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "signatureSets"))

    @signature_sets.setter
    def signature_sets(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68bb69d42e35519a1097482ae3654b56a1019449f2d4ad2f78acbf48e109fef3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signatureSets", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="templateLink")
    def template_link(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "templateLink"))

    @template_link.setter
    def template_link(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a88c4a34714559fb7872a56935d5524f716868f26bc9ef9c4dda1d77e4db4087)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "templateLink", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="templateName")
    def template_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "templateName"))

    @template_name.setter
    def template_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f013a520ffb9b58f2e04ccec6ffc8ec4dad9feac965bea4474bbda2a2227b25c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "templateName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__29f9d2a70ec085a85d047505f9986dd52372d37e3b3e5c2c9a36b413e92b5a93)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="urls")
    def urls(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "urls"))

    @urls.setter
    def urls(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__55e476c55339f835b512656945d96e2366687901ab776981745b1816c4458ed0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "urls", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.wafPolicy.WafPolicyConfig",
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
        "template_name": "templateName",
        "application_language": "applicationLanguage",
        "case_insensitive": "caseInsensitive",
        "description": "description",
        "enable_passivemode": "enablePassivemode",
        "enforcement_mode": "enforcementMode",
        "file_types": "fileTypes",
        "graphql_profiles": "graphqlProfiles",
        "host_names": "hostNames",
        "id": "id",
        "ip_exceptions": "ipExceptions",
        "modifications": "modifications",
        "open_api_files": "openApiFiles",
        "parameters": "parameters",
        "partition": "partition",
        "policy_builder": "policyBuilder",
        "policy_id": "policyId",
        "policy_import_json": "policyImportJson",
        "protocol_independent": "protocolIndependent",
        "server_technologies": "serverTechnologies",
        "signatures": "signatures",
        "signature_sets": "signatureSets",
        "signatures_settings": "signaturesSettings",
        "template_link": "templateLink",
        "type": "type",
        "urls": "urls",
    },
)
class WafPolicyConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        template_name: builtins.str,
        application_language: typing.Optional[builtins.str] = None,
        case_insensitive: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        description: typing.Optional[builtins.str] = None,
        enable_passivemode: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enforcement_mode: typing.Optional[builtins.str] = None,
        file_types: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyFileTypes", typing.Dict[builtins.str, typing.Any]]]]] = None,
        graphql_profiles: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyGraphqlProfiles", typing.Dict[builtins.str, typing.Any]]]]] = None,
        host_names: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyHostNames", typing.Dict[builtins.str, typing.Any]]]]] = None,
        id: typing.Optional[builtins.str] = None,
        ip_exceptions: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyIpExceptions", typing.Dict[builtins.str, typing.Any]]]]] = None,
        modifications: typing.Optional[typing.Sequence[builtins.str]] = None,
        open_api_files: typing.Optional[typing.Sequence[builtins.str]] = None,
        parameters: typing.Optional[typing.Sequence[builtins.str]] = None,
        partition: typing.Optional[builtins.str] = None,
        policy_builder: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyPolicyBuilder", typing.Dict[builtins.str, typing.Any]]]]] = None,
        policy_id: typing.Optional[builtins.str] = None,
        policy_import_json: typing.Optional[builtins.str] = None,
        protocol_independent: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        server_technologies: typing.Optional[typing.Sequence[builtins.str]] = None,
        signatures: typing.Optional[typing.Sequence[builtins.str]] = None,
        signature_sets: typing.Optional[typing.Sequence[builtins.str]] = None,
        signatures_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicySignaturesSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        template_link: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        urls: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: The unique user-given name of the policy. Policy names cannot contain spaces or special characters. Allowed characters are a-z, A-Z, 0-9, dot, dash (-), colon (:) and underscore (_) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#name WafPolicy#name}
        :param template_name: Specifies the name of the template used for the policy creation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#template_name WafPolicy#template_name}
        :param application_language: The character encoding for the web application. The character encoding determines how the policy processes the character sets. The default is Auto detect Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#application_language WafPolicy#application_language}
        :param case_insensitive: Specifies whether the security policy treats microservice URLs, file types, URLs, and parameters as case sensitive or not. When this setting is enabled, the system stores these security policy elements in lowercase in the security policy configuration Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#case_insensitive WafPolicy#case_insensitive}
        :param description: Specifies the description of the policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#description WafPolicy#description}
        :param enable_passivemode: Passive Mode allows the policy to be associated with a Performance L4 Virtual Server (using a FastL4 profile). With FastL4, traffic is analyzed but is not modified in any way. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#enable_passivemode WafPolicy#enable_passivemode}
        :param enforcement_mode: How the system processes a request that triggers a security policy violation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#enforcement_mode WafPolicy#enforcement_mode}
        :param file_types: file_types block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#file_types WafPolicy#file_types}
        :param graphql_profiles: graphql_profiles block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#graphql_profiles WafPolicy#graphql_profiles}
        :param host_names: host_names block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#host_names WafPolicy#host_names}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#id WafPolicy#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ip_exceptions: ip_exceptions block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#ip_exceptions WafPolicy#ip_exceptions}
        :param modifications: the modifications section includes actions that modify the declarative policy as it is defined in the adjustments section. The modifications section is updated manually, with the changes generally driven by the learning suggestions provided by the BIG-IP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#modifications WafPolicy#modifications}
        :param open_api_files: This section defines the Link for open api files on the policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#open_api_files WafPolicy#open_api_files}
        :param parameters: This section defines parameters that the security policy permits in requests. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#parameters WafPolicy#parameters}
        :param partition: Partition of WAF policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#partition WafPolicy#partition}
        :param policy_builder: policy_builder block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#policy_builder WafPolicy#policy_builder}
        :param policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#policy_id WafPolicy#policy_id}.
        :param policy_import_json: The payload of the WAF Policy to be used for IMPORT on to BIGIP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#policy_import_json WafPolicy#policy_import_json}
        :param protocol_independent: When creating a security policy, you can determine whether a security policy differentiates between HTTP and HTTPS URLs. If enabled, the security policy differentiates between HTTP and HTTPS URLs. If disabled, the security policy configures URLs without specifying a specific protocol. This is useful for applications that behave the same for HTTP and HTTPS, and it keeps the security policy from including the same URL twice. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#protocol_independent WafPolicy#protocol_independent}
        :param server_technologies: The server technology is a server-side application, framework, web server or operating system type that is configured in the policy in order to adapt the policy to the checks needed for the respective technology. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#server_technologies WafPolicy#server_technologies}
        :param signatures: This section defines the properties of a signature on the policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#signatures WafPolicy#signatures}
        :param signature_sets: Defines behavior when signatures found within a signature-set are detected in a request. Settings are culmulative, so if a signature is found in any set with block enabled, that signature will have block enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#signature_sets WafPolicy#signature_sets}
        :param signatures_settings: signatures_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#signatures_settings WafPolicy#signatures_settings}
        :param template_link: Specifies the Link of the template used for the policy creation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#template_link WafPolicy#template_link}
        :param type: The type of policy you want to create. The default policy type is Security. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#type WafPolicy#type}
        :param urls: In a security policy, you can manually specify the HTTP URLs that are allowed (or disallowed) in traffic to the web application being protected. If you are using automatic policy building (and the policy includes learning URLs), the system can determine which URLs to add, based on legitimate traffic. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#urls WafPolicy#urls}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a93a9bff8490f9ceb7842f50ef2a5461e921667d7f5b3f15f2efbbac6e0e1b02)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument template_name", value=template_name, expected_type=type_hints["template_name"])
            check_type(argname="argument application_language", value=application_language, expected_type=type_hints["application_language"])
            check_type(argname="argument case_insensitive", value=case_insensitive, expected_type=type_hints["case_insensitive"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument enable_passivemode", value=enable_passivemode, expected_type=type_hints["enable_passivemode"])
            check_type(argname="argument enforcement_mode", value=enforcement_mode, expected_type=type_hints["enforcement_mode"])
            check_type(argname="argument file_types", value=file_types, expected_type=type_hints["file_types"])
            check_type(argname="argument graphql_profiles", value=graphql_profiles, expected_type=type_hints["graphql_profiles"])
            check_type(argname="argument host_names", value=host_names, expected_type=type_hints["host_names"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument ip_exceptions", value=ip_exceptions, expected_type=type_hints["ip_exceptions"])
            check_type(argname="argument modifications", value=modifications, expected_type=type_hints["modifications"])
            check_type(argname="argument open_api_files", value=open_api_files, expected_type=type_hints["open_api_files"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument policy_builder", value=policy_builder, expected_type=type_hints["policy_builder"])
            check_type(argname="argument policy_id", value=policy_id, expected_type=type_hints["policy_id"])
            check_type(argname="argument policy_import_json", value=policy_import_json, expected_type=type_hints["policy_import_json"])
            check_type(argname="argument protocol_independent", value=protocol_independent, expected_type=type_hints["protocol_independent"])
            check_type(argname="argument server_technologies", value=server_technologies, expected_type=type_hints["server_technologies"])
            check_type(argname="argument signatures", value=signatures, expected_type=type_hints["signatures"])
            check_type(argname="argument signature_sets", value=signature_sets, expected_type=type_hints["signature_sets"])
            check_type(argname="argument signatures_settings", value=signatures_settings, expected_type=type_hints["signatures_settings"])
            check_type(argname="argument template_link", value=template_link, expected_type=type_hints["template_link"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument urls", value=urls, expected_type=type_hints["urls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "template_name": template_name,
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
        if application_language is not None:
            self._values["application_language"] = application_language
        if case_insensitive is not None:
            self._values["case_insensitive"] = case_insensitive
        if description is not None:
            self._values["description"] = description
        if enable_passivemode is not None:
            self._values["enable_passivemode"] = enable_passivemode
        if enforcement_mode is not None:
            self._values["enforcement_mode"] = enforcement_mode
        if file_types is not None:
            self._values["file_types"] = file_types
        if graphql_profiles is not None:
            self._values["graphql_profiles"] = graphql_profiles
        if host_names is not None:
            self._values["host_names"] = host_names
        if id is not None:
            self._values["id"] = id
        if ip_exceptions is not None:
            self._values["ip_exceptions"] = ip_exceptions
        if modifications is not None:
            self._values["modifications"] = modifications
        if open_api_files is not None:
            self._values["open_api_files"] = open_api_files
        if parameters is not None:
            self._values["parameters"] = parameters
        if partition is not None:
            self._values["partition"] = partition
        if policy_builder is not None:
            self._values["policy_builder"] = policy_builder
        if policy_id is not None:
            self._values["policy_id"] = policy_id
        if policy_import_json is not None:
            self._values["policy_import_json"] = policy_import_json
        if protocol_independent is not None:
            self._values["protocol_independent"] = protocol_independent
        if server_technologies is not None:
            self._values["server_technologies"] = server_technologies
        if signatures is not None:
            self._values["signatures"] = signatures
        if signature_sets is not None:
            self._values["signature_sets"] = signature_sets
        if signatures_settings is not None:
            self._values["signatures_settings"] = signatures_settings
        if template_link is not None:
            self._values["template_link"] = template_link
        if type is not None:
            self._values["type"] = type
        if urls is not None:
            self._values["urls"] = urls

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
        '''The unique user-given name of the policy.

        Policy names cannot contain spaces or special characters. Allowed characters are a-z, A-Z, 0-9, dot, dash (-), colon (:) and underscore (_)

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#name WafPolicy#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_name(self) -> builtins.str:
        '''Specifies the name of the template used for the policy creation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#template_name WafPolicy#template_name}
        '''
        result = self._values.get("template_name")
        assert result is not None, "Required property 'template_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def application_language(self) -> typing.Optional[builtins.str]:
        '''The character encoding for the web application.

        The character encoding determines how the policy processes the character sets. The default is Auto detect

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#application_language WafPolicy#application_language}
        '''
        result = self._values.get("application_language")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def case_insensitive(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Specifies whether the security policy treats microservice URLs, file types, URLs, and parameters as case sensitive or not.

        When this setting is enabled, the system stores these security policy elements in lowercase in the security policy configuration

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#case_insensitive WafPolicy#case_insensitive}
        '''
        result = self._values.get("case_insensitive")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Specifies the description of the policy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#description WafPolicy#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enable_passivemode(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Passive Mode allows the policy to be associated with a Performance L4 Virtual Server (using a FastL4 profile).

        With FastL4, traffic is analyzed but is not modified in any way.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#enable_passivemode WafPolicy#enable_passivemode}
        '''
        result = self._values.get("enable_passivemode")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def enforcement_mode(self) -> typing.Optional[builtins.str]:
        '''How the system processes a request that triggers a security policy violation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#enforcement_mode WafPolicy#enforcement_mode}
        '''
        result = self._values.get("enforcement_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def file_types(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyFileTypes"]]]:
        '''file_types block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#file_types WafPolicy#file_types}
        '''
        result = self._values.get("file_types")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyFileTypes"]]], result)

    @builtins.property
    def graphql_profiles(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyGraphqlProfiles"]]]:
        '''graphql_profiles block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#graphql_profiles WafPolicy#graphql_profiles}
        '''
        result = self._values.get("graphql_profiles")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyGraphqlProfiles"]]], result)

    @builtins.property
    def host_names(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyHostNames"]]]:
        '''host_names block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#host_names WafPolicy#host_names}
        '''
        result = self._values.get("host_names")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyHostNames"]]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#id WafPolicy#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ip_exceptions(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyIpExceptions"]]]:
        '''ip_exceptions block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#ip_exceptions WafPolicy#ip_exceptions}
        '''
        result = self._values.get("ip_exceptions")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyIpExceptions"]]], result)

    @builtins.property
    def modifications(self) -> typing.Optional[typing.List[builtins.str]]:
        '''the modifications section includes actions that modify the declarative policy as it is defined in the adjustments section.

        The modifications section is updated manually, with the changes generally driven by the learning suggestions provided by the BIG-IP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#modifications WafPolicy#modifications}
        '''
        result = self._values.get("modifications")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def open_api_files(self) -> typing.Optional[typing.List[builtins.str]]:
        '''This section defines the Link for open api files on the policy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#open_api_files WafPolicy#open_api_files}
        '''
        result = self._values.get("open_api_files")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def parameters(self) -> typing.Optional[typing.List[builtins.str]]:
        '''This section defines parameters that the security policy permits in requests.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#parameters WafPolicy#parameters}
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''Partition of WAF policy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#partition WafPolicy#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def policy_builder(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyPolicyBuilder"]]]:
        '''policy_builder block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#policy_builder WafPolicy#policy_builder}
        '''
        result = self._values.get("policy_builder")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyPolicyBuilder"]]], result)

    @builtins.property
    def policy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#policy_id WafPolicy#policy_id}.'''
        result = self._values.get("policy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def policy_import_json(self) -> typing.Optional[builtins.str]:
        '''The payload of the WAF Policy to be used for IMPORT on to BIGIP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#policy_import_json WafPolicy#policy_import_json}
        '''
        result = self._values.get("policy_import_json")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol_independent(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''When creating a security policy, you can determine whether a security policy differentiates between HTTP and HTTPS URLs.

        If enabled, the security policy differentiates between HTTP and HTTPS URLs. If disabled, the security policy configures URLs without specifying a specific protocol. This is useful for applications that behave the same for HTTP and HTTPS, and it keeps the security policy from including the same URL twice.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#protocol_independent WafPolicy#protocol_independent}
        '''
        result = self._values.get("protocol_independent")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def server_technologies(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The server technology is a server-side application, framework, web server or operating system type that is configured in the policy in order to adapt the policy to the checks needed for the respective technology.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#server_technologies WafPolicy#server_technologies}
        '''
        result = self._values.get("server_technologies")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def signatures(self) -> typing.Optional[typing.List[builtins.str]]:
        '''This section defines the properties of a signature on the policy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#signatures WafPolicy#signatures}
        '''
        result = self._values.get("signatures")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def signature_sets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Defines behavior when signatures found within a signature-set are detected in a request.

        Settings are culmulative, so if a signature is found in any set with block enabled, that signature will have block enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#signature_sets WafPolicy#signature_sets}
        '''
        result = self._values.get("signature_sets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def signatures_settings(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicySignaturesSettings"]]]:
        '''signatures_settings block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#signatures_settings WafPolicy#signatures_settings}
        '''
        result = self._values.get("signatures_settings")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicySignaturesSettings"]]], result)

    @builtins.property
    def template_link(self) -> typing.Optional[builtins.str]:
        '''Specifies the Link of the template used for the policy creation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#template_link WafPolicy#template_link}
        '''
        result = self._values.get("template_link")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''The type of policy you want to create. The default policy type is Security.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#type WafPolicy#type}
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def urls(self) -> typing.Optional[typing.List[builtins.str]]:
        '''In a security policy, you can manually specify the HTTP URLs that are allowed (or disallowed) in traffic to the web application being protected.

        If you are using automatic policy building (and the policy includes learning URLs), the system can determine which URLs to add, based on legitimate traffic.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#urls WafPolicy#urls}
        '''
        result = self._values.get("urls")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WafPolicyConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.wafPolicy.WafPolicyFileTypes",
    jsii_struct_bases=[],
    name_mapping={"allowed": "allowed", "name": "name", "type": "type"},
)
class WafPolicyFileTypes:
    def __init__(
        self,
        *,
        allowed: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        name: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param allowed: Determines whether the file type is allowed or disallowed. In either of these cases the VIOL_FILETYPE violation is issued (if enabled) for an incoming request- 1. No allowed file type matched the file type of the request. 2. The file type of the request matched a disallowed file type Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#allowed WafPolicy#allowed}
        :param name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#name WafPolicy#name}.
        :param type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#type WafPolicy#type}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13aa8fd2641663cc65b4b8fc6033ac1271f5755074e7c6fbe2cb57f0ab22e8f6)
            check_type(argname="argument allowed", value=allowed, expected_type=type_hints["allowed"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allowed is not None:
            self._values["allowed"] = allowed
        if name is not None:
            self._values["name"] = name
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def allowed(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Determines whether the file type is allowed or disallowed.

        In either of these cases the VIOL_FILETYPE violation is issued (if enabled) for an incoming request-

        1. No allowed file type matched the file type of the request.
        2. The file type of the request matched a disallowed file type

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#allowed WafPolicy#allowed}
        '''
        result = self._values.get("allowed")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#name WafPolicy#name}.'''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#type WafPolicy#type}.'''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WafPolicyFileTypes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class WafPolicyFileTypesList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyFileTypesList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__efd1e0e12afb2bd62e3b13c16797bce28dbaf4454017b095306e54be12e36225)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "WafPolicyFileTypesOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d9bce8076b4b8d63a47e4f785f5911ce7f972247129608fd483b63fdbfdf9e50)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("WafPolicyFileTypesOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7493d1de9607f625799463eb23bca1424b29dc87a1dbd470f70008d41b8da887)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9eb15843cf15d0f0909d8ca6843831afb8d80879710e37005affa400f49c560)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__960174cc4b925b9d567af756b9ed60df8f0c9c540c615a581b27ccda6f340a21)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyFileTypes]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyFileTypes]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyFileTypes]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1958094039b91d83a5b9d7d6ceb8a3cd762579e58f74f822ba14e2c2ed59f592)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class WafPolicyFileTypesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyFileTypesOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0eec565ef3cdf94fea170db4fcaed3b02d48abfbd8dbe93b3462d4f0e01d50e5)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetAllowed")
    def reset_allowed(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowed", []))

    @jsii.member(jsii_name="resetName")
    def reset_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetName", []))

    @jsii.member(jsii_name="resetType")
    def reset_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetType", []))

    @builtins.property
    @jsii.member(jsii_name="allowedInput")
    def allowed_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "allowedInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="allowed")
    def allowed(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "allowed"))

    @allowed.setter
    def allowed(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__31ec9f65340fe61e590612503c93dc97f8ae98b48f77f90c86011a90aa59651a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowed", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__65efe2342d744b8409520d6a858f827fa28b72f02b635de5d2e03e7e03d2f26e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0e47c420d70818d98e614b124bf25bd70763496d722b922ac418f00be0ee50d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyFileTypes]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyFileTypes]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyFileTypes]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a286dae28fc8d41f8110df2e4411db09f1d4e9a3f761c21c37fd75c5d62306bb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.wafPolicy.WafPolicyGraphqlProfiles",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "attack_signatures_check": "attackSignaturesCheck",
        "defense_attributes": "defenseAttributes",
        "metachar_elementcheck": "metacharElementcheck",
    },
)
class WafPolicyGraphqlProfiles:
    def __init__(
        self,
        *,
        name: builtins.str,
        attack_signatures_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        defense_attributes: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["WafPolicyGraphqlProfilesDefenseAttributes", typing.Dict[builtins.str, typing.Any]]]]] = None,
        metachar_elementcheck: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param name: Specifies the unique name of the GraphQL profile you are creating or editing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#name WafPolicy#name}
        :param attack_signatures_check: Specifies when checked (enabled) that you want attack signatures and threat campaigns to be detected on this GraphQL profile and possibly override the security policy settings of an attack signature or threat campaign specifically for this GraphQL profile. After you enable this setting, the system displays a list of attack signatures and and threat campaigns. The default is enabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#attack_signatures_check WafPolicy#attack_signatures_check}
        :param defense_attributes: defense_attributes block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#defense_attributes WafPolicy#defense_attributes}
        :param metachar_elementcheck: Specifies when checked (enabled) that the system enforces the security policy settings of a meta character for the GraphQL profile. After you enable this setting, the system displays a list of meta characters. The default is enabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#metachar_elementcheck WafPolicy#metachar_elementcheck}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6cd2d3f2888ed83027860782efaf178761d25b654084744e0d1b16ac04edbfb7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument attack_signatures_check", value=attack_signatures_check, expected_type=type_hints["attack_signatures_check"])
            check_type(argname="argument defense_attributes", value=defense_attributes, expected_type=type_hints["defense_attributes"])
            check_type(argname="argument metachar_elementcheck", value=metachar_elementcheck, expected_type=type_hints["metachar_elementcheck"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if attack_signatures_check is not None:
            self._values["attack_signatures_check"] = attack_signatures_check
        if defense_attributes is not None:
            self._values["defense_attributes"] = defense_attributes
        if metachar_elementcheck is not None:
            self._values["metachar_elementcheck"] = metachar_elementcheck

    @builtins.property
    def name(self) -> builtins.str:
        '''Specifies the unique name of the GraphQL profile you are creating or editing.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#name WafPolicy#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def attack_signatures_check(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Specifies when checked (enabled) that you want attack signatures and threat campaigns to be detected on this GraphQL profile and possibly override the security policy settings of an attack signature or threat campaign specifically for this GraphQL profile.

        After you enable this setting, the system displays a list of attack signatures and and threat campaigns. The default is enabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#attack_signatures_check WafPolicy#attack_signatures_check}
        '''
        result = self._values.get("attack_signatures_check")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def defense_attributes(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyGraphqlProfilesDefenseAttributes"]]]:
        '''defense_attributes block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#defense_attributes WafPolicy#defense_attributes}
        '''
        result = self._values.get("defense_attributes")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["WafPolicyGraphqlProfilesDefenseAttributes"]]], result)

    @builtins.property
    def metachar_elementcheck(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Specifies when checked (enabled) that the system enforces the security policy settings of a meta character for the GraphQL profile.

        After you enable this setting, the system displays a list of meta characters. The default is enabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#metachar_elementcheck WafPolicy#metachar_elementcheck}
        '''
        result = self._values.get("metachar_elementcheck")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WafPolicyGraphqlProfiles(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="bigip.wafPolicy.WafPolicyGraphqlProfilesDefenseAttributes",
    jsii_struct_bases=[],
    name_mapping={
        "allow_introspection_queries": "allowIntrospectionQueries",
        "maximum_batched_queries": "maximumBatchedQueries",
        "maximum_structure_depth": "maximumStructureDepth",
        "maximum_total_length": "maximumTotalLength",
        "maximum_value_length": "maximumValueLength",
        "tolerate_parsing_warnings": "tolerateParsingWarnings",
    },
)
class WafPolicyGraphqlProfilesDefenseAttributes:
    def __init__(
        self,
        *,
        allow_introspection_queries: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        maximum_batched_queries: typing.Optional[builtins.str] = None,
        maximum_structure_depth: typing.Optional[builtins.str] = None,
        maximum_total_length: typing.Optional[builtins.str] = None,
        maximum_value_length: typing.Optional[builtins.str] = None,
        tolerate_parsing_warnings: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param allow_introspection_queries: Introspection queries can also be enforced to prevent attackers from using them to understand the API structure and potentially breach an application. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#allow_introspection_queries WafPolicy#allow_introspection_queries}
        :param maximum_batched_queries: Specifies the highest number of batched queries allowed by the security policy. The default setting is 10. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#maximum_batched_queries WafPolicy#maximum_batched_queries}
        :param maximum_structure_depth: Specifies the greatest nesting depth found in the GraphQL structure allowed by the security policy. The default setting is a specified depth of 10. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#maximum_structure_depth WafPolicy#maximum_structure_depth}
        :param maximum_total_length: Specifies the longest length, in bytes, allowed by the security policy of the request payload, or parameter value, where the GraphQL data was found. The default setting is a specified length of 100000 bytes Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#maximum_total_length WafPolicy#maximum_total_length}
        :param maximum_value_length: Specifies the longest length (in bytes) of the longest GraphQL element value in the document allowed by the security policy. The default setting is a specified length of 10000 bytes Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#maximum_value_length WafPolicy#maximum_value_length}
        :param tolerate_parsing_warnings: Specifies, when checked (enabled), that the system does not report when the security enforcer encounters warnings while parsing GraphQL content. Specifies when cleared (disabled), that the security policy reports when the security enforcer encounters warnings while parsing GraphQL content. The default setting is disabled Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#tolerate_parsing_warnings WafPolicy#tolerate_parsing_warnings}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__53ee6ce4df5112bf824ef0d9196edbf8cce48311056938ae8fd1bc8aa0573748)
            check_type(argname="argument allow_introspection_queries", value=allow_introspection_queries, expected_type=type_hints["allow_introspection_queries"])
            check_type(argname="argument maximum_batched_queries", value=maximum_batched_queries, expected_type=type_hints["maximum_batched_queries"])
            check_type(argname="argument maximum_structure_depth", value=maximum_structure_depth, expected_type=type_hints["maximum_structure_depth"])
            check_type(argname="argument maximum_total_length", value=maximum_total_length, expected_type=type_hints["maximum_total_length"])
            check_type(argname="argument maximum_value_length", value=maximum_value_length, expected_type=type_hints["maximum_value_length"])
            check_type(argname="argument tolerate_parsing_warnings", value=tolerate_parsing_warnings, expected_type=type_hints["tolerate_parsing_warnings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_introspection_queries is not None:
            self._values["allow_introspection_queries"] = allow_introspection_queries
        if maximum_batched_queries is not None:
            self._values["maximum_batched_queries"] = maximum_batched_queries
        if maximum_structure_depth is not None:
            self._values["maximum_structure_depth"] = maximum_structure_depth
        if maximum_total_length is not None:
            self._values["maximum_total_length"] = maximum_total_length
        if maximum_value_length is not None:
            self._values["maximum_value_length"] = maximum_value_length
        if tolerate_parsing_warnings is not None:
            self._values["tolerate_parsing_warnings"] = tolerate_parsing_warnings

    @builtins.property
    def allow_introspection_queries(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Introspection queries can also be enforced to prevent attackers from using them to understand the API structure and potentially breach an application.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#allow_introspection_queries WafPolicy#allow_introspection_queries}
        '''
        result = self._values.get("allow_introspection_queries")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def maximum_batched_queries(self) -> typing.Optional[builtins.str]:
        '''Specifies the highest number of batched queries allowed by the security policy. The default setting is 10.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#maximum_batched_queries WafPolicy#maximum_batched_queries}
        '''
        result = self._values.get("maximum_batched_queries")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maximum_structure_depth(self) -> typing.Optional[builtins.str]:
        '''Specifies the greatest nesting depth found in the GraphQL structure allowed by the security policy.

        The default setting is a specified depth of 10.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#maximum_structure_depth WafPolicy#maximum_structure_depth}
        '''
        result = self._values.get("maximum_structure_depth")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maximum_total_length(self) -> typing.Optional[builtins.str]:
        '''Specifies the longest length, in bytes, allowed by the security policy of the request payload, or parameter value, where the GraphQL data was found.

        The default setting is a specified length of 100000 bytes

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#maximum_total_length WafPolicy#maximum_total_length}
        '''
        result = self._values.get("maximum_total_length")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maximum_value_length(self) -> typing.Optional[builtins.str]:
        '''Specifies the longest length (in bytes) of the longest GraphQL element value in the document allowed by the security policy.

        The default setting is a specified length of 10000 bytes

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#maximum_value_length WafPolicy#maximum_value_length}
        '''
        result = self._values.get("maximum_value_length")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tolerate_parsing_warnings(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Specifies, when checked (enabled), that the system does not report when the security enforcer encounters warnings while parsing GraphQL content.

        Specifies when cleared (disabled), that the security policy reports when the security enforcer encounters warnings while parsing GraphQL content. The default setting is disabled

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#tolerate_parsing_warnings WafPolicy#tolerate_parsing_warnings}
        '''
        result = self._values.get("tolerate_parsing_warnings")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WafPolicyGraphqlProfilesDefenseAttributes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class WafPolicyGraphqlProfilesDefenseAttributesList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyGraphqlProfilesDefenseAttributesList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__af66f4bd5bd48fef685891978edf8fa43fb3c250a7f96d04923db7ed02a51c04)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "WafPolicyGraphqlProfilesDefenseAttributesOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e36c91a55a6ebed7dd4c1856ab53e51e60182b04a6f942267896d494bf8cfa18)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("WafPolicyGraphqlProfilesDefenseAttributesOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f693821a2f4ab007c7491329bd6c9daa88c67dddcb88e24c5a14101cda5654b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d6b58a518055806e064352e30912e5464eaf9caa4bc463568b77e8beab622b2d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f1c77fa98ac717fc50e07e398e4434482eeb702d8aa10b2f23c66c9226ec105)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyGraphqlProfilesDefenseAttributes]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyGraphqlProfilesDefenseAttributes]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyGraphqlProfilesDefenseAttributes]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1437bd238c4beec815900b99e74734e55b66379788806cd3983f8d9ec6a9281f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class WafPolicyGraphqlProfilesDefenseAttributesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyGraphqlProfilesDefenseAttributesOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__90987e12f6b3820328013758b3911f19eee82db6d743780eb80b5d5f0930f059)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetAllowIntrospectionQueries")
    def reset_allow_introspection_queries(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowIntrospectionQueries", []))

    @jsii.member(jsii_name="resetMaximumBatchedQueries")
    def reset_maximum_batched_queries(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaximumBatchedQueries", []))

    @jsii.member(jsii_name="resetMaximumStructureDepth")
    def reset_maximum_structure_depth(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaximumStructureDepth", []))

    @jsii.member(jsii_name="resetMaximumTotalLength")
    def reset_maximum_total_length(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaximumTotalLength", []))

    @jsii.member(jsii_name="resetMaximumValueLength")
    def reset_maximum_value_length(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaximumValueLength", []))

    @jsii.member(jsii_name="resetTolerateParsingWarnings")
    def reset_tolerate_parsing_warnings(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTolerateParsingWarnings", []))

    @builtins.property
    @jsii.member(jsii_name="allowIntrospectionQueriesInput")
    def allow_introspection_queries_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "allowIntrospectionQueriesInput"))

    @builtins.property
    @jsii.member(jsii_name="maximumBatchedQueriesInput")
    def maximum_batched_queries_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "maximumBatchedQueriesInput"))

    @builtins.property
    @jsii.member(jsii_name="maximumStructureDepthInput")
    def maximum_structure_depth_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "maximumStructureDepthInput"))

    @builtins.property
    @jsii.member(jsii_name="maximumTotalLengthInput")
    def maximum_total_length_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "maximumTotalLengthInput"))

    @builtins.property
    @jsii.member(jsii_name="maximumValueLengthInput")
    def maximum_value_length_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "maximumValueLengthInput"))

    @builtins.property
    @jsii.member(jsii_name="tolerateParsingWarningsInput")
    def tolerate_parsing_warnings_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "tolerateParsingWarningsInput"))

    @builtins.property
    @jsii.member(jsii_name="allowIntrospectionQueries")
    def allow_introspection_queries(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "allowIntrospectionQueries"))

    @allow_introspection_queries.setter
    def allow_introspection_queries(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__78a625fca5a0d810d5ec4ce5736cd6026f04d0d841a2bbbe48b1665ebe8adcea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowIntrospectionQueries", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maximumBatchedQueries")
    def maximum_batched_queries(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "maximumBatchedQueries"))

    @maximum_batched_queries.setter
    def maximum_batched_queries(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__25bbf9bd1350c60fdaa77c66898e4f85f35896a19d06713abe92bd1e7c3dc23f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maximumBatchedQueries", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maximumStructureDepth")
    def maximum_structure_depth(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "maximumStructureDepth"))

    @maximum_structure_depth.setter
    def maximum_structure_depth(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__77dba0ad627e63ea800871895f397e97bdbde4599bfef309662661c47bfe5b70)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maximumStructureDepth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maximumTotalLength")
    def maximum_total_length(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "maximumTotalLength"))

    @maximum_total_length.setter
    def maximum_total_length(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5c4cebfe825bb9cd97605991d28a4b6fd6fccbd883873edb128fb8bbc2588a63)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maximumTotalLength", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maximumValueLength")
    def maximum_value_length(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "maximumValueLength"))

    @maximum_value_length.setter
    def maximum_value_length(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__25db0039db822fbe4cb02244d5b224fb84e7e6418392513519969b3f5db00c77)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maximumValueLength", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tolerateParsingWarnings")
    def tolerate_parsing_warnings(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "tolerateParsingWarnings"))

    @tolerate_parsing_warnings.setter
    def tolerate_parsing_warnings(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7e5a169496e5c222459a2d51dd888efbcc34c2e53b20e2a576d4815cc5598340)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tolerateParsingWarnings", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyGraphqlProfilesDefenseAttributes]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyGraphqlProfilesDefenseAttributes]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyGraphqlProfilesDefenseAttributes]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7eb49588b2ed83ca4b8d1324b2d4352a3d9d26aed95b5b0845fa7634ae1e23e7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class WafPolicyGraphqlProfilesList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyGraphqlProfilesList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5b13deb36a4aa56b3b309b84178137bcfd7092fd8b8a84de7563cb53eba48b27)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "WafPolicyGraphqlProfilesOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5c23992bf37f3a00fc136751cafd7b916ec253be70ce0dab800d734ea2f4d84b)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("WafPolicyGraphqlProfilesOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__80eff6a46fda734e41053e6f2db489b6561fa9d9589ad959946713f22a4ff1e3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__23ca3a639b2364f0cde5b828ef3edb17cedfbac7d387b397be397a83204d2b4f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0e01bcfdc9648aef84af638387d4eb3ee1b5a0da28a553e212658ed592c3576)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyGraphqlProfiles]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyGraphqlProfiles]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyGraphqlProfiles]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a5c00b9d48f320aec1cf233f2a13edfe39106fbe0013d76b0758740282d214f3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class WafPolicyGraphqlProfilesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyGraphqlProfilesOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5d87d13b67b8d725e7d8740c153fccea2a8102537456b3cdbf24862692658676)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="putDefenseAttributes")
    def put_defense_attributes(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyGraphqlProfilesDefenseAttributes, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c1d226e5d87b2c81a3495372b9adfc8e19029f7d5a2b5b331c55d5943125767)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putDefenseAttributes", [value]))

    @jsii.member(jsii_name="resetAttackSignaturesCheck")
    def reset_attack_signatures_check(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAttackSignaturesCheck", []))

    @jsii.member(jsii_name="resetDefenseAttributes")
    def reset_defense_attributes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefenseAttributes", []))

    @jsii.member(jsii_name="resetMetacharElementcheck")
    def reset_metachar_elementcheck(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMetacharElementcheck", []))

    @builtins.property
    @jsii.member(jsii_name="defenseAttributes")
    def defense_attributes(self) -> WafPolicyGraphqlProfilesDefenseAttributesList:
        return typing.cast(WafPolicyGraphqlProfilesDefenseAttributesList, jsii.get(self, "defenseAttributes"))

    @builtins.property
    @jsii.member(jsii_name="attackSignaturesCheckInput")
    def attack_signatures_check_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "attackSignaturesCheckInput"))

    @builtins.property
    @jsii.member(jsii_name="defenseAttributesInput")
    def defense_attributes_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyGraphqlProfilesDefenseAttributes]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyGraphqlProfilesDefenseAttributes]]], jsii.get(self, "defenseAttributesInput"))

    @builtins.property
    @jsii.member(jsii_name="metacharElementcheckInput")
    def metachar_elementcheck_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "metacharElementcheckInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="attackSignaturesCheck")
    def attack_signatures_check(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "attackSignaturesCheck"))

    @attack_signatures_check.setter
    def attack_signatures_check(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eb64be9d60982f1a4a755882d38e2fd7b205390a6d9bbcd12ee18b1c416f583e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "attackSignaturesCheck", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metacharElementcheck")
    def metachar_elementcheck(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "metacharElementcheck"))

    @metachar_elementcheck.setter
    def metachar_elementcheck(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cd1fced1b7f8d4c6e41d9f41307c3a6a98c2b216f27373f3d72af5b67c15cbf7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metacharElementcheck", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b3b7871c0796328fc201a4c1224704d76d1ce8422a2948997665c7f47546e743)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyGraphqlProfiles]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyGraphqlProfiles]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyGraphqlProfiles]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__59f6b97b2509dc33389dfae33ce077ba3e797768e5f99892f00b89271ec4b538)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.wafPolicy.WafPolicyHostNames",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class WafPolicyHostNames:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#name WafPolicy#name}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7bb60d94fb599f2f26d85a08d9d88ffaea981ec16e874706123cd6aaa2fb745)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#name WafPolicy#name}.'''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WafPolicyHostNames(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class WafPolicyHostNamesList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyHostNamesList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__001bb582724cfe4349f9eaeb73eebe2373dfa232a3bcd04c301e87e3d383b1ad)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "WafPolicyHostNamesOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1bc646169a8fa74304b1265bca5450401db273969447e7a861a2f6bb8686b4d2)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("WafPolicyHostNamesOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3ee10a8429c263513788cb010832e0ae6fa72d9a41e931ab821a84951521e102)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1badc7585e21186958700bcb5396cbbb7e0e0515da5ab213ab85ab32bb23c0c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1e0511ae34b8cd1037cafd3d9fd8d25845be2cf1ecefb3ce01a176c455d30afa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyHostNames]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyHostNames]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyHostNames]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b6065cd70135202dfb65d009efbb199078d695035f5b0472d1fde5b47f90d67)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class WafPolicyHostNamesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyHostNamesOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5ea197f97ca3e949ca9257d83fdbde67f4009c0c1dbd04d92e7cdd0dcb7f5b6a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetName")
    def reset_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetName", []))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__442d1af6fb636d52130bdc9db0e40c5b952913866181962b7c11f6d022d35c98)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyHostNames]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyHostNames]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyHostNames]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b1f4d7881500d63bf7a023337641fcd325c2187d38f3635f22c8282104637969)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.wafPolicy.WafPolicyIpExceptions",
    jsii_struct_bases=[],
    name_mapping={
        "ip_address": "ipAddress",
        "ip_mask": "ipMask",
        "block_requests": "blockRequests",
        "description": "description",
        "ignore_anomalies": "ignoreAnomalies",
        "ignore_ipreputation": "ignoreIpreputation",
        "trustedby_policybuilder": "trustedbyPolicybuilder",
    },
)
class WafPolicyIpExceptions:
    def __init__(
        self,
        *,
        ip_address: builtins.str,
        ip_mask: builtins.str,
        block_requests: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        ignore_anomalies: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        ignore_ipreputation: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        trustedby_policybuilder: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param ip_address: Specifies the IP address that you want the system to trust. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#ip_address WafPolicy#ip_address}
        :param ip_mask: Specifies the netmask of the exceptional IP address. This is an optional field. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#ip_mask WafPolicy#ip_mask}
        :param block_requests: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#block_requests WafPolicy#block_requests}.
        :param description: Specifies a brief description of the IP address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#description WafPolicy#description}
        :param ignore_anomalies: Specifies when enabled that the system considers this IP address legitimate and does not take it into account when performing brute force prevention. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#ignore_anomalies WafPolicy#ignore_anomalies}
        :param ignore_ipreputation: Specifies when enabled that the system considers this IP address legitimate even if it is found in the IP Intelligence database (a database of questionable IP addresses). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#ignore_ipreputation WafPolicy#ignore_ipreputation}
        :param trustedby_policybuilder: Specifies when enabled the Policy Builder considers traffic from this IP address as being safe. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#trustedby_policybuilder WafPolicy#trustedby_policybuilder}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__537c6a0c192e6ddccf1646d1957b921a156a131f687340a17b19fce03902cb52)
            check_type(argname="argument ip_address", value=ip_address, expected_type=type_hints["ip_address"])
            check_type(argname="argument ip_mask", value=ip_mask, expected_type=type_hints["ip_mask"])
            check_type(argname="argument block_requests", value=block_requests, expected_type=type_hints["block_requests"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument ignore_anomalies", value=ignore_anomalies, expected_type=type_hints["ignore_anomalies"])
            check_type(argname="argument ignore_ipreputation", value=ignore_ipreputation, expected_type=type_hints["ignore_ipreputation"])
            check_type(argname="argument trustedby_policybuilder", value=trustedby_policybuilder, expected_type=type_hints["trustedby_policybuilder"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "ip_address": ip_address,
            "ip_mask": ip_mask,
        }
        if block_requests is not None:
            self._values["block_requests"] = block_requests
        if description is not None:
            self._values["description"] = description
        if ignore_anomalies is not None:
            self._values["ignore_anomalies"] = ignore_anomalies
        if ignore_ipreputation is not None:
            self._values["ignore_ipreputation"] = ignore_ipreputation
        if trustedby_policybuilder is not None:
            self._values["trustedby_policybuilder"] = trustedby_policybuilder

    @builtins.property
    def ip_address(self) -> builtins.str:
        '''Specifies the IP address that you want the system to trust.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#ip_address WafPolicy#ip_address}
        '''
        result = self._values.get("ip_address")
        assert result is not None, "Required property 'ip_address' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ip_mask(self) -> builtins.str:
        '''Specifies the netmask of the exceptional IP address. This is an optional field.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#ip_mask WafPolicy#ip_mask}
        '''
        result = self._values.get("ip_mask")
        assert result is not None, "Required property 'ip_mask' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def block_requests(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#block_requests WafPolicy#block_requests}.'''
        result = self._values.get("block_requests")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Specifies a brief description of the IP address.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#description WafPolicy#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_anomalies(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Specifies when enabled that the system considers this IP address legitimate and does not take it into account when performing brute force prevention.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#ignore_anomalies WafPolicy#ignore_anomalies}
        '''
        result = self._values.get("ignore_anomalies")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def ignore_ipreputation(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Specifies when enabled that the system considers this IP address legitimate even if it is found in the IP Intelligence database (a database of questionable IP addresses).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#ignore_ipreputation WafPolicy#ignore_ipreputation}
        '''
        result = self._values.get("ignore_ipreputation")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def trustedby_policybuilder(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Specifies when enabled the Policy Builder considers traffic from this IP address as being safe.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#trustedby_policybuilder WafPolicy#trustedby_policybuilder}
        '''
        result = self._values.get("trustedby_policybuilder")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WafPolicyIpExceptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class WafPolicyIpExceptionsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyIpExceptionsList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c31392ae1e334c4fbce9de3b30e0c9a4f414181cc45aea7037d11675a0b809e)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "WafPolicyIpExceptionsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7b3dbaad4e201d71c9fb8ad90fc5fe8fb92a4769e3828edf633a9193da02ea9e)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("WafPolicyIpExceptionsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8bb85fd0cf2e058ddd78c79ecc3242234622479d1dfd5b6bf07ccf654e09674d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bca15dabbf07d8913a66697d3faecb1d8f13de927a845aed2b4dc039e064fdae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__914996886688195ba56964e749be5bbe1e3197a43b797a2db23f088a6acd1676)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyIpExceptions]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyIpExceptions]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyIpExceptions]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9098a33f91be52a3959c1f12ccbf219bc9fde647923838573f42d3d63bc76b07)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class WafPolicyIpExceptionsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyIpExceptionsOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__936a3e084f448178c9e8844b3a5d3ef41f8ad41fc9b1c59b0bcec0794a2f6ec7)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetBlockRequests")
    def reset_block_requests(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBlockRequests", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetIgnoreAnomalies")
    def reset_ignore_anomalies(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIgnoreAnomalies", []))

    @jsii.member(jsii_name="resetIgnoreIpreputation")
    def reset_ignore_ipreputation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIgnoreIpreputation", []))

    @jsii.member(jsii_name="resetTrustedbyPolicybuilder")
    def reset_trustedby_policybuilder(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTrustedbyPolicybuilder", []))

    @builtins.property
    @jsii.member(jsii_name="blockRequestsInput")
    def block_requests_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "blockRequestsInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="ignoreAnomaliesInput")
    def ignore_anomalies_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "ignoreAnomaliesInput"))

    @builtins.property
    @jsii.member(jsii_name="ignoreIpreputationInput")
    def ignore_ipreputation_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "ignoreIpreputationInput"))

    @builtins.property
    @jsii.member(jsii_name="ipAddressInput")
    def ip_address_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipAddressInput"))

    @builtins.property
    @jsii.member(jsii_name="ipMaskInput")
    def ip_mask_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipMaskInput"))

    @builtins.property
    @jsii.member(jsii_name="trustedbyPolicybuilderInput")
    def trustedby_policybuilder_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "trustedbyPolicybuilderInput"))

    @builtins.property
    @jsii.member(jsii_name="blockRequests")
    def block_requests(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "blockRequests"))

    @block_requests.setter
    def block_requests(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2d2d95a4092c00617ef54e1dda8d0477dae258d9a3ddbdeeff20678825d184c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "blockRequests", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b045e08a6c02a3d522270e3a3542dd1d2cf87efcce8d7c3e903e410a4c7cbca1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ignoreAnomalies")
    def ignore_anomalies(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "ignoreAnomalies"))

    @ignore_anomalies.setter
    def ignore_anomalies(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0460da613614bb26cfb6cdd3b173a48405c66390b1656f8b37420aaa2e6c72d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ignoreAnomalies", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ignoreIpreputation")
    def ignore_ipreputation(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "ignoreIpreputation"))

    @ignore_ipreputation.setter
    def ignore_ipreputation(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7247fa9ba1a6041e2c96b15d1478cf895d2cb7b5d0eefc648d3884aefdff53e0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ignoreIpreputation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipAddress")
    def ip_address(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipAddress"))

    @ip_address.setter
    def ip_address(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b0dae27baab96969b7bb64b22382058a6587a76103f8185339815844850bfcb0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipAddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipMask")
    def ip_mask(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipMask"))

    @ip_mask.setter
    def ip_mask(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00498e779211e538793a8715c42144ecbfe0c7226a8580e15715a4167dfc6c01)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipMask", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trustedbyPolicybuilder")
    def trustedby_policybuilder(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "trustedbyPolicybuilder"))

    @trustedby_policybuilder.setter
    def trustedby_policybuilder(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__03a17b9a279a05b2bcb43b52a7c18cf433de4f0fdc962254d1bc1657075b8b6c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trustedbyPolicybuilder", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyIpExceptions]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyIpExceptions]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyIpExceptions]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__693165222b53b680efd5d0860d1c3fe68657333c5a404eaa2b4c50c1778b5386)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.wafPolicy.WafPolicyPolicyBuilder",
    jsii_struct_bases=[],
    name_mapping={"learning_mode": "learningMode"},
)
class WafPolicyPolicyBuilder:
    def __init__(self, *, learning_mode: typing.Optional[builtins.str] = None) -> None:
        '''
        :param learning_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#learning_mode WafPolicy#learning_mode}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__416c1fb08bddd162d5b9751b3e20ef9509a6c6cc9c0bb46bb28f4496957e67d8)
            check_type(argname="argument learning_mode", value=learning_mode, expected_type=type_hints["learning_mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if learning_mode is not None:
            self._values["learning_mode"] = learning_mode

    @builtins.property
    def learning_mode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#learning_mode WafPolicy#learning_mode}.'''
        result = self._values.get("learning_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WafPolicyPolicyBuilder(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class WafPolicyPolicyBuilderList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyPolicyBuilderList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13e70d87484252cdb656e74f96904dc9677c66dab8099a86113844261b264014)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "WafPolicyPolicyBuilderOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6dd20a246d3e0085e1050c24f83d34dd10c03dc4b4e4ea84af80d486aa4dc11e)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("WafPolicyPolicyBuilderOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3bb68b3faf435d726befb300c7f0a9fe67824e01beab8a63d6a8a185e944ed21)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42c9f4b0d37ae73791f6aba68225d1db5bd570e801708c946c0f3ebf7b1fd8ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c36801ade355111b087dec5e367dbcf07c77c312e2dcae942ff0487bfeb0080)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyPolicyBuilder]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyPolicyBuilder]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyPolicyBuilder]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__88192212b287f23eedd622cf7805c7a9bab76f0c626e187775c9b6a2ef6202d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class WafPolicyPolicyBuilderOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicyPolicyBuilderOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ff6f7935336dcead1fb5af89c967c1f9e69d6004c0c9d0e881b28675703c1d7d)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetLearningMode")
    def reset_learning_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLearningMode", []))

    @builtins.property
    @jsii.member(jsii_name="learningModeInput")
    def learning_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "learningModeInput"))

    @builtins.property
    @jsii.member(jsii_name="learningMode")
    def learning_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "learningMode"))

    @learning_mode.setter
    def learning_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8ef771105f51f7321eec4d5dab244f09ebbdb5b83118eeef2eb6476be134c4d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "learningMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyPolicyBuilder]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyPolicyBuilder]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyPolicyBuilder]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__128307077e7df954f73374dbe13062b2f8ea6790aeb79ba797435c6abf13b792)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.wafPolicy.WafPolicySignaturesSettings",
    jsii_struct_bases=[],
    name_mapping={
        "placesignatures_in_staging": "placesignaturesInStaging",
        "signature_staging": "signatureStaging",
    },
)
class WafPolicySignaturesSettings:
    def __init__(
        self,
        *,
        placesignatures_in_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        signature_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param placesignatures_in_staging: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#placesignatures_in_staging WafPolicy#placesignatures_in_staging}.
        :param signature_staging: setting true will enforce all signature from staging. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#signature_staging WafPolicy#signature_staging}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dcd9b4292eb32b01d28e9ef0dd6a3cc5525d492b65c542996c97798410db9aed)
            check_type(argname="argument placesignatures_in_staging", value=placesignatures_in_staging, expected_type=type_hints["placesignatures_in_staging"])
            check_type(argname="argument signature_staging", value=signature_staging, expected_type=type_hints["signature_staging"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if placesignatures_in_staging is not None:
            self._values["placesignatures_in_staging"] = placesignatures_in_staging
        if signature_staging is not None:
            self._values["signature_staging"] = signature_staging

    @builtins.property
    def placesignatures_in_staging(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#placesignatures_in_staging WafPolicy#placesignatures_in_staging}.'''
        result = self._values.get("placesignatures_in_staging")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def signature_staging(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''setting true will enforce all signature from staging.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/waf_policy#signature_staging WafPolicy#signature_staging}
        '''
        result = self._values.get("signature_staging")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WafPolicySignaturesSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class WafPolicySignaturesSettingsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicySignaturesSettingsList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a7e2ff8bdcd3e59dd0361a0b95f3afbd3063f55d77119178c7b6336ffc9e9e8)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "WafPolicySignaturesSettingsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__50003647ce9151eb0e4476fc3eade4b4f1c59ccac99ad00066ebdc29effe7bc8)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("WafPolicySignaturesSettingsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__85933710f0677f25cce0d1b7d23c13999286ffe45343826f1b1073af219e3a96)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__90b17a9f759879b597da0bb4fa3c3b29d284eced926899908ed6519f36dd4580)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__385821700f68fd15d32895ca18ad987d89c27d2649cfaf7b1628dec6871a210a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicySignaturesSettings]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicySignaturesSettings]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicySignaturesSettings]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__716459608fa967859aa62932d284eba019c2d58e8acef9d8289924186fb155db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class WafPolicySignaturesSettingsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.wafPolicy.WafPolicySignaturesSettingsOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d05050b5a42a029af615c8ee93dfd9e29636ff90b1e8ed5a7a0dc97aa221b99c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetPlacesignaturesInStaging")
    def reset_placesignatures_in_staging(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPlacesignaturesInStaging", []))

    @jsii.member(jsii_name="resetSignatureStaging")
    def reset_signature_staging(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSignatureStaging", []))

    @builtins.property
    @jsii.member(jsii_name="placesignaturesInStagingInput")
    def placesignatures_in_staging_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "placesignaturesInStagingInput"))

    @builtins.property
    @jsii.member(jsii_name="signatureStagingInput")
    def signature_staging_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "signatureStagingInput"))

    @builtins.property
    @jsii.member(jsii_name="placesignaturesInStaging")
    def placesignatures_in_staging(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "placesignaturesInStaging"))

    @placesignatures_in_staging.setter
    def placesignatures_in_staging(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7d5230aa23acb5da05e537bb263cc353f5087e4cdd49202428cbb85835806f4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "placesignaturesInStaging", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signatureStaging")
    def signature_staging(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "signatureStaging"))

    @signature_staging.setter
    def signature_staging(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a428e4c18904a7747894937e765d0ff6a1d210cff18fd467989986cdeb0f2969)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signatureStaging", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicySignaturesSettings]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicySignaturesSettings]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicySignaturesSettings]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3f449a45bc2cdddba237d747988c81770f9f4b68df7b567bda084d5bc0618b10)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "WafPolicy",
    "WafPolicyConfig",
    "WafPolicyFileTypes",
    "WafPolicyFileTypesList",
    "WafPolicyFileTypesOutputReference",
    "WafPolicyGraphqlProfiles",
    "WafPolicyGraphqlProfilesDefenseAttributes",
    "WafPolicyGraphqlProfilesDefenseAttributesList",
    "WafPolicyGraphqlProfilesDefenseAttributesOutputReference",
    "WafPolicyGraphqlProfilesList",
    "WafPolicyGraphqlProfilesOutputReference",
    "WafPolicyHostNames",
    "WafPolicyHostNamesList",
    "WafPolicyHostNamesOutputReference",
    "WafPolicyIpExceptions",
    "WafPolicyIpExceptionsList",
    "WafPolicyIpExceptionsOutputReference",
    "WafPolicyPolicyBuilder",
    "WafPolicyPolicyBuilderList",
    "WafPolicyPolicyBuilderOutputReference",
    "WafPolicySignaturesSettings",
    "WafPolicySignaturesSettingsList",
    "WafPolicySignaturesSettingsOutputReference",
]

publication.publish()

def _typecheckingstub__509613a45f49ad627d240f5714506de1dbe5b3dd058f62cf2e8af31e71d69594(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    template_name: builtins.str,
    application_language: typing.Optional[builtins.str] = None,
    case_insensitive: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    description: typing.Optional[builtins.str] = None,
    enable_passivemode: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enforcement_mode: typing.Optional[builtins.str] = None,
    file_types: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyFileTypes, typing.Dict[builtins.str, typing.Any]]]]] = None,
    graphql_profiles: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyGraphqlProfiles, typing.Dict[builtins.str, typing.Any]]]]] = None,
    host_names: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyHostNames, typing.Dict[builtins.str, typing.Any]]]]] = None,
    id: typing.Optional[builtins.str] = None,
    ip_exceptions: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyIpExceptions, typing.Dict[builtins.str, typing.Any]]]]] = None,
    modifications: typing.Optional[typing.Sequence[builtins.str]] = None,
    open_api_files: typing.Optional[typing.Sequence[builtins.str]] = None,
    parameters: typing.Optional[typing.Sequence[builtins.str]] = None,
    partition: typing.Optional[builtins.str] = None,
    policy_builder: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyPolicyBuilder, typing.Dict[builtins.str, typing.Any]]]]] = None,
    policy_id: typing.Optional[builtins.str] = None,
    policy_import_json: typing.Optional[builtins.str] = None,
    protocol_independent: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    server_technologies: typing.Optional[typing.Sequence[builtins.str]] = None,
    signatures: typing.Optional[typing.Sequence[builtins.str]] = None,
    signature_sets: typing.Optional[typing.Sequence[builtins.str]] = None,
    signatures_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicySignaturesSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    template_link: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    urls: typing.Optional[typing.Sequence[builtins.str]] = None,
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

def _typecheckingstub__b084918bfa3e33912fe587ac2aa1ec7f35d52b30b5b78dd8fd9b26b66a56ae68(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcf22b86d201f46801a917ccffb4c2dfeed486d1359afd102c112be7ad0c55e3(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyFileTypes, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c70196fc1810b8efdf8867875850abd0ce6ad646de7155110fc495d5851130d(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyGraphqlProfiles, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d71417480f4a5a7fbd401928ab75d7dd41f7e0591931ff081afe5dd59b651dca(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyHostNames, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce7355246ce78a96fece16990beffa37c885e1aaaa82484508a2afc1e1f22703(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyIpExceptions, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee7dd534bef1f3bd1182df204cea66443ddbc2253f51b8f15a19c1d547f4c461(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyPolicyBuilder, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a41140ced6e81d8e6975614d464492f08df1149f1648bf3f05fea01780b393c(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicySignaturesSettings, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7fd2fab04e7ebaf2947cc944bb285e73e511bab8222316ab84a0db5e815f604(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7d080871d6a0d6aabb8b47f0721a57d7da62320065af10c72686ac9dc060308(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f03d6d9473d9ecae76c904bbaa097b77bd03a9cab0ae62b3727401979f1d613(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bb4aadd22bebac38ba985712da480d6d26a0e394a95355a5562e59580473582(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d4742541979084b9411a81ecda0df0ea7ebaa7c415504558fddcfbb1d6183f2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9041743c3a219d898c72487e7928b410facb53b356ab6d10678d11facbdbbdb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25aa9b1f934f45f59ead786bace743274ef2878d277cf409e5de51582dbfdb49(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb99ba7642bfe167cb30d6014cd15d3ee0f404dc71e6e8247422f6e660ecb06b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1f56fa5fc551996c297ef07693e99a0e704df1566e283dd13c28402d9f3454f(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0916ae886dbb5fad451769a2fe1369b7c62de5103cd670ccac47d8aacfe5089c(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6734e4e20148e4f08cddea41255cdea116030ce49a4b535435c1ba96ae3a664(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__adb04b1768eaab7581726b560872b6d9e7b482393cd0e106034096adcad7f8a0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__46df78029f66effc62d90177f7b33cec40e1c1cd9edd401b5c4589f196a821aa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7440c2cb5b00b3b81322a1def25d80d6be35161637c185a659d6aea06a3ce1f0(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__186d6e1f79458f0d44f87a6905643d9c0e434fdecbf49c0524e54808c420d3ab(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d8f4af3d3438a83ff63e41bea49666cb01dcc0b6758669d5df34ceaf442c464(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68bb69d42e35519a1097482ae3654b56a1019449f2d4ad2f78acbf48e109fef3(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a88c4a34714559fb7872a56935d5524f716868f26bc9ef9c4dda1d77e4db4087(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f013a520ffb9b58f2e04ccec6ffc8ec4dad9feac965bea4474bbda2a2227b25c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29f9d2a70ec085a85d047505f9986dd52372d37e3b3e5c2c9a36b413e92b5a93(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55e476c55339f835b512656945d96e2366687901ab776981745b1816c4458ed0(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a93a9bff8490f9ceb7842f50ef2a5461e921667d7f5b3f15f2efbbac6e0e1b02(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    template_name: builtins.str,
    application_language: typing.Optional[builtins.str] = None,
    case_insensitive: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    description: typing.Optional[builtins.str] = None,
    enable_passivemode: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enforcement_mode: typing.Optional[builtins.str] = None,
    file_types: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyFileTypes, typing.Dict[builtins.str, typing.Any]]]]] = None,
    graphql_profiles: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyGraphqlProfiles, typing.Dict[builtins.str, typing.Any]]]]] = None,
    host_names: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyHostNames, typing.Dict[builtins.str, typing.Any]]]]] = None,
    id: typing.Optional[builtins.str] = None,
    ip_exceptions: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyIpExceptions, typing.Dict[builtins.str, typing.Any]]]]] = None,
    modifications: typing.Optional[typing.Sequence[builtins.str]] = None,
    open_api_files: typing.Optional[typing.Sequence[builtins.str]] = None,
    parameters: typing.Optional[typing.Sequence[builtins.str]] = None,
    partition: typing.Optional[builtins.str] = None,
    policy_builder: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyPolicyBuilder, typing.Dict[builtins.str, typing.Any]]]]] = None,
    policy_id: typing.Optional[builtins.str] = None,
    policy_import_json: typing.Optional[builtins.str] = None,
    protocol_independent: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    server_technologies: typing.Optional[typing.Sequence[builtins.str]] = None,
    signatures: typing.Optional[typing.Sequence[builtins.str]] = None,
    signature_sets: typing.Optional[typing.Sequence[builtins.str]] = None,
    signatures_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicySignaturesSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    template_link: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    urls: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13aa8fd2641663cc65b4b8fc6033ac1271f5755074e7c6fbe2cb57f0ab22e8f6(
    *,
    allowed: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    name: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efd1e0e12afb2bd62e3b13c16797bce28dbaf4454017b095306e54be12e36225(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9bce8076b4b8d63a47e4f785f5911ce7f972247129608fd483b63fdbfdf9e50(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7493d1de9607f625799463eb23bca1424b29dc87a1dbd470f70008d41b8da887(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9eb15843cf15d0f0909d8ca6843831afb8d80879710e37005affa400f49c560(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__960174cc4b925b9d567af756b9ed60df8f0c9c540c615a581b27ccda6f340a21(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1958094039b91d83a5b9d7d6ceb8a3cd762579e58f74f822ba14e2c2ed59f592(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyFileTypes]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0eec565ef3cdf94fea170db4fcaed3b02d48abfbd8dbe93b3462d4f0e01d50e5(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31ec9f65340fe61e590612503c93dc97f8ae98b48f77f90c86011a90aa59651a(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65efe2342d744b8409520d6a858f827fa28b72f02b635de5d2e03e7e03d2f26e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e47c420d70818d98e614b124bf25bd70763496d722b922ac418f00be0ee50d2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a286dae28fc8d41f8110df2e4411db09f1d4e9a3f761c21c37fd75c5d62306bb(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyFileTypes]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cd2d3f2888ed83027860782efaf178761d25b654084744e0d1b16ac04edbfb7(
    *,
    name: builtins.str,
    attack_signatures_check: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    defense_attributes: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyGraphqlProfilesDefenseAttributes, typing.Dict[builtins.str, typing.Any]]]]] = None,
    metachar_elementcheck: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53ee6ce4df5112bf824ef0d9196edbf8cce48311056938ae8fd1bc8aa0573748(
    *,
    allow_introspection_queries: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    maximum_batched_queries: typing.Optional[builtins.str] = None,
    maximum_structure_depth: typing.Optional[builtins.str] = None,
    maximum_total_length: typing.Optional[builtins.str] = None,
    maximum_value_length: typing.Optional[builtins.str] = None,
    tolerate_parsing_warnings: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af66f4bd5bd48fef685891978edf8fa43fb3c250a7f96d04923db7ed02a51c04(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e36c91a55a6ebed7dd4c1856ab53e51e60182b04a6f942267896d494bf8cfa18(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f693821a2f4ab007c7491329bd6c9daa88c67dddcb88e24c5a14101cda5654b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6b58a518055806e064352e30912e5464eaf9caa4bc463568b77e8beab622b2d(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f1c77fa98ac717fc50e07e398e4434482eeb702d8aa10b2f23c66c9226ec105(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1437bd238c4beec815900b99e74734e55b66379788806cd3983f8d9ec6a9281f(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyGraphqlProfilesDefenseAttributes]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90987e12f6b3820328013758b3911f19eee82db6d743780eb80b5d5f0930f059(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78a625fca5a0d810d5ec4ce5736cd6026f04d0d841a2bbbe48b1665ebe8adcea(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25bbf9bd1350c60fdaa77c66898e4f85f35896a19d06713abe92bd1e7c3dc23f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77dba0ad627e63ea800871895f397e97bdbde4599bfef309662661c47bfe5b70(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c4cebfe825bb9cd97605991d28a4b6fd6fccbd883873edb128fb8bbc2588a63(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25db0039db822fbe4cb02244d5b224fb84e7e6418392513519969b3f5db00c77(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e5a169496e5c222459a2d51dd888efbcc34c2e53b20e2a576d4815cc5598340(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7eb49588b2ed83ca4b8d1324b2d4352a3d9d26aed95b5b0845fa7634ae1e23e7(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyGraphqlProfilesDefenseAttributes]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b13deb36a4aa56b3b309b84178137bcfd7092fd8b8a84de7563cb53eba48b27(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c23992bf37f3a00fc136751cafd7b916ec253be70ce0dab800d734ea2f4d84b(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80eff6a46fda734e41053e6f2db489b6561fa9d9589ad959946713f22a4ff1e3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23ca3a639b2364f0cde5b828ef3edb17cedfbac7d387b397be397a83204d2b4f(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0e01bcfdc9648aef84af638387d4eb3ee1b5a0da28a553e212658ed592c3576(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5c00b9d48f320aec1cf233f2a13edfe39106fbe0013d76b0758740282d214f3(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyGraphqlProfiles]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d87d13b67b8d725e7d8740c153fccea2a8102537456b3cdbf24862692658676(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c1d226e5d87b2c81a3495372b9adfc8e19029f7d5a2b5b331c55d5943125767(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[WafPolicyGraphqlProfilesDefenseAttributes, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb64be9d60982f1a4a755882d38e2fd7b205390a6d9bbcd12ee18b1c416f583e(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd1fced1b7f8d4c6e41d9f41307c3a6a98c2b216f27373f3d72af5b67c15cbf7(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3b7871c0796328fc201a4c1224704d76d1ce8422a2948997665c7f47546e743(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59f6b97b2509dc33389dfae33ce077ba3e797768e5f99892f00b89271ec4b538(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyGraphqlProfiles]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7bb60d94fb599f2f26d85a08d9d88ffaea981ec16e874706123cd6aaa2fb745(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__001bb582724cfe4349f9eaeb73eebe2373dfa232a3bcd04c301e87e3d383b1ad(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1bc646169a8fa74304b1265bca5450401db273969447e7a861a2f6bb8686b4d2(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ee10a8429c263513788cb010832e0ae6fa72d9a41e931ab821a84951521e102(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1badc7585e21186958700bcb5396cbbb7e0e0515da5ab213ab85ab32bb23c0c7(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e0511ae34b8cd1037cafd3d9fd8d25845be2cf1ecefb3ce01a176c455d30afa(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b6065cd70135202dfb65d009efbb199078d695035f5b0472d1fde5b47f90d67(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyHostNames]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ea197f97ca3e949ca9257d83fdbde67f4009c0c1dbd04d92e7cdd0dcb7f5b6a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__442d1af6fb636d52130bdc9db0e40c5b952913866181962b7c11f6d022d35c98(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1f4d7881500d63bf7a023337641fcd325c2187d38f3635f22c8282104637969(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyHostNames]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__537c6a0c192e6ddccf1646d1957b921a156a131f687340a17b19fce03902cb52(
    *,
    ip_address: builtins.str,
    ip_mask: builtins.str,
    block_requests: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    ignore_anomalies: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ignore_ipreputation: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    trustedby_policybuilder: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c31392ae1e334c4fbce9de3b30e0c9a4f414181cc45aea7037d11675a0b809e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7b3dbaad4e201d71c9fb8ad90fc5fe8fb92a4769e3828edf633a9193da02ea9e(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8bb85fd0cf2e058ddd78c79ecc3242234622479d1dfd5b6bf07ccf654e09674d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bca15dabbf07d8913a66697d3faecb1d8f13de927a845aed2b4dc039e064fdae(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__914996886688195ba56964e749be5bbe1e3197a43b797a2db23f088a6acd1676(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9098a33f91be52a3959c1f12ccbf219bc9fde647923838573f42d3d63bc76b07(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyIpExceptions]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__936a3e084f448178c9e8844b3a5d3ef41f8ad41fc9b1c59b0bcec0794a2f6ec7(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d2d95a4092c00617ef54e1dda8d0477dae258d9a3ddbdeeff20678825d184c2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b045e08a6c02a3d522270e3a3542dd1d2cf87efcce8d7c3e903e410a4c7cbca1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0460da613614bb26cfb6cdd3b173a48405c66390b1656f8b37420aaa2e6c72d2(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7247fa9ba1a6041e2c96b15d1478cf895d2cb7b5d0eefc648d3884aefdff53e0(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0dae27baab96969b7bb64b22382058a6587a76103f8185339815844850bfcb0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00498e779211e538793a8715c42144ecbfe0c7226a8580e15715a4167dfc6c01(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03a17b9a279a05b2bcb43b52a7c18cf433de4f0fdc962254d1bc1657075b8b6c(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__693165222b53b680efd5d0860d1c3fe68657333c5a404eaa2b4c50c1778b5386(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyIpExceptions]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__416c1fb08bddd162d5b9751b3e20ef9509a6c6cc9c0bb46bb28f4496957e67d8(
    *,
    learning_mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13e70d87484252cdb656e74f96904dc9677c66dab8099a86113844261b264014(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6dd20a246d3e0085e1050c24f83d34dd10c03dc4b4e4ea84af80d486aa4dc11e(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3bb68b3faf435d726befb300c7f0a9fe67824e01beab8a63d6a8a185e944ed21(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42c9f4b0d37ae73791f6aba68225d1db5bd570e801708c946c0f3ebf7b1fd8ca(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c36801ade355111b087dec5e367dbcf07c77c312e2dcae942ff0487bfeb0080(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88192212b287f23eedd622cf7805c7a9bab76f0c626e187775c9b6a2ef6202d9(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicyPolicyBuilder]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff6f7935336dcead1fb5af89c967c1f9e69d6004c0c9d0e881b28675703c1d7d(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8ef771105f51f7321eec4d5dab244f09ebbdb5b83118eeef2eb6476be134c4d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__128307077e7df954f73374dbe13062b2f8ea6790aeb79ba797435c6abf13b792(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicyPolicyBuilder]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcd9b4292eb32b01d28e9ef0dd6a3cc5525d492b65c542996c97798410db9aed(
    *,
    placesignatures_in_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    signature_staging: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a7e2ff8bdcd3e59dd0361a0b95f3afbd3063f55d77119178c7b6336ffc9e9e8(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50003647ce9151eb0e4476fc3eade4b4f1c59ccac99ad00066ebdc29effe7bc8(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85933710f0677f25cce0d1b7d23c13999286ffe45343826f1b1073af219e3a96(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90b17a9f759879b597da0bb4fa3c3b29d284eced926899908ed6519f36dd4580(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__385821700f68fd15d32895ca18ad987d89c27d2649cfaf7b1628dec6871a210a(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__716459608fa967859aa62932d284eba019c2d58e8acef9d8289924186fb155db(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[WafPolicySignaturesSettings]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d05050b5a42a029af615c8ee93dfd9e29636ff90b1e8ed5a7a0dc97aa221b99c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7d5230aa23acb5da05e537bb263cc353f5087e4cdd49202428cbb85835806f4(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a428e4c18904a7747894937e765d0ff6a1d210cff18fd467989986cdeb0f2969(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f449a45bc2cdddba237d747988c81770f9f4b68df7b567bda084d5bc0618b10(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, WafPolicySignaturesSettings]],
) -> None:
    """Type checking stubs"""
    pass
