r'''
# `bigip_ssl_key_cert`

Refer to the Terraform Registry for docs: [`bigip_ssl_key_cert`](https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert).
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


class SslKeyCert(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="bigip.sslKeyCert.SslKeyCert",
):
    '''Represents a {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert bigip_ssl_key_cert}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        cert_content: builtins.str,
        cert_name: builtins.str,
        key_content: builtins.str,
        key_name: builtins.str,
        cert_full_path: typing.Optional[builtins.str] = None,
        cert_monitoring_type: typing.Optional[builtins.str] = None,
        cert_ocsp: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        issuer_cert: typing.Optional[builtins.str] = None,
        key_full_path: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        passphrase: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert bigip_ssl_key_cert} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param cert_content: The content of the cert. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_content SslKeyCert#cert_content}
        :param cert_name: The name of the cert. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_name SslKeyCert#cert_name}
        :param key_content: The content of the key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#key_content SslKeyCert#key_content}
        :param key_name: The name of the key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#key_name SslKeyCert#key_name}
        :param cert_full_path: Full Path Name of ssl certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_full_path SslKeyCert#cert_full_path}
        :param cert_monitoring_type: Specifies the type of monitoring used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_monitoring_type SslKeyCert#cert_monitoring_type}
        :param cert_ocsp: Specifies the OCSP responder. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_ocsp SslKeyCert#cert_ocsp}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#id SslKeyCert#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param issuer_cert: Specifies the issuer certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#issuer_cert SslKeyCert#issuer_cert}
        :param key_full_path: Full Path Name of ssl key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#key_full_path SslKeyCert#key_full_path}
        :param partition: Partition on the ssl certificate and key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#partition SslKeyCert#partition}
        :param passphrase: Passphrase on the key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#passphrase SslKeyCert#passphrase}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7a54e0748d5e9bfaa9ae8804daebca923c0e0e458b3256224e3e6ff71856a63d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = SslKeyCertConfig(
            cert_content=cert_content,
            cert_name=cert_name,
            key_content=key_content,
            key_name=key_name,
            cert_full_path=cert_full_path,
            cert_monitoring_type=cert_monitoring_type,
            cert_ocsp=cert_ocsp,
            id=id,
            issuer_cert=issuer_cert,
            key_full_path=key_full_path,
            partition=partition,
            passphrase=passphrase,
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
        '''Generates CDKTF code for importing a SslKeyCert resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the SslKeyCert to import.
        :param import_from_id: The id of the existing SslKeyCert that should be imported. Refer to the {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the SslKeyCert to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__573dd986fd80e5da41cae7494e5fd29abdc11616657beae5484841079471f7af)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetCertFullPath")
    def reset_cert_full_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertFullPath", []))

    @jsii.member(jsii_name="resetCertMonitoringType")
    def reset_cert_monitoring_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertMonitoringType", []))

    @jsii.member(jsii_name="resetCertOcsp")
    def reset_cert_ocsp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertOcsp", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIssuerCert")
    def reset_issuer_cert(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIssuerCert", []))

    @jsii.member(jsii_name="resetKeyFullPath")
    def reset_key_full_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKeyFullPath", []))

    @jsii.member(jsii_name="resetPartition")
    def reset_partition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartition", []))

    @jsii.member(jsii_name="resetPassphrase")
    def reset_passphrase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassphrase", []))

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
    @jsii.member(jsii_name="certContentInput")
    def cert_content_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certContentInput"))

    @builtins.property
    @jsii.member(jsii_name="certFullPathInput")
    def cert_full_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certFullPathInput"))

    @builtins.property
    @jsii.member(jsii_name="certMonitoringTypeInput")
    def cert_monitoring_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certMonitoringTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="certNameInput")
    def cert_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certNameInput"))

    @builtins.property
    @jsii.member(jsii_name="certOcspInput")
    def cert_ocsp_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certOcspInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="issuerCertInput")
    def issuer_cert_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "issuerCertInput"))

    @builtins.property
    @jsii.member(jsii_name="keyContentInput")
    def key_content_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyContentInput"))

    @builtins.property
    @jsii.member(jsii_name="keyFullPathInput")
    def key_full_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyFullPathInput"))

    @builtins.property
    @jsii.member(jsii_name="keyNameInput")
    def key_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyNameInput"))

    @builtins.property
    @jsii.member(jsii_name="partitionInput")
    def partition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "partitionInput"))

    @builtins.property
    @jsii.member(jsii_name="passphraseInput")
    def passphrase_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passphraseInput"))

    @builtins.property
    @jsii.member(jsii_name="certContent")
    def cert_content(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certContent"))

    @cert_content.setter
    def cert_content(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__504cf78d0b69030e98bfe7fec37a4e767574b2ff9d8627d67ee73a81fd3ef9f9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certContent", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certFullPath")
    def cert_full_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certFullPath"))

    @cert_full_path.setter
    def cert_full_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e690c1d8f7b6c8b81e7fcb1262d5460514e7a5fca684f4f160d6e282d08e6d0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certFullPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certMonitoringType")
    def cert_monitoring_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certMonitoringType"))

    @cert_monitoring_type.setter
    def cert_monitoring_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4ca454aa6ea254d42f79c1f37e1aeb656073e0fa9c1d22fcb3c6fdf399797e06)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certMonitoringType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certName")
    def cert_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certName"))

    @cert_name.setter
    def cert_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f709ba916a132733cf41f782cf61d40bed63c7b97caddb52d624d3a75bd77aa5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certOcsp")
    def cert_ocsp(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certOcsp"))

    @cert_ocsp.setter
    def cert_ocsp(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7014d25992a3d85e21f37179c90f66c02adbb7b6648242a18c0a9cf95906aeb5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certOcsp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a5b0c3a1556add5b6f1d2427158892f0e03d63d7c25dfffc2455fa289423c6f7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="issuerCert")
    def issuer_cert(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "issuerCert"))

    @issuer_cert.setter
    def issuer_cert(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__daaaf9757d51147a175fd933bc427c32b0a8bcca78422d1814db3bd2831ab767)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "issuerCert", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="keyContent")
    def key_content(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "keyContent"))

    @key_content.setter
    def key_content(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f2e7a504ca87d7e09ab4e0c9195f9a448f1e5a49c6ff969ecf15ecc03bd9aadc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "keyContent", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="keyFullPath")
    def key_full_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "keyFullPath"))

    @key_full_path.setter
    def key_full_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99f2b831239587d56830837debc79165639435f8ab4b23f9fadf9502eee867d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "keyFullPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="keyName")
    def key_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "keyName"))

    @key_name.setter
    def key_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b7ce869f302d4ec82c9894bd2b23adb5db0b724a4f84f942f02eec259a63526)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "keyName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partition")
    def partition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partition"))

    @partition.setter
    def partition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe32f1130f1ddf08c40f5f3aa0aa3515683fe64285e728670b24db2aa4753ac7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passphrase")
    def passphrase(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "passphrase"))

    @passphrase.setter
    def passphrase(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cd465ba249a15a448ce19f4cb2e7c18f8348205f2fbec060c3ec2834691e1434)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passphrase", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="bigip.sslKeyCert.SslKeyCertConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "cert_content": "certContent",
        "cert_name": "certName",
        "key_content": "keyContent",
        "key_name": "keyName",
        "cert_full_path": "certFullPath",
        "cert_monitoring_type": "certMonitoringType",
        "cert_ocsp": "certOcsp",
        "id": "id",
        "issuer_cert": "issuerCert",
        "key_full_path": "keyFullPath",
        "partition": "partition",
        "passphrase": "passphrase",
    },
)
class SslKeyCertConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        cert_content: builtins.str,
        cert_name: builtins.str,
        key_content: builtins.str,
        key_name: builtins.str,
        cert_full_path: typing.Optional[builtins.str] = None,
        cert_monitoring_type: typing.Optional[builtins.str] = None,
        cert_ocsp: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        issuer_cert: typing.Optional[builtins.str] = None,
        key_full_path: typing.Optional[builtins.str] = None,
        partition: typing.Optional[builtins.str] = None,
        passphrase: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param cert_content: The content of the cert. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_content SslKeyCert#cert_content}
        :param cert_name: The name of the cert. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_name SslKeyCert#cert_name}
        :param key_content: The content of the key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#key_content SslKeyCert#key_content}
        :param key_name: The name of the key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#key_name SslKeyCert#key_name}
        :param cert_full_path: Full Path Name of ssl certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_full_path SslKeyCert#cert_full_path}
        :param cert_monitoring_type: Specifies the type of monitoring used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_monitoring_type SslKeyCert#cert_monitoring_type}
        :param cert_ocsp: Specifies the OCSP responder. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_ocsp SslKeyCert#cert_ocsp}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#id SslKeyCert#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param issuer_cert: Specifies the issuer certificate. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#issuer_cert SslKeyCert#issuer_cert}
        :param key_full_path: Full Path Name of ssl key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#key_full_path SslKeyCert#key_full_path}
        :param partition: Partition on the ssl certificate and key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#partition SslKeyCert#partition}
        :param passphrase: Passphrase on the key. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#passphrase SslKeyCert#passphrase}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__27023afc44ab90920b7f1178ae2238af2d23132bd3e047560aa8a6759634e35f)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument cert_content", value=cert_content, expected_type=type_hints["cert_content"])
            check_type(argname="argument cert_name", value=cert_name, expected_type=type_hints["cert_name"])
            check_type(argname="argument key_content", value=key_content, expected_type=type_hints["key_content"])
            check_type(argname="argument key_name", value=key_name, expected_type=type_hints["key_name"])
            check_type(argname="argument cert_full_path", value=cert_full_path, expected_type=type_hints["cert_full_path"])
            check_type(argname="argument cert_monitoring_type", value=cert_monitoring_type, expected_type=type_hints["cert_monitoring_type"])
            check_type(argname="argument cert_ocsp", value=cert_ocsp, expected_type=type_hints["cert_ocsp"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument issuer_cert", value=issuer_cert, expected_type=type_hints["issuer_cert"])
            check_type(argname="argument key_full_path", value=key_full_path, expected_type=type_hints["key_full_path"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument passphrase", value=passphrase, expected_type=type_hints["passphrase"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cert_content": cert_content,
            "cert_name": cert_name,
            "key_content": key_content,
            "key_name": key_name,
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
        if cert_full_path is not None:
            self._values["cert_full_path"] = cert_full_path
        if cert_monitoring_type is not None:
            self._values["cert_monitoring_type"] = cert_monitoring_type
        if cert_ocsp is not None:
            self._values["cert_ocsp"] = cert_ocsp
        if id is not None:
            self._values["id"] = id
        if issuer_cert is not None:
            self._values["issuer_cert"] = issuer_cert
        if key_full_path is not None:
            self._values["key_full_path"] = key_full_path
        if partition is not None:
            self._values["partition"] = partition
        if passphrase is not None:
            self._values["passphrase"] = passphrase

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
    def cert_content(self) -> builtins.str:
        '''The content of the cert.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_content SslKeyCert#cert_content}
        '''
        result = self._values.get("cert_content")
        assert result is not None, "Required property 'cert_content' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cert_name(self) -> builtins.str:
        '''The name of the cert.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_name SslKeyCert#cert_name}
        '''
        result = self._values.get("cert_name")
        assert result is not None, "Required property 'cert_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key_content(self) -> builtins.str:
        '''The content of the key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#key_content SslKeyCert#key_content}
        '''
        result = self._values.get("key_content")
        assert result is not None, "Required property 'key_content' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key_name(self) -> builtins.str:
        '''The name of the key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#key_name SslKeyCert#key_name}
        '''
        result = self._values.get("key_name")
        assert result is not None, "Required property 'key_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cert_full_path(self) -> typing.Optional[builtins.str]:
        '''Full Path Name of ssl certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_full_path SslKeyCert#cert_full_path}
        '''
        result = self._values.get("cert_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert_monitoring_type(self) -> typing.Optional[builtins.str]:
        '''Specifies the type of monitoring used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_monitoring_type SslKeyCert#cert_monitoring_type}
        '''
        result = self._values.get("cert_monitoring_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert_ocsp(self) -> typing.Optional[builtins.str]:
        '''Specifies the OCSP responder.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#cert_ocsp SslKeyCert#cert_ocsp}
        '''
        result = self._values.get("cert_ocsp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#id SslKeyCert#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def issuer_cert(self) -> typing.Optional[builtins.str]:
        '''Specifies the issuer certificate.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#issuer_cert SslKeyCert#issuer_cert}
        '''
        result = self._values.get("issuer_cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key_full_path(self) -> typing.Optional[builtins.str]:
        '''Full Path Name of ssl key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#key_full_path SslKeyCert#key_full_path}
        '''
        result = self._values.get("key_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''Partition on the ssl certificate and key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#partition SslKeyCert#partition}
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def passphrase(self) -> typing.Optional[builtins.str]:
        '''Passphrase on the key.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/f5networks/bigip/1.28.0/docs/resources/ssl_key_cert#passphrase SslKeyCert#passphrase}
        '''
        result = self._values.get("passphrase")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SslKeyCertConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "SslKeyCert",
    "SslKeyCertConfig",
]

publication.publish()

def _typecheckingstub__7a54e0748d5e9bfaa9ae8804daebca923c0e0e458b3256224e3e6ff71856a63d(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    cert_content: builtins.str,
    cert_name: builtins.str,
    key_content: builtins.str,
    key_name: builtins.str,
    cert_full_path: typing.Optional[builtins.str] = None,
    cert_monitoring_type: typing.Optional[builtins.str] = None,
    cert_ocsp: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    issuer_cert: typing.Optional[builtins.str] = None,
    key_full_path: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    passphrase: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__573dd986fd80e5da41cae7494e5fd29abdc11616657beae5484841079471f7af(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__504cf78d0b69030e98bfe7fec37a4e767574b2ff9d8627d67ee73a81fd3ef9f9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e690c1d8f7b6c8b81e7fcb1262d5460514e7a5fca684f4f160d6e282d08e6d0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ca454aa6ea254d42f79c1f37e1aeb656073e0fa9c1d22fcb3c6fdf399797e06(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f709ba916a132733cf41f782cf61d40bed63c7b97caddb52d624d3a75bd77aa5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7014d25992a3d85e21f37179c90f66c02adbb7b6648242a18c0a9cf95906aeb5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5b0c3a1556add5b6f1d2427158892f0e03d63d7c25dfffc2455fa289423c6f7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__daaaf9757d51147a175fd933bc427c32b0a8bcca78422d1814db3bd2831ab767(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2e7a504ca87d7e09ab4e0c9195f9a448f1e5a49c6ff969ecf15ecc03bd9aadc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99f2b831239587d56830837debc79165639435f8ab4b23f9fadf9502eee867d6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b7ce869f302d4ec82c9894bd2b23adb5db0b724a4f84f942f02eec259a63526(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe32f1130f1ddf08c40f5f3aa0aa3515683fe64285e728670b24db2aa4753ac7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd465ba249a15a448ce19f4cb2e7c18f8348205f2fbec060c3ec2834691e1434(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27023afc44ab90920b7f1178ae2238af2d23132bd3e047560aa8a6759634e35f(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    cert_content: builtins.str,
    cert_name: builtins.str,
    key_content: builtins.str,
    key_name: builtins.str,
    cert_full_path: typing.Optional[builtins.str] = None,
    cert_monitoring_type: typing.Optional[builtins.str] = None,
    cert_ocsp: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    issuer_cert: typing.Optional[builtins.str] = None,
    key_full_path: typing.Optional[builtins.str] = None,
    partition: typing.Optional[builtins.str] = None,
    passphrase: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
