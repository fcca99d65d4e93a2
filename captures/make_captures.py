#!/usr/bin/python3
"""Generate the MS-DHCPM failover test captures and their ground truth.

What it does
    Starts a fake DHCP server (impacket's DCERPCServer thread on 127.0.0.1, a
    fresh ephemeral port every run) that serves the interfaces dhcpsrv2
    (5B821720-F63B-11D0-AAD2-00C04FC324DB v1.0) and dhcpsrv
    (6BFFD098-A112-3610-9833-46C3F874532D v1.0), and drives it with impacket's
    DCE/RPC client over ncacn_ip_tcp.  Every request and response stub is
    marshalled with impacket's NDR classes (the failover structures are
    defined below from the project fact sheet); the few deliberately broken
    stubs of the malformed capture are NDR-marshalled first and then cut or
    patched.  dumpcap records the loopback traffic.

    Outputs (overwritten on every run, next to this script):
        failover-tcp.pcapng  + failover-tcp.truth.json
        malformed.pcapng     + malformed.truth.json
        sdk-variants.pcapng  + sdk-variants.truth.json
    "--only NAME" (repeatable) produces just the named capture(s), leaving
    the other files untouched; without it all three are produced.

    sdk-variants records the two calls whose Windows SDK API shape differs
    from the MS-DHCPM IDL (fact sheet section 7 items 4 and 5), each next to
    a spec-shaped call: R_DhcpV4FailoverGetSystemTime (99) answered with a
    12-byte stub (pTime, pMaxAllowedDeltaTime, status), and
    R_DhcpV4FailoverGetAddressStatus (125) requests that carry pStatus as an
    [in] value after SubnetAddress.  Its truth lists the extra values as
    dhcpm.max_allowed_delta_time (response) and dhcpm.address_status
    (request), and each call's note says which shape it uses.

    The truth files list, per call, the DCE/RPC call id, the 0-based index of
    the TCP connection (in opening order), and the dhcpm.* display-filter
    values expected for each direction in wire order (see
    /work/shared/fields.md).  Conventions: dhcpm.opnum is listed for every
    request and response; generated (copied-from-request) fields in
    responses are NOT listed; a NULL pointer contributes nothing.

Requirements
    Run as root (dumpcap must capture on "lo"), with Debian's python3 so that
    python3-impacket is importable:

        sudo /usr/bin/python3 captures/make_captures.py
        sudo /usr/bin/python3 captures/make_captures.py --only sdk-variants
"""

import argparse
import collections
import datetime
import glob
import importlib
import ipaddress
import json
import os
import signal
import struct
import subprocess
import sys
import time

try:
    from impacket.dcerpc.v5 import transport
    from impacket.dcerpc.v5.dtypes import BYTE, DWORD, BOOL, LPWSTR, NULL
    from impacket.dcerpc.v5.ndr import (NDR, NDRCALL, NDRENUM, NDRPOINTER, NDRSTRUCT,
                                        NDRUniConformantArray, NDRUNION)
    from impacket.dcerpc.v5.enum import Enum
    from impacket.dcerpc.v5.dhcpm import (DATE_TIME, DHCP_BINARY_DATA, DHCP_HOST_INFO,
                                          DHCP_SEARCH_INFO_TYPE, QuarantineStatus)
    from impacket.dcerpc.v5.rpcrt import (DCERPCException, DCERPCServer, MSRPCHeader,
                                          MSRPCRequestHeader, MSRPCRespHeader, MSRPC_FAULT,
                                          MSRPC_REQUEST, MSRPC_RESPONSE, PFC_FIRST_FRAG,
                                          PFC_LAST_FRAG, PFC_DID_NOT_EXECUTE)
    from impacket.uuid import uuidtup_to_bin
except ImportError as exc:
    sys.exit('%s: run with Debian\'s /usr/bin/python3 (python3-impacket)' % exc)

HERE = os.path.dirname(os.path.abspath(__file__))

DHCPSRV2 = ('5B821720-F63B-11D0-AAD2-00C04FC324DB', '1.0')
DHCPSRV = ('6BFFD098-A112-3610-9833-46C3F874532D', '1.0')

NCA_S_OP_RNG_ERROR = 0x1C010002     # what a Windows server faults with for an unknown opnum
UNIMPLEMENTED_OPNUM = 127           # R_DhcpV4GetPolicyEx: the fake server does not register it
MAX_PDU = 4000                      # keep every PDU below this: nothing may be fragmented

# Win32 / DHCP status codes (SDK numbering, fact sheet section 5)
ERROR_SUCCESS = 0x0
ERROR_FILE_NOT_FOUND = 0x2
ERROR_ACCESS_DENIED = 0x5
ERROR_INVALID_PARAMETER = 0x57
ERROR_MORE_DATA = 0xEA
ERROR_NO_MORE_ITEMS = 0x103
ERROR_DHCP_SUBNET_NOT_PRESENT = 0x4E25
ERROR_DHCP_JET_ERROR = 0x4E2D
ERROR_DHCP_FO_SCOPE_ALREADY_IN_RELATIONSHIP = 0x4E91
ERROR_DHCP_FO_RELATIONSHIP_EXISTS = 0x4E92
ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST = 0x4E93
ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP = 0x4E94
ERROR_DHCP_FO_RELATION_IS_SECONDARY = 0x4E95
ERROR_DHCP_FO_STATE_NOT_NORMAL = 0x4E98
ERROR_DHCP_FO_RELATIONSHIP_NAME_TOO_LONG = 0x4E9D


################################################################################
# NDR types (MS-DHCPM 2.2.1.1.18-20, 2.2.1.2.98-101; fact sheet section 4)
################################################################################

class DHCP_FAILOVER_MODE(NDRENUM):
    class enumItems(Enum):
        LoadBalance = 0
        HotStandby = 1


class DHCP_FAILOVER_SERVER(NDRENUM):
    class enumItems(Enum):
        PrimaryServer = 0
        SecondaryServer = 1


class FSM_STATE(NDRENUM):
    class enumItems(Enum):
        NO_STATE = 0
        INIT = 1
        STARTUP = 2
        NORMAL = 3
        COMMUNICATION_INT = 4
        PARTNER_DOWN = 5
        POTENTIAL_CONFLICT = 6
        CONFLICT_DONE = 7
        RESOLUTION_INT = 8
        RECOVER = 9
        RECOVER_WAIT = 10
        RECOVER_DONE = 11
        PAUSED = 12          # SDK only
        SHUTDOWN = 13        # SDK only


class DHCP_IP_ADDRESS_CARRAY(NDRUniConformantArray):
    item = '<L'


class LPDHCP_IP_ADDRESS_CARRAY(NDRPOINTER):
    referent = (('Data', DHCP_IP_ADDRESS_CARRAY),)


class DHCP_IP_ARRAY(NDRSTRUCT):
    structure = (
        ('NumElements', DWORD),
        ('Elements', LPDHCP_IP_ADDRESS_CARRAY),
    )


class LPDHCP_IP_ARRAY(NDRPOINTER):
    referent = (('Data', DHCP_IP_ARRAY),)


class DHCP_FAILOVER_RELATIONSHIP(NDRSTRUCT):
    structure = (
        ('primaryServer', DWORD),
        ('secondaryServer', DWORD),
        ('mode', DHCP_FAILOVER_MODE),
        ('serverType', DHCP_FAILOVER_SERVER),
        ('state', FSM_STATE),
        ('prevState', FSM_STATE),
        ('mclt', DWORD),
        ('safePeriod', DWORD),
        ('relationshipName', LPWSTR),
        ('primaryServerName', LPWSTR),
        ('secondaryServerName', LPWSTR),
        ('pScopes', LPDHCP_IP_ARRAY),
        ('percentage', BYTE),
        ('pSharedSecret', LPWSTR),
    )


class LPDHCP_FAILOVER_RELATIONSHIP(NDRPOINTER):
    referent = (('Data', DHCP_FAILOVER_RELATIONSHIP),)


class DHCP_FAILOVER_RELATIONSHIP_CARRAY(NDRUniConformantArray):
    item = DHCP_FAILOVER_RELATIONSHIP


class LPDHCP_FAILOVER_RELATIONSHIP_CARRAY(NDRPOINTER):
    referent = (('Data', DHCP_FAILOVER_RELATIONSHIP_CARRAY),)


class DHCP_FAILOVER_RELATIONSHIP_ARRAY(NDRSTRUCT):
    structure = (
        ('numElements', DWORD),
        ('pRelationships', LPDHCP_FAILOVER_RELATIONSHIP_CARRAY),
    )


class LPDHCP_FAILOVER_RELATIONSHIP_ARRAY(NDRPOINTER):
    referent = (('Data', DHCP_FAILOVER_RELATIONSHIP_ARRAY),)


class DHCP_FAILOVER_STATISTICS(NDRSTRUCT):
    structure = (
        ('numAddr', DWORD),
        ('addrFree', DWORD),
        ('addrInUse', DWORD),
        ('partnerAddrFree', DWORD),
        ('thisAddrFree', DWORD),
        ('partnerAddrInUse', DWORD),
        ('thisAddrInUse', DWORD),
    )


class LPDHCP_FAILOVER_STATISTICS(NDRPOINTER):
    referent = (('Data', DHCP_FAILOVER_STATISTICS),)


class DHCPV4_FAILOVER_CLIENT_INFO(NDRSTRUCT):
    structure = (
        ('ClientIpAddress', DWORD),
        ('SubnetMask', DWORD),
        ('ClientHardwareAddress', DHCP_BINARY_DATA),
        ('ClientName', LPWSTR),
        ('ClientComment', LPWSTR),
        ('ClientLeaseExpires', DATE_TIME),
        ('OwnerHost', DHCP_HOST_INFO),
        ('bClientType', BYTE),
        ('AddressState', BYTE),
        ('Status', QuarantineStatus),
        ('ProbationEnds', DATE_TIME),
        ('QuarantineCapable', BOOL),
        ('SentPotExpTime', DWORD),
        ('AckPotExpTime', DWORD),
        ('RecvPotExpTime', DWORD),
        ('StartTime', DWORD),
        ('CltLastTransTime', DWORD),
        ('LastBndUpdTime', DWORD),
        ('bndMsgStatus', DWORD),
        ('PolicyName', LPWSTR),
        ('flags', BYTE),
    )


class LPDHCPV4_FAILOVER_CLIENT_INFO(NDRPOINTER):
    referent = (('Data', DHCPV4_FAILOVER_CLIENT_INFO),)


class DHCP_CLIENT_SEARCH_UNION(NDRUNION):
    union = {
        0: ('ClientIpAddress', DWORD),
        1: ('ClientHardwareAddress', DHCP_BINARY_DATA),
        2: ('ClientName', LPWSTR),
    }


class DHCP_SEARCH_INFO(NDRSTRUCT):
    """impacket computes a union's alignment from its discriminant only (2
    here), which would make this struct 2-aligned.  NDR aligns a union to the
    largest of its discriminant and arms (4 for every arm here), so the
    struct is 4-aligned: SearchType @0, discriminant @2, arm @4."""
    structure = (
        ('SearchType', DHCP_SEARCH_INFO_TYPE),
        ('SearchInfo', DHCP_CLIENT_SEARCH_UNION),
    )

    def getAlignment(self):
        return 4


# ---- dhcpsrv2 failover methods (opnums 89-100, 125) --------------------------

class CreateRelationship(NDRCALL):           # 89
    opnum = 89
    structure = (('ServerIpAddress', LPWSTR), ('pRelationship', DHCP_FAILOVER_RELATIONSHIP))


class SetRelationship(NDRCALL):              # 90
    opnum = 90
    structure = (('ServerIpAddress', LPWSTR), ('Flags', DWORD),
                 ('pRelationship', DHCP_FAILOVER_RELATIONSHIP))


class DeleteRelationship(NDRCALL):           # 91
    opnum = 91
    structure = (('ServerIpAddress', LPWSTR), ('pRelationshipName', LPWSTR))


class GetRelationship(NDRCALL):              # 92
    opnum = 92
    structure = (('ServerIpAddress', LPWSTR), ('pRelationshipName', LPWSTR))


class GetRelationshipResponse(NDRCALL):
    structure = (('pRelationship', LPDHCP_FAILOVER_RELATIONSHIP), ('ErrorCode', DWORD))


class EnumRelationship(NDRCALL):             # 93
    opnum = 93
    structure = (('ServerIpAddress', LPWSTR), ('ResumeHandle', DWORD),
                 ('preferredMaximum', DWORD))


class EnumRelationshipResponse(NDRCALL):
    structure = (('ResumeHandle', DWORD), ('pRelationship', LPDHCP_FAILOVER_RELATIONSHIP_ARRAY),
                 ('relationshipRead', DWORD), ('relationshipTotal', DWORD),
                 ('ErrorCode', DWORD))


class AddScopeToRelationship(NDRCALL):       # 94
    opnum = 94
    structure = CreateRelationship.structure


class DeleteScopeFromRelationship(NDRCALL):  # 95
    opnum = 95
    structure = CreateRelationship.structure


class GetScopeRelationship(NDRCALL):         # 96
    opnum = 96
    structure = (('ServerIpAddress', LPWSTR), ('scopeId', DWORD))


class GetScopeStatistics(NDRCALL):           # 97
    opnum = 97
    structure = (('ServerIpAddress', LPWSTR), ('scopeId', DWORD))


class GetScopeStatisticsResponse(NDRCALL):
    structure = (('pStats', LPDHCP_FAILOVER_STATISTICS), ('ErrorCode', DWORD))


class GetClientInfo(NDRCALL):                # 98
    opnum = 98
    structure = (('ServerIpAddress', LPWSTR), ('SearchInfo', DHCP_SEARCH_INFO))


class GetClientInfoResponse(NDRCALL):
    structure = (('ClientInfo', LPDHCPV4_FAILOVER_CLIENT_INFO), ('ErrorCode', DWORD))


class GetSystemTime(NDRCALL):                # 99
    opnum = 99
    structure = (('ServerIpAddress', LPWSTR),)


class GetSystemTimeResponse(NDRCALL):
    structure = (('pTime', DWORD), ('ErrorCode', DWORD))


class TriggerAddrAllocation(NDRCALL):        # 100
    opnum = 100
    structure = (('ServerIpAddress', LPWSTR), ('FailRelName', LPWSTR))


class GetAddressStatus(NDRCALL):             # 125
    opnum = 125
    structure = (('ServerIpAddress', LPWSTR), ('SubnetAddress', DWORD))


class GetAddressStatusResponse(NDRCALL):
    structure = (('pStatus', DWORD), ('ErrorCode', DWORD))


class StatusOnlyResponse(NDRCALL):
    structure = (('ErrorCode', DWORD),)


# ---- Windows SDK shapes that differ from the spec IDL (fact sheet 7.4, 7.5) --

class GetSystemTimeResponseSdk(NDRCALL):     # 99, SDK: extra [out] pMaxAllowedDeltaTime
    structure = (('pTime', DWORD), ('pMaxAllowedDeltaTime', DWORD), ('ErrorCode', DWORD))


class GetAddressStatusSdk(NDRCALL):          # 125, SDK: pStatus is [in, out]
    opnum = 125
    structure = (('ServerIpAddress', LPWSTR), ('SubnetAddress', DWORD), ('pStatus', DWORD))


################################################################################
# Helpers: values, marshalling, truth
################################################################################

def ip2int(text):
    """DHCP_IP_ADDRESS: the first octet is the most significant byte."""
    return int(ipaddress.IPv4Address(text))


def wstr(text):
    return text + '\x00'


def epoch(y, mo, d, h=0, mi=0, s=0):
    return int(datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone.utc).timestamp())


def filetime(unix_seconds):
    """100-ns ticks since 1601-01-01 UTC."""
    return (unix_seconds + 11644473600) * 10000000


def set_lpwstr(parent, key, text):
    if text is None:
        parent[key] = NULL
    else:
        parent[key] = wstr(text)


def number_referents(obj, counter=None):
    """Give every non-NULL pointer a Windows-like referent id (0x00020000,
    +4, ...) instead of impacket's random ones, so runs are reproducible."""
    if counter is None:
        counter = [0]
    if isinstance(obj, list):
        for item in obj:
            number_referents(item, counter)
        return
    if not isinstance(obj, NDR):
        return
    if isinstance(obj, NDRPOINTER) and obj.fields.get('ReferentID', 0) != 0:
        obj.fields['ReferentID'] = 0x00020000 + 4 * counter[0]
        counter[0] += 1
    for name, _ in obj.commonHdr + obj.structure + obj.referent:
        number_referents(obj.fields.get(name), counter)


def marshal(call):
    number_referents(call)
    return call.getData()


_WALKER = []


def spec_call(iface, opnum, direction, **values):
    """(stub, Truth) of a call of any method, with the classes of
    dhcpm_types (the whole protocol's encoder) and the values given: a str
    is a string, None a NULL pointer.  Its truth comes from truth_walk."""
    import dhcpm_types
    from truth_walk import Walker
    if not _WALKER:
        _WALKER.append(Walker())
    call = dhcpm_types.METHODS[(iface, opnum)][direction == 'response']()
    for name, value in values.items():
        if value is None:
            call[name] = NULL
        elif isinstance(value, str):
            dhcpm_types.set_string(call, name, value)
        else:
            call[name] = value
    return dhcpm_types.marshal(call), _WALKER[0].truth(iface, opnum, direction, call)


class Truth:
    """Ordered multi-valued dict of dhcpm.* field values for one PDU."""

    def __init__(self, opnum=None):
        self.d = collections.OrderedDict()
        if opnum is not None:
            self.add('dhcpm.opnum', opnum)

    def add(self, field, value):
        self.d.setdefault(field, []).append(value)
        return self


class Rel:
    """High-level description of a DHCP_FAILOVER_RELATIONSHIP."""

    def __init__(self, name, primary='10.0.0.1', secondary='10.0.0.2', mode=0, server_type=0,
                 state=0, prev_state=0, mclt=3600, safe_period=0, primary_name=None,
                 secondary_name=None, scopes=None, percentage=50, secret=None,
                 num_elements_override=None, max_count_override=None):
        self.__dict__.update(locals())
        del self.__dict__['self']

    def ndr(self, rel=None):
        r = rel if rel is not None else DHCP_FAILOVER_RELATIONSHIP()
        r['primaryServer'] = ip2int(self.primary)
        r['secondaryServer'] = ip2int(self.secondary)
        r['mode'] = self.mode
        r['serverType'] = self.server_type
        r['state'] = self.state
        r['prevState'] = self.prev_state
        r['mclt'] = self.mclt
        r['safePeriod'] = self.safe_period
        set_lpwstr(r, 'relationshipName', self.name)
        set_lpwstr(r, 'primaryServerName', self.primary_name)
        set_lpwstr(r, 'secondaryServerName', self.secondary_name)
        if self.scopes is None:
            r['pScopes'] = NULL
        else:
            scopes = r['pScopes']
            scopes['NumElements'] = len(self.scopes)
            scopes['Elements'] = [ip2int(s) for s in self.scopes]
            if self.num_elements_override is not None:
                scopes['NumElements'] = self.num_elements_override
            if self.max_count_override is not None:
                arr = r.fields['pScopes'].fields['Data'].fields['Elements'].fields['Data']
                arr.fields['MaximumCount'] = self.max_count_override
        r['percentage'] = self.percentage
        set_lpwstr(r, 'pSharedSecret', self.secret)
        return r

    def truth(self, t, upto=None):
        """Add this relationship's values to Truth t in wire order.  `upto`
        stops after the named flat member (for truncated stubs)."""
        t.add('dhcpm.relationship.primary_server', self.primary)
        t.add('dhcpm.relationship.secondary_server', self.secondary)
        t.add('dhcpm.relationship.mode', self.mode)
        t.add('dhcpm.relationship.server_type', self.server_type)
        t.add('dhcpm.relationship.state', self.state)
        t.add('dhcpm.relationship.prev_state', self.prev_state)
        t.add('dhcpm.relationship.mclt', self.mclt)
        if upto == 'mclt':
            return t
        t.add('dhcpm.relationship.safe_period', self.safe_period)
        t.add('dhcpm.relationship.percentage', self.percentage)
        # deferred pointees, in member order
        if self.name is not None:
            t.add('dhcpm.relationship.name', self.name)
        if self.primary_name is not None:
            t.add('dhcpm.relationship.primary_server_name', self.primary_name)
        if self.secondary_name is not None:
            t.add('dhcpm.relationship.secondary_server_name', self.secondary_name)
        if self.scopes is not None:
            n = self.num_elements_override
            t.add('dhcpm.relationship.scope_count', len(self.scopes) if n is None else n)
            if upto == 'scope_count':
                return t
            for s in self.scopes:
                t.add('dhcpm.relationship.scope', s)
        if self.secret is not None:
            t.add('dhcpm.relationship.shared_secret', self.secret)
        return t


class Client:
    """High-level description of a DHCPV4_FAILOVER_CLIENT_INFO."""

    def __init__(self, ip, mask, hw, name, comment, lease_expires, owner_ip, owner_netbios,
                 owner_host=None, client_type=1, address_state=1, quarantine_status=0,
                 probation_ends=0, quarantine_capable=0, sent_pot=0, ack_pot=0, recv_pot=0,
                 start_time=0, clt_last_trans=0, last_bnd_upd=0, bnd_msg_status=0,
                 policy_name=None, flags=0):
        self.__dict__.update(locals())
        del self.__dict__['self']

    def ndr(self, c):
        c['ClientIpAddress'] = ip2int(self.ip)
        c['SubnetMask'] = ip2int(self.mask)
        c['ClientHardwareAddress']['DataLength'] = len(self.hw)
        c['ClientHardwareAddress']['Data_'] = list(self.hw)
        set_lpwstr(c, 'ClientName', self.name)
        set_lpwstr(c, 'ClientComment', self.comment)
        c['ClientLeaseExpires']['dwLowDateTime'] = self.lease_expires & 0xFFFFFFFF
        c['ClientLeaseExpires']['dwHighDateTime'] = self.lease_expires >> 32
        c['OwnerHost']['IpAddress'] = ip2int(self.owner_ip)
        set_lpwstr(c['OwnerHost'], 'NetBiosName', self.owner_netbios)
        set_lpwstr(c['OwnerHost'], 'HostName', self.owner_host)
        c['bClientType'] = self.client_type
        c['AddressState'] = self.address_state
        c['Status'] = self.quarantine_status
        c['ProbationEnds']['dwLowDateTime'] = self.probation_ends & 0xFFFFFFFF
        c['ProbationEnds']['dwHighDateTime'] = self.probation_ends >> 32
        c['QuarantineCapable'] = self.quarantine_capable
        c['SentPotExpTime'] = self.sent_pot
        c['AckPotExpTime'] = self.ack_pot
        c['RecvPotExpTime'] = self.recv_pot
        c['StartTime'] = self.start_time
        c['CltLastTransTime'] = self.clt_last_trans
        c['LastBndUpdTime'] = self.last_bnd_upd
        c['bndMsgStatus'] = self.bnd_msg_status
        set_lpwstr(c, 'PolicyName', self.policy_name)
        c['flags'] = self.flags

    def truth(self, t):
        p = 'dhcpm.client.'
        t.add(p + 'ip_address', self.ip)
        t.add(p + 'subnet_mask', self.mask)
        t.add(p + 'lease_expires', self.lease_expires)
        t.add(p + 'owner_ip_address', self.owner_ip)
        t.add(p + 'type', self.client_type)
        t.add(p + 'address_state', self.address_state)
        t.add(p + 'quarantine_status', self.quarantine_status)
        t.add(p + 'probation_ends', self.probation_ends)
        t.add(p + 'quarantine_capable', self.quarantine_capable)
        t.add(p + 'sent_pot_exp_time', self.sent_pot)
        t.add(p + 'ack_pot_exp_time', self.ack_pot)
        t.add(p + 'recv_pot_exp_time', self.recv_pot)
        t.add(p + 'start_time', self.start_time)
        t.add(p + 'clt_last_trans_time', self.clt_last_trans)
        t.add(p + 'last_bnd_upd_time', self.last_bnd_upd)
        t.add(p + 'bnd_msg_status', self.bnd_msg_status)
        t.add(p + 'flags', self.flags)
        # deferred pointees in member order
        t.add(p + 'hardware_address', self.hw.hex())
        for field, value in (('name', self.name), ('comment', self.comment),
                             ('owner_netbios_name', self.owner_netbios),
                             ('owner_host_name', self.owner_host),
                             ('policy_name', self.policy_name)):
            if value is not None:
                t.add(p + field, value)
        return t


################################################################################
# Request / response builders: each returns (stub bytes, Truth)
################################################################################

def _server(call, t, server):
    set_lpwstr(call, 'ServerIpAddress', server)
    if server is not None:
        t.add('dhcpm.server_ip_address', server)


def req_relationship(cls, server, rel, flags=None):
    call = cls()
    t = Truth(cls.opnum)
    _server(call, t, server)
    if flags is not None:
        call['Flags'] = flags
        t.add('dhcpm.set_flags', flags)
    rel.ndr(call['pRelationship'])
    rel.truth(t)
    return marshal(call), t


def req_name(cls, server, name):
    call = cls()
    t = Truth(cls.opnum)
    _server(call, t, server)
    key = 'FailRelName' if cls is TriggerAddrAllocation else 'pRelationshipName'
    set_lpwstr(call, key, name)
    if name is not None:
        t.add('dhcpm.relationship.name', name)
    return marshal(call), t


def req_scope(cls, server, scope):
    call = cls()
    t = Truth(cls.opnum)
    _server(call, t, server)
    call['scopeId'] = ip2int(scope)
    t.add('dhcpm.scope_id', scope)
    return marshal(call), t


def req_enum(server, resume, pref):
    call = EnumRelationship()
    t = Truth(93)
    _server(call, t, server)
    call['ResumeHandle'] = resume
    call['preferredMaximum'] = pref
    t.add('dhcpm.resume_handle', resume).add('dhcpm.preferred_maximum', pref)
    return marshal(call), t


def req_client(server, kind, value):
    call = GetClientInfo()
    t = Truth(98)
    _server(call, t, server)
    si = call['SearchInfo']
    search_type = {'ip': 0, 'hw': 1, 'name': 2}[kind]
    si['SearchType'] = search_type
    si['SearchInfo']['tag'] = search_type
    t.add('dhcpm.search.type', search_type)
    if kind == 'ip':
        si['SearchInfo']['ClientIpAddress'] = ip2int(value)
        t.add('dhcpm.search.ip_address', value)
    elif kind == 'hw':
        si['SearchInfo']['ClientHardwareAddress']['DataLength'] = len(value)
        si['SearchInfo']['ClientHardwareAddress']['Data_'] = list(value)
        t.add('dhcpm.search.hardware_address', value.hex())
    else:
        set_lpwstr(si['SearchInfo'], 'ClientName', value)
        if value is not None:
            t.add('dhcpm.search.name', value)
    return marshal(call), t


def req_server_only(cls, server):
    call = cls()
    t = Truth(cls.opnum)
    _server(call, t, server)
    return marshal(call), t


def req_address(server, address):
    call = GetAddressStatus()
    t = Truth(125)
    _server(call, t, server)
    call['SubnetAddress'] = ip2int(address)
    t.add('dhcpm.address', address)
    return marshal(call), t


def req_address_sdk(server, address, status_in):
    """SDK shape of opnum 125: pStatus also travels in the request."""
    call = GetAddressStatusSdk()
    t = Truth(125)
    _server(call, t, server)
    call['SubnetAddress'] = ip2int(address)
    call['pStatus'] = status_in
    t.add('dhcpm.address', address).add('dhcpm.address_status', status_in)
    return marshal(call), t


def resp_status(opnum, status):
    call = StatusOnlyResponse()
    call['ErrorCode'] = status
    return marshal(call), Truth(opnum).add('dhcpm.werror', status)


def resp_relationship(opnum, rel, status):
    call = GetRelationshipResponse()
    t = Truth(opnum)
    if rel is None:
        call['pRelationship'] = NULL
    else:
        rel.ndr(call['pRelationship'])
        rel.truth(t)
    call['ErrorCode'] = status
    t.add('dhcpm.werror', status)
    return marshal(call), t


def resp_enum(resume, rels, read, total, status, rels_pointer_null=False):
    """rels None => NULL DHCP_FAILOVER_RELATIONSHIP_ARRAY pointer."""
    call = EnumRelationshipResponse()
    t = Truth(93)
    call['ResumeHandle'] = resume
    t.add('dhcpm.resume_handle', resume)
    if rels is None:
        call['pRelationship'] = NULL
    else:
        arr = call['pRelationship']
        arr['numElements'] = len(rels)
        t.add('dhcpm.relationship_count', len(rels))
        if rels_pointer_null:
            arr['pRelationships'] = NULL
        else:
            elements = []
            for rel in rels:
                elements.append(rel.ndr())
            arr['pRelationships'] = elements
            # all flat values of every element come first on the wire, then
            # the deferred pointees element by element; per field the order is
            # the element order either way
            for rel in rels:
                rel.truth(t)
    call['relationshipRead'] = read
    call['relationshipTotal'] = total
    call['ErrorCode'] = status
    t.add('dhcpm.relationships_read', read).add('dhcpm.relationships_total', total)
    t.add('dhcpm.werror', status)
    return marshal(call), t


def resp_stats(stats, status):
    call = GetScopeStatisticsResponse()
    t = Truth(97)
    names = ['numAddr', 'addrFree', 'addrInUse', 'partnerAddrFree', 'thisAddrFree',
             'partnerAddrInUse', 'thisAddrInUse']
    fields = ['num_addr', 'addr_free', 'addr_in_use', 'partner_addr_free', 'this_addr_free',
              'partner_addr_in_use', 'this_addr_in_use']
    if stats is None:
        call['pStats'] = NULL
    else:
        for n, f, v in zip(names, fields, stats):
            call['pStats'][n] = v
            t.add('dhcpm.stats.' + f, v)
    call['ErrorCode'] = status
    t.add('dhcpm.werror', status)
    return marshal(call), t


def resp_client(client, status):
    call = GetClientInfoResponse()
    t = Truth(98)
    if client is None:
        call['ClientInfo'] = NULL
    else:
        client.ndr(call.fields['ClientInfo'].fields['Data'])
        client.truth(t)
    call['ErrorCode'] = status
    t.add('dhcpm.werror', status)
    return marshal(call), t


def resp_time(seconds, status=0):
    call = GetSystemTimeResponse()
    call['pTime'] = seconds
    call['ErrorCode'] = status
    return marshal(call), Truth(99).add('dhcpm.time', seconds).add('dhcpm.werror', status)


def resp_time_sdk(seconds, max_delta, status=0):
    """SDK shape of opnum 99: pTime, pMaxAllowedDeltaTime, status (12 bytes)."""
    call = GetSystemTimeResponseSdk()
    call['pTime'] = seconds
    call['pMaxAllowedDeltaTime'] = max_delta
    call['ErrorCode'] = status
    return marshal(call), (Truth(99).add('dhcpm.time', seconds)
                           .add('dhcpm.max_allowed_delta_time', max_delta)
                           .add('dhcpm.werror', status))


def resp_address_status(value, status):
    call = GetAddressStatusResponse()
    call['pStatus'] = value
    call['ErrorCode'] = status
    return (marshal(call),
            Truth(125).add('dhcpm.address_status', value).add('dhcpm.werror', status))


################################################################################
# Self-check: fact sheet section 6.10
################################################################################

EXAMPLE_6_10 = bytes.fromhex(
    '00000000' '0100000a' '0200000a' '0000' '0000' '0000' '0000' '100e0000' '00000000'
    '00000200' '00000000' '00000000' '04000200' '32' '000000' '00000000'
    '04000000' '00000000' '04000000' '66006f0031000000'
    '01000000' '08000200' '01000000' '0000000a')


def self_check():
    rel = Rel('fo1', '10.0.0.1', '10.0.0.2', mode=0, server_type=0, state=0, prev_state=0,
              mclt=3600, safe_period=0, scopes=['10.0.0.0'], percentage=50)
    stub, _ = req_relationship(CreateRelationship, None, rel)
    assert len(stub) == 88, len(stub)
    assert len(EXAMPLE_6_10) == 88
    pad = range(45, 48)                 # alignment gap before pSharedSecret: any value
    referents = (28, 40, 76)            # non-zero referent ids: any value
    for i in range(88):
        if i in pad:
            continue
        if any(r <= i < r + 4 for r in referents):
            continue
        assert stub[i] == EXAMPLE_6_10[i], 'offset %d: %02x != %02x' % (i, stub[i], EXAMPLE_6_10[i])
    for r in referents:
        assert struct.unpack_from('<L', stub, r)[0] != 0
    # our numbering happens to reproduce the table's ids too
    assert stub[28:32] == EXAMPLE_6_10[28:32] and stub[40:44] == EXAMPLE_6_10[40:44]
    assert stub[76:80] == EXAMPLE_6_10[76:80]
    # DHCP_SEARCH_INFO after a 2-mod-4 offset: struct must start 4-aligned
    stub, _ = req_client('192.0.2.10', 'ip', '10.0.0.55')
    # ServerIpAddress: 4 ref + 12 hdr + 11*2 = 38 -> 2 pad -> SearchType@40
    assert stub[40:44] == b'\x00\x00\x00\x00', stub.hex()
    assert stub[44:48] == struct.pack('<L', ip2int('10.0.0.55')), stub.hex()
    assert len(stub) == 48
    # DHCPV4_FAILOVER_CLIENT_INFO flat size 96 (4 ref + 96 + 4 status with all pointers NULL
    # except the hardware address pointee)
    c = Client('10.0.0.55', '255.255.255.0', b'', None, None, 0, '10.0.0.1', None)
    stub, _ = resp_client(c, 0)
    assert len(stub) == 4 + 96 + 4 + 4, len(stub)     # + empty byte array's max_count


################################################################################
# Fake server and client session plumbing
################################################################################

class FakeDhcpServer(DCERPCServer):
    """impacket's server, with clean response/fault headers: the stock one
    builds the response header by re-parsing the request (so cancel_count
    carries the low byte of the opnum and alloc_hint the request size) and
    sends a fault without its trailing reserved word."""

    def __init__(self):
        DCERPCServer.__init__(self)
        self.daemon = True
        self._sock.listen(10)     # listen now: run() would only do it once the thread runs
        self.script = collections.deque()    # (interface, opnum, response bytes or None)
        self.received = []                   # (opnum, request stub) as seen by the server

    def scripted(self, opnum):
        def callback(stub):
            iface, want_opnum, response = self.script.popleft()
            assert want_opnum == opnum, (want_opnum, opnum)
            self.received.append((opnum, stub))
            return response
        return callback

    def processRequest(self, data):
        header = MSRPCHeader(data)
        if header['type'] != MSRPC_REQUEST:
            return DCERPCServer.processRequest(self, data)
        request = MSRPCRequestHeader(data)
        response = MSRPCRespHeader()
        response['flags'] = PFC_FIRST_FRAG | PFC_LAST_FRAG
        response['call_id'] = request['call_id']
        response['ctx_id'] = request['ctx_id']
        callbacks = self._listenUUIDS[self._boundUUID]['CallBacks']
        if request['op_num'] in callbacks:
            response['type'] = MSRPC_RESPONSE
            stub = callbacks[request['op_num']](request['pduData'])
        else:
            response['type'] = MSRPC_FAULT
            response['flags'] |= PFC_DID_NOT_EXECUTE
            stub = struct.pack('<LL', NCA_S_OP_RNG_ERROR, 0)     # status, reserved
            self.received.append((request['op_num'], request['pduData']))
        response['pduData'] = stub
        response['alloc_hint'] = len(stub)
        response['cancel_count'] = 0
        response['padding'] = 0
        response['frag_len'] = 24 + len(stub)
        return response


class Dumpcap:
    """dumpcap on the loopback, filtered on the given TCP ports, running
    from the moment it reports that it captures until stop()."""

    def __init__(self, pcap, ports):
        self.pcap = pcap
        expr = ' or '.join('tcp port %d' % p for p in ports)
        self.proc = subprocess.Popen(['dumpcap', '-q', '-i', 'lo', '-f', expr, '-w', pcap],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 15
        while True:
            line = self.proc.stderr.readline()
            if 'Capturing on' in line:
                break
            if not line or time.time() > deadline:
                raise RuntimeError('dumpcap did not start: %r' % line)
        time.sleep(0.5)

    def stop(self):
        time.sleep(0.5)
        self.proc.send_signal(signal.SIGINT)
        self.proc.communicate(timeout=15)


class Recorder:
    """One capture: server, dumpcap, connections and the truth list."""

    server_class = FakeDhcpServer        # a capture set may serve differently

    def __init__(self, name):
        self.name = name
        self.pcap = os.path.join(HERE, name + '.pcapng')
        self.truth_path = os.path.join(HERE, name + '.truth.json')
        self.calls = []
        self.connections = 0
        self.server = self.server_class()
        srv2 = {op: self.server.scripted(op) for op in [0] + list(range(89, 101)) + [125]}
        srv = {28: self.server.scripted(28)}
        self.server.addCallbacks(DHCPSRV2, '', srv2)
        self.server.addCallbacks(DHCPSRV, '', srv)
        self.port = self.server.getListenPort()
        self.dumpcap = None

    def __enter__(self):
        for path in (self.pcap, self.truth_path):
            if os.path.exists(path):
                os.unlink(path)
        self.dumpcap = Dumpcap(self.pcap, [self.port])
        self.server.start()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.dumpcap.stop()
        if exc_type is None:
            assert not self.server.script, 'unused scripted responses'
            os.chmod(self.pcap, 0o644)
            with open(self.truth_path, 'w', encoding='utf-8') as f:
                f.write(format_truth(os.path.basename(self.pcap), self.calls))
            os.chmod(self.truth_path, 0o644)
        return False

    def connect(self, iface=DHCPSRV2):
        return Session(self, iface)


# What the configuration audit says of a call, in the truths that list it
# (audit.truth.json): frames, addresses, who and at which auth level, result.
AUDIT_KEYS = ('request_frame', 'response_frame', 'client', 'server', 'principal', 'auth',
              'result')


def format_truth(capture, calls, extra=()):
    """JSON with one line per call header, per direction and for the note;
    extra: (key, value) pairs a capture set adds after the calls, a list
    written one element per line."""
    def dump(value):
        return json.dumps(value, ensure_ascii=False)
    blocks = []
    for c in calls:
        head = ', '.join('%s: %s' % (dump(k), dump(c[k]))
                         for k in ('interface', 'opnum', 'call_id', 'tcp_stream_hint'))
        lines = ['  {' + head]
        who = ', '.join('%s: %s' % (dump(k), dump(c[k])) for k in AUDIT_KEYS if k in c)
        if who:
            lines.append('   ' + who)
        for key in ('request', 'response', 'fault', 'experts', 'short_sealed'):
            if key in c:
                lines.append('   %s: %s' % (dump(key), dump(c[key])))
        lines.append('   "malformed": %s, "note": %s}' % (dump(c['malformed']), dump(c['note'])))
        blocks.append(',\n'.join(lines))
    text = '{"capture": %s,\n "calls": [\n%s\n ]' % (dump(capture), ',\n'.join(blocks))
    want = {'capture': capture, 'calls': calls}
    for key, value in extra:
        if isinstance(value, list):
            text += ',\n %s: [\n%s\n ]' % (dump(key), ',\n'.join('  ' + dump(e) for e in value))
        else:
            text += ',\n %s: %s' % (dump(key), dump(value))
        want[key] = value
    text += '}\n'
    assert json.loads(text) == want
    return text


class Session:
    max_pdu = MAX_PDU                    # a capture set about fragments allows more

    def __init__(self, rec, iface):
        self.rec = rec
        self.iface_name = 'dhcpsrv2' if iface == DHCPSRV2 else 'dhcpsrv'
        self.index = rec.connections
        rec.connections += 1
        trans = transport.DCERPCTransportFactory('ncacn_ip_tcp:127.0.0.1[%d]' % rec.port)
        self.dce = trans.get_dce_rpc()
        self.dce.connect()
        self.dce.bind(uuidtup_to_bin(iface))

    def call(self, opnum, request, response, note, malformed='none', fault=False):
        """request/response: (stub bytes, Truth); response None for a fault."""
        req_stub, req_truth = request
        assert len(req_stub) + 24 < self.max_pdu
        if response is not None:
            resp_stub, resp_truth = response
            assert len(resp_stub) + 24 < self.max_pdu
            self.rec.server.script.append((self.iface_name, opnum, resp_stub))
        call_id = self.dce._DCERPC_v5__callid
        n_received = len(self.rec.server.received)
        self.dce.call(opnum, req_stub)
        entry = collections.OrderedDict()
        entry['interface'] = self.iface_name
        entry['opnum'] = opnum
        entry['call_id'] = call_id
        entry['tcp_stream_hint'] = self.index
        entry['request'] = req_truth.d
        try:
            answer = self.dce.recv()
        except DCERPCException:
            assert fault, 'unexpected fault for opnum %d' % opnum
            entry['fault'] = NCA_S_OP_RNG_ERROR
        else:
            assert not fault
            assert answer == resp_stub, (answer.hex(), resp_stub.hex())
            entry['response'] = resp_truth.d
        got_opnum, got_stub = self.rec.server.received[n_received]
        assert got_opnum == opnum and got_stub == req_stub
        entry['malformed'] = malformed
        entry['note'] = note
        self.rec.calls.append(entry)

    def close(self):
        self.dce.disconnect()
        time.sleep(0.05)


PAD_FILL = {0xaa, 0xab, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf, 0xca, 0xcb, 0xcc, 0xce, 0xdd, 0xee, 0xef}


def roundtrip(cls, stub):
    """Unmarshal a well-formed stub with the same impacket class and marshal it
    again: guards against layout mistakes that only marshalling would hide."""
    obj = cls(stub)
    again = obj.getData()
    assert len(again) == len(stub), (cls.__name__, stub.hex(), again.hex())
    for i, (a, b) in enumerate(zip(stub, again)):
        # alignment gaps carry impacket's filler bytes, which differ between
        # a NULL pointer written as NULL and one re-read from the wire
        assert a == b or (a in PAD_FILL and b in PAD_FILL), \
            (cls.__name__, i, stub.hex(), again.hex())


################################################################################
# Scenario data
################################################################################

T0 = epoch(2024, 6, 20, 9, 30, 0)        # "now" on the fake server

ZURICH = 'Zürich–東京 failover'
SECONDARY_ACCENTED = 'dhcp-sécondaire.exämple.org'
LONG_NAME = 'relationship-' + 'x' * 114          # 127 characters: one too many

REL_FO1 = Rel('fo1', '10.0.0.1', '10.0.0.2', mode=0, server_type=0, state=0, prev_state=0,
              mclt=3600, safe_period=0, scopes=['10.0.0.0'], percentage=50)
REL_ZURICH = Rel(ZURICH, '192.0.2.10', '192.0.2.20', mode=1, server_type=0, state=0,
                 prev_state=0, mclt=3600, safe_period=300, primary_name='dhcp1.example.com',
                 secondary_name=SECONDARY_ACCENTED,
                 scopes=['192.0.2.0', '198.51.100.0', '203.0.113.0'], percentage=5,
                 secret='s3cr3t-Pässwort')
MANY_SCOPES = ['10.%d.%d.0' % (20 + i // 100, i % 100) for i in range(150)]


def enum_five():
    names = ['branch-north', 'branch-south', 'campus-ha', 'lab', 'dc-west']
    rels = []
    for i, name in enumerate(names):
        rels.append(Rel(name, '10.1.%d.1' % i, '10.2.%d.1' % i, mode=i % 2, server_type=(i // 2) % 2,
                        state=3 + i, prev_state=2 + i, mclt=3600 + 60 * i,
                        safe_period=[0xFFFFFFFF, 0, 600, 3600, 86400][i],
                        primary_name=None if i == 2 else 'dhcp-a%d.corp.example' % i,
                        secondary_name=None if i in (2, 3) else 'dhcp-b%d.corp.example' % i,
                        scopes=None if i == 4 else ['10.%d.%d.0' % (100 + i, j) for j in range(i + 1)],
                        percentage=[50, 0, 100, 70, 30][i],
                        secret=None if i % 2 else 'secret-%d' % i))
    return rels


################################################################################
# Capture 1: failover-tcp
################################################################################

def failover_capture():
    with Recorder('failover-tcp') as rec:
        # ---- connection 0: create and get ------------------------------------
        s = rec.connect()
        s.call(99, req_server_only(GetSystemTime, None), resp_time(T0),
               'GetSystemTime, ServerIpAddress NULL, epoch-seconds time')
        s.call(89, req_relationship(CreateRelationship, None, REL_FO1),
               resp_status(89, ERROR_SUCCESS),
               'CreateRelationship: the fact sheet 6.10 example (88-byte stub)')
        s.call(89, req_relationship(CreateRelationship, '\\\\dhcp1.example.com', REL_ZURICH),
               resp_status(89, ERROR_SUCCESS),
               'CreateRelationship, UNC server name, non-ASCII names, HotStandby, shared secret')
        s.call(89, req_relationship(CreateRelationship, '192.0.2.10',
                                    Rel('fo1', '10.0.0.1', '10.0.0.3', scopes=['10.0.5.0'])),
               resp_status(89, ERROR_DHCP_FO_RELATIONSHIP_EXISTS),
               'CreateRelationship with an existing name -> ERROR_DHCP_FO_RELATIONSHIP_EXISTS')
        s.call(89, req_relationship(CreateRelationship, None,
                                    Rel(LONG_NAME, '10.0.0.1', '10.0.0.2', scopes=['10.0.6.0'])),
               resp_status(89, ERROR_DHCP_FO_RELATIONSHIP_NAME_TOO_LONG),
               'CreateRelationship with a 127-character name -> NAME_TOO_LONG')
        s.call(89, req_relationship(CreateRelationship, '192.0.2.10',
                                    Rel('big-site', '10.20.0.1', '10.20.0.2', mode=0,
                                        server_type=1, mclt=1800, safe_period=7200,
                                        primary_name='dhcp-big1', secondary_name='dhcp-big2',
                                        scopes=MANY_SCOPES, percentage=60)),
               resp_status(89, ERROR_SUCCESS),
               'CreateRelationship with 150 scopes, secondary server type')
        s.call(89, req_relationship(CreateRelationship, None,
                                    Rel('no-scopes', '10.0.0.1', '10.0.0.2', scopes=None,
                                        percentage=101)),
               resp_status(89, ERROR_INVALID_PARAMETER),
               'CreateRelationship with pScopes NULL (and percentage 101) -> 0x57')
        s.call(92, req_name(GetRelationship, None, 'fo1'),
               resp_relationship(92, Rel('fo1', '10.0.0.1', '10.0.0.2', mode=0, server_type=0,
                                         state=2, prev_state=1, mclt=3600,
                                         safe_period=0xFFFFFFFF, scopes=['10.0.0.0'],
                                         percentage=50), ERROR_SUCCESS),
               'GetRelationship: STARTUP/INIT after create, safePeriod 0xFFFFFFFF, NULL names')
        s.call(92, req_name(GetRelationship, '\\\\dhcp1.example.com', ZURICH),
               resp_relationship(92, Rel(ZURICH, '192.0.2.10', '192.0.2.20', mode=1,
                                         server_type=0, state=1, prev_state=0, mclt=3600,
                                         safe_period=300, primary_name='dhcp1.example.com',
                                         secondary_name=SECONDARY_ACCENTED,
                                         scopes=['192.0.2.0', '198.51.100.0', '203.0.113.0'],
                                         percentage=5, secret='s3cr3t-Pässwort'), ERROR_SUCCESS),
               'GetRelationship with non-ASCII name, all pointers set, state INIT prev NO_STATE')
        s.call(92, req_name(GetRelationship, None, 'missing'),
               resp_relationship(92, None, ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST),
               'GetRelationship error: NULL relationship pointer in the response')
        s.call(92, req_name(GetRelationship, None, 'zero'),
               resp_relationship(92, Rel('zero', '10.0.0.9', '10.0.0.10', mode=0, server_type=1,
                                         state=0, prev_state=0, mclt=0, safe_period=0,
                                         scopes=[], percentage=0), ERROR_SUCCESS),
               'GetRelationship: state NO_STATE, empty DHCP_IP_ARRAY (0 elements, max_count 0)')
        s.close()

        # ---- connection 1: enumerate and delete -------------------------------
        s = rec.connect()
        five = enum_five()
        s.call(93, req_enum('\\\\dhcp1.example.com', 0, 0xFFFFFFFF),
               resp_enum(5, five, 5, 5, ERROR_SUCCESS),
               'EnumRelationship returning 5 relationships (states 3..7, mixed NULL members)')
        s.call(93, req_enum(None, 0, 200),
               resp_enum(1, [Rel('dc-east', '10.3.0.1', '10.3.0.2', mode=1, server_type=1,
                                 state=8, prev_state=7, mclt=900, safe_period=60,
                                 primary_name='dhcp-e1', secondary_name='dhcp-e2',
                                 scopes=['10.3.0.0'], percentage=100, secret=None)],
                         1, 7, ERROR_MORE_DATA),
               'EnumRelationship one relationship, ERROR_MORE_DATA (state RESOLUTION_INT)')
        s.call(93, req_enum(None, 1, 1024),
               resp_enum(1, [], 0, 0, ERROR_NO_MORE_ITEMS),
               'EnumRelationship: array with 0 elements and an empty conformant array')
        s.call(93, req_enum(None, 1, 1024),
               resp_enum(1, [], 0, 0, ERROR_NO_MORE_ITEMS, rels_pointer_null=True),
               'EnumRelationship: numElements 0 and pRelationships NULL')
        s.call(93, req_enum('192.0.2.10', 7, 4096),
               resp_enum(7, None, 0, 0, ERROR_NO_MORE_ITEMS),
               'EnumRelationship: NULL relationship-array pointer, ERROR_NO_MORE_ITEMS')
        s.call(91, req_name(DeleteRelationship, None, 'fo-old'),
               resp_status(91, ERROR_SUCCESS), 'DeleteRelationship success')
        s.call(91, req_name(DeleteRelationship, '192.0.2.10', None),
               resp_status(91, ERROR_INVALID_PARAMETER),
               'DeleteRelationship with NULL name -> 0x57')
        s.call(91, req_name(DeleteRelationship, None, 'nope'),
               resp_status(91, ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST),
               'DeleteRelationship unknown name -> 0x4E93')
        s.call(91, req_name(DeleteRelationship, None, ZURICH),
               resp_status(91, ERROR_ACCESS_DENIED), 'DeleteRelationship -> access denied')
        s.close()

        # ---- connection 2: set relationship, add/remove scopes ---------------
        s = rec.connect()
        base = dict(primary='10.0.0.1', secondary='10.0.0.2', scopes=None)
        s.call(90, req_relationship(SetRelationship, None,
                                    Rel('fo1', mclt=7200, **base), flags=0x01),
               resp_status(90, ERROR_SUCCESS), 'SetRelationship Flags=MCLT')
        s.call(90, req_relationship(SetRelationship, '\\\\dhcp1.example.com',
                                    Rel('fo1', mode=1, server_type=0, state=5, prev_state=4,
                                        mclt=600, safe_period=1200, percentage=80,
                                        primary_name='dhcp1', secondary_name='dhcp2',
                                        primary='10.0.0.1', secondary='10.0.0.2',
                                        scopes=['10.0.0.0']),
                                    flags=0x3F),
               resp_status(90, ERROR_SUCCESS), 'SetRelationship Flags=0x3F (all spec flags)')
        s.call(90, req_relationship(SetRelationship, None,
                                    Rel(ZURICH, mode=0, percentage=70, **base), flags=0x18),
               resp_status(90, ERROR_SUCCESS), 'SetRelationship Flags=PERCENTAGE|MODE')
        s.call(90, req_relationship(SetRelationship, None,
                                    Rel('fo1', secret='new-sécret', **base), flags=0x40),
               resp_status(90, ERROR_INVALID_PARAMETER),
               'SetRelationship Flags=SHAREDSECRET (SDK-only bit) -> 0x57')
        s.call(90, req_relationship(SetRelationship, None,
                                    Rel('nope', mclt=60, **base), flags=0x01),
               resp_status(90, ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST),
               'SetRelationship unknown relationship -> 0x4E93')
        s.call(90, req_relationship(SetRelationship, None,
                                    Rel(None, state=12, prev_state=13, **base), flags=0x24),
               resp_status(90, ERROR_INVALID_PARAMETER),
               'SetRelationship with NULL relationshipName, CHANGESTATE|PREVSTATE to 12/13 -> 0x57')
        s.call(94, req_relationship(AddScopeToRelationship, None,
                                    Rel('fo1', scopes=['10.0.1.0', '10.0.2.0'],
                                        primary='0.0.0.0', secondary='0.0.0.0',
                                        percentage=0)),
               resp_status(94, ERROR_SUCCESS), 'AddScopeToRelationship two scopes, zero members')
        s.call(94, req_relationship(AddScopeToRelationship, '192.0.2.10',
                                    Rel('fo1', scopes=[], primary='0.0.0.0', secondary='0.0.0.0')),
               resp_status(94, ERROR_INVALID_PARAMETER),
               'AddScopeToRelationship with an empty DHCP_IP_ARRAY -> 0x57')
        s.call(94, req_relationship(AddScopeToRelationship, None,
                                    Rel('fo1', scopes=None, primary='0.0.0.0', secondary='0.0.0.0')),
               resp_status(94, ERROR_INVALID_PARAMETER),
               'AddScopeToRelationship with pScopes NULL -> 0x57')
        s.call(94, req_relationship(AddScopeToRelationship, None,
                                    Rel('fo1', scopes=['10.0.3.0'], primary='0.0.0.0',
                                        secondary='0.0.0.0')),
               resp_status(94, ERROR_FILE_NOT_FOUND),
               'AddScopeToRelationship when no relationships exist -> 0x2')
        s.call(94, req_relationship(AddScopeToRelationship, None,
                                    Rel(ZURICH, scopes=['10.0.0.0'], primary='0.0.0.0',
                                        secondary='0.0.0.0')),
               resp_status(94, ERROR_DHCP_FO_SCOPE_ALREADY_IN_RELATIONSHIP),
               'AddScopeToRelationship scope already in a relationship -> 0x4E91')
        s.call(94, req_relationship(AddScopeToRelationship, None,
                                    Rel('fo1', scopes=['10.0.4.0'], primary='0.0.0.0',
                                        secondary='0.0.0.0')),
               resp_status(94, ERROR_DHCP_FO_STATE_NOT_NORMAL),
               'AddScopeToRelationship relationship not NORMAL -> 0x4E98')
        s.call(95, req_relationship(DeleteScopeFromRelationship, None,
                                    Rel('fo1', scopes=['10.0.1.0'], primary='0.0.0.0',
                                        secondary='0.0.0.0')),
               resp_status(95, ERROR_SUCCESS), 'DeleteScopeFromRelationship success')
        s.call(95, req_relationship(DeleteScopeFromRelationship, None,
                                    Rel('fo1', scopes=['10.99.0.0'], primary='0.0.0.0',
                                        secondary='0.0.0.0')),
               resp_status(95, ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP),
               'DeleteScopeFromRelationship scope not in relationship -> 0x4E94')
        s.call(95, req_relationship(DeleteScopeFromRelationship, None,
                                    Rel('fo1', scopes=['10.98.0.0'], primary='0.0.0.0',
                                        secondary='0.0.0.0')),
               resp_status(95, ERROR_DHCP_SUBNET_NOT_PRESENT),
               'DeleteScopeFromRelationship unknown subnet -> 0x4E25')
        s.close()

        # ---- connection 3: scope relationship and statistics -----------------
        s = rec.connect()
        for state, prev, scope, mode, st in ((9, 8, '10.0.0.0', 0, 0), (10, 9, '192.0.2.0', 1, 1),
                                             (11, 10, '198.51.100.0', 1, 0)):
            rel = Rel('scope-rel-%d' % state, '10.0.0.1', '10.0.0.2', mode=mode, server_type=st,
                      state=state, prev_state=prev, mclt=3600, safe_period=3600,
                      primary_name='dhcp1.example.com', secondary_name=SECONDARY_ACCENTED,
                      scopes=[scope], percentage=50, secret=None)
            s.call(96, req_scope(GetScopeRelationship, None, scope),
                   resp_relationship(96, rel, ERROR_SUCCESS),
                   'GetScopeRelationship success, state %d prev %d' % (state, prev))
        s.call(96, req_scope(GetScopeRelationship, '192.0.2.10', '10.77.0.0'),
               resp_relationship(96, Rel('odd-states', '10.0.0.1', '10.0.0.2', mode=0,
                                         server_type=0, state=12, prev_state=13, mclt=3600,
                                         safe_period=0, scopes=['10.77.0.0'], percentage=50),
                                 ERROR_SUCCESS),
               'GetScopeRelationship with SDK-only states PAUSED(12)/SHUTDOWN(13)')
        s.call(96, req_scope(GetScopeRelationship, None, '10.88.0.0'),
               resp_relationship(96, None, ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP),
               'GetScopeRelationship error: NULL relationship pointer, 0x4E94')
        s.call(96, req_scope(GetScopeRelationship, None, '0.0.0.0'),
               resp_relationship(96, None, ERROR_INVALID_PARAMETER),
               'GetScopeRelationship scopeId 0 -> 0x57')
        s.call(97, req_scope(GetScopeStatistics, None, '10.0.0.0'),
               resp_stats([254, 120, 134, 60, 60, 70, 64], ERROR_SUCCESS),
               'GetScopeStatistics success')
        s.call(97, req_scope(GetScopeStatistics, '\\\\dhcp1.example.com', '10.88.0.0'),
               resp_stats(None, ERROR_FILE_NOT_FOUND),
               'GetScopeStatistics no entry -> NULL stats, 0x2')
        s.call(97, req_scope(GetScopeStatistics, None, '192.0.2.0'),
               resp_stats(None, ERROR_ACCESS_DENIED),
               'GetScopeStatistics access denied -> NULL stats, 0x5')
        s.close()

        # ---- connection 4: client info ---------------------------------------
        s = rec.connect()
        mac = bytes.fromhex('00155d0a0b0c')
        lease = filetime(T0 + 8 * 86400)
        c1 = Client('10.0.0.55', '255.255.255.0', mac, 'laptop-55.corp.example', 'Finance laptop',
                    lease, '10.0.0.1', 'DHCP1', owner_host=None, client_type=1,
                    address_state=0x01 | 0x08, quarantine_status=0, probation_ends=0,
                    quarantine_capable=0, sent_pot=T0 + 8 * 86400 + 3600,
                    ack_pot=T0 + 8 * 86400 + 3600, recv_pot=T0 + 8 * 86400,
                    start_time=T0 - 3600, clt_last_trans=T0 - 600, last_bnd_upd=T0 - 590,
                    bnd_msg_status=0, policy_name='Finance-Policy', flags=0)
        s.call(98, req_client(None, 'ip', '10.0.0.55'), resp_client(c1, ERROR_SUCCESS),
               'GetClientInfo by IP address; full client info, HostName NULL, PolicyName set')
        uid = bytes.fromhex('0000000a' '01' '00155d0a0b0d')   # (ip & mask) reversed, 0x01, MAC
        c2 = Client('10.0.0.56', '255.255.255.0', uid, 'Gerät-Müller', None,
                    0x7FFFFFFFFFFFFFFF, '10.0.0.2', 'DHCP-SÉCONDAIRE', owner_host=None,
                    client_type=3, address_state=0x01 | 0x04 | 0x20, quarantine_status=3,
                    probation_ends=filetime(T0 + 3 * 86400), quarantine_capable=1,
                    sent_pot=0, ack_pot=0, recv_pot=T0 + 86400, start_time=T0 - 86400,
                    clt_last_trans=T0 - 7200, last_bnd_upd=0, bnd_msg_status=0xFFFFFFFF,
                    policy_name=None, flags=0x5A)
        s.call(98, req_client('192.0.2.10', 'hw', mac), resp_client(c2, ERROR_SUCCESS),
               'GetClientInfo by hardware address; infinite lease, probation, bndMsgStatus/flags '
               'junk that MUST be ignored, NULL comment and policy')
        c3 = Client('192.0.2.77', '255.255.255.128', bytes.fromhex('aabbccddeeff'), 'printer-3',
                    'Lobby printer', filetime(T0 + 3600), '192.0.2.10', 'DHCP1',
                    owner_host=None, client_type=4, address_state=0x02 | 0x40,
                    quarantine_status=6, probation_ends=0, quarantine_capable=0,
                    sent_pot=T0 + 7200, ack_pot=T0 + 7200, recv_pot=T0 + 3600,
                    start_time=T0, clt_last_trans=T0, last_bnd_upd=T0,
                    policy_name='P' * 64, flags=0)
        s.call(98, req_client('\\\\dhcp1.example.com', 'name', 'printer-3'),
               resp_client(c3, ERROR_SUCCESS),
               'GetClientInfo by client name; reservation type, 64-char policy name')
        s.call(98, req_client(None, 'name', 'no-such-client'),
               resp_client(None, ERROR_DHCP_JET_ERROR),
               'GetClientInfo not found -> NULL client info, ERROR_DHCP_JET_ERROR')
        s.call(98, req_client(None, 'name', None),
               resp_client(None, ERROR_INVALID_PARAMETER),
               'GetClientInfo by name with NULL ClientName -> 0x57')
        s.call(98, req_client(None, 'ip', '10.0.0.57'),
               resp_client(None, ERROR_ACCESS_DENIED), 'GetClientInfo access denied')
        s.close()

        # ---- connection 5: trigger, address status, time, non-failover, fault
        s = rec.connect()
        s.call(100, req_name(TriggerAddrAllocation, None, ZURICH),
               resp_status(100, ERROR_SUCCESS), 'TriggerAddrAllocation success (non-ASCII name)')
        s.call(100, req_name(TriggerAddrAllocation, '192.0.2.10', 'campus-ha'),
               resp_status(100, ERROR_DHCP_FO_RELATION_IS_SECONDARY),
               'TriggerAddrAllocation on the secondary -> 0x4E95')
        s.call(100, req_name(TriggerAddrAllocation, None, None),
               resp_status(100, ERROR_INVALID_PARAMETER),
               'TriggerAddrAllocation FailRelName NULL -> 0x57')
        s.call(100, req_name(TriggerAddrAllocation, None, 'nope'),
               resp_status(100, ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST),
               'TriggerAddrAllocation unknown name -> 0x4E93')
        for value, address in ((0, '10.0.0.20'), (1, '10.0.0.200'), (2, '10.0.0.250'),
                               (3, '10.0.0.55')):
            s.call(125, req_address(None if value % 2 else '192.0.2.10', address),
                   resp_address_status(value, ERROR_SUCCESS),
                   'GetAddressStatus success, pStatus %d' % value)
        s.call(125, req_address(None, '172.16.0.1'),
               resp_address_status(0, ERROR_INVALID_PARAMETER),
               'GetAddressStatus address in no subnet -> 0x57')
        s.call(125, req_address(None, '10.88.0.5'),
               resp_address_status(0, ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP),
               'GetAddressStatus subnet not in a relationship -> 0x4E94')
        s.call(99, req_server_only(GetSystemTime, '192.0.2.10'), resp_time(T0 + 42),
               'GetSystemTime with ServerIpAddress set')
        s.call(0, spec_call('dhcpsrv2', 0, 'request', ServerIpAddress=None,
                            SubnetAddress=ip2int('10.0.0.0'), ResumeHandle=0,
                            PreferredMaximum=0xFFFFFFFF),
               spec_call('dhcpsrv2', 0, 'response', ResumeHandle=0, ClientInfo=None,
                         ClientsRead=0, ClientsTotal=0, ErrorCode=ERROR_NO_MORE_ITEMS),
               'non-failover dhcpsrv2 call: R_DhcpEnumSubnetClientsV5, no clients')
        s.call(UNIMPLEMENTED_OPNUM,
               spec_call('dhcpsrv2', UNIMPLEMENTED_OPNUM, 'request', ServerIpAddress=None,
                         ServerPolicy=0, SubnetAddress=ip2int('10.0.0.0'),
                         PolicyName='Finance-Policy'), None,
               'opnum the fake server does not implement -> fault PDU nca_s_op_rng_error',
               fault=True)
        s.call(99, req_server_only(GetSystemTime, None), resp_time(T0 + 43),
               'GetSystemTime after the fault, same connection')
        s.close()

        # ---- connection 6: the other interface, dhcpsrv ----------------------
        s = rec.connect(DHCPSRV)
        s.call(28, spec_call('dhcpsrv', 28, 'request', ServerIpAddress='192.0.2.10'),
               spec_call('dhcpsrv', 28, 'response', MajorVersion=6, MinorVersion=3, ErrorCode=0),
               'dhcpsrv R_DhcpGetVersion (the other interface)')
        s.close()

        # round-trip every well-formed failover stub through impacket's unmarshaller
        check_roundtrips(rec)
    return rec


REQUEST_CLASSES = {89: CreateRelationship, 90: SetRelationship, 91: DeleteRelationship,
                   92: GetRelationship, 93: EnumRelationship, 94: AddScopeToRelationship,
                   95: DeleteScopeFromRelationship, 96: GetScopeRelationship,
                   97: GetScopeStatistics, 98: GetClientInfo, 99: GetSystemTime,
                   100: TriggerAddrAllocation, 125: GetAddressStatus}


def check_roundtrips(rec):
    for opnum, stub in rec.server.received:
        if opnum in REQUEST_CLASSES:
            roundtrip(REQUEST_CLASSES[opnum], stub)


################################################################################
# Capture 2: malformed
################################################################################

def malformed_capture():
    with Recorder('malformed') as rec:
        s = rec.connect()
        s.call(99, req_server_only(GetSystemTime, None), resp_time(T0 + 100),
               'good call first')

        # (a) GetScopeRelationship response cut inside the relationship body
        rel = Rel('cut-rel', '10.0.0.1', '10.0.0.2', mode=1, server_type=1, state=3,
                  prev_state=2, mclt=3600, safe_period=600, primary_name='dhcp1',
                  scopes=['10.0.0.0'], percentage=50)
        full, _ = resp_relationship(96, rel, ERROR_SUCCESS)
        cut = full[:4 + 22]           # referent id + 22 of 48 body bytes (into safePeriod)
        t = Truth(96)
        rel.truth(t, upto='mclt')
        s.call(96, req_scope(GetScopeRelationship, None, '10.0.0.0'), (cut, t),
               'response truncated after 22 bytes of the relationship body (mid safePeriod); '
               'values up to mclt are decodable, no status', malformed='response')
        s.call(96, req_scope(GetScopeRelationship, None, '10.0.0.0'),
               resp_relationship(96, rel, ERROR_SUCCESS), 'good call after (a)')

        # (b) DHCP_IP_ARRAY claiming 0xFFFFFFFF elements but carrying 2
        bad = Rel('huge-array', '10.0.0.1', '10.0.0.2', mode=0, server_type=0, state=3,
                  prev_state=2, mclt=3600, safe_period=600, scopes=['10.9.0.0', '10.9.1.0'],
                  percentage=50, num_elements_override=0xFFFFFFFF,
                  max_count_override=0xFFFFFFFF)
        stub, _ = resp_relationship(92, bad, ERROR_SUCCESS)
        assert stub.count(b'\xff\xff\xff\xff') == 2, stub.hex()
        t = Truth(92)
        bad.truth(t, upto='scope_count')
        s.call(92, req_name(GetRelationship, None, 'huge-array'), (stub, t),
               'GetRelationship response: NumElements=0xFFFFFFFF, Elements max_count=0xFFFFFFFF, '
               'only 2 elements (then the status) present; listed up to scope_count',
               malformed='response')
        s.call(92, req_name(GetRelationship, None, 'fo1'),
               resp_relationship(92, Rel('fo1', scopes=['10.0.0.0'], state=3, prev_state=2),
                                 ERROR_SUCCESS), 'good call after (b)')
        s.close()

        s = rec.connect()
        # (c) relationship name whose actual_count exceeds the bytes present
        stub, _ = req_name(DeleteRelationship, None, 'fo1')
        # layout: 0 ServerIpAddress NULL, 4 referent, 8 max_count, 12 offset, 16 actual_count,
        # 20 "fo1\0"
        assert struct.unpack_from('<LLL', stub, 8) == (4, 0, 4) and len(stub) == 28
        stub = stub[:8] + struct.pack('<LLL', 40, 0, 40) + stub[20:]
        s.call(91, (stub, Truth(91)), resp_status(91, ERROR_INVALID_PARAMETER),
               'DeleteRelationship request: name max_count=actual_count=40 but only 4 UTF-16 '
               'units (8 bytes) follow', malformed='request')
        s.call(91, req_name(DeleteRelationship, None, 'fo1'), resp_status(91, ERROR_SUCCESS),
               'good call after (c)')

        # (d) DHCP_SEARCH_INFO whose union discriminant differs from SearchType
        stub, _ = req_client(None, 'ip', '10.0.0.55')
        assert stub[4:8] == b'\x00\x00\x00\x00' and len(stub) == 12
        stub = stub[:6] + struct.pack('<H', 7) + stub[8:]
        t = Truth(98).add('dhcpm.search.type', 0)
        s.call(98, (stub, t), resp_client(None, ERROR_INVALID_PARAMETER),
               'GetClientInfo request: SearchType 0 but union discriminant 7 (no such arm)',
               malformed='request')
        s.call(98, req_client(None, 'ip', '10.0.0.55'),
               resp_client(None, ERROR_DHCP_JET_ERROR), 'good call after (d)')
        s.call(99, req_server_only(GetSystemTime, None), resp_time(T0 + 200),
               'final good call')
        s.close()
    return rec


################################################################################
# Capture 3: sdk-variants
################################################################################

def sdk_variants_capture():
    """The two places where the Windows SDK API differs from the MS-DHCPM IDL
    (fact sheet section 7 items 4 and 5).  On each connection an SDK-shaped
    call, then a spec-shaped one, then another SDK-shaped one, so a decoder
    cannot get by on remembering the shape per conversation."""
    def checked(cls, built, length):
        stub, _ = built
        assert len(stub) == length, (cls.__name__, len(stub), stub.hex())
        roundtrip(cls, stub)
        return built

    with Recorder('sdk-variants') as rec:
        # ---- connection 0: R_DhcpV4FailoverGetSystemTime (99) ----------------
        s = rec.connect()
        s.call(99, checked(GetSystemTime, req_server_only(GetSystemTime, None), 4),
               checked(GetSystemTimeResponseSdk, resp_time_sdk(T0 + 86400, 30), 12),
               'SDK shape: 12-byte response pTime, pMaxAllowedDeltaTime, status '
               '(ServerIpAddress NULL)')
        s.call(99, checked(GetSystemTime, req_server_only(GetSystemTime, None), 4),
               checked(GetSystemTimeResponse, resp_time(T0 + 86400 + 60), 8),
               'spec shape: 8-byte response pTime, status (ServerIpAddress NULL)')
        s.call(99, checked(GetSystemTime, req_server_only(GetSystemTime, '192.0.2.10'), 38),
               checked(GetSystemTimeResponseSdk, resp_time_sdk(T0 + 86400 + 75, 300), 12),
               'SDK shape: 12-byte response pTime, pMaxAllowedDeltaTime, status '
               '(ServerIpAddress set)')
        s.close()

        # ---- connection 1: R_DhcpV4FailoverGetAddressStatus (125) ------------
        s = rec.connect()
        s.call(125, checked(GetAddressStatusSdk, req_address_sdk(None, '10.0.0.20', 0), 12),
               checked(GetAddressStatusResponse, resp_address_status(1, ERROR_SUCCESS), 8),
               'SDK shape: request carries [in] pStatus 0 after SubnetAddress (12-byte stub, '
               'ServerIpAddress NULL)')
        s.call(125, checked(GetAddressStatus, req_address(None, '10.0.0.55'), 8),
               checked(GetAddressStatusResponse, resp_address_status(2, ERROR_SUCCESS), 8),
               'spec shape: request without pStatus (8-byte stub, ServerIpAddress NULL)')
        # "192.0.2.10": 4 referent + 12 conformance/variance + 11 * 2 = 38 bytes,
        # 2 bytes of padding, SubnetAddress @40, pStatus @44
        built = checked(GetAddressStatusSdk,
                        req_address_sdk('192.0.2.10', '10.0.0.250', 2), 48)
        assert built[0][40:48] == struct.pack('<LL', ip2int('10.0.0.250'), 2), built[0].hex()
        s.call(125, built,
               checked(GetAddressStatusResponse, resp_address_status(3, ERROR_SUCCESS), 8),
               'SDK shape: request carries [in] pStatus 2; odd-length ServerIpAddress, so 2 '
               'padding bytes precede SubnetAddress (48-byte stub)')
        s.close()
    return rec


CAPTURES = collections.OrderedDict((('failover-tcp', failover_capture),
                                    ('malformed', malformed_capture),
                                    ('sdk-variants', sdk_variants_capture)))


def load_capture_modules():
    """Further capture sets live beside this file as gen_<topic>.py, each
    with its own CAPTURES table; they import this file as a library."""
    sys.modules.setdefault('make_captures', sys.modules[__name__])
    sys.path.insert(0, HERE)
    for path in sorted(glob.glob(os.path.join(HERE, 'gen_*.py'))):
        module = importlib.import_module(os.path.basename(path)[:-3])
        for name, build in module.CAPTURES.items():
            assert name not in CAPTURES, name
            CAPTURES[name] = build


def main():
    load_capture_modules()
    parser = argparse.ArgumentParser(description='Generate the MS-DHCPM test captures.')
    parser.add_argument('--only', action='append', choices=list(CAPTURES), metavar='NAME',
                        help='produce only this capture (repeatable; one of %s); '
                             'default: all' % ', '.join(CAPTURES))
    args = parser.parse_args()
    wanted = args.only or list(CAPTURES)
    if os.geteuid() != 0:
        sys.exit('needs root: dumpcap must capture on "lo" (sudo /usr/bin/python3 %s)' % sys.argv[0])
    self_check()
    for name in CAPTURES:
        if name not in wanted:
            continue
        rec = CAPTURES[name]()
        size = os.path.getsize(rec.pcap)
        print('%s: %d calls on %d connections, %d bytes, port %d'
              % (os.path.basename(rec.pcap), len(rec.calls), rec.connections, size, rec.port))
        assert size < 1024 * 1024, 'captures stay under 1 MB'


if __name__ == '__main__':
    main()
