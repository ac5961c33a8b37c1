r'''
# `bigip_ltm_monitor`

Refer to the Terraform Registry for docs: [`bigip_ltm_monitor`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor).
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


class LtmMonitor(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.ltmMonitor.LtmMonitor",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor bigip_ltm_monitor}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        parent: builtins.str,
        adaptive: typing.Optional[builtins.str] = None,
        adaptive_limit: typing.Optional[jsii.Number] = None,
        base: typing.Optional[builtins.str] = None,
        chase_referrals: typing.Optional[builtins.str] = None,
        compatibility: typing.Optional[builtins.str] = None,
        custom_parent: typing.Optional[builtins.str] = None,
        database: typing.Optional[builtins.str] = None,
        destination: typing.Optional[builtins.str] = None,
        domain: typing.Optional[builtins.str] = None,
        filename: typing.Optional[builtins.str] = None,
        filter: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        interval: typing.Optional[jsii.Number] = None,
        ip_dscp: typing.Optional[jsii.Number] = None,
        mandatory_attributes: typing.Optional[builtins.str] = None,
        manual_resume: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        password: typing.Optional[builtins.str] = None,
        receive: typing.Optional[builtins.str] = None,
        receive_disable: typing.Optional[builtins.str] = None,
        reverse: typing.Optional[builtins.str] = None,
        security: typing.Optional[builtins.str] = None,
        send: typing.Optional[builtins.str] = None,
        ssl_profile: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
        time_until_up: typing.Optional[jsii.Number] = None,
        transparent: typing.Optional[builtins.str] = None,
        up_interval: typing.Optional[jsii.Number] = None,
        username: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor bigip_ltm_monitor} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#name LtmMonitor#name}
        :param parent: Existing monitor to inherit from. Must be one of /Common/http, /Common/https, /Common/icmp, /Common/gateway_icmp or /Common/tcp_half_open or /Common/smtp or /Common/dns. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#parent LtmMonitor#parent}
        :param adaptive: Specifies whether adaptive response time monitoring is enabled for this monitor. The default is Disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#adaptive LtmMonitor#adaptive}
        :param adaptive_limit: Specifies the absolute number of milliseconds that may not be exceeded by a monitor probe, regardless of Allowed Divergence. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#adaptive_limit LtmMonitor#adaptive_limit}
        :param base: Specifies the location in the LDAP tree from which the monitor starts the health check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#base LtmMonitor#base}
        :param chase_referrals: Specifies whether the system will query the LDAP servers pointed to by any referrals in the query results. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#chase_referrals LtmMonitor#chase_referrals}
        :param compatibility: Specifies, when enabled, that the SSL options setting (in OpenSSL) is set to ALL. The default value is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#compatibility LtmMonitor#compatibility}
        :param custom_parent: Custom parent monitor to inherit from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#custom_parent LtmMonitor#custom_parent}
        :param database: the database in which your user is created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#database LtmMonitor#database}
        :param destination: Alias for the destination. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#destination LtmMonitor#destination}
        :param domain: Specifies the domain name to check, for example, Domain is allowed only in case of Parent as /Common/smtp. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#domain LtmMonitor#domain}
        :param filename: Specifies the full path and file name of the file that the system attempts to download. The health check is successful if the system can download the file. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#filename LtmMonitor#filename}
        :param filter: Specifies an LDAP key for which the monitor searches. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#filter LtmMonitor#filter}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#id LtmMonitor#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param interval: Specifies, in seconds, the frequency at which the system issues the monitor check when either the resource is down or the status of the resource is unknown. The default is 5 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#interval LtmMonitor#interval}
        :param ip_dscp: Displays the differentiated services code point (DSCP).The default is 0 (zero). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#ip_dscp LtmMonitor#ip_dscp}
        :param mandatory_attributes: Specifies whether the target must include attributes in its response to be considered up. The options are no (Specifies that the system performs only a one-level search (based on the Filter setting), and does not require that the target returns any attributes.) and yes (Specifies that the system performs a sub-tree search, and if the target returns no attributes, the target is considered down.) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#mandatory_attributes LtmMonitor#mandatory_attributes}
        :param manual_resume: Specifies whether the system automatically changes the status of a resource to Enabled at the next successful monitor check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#manual_resume LtmMonitor#manual_resume}
        :param mode: Specifies the data transfer process (DTP) mode. The default value is passive. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#mode LtmMonitor#mode}
        :param password: Specifies the password if the monitored target requires authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#password LtmMonitor#password}
        :param receive: Specifies the regular expression representing the text string that the monitor looks for in the returned resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#receive LtmMonitor#receive}
        :param receive_disable: The system marks the node or pool member disabled when its response matches Receive Disable String but not Receive String. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#receive_disable LtmMonitor#receive_disable}
        :param reverse: Instructs the system to mark the target resource down when the test is successful. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#reverse LtmMonitor#reverse}
        :param security: Specifies the secure communications protocol that the monitor uses to communicate with the target. The options are none (Specifies that the system does not use a security protocol for communications with the target.), ssl (Specifies that the system uses the SSL protocol for communications with the target.), and tls (Specifies that the system uses the TLS protocol for communications with the target.) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#security LtmMonitor#security}
        :param send: Specifies the text string that the monitor sends to the target object. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#send LtmMonitor#send}
        :param ssl_profile: the ssl profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#ssl_profile LtmMonitor#ssl_profile}
        :param timeout: Specifies the number of seconds the target has in which to respond to the monitor request. The default is 16 seconds Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#timeout LtmMonitor#timeout}
        :param time_until_up: Specifies the number of seconds to wait after a resource first responds correctly to the monitor before setting the resource to up. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#time_until_up LtmMonitor#time_until_up}
        :param transparent: Specifies whether the monitor operates in transparent mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#transparent LtmMonitor#transparent}
        :param up_interval: Specifies the interval for the system to use to perform the health check when a resource is up. The default is 0 (Disabled) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#up_interval LtmMonitor#up_interval}
        :param username: Specifies the user name if the monitored target requires authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#username LtmMonitor#username}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ecc1783821e90b942c67dba010836c09af3ed7818b560eba923660c7b3d00bb)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LtmMonitorConfig(
            name=name,
            parent=parent,
            adaptive=adaptive,
            adaptive_limit=adaptive_limit,
            base=base,
            chase_referrals=chase_referrals,
            compatibility=compatibility,
            custom_parent=custom_parent,
            database=database,
            destination=destination,
            domain=domain,
            filename=filename,
            filter=filter,
            id=id,
            interval=interval,
            ip_dscp=ip_dscp,
            mandatory_attributes=mandatory_attributes,
            manual_resume=manual_resume,
            mode=mode,
            password=password,
            receive=receive,
            receive_disable=receive_disable,
            reverse=reverse,
            security=security,
            send=send,
            ssl_profile=ssl_profile,
            timeout=timeout,
            time_until_up=time_until_up,
            transparent=transparent,
            up_interval=up_interval,
            username=username,
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
        '''Generates CDKTF code for importing a LtmMonitor resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the LtmMonitor to import.
        :param import_from_id: The id of the existing LtmMonitor that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the LtmMonitor to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7a202d372eeef6f886507c20595695e1c9ffa5da877cd6d1ee0bd3ec0d52f8d4)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAdaptive")
    def reset_adaptive(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAdaptive", []))

    @jsii.member(jsii_name="resetAdaptiveLimit")
    def reset_adaptive_limit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAdaptiveLimit", []))

    @jsii.member(jsii_name="resetBase")
    def reset_base(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBase", []))

    @jsii.member(jsii_name="resetChaseReferrals")
    def reset_chase_referrals(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChaseReferrals", []))

    @jsii.member(jsii_name="resetCompatibility")
    def reset_compatibility(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCompatibility", []))

    @jsii.member(jsii_name="resetCustomParent")
    def reset_custom_parent(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCustomParent", []))

    @jsii.member(jsii_name="resetDatabase")
    def reset_database(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDatabase", []))

    @jsii.member(jsii_name="resetDestination")
    def reset_destination(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDestination", []))

    @jsii.member(jsii_name="resetDomain")
    def reset_domain(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDomain", []))

    @jsii.member(jsii_name="resetFilename")
    def reset_filename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFilename", []))

    @jsii.member(jsii_name="resetFilter")
    def reset_filter(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFilter", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetInterval")
    def reset_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInterval", []))

    @jsii.member(jsii_name="resetIpDscp")
    def reset_ip_dscp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpDscp", []))

    @jsii.member(jsii_name="resetMandatoryAttributes")
    def reset_mandatory_attributes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMandatoryAttributes", []))

    @jsii.member(jsii_name="resetManualResume")
    def reset_manual_resume(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetManualResume", []))

    @jsii.member(jsii_name="resetMode")
    def reset_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMode", []))

    @jsii.member(jsii_name="resetPassword")
    def reset_password(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassword", []))

    @jsii.member(jsii_name="resetReceive")
    def reset_receive(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReceive", []))

    @jsii.member(jsii_name="resetReceiveDisable")
    def reset_receive_disable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReceiveDisable", []))

    @jsii.member(jsii_name="resetReverse")
    def reset_reverse(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReverse", []))

    @jsii.member(jsii_name="resetSecurity")
    def reset_security(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurity", []))

    @jsii.member(jsii_name="resetSend")
    def reset_send(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSend", []))

    @jsii.member(jsii_name="resetSslProfile")
    def reset_ssl_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSslProfile", []))

    @jsii.member(jsii_name="resetTimeout")
    def reset_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeout", []))

    @jsii.member(jsii_name="resetTimeUntilUp")
    def reset_time_until_up(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeUntilUp", []))

    @jsii.member(jsii_name="resetTransparent")
    def reset_transparent(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTransparent", []))

    @jsii.member(jsii_name="resetUpInterval")
    def reset_up_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUpInterval", []))

    @jsii.member(jsii_name="resetUsername")
    def reset_username(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUsername", []))

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
    @jsii.member(jsii_name="adaptiveInput")
    def adaptive_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "adaptiveInput"))

    @builtins.property
    @jsii.member(jsii_name="adaptiveLimitInput")
    def adaptive_limit_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "adaptiveLimitInput"))

    @builtins.property
    @jsii.member(jsii_name="baseInput")
    def base_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "baseInput"))

    @builtins.property
    @jsii.member(jsii_name="chaseReferralsInput")
    def chase_referrals_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "chaseReferralsInput"))

    @builtins.property
    @jsii.member(jsii_name="compatibilityInput")
    def compatibility_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "compatibilityInput"))

    @builtins.property
    @jsii.member(jsii_name="customParentInput")
    def custom_parent_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "customParentInput"))

    @builtins.property
    @jsii.member(jsii_name="databaseInput")
    def database_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "databaseInput"))

    @builtins.property
    @jsii.member(jsii_name="destinationInput")
    def destination_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "destinationInput"))

    @builtins.property
    @jsii.member(jsii_name="domainInput")
    def domain_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "domainInput"))

    @builtins.property
    @jsii.member(jsii_name="filenameInput")
    def filename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "filenameInput"))

    @builtins.property
    @jsii.member(jsii_name="filterInput")
    def filter_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "filterInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="intervalInput")
    def interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "intervalInput"))

    @builtins.property
    @jsii.member(jsii_name="ipDscpInput")
    def ip_dscp_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ipDscpInput"))

    @builtins.property
    @jsii.member(jsii_name="mandatoryAttributesInput")
    def mandatory_attributes_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mandatoryAttributesInput"))

    @builtins.property
    @jsii.member(jsii_name="manualResumeInput")
    def manual_resume_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "manualResumeInput"))

    @builtins.property
    @jsii.member(jsii_name="modeInput")
    def mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "modeInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="parentInput")
    def parent_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "parentInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordInput")
    def password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordInput"))

    @builtins.property
    @jsii.member(jsii_name="receiveDisableInput")
    def receive_disable_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "receiveDisableInput"))

    @builtins.property
    @jsii.member(jsii_name="receiveInput")
    def receive_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "receiveInput"))

    @builtins.property
    @jsii.member(jsii_name="reverseInput")
    def reverse_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "reverseInput"))

    @builtins.property
    @jsii.member(jsii_name="securityInput")
    def security_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityInput"))

    @builtins.property
    @jsii.member(jsii_name="sendInput")
    def send_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sendInput"))

    @builtins.property
    @jsii.member(jsii_name="sslProfileInput")
    def ssl_profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sslProfileInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutInput")
    def timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="timeUntilUpInput")
    def time_until_up_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeUntilUpInput"))

    @builtins.property
    @jsii.member(jsii_name="transparentInput")
    def transparent_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "transparentInput"))

    @builtins.property
    @jsii.member(jsii_name="upIntervalInput")
    def up_interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "upIntervalInput"))

    @builtins.property
    @jsii.member(jsii_name="usernameInput")
    def username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "usernameInput"))

    @builtins.property
    @jsii.member(jsii_name="adaptive")
    def adaptive(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "adaptive"))

    @adaptive.setter
    def adaptive(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b3ab5610629a001003fafc9dc58603cd0033f42681dc5b57e8c3a3549d629790)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "adaptive", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="adaptiveLimit")
    def adaptive_limit(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "adaptiveLimit"))

    @adaptive_limit.setter
    def adaptive_limit(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__de05a7b2f2dfbda8c5e4690d60c03a74c8f249d91ca714aaf2a4d8ad1f4bd2c3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "adaptiveLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="base")
    def base(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "base"))

    @base.setter
    def base(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__afecd4f8d0202f6d037f49cdbfd04a124b492bd399df09f990a52551c521274d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "base", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="chaseReferrals")
    def chase_referrals(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "chaseReferrals"))

    @chase_referrals.setter
    def chase_referrals(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__28c629e0c9bb47fef3e95ecdae5273fe2095ebd86165f57fe96d7eb0e240c0e6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "chaseReferrals", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="compatibility")
    def compatibility(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "compatibility"))

    @compatibility.setter
    def compatibility(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__12ea6e7e8336b475a20dff3b4e1042f7b980a7319993185627292c8b8d76749b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "compatibility", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="customParent")
    def custom_parent(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "customParent"))

    @custom_parent.setter
    def custom_parent(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a2881e20984a0ee6e22d27c452728aad10a928d007c184d92febb9ee0e1ded28)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "customParent", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="database")
    def database(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "database"))

    @database.setter
    def database(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__abd467668240db94626a70d41c94f763b6aaec54a9c5c2edf0ee2c6373d35591)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "database", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="destination")
    def destination(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "destination"))

    @destination.setter
    def destination(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8931fe442267d84ba99d86ef515a9ee39e165ba02230d0646acd6c50a2ce0eb3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destination", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="domain")
    def domain(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "domain"))

    @domain.setter
    def domain(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__415bc37ac09eb099ebeae4fb6994680cfc0f04344b35c7040ab3921faa6b1402)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "domain", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="filename")
    def filename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "filename"))

    @filename.setter
    def filename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__03ae8e4d17e8bdfa2be6f0788a112abf81a08968fa375809f61a7123686884f8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "filename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="filter")
    def filter(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "filter"))

    @filter.setter
    def filter(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fcd488320b6242e1ebbdeb995e90bf81f223359c614f8d21fa8c630ba209633f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "filter", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__487fd2ab4eb01cdf5073070a9105c3c80ee9562e716ce558c44957d328308110)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="interval")
    def interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "interval"))

    @interval.setter
    def interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67a3d4cb7cfc67d3e2513a4628a6c7aa335fc2520070ae468bbf680046e23a65)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "interval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipDscp")
    def ip_dscp(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ipDscp"))

    @ip_dscp.setter
    def ip_dscp(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6cc90f3a05507b375fc270ffd37c3ce39cb849741cad2ff4dc4176349d217709)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipDscp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mandatoryAttributes")
    def mandatory_attributes(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mandatoryAttributes"))

    @mandatory_attributes.setter
    def mandatory_attributes(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd524ae23b2a508891843052a68dcede2687fd86e202545565413123863ccc35)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mandatoryAttributes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="manualResume")
    def manual_resume(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "manualResume"))

    @manual_resume.setter
    def manual_resume(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc9bc33a24b888fe0822a4a61898498ba68241abb13211e6aef46e96a936a142)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "manualResume", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mode")
    def mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mode"))

    @mode.setter
    def mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7a60c20ae4e4f63dfc21ac1c2b91d3fe6d2e7459d8be3395f7407fa2cb634a9f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fbc6dd3cf31e07778f399e80ba40fd5c5b9df9f0814454dd38cf6291cfb18547)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="parent")
    def parent(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "parent"))

    @parent.setter
    def parent(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c698362c96b9097c48397be938f7a030dbfc8408e2380fb6acef8327b4f88bd9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "parent", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="password")
    def password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "password"))

    @password.setter
    def password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__813700d7090ee02d65b8f886aa5742abb4068f9dcce057cf707b835f9de99849)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="receive")
    def receive(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "receive"))

    @receive.setter
    def receive(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67310f0837e1780d9d9842cfa65a08ae99df7a6a781977d76262d7d918892be3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "receive", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="receiveDisable")
    def receive_disable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "receiveDisable"))

    @receive_disable.setter
    def receive_disable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d4713562e6fb49a929f6cfb22c9caac577dcbf6c229d097cfcc6ad667a23a135)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "receiveDisable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="reverse")
    def reverse(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "reverse"))

    @reverse.setter
    def reverse(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__995683b03cc7d5de95164f72f6557b4e058ec38f90b8ad196fbb6c45d0eec49e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "reverse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="security")
    def security(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "security"))

    @security.setter
    def security(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2db0b7574a1532d7a898f31d0a7680bee837fcdcbf04f400c44ab6de1066ce95)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "security", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="send")
    def send(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "send"))

    @send.setter
    def send(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a8dac0452ed7d987e2a897229e58d5d3082410742eef940afb2a3a405a1e2f97)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "send", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslProfile")
    def ssl_profile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslProfile"))

    @ssl_profile.setter
    def ssl_profile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f579023dab12d994aa11f8e190ecba4d3ef1816b5d5efaa560b7230a05946f43)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslProfile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeout")
    def timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeout"))

    @timeout.setter
    def timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__343f9c5745ff52d0e7324bf73967c683f3a58e86ca6c2219ab00f0966f22277f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeUntilUp")
    def time_until_up(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeUntilUp"))

    @time_until_up.setter
    def time_until_up(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c2e0e7890895b51b5334f1e49856973d2dd9f377d38d64db75bdff25991b4e40)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeUntilUp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="transparent")
    def transparent(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "transparent"))

    @transparent.setter
    def transparent(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1cae16c0911bfa791a601fd7c92a2f863a6137b5f7abe5732ff8781a05b45fa7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "transparent", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="upInterval")
    def up_interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "upInterval"))

    @up_interval.setter
    def up_interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b84b31b13d93c1351a28f76751fe39a129e0dfc0da31936db4531d7bc2ef3714)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "upInterval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__777cd910a8a2b2b49fc7026d14a3325d283794689719bfbe5a9fe26cacac2f8b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.ltmMonitor.LtmMonitorConfig",
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
        "parent": "parent",
        "adaptive": "adaptive",
        "adaptive_limit": "adaptiveLimit",
        "base": "base",
        "chase_referrals": "chaseReferrals",
        "compatibility": "compatibility",
        "custom_parent": "customParent",
        "database": "database",
        "destination": "destination",
        "domain": "domain",
        "filename": "filename",
        "filter": "filter",
        "id": "id",
        "interval": "interval",
        "ip_dscp": "ipDscp",
        "mandatory_attributes": "mandatoryAttributes",
        "manual_resume": "manualResume",
        "mode": "mode",
        "password": "password",
        "receive": "receive",
        "receive_disable": "receiveDisable",
        "reverse": "reverse",
        "security": "security",
        "send": "send",
        "ssl_profile": "sslProfile",
        "timeout": "timeout",
        "time_until_up": "timeUntilUp",
        "transparent": "transparent",
        "up_interval": "upInterval",
        "username": "username",
    },
)
class LtmMonitorConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        parent: builtins.str,
        adaptive: typing.Optional[builtins.str] = None,
        adaptive_limit: typing.Optional[jsii.Number] = None,
        base: typing.Optional[builtins.str] = None,
        chase_referrals: typing.Optional[builtins.str] = None,
        compatibility: typing.Optional[builtins.str] = None,
        custom_parent: typing.Optional[builtins.str] = None,
        database: typing.Optional[builtins.str] = None,
        destination: typing.Optional[builtins.str] = None,
        domain: typing.Optional[builtins.str] = None,
        filename: typing.Optional[builtins.str] = None,
        filter: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        interval: typing.Optional[jsii.Number] = None,
        ip_dscp: typing.Optional[jsii.Number] = None,
        mandatory_attributes: typing.Optional[builtins.str] = None,
        manual_resume: typing.Optional[builtins.str] = None,
        mode: typing.Optional[builtins.str] = None,
        password: typing.Optional[builtins.str] = None,
        receive: typing.Optional[builtins.str] = None,
        receive_disable: typing.Optional[builtins.str] = None,
        reverse: typing.Optional[builtins.str] = None,
        security: typing.Optional[builtins.str] = None,
        send: typing.Optional[builtins.str] = None,
        ssl_profile: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
        time_until_up: typing.Optional[jsii.Number] = None,
        transparent: typing.Optional[builtins.str] = None,
        up_interval: typing.Optional[jsii.Number] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#name LtmMonitor#name}
        :param parent: Existing monitor to inherit from. Must be one of /Common/http, /Common/https, /Common/icmp, /Common/gateway_icmp or /Common/tcp_half_open or /Common/smtp or /Common/dns. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#parent LtmMonitor#parent}
        :param adaptive: Specifies whether adaptive response time monitoring is enabled for this monitor. The default is Disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#adaptive LtmMonitor#adaptive}
        :param adaptive_limit: Specifies the absolute number of milliseconds that may not be exceeded by a monitor probe, regardless of Allowed Divergence. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#adaptive_limit LtmMonitor#adaptive_limit}
        :param base: Specifies the location in the LDAP tree from which the monitor starts the health check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#base LtmMonitor#base}
        :param chase_referrals: Specifies whether the system will query the LDAP servers pointed to by any referrals in the query results. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#chase_referrals LtmMonitor#chase_referrals}
        :param compatibility: Specifies, when enabled, that the SSL options setting (in OpenSSL) is set to ALL. The default value is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#compatibility LtmMonitor#compatibility}
        :param custom_parent: Custom parent monitor to inherit from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#custom_parent LtmMonitor#custom_parent}
        :param database: the database in which your user is created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#database LtmMonitor#database}
        :param destination: Alias for the destination. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#destination LtmMonitor#destination}
        :param domain: Specifies the domain name to check, for example, Domain is allowed only in case of Parent as /Common/smtp. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#domain LtmMonitor#domain}
        :param filename: Specifies the full path and file name of the file that the system attempts to download. The health check is successful if the system can download the file. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#filename LtmMonitor#filename}
        :param filter: Specifies an LDAP key for which the monitor searches. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#filter LtmMonitor#filter}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#id LtmMonitor#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param interval: Specifies, in seconds, the frequency at which the system issues the monitor check when either the resource is down or the status of the resource is unknown. The default is 5 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#interval LtmMonitor#interval}
        :param ip_dscp: Displays the differentiated services code point (DSCP).The default is 0 (zero). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#ip_dscp LtmMonitor#ip_dscp}
        :param mandatory_attributes: Specifies whether the target must include attributes in its response to be considered up. The options are no (Specifies that the system performs only a one-level search (based on the Filter setting), and does not require that the target returns any attributes.) and yes (Specifies that the system performs a sub-tree search, and if the target returns no attributes, the target is considered down.) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#mandatory_attributes LtmMonitor#mandatory_attributes}
        :param manual_resume: Specifies whether the system automatically changes the status of a resource to Enabled at the next successful monitor check. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#manual_resume LtmMonitor#manual_resume}
        :param mode: Specifies the data transfer process (DTP) mode. The default value is passive. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#mode LtmMonitor#mode}
        :param password: Specifies the password if the monitored target requires authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#password LtmMonitor#password}
        :param receive: Specifies the regular expression representing the text string that the monitor looks for in the returned resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#receive LtmMonitor#receive}
        :param receive_disable: The system marks the node or pool member disabled when its response matches Receive Disable String but not Receive String. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#receive_disable LtmMonitor#receive_disable}
        :param reverse: Instructs the system to mark the target resource down when the test is successful. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#reverse LtmMonitor#reverse}
        :param security: Specifies the secure communications protocol that the monitor uses to communicate with the target. The options are none (Specifies that the system does not use a security protocol for communications with the target.), ssl (Specifies that the system uses the SSL protocol for communications with the target.), and tls (Specifies that the system uses the TLS protocol for communications with the target.) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#security LtmMonitor#security}
        :param send: Specifies the text string that the monitor sends to the target object. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#send LtmMonitor#send}
        :param ssl_profile: the ssl profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#ssl_profile LtmMonitor#ssl_profile}
        :param timeout: Specifies the number of seconds the target has in which to respond to the monitor request. The default is 16 seconds Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#timeout LtmMonitor#timeout}
        :param time_until_up: Specifies the number of seconds to wait after a resource first responds correctly to the monitor before setting the resource to up. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#time_until_up LtmMonitor#time_until_up}
        :param transparent: Specifies whether the monitor operates in transparent mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#transparent LtmMonitor#transparent}
        :param up_interval: Specifies the interval for the system to use to perform the health check when a resource is up. The default is 0 (Disabled) Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#up_interval LtmMonitor#up_interval}
        :param username: Specifies the user name if the monitored target requires authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#username LtmMonitor#username}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d3b732e54818633d353c5f90958fbfb51fc765a68c06fb3216d8a8edcd62b4b)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument parent", value=parent, expected_type=type_hints["parent"])
            check_type(argname="argument adaptive", value=adaptive, expected_type=type_hints["adaptive"])
            check_type(argname="argument adaptive_limit", value=adaptive_limit, expected_type=type_hints["adaptive_limit"])
            check_type(argname="argument base", value=base, expected_type=type_hints["base"])
            check_type(argname="argument chase_referrals", value=chase_referrals, expected_type=type_hints["chase_referrals"])
            check_type(argname="argument compatibility", value=compatibility, expected_type=type_hints["compatibility"])
            check_type(argname="argument custom_parent", value=custom_parent, expected_type=type_hints["custom_parent"])
            check_type(argname="argument database", value=database, expected_type=type_hints["database"])
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument filename", value=filename, expected_type=type_hints["filename"])
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument ip_dscp", value=ip_dscp, expected_type=type_hints["ip_dscp"])
            check_type(argname="argument mandatory_attributes", value=mandatory_attributes, expected_type=type_hints["mandatory_attributes"])
            check_type(argname="argument manual_resume", value=manual_resume, expected_type=type_hints["manual_resume"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument receive", value=receive, expected_type=type_hints["receive"])
            check_type(argname="argument receive_disable", value=receive_disable, expected_type=type_hints["receive_disable"])
            check_type(argname="argument reverse", value=reverse, expected_type=type_hints["reverse"])
            check_type(argname="argument security", value=security, expected_type=type_hints["security"])
            check_type(argname="argument send", value=send, expected_type=type_hints["send"])
            check_type(argname="argument ssl_profile", value=ssl_profile, expected_type=type_hints["ssl_profile"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument time_until_up", value=time_until_up, expected_type=type_hints["time_until_up"])
            check_type(argname="argument transparent", value=transparent, expected_type=type_hints["transparent"])
            check_type(argname="argument up_interval", value=up_interval, expected_type=type_hints["up_interval"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "parent": parent,
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
        if adaptive is not None:
            self._values["adaptive"] = adaptive
        if adaptive_limit is not None:
            self._values["adaptive_limit"] = adaptive_limit
        if base is not None:
            self._values["base"] = base
        if chase_referrals is not None:
            self._values["chase_referrals"] = chase_referrals
        if compatibility is not None:
            self._values["compatibility"] = compatibility
        if custom_parent is not None:
            self._values["custom_parent"] = custom_parent
        if database is not None:
            self._values["database"] = database
        if destination is not None:
            self._values["destination"] = destination
        if domain is not None:
            self._values["domain"] = domain
        if filename is not None:
            self._values["filename"] = filename
        if filter is not None:
            self._values["filter"] = filter
        if id is not None:
            self._values["id"] = id
        if interval is not None:
            self._values["interval"] = interval
        if ip_dscp is not None:
            self._values["ip_dscp"] = ip_dscp
        if mandatory_attributes is not None:
            self._values["mandatory_attributes"] = mandatory_attributes
        if manual_resume is not None:
            self._values["manual_resume"] = manual_resume
        if mode is not None:
            self._values["mode"] = mode
        if password is not None:
            self._values["password"] = password
        if receive is not None:
            self._values["receive"] = receive
        if receive_disable is not None:
            self._values["receive_disable"] = receive_disable
        if reverse is not None:
            self._values["reverse"] = reverse
        if security is not None:
            self._values["security"] = security
        if send is not None:
            self._values["send"] = send
        if ssl_profile is not None:
            self._values["ssl_profile"] = ssl_profile
        if timeout is not None:
            self._values["timeout"] = timeout
        if time_until_up is not None:
            self._values["time_until_up"] = time_until_up
        if transparent is not None:
            self._values["transparent"] = transparent
        if up_interval is not None:
            self._values["up_interval"] = up_interval
        if username is not None:
            self._values["username"] = username

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
        '''Name of the monitor.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#name LtmMonitor#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def parent(self) -> builtins.str:
        '''Existing monitor to inherit from. Must be one of /Common/http, /Common/https, /Common/icmp, /Common/gateway_icmp or /Common/tcp_half_open or /Common/smtp or /Common/dns.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#parent LtmMonitor#parent}
        '''
        result = self._values.get("parent")
        assert result is not None, "Required property 'parent' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def adaptive(self) -> typing.Optional[builtins.str]:
        '''Specifies whether adaptive response time monitoring is enabled for this monitor. The default is Disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#adaptive LtmMonitor#adaptive}
        '''
        result = self._values.get("adaptive")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def adaptive_limit(self) -> typing.Optional[jsii.Number]:
        '''Specifies the absolute number of milliseconds that may not be exceeded by a monitor probe, regardless of Allowed Divergence.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#adaptive_limit LtmMonitor#adaptive_limit}
        '''
        result = self._values.get("adaptive_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def base(self) -> typing.Optional[builtins.str]:
        '''Specifies the location in the LDAP tree from which the monitor starts the health check.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#base LtmMonitor#base}
        '''
        result = self._values.get("base")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def chase_referrals(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the system will query the LDAP servers pointed to by any referrals in the query results.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#chase_referrals LtmMonitor#chase_referrals}
        '''
        result = self._values.get("chase_referrals")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def compatibility(self) -> typing.Optional[builtins.str]:
        '''Specifies, when enabled, that the SSL options setting (in OpenSSL) is set to ALL. The default value is enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#compatibility LtmMonitor#compatibility}
        '''
        result = self._values.get("compatibility")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def custom_parent(self) -> typing.Optional[builtins.str]:
        '''Custom parent monitor to inherit from.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#custom_parent LtmMonitor#custom_parent}
        '''
        result = self._values.get("custom_parent")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def database(self) -> typing.Optional[builtins.str]:
        '''the database in which your user is created.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#database LtmMonitor#database}
        '''
        result = self._values.get("database")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destination(self) -> typing.Optional[builtins.str]:
        '''Alias for the destination.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#destination LtmMonitor#destination}
        '''
        result = self._values.get("destination")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''Specifies the domain name to check, for example, Domain is allowed only in case of Parent as /Common/smtp.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#domain LtmMonitor#domain}
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def filename(self) -> typing.Optional[builtins.str]:
        '''Specifies the full path and file name of the file that the system attempts to download.

        The health check is successful if the system can download the file.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#filename LtmMonitor#filename}
        '''
        result = self._values.get("filename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def filter(self) -> typing.Optional[builtins.str]:
        '''Specifies an LDAP key for which the monitor searches.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#filter LtmMonitor#filter}
        '''
        result = self._values.get("filter")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#id LtmMonitor#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(self) -> typing.Optional[jsii.Number]:
        '''Specifies, in seconds, the frequency at which the system issues the monitor check when either the resource is down or the status of the resource is unknown.

        The default is 5

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#interval LtmMonitor#interval}
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ip_dscp(self) -> typing.Optional[jsii.Number]:
        '''Displays the differentiated services code point (DSCP).The default is 0 (zero).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#ip_dscp LtmMonitor#ip_dscp}
        '''
        result = self._values.get("ip_dscp")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mandatory_attributes(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the target must include attributes in its response to be considered up.

        The options are no (Specifies that the system performs only a one-level search (based on the Filter setting), and does not require that the target returns any attributes.) and yes (Specifies that the system performs a sub-tree search, and if the target returns no attributes, the target is considered down.)

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#mandatory_attributes LtmMonitor#mandatory_attributes}
        '''
        result = self._values.get("mandatory_attributes")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def manual_resume(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the system automatically changes the status of a resource to Enabled at the next successful monitor check.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#manual_resume LtmMonitor#manual_resume}
        '''
        result = self._values.get("manual_resume")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Specifies the data transfer process (DTP) mode. The default value is passive.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#mode LtmMonitor#mode}
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''Specifies the password if the monitored target requires authentication.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#password LtmMonitor#password}
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def receive(self) -> typing.Optional[builtins.str]:
        '''Specifies the regular expression representing the text string that the monitor looks for in the returned resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#receive LtmMonitor#receive}
        '''
        result = self._values.get("receive")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def receive_disable(self) -> typing.Optional[builtins.str]:
        '''The system marks the node or pool member disabled when its response matches Receive Disable String but not Receive String.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#receive_disable LtmMonitor#receive_disable}
        '''
        result = self._values.get("receive_disable")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reverse(self) -> typing.Optional[builtins.str]:
        '''Instructs the system to mark the target resource down when the test is successful.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#reverse LtmMonitor#reverse}
        '''
        result = self._values.get("reverse")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security(self) -> typing.Optional[builtins.str]:
        '''Specifies the secure communications protocol that the monitor uses to communicate with the target.

        The options are none (Specifies that the system does not use a security protocol for communications with the target.), ssl (Specifies that the system uses the SSL protocol for communications with the target.), and tls (Specifies that the system uses the TLS protocol for communications with the target.)

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#security LtmMonitor#security}
        '''
        result = self._values.get("security")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def send(self) -> typing.Optional[builtins.str]:
        '''Specifies the text string that the monitor sends to the target object.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#send LtmMonitor#send}
        '''
        result = self._values.get("send")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_profile(self) -> typing.Optional[builtins.str]:
        '''the ssl profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#ssl_profile LtmMonitor#ssl_profile}
        '''
        result = self._values.get("ssl_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout(self) -> typing.Optional[jsii.Number]:
        '''Specifies the number of seconds the target has in which to respond to the monitor request.

        The default is 16 seconds

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#timeout LtmMonitor#timeout}
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def time_until_up(self) -> typing.Optional[jsii.Number]:
        '''Specifies the number of seconds to wait after a resource first responds correctly to the monitor before setting the resource to up.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#time_until_up LtmMonitor#time_until_up}
        '''
        result = self._values.get("time_until_up")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def transparent(self) -> typing.Optional[builtins.str]:
        '''Specifies whether the monitor operates in transparent mode.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#transparent LtmMonitor#transparent}
        '''
        result = self._values.get("transparent")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def up_interval(self) -> typing.Optional[jsii.Number]:
        '''Specifies the interval for the system to use to perform the health check when a resource is up.

        The default is 0 (Disabled)

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#up_interval LtmMonitor#up_interval}
        '''
        result = self._values.get("up_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Specifies the user name if the monitored target requires authentication.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ltm_monitor#username LtmMonitor#username}
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LtmMonitorConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "LtmMonitor",
    "LtmMonitorConfig",
]

publication.publish()

def _typecheckingstub__8ecc1783821e90b942c67dba010836c09af3ed7818b560eba923660c7b3d00bb(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    parent: builtins.str,
    adaptive: typing.Optional[builtins.str] = None,
    adaptive_limit: typing.Optional[jsii.Number] = None,
    base: typing.Optional[builtins.str] = None,
    chase_referrals: typing.Optional[builtins.str] = None,
    compatibility: typing.Optional[builtins.str] = None,
    custom_parent: typing.Optional[builtins.str] = None,
    database: typing.Optional[builtins.str] = None,
    destination: typing.Optional[builtins.str] = None,
    domain: typing.Optional[builtins.str] = None,
    filename: typing.Optional[builtins.str] = None,
    filter: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    interval: typing.Optional[jsii.Number] = None,
    ip_dscp: typing.Optional[jsii.Number] = None,
    mandatory_attributes: typing.Optional[builtins.str] = None,
    manual_resume: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    password: typing.Optional[builtins.str] = None,
    receive: typing.Optional[builtins.str] = None,
    receive_disable: typing.Optional[builtins.str] = None,
    reverse: typing.Optional[builtins.str] = None,
    security: typing.Optional[builtins.str] = None,
    send: typing.Optional[builtins.str] = None,
    ssl_profile: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[jsii.Number] = None,
    time_until_up: typing.Optional[jsii.Number] = None,
    transparent: typing.Optional[builtins.str] = None,
    up_interval: typing.Optional[jsii.Number] = None,
    username: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__7a202d372eeef6f886507c20595695e1c9ffa5da877cd6d1ee0bd3ec0d52f8d4(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3ab5610629a001003fafc9dc58603cd0033f42681dc5b57e8c3a3549d629790(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de05a7b2f2dfbda8c5e4690d60c03a74c8f249d91ca714aaf2a4d8ad1f4bd2c3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__afecd4f8d0202f6d037f49cdbfd04a124b492bd399df09f990a52551c521274d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28c629e0c9bb47fef3e95ecdae5273fe2095ebd86165f57fe96d7eb0e240c0e6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12ea6e7e8336b475a20dff3b4e1042f7b980a7319993185627292c8b8d76749b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2881e20984a0ee6e22d27c452728aad10a928d007c184d92febb9ee0e1ded28(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abd467668240db94626a70d41c94f763b6aaec54a9c5c2edf0ee2c6373d35591(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8931fe442267d84ba99d86ef515a9ee39e165ba02230d0646acd6c50a2ce0eb3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__415bc37ac09eb099ebeae4fb6994680cfc0f04344b35c7040ab3921faa6b1402(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03ae8e4d17e8bdfa2be6f0788a112abf81a08968fa375809f61a7123686884f8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fcd488320b6242e1ebbdeb995e90bf81f223359c614f8d21fa8c630ba209633f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__487fd2ab4eb01cdf5073070a9105c3c80ee9562e716ce558c44957d328308110(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67a3d4cb7cfc67d3e2513a4628a6c7aa335fc2520070ae468bbf680046e23a65(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cc90f3a05507b375fc270ffd37c3ce39cb849741cad2ff4dc4176349d217709(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd524ae23b2a508891843052a68dcede2687fd86e202545565413123863ccc35(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc9bc33a24b888fe0822a4a61898498ba68241abb13211e6aef46e96a936a142(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a60c20ae4e4f63dfc21ac1c2b91d3fe6d2e7459d8be3395f7407fa2cb634a9f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbc6dd3cf31e07778f399e80ba40fd5c5b9df9f0814454dd38cf6291cfb18547(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c698362c96b9097c48397be938f7a030dbfc8408e2380fb6acef8327b4f88bd9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__813700d7090ee02d65b8f886aa5742abb4068f9dcce057cf707b835f9de99849(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67310f0837e1780d9d9842cfa65a08ae99df7a6a781977d76262d7d918892be3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4713562e6fb49a929f6cfb22c9caac577dcbf6c229d097cfcc6ad667a23a135(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__995683b03cc7d5de95164f72f6557b4e058ec38f90b8ad196fbb6c45d0eec49e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2db0b7574a1532d7a898f31d0a7680bee837fcdcbf04f400c44ab6de1066ce95(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8dac0452ed7d987e2a897229e58d5d3082410742eef940afb2a3a405a1e2f97(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f579023dab12d994aa11f8e190ecba4d3ef1816b5d5efaa560b7230a05946f43(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__343f9c5745ff52d0e7324bf73967c683f3a58e86ca6c2219ab00f0966f22277f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2e0e7890895b51b5334f1e49856973d2dd9f377d38d64db75bdff25991b4e40(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cae16c0911bfa791a601fd7c92a2f863a6137b5f7abe5732ff8781a05b45fa7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b84b31b13d93c1351a28f76751fe39a129e0dfc0da31936db4531d7bc2ef3714(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__777cd910a8a2b2b49fc7026d14a3325d283794689719bfbe5a9fe26cacac2f8b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d3b732e54818633d353c5f90958fbfb51fc765a68c06fb3216d8a8edcd62b4b(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    parent: builtins.str,
    adaptive: typing.Optional[builtins.str] = None,
    adaptive_limit: typing.Optional[jsii.Number] = None,
    base: typing.Optional[builtins.str] = None,
    chase_referrals: typing.Optional[builtins.str] = None,
    compatibility: typing.Optional[builtins.str] = None,
    custom_parent: typing.Optional[builtins.str] = None,
    database: typing.Optional[builtins.str] = None,
    destination: typing.Optional[builtins.str] = None,
    domain: typing.Optional[builtins.str] = None,
    filename: typing.Optional[builtins.str] = None,
    filter: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    interval: typing.Optional[jsii.Number] = None,
    ip_dscp: typing.Optional[jsii.Number] = None,
    mandatory_attributes: typing.Optional[builtins.str] = None,
    manual_resume: typing.Optional[builtins.str] = None,
    mode: typing.Optional[builtins.str] = None,
    password: typing.Optional[builtins.str] = None,
    receive: typing.Optional[builtins.str] = None,
    receive_disable: typing.Optional[builtins.str] = None,
    reverse: typing.Optional[builtins.str] = None,
    security: typing.Optional[builtins.str] = None,
    send: typing.Optional[builtins.str] = None,
    ssl_profile: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[jsii.Number] = None,
    time_until_up: typing.Optional[jsii.Number] = None,
    transparent: typing.Optional[builtins.str] = None,
    up_interval: typing.Optional[jsii.Number] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
