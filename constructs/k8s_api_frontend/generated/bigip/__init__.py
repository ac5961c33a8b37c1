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

from ._jsii import *

__all__ = [
    "as3",
    "bigiq_as3",
    "cm_device",
    "cm_devicegroup",
    "command",
    "common_license_manage_bigiq",
    "data_bigip_as3_device_information",
    "data_bigip_fast_aws_service_discovery",
    "data_bigip_fast_azure_service_discovery",
    "data_bigip_fast_consul_service_discovery",
    "data_bigip_fast_gce_service_discovery",
    "data_bigip_gtm_datacenter",
    "data_bigip_gtm_server",
    "data_bigip_ltm_datagroup",
    "data_bigip_ltm_irule",
    "data_bigip_ltm_monitor",
    "data_bigip_ltm_node",
    "data_bigip_ltm_policy",
    "data_bigip_ltm_pool",
    "data_bigip_ssl_certificate",
    "data_bigip_vwan_config",
    "data_bigip_waf_entity_parameter",
    "data_bigip_waf_entity_url",
    "data_bigip_waf_pb_suggestions",
    "data_bigip_waf_policy",
    "data_bigip_waf_signatures",
    "do",
    "event_service_discovery",
    "fast_application",
    "fast_http_app",
    "fast_https_app",
    "fast_tcp_app",
    "fast_template",
    "fast_udp_app",
    "gtm_datacenter",
    "gtm_monitor_bigip",
    "gtm_monitor_http",
    "gtm_monitor_https",
    "gtm_monitor_postgresql",
    "gtm_monitor_tcp",
    "gtm_pool",
    "gtm_server",
    "gtm_topology_record",
    "gtm_topology_region",
    "gtm_wideip",
    "ipsec_policy",
    "ipsec_profile",
    "ltm_cipher_group",
    "ltm_cipher_rule",
    "ltm_datagroup",
    "ltm_ifile",
    "ltm_irule",
    "ltm_monitor",
    "ltm_node",
    "ltm_persistence_profile_cookie",
    "ltm_persistence_profile_dstaddr",
    "ltm_persistence_profile_srcaddr",
    "ltm_persistence_profile_ssl",
    "ltm_policy",
    "ltm_pool",
    "ltm_pool_attachment",
    "ltm_profile_bot_defense",
    "ltm_profile_client_ssl",
    "ltm_profile_fasthttp",
    "ltm_profile_fastl4",
    "ltm_profile_ftp",
    "ltm_profile_http",
    "ltm_profile_http2",
    "ltm_profile_httpcompress",
    "ltm_profile_oneconnect",
    "ltm_profile_rewrite",
    "ltm_profile_rewrite_uri_rules",
    "ltm_profile_server_ssl",
    "ltm_profile_tcp",
    "ltm_profile_web_acceleration",
    "ltm_request_log_profile",
    "ltm_snat",
    "ltm_snatpool",
    "ltm_virtual_address",
    "ltm_virtual_server",
    "net_ike_peer",
    "net_route",
    "net_selfip",
    "net_tunnel",
    "net_vlan",
    "partition",
    "provider",
    "saas_bot_defense_profile",
    "ssl_certificate",
    "ssl_key",
    "ssl_key_cert",
    "sys_bigiplicense",
    "sys_dns",
    "sys_iapp",
    "sys_ifile",
    "sys_ntp",
    "sys_ocsp",
    "sys_provision",
    "sys_snmp",
    "sys_snmp_traps",
    "traffic_selector",
    "vcmp_guest",
    "waf_policy",
]

publication.publish()

# Loading modules to ensure their types are registered with the jsii runtime library
