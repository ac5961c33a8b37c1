r'''
# `bigip_ltm_request_log_profile`

Refer to the Terraform Registry for docs: [`bigip_ltm_request_log_profile`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile).
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


class LtmRequestLogProfile(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmRequestLogProfile.LtmRequestLogProfile",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile bigip_ltm_request_log_profile}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        defaults_from: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        proxyclose_on_error: typing.Optional[builtins.str] = None,
        proxyrespond_on_loggingerror: typing.Optional[builtins.str] = None,
        proxy_response: typing.Optional[builtins.str] = None,
        requestlog_error_pool: typing.Optional[builtins.str] = None,
        requestlog_error_protocol: typing.Optional[builtins.str] = None,
        requestlog_error_template: typing.Optional[builtins.str] = None,
        request_logging: typing.Optional[builtins.str] = None,
        requestlog_pool: typing.Optional[builtins.str] = None,
        requestlog_protocol: typing.Optional[builtins.str] = None,
        requestlog_template: typing.Optional[builtins.str] = None,
        responselog_error_pool: typing.Optional[builtins.str] = None,
        responselog_error_protocol: typing.Optional[builtins.str] = None,
        responselog_error_template: typing.Optional[builtins.str] = None,
        response_logging: typing.Optional[builtins.str] = None,
        responselog_pool: typing.Optional[builtins.str] = None,
        responselog_protocol: typing.Optional[builtins.str] = None,
        responselog_template: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile bigip_ltm_request_log_profile} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the Request Logging profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#name LtmRequestLogProfile#name}
        :param defaults_from: Specifies the profile from which this profile inherits settings. The default is the system-supplied ``request-log`` profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#defaults_from LtmRequestLogProfile#defaults_from}
        :param description: User defined description for Request Logging profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#description LtmRequestLogProfile#description}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#id LtmRequestLogProfile#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param proxyclose_on_error: Defines the pool associated with logging request errors. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#proxyclose_on_error LtmRequestLogProfile#proxyclose_on_error}
        :param proxyrespond_on_loggingerror: Defines the pool associated with logging request errors. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#proxyrespond_on_loggingerror LtmRequestLogProfile#proxyrespond_on_loggingerror}
        :param proxy_response: Defines the pool associated with logging request errors. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#proxy_response LtmRequestLogProfile#proxy_response}
        :param requestlog_error_pool: Defines the pool associated with logging request errors. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_error_pool LtmRequestLogProfile#requestlog_error_pool}
        :param requestlog_error_protocol: Defines the protocol to be used for high-speed logging of request errors. The default is ``mds-udp``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_error_protocol LtmRequestLogProfile#requestlog_error_protocol}
        :param requestlog_error_template: Specifies the directives and entries to be logged. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_error_template LtmRequestLogProfile#requestlog_error_template}
        :param request_logging: Enables or disables request logging. The default is ``disabled``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#request_logging LtmRequestLogProfile#request_logging}
        :param requestlog_pool: Defines the pool to send logs to. Typically, the pool will contain one or more syslog servers. It is recommended that you create a pool specifically for logging requests. The default is None Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_pool LtmRequestLogProfile#requestlog_pool}
        :param requestlog_protocol: Specifies the protocol to be used for high-speed logging of requests. The default is ``mds-udp``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_protocol LtmRequestLogProfile#requestlog_protocol}
        :param requestlog_template: Specifies the directives and entries to be logged. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_template LtmRequestLogProfile#requestlog_template}
        :param responselog_error_pool: Defines the pool associated with logging response errors. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_error_pool LtmRequestLogProfile#responselog_error_pool}
        :param responselog_error_protocol: Defines the protocol to be used for high-speed logging of responses errors. The default is ``mds-udp``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_error_protocol LtmRequestLogProfile#responselog_error_protocol}
        :param responselog_error_template: Specifies the directives and entries to be logged. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_error_template LtmRequestLogProfile#responselog_error_template}
        :param response_logging: Enables or disables response logging. The default is ``disabled``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#response_logging LtmRequestLogProfile#response_logging}
        :param responselog_pool: Defines the pool to send logs to. Typically, the pool contains one or more syslog servers. It is recommended that you create a pool specifically for logging responses. The default is None Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_pool LtmRequestLogProfile#responselog_pool}
        :param responselog_protocol: Specifies the protocol to be used for high-speed logging of responses. The default is ``mds-udp``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_protocol LtmRequestLogProfile#responselog_protocol}
        :param responselog_template: Specifies the directives and entries to be logged. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_template LtmRequestLogProfile#responselog_template}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c742dff0b258641d6fa949531b84412f001cb006db530e22b7f906061559ddd0)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmRequestLogProfileConfig(
            name=name,
            defaults_from=defaults_from,
            description=description,
            id=id,
            proxyclose_on_error=proxyclose_on_error,
            proxyrespond_on_loggingerror=proxyrespond_on_loggingerror,
            proxy_response=proxy_response,
            requestlog_error_pool=requestlog_error_pool,
            requestlog_error_protocol=requestlog_error_protocol,
            requestlog_error_template=requestlog_error_template,
            request_logging=request_logging,
            requestlog_pool=requestlog_pool,
            requestlog_protocol=requestlog_protocol,
            requestlog_template=requestlog_template,
            responselog_error_pool=responselog_error_pool,
            responselog_error_protocol=responselog_error_protocol,
            responselog_error_template=responselog_error_template,
            response_logging=response_logging,
            responselog_pool=responselog_pool,
            responselog_protocol=responselog_protocol,
            responselog_template=responselog_template,
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
        '''Generates CDKTF code for importing a LtmRequestLogProfile resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmRequestLogProfile to import.
        :param import_from_id: The id of the existing LtmRequestLogProfile that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmRequestLogProfile to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__96fc9dff094c2f2baecdc0c0e603d604b78027ac464b978d82b130e228209cdd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetDefaultsFrom")
    def reset_defaults_from(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultsFrom", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetProxycloseOnError")
    def reset_proxyclose_on_error(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxycloseOnError", []))

    @jsii.member(jsii_name="resetProxyrespondOnLoggingerror")
    def reset_proxyrespond_on_loggingerror(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxyrespondOnLoggingerror", []))

    @jsii.member(jsii_name="resetProxyResponse")
    def reset_proxy_response(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxyResponse", []))

    @jsii.member(jsii_name="resetRequestlogErrorPool")
    def reset_requestlog_error_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRequestlogErrorPool", []))

    @jsii.member(jsii_name="resetRequestlogErrorProtocol")
    def reset_requestlog_error_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRequestlogErrorProtocol", []))

    @jsii.member(jsii_name="resetRequestlogErrorTemplate")
    def reset_requestlog_error_template(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRequestlogErrorTemplate", []))

    @jsii.member(jsii_name="resetRequestLogging")
    def reset_request_logging(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRequestLogging", []))

    @jsii.member(jsii_name="resetRequestlogPool")
    def reset_requestlog_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRequestlogPool", []))

    @jsii.member(jsii_name="resetRequestlogProtocol")
    def reset_requestlog_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRequestlogProtocol", []))

    @jsii.member(jsii_name="resetRequestlogTemplate")
    def reset_requestlog_template(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRequestlogTemplate", []))

    @jsii.member(jsii_name="resetResponselogErrorPool")
    def reset_responselog_error_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponselogErrorPool", []))

    @jsii.member(jsii_name="resetResponselogErrorProtocol")
    def reset_responselog_error_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponselogErrorProtocol", []))

    @jsii.member(jsii_name="resetResponselogErrorTemplate")
    def reset_responselog_error_template(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponselogErrorTemplate", []))

    @jsii.member(jsii_name="resetResponseLogging")
    def reset_response_logging(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponseLogging", []))

    @jsii.member(jsii_name="resetResponselogPool")
    def reset_responselog_pool(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponselogPool", []))

    @jsii.member(jsii_name="resetResponselogProtocol")
    def reset_responselog_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponselogProtocol", []))

    @jsii.member(jsii_name="resetResponselogTemplate")
    def reset_responselog_template(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResponselogTemplate", []))

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
    @jsii.member(jsii_name="defaultsFromInput")
    def defaults_from_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultsFromInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="proxycloseOnErrorInput")
    def proxyclose_on_error_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxycloseOnErrorInput"))

    @builtins.property
    @jsii.member(jsii_name="proxyrespondOnLoggingerrorInput")
    def proxyrespond_on_loggingerror_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxyrespondOnLoggingerrorInput"))

    @builtins.property
    @jsii.member(jsii_name="proxyResponseInput")
    def proxy_response_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxyResponseInput"))

    @builtins.property
    @jsii.member(jsii_name="requestlogErrorPoolInput")
    def requestlog_error_pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "requestlogErrorPoolInput"))

    @builtins.property
    @jsii.member(jsii_name="requestlogErrorProtocolInput")
    def requestlog_error_protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "requestlogErrorProtocolInput"))

    @builtins.property
    @jsii.member(jsii_name="requestlogErrorTemplateInput")
    def requestlog_error_template_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "requestlogErrorTemplateInput"))

    @builtins.property
    @jsii.member(jsii_name="requestLoggingInput")
    def request_logging_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "requestLoggingInput"))

    @builtins.property
    @jsii.member(jsii_name="requestlogPoolInput")
    def requestlog_pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "requestlogPoolInput"))

    @builtins.property
    @jsii.member(jsii_name="requestlogProtocolInput")
    def requestlog_protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "requestlogProtocolInput"))

    @builtins.property
    @jsii.member(jsii_name="requestlogTemplateInput")
    def requestlog_template_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "requestlogTemplateInput"))

    @builtins.property
    @jsii.member(jsii_name="responselogErrorPoolInput")
    def responselog_error_pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "responselogErrorPoolInput"))

    @builtins.property
    @jsii.member(jsii_name="responselogErrorProtocolInput")
    def responselog_error_protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "responselogErrorProtocolInput"))

    @builtins.property
    @jsii.member(jsii_name="responselogErrorTemplateInput")
    def responselog_error_template_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "responselogErrorTemplateInput"))

    @builtins.property
    @jsii.member(jsii_name="responseLoggingInput")
    def response_logging_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "responseLoggingInput"))

    @builtins.property
    @jsii.member(jsii_name="responselogPoolInput")
    def responselog_pool_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "responselogPoolInput"))

    @builtins.property
    @jsii.member(jsii_name="responselogProtocolInput")
    def responselog_protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "responselogProtocolInput"))

    @builtins.property
    @jsii.member(jsii_name="responselogTemplateInput")
    def responselog_template_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "responselogTemplateInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultsFrom")
    def defaults_from(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultsFrom"))

    @defaults_from.setter
    def defaults_from(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e60dc499467133aa7616cd0435b16cac35100d11e1a18afff20efdaa819ebeba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultsFrom", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ac85fd3a24fe41e38d9c8448dc0ec3906e078da0bbe1b4074c9f863f0230a80c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf06de8cc81e2282a7da62cf8b13198b68b994f2dc07bf78d4057dfaa91eb0e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4ba35a288dc45ea5d0c83df8ea200c5159072c7ec1c1f634dcdd2b042ca36a74)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxycloseOnError")
    def proxyclose_on_error(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxycloseOnError"))

    @proxyclose_on_error.setter
    def proxyclose_on_error(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b22658e66e108b88e5ffe6667b109a128a90e8a1315efe1711eadb11154807e7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxycloseOnError", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyrespondOnLoggingerror")
    def proxyrespond_on_loggingerror(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyrespondOnLoggingerror"))

    @proxyrespond_on_loggingerror.setter
    def proxyrespond_on_loggingerror(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d8abdc655573f7eb002d412ba7d3a841a8a9ffe04781b10051831df679321c44)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyrespondOnLoggingerror", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyResponse")
    def proxy_response(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyResponse"))

    @proxy_response.setter
    def proxy_response(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4bce3f8718e5e45837efab4ba21b2cba25d094b94ae6746ae2d36ea7aba4a3a6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyResponse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="requestlogErrorPool")
    def requestlog_error_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "requestlogErrorPool"))

    @requestlog_error_pool.setter
    def requestlog_error_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__596ff9b3865750ddc6731af59507dfd6fad293373afd3bc563e2dcc53346e27e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "requestlogErrorPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="requestlogErrorProtocol")
    def requestlog_error_protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "requestlogErrorProtocol"))

    @requestlog_error_protocol.setter
    def requestlog_error_protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6ad6eee1035b9c322fc4ac29af3bafe0a098e14163a1733427449a5dbfc6e893)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "requestlogErrorProtocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="requestlogErrorTemplate")
    def requestlog_error_template(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "requestlogErrorTemplate"))

    @requestlog_error_template.setter
    def requestlog_error_template(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c174898d7a792d497ca334b6c2e3eb64df1d7dc5a48a903b9723d58f9a9c37cc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "requestlogErrorTemplate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="requestLogging")
    def request_logging(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "requestLogging"))

    @request_logging.setter
    def request_logging(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__39ae9453170f8e5e7f515f9e414f488ff70ed1f28f1babacf70c3cae6c54f30b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "requestLogging", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="requestlogPool")
    def requestlog_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "requestlogPool"))

    @requestlog_pool.setter
    def requestlog_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66b7cb499ba354bacf9ff366536e580c2880a3660f60c6b68bbee383890ba012)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "requestlogPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="requestlogProtocol")
    def requestlog_protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "requestlogProtocol"))

    @requestlog_protocol.setter
    def requestlog_protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ca4497ca3ff7786c6d546a29d596e4479f1db7b8a9b4890b4443d08d7674e05a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "requestlogProtocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="requestlogTemplate")
    def requestlog_template(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "requestlogTemplate"))

    @requestlog_template.setter
    def requestlog_template(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e52c5cf766254207f1aa9afd10857557722f68dc8fb79ff798efdd550d08380a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "requestlogTemplate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="responselogErrorPool")
    def responselog_error_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "responselogErrorPool"))

    @responselog_error_pool.setter
    def responselog_error_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__79b077c42eede1f9b2ebdee8910dd429b2de2fc6b0504d9bb4bef9a65fac3a62)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "responselogErrorPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="responselogErrorProtocol")
    def responselog_error_protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "responselogErrorProtocol"))

    @responselog_error_protocol.setter
    def responselog_error_protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1fe21c6e85b68350282a95993a2a6877aca8c765c6b46d6adae9cf31d5c56406)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "responselogErrorProtocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="responselogErrorTemplate")
    def responselog_error_template(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "responselogErrorTemplate"))

    @responselog_error_template.setter
    def responselog_error_template(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__30f67bdd6b0c0c6aa994f1907c5001deaee58279abe04267ddf0cc51f97ba40d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "responselogErrorTemplate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="responseLogging")
    def response_logging(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "responseLogging"))

    @response_logging.setter
    def response_logging(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0047369660baf7fb69031511d08e68c0b68dc829f34d581db8ea81e418f0279)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "responseLogging", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="responselogPool")
    def responselog_pool(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "responselogPool"))

    @responselog_pool.setter
    def responselog_pool(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0295c332dc57254e88700a1538629fdb5b8f41b492605b9071cbafa8f8a1b0c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "responselogPool", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="responselogProtocol")
    def responselog_protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "responselogProtocol"))

    @responselog_protocol.setter
    def responselog_protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1eafba58ff6f781bd1a22ddc15bb04966bc7f0efb9b1e965ce2f3c2fabc6a83)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "responselogProtocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="responselogTemplate")
    def responselog_template(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "responselogTemplate"))

    @responselog_template.setter
    def responselog_template(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84e88ab08c7e161e0c7deb6ec3337dcb7a82d9434501a0628073385ced6c8da2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "responselogTemplate", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmRequestLogProfile.LtmRequestLogProfileConfig",
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
        "defaults_from": "defaultsFrom",
        "description": "description",
        "id": "id",
        "proxyclose_on_error": "proxycloseOnError",
        "proxyrespond_on_loggingerror": "proxyrespondOnLoggingerror",
        "proxy_response": "proxyResponse",
        "requestlog_error_pool": "requestlogErrorPool",
        "requestlog_error_protocol": "requestlogErrorProtocol",
        "requestlog_error_template": "requestlogErrorTemplate",
        "request_logging": "requestLogging",
        "requestlog_pool": "requestlogPool",
        "requestlog_protocol": "requestlogProtocol",
        "requestlog_template": "requestlogTemplate",
        "responselog_error_pool": "responselogErrorPool",
        "responselog_error_protocol": "responselogErrorProtocol",
        "responselog_error_template": "responselogErrorTemplate",
        "response_logging": "responseLogging",
        "responselog_pool": "responselogPool",
        "responselog_protocol": "responselogProtocol",
        "responselog_template": "responselogTemplate",
    },
)
class LtmRequestLogProfileConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        defaults_from: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        proxyclose_on_error: typing.Optional[builtins.str] = None,
        proxyrespond_on_loggingerror: typing.Optional[builtins.str] = None,
        proxy_response: typing.Optional[builtins.str] = None,
        requestlog_error_pool: typing.Optional[builtins.str] = None,
        requestlog_error_protocol: typing.Optional[builtins.str] = None,
        requestlog_error_template: typing.Optional[builtins.str] = None,
        request_logging: typing.Optional[builtins.str] = None,
        requestlog_pool: typing.Optional[builtins.str] = None,
        requestlog_protocol: typing.Optional[builtins.str] = None,
        requestlog_template: typing.Optional[builtins.str] = None,
        responselog_error_pool: typing.Optional[builtins.str] = None,
        responselog_error_protocol: typing.Optional[builtins.str] = None,
        responselog_error_template: typing.Optional[builtins.str] = None,
        response_logging: typing.Optional[builtins.str] = None,
        responselog_pool: typing.Optional[builtins.str] = None,
        responselog_protocol: typing.Optional[builtins.str] = None,
        responselog_template: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the Request Logging profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#name LtmRequestLogProfile#name}
        :param defaults_from: Specifies the profile from which this profile inherits settings. The default is the system-supplied ``request-log`` profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#defaults_from LtmRequestLogProfile#defaults_from}
        :param description: User defined description for Request Logging profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#description LtmRequestLogProfile#description}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#id LtmRequestLogProfile#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param proxyclose_on_error: Defines the pool associated with logging request errors. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#proxyclose_on_error LtmRequestLogProfile#proxyclose_on_error}
        :param proxyrespond_on_loggingerror: Defines the pool associated with logging request errors. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#proxyrespond_on_loggingerror LtmRequestLogProfile#proxyrespond_on_loggingerror}
        :param proxy_response: Defines the pool associated with logging request errors. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#proxy_response LtmRequestLogProfile#proxy_response}
        :param requestlog_error_pool: Defines the pool associated with logging request errors. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_error_pool LtmRequestLogProfile#requestlog_error_pool}
        :param requestlog_error_protocol: Defines the protocol to be used for high-speed logging of request errors. The default is ``mds-udp``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_error_protocol LtmRequestLogProfile#requestlog_error_protocol}
        :param requestlog_error_template: Specifies the directives and entries to be logged. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_error_template LtmRequestLogProfile#requestlog_error_template}
        :param request_logging: Enables or disables request logging. The default is ``disabled``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#request_logging LtmRequestLogProfile#request_logging}
        :param requestlog_pool: Defines the pool to send logs to. Typically, the pool will contain one or more syslog servers. It is recommended that you create a pool specifically for logging requests. The default is None Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_pool LtmRequestLogProfile#requestlog_pool}
        :param requestlog_protocol: Specifies the protocol to be used for high-speed logging of requests. The default is ``mds-udp``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_protocol LtmRequestLogProfile#requestlog_protocol}
        :param requestlog_template: Specifies the directives and entries to be logged. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_template LtmRequestLogProfile#requestlog_template}
        :param responselog_error_pool: Defines the pool associated with logging response errors. The default is None. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_error_pool LtmRequestLogProfile#responselog_error_pool}
        :param responselog_error_protocol: Defines the protocol to be used for high-speed logging of responses errors. The default is ``mds-udp``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_error_protocol LtmRequestLogProfile#responselog_error_protocol}
        :param responselog_error_template: Specifies the directives and entries to be logged. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_error_template LtmRequestLogProfile#responselog_error_template}
        :param response_logging: Enables or disables response logging. The default is ``disabled``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#response_logging LtmRequestLogProfile#response_logging}
        :param responselog_pool: Defines the pool to send logs to. Typically, the pool contains one or more syslog servers. It is recommended that you create a pool specifically for logging responses. The default is None Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_pool LtmRequestLogProfile#responselog_pool}
        :param responselog_protocol: Specifies the protocol to be used for high-speed logging of responses. The default is ``mds-udp``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_protocol LtmRequestLogProfile#responselog_protocol}
        :param responselog_template: Specifies the directives and entries to be logged. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_template LtmRequestLogProfile#responselog_template}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__114ca999ecc5c2aec8456b06f1989274dc6c3ef0cf2bce935c6a78bec35275e1)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument defaults_from", value=defaults_from, expected_type=type_hints["defaults_from"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument proxyclose_on_error", value=proxyclose_on_error, expected_type=type_hints["proxyclose_on_error"])
            check_type(argname="argument proxyrespond_on_loggingerror", value=proxyrespond_on_loggingerror, expected_type=type_hints["proxyrespond_on_loggingerror"])
            check_type(argname="argument proxy_response", value=proxy_response, expected_type=type_hints["proxy_response"])
            check_type(argname="argument requestlog_error_pool", value=requestlog_error_pool, expected_type=type_hints["requestlog_error_pool"])
            check_type(argname="argument requestlog_error_protocol", value=requestlog_error_protocol, expected_type=type_hints["requestlog_error_protocol"])
            check_type(argname="argument requestlog_error_template", value=requestlog_error_template, expected_type=type_hints["requestlog_error_template"])
            check_type(argname="argument request_logging", value=request_logging, expected_type=type_hints["request_logging"])
            check_type(argname="argument requestlog_pool", value=requestlog_pool, expected_type=type_hints["requestlog_pool"])
            check_type(argname="argument requestlog_protocol", value=requestlog_protocol, expected_type=type_hints["requestlog_protocol"])
            check_type(argname="argument requestlog_template", value=requestlog_template, expected_type=type_hints["requestlog_template"])
            check_type(argname="argument responselog_error_pool", value=responselog_error_pool, expected_type=type_hints["responselog_error_pool"])
            check_type(argname="argument responselog_error_protocol", value=responselog_error_protocol, expected_type=type_hints["responselog_error_protocol"])
            check_type(argname="argument responselog_error_template", value=responselog_error_template, expected_type=type_hints["responselog_error_template"])
            check_type(argname="argument response_logging", value=response_logging, expected_type=type_hints["response_logging"])
            check_type(argname="argument responselog_pool", value=responselog_pool, expected_type=type_hints["responselog_pool"])
            check_type(argname="argument responselog_protocol", value=responselog_protocol, expected_type=type_hints["responselog_protocol"])
            check_type(argname="argument responselog_template", value=responselog_template, expected_type=type_hints["responselog_template"])
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
        if defaults_from is not None:
            self._values["defaults_from"] = defaults_from
        if description is not None:
            self._values["description"] = description
        if id is not None:
            self._values["id"] = id
        if proxyclose_on_error is not None:
            self._values["proxyclose_on_error"] = proxyclose_on_error
        if proxyrespond_on_loggingerror is not None:
            self._values["proxyrespond_on_loggingerror"] = proxyrespond_on_loggingerror
        if proxy_response is not None:
            self._values["proxy_response"] = proxy_response
        if requestlog_error_pool is not None:
            self._values["requestlog_error_pool"] = requestlog_error_pool
        if requestlog_error_protocol is not None:
            self._values["requestlog_error_protocol"] = requestlog_error_protocol
        if requestlog_error_template is not None:
            self._values["requestlog_error_template"] = requestlog_error_template
        if request_logging is not None:
            self._values["request_logging"] = request_logging
        if requestlog_pool is not None:
            self._values["requestlog_pool"] = requestlog_pool
        if requestlog_protocol is not None:
            self._values["requestlog_protocol"] = requestlog_protocol
        if requestlog_template is not None:
            self._values["requestlog_template"] = requestlog_template
        if responselog_error_pool is not None:
            self._values["responselog_error_pool"] = responselog_error_pool
        if responselog_error_protocol is not None:
            self._values["responselog_error_protocol"] = responselog_error_protocol
        if responselog_error_template is not None:
            self._values["responselog_error_template"] = responselog_error_template
        if response_logging is not None:
            self._values["response_logging"] = response_logging
        if responselog_pool is not None:
            self._values["responselog_pool"] = responselog_pool
        if responselog_protocol is not None:
            self._values["responselog_protocol"] = responselog_protocol
        if responselog_template is not None:
            self._values["responselog_template"] = responselog_template

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
        '''Name of the Request Logging profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#name LtmRequestLogProfile#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def defaults_from(self) -> typing.Optional[builtins.str]:
        '''Specifies the profile from which this profile inherits settings. The default is the system-supplied ``request-log`` profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#defaults_from LtmRequestLogProfile#defaults_from}
        '''
        result = self._values.get("defaults_from")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''User defined description for Request Logging profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#description LtmRequestLogProfile#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#id LtmRequestLogProfile#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxyclose_on_error(self) -> typing.Optional[builtins.str]:
        '''Defines the pool associated with logging request errors. The default is None.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#proxyclose_on_error LtmRequestLogProfile#proxyclose_on_error}
        '''
        result = self._values.get("proxyclose_on_error")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxyrespond_on_loggingerror(self) -> typing.Optional[builtins.str]:
        '''Defines the pool associated with logging request errors. The default is None.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#proxyrespond_on_loggingerror LtmRequestLogProfile#proxyrespond_on_loggingerror}
        '''
        result = self._values.get("proxyrespond_on_loggingerror")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_response(self) -> typing.Optional[builtins.str]:
        '''Defines the pool associated with logging request errors. The default is None.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#proxy_response LtmRequestLogProfile#proxy_response}
        '''
        result = self._values.get("proxy_response")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def requestlog_error_pool(self) -> typing.Optional[builtins.str]:
        '''Defines the pool associated with logging request errors. The default is None.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_error_pool LtmRequestLogProfile#requestlog_error_pool}
        '''
        result = self._values.get("requestlog_error_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def requestlog_error_protocol(self) -> typing.Optional[builtins.str]:
        '''Defines the protocol to be used for high-speed logging of request errors. The default is ``mds-udp``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_error_protocol LtmRequestLogProfile#requestlog_error_protocol}
        '''
        result = self._values.get("requestlog_error_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def requestlog_error_template(self) -> typing.Optional[builtins.str]:
        '''Specifies the directives and entries to be logged.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_error_template LtmRequestLogProfile#requestlog_error_template}
        '''
        result = self._values.get("requestlog_error_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request_logging(self) -> typing.Optional[builtins.str]:
        '''Enables or disables request logging. The default is ``disabled``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#request_logging LtmRequestLogProfile#request_logging}
        '''
        result = self._values.get("request_logging")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def requestlog_pool(self) -> typing.Optional[builtins.str]:
        '''Defines the pool to send logs to.

        Typically, the pool will contain one or more syslog servers. It is recommended that you create a pool specifically for logging requests. The default is None

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_pool LtmRequestLogProfile#requestlog_pool}
        '''
        result = self._values.get("requestlog_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def requestlog_protocol(self) -> typing.Optional[builtins.str]:
        '''Specifies the protocol to be used for high-speed logging of requests. The default is ``mds-udp``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_protocol LtmRequestLogProfile#requestlog_protocol}
        '''
        result = self._values.get("requestlog_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def requestlog_template(self) -> typing.Optional[builtins.str]:
        '''Specifies the directives and entries to be logged.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#requestlog_template LtmRequestLogProfile#requestlog_template}
        '''
        result = self._values.get("requestlog_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def responselog_error_pool(self) -> typing.Optional[builtins.str]:
        '''Defines the pool associated with logging response errors. The default is None.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_error_pool LtmRequestLogProfile#responselog_error_pool}
        '''
        result = self._values.get("responselog_error_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def responselog_error_protocol(self) -> typing.Optional[builtins.str]:
        '''Defines the protocol to be used for high-speed logging of responses errors. The default is ``mds-udp``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_error_protocol LtmRequestLogProfile#responselog_error_protocol}
        '''
        result = self._values.get("responselog_error_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def responselog_error_template(self) -> typing.Optional[builtins.str]:
        '''Specifies the directives and entries to be logged.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_error_template LtmRequestLogProfile#responselog_error_template}
        '''
        result = self._values.get("responselog_error_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def response_logging(self) -> typing.Optional[builtins.str]:
        '''Enables or disables response logging. The default is ``disabled``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#response_logging LtmRequestLogProfile#response_logging}
        '''
        result = self._values.get("response_logging")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def responselog_pool(self) -> typing.Optional[builtins.str]:
        '''Defines the pool to send logs to.

        Typically, the pool contains one or more syslog servers. It is recommended that you create a pool specifically for logging responses. The default is None

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_pool LtmRequestLogProfile#responselog_pool}
        '''
        result = self._values.get("responselog_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def responselog_protocol(self) -> typing.Optional[builtins.str]:
        '''Specifies the protocol to be used for high-speed logging of responses. The default is ``mds-udp``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_protocol LtmRequestLogProfile#responselog_protocol}
        '''
        result = self._values.get("responselog_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def responselog_template(self) -> typing.Optional[builtins.str]:
        '''Specifies the directives and entries to be logged.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_request_log_profile#responselog_template LtmRequestLogProfile#responselog_template}
        '''
        result = self._values.get("responselog_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmRequestLogProfileConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmRequestLogProfile",
    "LtmRequestLogProfileConfig",
]

publication.publish()

def _typecheckingstub__c742dff0b258641d6fa949531b84412f001cb006db530e22b7f906061559ddd0(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    defaults_from: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    proxyclose_on_error: typing.Optional[builtins.str] = None,
    proxyrespond_on_loggingerror: typing.Optional[builtins.str] = None,
    proxy_response: typing.Optional[builtins.str] = None,
    requestlog_error_pool: typing.Optional[builtins.str] = None,
    requestlog_error_protocol: typing.Optional[builtins.str] = None,
    requestlog_error_template: typing.Optional[builtins.str] = None,
    request_logging: typing.Optional[builtins.str] = None,
    requestlog_pool: typing.Optional[builtins.str] = None,
    requestlog_protocol: typing.Optional[builtins.str] = None,
    requestlog_template: typing.Optional[builtins.str] = None,
    responselog_error_pool: typing.Optional[builtins.str] = None,
    responselog_error_protocol: typing.Optional[builtins.str] = None,
    responselog_error_template: typing.Optional[builtins.str] = None,
    response_logging: typing.Optional[builtins.str] = None,
    responselog_pool: typing.Optional[builtins.str] = None,
    responselog_protocol: typing.Optional[builtins.str] = None,
    responselog_template: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__96fc9dff094c2f2baecdc0c0e603d604b78027ac464b978d82b130e228209cdd(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e60dc499467133aa7616cd0435b16cac35100d11e1a18afff20efdaa819ebeba(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac85fd3a24fe41e38d9c8448dc0ec3906e078da0bbe1b4074c9f863f0230a80c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf06de8cc81e2282a7da62cf8b13198b68b994f2dc07bf78d4057dfaa91eb0e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ba35a288dc45ea5d0c83df8ea200c5159072c7ec1c1f634dcdd2b042ca36a74(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b22658e66e108b88e5ffe6667b109a128a90e8a1315efe1711eadb11154807e7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8abdc655573f7eb002d412ba7d3a841a8a9ffe04781b10051831df679321c44(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4bce3f8718e5e45837efab4ba21b2cba25d094b94ae6746ae2d36ea7aba4a3a6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__596ff9b3865750ddc6731af59507dfd6fad293373afd3bc563e2dcc53346e27e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ad6eee1035b9c322fc4ac29af3bafe0a098e14163a1733427449a5dbfc6e893(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c174898d7a792d497ca334b6c2e3eb64df1d7dc5a48a903b9723d58f9a9c37cc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39ae9453170f8e5e7f515f9e414f488ff70ed1f28f1babacf70c3cae6c54f30b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66b7cb499ba354bacf9ff366536e580c2880a3660f60c6b68bbee383890ba012(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca4497ca3ff7786c6d546a29d596e4479f1db7b8a9b4890b4443d08d7674e05a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e52c5cf766254207f1aa9afd10857557722f68dc8fb79ff798efdd550d08380a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79b077c42eede1f9b2ebdee8910dd429b2de2fc6b0504d9bb4bef9a65fac3a62(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fe21c6e85b68350282a95993a2a6877aca8c765c6b46d6adae9cf31d5c56406(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30f67bdd6b0c0c6aa994f1907c5001deaee58279abe04267ddf0cc51f97ba40d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0047369660baf7fb69031511d08e68c0b68dc829f34d581db8ea81e418f0279(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0295c332dc57254e88700a1538629fdb5b8f41b492605b9071cbafa8f8a1b0c7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1eafba58ff6f781bd1a22ddc15bb04966bc7f0efb9b1e965ce2f3c2fabc6a83(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84e88ab08c7e161e0c7deb6ec3337dcb7a82d9434501a0628073385ced6c8da2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__114ca999ecc5c2aec8456b06f1989274dc6c3ef0cf2bce935c6a78bec35275e1(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    defaults_from: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    proxyclose_on_error: typing.Optional[builtins.str] = None,
    proxyrespond_on_loggingerror: typing.Optional[builtins.str] = None,
    proxy_response: typing.Optional[builtins.str] = None,
    requestlog_error_pool: typing.Optional[builtins.str] = None,
    requestlog_error_protocol: typing.Optional[builtins.str] = None,
    requestlog_error_template: typing.Optional[builtins.str] = None,
    request_logging: typing.Optional[builtins.str] = None,
    requestlog_pool: typing.Optional[builtins.str] = None,
    requestlog_protocol: typing.Optional[builtins.str] = None,
    requestlog_template: typing.Optional[builtins.str] = None,
    responselog_error_pool: typing.Optional[builtins.str] = None,
    responselog_error_protocol: typing.Optional[builtins.str] = None,
    responselog_error_template: typing.Optional[builtins.str] = None,
    response_logging: typing.Optional[builtins.str] = None,
    responselog_pool: typing.Optional[builtins.str] = None,
    responselog_protocol: typing.Optional[builtins.str] = None,
    responselog_template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
