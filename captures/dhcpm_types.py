#!/usr/bin/python3
"""MS-DHCPM NDR types and calls for impacket: the whole protocol, both interfaces.

What this is
    One impacket class per MS-DHCPM type of section 2.2 / Appendix A and one
    NDRCALL class per method and direction of the interfaces dhcpsrv
    (6BFFD098-A112-3610-9833-46C3F874532D v1.0, 51 methods) and dhcpsrv2
    (5B821720-F63B-11D0-AAD2-00C04FC324DB v1.0, 133 methods), written from
    the IDL of MS-DHCPM Appendix A (sections 2.2 and 3.x agree with it, see
    "Ambiguities" below) independently of the Wireshark dissector, so that
    test traffic can be generated for it.  Stubs come out in NDR 2.0 or NDR64.

        import dhcpm_types as T
        req = T.R_DhcpGetSubnetInfo()
        T.set_string(req, 'ServerIpAddress', '192.0.2.10')
        req['SubnetAddress'] = T.ip('10.0.0.0')
        stub = T.marshal(req)                  # NDR 2.0
        stub64 = T.marshal(req, ndr64=True)    # NDR64 (req itself is left in NDR 2.0)
        again = T.unmarshal(T.R_DhcpGetSubnetInfo, stub)

    METHODS[('dhcpsrv', opnum)] / METHODS[('dhcpsrv2', opnum)] give the
    (request class, response class) pair; a request class is named like the
    method (R_DhcpCreateSubnet, with .opnum and .IFACE), its response class
    R_DhcpCreateSubnetResponse; the DWORD return value is the last member of
    every response, ErrorCode.  dhcpm_fill.fill() populates any of them.

Names
    Structures, unions and enums carry the typedef name of the specification
    (the union tag without its underscore for unions, which have no typedef)
    and their members the specification's member names.  Anonymous pieces:
    DHCP_ATTRIB's union is the member AttribValue (class
    DHCP_ATTRIB_VALUE_UNION, discriminant the ULONG DhcpAttribType); the
    element structures of DHCP_ALL_OPTIONS.VendorOptions,
    DHCP_ALL_OPTION_VALUES.Options and DHCP_ALL_OPTION_VALUES_PB.Options are
    DHCP_VENDOR_OPTION, DHCP_ALL_OPTION_VALUES_ELEMENT and
    DHCP_ALL_OPTION_VALUES_PB_ELEMENT.  Helper classes that have no name in
    the IDL: <T>_CARRAY is a conformant array of T (for an array of pointers
    T is the pointer class, e.g. LPDHCP_CLIENT_INFO_CARRAY), PTR_<T>_CARRAY a
    unique pointer to one (what a [size_is] pointer member is), PTR_<T> a
    unique pointer to one T where the IDL has no pointer typedef
    (PTR_DHCP_CLIENT_UID for DHCP_CLIENT_UID *ReservedForClient), and
    PATTERN_ARRAY the fixed BYTE Pattern[MAX_PATTERN_LENGTH].  Every pointer
    typedef of the IDL (LPDHCP_..., PDHCP_...) is a class (P... names that
    name the same type as an LP... name are aliases of it).

Metadata (class attributes)
    Struct.SIZE_IS      {array pointer member: its count member}, e.g.
                        DHCP_IP_ARRAY.SIZE_IS == {'Elements': 'NumElements'}.
                        DHCP_POL_COND's count ValueLength follows its array.
    Struct.SWITCH_IS    {union member: discriminant member}
    Struct.SWITCH_MASK  {union member: 'ELEMENT_MASK'} for the four subnet
                        element structures whose union is switched on
                        ELEMENT_MASK(ElementType) (see select_arm()).
    Union.union         {tag: (arm member, class) or None for an empty arm}
    Union.ARMS          {tag: arm member name or None}
    Union.SWITCH_TYPE   the discriminant's type (an enum: 16 bits in NDR 2.0,
                        32 in NDR64; ULONG: 32 bits in both)
    CArray.ELEMENT      for arrays of scalars, the scalar's class (the array
                        holds plain ints)
    Call.IFACE, .opnum, Call.SIZE_IS (a call's own [size_is] parameters; for
                        R_DhcpQueryDnsRegCredentialsResponse the counts
                        UnameSize / DomainSize are request parameters)
    IDL_PARAMS[method]  the method's parameter declarations as in Appendix A

Reading and writing objects (impacket's item access, with correction 5)
    scalar / enum       obj['M'] -> int; obj['M'] = 5
    string (LPWSTR,     obj['M'] -> str including its terminating '\\x00'
    in-place WSTR)      (impacket's convention; set_string() appends it)
    NULL pointer        is_null(obj, 'M'); underneath, obj.fields['M'] is an
                        NDRPOINTERNULL (after obj['M'] = NULL) or a pointer
                        whose ['ReferentID'] is 0 (after unmarshalling)
    embedded structure  obj['M'] -> the structure object
    pointer to a        obj['M'] -> the pointee structure object (also for
    structure           top-level unique pointers of a call)
    pointer to an array obj['M'] -> Python list: ints for scalar elements
                        (DHCP_IP_ADDRESS, BYTE, WCHAR code units, ...),
                        structure objects for structure elements, pointer
                        objects for pointer elements (p['Data'] is the
                        pointee, p['Member'] reaches into it; for LPWSTR
                        elements p['Data'] is the str)
    in-place conformant call['Uname'] -> list of ints (UTF-16 code units)
    array (call param)
    union member        obj['U'] -> the union; obj['U']['tag'] its wire
                        discriminant, obj['U'][arm] the arm's value (int,
                        str, structure object or pointee structure);
                        obj['U'].ARMS[tag] names the selected arm
    fixed Pattern       obj['Pattern'] -> bytes (255 of them)
    DHCP_BINARY_DATA    obj['M']['DataLength'] -> int, obj['M']['Data'] ->
                        list of ints (the member really is named Data)

impacket 0.10 corrections (made here by subclassing, impacket is not patched)
    1. Unions (Union): impacket aligns a union to its discriminant only and
       always pads the arm to 4 (NDR64: 8).  C706 14.3.7/14.3.8: a union's
       alignment, the largest of its discriminant's and all its arms', is
       what a containing structure's alignment is computed from; the union
       itself puts the discriminant at the discriminant's natural alignment
       and the arm at the arm's own (the arm actually sent).  So in NDR 2.0
       DHCP_SEARCH_INFO is 4-aligned (SearchType @0, discriminant @2, arm
       @4, as make_captures' hand-computed stub), and a DHCP_OPTION_DATA_ELEMENT
       with the BYTE arm is 4-aligned too, so the next array element starts
       4-aligned.  NDR64 (MS-RPCE 2.2.5.3.4.4): the union is aligned to that
       alignment, and the arm is aligned to it again after the discriminant.
       Empty arms (DhcpDefaultOptions, DhcpGlobalOptions, DhcpDefaultOptions6,
       DhcpGlobalOptions6) carry nothing after the discriminant (impacket
       cannot even select them).  A ULONG discriminant (DHCP_ATTRIB) is 32
       bits in both syntaxes; an enum one 16 bits in NDR 2.0, 32 in NDR64.
       impacket's unmarshaller also only reads the discriminant when more
       than 4 bytes follow; ours always does.
    2. NDR64 structures (Struct) get their trailing pad to a multiple of
       their alignment (MS-RPCE 2.2.5.3.4.1); impacket has it commented out.
       Strings (impacket's WSTR, also an NDRSTRUCT) get none.
    3. Structure alignment is computed statically from the declared member
       types (a NULL pointer, an unselected union arm or an array's element
       type can not change it); impacket computes it from the current
       instance, and for arrays without the transfer syntax.
    4. Enums (Enum16): impacket's NDRENUM has no default value (marshalling
       an unset one fails) and its metaclass answers every unknown class
       attribute with a KeyError, which breaks copy.deepcopy (used for the
       NDR64 copy in marshal()).
    5. Item access (Struct, Union, Call, Ptr): impacket returns obj['M']['Data']
       for any NDR member that has a field named Data, so a DHCP_BINARY_DATA
       member (whose pointer member is really named Data; impacket's own
       dhcpm module renames it Data_) would read as its byte list.  Members
       that are structures or unions, and pointers to them, return the
       structure / union itself.
    6. Referent IDs: number_referents() numbers the non-NULL pointers
       0x00020000, +4, ... in the order their IDs appear on the wire (what
       Windows does); make_captures.number_referents numbers them in
       declaration-tree order, which for nested pointees is not wire order.
    impacket's own engine already does the rest right and is relied on:
    top-level [ref] parameters in place, top-level unique pointers with the
    pointee in place after the referent ID, embedded pointees deferred to
    the end of the top-level parameter (each pointee followed by its own
    pointees, depth first), arrays of pointers (max_count, all referent IDs,
    then each pointee with its pointees), arrays of structures (max_count,
    all flat structures, then element 0's pointees, element 1's, ...),
    conformant arrays as call parameters (max_count in place), 8-byte counts
    and pointers in NDR64.

impacket's dhcpm module
    impacket.dcerpc.v5.dhcpm implements 13 calls (its OPNUMS table mixes both
    interfaces; its DhcpEnumSubnetClientsVQ, opnum 47, is listed among the
    dhcpsrv2 calls but is dhcpsrv's R_DhcpEnumSubnetClientsVQ: dhcpsrv2 opnum
    47 is R_DhcpCreateOptionV6).  Encoded with the same values as ours (NDR
    2.0; test_dhcpm_types.py part (d) checks every statement below):
    byte for byte identical, exported as IMPACKET_CONFORMANT:
        dhcpsrv  2   R_DhcpGetSubnetInfo          request and response
        dhcpsrv  34  R_DhcpGetClientInfoV4        response
        dhcpsrv  35  R_DhcpEnumSubnetClientsV4    request
        dhcpsrv2 123 R_DhcpV4GetClientInfo        response
    not identical:
        dhcpsrv 3 R_DhcpEnumSubnets: both directions carry [in, out]
            DHCP_RESUME_HANDLE *ResumeHandle as a unique pointer (LPDWORD:
            referent ID + DWORD) instead of the DWORD in place; the response
            has [out] LPDHCP_IP_ARRAY *EnumInfo as a DHCP_IP_ARRAY in place
            instead of referent ID + structure.
        dhcpsrv 13 R_DhcpGetOptionValue: request: impacket's
            DHCP_OPTION_SCOPE_UNION cannot select an empty arm (setting tag 0
            or 1 raises; DhcpDefaultOptions only goes out if the tag is left
            unset, DhcpGlobalOptions never); the other scopes are identical.
            Response: impacket's DHCP_OPTION_DATA_ELEMENT is only 2-aligned
            (its union aligned to the discriminant), so an element that
            follows one with a BYTE or WORD arm starts 2 bytes early.
        dhcpsrv 14 R_DhcpEnumOptionValues: request ResumeHandle as LPDWORD
            (and the scope union as for 13); response as 13.
        dhcpsrv 34 R_DhcpGetClientInfoV4 request, dhcpsrv2 123
            R_DhcpV4GetClientInfo request: impacket's DHCP_SEARCH_INFO is only
            2-aligned, so after a ServerIpAddress of an odd number of UTF-16
            units (NUL included) it starts 2 bytes early (NULL or even length:
            identical).
        dhcpsrv 35 R_DhcpEnumSubnetClientsV4 response: ResumeHandle as LPDWORD.
        dhcpsrv 47 R_DhcpEnumSubnetClientsVQ: ResumeHandle as LPDWORD in both
            directions (and the class would be sent on the wrong interface).
        dhcpsrv2 0 R_DhcpEnumSubnetClientsV5: request ResumeHandle as
            LPDWORD; the response has no ErrorCode at all.
        dhcpsrv2 21 R_DhcpGetOptionValueV5: request: DHCP_OPTION_SCOPE_INFO
            2-aligned (after a VendorName of odd length it starts 2 bytes
            early) and no empty arms; response as 13.
        dhcpsrv2 22 R_DhcpEnumOptionValuesV5: request ResumeHandle as
            LPDWORD (and the scope as for 21); response as 13.
        dhcpsrv2 30 R_DhcpGetAllOptionValues: request: no empty arms (other
            scopes identical); response: option data elements as for 13.
        dhcpsrv2 38 R_DhcpEnumSubnetElementsV5: request ResumeHandle as
            LPDWORD; the response class cannot even be instantiated
            (LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V5.referent lacks its tuple
            comma), and would be wrong anyway: Elements is a conformant array
            in place of a pointer to one, the union arms are structures in
            place of pointers to them, DHCP_BOOTP_IP_RANGE declares
            MaxBootpAllowed twice (20 bytes instead of 16) and ELEMENT_MASK
            is not applied.

Ambiguities and choices
    - Sections 2.2 and 3.1.4 / 3.2.4 agree with Appendix A: all 147 typedefs
      and all 184 method declarations compared, the differences are
      whitespace only.  The Go reference (/work/ref) agrees on every
      parameter's name and pointer levels, request and response.
    - NDR 2.0 union layout: C706 (discriminant and arm at their own natural
      alignment, the union's largest alignment only raises the containing
      structure's) rather than MS-RPCE's ms_union extension (arm aligned to
      the largest arm), which MS-DHCPM does not enable.  They differ only
      where a BYTE or WORD arm follows a discriminant that ends off a 4-byte
      boundary: DHCP_PROPERTY's BYTE/WORD arms (@6 here, @8 with ms_union).
    - DHCP_OPTION_SCOPE_INFO6 says switch_type(DHCP_OPTION_SCOPE_TYPE) with
      DHCP_OPTION_SCOPE_TYPE6 case labels: both are enums, so 16 bits; the
      case values used are the DHCP_OPTION_SCOPE_TYPE6 ones.
    - DHCP_SUBNET_ELEMENT_DATA_V6 switches on ELEMENT_MASK(ElementType) too,
      which is the identity for every DHCP_SUBNET_ELEMENT_TYPE_V6 value.
    - [size_is(cbBootTableString)] WCHAR *wszBootTableString counts WCHARs
      (as the IDL says), although the name and the text call it a size.
    - [size_is(ValueLength)] LPBYTE Value in DHCP_POL_COND comes before
      ValueLength: the array's max_count is ValueLength.
    - R_DhcpQueryDnsRegCredentials' [out, size_is(UnameSize)] wchar_t *Uname
      is a conformant array (no [string]), not a string: max_count, then
      UnameSize UTF-16 units.
    - single-pointer [out] parameters (LPDHCP_POLICY_ARRAY EnumInfo,
      LPDHCP_POLICY_EX_ARRAY EnumInfo, LPDHCP_RESERVATION_INFO_ARRAY
      EnumElementInfo, LPDHCP_OPTION_VALUE OptionValue of
      R_DhcpGetOptionValueV6, LPDHCPV6_STATELESS_PARAMS Params,
      DHCP_FILTER_GLOBAL_INFO *GlobalFilterInfo) are [ref]: the structure in
      place, as the IDL says (the SDK's C API differs).  Likewise the IDL
      shapes of R_DhcpV4FailoverGetSystemTime and
      R_DhcpV4FailoverGetAddressStatus, not the SDK's.
    - FSM_STATE has the IDL's values 0..11 (the SDK's PAUSED and SHUTDOWN
      are not in MS-DHCPM).  BOOL is MS-DTYP's signed 32-bit int.
    - The IDL's pointer typedef of DHCP_BOOTP_IP_RANGE is spelled
      LPDHCP_BOOT_IP_RANGE; kept.
"""

import contextlib
import copy
import struct

from impacket.dcerpc.v5.dtypes import LPWSTR as _LPWSTR, WSTR
from impacket.dcerpc.v5.enum import Enum
from impacket.dcerpc.v5.ndr import (NDR, NDRCALL, NDRENUM, NDRHYPER, NDRLONG, NDRPOINTER,
                                    NDRPOINTERNULL, NDRSTRUCT, NDRUHYPER, NDRULONG, NDRUNION,
                                    NDRUSHORT, NDRUSMALL, NDRUniConformantArray, NDRUniFixedArray,
                                    NDRArray, EnumType, NULL)
from impacket.dcerpc.v5.rpcrt import DCERPC
from impacket.uuid import uuidtup_to_bin

DHCPSRV = ('6BFFD098-A112-3610-9833-46C3F874532D', '1.0')
DHCPSRV2 = ('5B821720-F63B-11D0-AAD2-00C04FC324DB', '1.0')
MSRPC_UUID_DHCPSRV = uuidtup_to_bin(DHCPSRV)
MSRPC_UUID_DHCPSRV2 = uuidtup_to_bin(DHCPSRV2)
INTERFACES = {'dhcpsrv': DHCPSRV, 'dhcpsrv2': DHCPSRV2}
NDR64_SYNTAX = DCERPC.NDR64Syntax

# constants of the IDL that values are made of
MAX_PATTERN_LENGTH = 255
MAC_ADDRESS_LENGTH = 6
HWTYPE_ETHERNET_10MB = 1
DHCP_ATTRIB_TYPE_BOOL = 0x01
DHCP_ATTRIB_TYPE_ULONG = 0x02
DHCP_ATTRIB_BOOL_IS_ROGUE = 0x01
DHCP_ATTRIB_BOOL_IS_DYNBOOTP = 0x02
DHCP_ATTRIB_BOOL_IS_PART_OF_DSDC = 0x03
DHCP_ATTRIB_BOOL_IS_BINDING_AWARE = 0x04
DHCP_ATTRIB_BOOL_IS_ADMIN = 0x05
DHCP_ATTRIB_ULONG_RESTORE_STATUS = 0x06
DHCP_DATE_TIME_ZERO_HIGH = 0
DHCP_DATE_TIME_ZERO_LOW = 0
DHCP_DATE_TIME_INFINIT_HIGH = 0x7FFFFFFF
DHCP_DATE_TIME_INFINIT_LOW = 0xFFFFFFFF
CLIENT_TYPE_UNSPECIFIED = 0x0
CLIENT_TYPE_DHCP = 0x1
CLIENT_TYPE_BOOTP = 0x2
CLIENT_TYPE_BOTH = 0x3
CLIENT_TYPE_RESERVATION_FLAG = 0x4
CLIENT_TYPE_NONE = 0x64
ADDRESS_STATE_OFFERED = 0
ADDRESS_STATE_ACTIVE = 1
ADDRESS_STATE_DECLINED = 2
ADDRESS_STATE_DOOM = 3
DHCP_ENDPOINT_FLAG_CANT_MODIFY = 0x01
DHCP_MAX_FREE_ADDRESSES_REQUESTED = 1024
DHCP_FLAGS_OPTION_IS_VENDOR = 0x00000003

# fill bytes of the alignment gaps this module writes itself (all in
# make_captures.PAD_FILL, so make_captures.roundtrip() ignores them)
_UNION_PAD = b'\xbc'
_ARM_PAD = b'\xbd'
_TRAILING_PAD = b'\xcc'


def ELEMENT_MASK(element_type):
    """The wire discriminant of the subnet element unions: the three
    DhcpIpRanges* element types (5, 6, 7) select the DhcpIpRanges arm (0),
    every other value is its own discriminant."""
    return 0 if 5 <= element_type <= 7 else element_type


def _pad(offset, align):
    return (align - offset % align) % align if align > 1 else 0


################################################################################
# Scalars: distinct classes so that a value's meaning is known
################################################################################

class DWORD(NDRULONG):
    """32-bit unsigned"""


class ULONG(NDRULONG):
    """32-bit unsigned"""


class BOOL(NDRLONG):
    """32-bit signed (MS-DTYP BOOL), 0 or 1"""


class BYTE(NDRUSMALL):
    """8-bit unsigned"""


class WORD(NDRUSHORT):
    """16-bit unsigned"""


class USHORT(NDRUSHORT):
    """16-bit unsigned"""


class WCHAR(NDRUSHORT):
    """one UTF-16 code unit"""


class ULONGLONG(NDRUHYPER):
    """64-bit unsigned, 8-aligned in NDR 2.0 and NDR64"""


class INT64(NDRHYPER):
    """64-bit signed, 8-aligned in NDR 2.0 and NDR64"""


class DHCP_IP_ADDRESS(NDRULONG):
    """IPv4 address as a DWORD: the first octet is the most significant byte"""


class DHCP_IP_MASK(NDRULONG):
    """IPv4 subnet mask as a DWORD"""


class DHCP_OPTION_ID(NDRULONG):
    """DWORD option identifier"""


class DHCP_RESUME_HANDLE(NDRULONG):
    """DWORD enumeration resume handle"""


class DHCP_ATTRIB_ID(NDRULONG):
    """ULONG server attribute identifier"""


class LPWSTR(_LPWSTR):
    """unique pointer to a conformant varying UTF-16 string (impacket's LPWSTR)"""


class DHCP_SRV_HANDLE(LPWSTR):
    """typedef [handle] LPWSTR DHCP_SRV_HANDLE (sent as [unique, string])"""


class LPWSTR_RPC_STRING(LPWSTR):
    """typedef [string] LPWSTR LPWSTR_RPC_STRING"""


################################################################################
# Bases with the corrections
################################################################################

_ALIGN_CACHE = {}


def static_alignment(cls, ndr64=False):
    """NDR alignment of a type, from its declaration (correction 3)."""
    key = (cls, ndr64)
    if key in _ALIGN_CACHE:
        return _ALIGN_CACHE[key]
    if issubclass(cls, (NDRPOINTER, NDRPOINTERNULL)):
        align = 8 if ndr64 else 4
    elif issubclass(cls, NDRENUM):
        align = 4 if ndr64 else 2
    elif issubclass(cls, Struct):
        align = max(static_alignment(t, ndr64) for _, t in cls.structure)
    elif issubclass(cls, Union):
        align = static_alignment(cls.tag_class(ndr64), ndr64)
        for arm in cls.union.values():
            if arm is not None:
                align = max(align, static_alignment(arm[1], ndr64))
    elif issubclass(cls, PATTERN_ARRAY):
        align = 1
    elif issubclass(cls, WSTR):
        align = 8 if ndr64 else 4
    elif issubclass(cls, NDR) and cls.structure and isinstance(cls.structure[0][1], str):
        align = struct.calcsize(cls.structure[0][1].split('=')[0])
    else:
        raise TypeError('no static alignment for %r' % cls)
    _ALIGN_CACHE[key] = align
    return align


class _ItemAccess:
    """Correction 5: a structure / union member reads as itself."""

    def __getitem__(self, key):
        value = self.fields[key]
        if isinstance(value, (Struct, Union)):
            return value
        return super().__getitem__(key)


class _EnumMeta(EnumType):
    """EnumType with AttributeError for what is not an enum member
    (correction 4), so that copy / pickle can probe the class."""

    def __getattr__(cls, attr):
        try:
            return cls.enumItems[attr].value
        except KeyError:
            raise AttributeError(attr) from None


class Enum16(NDRENUM, metaclass=_EnumMeta):
    """An IDL enum: 16 bits in NDR 2.0, 32 bits in NDR64 (no enum of
    MS-DHCPM is v1_enum).  Class attributes give the values
    (DHCP_SUBNET_STATE.DhcpSubnetDisabled == 1)."""
    structure = (('Data', '<H=0'),)
    structure64 = (('Data', '<L=0'),)

    @classmethod
    def values(cls):
        return [item.value for item in cls.enumItems]

    @classmethod
    def names(cls):
        return {item.value: item.name for item in cls.enumItems}


class Ptr(NDRPOINTER):
    """A unique pointer (embedded, or a call's top-level unique pointer)."""

    def __getitem__(self, key):
        if key == 'Data' and isinstance(self.fields.get('Data'), (Struct, Union)):
            return self.fields['Data']
        return NDRPOINTER.__getitem__(self, key)


class CArray(NDRUniConformantArray):
    """A conformant array (the pointee of a [size_is] pointer, or a
    [size_is] call parameter in place).  For scalar elements `item` is a
    struct format and ELEMENT the scalar's class."""
    ELEMENT = None


class PATTERN_ARRAY(NDRUniFixedArray):
    """BYTE Pattern[MAX_PATTERN_LENGTH]: 255 bytes in place, no count.  The
    value is a bytes object; a shorter one is padded with zeros."""
    LENGTH = MAX_PATTERN_LENGTH
    align = 1

    def __init__(self, data=None, isNDR64=False):
        NDRUniFixedArray.__init__(self, None, isNDR64)
        self.fields['Data'] = bytes(self.LENGTH)
        if data is not None:
            self.fromString(data)

    def getDataLen(self, data, offset=0):
        return self.LENGTH

    def getAlignment(self):
        return 1

    def getData(self, soFar=0):
        value = bytes(self.fields['Data'])
        if len(value) > self.LENGTH:
            raise ValueError('Pattern holds %d bytes, not %d' % (self.LENGTH, len(value)))
        return value + bytes(self.LENGTH - len(value))


class Struct(_ItemAccess, NDRSTRUCT):
    """An IDL structure: statically computed alignment, NDR64 trailing pad."""
    SIZE_IS = {}
    SWITCH_IS = {}
    SWITCH_MASK = {}

    def getAlignment(self):
        return static_alignment(type(self), self._isNDR64)

    def getData(self, soFar=0):
        data = NDRSTRUCT.getData(self, soFar)
        if self._isNDR64:
            data += _TRAILING_PAD * _pad(soFar + len(data), self.getAlignment())
        return data

    def fromString(self, data, offset=0):
        size = NDRSTRUCT.fromString(self, data, offset)
        if self._isNDR64:
            size += _pad(offset + size, self.getAlignment())
        return size


class Union(_ItemAccess, NDRUNION):
    """A non-encapsulated union embedded in a structure (correction 1).
    `union` maps each case value to (arm member, class), or to None for an
    empty arm.  Set the arm with u['tag'] = value (or select_arm() on the
    containing structure, which also sets the discriminant member)."""
    SWITCH_TYPE = None
    union = {}
    ARMS = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.ARMS = {tag: (arm[0] if arm else None) for tag, arm in cls.union.items()}

    @classmethod
    def tag_class(cls, ndr64):
        if issubclass(cls.SWITCH_TYPE, NDRENUM):
            return NDRULONG if ndr64 else NDRUSHORT
        return NDRULONG

    def __init__(self, data=None, isNDR64=False, topLevel=False):
        self.topLevel = False
        self._isNDR64 = isNDR64
        self.fields = {}
        tag_class = self.tag_class(isNDR64)
        self.commonHdr = (('tag', tag_class),)
        self.structure = ()
        self.fields['tag'] = tag_class(isNDR64=isNDR64)
        self._select(min(self.union))
        if data is not None:
            self.fromString(data)

    def _select(self, tag):
        if tag not in self.union:
            raise KeyError('%s has no arm for discriminant %r' % (type(self).__name__, tag))
        arm = self.union[tag]
        if self.fields['tag']['Data'] == tag and self.structure and arm and \
                self.structure[0][0] == arm[0]:
            return
        for name, _ in self.structure:
            del self.fields[name]
        self.fields['tag']['Data'] = tag
        if arm is None:
            self.structure = ()
        else:
            self.structure = (arm,)
            self.fields[arm[0]] = arm[1](isNDR64=self._isNDR64)

    def __setitem__(self, key, value):
        if key == 'tag':
            self._select(value)
        else:
            NDRUNION.__setitem__(self, key, value)

    def arm(self):
        """Name of the selected arm, None for an empty one."""
        return self.structure[0][0] if self.structure else None

    def getAlignment(self):
        return static_alignment(type(self), self._isNDR64)

    def getData(self, soFar=0):
        data = b''
        if self._isNDR64:
            data += _UNION_PAD * _pad(soFar, self.getAlignment())
        data += self.fields['tag'].getData(soFar + len(data))
        if self._isNDR64:
            data += _ARM_PAD * _pad(soFar + len(data), self.getAlignment())
        for name, _ in self.structure:
            data += self.fields[name].getData(soFar + len(data))
        return data

    def fromString(self, data, offset=0):
        start = offset
        if self._isNDR64:
            offset += _pad(offset, self.getAlignment())
        tag_class = self.tag_class(self._isNDR64)
        fmt = tag_class.structure[0][1].split('=')[0]
        offset += _pad(offset, struct.calcsize(fmt))
        tag = struct.unpack_from(fmt, data, offset)[0]
        offset += struct.calcsize(fmt)
        self._select(tag)
        if self._isNDR64:
            offset += _pad(offset, self.getAlignment())
        for name, _ in self.structure:
            offset += self.fields[name].fromString(data, offset)
        return offset - start

    def changeTransferSyntax(self, newSyntax):
        if newSyntax != NDR64_SYNTAX:
            raise ValueError('only NDR 2.0 -> NDR64 is supported')
        if self._isNDR64:
            return
        tag = self.fields['tag']['Data']
        self._isNDR64 = True
        tag_class = self.tag_class(True)
        self.commonHdr = (('tag', tag_class),)
        self.fields['tag'] = tag_class(isNDR64=True)
        self.fields['tag']['Data'] = tag
        for name, _ in self.structure:
            self.fields[name].changeTransferSyntax(newSyntax)


class Call(_ItemAccess, NDRCALL):
    """One direction of one method: the parameters in IDL order."""
    IFACE = None
    SIZE_IS = {}


################################################################################
# Helpers
################################################################################

def ip(text):
    """'10.1.2.3' -> DHCP_IP_ADDRESS value"""
    a, b, c, d = (int(x) for x in text.split('.'))
    return (a << 24) | (b << 16) | (c << 8) | d


def ip_text(value):
    return '.'.join(str((value >> s) & 0xFF) for s in (24, 16, 8, 0))


def is_null(obj, name):
    """True if pointer member `name` of obj is NULL (either representation)."""
    value = obj.fields[name]
    if isinstance(value, NDRPOINTERNULL):
        return True
    return isinstance(value, NDRPOINTER) and value.fields['ReferentID'] == 0


def set_null(obj, name):
    obj[name] = NULL


def set_string(obj, name, text):
    """Set a string member / parameter (LPWSTR or in-place WSTR); None makes
    a pointer NULL.  The terminating NUL is appended."""
    if text is None:
        obj[name] = NULL
    else:
        obj[name] = text + '\x00'


def get_string(obj, name):
    """The string without its terminating NUL, None for a NULL pointer."""
    if isinstance(obj.fields[name], NDRPOINTER) and is_null(obj, name):
        return None
    if isinstance(obj.fields[name], NDRPOINTERNULL):
        return None
    value = obj[name]
    return value[:-1] if value.endswith('\x00') else value


def select_arm(obj, union_member, value):
    """Set the discriminant member of structure obj that switches
    union_member to `value`, and the union's wire discriminant to match
    (ELEMENT_MASK(value) for the subnet element unions).  Returns the union."""
    obj[obj.SWITCH_IS[union_member]] = value
    tag = ELEMENT_MASK(value) if obj.SWITCH_MASK.get(union_member) else value
    union = obj.fields[union_member]
    union['tag'] = tag
    return union


def set_element_type(element, element_type):
    """DHCP_SUBNET_ELEMENT_DATA(_V4/_V5/_V6): ElementType and the union's
    discriminant ELEMENT_MASK(ElementType) together.  Returns the union."""
    return select_arm(element, 'Element', element_type)


def array_item_class(obj, name):
    """Element class (or struct format for scalars) of the array that the
    [size_is] pointer member `name` of obj points to (or of the in-place
    conformant array parameter `name`)."""
    field = obj.fields[name]
    if isinstance(field, CArray):
        return field.item
    for fname, cls in (field.referent or field.structure):
        if fname == 'Data':
            return cls.item
    raise TypeError(name)


def set_array(obj, name, items):
    """Point [size_is] member `name` at a conformant array holding `items`
    (ints for scalar elements, instances of array_item_class() otherwise)
    and set its count member (SIZE_IS) if it belongs to obj.  None makes the
    pointer NULL (count 0)."""
    count = obj.SIZE_IS.get(name)
    if items is None:
        obj[name] = NULL
        items = []
    else:
        obj[name] = list(items)
    if count is not None and count in obj.fields:
        obj[count] = len(items)


def new_item(obj, name):
    """A fresh element for the array behind member `name` of obj."""
    cls = array_item_class(obj, name)
    return cls(isNDR64=obj._isNDR64)


def _walk_flat(x, assign):
    if isinstance(x, NDRPOINTERNULL) or not isinstance(x, NDR):
        return
    if isinstance(x, NDRPOINTER):
        if x.fields['ReferentID'] == 0:
            return
        assign(x)
        if not x.referent:                        # top-level: pointee in place
            _walk_flat(x.fields['Data'], assign)
        return
    if isinstance(x, NDRArray):
        if isinstance(x.fields.get('Data'), list):
            for item in x.fields['Data']:
                _walk_flat(item, assign)
        return
    for name, _ in x.commonHdr + x.structure:
        _walk_flat(x.fields[name], assign)


def _walk_deferred(x, assign):
    if isinstance(x, NDRPOINTERNULL) or not isinstance(x, NDR):
        return
    if isinstance(x, NDRPOINTER):
        if x.fields['ReferentID'] == 0 or not isinstance(x.fields.get('Data'), NDR):
            return
        if x.referent:                            # embedded: pointee deferred
            _walk_flat(x.fields['Data'], assign)
        _walk_deferred(x.fields['Data'], assign)
        return
    if isinstance(x, NDRArray):
        if isinstance(x.fields.get('Data'), list):
            for item in x.fields['Data']:
                _walk_deferred(item, assign)
        return
    for name, _ in x.commonHdr + x.structure:
        _walk_deferred(x.fields[name], assign)


def number_referents(obj, first=0x00020000):
    """Give every non-NULL pointer a Windows-like referent ID, 0x00020000,
    +4, ..., in the order the IDs appear on the wire (correction 6)."""
    counter = [first]

    def assign(pointer):
        pointer.fields['ReferentID'] = counter[0]
        counter[0] += 4

    if isinstance(obj, NDRCALL):
        for name, _ in obj.commonHdr + obj.structure:
            _walk_flat(obj.fields[name], assign)
            _walk_deferred(obj.fields[name], assign)
    else:
        _walk_flat(obj, assign)
        _walk_deferred(obj, assign)
    return obj


_DEFAULT_NDR64 = [False]


@contextlib.contextmanager
def ndr64_syntax(enabled=True):
    """Within the block marshal() defaults to NDR64 (or NDR 2.0)."""
    saved = _DEFAULT_NDR64[0]
    _DEFAULT_NDR64[0] = enabled
    try:
        yield
    finally:
        _DEFAULT_NDR64[0] = saved


def to_ndr64(obj):
    """An NDR64 copy of an NDR 2.0 object (the object itself is unchanged)."""
    obj = copy.deepcopy(obj)
    obj.changeTransferSyntax(NDR64_SYNTAX)
    return obj


def marshal(call, ndr64=None):
    """The stub of a call (or of any type) with wire-order referent IDs.
    ndr64=None: the default set by ndr64_syntax() (NDR 2.0 outside it)."""
    if ndr64 is None:
        ndr64 = _DEFAULT_NDR64[0]
    if ndr64 and not call._isNDR64:
        call = to_ndr64(call)
    number_referents(call)
    return call.getData()


def unmarshal(cls, stub, ndr64=False):
    """Parse a stub with a call class (or type class) of this module."""
    return cls(stub, isNDR64=ndr64)


################################################################################
# Enums, structures, unions, pointers and arrays (MS-DHCPM 2.2, Appendix A)
################################################################################


class DHCP_SUBNET_STATE(Enum16):
    class enumItems(Enum):
        DhcpSubnetEnabled = 0
        DhcpSubnetDisabled = 1
        DhcpSubnetEnabledSwitched = 2
        DhcpSubnetDisabledSwitched = 3
        DhcpSubnetInvalidState = 4


class DHCP_SUBNET_ELEMENT_TYPE(Enum16):
    class enumItems(Enum):
        DhcpIpRanges = 0
        DhcpSecondaryHosts = 1
        DhcpReservedIps = 2
        DhcpExcludedIpRanges = 3
        DhcpIpUsedClusters = 4
        DhcpIpRangesDhcpOnly = 5
        DhcpIpRangesDhcpBootp = 6
        DhcpIpRangesBootpOnly = 7


class DHCP_FORCE_FLAG(Enum16):
    class enumItems(Enum):
        DhcpFullForce = 0
        DhcpNoForce = 1
        DhcpFailoverForce = 2


class DHCP_OPTION_TYPE(Enum16):
    class enumItems(Enum):
        DhcpUnaryElementTypeOption = 0
        DhcpArrayTypeOption = 1


class DHCP_OPTION_DATA_TYPE(Enum16):
    class enumItems(Enum):
        DhcpByteOption = 0
        DhcpWordOption = 1
        DhcpDWordOption = 2
        DhcpDWordDWordOption = 3
        DhcpIpAddressOption = 4
        DhcpStringDataOption = 5
        DhcpBinaryDataOption = 6
        DhcpEncapsulatedDataOption = 7
        DhcpIpv6AddressOption = 8


class DHCP_OPTION_SCOPE_TYPE(Enum16):
    class enumItems(Enum):
        DhcpDefaultOptions = 0
        DhcpGlobalOptions = 1
        DhcpSubnetOptions = 2
        DhcpReservedOptions = 3
        DhcpMScopeOptions = 4


class DHCP_SEARCH_INFO_TYPE(Enum16):
    class enumItems(Enum):
        DhcpClientIpAddress = 0
        DhcpClientHardwareAddress = 1
        DhcpClientName = 2


class DHCP_SCAN_FLAG(Enum16):
    class enumItems(Enum):
        DhcpRegistryFix = 0
        DhcpDatabaseFix = 1


class QuarantineStatus(Enum16):
    class enumItems(Enum):
        NOQUARANTINE = 0
        RESTRICTEDACCESS = 1
        DROPPACKET = 2
        PROBATION = 3
        EXEMPT = 4
        DEFAULTQUARSETTING = 5
        NOQUARINFO = 6


class DHCP_OPTION_SCOPE_TYPE6(Enum16):
    class enumItems(Enum):
        DhcpDefaultOptions6 = 0
        DhcpScopeOptions6 = 1
        DhcpReservedOptions6 = 2
        DhcpGlobalOptions6 = 3


class DHCP_SUBNET_ELEMENT_TYPE_V6(Enum16):
    class enumItems(Enum):
        Dhcpv6IpRanges = 0
        Dhcpv6ReservedIps = 1
        Dhcpv6ExcludedIpRanges = 2


class DHCP_SEARCH_INFO_TYPE_V6(Enum16):
    class enumItems(Enum):
        Dhcpv6ClientIpAddress = 0
        Dhcpv6ClientDUID = 1
        Dhcpv6ClientName = 2


class DHCP_FILTER_LIST_TYPE(Enum16):
    class enumItems(Enum):
        Deny = 0
        Allow = 1


class DHCP_FAILOVER_MODE(Enum16):
    class enumItems(Enum):
        LoadBalance = 0
        HotStandby = 1


class DHCP_FAILOVER_SERVER(Enum16):
    class enumItems(Enum):
        PrimaryServer = 0
        SecondaryServer = 1


class FSM_STATE(Enum16):
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


class DHCP_POL_ATTR_TYPE(Enum16):
    class enumItems(Enum):
        DhcpAttrHWAddr = 0
        DhcpAttrOption = 1
        DhcpAttrSubOption = 2
        DhcpAttrFqdn = 3
        DhcpAttrFqdnSingleLabel = 4


class DHCP_POL_COMPARATOR(Enum16):
    class enumItems(Enum):
        DhcpCompEqual = 0
        DhcpCompNotEqual = 1
        DhcpCompBeginsWith = 2
        DhcpCompNotBeginWith = 3
        DhcpCompEndsWith = 4
        DhcpCompNotEndWith = 5


class DHCP_POL_LOGIC_OPER(Enum16):
    class enumItems(Enum):
        DhcpLogicalOr = 0
        DhcpLogicalAnd = 1


class DHCP_POLICY_FIELDS_TO_UPDATE(Enum16):
    class enumItems(Enum):
        DhcpUpdatePolicyName = 1
        DhcpUpdatePolicyOrder = 2
        DhcpUpdatePolicyExpr = 4
        DhcpUpdatePolicyRanges = 8
        DhcpUpdatePolicyDescr = 0x00000010
        DhcpUpdatePolicyStatus = 0x00000020
        DhcpUpdatePolicyDnsSuffix = 0x00000040


class DHCP_PROPERTY_TYPE(Enum16):
    class enumItems(Enum):
        DhcpPropTypeByte = 0
        DhcpPropTypeWord = 1
        DhcpPropTypeDword = 2
        DhcpPropTypeString = 3
        DhcpPropTypeBinary = 4


class DHCP_PROPERTY_ID(Enum16):
    class enumItems(Enum):
        DhcpPropIdPolicyDnsSuffix = 0
        DhcpPropIdClientAddressStateEx = 1


class BYTE_CARRAY(CArray):
    item = 'B'
    ELEMENT = BYTE


class PTR_BYTE_CARRAY(Ptr):
    referent = (('Data', BYTE_CARRAY),)


class DHCP_BINARY_DATA(Struct):
    structure = (
        ('DataLength', DWORD),
        ('Data', PTR_BYTE_CARRAY),  # [size_is(DataLength)] BYTE *Data
    )
    SIZE_IS = {'Data': 'DataLength'}
    SWITCH_IS = {}


class DHCP_HOST_INFO(Struct):
    structure = (
        ('IpAddress', DHCP_IP_ADDRESS),
        ('NetBiosName', LPWSTR),
        ('HostName', LPWSTR),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_SUBNET_INFO(Struct):
    structure = (
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('SubnetMask', DHCP_IP_MASK),
        ('SubnetName', LPWSTR),
        ('SubnetComment', LPWSTR),
        ('PrimaryHost', DHCP_HOST_INFO),
        ('SubnetState', DHCP_SUBNET_STATE),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_IP_ADDRESS_CARRAY(CArray):
    item = '<L'
    ELEMENT = DHCP_IP_ADDRESS


class PTR_DHCP_IP_ADDRESS_CARRAY(Ptr):
    referent = (('Data', DHCP_IP_ADDRESS_CARRAY),)


class DHCP_IP_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_IP_ADDRESS Elements
        ('Elements', PTR_DHCP_IP_ADDRESS_CARRAY),
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_IP_RANGE(Struct):
    structure = (
        ('StartAddress', DHCP_IP_ADDRESS),
        ('EndAddress', DHCP_IP_ADDRESS),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_CLIENT_UID(DHCP_BINARY_DATA):
    """typedef DHCP_BINARY_DATA DHCP_CLIENT_UID"""


class PTR_DHCP_CLIENT_UID(Ptr):
    referent = (('Data', DHCP_CLIENT_UID),)


class DHCP_IP_RESERVATION(Struct):
    structure = (
        ('ReservedIpAddress', DHCP_IP_ADDRESS),
        ('ReservedForClient', PTR_DHCP_CLIENT_UID),  # DHCP_CLIENT_UID *ReservedForClient
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_IP_CLUSTER(Struct):
    structure = (
        ('ClusterAddress', DHCP_IP_ADDRESS),
        ('ClusterMask', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_BOOTP_IP_RANGE(Struct):
    structure = (
        ('StartAddress', DHCP_IP_ADDRESS),
        ('EndAddress', DHCP_IP_ADDRESS),
        ('BootpAllocated', ULONG),
        ('MaxBootpAllowed', ULONG),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_IP_RANGE(Ptr):
    referent = (('Data', DHCP_IP_RANGE),)


class LPDHCP_HOST_INFO(Ptr):
    referent = (('Data', DHCP_HOST_INFO),)


class LPDHCP_IP_RESERVATION(Ptr):
    referent = (('Data', DHCP_IP_RESERVATION),)


class LPDHCP_IP_CLUSTER(Ptr):
    referent = (('Data', DHCP_IP_CLUSTER),)


class DHCP_SUBNET_ELEMENT_UNION(Union):
    SWITCH_TYPE = DHCP_SUBNET_ELEMENT_TYPE
    union = {
        # [case(DhcpIpRanges)] DHCP_IP_RANGE *IpRange
        DHCP_SUBNET_ELEMENT_TYPE.DhcpIpRanges: ('IpRange', LPDHCP_IP_RANGE),
        # [case(DhcpSecondaryHosts)] DHCP_HOST_INFO *SecondaryHost
        DHCP_SUBNET_ELEMENT_TYPE.DhcpSecondaryHosts: ('SecondaryHost', LPDHCP_HOST_INFO),
        # [case(DhcpReservedIps)] DHCP_IP_RESERVATION *ReservedIp
        DHCP_SUBNET_ELEMENT_TYPE.DhcpReservedIps: ('ReservedIp', LPDHCP_IP_RESERVATION),
        # [case(DhcpExcludedIpRanges)] DHCP_IP_RANGE *ExcludeIpRange
        DHCP_SUBNET_ELEMENT_TYPE.DhcpExcludedIpRanges: ('ExcludeIpRange', LPDHCP_IP_RANGE),
        # [case(DhcpIpUsedClusters)] DHCP_IP_CLUSTER *IpUsedCluster
        DHCP_SUBNET_ELEMENT_TYPE.DhcpIpUsedClusters: ('IpUsedCluster', LPDHCP_IP_CLUSTER),
    }


class DHCP_SUBNET_ELEMENT_DATA(Struct):
    structure = (
        ('ElementType', DHCP_SUBNET_ELEMENT_TYPE),
        # [switch_is(ELEMENT_MASK(ElementType)), switch_type(DHCP_SUBNET_ELEMENT_TYPE)]
        ('Element', DHCP_SUBNET_ELEMENT_UNION),
    )
    SIZE_IS = {}
    SWITCH_IS = {'Element': 'ElementType'}
    SWITCH_MASK = {'Element': 'ELEMENT_MASK'}


class DHCP_SUBNET_ELEMENT_DATA_CARRAY(CArray):
    item = DHCP_SUBNET_ELEMENT_DATA


class PTR_DHCP_SUBNET_ELEMENT_DATA_CARRAY(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_DATA_CARRAY),)


class DHCP_SUBNET_ELEMENT_INFO_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_SUBNET_ELEMENT_DATA Elements
        ('Elements', PTR_DHCP_SUBNET_ELEMENT_DATA_CARRAY),
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DWORD_DWORD(Struct):
    structure = (
        ('DWord1', DWORD),
        ('DWord2', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_OPTION_ELEMENT_UNION(Union):
    SWITCH_TYPE = DHCP_OPTION_DATA_TYPE
    union = {
        DHCP_OPTION_DATA_TYPE.DhcpByteOption: ('ByteOption', BYTE),
        DHCP_OPTION_DATA_TYPE.DhcpWordOption: ('WordOption', WORD),
        DHCP_OPTION_DATA_TYPE.DhcpDWordOption: ('DWordOption', DWORD),
        DHCP_OPTION_DATA_TYPE.DhcpDWordDWordOption: ('DWordDWordOption', DWORD_DWORD),
        DHCP_OPTION_DATA_TYPE.DhcpIpAddressOption: ('IpAddressOption', DHCP_IP_ADDRESS),
        DHCP_OPTION_DATA_TYPE.DhcpStringDataOption: ('StringDataOption', LPWSTR),
        DHCP_OPTION_DATA_TYPE.DhcpBinaryDataOption: ('BinaryDataOption', DHCP_BINARY_DATA),
        DHCP_OPTION_DATA_TYPE.DhcpEncapsulatedDataOption: ('EncapsulatedDataOption', DHCP_BINARY_DATA),
        DHCP_OPTION_DATA_TYPE.DhcpIpv6AddressOption: ('Ipv6AddressDataOption', LPWSTR),
    }


class DHCP_OPTION_DATA_ELEMENT(Struct):
    structure = (
        ('OptionType', DHCP_OPTION_DATA_TYPE),
        # [switch_is(OptionType), switch_type(DHCP_OPTION_DATA_TYPE)]
        ('Element', DHCP_OPTION_ELEMENT_UNION),
    )
    SIZE_IS = {}
    SWITCH_IS = {'Element': 'OptionType'}


class DHCP_OPTION_DATA_ELEMENT_CARRAY(CArray):
    item = DHCP_OPTION_DATA_ELEMENT


class PTR_DHCP_OPTION_DATA_ELEMENT_CARRAY(Ptr):
    referent = (('Data', DHCP_OPTION_DATA_ELEMENT_CARRAY),)


class DHCP_OPTION_DATA(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_OPTION_DATA_ELEMENT Elements
        ('Elements', PTR_DHCP_OPTION_DATA_ELEMENT_CARRAY),
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_OPTION(Struct):
    structure = (
        ('OptionID', DHCP_OPTION_ID),
        ('OptionName', LPWSTR),
        ('OptionComment', LPWSTR),
        ('DefaultValue', DHCP_OPTION_DATA),
        ('OptionType', DHCP_OPTION_TYPE),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_RESERVED_SCOPE(Struct):
    structure = (
        ('ReservedIpAddress', DHCP_IP_ADDRESS),
        ('ReservedIpSubnetAddress', DHCP_IP_ADDRESS),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_OPTION_SCOPE_UNION(Union):
    SWITCH_TYPE = DHCP_OPTION_SCOPE_TYPE
    union = {
        DHCP_OPTION_SCOPE_TYPE.DhcpDefaultOptions: None,
        DHCP_OPTION_SCOPE_TYPE.DhcpGlobalOptions: None,
        DHCP_OPTION_SCOPE_TYPE.DhcpSubnetOptions: ('SubnetScopeInfo', DHCP_IP_ADDRESS),
        DHCP_OPTION_SCOPE_TYPE.DhcpReservedOptions: ('ReservedScopeInfo', DHCP_RESERVED_SCOPE),
        DHCP_OPTION_SCOPE_TYPE.DhcpMScopeOptions: ('MScopeInfo', LPWSTR),
    }


class DHCP_OPTION_SCOPE_INFO(Struct):
    structure = (
        ('ScopeType', DHCP_OPTION_SCOPE_TYPE),
        # [switch_is(ScopeType), switch_type(DHCP_OPTION_SCOPE_TYPE)]
        ('ScopeInfo', DHCP_OPTION_SCOPE_UNION),
    )
    SIZE_IS = {}
    SWITCH_IS = {'ScopeInfo': 'ScopeType'}


class DHCP_OPTION_VALUE(Struct):
    structure = (
        ('OptionID', DHCP_OPTION_ID),
        ('Value', DHCP_OPTION_DATA),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_OPTION_VALUE_CARRAY(CArray):
    item = DHCP_OPTION_VALUE


class PTR_DHCP_OPTION_VALUE_CARRAY(Ptr):
    referent = (('Data', DHCP_OPTION_VALUE_CARRAY),)


class DHCP_OPTION_VALUE_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_OPTION_VALUE Values
        ('Values', PTR_DHCP_OPTION_VALUE_CARRAY),
    )
    SIZE_IS = {'Values': 'NumElements'}
    SWITCH_IS = {}


class DATE_TIME(Struct):
    structure = (
        ('dwLowDateTime', DWORD),
        ('dwHighDateTime', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_CLIENT_INFO(Struct):
    structure = (
        ('ClientIpAddress', DHCP_IP_ADDRESS),
        ('SubnetMask', DHCP_IP_MASK),
        ('ClientHardwareAddress', DHCP_CLIENT_UID),
        ('ClientName', LPWSTR),
        ('ClientComment', LPWSTR),
        ('ClientLeaseExpires', DATE_TIME),
        ('OwnerHost', DHCP_HOST_INFO),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_CLIENT_SEARCH_UNION(Union):
    SWITCH_TYPE = DHCP_SEARCH_INFO_TYPE
    union = {
        DHCP_SEARCH_INFO_TYPE.DhcpClientIpAddress: ('ClientIpAddress', DHCP_IP_ADDRESS),
        DHCP_SEARCH_INFO_TYPE.DhcpClientHardwareAddress: ('ClientHardwareAddress', DHCP_CLIENT_UID),
        DHCP_SEARCH_INFO_TYPE.DhcpClientName: ('ClientName', LPWSTR),
    }


class DHCP_SEARCH_INFO(Struct):
    structure = (
        ('SearchType', DHCP_SEARCH_INFO_TYPE),
        # [switch_is(SearchType), switch_type(DHCP_SEARCH_INFO_TYPE)]
        ('SearchInfo', DHCP_CLIENT_SEARCH_UNION),
    )
    SIZE_IS = {}
    SWITCH_IS = {'SearchInfo': 'SearchType'}


class LPDHCP_CLIENT_INFO(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO),)


class LPDHCP_CLIENT_INFO_CARRAY(CArray):
    item = LPDHCP_CLIENT_INFO


class PTR_LPDHCP_CLIENT_INFO_CARRAY(Ptr):
    referent = (('Data', LPDHCP_CLIENT_INFO_CARRAY),)


class DHCP_CLIENT_INFO_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_CLIENT_INFO *Clients
        ('Clients', PTR_LPDHCP_CLIENT_INFO_CARRAY),
    )
    SIZE_IS = {'Clients': 'NumElements'}
    SWITCH_IS = {}


class DHCP_OPTION_LIST(Struct):
    structure = (
        ('NumOptions', DWORD),
        # [size_is(NumOptions)] DHCP_OPTION_VALUE *Options
        ('Options', PTR_DHCP_OPTION_VALUE_CARRAY),
    )
    SIZE_IS = {'Options': 'NumOptions'}
    SWITCH_IS = {}


class SCOPE_MIB_INFO(Struct):
    structure = (
        ('Subnet', DHCP_IP_ADDRESS),
        ('NumAddressesInuse', DWORD),
        ('NumAddressesFree', DWORD),
        ('NumPendingOffers', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class SCOPE_MIB_INFO_CARRAY(CArray):
    item = SCOPE_MIB_INFO


class PTR_SCOPE_MIB_INFO_CARRAY(Ptr):
    referent = (('Data', SCOPE_MIB_INFO_CARRAY),)


class DHCP_MIB_INFO(Struct):
    structure = (
        ('Discovers', DWORD),
        ('Offers', DWORD),
        ('Requests', DWORD),
        ('Acks', DWORD),
        ('Naks', DWORD),
        ('Declines', DWORD),
        ('Releases', DWORD),
        ('ServerStartTime', DATE_TIME),
        ('Scopes', DWORD),
        ('ScopeInfo', PTR_SCOPE_MIB_INFO_CARRAY),  # [size_is(Scopes)] LPSCOPE_MIB_INFO ScopeInfo
    )
    SIZE_IS = {'ScopeInfo': 'Scopes'}
    SWITCH_IS = {}


class DHCP_OPTION_CARRAY(CArray):
    item = DHCP_OPTION


class PTR_DHCP_OPTION_CARRAY(Ptr):
    referent = (('Data', DHCP_OPTION_CARRAY),)


class DHCP_OPTION_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        ('Options', PTR_DHCP_OPTION_CARRAY),  # [size_is(NumElements)] LPDHCP_OPTION Options
    )
    SIZE_IS = {'Options': 'NumElements'}
    SWITCH_IS = {}


class DHCP_SERVER_CONFIG_INFO(Struct):
    structure = (
        ('APIProtocolSupport', DWORD),
        ('DatabaseName', LPWSTR),
        ('DatabasePath', LPWSTR),
        ('BackupPath', LPWSTR),
        ('BackupInterval', DWORD),
        ('DatabaseLoggingFlag', DWORD),
        ('RestoreFlag', DWORD),
        ('DatabaseCleanupInterval', DWORD),
        ('DebugFlag', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_SCAN_ITEM(Struct):
    structure = (
        ('IpAddress', DHCP_IP_ADDRESS),
        ('ScanFlag', DHCP_SCAN_FLAG),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_SCAN_ITEM_CARRAY(CArray):
    item = DHCP_SCAN_ITEM


class PTR_DHCP_SCAN_ITEM_CARRAY(Ptr):
    referent = (('Data', DHCP_SCAN_ITEM_CARRAY),)


class DHCP_SCAN_LIST(Struct):
    structure = (
        ('NumScanItems', DWORD),
        # [size_is(NumScanItems)] DHCP_SCAN_ITEM *ScanItems
        ('ScanItems', PTR_DHCP_SCAN_ITEM_CARRAY),
    )
    SIZE_IS = {'ScanItems': 'NumScanItems'}
    SWITCH_IS = {}


class DHCP_IP_RESERVATION_V4(Struct):
    structure = (
        ('ReservedIpAddress', DHCP_IP_ADDRESS),
        ('ReservedForClient', PTR_DHCP_CLIENT_UID),  # DHCP_CLIENT_UID *ReservedForClient
        ('bAllowedClientTypes', BYTE),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_IP_RESERVATION_V4(Ptr):
    referent = (('Data', DHCP_IP_RESERVATION_V4),)


class DHCP_SUBNET_ELEMENT_UNION_V4(Union):
    SWITCH_TYPE = DHCP_SUBNET_ELEMENT_TYPE
    union = {
        # [case(DhcpIpRanges)] DHCP_IP_RANGE *IpRange
        DHCP_SUBNET_ELEMENT_TYPE.DhcpIpRanges: ('IpRange', LPDHCP_IP_RANGE),
        # [case(DhcpSecondaryHosts)] DHCP_HOST_INFO *SecondaryHost
        DHCP_SUBNET_ELEMENT_TYPE.DhcpSecondaryHosts: ('SecondaryHost', LPDHCP_HOST_INFO),
        # [case(DhcpReservedIps)] DHCP_IP_RESERVATION_V4 *ReservedIp
        DHCP_SUBNET_ELEMENT_TYPE.DhcpReservedIps: ('ReservedIp', LPDHCP_IP_RESERVATION_V4),
        # [case(DhcpExcludedIpRanges)] DHCP_IP_RANGE *ExcludeIpRange
        DHCP_SUBNET_ELEMENT_TYPE.DhcpExcludedIpRanges: ('ExcludeIpRange', LPDHCP_IP_RANGE),
        # [case(DhcpIpUsedClusters)] DHCP_IP_CLUSTER *IpUsedCluster
        DHCP_SUBNET_ELEMENT_TYPE.DhcpIpUsedClusters: ('IpUsedCluster', LPDHCP_IP_CLUSTER),
    }


class DHCP_SUBNET_ELEMENT_DATA_V4(Struct):
    structure = (
        ('ElementType', DHCP_SUBNET_ELEMENT_TYPE),
        # [switch_is(ELEMENT_MASK(ElementType)), switch_type(DHCP_SUBNET_ELEMENT_TYPE)]
        ('Element', DHCP_SUBNET_ELEMENT_UNION_V4),
    )
    SIZE_IS = {}
    SWITCH_IS = {'Element': 'ElementType'}
    SWITCH_MASK = {'Element': 'ELEMENT_MASK'}


class DHCP_SUBNET_ELEMENT_DATA_V4_CARRAY(CArray):
    item = DHCP_SUBNET_ELEMENT_DATA_V4


class PTR_DHCP_SUBNET_ELEMENT_DATA_V4_CARRAY(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_DATA_V4_CARRAY),)


class DHCP_SUBNET_ELEMENT_INFO_ARRAY_V4(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_SUBNET_ELEMENT_DATA_V4 Elements
        ('Elements', PTR_DHCP_SUBNET_ELEMENT_DATA_V4_CARRAY),
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_CLIENT_INFO_V4(Struct):
    structure = (
        ('ClientIpAddress', DHCP_IP_ADDRESS),
        ('SubnetMask', DHCP_IP_MASK),
        ('ClientHardwareAddress', DHCP_CLIENT_UID),
        ('ClientName', LPWSTR),
        ('ClientComment', LPWSTR),
        ('ClientLeaseExpires', DATE_TIME),
        ('OwnerHost', DHCP_HOST_INFO),
        ('bClientType', BYTE),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_CLIENT_INFO_V4(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_V4),)


class LPDHCP_CLIENT_INFO_V4_CARRAY(CArray):
    item = LPDHCP_CLIENT_INFO_V4


class PTR_LPDHCP_CLIENT_INFO_V4_CARRAY(Ptr):
    referent = (('Data', LPDHCP_CLIENT_INFO_V4_CARRAY),)


class DHCP_CLIENT_INFO_ARRAY_V4(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_CLIENT_INFO_V4 *Clients
        ('Clients', PTR_LPDHCP_CLIENT_INFO_V4_CARRAY),
    )
    SIZE_IS = {'Clients': 'NumElements'}
    SWITCH_IS = {}


class DHCP_SUPER_SCOPE_TABLE_ENTRY(Struct):
    structure = (
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('SuperScopeNumber', DWORD),
        ('NextInSuperScope', DWORD),
        ('SuperScopeName', LPWSTR),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_SUPER_SCOPE_TABLE_ENTRY_CARRAY(CArray):
    item = DHCP_SUPER_SCOPE_TABLE_ENTRY


class PTR_DHCP_SUPER_SCOPE_TABLE_ENTRY_CARRAY(Ptr):
    referent = (('Data', DHCP_SUPER_SCOPE_TABLE_ENTRY_CARRAY),)


class DHCP_SUPER_SCOPE_TABLE(Struct):
    structure = (
        ('cEntries', DWORD),
        # [size_is(cEntries)] DHCP_SUPER_SCOPE_TABLE_ENTRY *pEntries
        ('pEntries', PTR_DHCP_SUPER_SCOPE_TABLE_ENTRY_CARRAY),
    )
    SIZE_IS = {'pEntries': 'cEntries'}
    SWITCH_IS = {}


class WCHAR_CARRAY(CArray):
    item = '<H'
    ELEMENT = WCHAR


class PTR_WCHAR_CARRAY(Ptr):
    referent = (('Data', WCHAR_CARRAY),)


class DHCP_SERVER_CONFIG_INFO_V4(Struct):
    structure = (
        ('APIProtocolSupport', DWORD),
        ('DatabaseName', LPWSTR),
        ('DatabasePath', LPWSTR),
        ('BackupPath', LPWSTR),
        ('BackupInterval', DWORD),
        ('DatabaseLoggingFlag', DWORD),
        ('RestoreFlag', DWORD),
        ('DatabaseCleanupInterval', DWORD),
        ('DebugFlag', DWORD),
        ('dwPingRetries', DWORD),
        ('cbBootTableString', DWORD),
        # [size_is(cbBootTableString)] WCHAR *wszBootTableString
        ('wszBootTableString', PTR_WCHAR_CARRAY),
        ('fAuditLog', BOOL),
    )
    SIZE_IS = {'wszBootTableString': 'cbBootTableString'}
    SWITCH_IS = {}


class DHCP_SERVER_CONFIG_INFO_VQ(Struct):
    structure = (
        ('APIProtocolSupport', DWORD),
        ('DatabaseName', LPWSTR),
        ('DatabasePath', LPWSTR),
        ('BackupPath', LPWSTR),
        ('BackupInterval', DWORD),
        ('DatabaseLoggingFlag', DWORD),
        ('RestoreFlag', DWORD),
        ('DatabaseCleanupInterval', DWORD),
        ('DebugFlag', DWORD),
        ('dwPingRetries', DWORD),
        ('cbBootTableString', DWORD),
        # [size_is(cbBootTableString)] WCHAR *wszBootTableString
        ('wszBootTableString', PTR_WCHAR_CARRAY),
        ('fAuditLog', BOOL),
        ('QuarantineOn', BOOL),
        ('QuarDefFail', DWORD),
        ('QuarRuntimeStatus', BOOL),
    )
    SIZE_IS = {'wszBootTableString': 'cbBootTableString'}
    SWITCH_IS = {}


class SCOPE_MIB_INFO_VQ(Struct):
    structure = (
        ('Subnet', DHCP_IP_ADDRESS),
        ('NumAddressesInuse', DWORD),
        ('NumAddressesFree', DWORD),
        ('NumPendingOffers', DWORD),
        ('QtnNumLeases', DWORD),
        ('QtnPctQtnLeases', DWORD),
        ('QtnProbationLeases', DWORD),
        ('QtnNonQtnLeases', DWORD),
        ('QtnExemptLeases', DWORD),
        ('QtnCapableClients', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class SCOPE_MIB_INFO_VQ_CARRAY(CArray):
    item = SCOPE_MIB_INFO_VQ


class PTR_SCOPE_MIB_INFO_VQ_CARRAY(Ptr):
    referent = (('Data', SCOPE_MIB_INFO_VQ_CARRAY),)


class DHCP_MIB_INFO_VQ(Struct):
    structure = (
        ('Discovers', DWORD),
        ('Offers', DWORD),
        ('Requests', DWORD),
        ('Acks', DWORD),
        ('Naks', DWORD),
        ('Declines', DWORD),
        ('Releases', DWORD),
        ('ServerStartTime', DATE_TIME),
        ('QtnNumLeases', DWORD),
        ('QtnPctQtnLeases', DWORD),
        ('QtnProbationLeases', DWORD),
        ('QtnNonQtnLeases', DWORD),
        ('QtnExemptLeases', DWORD),
        ('QtnCapableClients', DWORD),
        ('QtnIASErrors', DWORD),
        ('Scopes', DWORD),
        # [size_is(Scopes)] LPSCOPE_MIB_INFO_VQ ScopeInfo
        ('ScopeInfo', PTR_SCOPE_MIB_INFO_VQ_CARRAY),
    )
    SIZE_IS = {'ScopeInfo': 'Scopes'}
    SWITCH_IS = {}


class DHCP_CLIENT_INFO_VQ(Struct):
    structure = (
        ('ClientIpAddress', DHCP_IP_ADDRESS),
        ('SubnetMask', DHCP_IP_MASK),
        ('ClientHardwareAddress', DHCP_CLIENT_UID),
        ('ClientName', LPWSTR),
        ('ClientComment', LPWSTR),
        ('ClientLeaseExpires', DATE_TIME),
        ('OwnerHost', DHCP_HOST_INFO),
        ('bClientType', BYTE),
        ('AddressState', BYTE),
        ('Status', QuarantineStatus),
        ('ProbationEnds', DATE_TIME),
        ('QuarantineCapable', BOOL),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_CLIENT_INFO_VQ(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_VQ),)


class LPDHCP_CLIENT_INFO_VQ_CARRAY(CArray):
    item = LPDHCP_CLIENT_INFO_VQ


class PTR_LPDHCP_CLIENT_INFO_VQ_CARRAY(Ptr):
    referent = (('Data', LPDHCP_CLIENT_INFO_VQ_CARRAY),)


class DHCP_CLIENT_INFO_ARRAY_VQ(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_CLIENT_INFO_VQ *Clients
        ('Clients', PTR_LPDHCP_CLIENT_INFO_VQ_CARRAY),
    )
    SIZE_IS = {'Clients': 'NumElements'}
    SWITCH_IS = {}


class DHCP_SUBNET_INFO_VQ(Struct):
    structure = (
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('SubnetMask', DHCP_IP_MASK),
        ('SubnetName', LPWSTR),
        ('SubnetComment', LPWSTR),
        ('PrimaryHost', DHCP_HOST_INFO),
        ('SubnetState', DHCP_SUBNET_STATE),
        ('QuarantineOn', DWORD),
        ('Reserved1', DWORD),
        ('Reserved2', DWORD),
        ('Reserved3', INT64),
        ('Reserved4', INT64),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_IPV6_ADDRESS(Struct):
    structure = (
        ('HighOrderBits', ULONGLONG),
        ('LowOrderBits', ULONGLONG),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_CLIENT_INFO_V5(Struct):
    structure = (
        ('ClientIpAddress', DHCP_IP_ADDRESS),
        ('SubnetMask', DHCP_IP_MASK),
        ('ClientHardwareAddress', DHCP_CLIENT_UID),
        ('ClientName', LPWSTR),
        ('ClientComment', LPWSTR),
        ('ClientLeaseExpires', DATE_TIME),
        ('OwnerHost', DHCP_HOST_INFO),
        ('bClientType', BYTE),
        ('AddressState', BYTE),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_CLIENT_INFO_V5(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_V5),)


class LPDHCP_CLIENT_INFO_V5_CARRAY(CArray):
    item = LPDHCP_CLIENT_INFO_V5


class PTR_LPDHCP_CLIENT_INFO_V5_CARRAY(Ptr):
    referent = (('Data', LPDHCP_CLIENT_INFO_V5_CARRAY),)


class DHCP_CLIENT_INFO_ARRAY_V5(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_CLIENT_INFO_V5 *Clients
        ('Clients', PTR_LPDHCP_CLIENT_INFO_V5_CARRAY),
    )
    SIZE_IS = {'Clients': 'NumElements'}
    SWITCH_IS = {}


class DHCP_MSCOPE_INFO(Struct):
    structure = (
        ('MScopeName', LPWSTR),
        ('MScopeComment', LPWSTR),
        ('MScopeId', DWORD),
        ('MScopeAddressPolicy', DWORD),
        ('PrimaryHost', DHCP_HOST_INFO),
        ('MScopeState', DHCP_SUBNET_STATE),
        ('MScopeFlags', DWORD),
        ('ExpiryTime', DATE_TIME),
        ('LangTag', LPWSTR),
        ('TTL', BYTE),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPWSTR_CARRAY(CArray):
    item = LPWSTR


class PTR_LPWSTR_CARRAY(Ptr):
    referent = (('Data', LPWSTR_CARRAY),)


class DHCP_MSCOPE_TABLE(Struct):
    structure = (
        ('NumElements', DWORD),
        ('pMScopeNames', PTR_LPWSTR_CARRAY),  # [size_is(NumElements)] LPWSTR *pMScopeNames
    )
    SIZE_IS = {'pMScopeNames': 'NumElements'}
    SWITCH_IS = {}


class DHCP_MCLIENT_INFO(Struct):
    structure = (
        ('ClientIpAddress', DHCP_IP_ADDRESS),
        ('MScopeId', DWORD),
        ('ClientId', DHCP_CLIENT_UID),
        ('ClientName', LPWSTR),
        ('ClientLeaseStarts', DATE_TIME),
        ('ClientLeaseEnds', DATE_TIME),
        ('OwnerHost', DHCP_HOST_INFO),
        ('AddressFlags', DWORD),
        ('AddressState', BYTE),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_MCLIENT_INFO(Ptr):
    referent = (('Data', DHCP_MCLIENT_INFO),)


class LPDHCP_MCLIENT_INFO_CARRAY(CArray):
    item = LPDHCP_MCLIENT_INFO


class PTR_LPDHCP_MCLIENT_INFO_CARRAY(Ptr):
    referent = (('Data', LPDHCP_MCLIENT_INFO_CARRAY),)


class DHCP_MCLIENT_INFO_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_MCLIENT_INFO *Clients
        ('Clients', PTR_LPDHCP_MCLIENT_INFO_CARRAY),
    )
    SIZE_IS = {'Clients': 'NumElements'}
    SWITCH_IS = {}


class DHCP_RESERVED_SCOPE6(Struct):
    structure = (
        ('ReservedIpAddress', DHCP_IPV6_ADDRESS),
        ('ReservedIpSubnetAddress', DHCP_IPV6_ADDRESS),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_OPTION_SCOPE_UNION6(Union):
    SWITCH_TYPE = DHCP_OPTION_SCOPE_TYPE
    union = {
        DHCP_OPTION_SCOPE_TYPE6.DhcpDefaultOptions6: None,
        DHCP_OPTION_SCOPE_TYPE6.DhcpScopeOptions6: ('SubnetScopeInfo', DHCP_IPV6_ADDRESS),
        DHCP_OPTION_SCOPE_TYPE6.DhcpReservedOptions6: ('ReservedScopeInfo', DHCP_RESERVED_SCOPE6),
        DHCP_OPTION_SCOPE_TYPE6.DhcpGlobalOptions6: None,
    }


class DHCP_OPTION_SCOPE_INFO6(Struct):
    structure = (
        ('ScopeType', DHCP_OPTION_SCOPE_TYPE6),
        # [switch_is(ScopeType), switch_type(DHCP_OPTION_SCOPE_TYPE)]
        ('ScopeInfo', DHCP_OPTION_SCOPE_UNION6),
    )
    SIZE_IS = {}
    SWITCH_IS = {'ScopeInfo': 'ScopeType'}


class DHCP_CLASS_INFO(Struct):
    structure = (
        ('ClassName', LPWSTR),
        ('ClassComment', LPWSTR),
        ('ClassDataLength', DWORD),
        ('IsVendor', BOOL),
        ('Flags', DWORD),
        ('ClassData', PTR_BYTE_CARRAY),  # [size_is(ClassDataLength)] LPBYTE ClassData
    )
    SIZE_IS = {'ClassData': 'ClassDataLength'}
    SWITCH_IS = {}


class DHCP_CLASS_INFO_CARRAY(CArray):
    item = DHCP_CLASS_INFO


class PTR_DHCP_CLASS_INFO_CARRAY(Ptr):
    referent = (('Data', DHCP_CLASS_INFO_CARRAY),)


class DHCP_CLASS_INFO_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_CLASS_INFO Classes
        ('Classes', PTR_DHCP_CLASS_INFO_CARRAY),
    )
    SIZE_IS = {'Classes': 'NumElements'}
    SWITCH_IS = {}


class LPDHCP_OPTION_ARRAY(Ptr):
    referent = (('Data', DHCP_OPTION_ARRAY),)


class DHCP_VENDOR_OPTION(Struct):
    structure = (
        ('Option', DHCP_OPTION),
        ('VendorName', LPWSTR),
        ('ClassName', LPWSTR),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_VENDOR_OPTION_CARRAY(CArray):
    item = DHCP_VENDOR_OPTION


class PTR_DHCP_VENDOR_OPTION_CARRAY(Ptr):
    referent = (('Data', DHCP_VENDOR_OPTION_CARRAY),)


class DHCP_ALL_OPTIONS(Struct):
    structure = (
        ('Flags', DWORD),
        ('NonVendorOptions', LPDHCP_OPTION_ARRAY),  # LPDHCP_OPTION_ARRAY NonVendorOptions
        ('NumVendorOptions', DWORD),
        # [size_is(NumVendorOptions)] struct {...} *VendorOptions
        ('VendorOptions', PTR_DHCP_VENDOR_OPTION_CARRAY),
    )
    SIZE_IS = {'VendorOptions': 'NumVendorOptions'}
    SWITCH_IS = {}


class LPDHCP_OPTION_VALUE_ARRAY(Ptr):
    referent = (('Data', DHCP_OPTION_VALUE_ARRAY),)


class DHCP_ALL_OPTION_VALUES_ELEMENT(Struct):
    structure = (
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('IsVendor', BOOL),
        ('OptionsArray', LPDHCP_OPTION_VALUE_ARRAY),  # LPDHCP_OPTION_VALUE_ARRAY OptionsArray
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_ALL_OPTION_VALUES_ELEMENT_CARRAY(CArray):
    item = DHCP_ALL_OPTION_VALUES_ELEMENT


class PTR_DHCP_ALL_OPTION_VALUES_ELEMENT_CARRAY(Ptr):
    referent = (('Data', DHCP_ALL_OPTION_VALUES_ELEMENT_CARRAY),)


class DHCP_ALL_OPTION_VALUES(Struct):
    structure = (
        ('Flags', DWORD),
        ('NumElements', DWORD),
        # [size_is(NumElements)] struct {...} *Options
        ('Options', PTR_DHCP_ALL_OPTION_VALUES_ELEMENT_CARRAY),
    )
    SIZE_IS = {'Options': 'NumElements'}
    SWITCH_IS = {}


class MSCOPE_MIB_INFO(Struct):
    structure = (
        ('MScopeId', DWORD),
        ('MScopeName', LPWSTR),
        ('NumAddressesInuse', DWORD),
        ('NumAddressesFree', DWORD),
        ('NumPendingOffers', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class MSCOPE_MIB_INFO_CARRAY(CArray):
    item = MSCOPE_MIB_INFO


class PTR_MSCOPE_MIB_INFO_CARRAY(Ptr):
    referent = (('Data', MSCOPE_MIB_INFO_CARRAY),)


class DHCP_MCAST_MIB_INFO(Struct):
    structure = (
        ('Discovers', DWORD),
        ('Offers', DWORD),
        ('Requests', DWORD),
        ('Renews', DWORD),
        ('Acks', DWORD),
        ('Naks', DWORD),
        ('Releases', DWORD),
        ('Informs', DWORD),
        ('ServerStartTime', DATE_TIME),
        ('Scopes', DWORD),
        ('ScopeInfo', PTR_MSCOPE_MIB_INFO_CARRAY),  # [size_is(Scopes)] LPMSCOPE_MIB_INFO ScopeInfo
    )
    SIZE_IS = {'ScopeInfo': 'Scopes'}
    SWITCH_IS = {}


class DHCP_ATTRIB_VALUE_UNION(Union):
    SWITCH_TYPE = ULONG
    union = {
        DHCP_ATTRIB_TYPE_BOOL: ('DhcpAttribBool', BOOL),
        DHCP_ATTRIB_TYPE_ULONG: ('DhcpAttribUlong', ULONG),
    }


class DHCP_ATTRIB(Struct):
    structure = (
        ('DhcpAttribId', DHCP_ATTRIB_ID),
        ('DhcpAttribType', ULONG),
        # [switch_is(DhcpAttribType), switch_type(ULONG)]
        ('AttribValue', DHCP_ATTRIB_VALUE_UNION),
    )
    SIZE_IS = {}
    SWITCH_IS = {'AttribValue': 'DhcpAttribType'}


class DHCP_ATTRIB_CARRAY(CArray):
    item = DHCP_ATTRIB


class PTR_DHCP_ATTRIB_CARRAY(Ptr):
    referent = (('Data', DHCP_ATTRIB_CARRAY),)


class DHCP_ATTRIB_ARRAY(Struct):
    structure = (
        ('NumElements', ULONG),
        # [size_is(NumElements)] LPDHCP_ATTRIB DhcpAttribs
        ('DhcpAttribs', PTR_DHCP_ATTRIB_CARRAY),
    )
    SIZE_IS = {'DhcpAttribs': 'NumElements'}
    SWITCH_IS = {}


class LPDHCP_BOOT_IP_RANGE(Ptr):
    referent = (('Data', DHCP_BOOTP_IP_RANGE),)


class DHCP_SUBNET_ELEMENT_UNION_V5(Union):
    SWITCH_TYPE = DHCP_SUBNET_ELEMENT_TYPE
    union = {
        # [case(DhcpIpRanges)] DHCP_BOOTP_IP_RANGE *IpRange
        DHCP_SUBNET_ELEMENT_TYPE.DhcpIpRanges: ('IpRange', LPDHCP_BOOT_IP_RANGE),
        # [case(DhcpSecondaryHosts)] DHCP_HOST_INFO *SecondaryHost
        DHCP_SUBNET_ELEMENT_TYPE.DhcpSecondaryHosts: ('SecondaryHost', LPDHCP_HOST_INFO),
        # [case(DhcpReservedIps)] DHCP_IP_RESERVATION_V4 *ReservedIp
        DHCP_SUBNET_ELEMENT_TYPE.DhcpReservedIps: ('ReservedIp', LPDHCP_IP_RESERVATION_V4),
        # [case(DhcpExcludedIpRanges)] DHCP_IP_RANGE *ExcludeIpRange
        DHCP_SUBNET_ELEMENT_TYPE.DhcpExcludedIpRanges: ('ExcludeIpRange', LPDHCP_IP_RANGE),
        # [case(DhcpIpUsedClusters)] DHCP_IP_CLUSTER *IpUsedCluster
        DHCP_SUBNET_ELEMENT_TYPE.DhcpIpUsedClusters: ('IpUsedCluster', LPDHCP_IP_CLUSTER),
    }


class DHCP_SUBNET_ELEMENT_DATA_V5(Struct):
    structure = (
        ('ElementType', DHCP_SUBNET_ELEMENT_TYPE),
        # [switch_is(ELEMENT_MASK(ElementType)), switch_type(DHCP_SUBNET_ELEMENT_TYPE)]
        ('Element', DHCP_SUBNET_ELEMENT_UNION_V5),
    )
    SIZE_IS = {}
    SWITCH_IS = {'Element': 'ElementType'}
    SWITCH_MASK = {'Element': 'ELEMENT_MASK'}


class DHCP_SUBNET_ELEMENT_DATA_V5_CARRAY(CArray):
    item = DHCP_SUBNET_ELEMENT_DATA_V5


class PTR_DHCP_SUBNET_ELEMENT_DATA_V5_CARRAY(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_DATA_V5_CARRAY),)


class DHCP_SUBNET_ELEMENT_INFO_ARRAY_V5(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_SUBNET_ELEMENT_DATA_V5 Elements
        ('Elements', PTR_DHCP_SUBNET_ELEMENT_DATA_V5_CARRAY),
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_BIND_ELEMENT(Struct):
    structure = (
        ('Flags', ULONG),
        ('fBoundToDHCPServer', BOOL),
        ('AdapterPrimaryAddress', DHCP_IP_ADDRESS),
        ('AdapterSubnetAddress', DHCP_IP_ADDRESS),
        ('IfDescription', LPWSTR),
        ('IfIdSize', ULONG),
        ('IfId', PTR_BYTE_CARRAY),  # [size_is(IfIdSize)] LPBYTE IfId
    )
    SIZE_IS = {'IfId': 'IfIdSize'}
    SWITCH_IS = {}


class DHCP_BIND_ELEMENT_CARRAY(CArray):
    item = DHCP_BIND_ELEMENT


class PTR_DHCP_BIND_ELEMENT_CARRAY(Ptr):
    referent = (('Data', DHCP_BIND_ELEMENT_CARRAY),)


class DHCP_BIND_ELEMENT_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_BIND_ELEMENT Elements
        ('Elements', PTR_DHCP_BIND_ELEMENT_CARRAY),
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_SERVER_SPECIFIC_STRINGS(Struct):
    structure = (
        ('DefaultVendorClassName', LPWSTR),
        ('DefaultUserClassName', LPWSTR),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class SCOPE_MIB_INFO_V5(Struct):
    structure = (
        ('Subnet', DHCP_IP_ADDRESS),
        ('NumAddressesInuse', DWORD),
        ('NumAddressesFree', DWORD),
        ('NumPendingOffers', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class SCOPE_MIB_INFO_V5_CARRAY(CArray):
    item = SCOPE_MIB_INFO_V5


class PTR_SCOPE_MIB_INFO_V5_CARRAY(Ptr):
    referent = (('Data', SCOPE_MIB_INFO_V5_CARRAY),)


class DHCP_MIB_INFO_V5(Struct):
    structure = (
        ('Discovers', DWORD),
        ('Offers', DWORD),
        ('Requests', DWORD),
        ('Acks', DWORD),
        ('Naks', DWORD),
        ('Declines', DWORD),
        ('Releases', DWORD),
        ('ServerStartTime', DATE_TIME),
        ('QtnNumLeases', DWORD),
        ('QtnPctQtnLeases', DWORD),
        ('QtnProbationLeases', DWORD),
        ('QtnNonQtnLeases', DWORD),
        ('QtnExemptLeases', DWORD),
        ('QtnCapableClients', DWORD),
        ('QtnIASErrors', DWORD),
        ('DelayedOffers', DWORD),
        ('ScopesWithDelayedOffers', DWORD),
        ('Scopes', DWORD),
        # [size_is(Scopes)] LPSCOPE_MIB_INFO_V5 ScopeInfo
        ('ScopeInfo', PTR_SCOPE_MIB_INFO_V5_CARRAY),
    )
    SIZE_IS = {'ScopeInfo': 'Scopes'}
    SWITCH_IS = {}


class DHCP_ADDR_PATTERN(Struct):
    structure = (
        ('MatchHWType', BOOL),
        ('HWType', BYTE),
        ('IsWildcard', BOOL),
        ('Length', BYTE),
        ('Pattern', PATTERN_ARRAY),  # BYTE Pattern[MAX_PATTERN_LENGTH]
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_FILTER_ADD_INFO(Struct):
    structure = (
        ('AddrPatt', DHCP_ADDR_PATTERN),
        ('Comment', LPWSTR),
        ('ListType', DHCP_FILTER_LIST_TYPE),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_FILTER_GLOBAL_INFO(Struct):
    structure = (
        ('EnforceAllowList', BOOL),
        ('EnforceDenyList', BOOL),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_FILTER_RECORD(Struct):
    structure = (
        ('AddrPatt', DHCP_ADDR_PATTERN),
        ('Comment', LPWSTR),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_FILTER_RECORD_CARRAY(CArray):
    item = DHCP_FILTER_RECORD


class PTR_DHCP_FILTER_RECORD_CARRAY(Ptr):
    referent = (('Data', DHCP_FILTER_RECORD_CARRAY),)


class DHCP_FILTER_ENUM_INFO(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_FILTER_RECORD pEnumRecords
        ('pEnumRecords', PTR_DHCP_FILTER_RECORD_CARRAY),
    )
    SIZE_IS = {'pEnumRecords': 'NumElements'}
    SWITCH_IS = {}


class DHCP_SUBNET_INFO_V6(Struct):
    structure = (
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
        ('Prefix', ULONG),
        ('Preference', USHORT),
        ('SubnetName', LPWSTR),
        ('SubnetComment', LPWSTR),
        ('State', DWORD),
        ('ScopeId', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_IPV6_ADDRESS_CARRAY(CArray):
    item = DHCP_IPV6_ADDRESS


class PTR_DHCP_IPV6_ADDRESS_CARRAY(Ptr):
    referent = (('Data', DHCP_IPV6_ADDRESS_CARRAY),)


class DHCPV6_IP_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_IPV6_ADDRESS Elements
        ('Elements', PTR_DHCP_IPV6_ADDRESS_CARRAY),
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_IP_RANGE_V6(Struct):
    structure = (
        ('StartAddress', DHCP_IPV6_ADDRESS),
        ('EndAddress', DHCP_IPV6_ADDRESS),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_IP_RESERVATION_V6(Struct):
    structure = (
        ('ReservedIpAddress', DHCP_IPV6_ADDRESS),
        ('ReservedForClient', PTR_DHCP_CLIENT_UID),  # DHCP_CLIENT_UID *ReservedForClient
        ('InterfaceId', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_IP_RANGE_V6(Ptr):
    referent = (('Data', DHCP_IP_RANGE_V6),)


class LPDHCP_IP_RESERVATION_V6(Ptr):
    referent = (('Data', DHCP_IP_RESERVATION_V6),)


class DHCP_SUBNET_ELEMENT_UNION_V6(Union):
    SWITCH_TYPE = DHCP_SUBNET_ELEMENT_TYPE_V6
    union = {
        # [case(Dhcpv6IpRanges)] DHCP_IP_RANGE_V6 *IpRange
        DHCP_SUBNET_ELEMENT_TYPE_V6.Dhcpv6IpRanges: ('IpRange', LPDHCP_IP_RANGE_V6),
        # [case(Dhcpv6ReservedIps)] DHCP_IP_RESERVATION_V6 *ReservedIp
        DHCP_SUBNET_ELEMENT_TYPE_V6.Dhcpv6ReservedIps: ('ReservedIp', LPDHCP_IP_RESERVATION_V6),
        # [case(Dhcpv6ExcludedIpRanges)] DHCP_IP_RANGE_V6 *ExcludeIpRange
        DHCP_SUBNET_ELEMENT_TYPE_V6.Dhcpv6ExcludedIpRanges: ('ExcludeIpRange', LPDHCP_IP_RANGE_V6),
    }


class DHCP_SUBNET_ELEMENT_DATA_V6(Struct):
    structure = (
        ('ElementType', DHCP_SUBNET_ELEMENT_TYPE_V6),
        # [switch_is(ELEMENT_MASK(ElementType)), switch_type(DHCP_SUBNET_ELEMENT_TYPE_V6)]
        ('Element', DHCP_SUBNET_ELEMENT_UNION_V6),
    )
    SIZE_IS = {}
    SWITCH_IS = {'Element': 'ElementType'}
    SWITCH_MASK = {'Element': 'ELEMENT_MASK'}


class DHCP_SUBNET_ELEMENT_DATA_V6_CARRAY(CArray):
    item = DHCP_SUBNET_ELEMENT_DATA_V6


class PTR_DHCP_SUBNET_ELEMENT_DATA_V6_CARRAY(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_DATA_V6_CARRAY),)


class DHCP_SUBNET_ELEMENT_INFO_ARRAY_V6(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_SUBNET_ELEMENT_DATA_V6 Elements
        ('Elements', PTR_DHCP_SUBNET_ELEMENT_DATA_V6_CARRAY),
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_HOST_INFO_V6(Struct):
    structure = (
        ('IpAddress', DHCP_IPV6_ADDRESS),
        ('NetBiosName', LPWSTR),
        ('HostName', LPWSTR),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_CLIENT_INFO_V6(Struct):
    structure = (
        ('ClientIpAddress', DHCP_IPV6_ADDRESS),
        ('ClientDUID', DHCP_CLIENT_UID),
        ('AddressType', DWORD),
        ('IAID', DWORD),
        ('ClientName', LPWSTR),
        ('ClientComment', LPWSTR),
        ('ClientValidLeaseExpires', DATE_TIME),
        ('ClientPrefLeaseExpires', DATE_TIME),
        ('OwnerHost', DHCP_HOST_INFO_V6),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_CLIENT_INFO_V6(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_V6),)


class LPDHCP_CLIENT_INFO_V6_CARRAY(CArray):
    item = LPDHCP_CLIENT_INFO_V6


class PTR_LPDHCP_CLIENT_INFO_V6_CARRAY(Ptr):
    referent = (('Data', LPDHCP_CLIENT_INFO_V6_CARRAY),)


class DHCP_CLIENT_INFO_ARRAY_V6(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_CLIENT_INFO_V6 *Clients
        ('Clients', PTR_LPDHCP_CLIENT_INFO_V6_CARRAY),
    )
    SIZE_IS = {'Clients': 'NumElements'}
    SWITCH_IS = {}


class DHCP_SERVER_CONFIG_INFO_V6(Struct):
    structure = (
        ('UnicastFlag', BOOL),
        ('RapidCommitFlag', BOOL),
        ('PreferredLifetime', DWORD),
        ('ValidLifetime', DWORD),
        ('T1', DWORD),
        ('T2', DWORD),
        ('PreferredLifetimeIATA', DWORD),
        ('ValidLifetimeIATA', DWORD),
        ('fAuditLog', BOOL),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class SCOPE_MIB_INFO_V6(Struct):
    structure = (
        ('Subnet', DHCP_IPV6_ADDRESS),
        ('NumAddressesInuse', ULONGLONG),
        ('NumAddressesFree', ULONGLONG),
        ('NumPendingAdvertises', ULONGLONG),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class SCOPE_MIB_INFO_V6_CARRAY(CArray):
    item = SCOPE_MIB_INFO_V6


class PTR_SCOPE_MIB_INFO_V6_CARRAY(Ptr):
    referent = (('Data', SCOPE_MIB_INFO_V6_CARRAY),)


class DHCP_MIB_INFO_V6(Struct):
    structure = (
        ('Solicits', DWORD),
        ('Advertises', DWORD),
        ('Requests', DWORD),
        ('Renews', DWORD),
        ('Rebinds', DWORD),
        ('Replies', DWORD),
        ('Confirms', DWORD),
        ('Declines', DWORD),
        ('Releases', DWORD),
        ('Informs', DWORD),
        ('ServerStartTime', DATE_TIME),
        ('Scopes', DWORD),
        # [size_is(Scopes)] LPSCOPE_MIB_INFO_V6 ScopeInfo
        ('ScopeInfo', PTR_SCOPE_MIB_INFO_V6_CARRAY),
    )
    SIZE_IS = {'ScopeInfo': 'Scopes'}
    SWITCH_IS = {}


class DHCPV6_BIND_ELEMENT(Struct):
    structure = (
        ('Flags', ULONG),
        ('fBoundToDHCPServer', BOOL),
        ('AdapterPrimaryAddress', DHCP_IPV6_ADDRESS),
        ('AdapterSubnetAddress', DHCP_IPV6_ADDRESS),
        ('IfDescription', LPWSTR),
        ('IpV6IfIndex', DWORD),
        ('IfIdSize', ULONG),
        ('IfId', PTR_BYTE_CARRAY),  # [size_is(IfIdSize)] LPBYTE IfId
    )
    SIZE_IS = {'IfId': 'IfIdSize'}
    SWITCH_IS = {}


class DHCPV6_BIND_ELEMENT_CARRAY(CArray):
    item = DHCPV6_BIND_ELEMENT


class PTR_DHCPV6_BIND_ELEMENT_CARRAY(Ptr):
    referent = (('Data', DHCPV6_BIND_ELEMENT_CARRAY),)


class DHCPV6_BIND_ELEMENT_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCPV6_BIND_ELEMENT Elements
        ('Elements', PTR_DHCPV6_BIND_ELEMENT_CARRAY),
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_CLIENT_SEARCH_UNION_V6(Union):
    SWITCH_TYPE = DHCP_SEARCH_INFO_TYPE_V6
    union = {
        DHCP_SEARCH_INFO_TYPE_V6.Dhcpv6ClientIpAddress: ('ClientIpAddress', DHCP_IPV6_ADDRESS),
        DHCP_SEARCH_INFO_TYPE_V6.Dhcpv6ClientDUID: ('ClientDUID', DHCP_CLIENT_UID),
        DHCP_SEARCH_INFO_TYPE_V6.Dhcpv6ClientName: ('ClientName', LPWSTR),
    }


class DHCP_SEARCH_INFO_V6(Struct):
    structure = (
        ('SearchType', DHCP_SEARCH_INFO_TYPE_V6),
        # [switch_is(SearchType), switch_type(DHCP_SEARCH_INFO_TYPE_V6)]
        ('SearchInfo', DHCP_CLIENT_SEARCH_UNION_V6),
    )
    SIZE_IS = {}
    SWITCH_IS = {'SearchInfo': 'SearchType'}


class DHCP_CLASS_INFO_V6(Struct):
    structure = (
        ('ClassName', LPWSTR),
        ('ClassComment', LPWSTR),
        ('ClassDataLength', DWORD),
        ('IsVendor', BOOL),
        ('EnterpriseNumber', DWORD),
        ('Flags', DWORD),
        ('ClassData', PTR_BYTE_CARRAY),  # [size_is(ClassDataLength)] LPBYTE ClassData
    )
    SIZE_IS = {'ClassData': 'ClassDataLength'}
    SWITCH_IS = {}


class DHCP_CLASS_INFO_V6_CARRAY(CArray):
    item = DHCP_CLASS_INFO_V6


class PTR_DHCP_CLASS_INFO_V6_CARRAY(Ptr):
    referent = (('Data', DHCP_CLASS_INFO_V6_CARRAY),)


class DHCP_CLASS_INFO_ARRAY_V6(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_CLASS_INFO_V6 Classes
        ('Classes', PTR_DHCP_CLASS_INFO_V6_CARRAY),
    )
    SIZE_IS = {'Classes': 'NumElements'}
    SWITCH_IS = {}


class DHCP_CLIENT_FILTER_STATUS_INFO(Struct):
    structure = (
        ('ClientIpAddress', DHCP_IP_ADDRESS),
        ('SubnetMask', DHCP_IP_MASK),
        ('ClientHardwareAddress', DHCP_CLIENT_UID),
        ('ClientName', LPWSTR),
        ('ClientComment', LPWSTR),
        ('ClientLeaseExpires', DATE_TIME),
        ('OwnerHost', DHCP_HOST_INFO),
        ('bClientType', BYTE),
        ('AddressState', BYTE),
        ('Status', QuarantineStatus),
        ('ProbationEnds', DATE_TIME),
        ('QuarantineCapable', BOOL),
        ('FilterStatus', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_CLIENT_FILTER_STATUS_INFO(Ptr):
    referent = (('Data', DHCP_CLIENT_FILTER_STATUS_INFO),)


class LPDHCP_CLIENT_FILTER_STATUS_INFO_CARRAY(CArray):
    item = LPDHCP_CLIENT_FILTER_STATUS_INFO


class PTR_LPDHCP_CLIENT_FILTER_STATUS_INFO_CARRAY(Ptr):
    referent = (('Data', LPDHCP_CLIENT_FILTER_STATUS_INFO_CARRAY),)


class DHCP_CLIENT_FILTER_STATUS_INFO_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_CLIENT_FILTER_STATUS_INFO *Clients
        ('Clients', PTR_LPDHCP_CLIENT_FILTER_STATUS_INFO_CARRAY),
    )
    SIZE_IS = {'Clients': 'NumElements'}
    SWITCH_IS = {}


class LPDHCP_IP_ARRAY(Ptr):
    referent = (('Data', DHCP_IP_ARRAY),)


class DHCP_FAILOVER_RELATIONSHIP(Struct):
    structure = (
        ('primaryServer', DHCP_IP_ADDRESS),
        ('secondaryServer', DHCP_IP_ADDRESS),
        ('mode', DHCP_FAILOVER_MODE),
        ('serverType', DHCP_FAILOVER_SERVER),
        ('state', FSM_STATE),
        ('prevState', FSM_STATE),
        ('mclt', DWORD),
        ('safePeriod', DWORD),
        ('relationshipName', LPWSTR),
        ('primaryServerName', LPWSTR),
        ('secondaryServerName', LPWSTR),
        ('pScopes', LPDHCP_IP_ARRAY),  # LPDHCP_IP_ARRAY pScopes
        ('percentage', BYTE),
        ('pSharedSecret', LPWSTR),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_FAILOVER_RELATIONSHIP_CARRAY(CArray):
    item = DHCP_FAILOVER_RELATIONSHIP


class PTR_DHCP_FAILOVER_RELATIONSHIP_CARRAY(Ptr):
    referent = (('Data', DHCP_FAILOVER_RELATIONSHIP_CARRAY),)


class DHCP_FAILOVER_RELATIONSHIP_ARRAY(Struct):
    structure = (
        ('numElements', DWORD),
        # [size_is(numElements)] LPDHCP_FAILOVER_RELATIONSHIP pRelationships
        ('pRelationships', PTR_DHCP_FAILOVER_RELATIONSHIP_CARRAY),
    )
    SIZE_IS = {'pRelationships': 'numElements'}
    SWITCH_IS = {}


class DHCP_FAILOVER_STATISTICS(Struct):
    structure = (
        ('numAddr', DWORD),
        ('addrFree', DWORD),
        ('addrInUse', DWORD),
        ('partnerAddrFree', DWORD),
        ('thisAddrFree', DWORD),
        ('partnerAddrInUse', DWORD),
        ('thisAddrInUse', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCPV4_FAILOVER_CLIENT_INFO(Struct):
    structure = (
        ('ClientIpAddress', DHCP_IP_ADDRESS),
        ('SubnetMask', DHCP_IP_MASK),
        ('ClientHardwareAddress', DHCP_CLIENT_UID),
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
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_IP_RESERVATION_INFO(Struct):
    structure = (
        ('ReservedIpAddress', DHCP_IP_ADDRESS),
        ('ReservedForClient', DHCP_CLIENT_UID),
        ('ReservedClientName', LPWSTR),
        ('ReservedClientDesc', LPWSTR),
        ('bAllowedClientTypes', BYTE),
        ('fOptionsPresent', BYTE),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_IP_RESERVATION_INFO(Ptr):
    referent = (('Data', DHCP_IP_RESERVATION_INFO),)


class LPDHCP_IP_RESERVATION_INFO_CARRAY(CArray):
    item = LPDHCP_IP_RESERVATION_INFO


class PTR_LPDHCP_IP_RESERVATION_INFO_CARRAY(Ptr):
    referent = (('Data', LPDHCP_IP_RESERVATION_INFO_CARRAY),)


class DHCP_RESERVATION_INFO_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_IP_RESERVATION_INFO *Elements
        ('Elements', PTR_LPDHCP_IP_RESERVATION_INFO_CARRAY),
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_ALL_OPTION_VALUES_PB_ELEMENT(Struct):
    structure = (
        ('PolicyName', LPWSTR),
        ('VendorName', LPWSTR),
        ('IsVendor', BOOL),
        ('OptionsArray', LPDHCP_OPTION_VALUE_ARRAY),  # LPDHCP_OPTION_VALUE_ARRAY OptionsArray
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_ALL_OPTION_VALUES_PB_ELEMENT_CARRAY(CArray):
    item = DHCP_ALL_OPTION_VALUES_PB_ELEMENT


class PTR_DHCP_ALL_OPTION_VALUES_PB_ELEMENT_CARRAY(Ptr):
    referent = (('Data', DHCP_ALL_OPTION_VALUES_PB_ELEMENT_CARRAY),)


class DHCP_ALL_OPTION_VALUES_PB(Struct):
    structure = (
        ('Flags', DWORD),
        ('NumElements', DWORD),
        # [size_is(NumElements)] struct {...} *Options
        ('Options', PTR_DHCP_ALL_OPTION_VALUES_PB_ELEMENT_CARRAY),
    )
    SIZE_IS = {'Options': 'NumElements'}
    SWITCH_IS = {}


class DHCP_POL_COND(Struct):
    structure = (
        ('ParentExpr', DWORD),
        ('Type', DHCP_POL_ATTR_TYPE),
        ('OptionID', DWORD),
        ('SubOptionID', DWORD),
        ('VendorName', LPWSTR),
        ('Operator', DHCP_POL_COMPARATOR),
        ('Value', PTR_BYTE_CARRAY),  # [size_is(ValueLength)] LPBYTE Value
        ('ValueLength', DWORD),
    )
    SIZE_IS = {'Value': 'ValueLength'}
    SWITCH_IS = {}


class DHCP_POL_COND_CARRAY(CArray):
    item = DHCP_POL_COND


class PTR_DHCP_POL_COND_CARRAY(Ptr):
    referent = (('Data', DHCP_POL_COND_CARRAY),)


class DHCP_POL_COND_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        ('Elements', PTR_DHCP_POL_COND_CARRAY),  # [size_is(NumElements)] LPDHCP_POL_COND Elements
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_POL_EXPR(Struct):
    structure = (
        ('ParentExpr', DWORD),
        ('Operator', DHCP_POL_LOGIC_OPER),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_POL_EXPR_CARRAY(CArray):
    item = DHCP_POL_EXPR


class PTR_DHCP_POL_EXPR_CARRAY(Ptr):
    referent = (('Data', DHCP_POL_EXPR_CARRAY),)


class DHCP_POL_EXPR_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        ('Elements', PTR_DHCP_POL_EXPR_CARRAY),  # [size_is(NumElements)] LPDHCP_POL_EXPR Elements
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_IP_RANGE_CARRAY(CArray):
    item = DHCP_IP_RANGE


class PTR_DHCP_IP_RANGE_CARRAY(Ptr):
    referent = (('Data', DHCP_IP_RANGE_CARRAY),)


class DHCP_IP_RANGE_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        ('Elements', PTR_DHCP_IP_RANGE_CARRAY),  # [size_is(NumElements)] LPDHCP_IP_RANGE Elements
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class LPDHCP_POL_COND_ARRAY(Ptr):
    referent = (('Data', DHCP_POL_COND_ARRAY),)


class LPDHCP_POL_EXPR_ARRAY(Ptr):
    referent = (('Data', DHCP_POL_EXPR_ARRAY),)


class LPDHCP_IP_RANGE_ARRAY(Ptr):
    referent = (('Data', DHCP_IP_RANGE_ARRAY),)


class DHCP_POLICY(Struct):
    structure = (
        ('PolicyName', LPWSTR),
        ('IsGlobalPolicy', BOOL),
        ('Subnet', DHCP_IP_ADDRESS),
        ('ProcessingOrder', DWORD),
        ('Conditions', LPDHCP_POL_COND_ARRAY),  # LPDHCP_POL_COND_ARRAY Conditions
        ('Expressions', LPDHCP_POL_EXPR_ARRAY),  # LPDHCP_POL_EXPR_ARRAY Expressions
        ('Ranges', LPDHCP_IP_RANGE_ARRAY),  # LPDHCP_IP_RANGE_ARRAY Ranges
        ('Description', LPWSTR),
        ('Enabled', BOOL),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_POLICY_CARRAY(CArray):
    item = DHCP_POLICY


class PTR_DHCP_POLICY_CARRAY(Ptr):
    referent = (('Data', DHCP_POLICY_CARRAY),)


class DHCP_POLICY_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        ('Elements', PTR_DHCP_POLICY_CARRAY),  # [size_is(NumElements)] LPDHCP_POLICY Elements
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCPV6_STATELESS_PARAMS(Struct):
    structure = (
        ('Status', BOOL),
        ('PurgeInterval', DWORD),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCPV6_STATELESS_SCOPE_STATS(Struct):
    structure = (
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
        ('NumStatelessClientsAdded', ULONGLONG),
        ('NumStatelessClientsRemoved', ULONGLONG),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCPV6_STATELESS_SCOPE_STATS_CARRAY(CArray):
    item = DHCPV6_STATELESS_SCOPE_STATS


class PTR_DHCPV6_STATELESS_SCOPE_STATS_CARRAY(Ptr):
    referent = (('Data', DHCPV6_STATELESS_SCOPE_STATS_CARRAY),)


class DHCPV6_STATELESS_STATS(Struct):
    structure = (
        ('NumScopes', DWORD),
        # [size_is(NumScopes)] LPDHCPV6_STATELESS_SCOPE_STATS ScopeStats
        ('ScopeStats', PTR_DHCPV6_STATELESS_SCOPE_STATS_CARRAY),
    )
    SIZE_IS = {'ScopeStats': 'NumScopes'}
    SWITCH_IS = {}


class DHCP_CLIENT_INFO_PB(Struct):
    structure = (
        ('ClientIpAddress', DHCP_IP_ADDRESS),
        ('SubnetMask', DHCP_IP_MASK),
        ('ClientHardwareAddress', DHCP_CLIENT_UID),
        ('ClientName', LPWSTR),
        ('ClientComment', LPWSTR),
        ('ClientLeaseExpires', DATE_TIME),
        ('OwnerHost', DHCP_HOST_INFO),
        ('bClientType', BYTE),
        ('AddressState', BYTE),
        ('Status', QuarantineStatus),
        ('ProbationEnds', DATE_TIME),
        ('QuarantineCapable', BOOL),
        ('FilterStatus', DWORD),
        ('PolicyName', LPWSTR),
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_CLIENT_INFO_PB(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_PB),)


class LPDHCP_CLIENT_INFO_PB_CARRAY(CArray):
    item = LPDHCP_CLIENT_INFO_PB


class PTR_LPDHCP_CLIENT_INFO_PB_CARRAY(Ptr):
    referent = (('Data', LPDHCP_CLIENT_INFO_PB_CARRAY),)


class DHCP_CLIENT_INFO_PB_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_CLIENT_INFO_PB *Clients
        ('Clients', PTR_LPDHCP_CLIENT_INFO_PB_CARRAY),
    )
    SIZE_IS = {'Clients': 'NumElements'}
    SWITCH_IS = {}


class DHCP_PROPERTY_VALUE_UNION(Union):
    SWITCH_TYPE = DHCP_PROPERTY_TYPE
    union = {
        DHCP_PROPERTY_TYPE.DhcpPropTypeByte: ('ByteValue', BYTE),
        DHCP_PROPERTY_TYPE.DhcpPropTypeWord: ('WordValue', WORD),
        DHCP_PROPERTY_TYPE.DhcpPropTypeDword: ('DWordValue', DWORD),
        DHCP_PROPERTY_TYPE.DhcpPropTypeString: ('StringValue', LPWSTR),
        DHCP_PROPERTY_TYPE.DhcpPropTypeBinary: ('BinaryValue', DHCP_BINARY_DATA),
    }


class DHCP_PROPERTY(Struct):
    structure = (
        ('ID', DHCP_PROPERTY_ID),
        ('Type', DHCP_PROPERTY_TYPE),
        ('Value', DHCP_PROPERTY_VALUE_UNION),  # [switch_is(Type), switch_type(DHCP_PROPERTY_TYPE)]
    )
    SIZE_IS = {}
    SWITCH_IS = {'Value': 'Type'}


class DHCP_PROPERTY_CARRAY(CArray):
    item = DHCP_PROPERTY


class PTR_DHCP_PROPERTY_CARRAY(Ptr):
    referent = (('Data', DHCP_PROPERTY_CARRAY),)


class DHCP_PROPERTY_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        ('Elements', PTR_DHCP_PROPERTY_CARRAY),  # [size_is(NumElements)] LPDHCP_PROPERTY Elements
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class LPDHCP_PROPERTY_ARRAY(Ptr):
    referent = (('Data', DHCP_PROPERTY_ARRAY),)


class DHCP_CLIENT_INFO_EX(Struct):
    structure = (
        ('ClientIpAddress', DHCP_IP_ADDRESS),
        ('SubnetMask', DHCP_IP_MASK),
        ('ClientHardwareAddress', DHCP_CLIENT_UID),
        ('ClientName', LPWSTR),
        ('ClientComment', LPWSTR),
        ('ClientLeaseExpires', DATE_TIME),
        ('OwnerHost', DHCP_HOST_INFO),
        ('bClientType', BYTE),
        ('AddressState', BYTE),
        ('Status', QuarantineStatus),
        ('ProbationEnds', DATE_TIME),
        ('QuarantineCapable', BOOL),
        ('FilterStatus', DWORD),
        ('PolicyName', LPWSTR),
        ('Properties', LPDHCP_PROPERTY_ARRAY),  # LPDHCP_PROPERTY_ARRAY Properties
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class LPDHCP_CLIENT_INFO_EX(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_EX),)


class LPDHCP_CLIENT_INFO_EX_CARRAY(CArray):
    item = LPDHCP_CLIENT_INFO_EX


class PTR_LPDHCP_CLIENT_INFO_EX_CARRAY(Ptr):
    referent = (('Data', LPDHCP_CLIENT_INFO_EX_CARRAY),)


class DHCP_CLIENT_INFO_EX_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_CLIENT_INFO_EX *Clients
        ('Clients', PTR_LPDHCP_CLIENT_INFO_EX_CARRAY),
    )
    SIZE_IS = {'Clients': 'NumElements'}
    SWITCH_IS = {}


class DHCP_POLICY_EX(Struct):
    structure = (
        ('PolicyName', LPWSTR),
        ('IsGlobalPolicy', BOOL),
        ('Subnet', DHCP_IP_ADDRESS),
        ('ProcessingOrder', DWORD),
        ('Conditions', LPDHCP_POL_COND_ARRAY),  # LPDHCP_POL_COND_ARRAY Conditions
        ('Expressions', LPDHCP_POL_EXPR_ARRAY),  # LPDHCP_POL_EXPR_ARRAY Expressions
        ('Ranges', LPDHCP_IP_RANGE_ARRAY),  # LPDHCP_IP_RANGE_ARRAY Ranges
        ('Description', LPWSTR),
        ('Enabled', BOOL),
        ('Properties', LPDHCP_PROPERTY_ARRAY),  # LPDHCP_PROPERTY_ARRAY Properties
    )
    SIZE_IS = {}
    SWITCH_IS = {}


class DHCP_POLICY_EX_CARRAY(CArray):
    item = DHCP_POLICY_EX


class PTR_DHCP_POLICY_EX_CARRAY(Ptr):
    referent = (('Data', DHCP_POLICY_EX_CARRAY),)


class DHCP_POLICY_EX_ARRAY(Struct):
    structure = (
        ('NumElements', DWORD),
        # [size_is(NumElements)] LPDHCP_POLICY_EX Elements
        ('Elements', PTR_DHCP_POLICY_EX_CARRAY),
    )
    SIZE_IS = {'Elements': 'NumElements'}
    SWITCH_IS = {}


class DHCP_RESUME_IPV6_HANDLE(DHCP_IPV6_ADDRESS):
    """typedef DHCP_IPV6_ADDRESS DHCP_RESUME_IPV6_HANDLE"""


class LPDHCP_IP_ADDRESS(Ptr):
    referent = (('Data', DHCP_IP_ADDRESS),)


class LPDHCP_BINARY_DATA(Ptr):
    referent = (('Data', DHCP_BINARY_DATA),)


class LPDHCP_SUBNET_STATE(Ptr):
    referent = (('Data', DHCP_SUBNET_STATE),)


class LPDHCP_SUBNET_ELEMENT_TYPE(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_TYPE),)


class LPDHCP_FORCE_FLAG(Ptr):
    referent = (('Data', DHCP_FORCE_FLAG),)


class LPDHCP_OPTION_TYPE(Ptr):
    referent = (('Data', DHCP_OPTION_TYPE),)


class LPDHCP_OPTION_DATA_TYPE(Ptr):
    referent = (('Data', DHCP_OPTION_DATA_TYPE),)


class LPDHCP_OPTION_SCOPE_TYPE(Ptr):
    referent = (('Data', DHCP_OPTION_SCOPE_TYPE),)


class LPDHCP_SEARCH_INFO_TYPE(Ptr):
    referent = (('Data', DHCP_SEARCH_INFO_TYPE),)


class LPDHCP_SCAN_FLAG(Ptr):
    referent = (('Data', DHCP_SCAN_FLAG),)


class LPDHCP_SUBNET_INFO(Ptr):
    referent = (('Data', DHCP_SUBNET_INFO),)


class LPDHCP_SUBNET_ELEMENT_DATA(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_DATA),)


class LPDHCP_SUBNET_ELEMENT_INFO_ARRAY(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_INFO_ARRAY),)


class LPDWORD_DWORD(Ptr):
    referent = (('Data', DWORD_DWORD),)


class LPDHCP_OPTION_DATA_ELEMENT(Ptr):
    referent = (('Data', DHCP_OPTION_DATA_ELEMENT),)


class LPDHCP_OPTION_DATA(Ptr):
    referent = (('Data', DHCP_OPTION_DATA),)


class LPDHCP_OPTION(Ptr):
    referent = (('Data', DHCP_OPTION),)


class LPDHCP_RESERVED_SCOPE(Ptr):
    referent = (('Data', DHCP_RESERVED_SCOPE),)


class LPDHCP_OPTION_SCOPE_INFO(Ptr):
    referent = (('Data', DHCP_OPTION_SCOPE_INFO),)


class LPDHCP_OPTION_VALUE(Ptr):
    referent = (('Data', DHCP_OPTION_VALUE),)


class LPDATE_TIME(Ptr):
    referent = (('Data', DATE_TIME),)


class LPDHCP_SEARCH_INFO(Ptr):
    referent = (('Data', DHCP_SEARCH_INFO),)


class LPDHCP_CLIENT_INFO_ARRAY(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_ARRAY),)


class LPDHCP_OPTION_LIST(Ptr):
    referent = (('Data', DHCP_OPTION_LIST),)


class LPSCOPE_MIB_INFO(Ptr):
    referent = (('Data', SCOPE_MIB_INFO),)


class LPDHCP_MIB_INFO(Ptr):
    referent = (('Data', DHCP_MIB_INFO),)


class LPDHCP_SERVER_CONFIG_INFO(Ptr):
    referent = (('Data', DHCP_SERVER_CONFIG_INFO),)


class LPDHCP_SCAN_ITEM(Ptr):
    referent = (('Data', DHCP_SCAN_ITEM),)


class LPDHCP_SCAN_LIST(Ptr):
    referent = (('Data', DHCP_SCAN_LIST),)


class LPDHCP_SUBNET_ELEMENT_DATA_V4(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_DATA_V4),)


class LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V4(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_INFO_ARRAY_V4),)


class LPDHCP_CLIENT_INFO_ARRAY_V4(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_ARRAY_V4),)


class LPDHCP_SUPER_SCOPE_TABLE_ENTRY(Ptr):
    referent = (('Data', DHCP_SUPER_SCOPE_TABLE_ENTRY),)


class LPDHCP_SUPER_SCOPE_TABLE(Ptr):
    referent = (('Data', DHCP_SUPER_SCOPE_TABLE),)


class LPDHCP_SERVER_CONFIG_INFO_V4(Ptr):
    referent = (('Data', DHCP_SERVER_CONFIG_INFO_V4),)


class LPDHCP_SERVER_CONFIG_INFO_VQ(Ptr):
    referent = (('Data', DHCP_SERVER_CONFIG_INFO_VQ),)


class LPSCOPE_MIB_INFO_VQ(Ptr):
    referent = (('Data', SCOPE_MIB_INFO_VQ),)


class LPDHCP_MIB_INFO_VQ(Ptr):
    referent = (('Data', DHCP_MIB_INFO_VQ),)


class LPDHCP_CLIENT_INFO_ARRAY_VQ(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_ARRAY_VQ),)


class LPDHCP_SUBNET_INFO_VQ(Ptr):
    referent = (('Data', DHCP_SUBNET_INFO_VQ),)


class LPDHCP_ATTRIB_ID(Ptr):
    referent = (('Data', DHCP_ATTRIB_ID),)


class LPDHCP_OPTION_SCOPE_TYPE6(Ptr):
    referent = (('Data', DHCP_OPTION_SCOPE_TYPE6),)


class LPDHCP_SUBNET_ELEMENT_TYPE_V6(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_TYPE_V6),)


class LPDHCP_SEARCH_INFO_TYPE_V6(Ptr):
    referent = (('Data', DHCP_SEARCH_INFO_TYPE_V6),)


class LPDHCP_IPV6_ADDRESS(Ptr):
    referent = (('Data', DHCP_IPV6_ADDRESS),)


class LPDHCP_CLIENT_INFO_ARRAY_V5(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_ARRAY_V5),)


class LPDHCP_MSCOPE_INFO(Ptr):
    referent = (('Data', DHCP_MSCOPE_INFO),)


class LPDHCP_MSCOPE_TABLE(Ptr):
    referent = (('Data', DHCP_MSCOPE_TABLE),)


class LPDHCP_MCLIENT_INFO_ARRAY(Ptr):
    referent = (('Data', DHCP_MCLIENT_INFO_ARRAY),)


class LPDHCP_RESERVED_SCOPE6(Ptr):
    referent = (('Data', DHCP_RESERVED_SCOPE6),)


class LPDHCP_OPTION_SCOPE_INFO6(Ptr):
    referent = (('Data', DHCP_OPTION_SCOPE_INFO6),)


class LPDHCP_CLASS_INFO(Ptr):
    referent = (('Data', DHCP_CLASS_INFO),)


class LPDHCP_CLASS_INFO_ARRAY(Ptr):
    referent = (('Data', DHCP_CLASS_INFO_ARRAY),)


class LPDHCP_ALL_OPTIONS(Ptr):
    referent = (('Data', DHCP_ALL_OPTIONS),)


class LPDHCP_ALL_OPTION_VALUES(Ptr):
    referent = (('Data', DHCP_ALL_OPTION_VALUES),)


class LPMSCOPE_MIB_INFO(Ptr):
    referent = (('Data', MSCOPE_MIB_INFO),)


class LPDHCP_MCAST_MIB_INFO(Ptr):
    referent = (('Data', DHCP_MCAST_MIB_INFO),)


class LPDHCP_ATTRIB(Ptr):
    referent = (('Data', DHCP_ATTRIB),)


class LPDHCP_ATTRIB_ARRAY(Ptr):
    referent = (('Data', DHCP_ATTRIB_ARRAY),)


class LPDHCP_SUBNET_ELEMENT_DATA_V5(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_DATA_V5),)


class LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V5(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_INFO_ARRAY_V5),)


class LPDHCP_BIND_ELEMENT(Ptr):
    referent = (('Data', DHCP_BIND_ELEMENT),)


class LPDHCP_BIND_ELEMENT_ARRAY(Ptr):
    referent = (('Data', DHCP_BIND_ELEMENT_ARRAY),)


class LPDHCP_SERVER_SPECIFIC_STRINGS(Ptr):
    referent = (('Data', DHCP_SERVER_SPECIFIC_STRINGS),)


class LPSCOPE_MIB_INFO_V5(Ptr):
    referent = (('Data', SCOPE_MIB_INFO_V5),)


class LPDHCP_MIB_INFO_V5(Ptr):
    referent = (('Data', DHCP_MIB_INFO_V5),)


class LPDHCP_FILTER_LIST_TYPE(Ptr):
    referent = (('Data', DHCP_FILTER_LIST_TYPE),)


class LPDHCP_ADDR_PATTERN(Ptr):
    referent = (('Data', DHCP_ADDR_PATTERN),)


class LPDHCP_FILTER_ADD_INFO(Ptr):
    referent = (('Data', DHCP_FILTER_ADD_INFO),)


class LPDHCP_FILTER_GLOBAL_INFO(Ptr):
    referent = (('Data', DHCP_FILTER_GLOBAL_INFO),)


class LPDHCP_FILTER_RECORD(Ptr):
    referent = (('Data', DHCP_FILTER_RECORD),)


class LPDHCP_FILTER_ENUM_INFO(Ptr):
    referent = (('Data', DHCP_FILTER_ENUM_INFO),)


class LPDHCP_SUBNET_INFO_V6(Ptr):
    referent = (('Data', DHCP_SUBNET_INFO_V6),)


class LPDHCPV6_IP_ARRAY(Ptr):
    referent = (('Data', DHCPV6_IP_ARRAY),)


class LPDHCP_SUBNET_ELEMENT_DATA_V6(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_DATA_V6),)


class LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V6(Ptr):
    referent = (('Data', DHCP_SUBNET_ELEMENT_INFO_ARRAY_V6),)


class LPDHCP_HOST_INFO_V6(Ptr):
    referent = (('Data', DHCP_HOST_INFO_V6),)


class LPDHCP_CLIENT_INFO_ARRAY_V6(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_ARRAY_V6),)


class LPDHCP_SERVER_CONFIG_INFO_V6(Ptr):
    referent = (('Data', DHCP_SERVER_CONFIG_INFO_V6),)


class LPSCOPE_MIB_INFO_V6(Ptr):
    referent = (('Data', SCOPE_MIB_INFO_V6),)


class LPDHCP_MIB_INFO_V6(Ptr):
    referent = (('Data', DHCP_MIB_INFO_V6),)


class LPDHCPV6_BIND_ELEMENT(Ptr):
    referent = (('Data', DHCPV6_BIND_ELEMENT),)


class LPDHCPV6_BIND_ELEMENT_ARRAY(Ptr):
    referent = (('Data', DHCPV6_BIND_ELEMENT_ARRAY),)


class LPDHCP_SEARCH_INFO_V6(Ptr):
    referent = (('Data', DHCP_SEARCH_INFO_V6),)


class LPDHCP_CLASS_INFO_V6(Ptr):
    referent = (('Data', DHCP_CLASS_INFO_V6),)


class LPDHCP_CLASS_INFO_ARRAY_V6(Ptr):
    referent = (('Data', DHCP_CLASS_INFO_ARRAY_V6),)


class LPDHCP_CLIENT_FILTER_STATUS_INFO_ARRAY(Ptr):
    referent = (('Data', DHCP_CLIENT_FILTER_STATUS_INFO_ARRAY),)


class LPDHCP_FAILOVER_MODE(Ptr):
    referent = (('Data', DHCP_FAILOVER_MODE),)


class LPDHCP_FAILOVER_SERVER(Ptr):
    referent = (('Data', DHCP_FAILOVER_SERVER),)


class LPDHCP_FAILOVER_RELATIONSHIP(Ptr):
    referent = (('Data', DHCP_FAILOVER_RELATIONSHIP),)


class LPDHCP_FAILOVER_RELATIONSHIP_ARRAY(Ptr):
    referent = (('Data', DHCP_FAILOVER_RELATIONSHIP_ARRAY),)


class LPDHCP_FAILOVER_STATISTICS(Ptr):
    referent = (('Data', DHCP_FAILOVER_STATISTICS),)


class LPDHCPV4_FAILOVER_CLIENT_INFO(Ptr):
    referent = (('Data', DHCPV4_FAILOVER_CLIENT_INFO),)


class LPDHCP_RESERVATION_INFO_ARRAY(Ptr):
    referent = (('Data', DHCP_RESERVATION_INFO_ARRAY),)


class LPDHCP_ALL_OPTION_VALUES_PB(Ptr):
    referent = (('Data', DHCP_ALL_OPTION_VALUES_PB),)


class LPDHCP_POL_COND(Ptr):
    referent = (('Data', DHCP_POL_COND),)


class LPDHCP_POL_EXPR(Ptr):
    referent = (('Data', DHCP_POL_EXPR),)


class LPDHCP_POLICY(Ptr):
    referent = (('Data', DHCP_POLICY),)


class LPDHCP_POLICY_ARRAY(Ptr):
    referent = (('Data', DHCP_POLICY_ARRAY),)


class LPDHCPV6_STATELESS_PARAMS(Ptr):
    referent = (('Data', DHCPV6_STATELESS_PARAMS),)


class LPDHCPV6_STATELESS_SCOPE_STATS(Ptr):
    referent = (('Data', DHCPV6_STATELESS_SCOPE_STATS),)


class LPDHCPV6_STATELESS_STATS(Ptr):
    referent = (('Data', DHCPV6_STATELESS_STATS),)


class LPDHCP_CLIENT_INFO_PB_ARRAY(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_PB_ARRAY),)


class LPDHCP_PROPERTY(Ptr):
    referent = (('Data', DHCP_PROPERTY),)


class LPDHCP_CLIENT_INFO_EX_ARRAY(Ptr):
    referent = (('Data', DHCP_CLIENT_INFO_EX_ARRAY),)


class LPDHCP_POLICY_EX(Ptr):
    referent = (('Data', DHCP_POLICY_EX),)


class LPDHCP_POLICY_EX_ARRAY(Ptr):
    referent = (('Data', DHCP_POLICY_EX_ARRAY),)


class DHCP_ATTRIB_ID_CARRAY(CArray):
    item = '<L'
    ELEMENT = DHCP_ATTRIB_ID


class PTR_DHCP_ATTRIB_ID_CARRAY(Ptr):
    referent = (('Data', DHCP_ATTRIB_ID_CARRAY),)


# pointer typedefs that name the same pointer type twice
PDHCP_IP_ADDRESS = LPDHCP_IP_ADDRESS
PDHCP_ATTRIB_ID = LPDHCP_ATTRIB_ID
PDHCP_IPV6_ADDRESS = LPDHCP_IPV6_ADDRESS
PDHCP_ATTRIB = LPDHCP_ATTRIB
PDHCP_ATTRIB_ARRAY = LPDHCP_ATTRIB_ARRAY
PDHCP_SUBNET_INFO_V6 = LPDHCP_SUBNET_INFO_V6
PDHCP_POL_COND = LPDHCP_POL_COND
PDHCP_POL_COND_ARRAY = LPDHCP_POL_COND_ARRAY
PDHCP_POL_EXPR = LPDHCP_POL_EXPR
PDHCP_POL_EXPR_ARRAY = LPDHCP_POL_EXPR_ARRAY
PDHCP_IP_RANGE_ARRAY = LPDHCP_IP_RANGE_ARRAY
PDHCP_POLICY = LPDHCP_POLICY
PDHCP_POLICY_ARRAY = LPDHCP_POLICY_ARRAY
PDHCPV6_STATELESS_PARAMS = LPDHCPV6_STATELESS_PARAMS
PDHCPV6_STATELESS_SCOPE_STATS = LPDHCPV6_STATELESS_SCOPE_STATS
PDHCPV6_STATELESS_STATS = LPDHCPV6_STATELESS_STATS
PDHCP_PROPERTY = LPDHCP_PROPERTY
PDHCP_PROPERTY_ARRAY = LPDHCP_PROPERTY_ARRAY
PDHCP_POLICY_EX = LPDHCP_POLICY_EX
PDHCP_POLICY_EX_ARRAY = LPDHCP_POLICY_EX_ARRAY


################################################################################
# Calls: request and response of every method (MS-DHCPM 3.1.4, 3.2.4)
################################################################################


class R_DhcpCreateSubnet(Call):
    """dhcpsrv opnum 0 (MS-DHCPM 3.1.4.1): request."""
    IFACE = 'dhcpsrv'
    opnum = 0
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('SubnetInfo', DHCP_SUBNET_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateSubnetResponse(Call):
    """dhcpsrv opnum 0 (MS-DHCPM 3.1.4.1): response."""
    IFACE = 'dhcpsrv'
    opnum = 0
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetSubnetInfo(Call):
    """dhcpsrv opnum 1 (MS-DHCPM 3.1.4.2): request."""
    IFACE = 'dhcpsrv'
    opnum = 1
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('SubnetInfo', DHCP_SUBNET_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetSubnetInfoResponse(Call):
    """dhcpsrv opnum 1 (MS-DHCPM 3.1.4.2): response."""
    IFACE = 'dhcpsrv'
    opnum = 1
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetSubnetInfo(Call):
    """dhcpsrv opnum 2 (MS-DHCPM 3.1.4.3): request."""
    IFACE = 'dhcpsrv'
    opnum = 2
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
    )
    SIZE_IS = {}


class R_DhcpGetSubnetInfoResponse(Call):
    """dhcpsrv opnum 2 (MS-DHCPM 3.1.4.3): response."""
    IFACE = 'dhcpsrv'
    opnum = 2
    structure = (
        ('SubnetInfo', LPDHCP_SUBNET_INFO),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnets(Call):
    """dhcpsrv opnum 3 (MS-DHCPM 3.1.4.4): request."""
    IFACE = 'dhcpsrv'
    opnum = 3
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetsResponse(Call):
    """dhcpsrv opnum 3 (MS-DHCPM 3.1.4.4): response."""
    IFACE = 'dhcpsrv'
    opnum = 3
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('EnumInfo', LPDHCP_IP_ARRAY),  # [out]: referent ID + pointee
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpAddSubnetElement(Call):
    """dhcpsrv opnum 4 (MS-DHCPM 3.1.4.5): request."""
    IFACE = 'dhcpsrv'
    opnum = 4
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('AddElementInfo', DHCP_SUBNET_ELEMENT_DATA),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpAddSubnetElementResponse(Call):
    """dhcpsrv opnum 4 (MS-DHCPM 3.1.4.5): response."""
    IFACE = 'dhcpsrv'
    opnum = 4
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetElements(Call):
    """dhcpsrv opnum 5 (MS-DHCPM 3.1.4.6): request."""
    IFACE = 'dhcpsrv'
    opnum = 5
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('EnumElementType', DHCP_SUBNET_ELEMENT_TYPE),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetElementsResponse(Call):
    """dhcpsrv opnum 5 (MS-DHCPM 3.1.4.6): response."""
    IFACE = 'dhcpsrv'
    opnum = 5
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('EnumElementInfo', LPDHCP_SUBNET_ELEMENT_INFO_ARRAY),  # [out]: referent ID + pointee
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRemoveSubnetElement(Call):
    """dhcpsrv opnum 6 (MS-DHCPM 3.1.4.7): request."""
    IFACE = 'dhcpsrv'
    opnum = 6
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('RemoveElementInfo', DHCP_SUBNET_ELEMENT_DATA),  # [in, ref]: in place
        ('ForceFlag', DHCP_FORCE_FLAG),
    )
    SIZE_IS = {}


class R_DhcpRemoveSubnetElementResponse(Call):
    """dhcpsrv opnum 6 (MS-DHCPM 3.1.4.7): response."""
    IFACE = 'dhcpsrv'
    opnum = 6
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpDeleteSubnet(Call):
    """dhcpsrv opnum 7 (MS-DHCPM 3.1.4.8): request."""
    IFACE = 'dhcpsrv'
    opnum = 7
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('ForceFlag', DHCP_FORCE_FLAG),
    )
    SIZE_IS = {}


class R_DhcpDeleteSubnetResponse(Call):
    """dhcpsrv opnum 7 (MS-DHCPM 3.1.4.8): response."""
    IFACE = 'dhcpsrv'
    opnum = 7
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpCreateOption(Call):
    """dhcpsrv opnum 8 (MS-DHCPM 3.1.4.9): request."""
    IFACE = 'dhcpsrv'
    opnum = 8
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('OptionID', DHCP_OPTION_ID),
        ('OptionInfo', DHCP_OPTION),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateOptionResponse(Call):
    """dhcpsrv opnum 8 (MS-DHCPM 3.1.4.9): response."""
    IFACE = 'dhcpsrv'
    opnum = 8
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetOptionInfo(Call):
    """dhcpsrv opnum 9 (MS-DHCPM 3.1.4.10): request."""
    IFACE = 'dhcpsrv'
    opnum = 9
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('OptionID', DHCP_OPTION_ID),
        ('OptionInfo', DHCP_OPTION),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetOptionInfoResponse(Call):
    """dhcpsrv opnum 9 (MS-DHCPM 3.1.4.10): response."""
    IFACE = 'dhcpsrv'
    opnum = 9
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetOptionInfo(Call):
    """dhcpsrv opnum 10 (MS-DHCPM 3.1.4.11): request."""
    IFACE = 'dhcpsrv'
    opnum = 10
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('OptionID', DHCP_OPTION_ID),
    )
    SIZE_IS = {}


class R_DhcpGetOptionInfoResponse(Call):
    """dhcpsrv opnum 10 (MS-DHCPM 3.1.4.11): response."""
    IFACE = 'dhcpsrv'
    opnum = 10
    structure = (
        ('OptionInfo', LPDHCP_OPTION),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRemoveOption(Call):
    """dhcpsrv opnum 11 (MS-DHCPM 3.1.4.12): request."""
    IFACE = 'dhcpsrv'
    opnum = 11
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('OptionID', DHCP_OPTION_ID),
    )
    SIZE_IS = {}


class R_DhcpRemoveOptionResponse(Call):
    """dhcpsrv opnum 11 (MS-DHCPM 3.1.4.12): response."""
    IFACE = 'dhcpsrv'
    opnum = 11
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetOptionValue(Call):
    """dhcpsrv opnum 12 (MS-DHCPM 3.1.4.13): request."""
    IFACE = 'dhcpsrv'
    opnum = 12
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('OptionID', DHCP_OPTION_ID),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in, ref]: in place
        ('OptionValue', DHCP_OPTION_DATA),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetOptionValueResponse(Call):
    """dhcpsrv opnum 12 (MS-DHCPM 3.1.4.13): response."""
    IFACE = 'dhcpsrv'
    opnum = 12
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetOptionValue(Call):
    """dhcpsrv opnum 13 (MS-DHCPM 3.1.4.14): request."""
    IFACE = 'dhcpsrv'
    opnum = 13
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('OptionID', DHCP_OPTION_ID),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpGetOptionValueResponse(Call):
    """dhcpsrv opnum 13 (MS-DHCPM 3.1.4.14): response."""
    IFACE = 'dhcpsrv'
    opnum = 13
    structure = (
        ('OptionValue', LPDHCP_OPTION_VALUE),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumOptionValues(Call):
    """dhcpsrv opnum 14 (MS-DHCPM 3.1.4.15): request."""
    IFACE = 'dhcpsrv'
    opnum = 14
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in, ref]: in place
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumOptionValuesResponse(Call):
    """dhcpsrv opnum 14 (MS-DHCPM 3.1.4.15): response."""
    IFACE = 'dhcpsrv'
    opnum = 14
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('OptionValues', LPDHCP_OPTION_VALUE_ARRAY),  # [out]: referent ID + pointee
        ('OptionsRead', DWORD),  # [out]: in place
        ('OptionsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRemoveOptionValue(Call):
    """dhcpsrv opnum 15 (MS-DHCPM 3.1.4.16): request."""
    IFACE = 'dhcpsrv'
    opnum = 15
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('OptionID', DHCP_OPTION_ID),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpRemoveOptionValueResponse(Call):
    """dhcpsrv opnum 15 (MS-DHCPM 3.1.4.16): response."""
    IFACE = 'dhcpsrv'
    opnum = 15
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpCreateClientInfo(Call):
    """dhcpsrv opnum 16 (MS-DHCPM 3.1.4.17): request."""
    IFACE = 'dhcpsrv'
    opnum = 16
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_CLIENT_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateClientInfoResponse(Call):
    """dhcpsrv opnum 16 (MS-DHCPM 3.1.4.17): response."""
    IFACE = 'dhcpsrv'
    opnum = 16
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetClientInfo(Call):
    """dhcpsrv opnum 17 (MS-DHCPM 3.1.4.18): request."""
    IFACE = 'dhcpsrv'
    opnum = 17
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_CLIENT_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetClientInfoResponse(Call):
    """dhcpsrv opnum 17 (MS-DHCPM 3.1.4.18): response."""
    IFACE = 'dhcpsrv'
    opnum = 17
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetClientInfo(Call):
    """dhcpsrv opnum 18 (MS-DHCPM 3.1.4.19): request."""
    IFACE = 'dhcpsrv'
    opnum = 18
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SearchInfo', DHCP_SEARCH_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpGetClientInfoResponse(Call):
    """dhcpsrv opnum 18 (MS-DHCPM 3.1.4.19): response."""
    IFACE = 'dhcpsrv'
    opnum = 18
    structure = (
        ('ClientInfo', LPDHCP_CLIENT_INFO),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpDeleteClientInfo(Call):
    """dhcpsrv opnum 19 (MS-DHCPM 3.1.4.20): request."""
    IFACE = 'dhcpsrv'
    opnum = 19
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_SEARCH_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpDeleteClientInfoResponse(Call):
    """dhcpsrv opnum 19 (MS-DHCPM 3.1.4.20): response."""
    IFACE = 'dhcpsrv'
    opnum = 19
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClients(Call):
    """dhcpsrv opnum 20 (MS-DHCPM 3.1.4.21): request."""
    IFACE = 'dhcpsrv'
    opnum = 20
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClientsResponse(Call):
    """dhcpsrv opnum 20 (MS-DHCPM 3.1.4.21): response."""
    IFACE = 'dhcpsrv'
    opnum = 20
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('ClientInfo', LPDHCP_CLIENT_INFO_ARRAY),  # [out]: referent ID + pointee
        ('ClientsRead', DWORD),  # [out]: in place
        ('ClientsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetClientOptions(Call):
    """dhcpsrv opnum 21 (MS-DHCPM 3.1.4.22): request."""
    IFACE = 'dhcpsrv'
    opnum = 21
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientIpAddress', DHCP_IP_ADDRESS),
        ('ClientSubnetMask', DHCP_IP_MASK),
    )
    SIZE_IS = {}


class R_DhcpGetClientOptionsResponse(Call):
    """dhcpsrv opnum 21 (MS-DHCPM 3.1.4.22): response."""
    IFACE = 'dhcpsrv'
    opnum = 21
    structure = (
        ('ClientOptions', LPDHCP_OPTION_LIST),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetMibInfo(Call):
    """dhcpsrv opnum 22 (MS-DHCPM 3.1.4.23): request."""
    IFACE = 'dhcpsrv'
    opnum = 22
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpGetMibInfoResponse(Call):
    """dhcpsrv opnum 22 (MS-DHCPM 3.1.4.23): response."""
    IFACE = 'dhcpsrv'
    opnum = 22
    structure = (
        ('MibInfo', LPDHCP_MIB_INFO),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumOptions(Call):
    """dhcpsrv opnum 23 (MS-DHCPM 3.1.4.24): request."""
    IFACE = 'dhcpsrv'
    opnum = 23
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumOptionsResponse(Call):
    """dhcpsrv opnum 23 (MS-DHCPM 3.1.4.24): response."""
    IFACE = 'dhcpsrv'
    opnum = 23
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('Options', LPDHCP_OPTION_ARRAY),  # [out]: referent ID + pointee
        ('OptionsRead', DWORD),  # [out]: in place
        ('OptionsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetOptionValues(Call):
    """dhcpsrv opnum 24 (MS-DHCPM 3.1.4.25): request."""
    IFACE = 'dhcpsrv'
    opnum = 24
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in, ref]: in place
        ('OptionValues', DHCP_OPTION_VALUE_ARRAY),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetOptionValuesResponse(Call):
    """dhcpsrv opnum 24 (MS-DHCPM 3.1.4.25): response."""
    IFACE = 'dhcpsrv'
    opnum = 24
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpServerSetConfig(Call):
    """dhcpsrv opnum 25 (MS-DHCPM 3.1.4.26): request."""
    IFACE = 'dhcpsrv'
    opnum = 25
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('FieldsToSet', DWORD),
        ('ConfigInfo', DHCP_SERVER_CONFIG_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpServerSetConfigResponse(Call):
    """dhcpsrv opnum 25 (MS-DHCPM 3.1.4.26): response."""
    IFACE = 'dhcpsrv'
    opnum = 25
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpServerGetConfig(Call):
    """dhcpsrv opnum 26 (MS-DHCPM 3.1.4.27): request."""
    IFACE = 'dhcpsrv'
    opnum = 26
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpServerGetConfigResponse(Call):
    """dhcpsrv opnum 26 (MS-DHCPM 3.1.4.27): response."""
    IFACE = 'dhcpsrv'
    opnum = 26
    structure = (
        ('ConfigInfo', LPDHCP_SERVER_CONFIG_INFO),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpScanDatabase(Call):
    """dhcpsrv opnum 27 (MS-DHCPM 3.1.4.28): request."""
    IFACE = 'dhcpsrv'
    opnum = 27
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('FixFlag', DWORD),
    )
    SIZE_IS = {}


class R_DhcpScanDatabaseResponse(Call):
    """dhcpsrv opnum 27 (MS-DHCPM 3.1.4.28): response."""
    IFACE = 'dhcpsrv'
    opnum = 27
    structure = (
        ('ScanList', LPDHCP_SCAN_LIST),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetVersion(Call):
    """dhcpsrv opnum 28 (MS-DHCPM 3.1.4.29): request."""
    IFACE = 'dhcpsrv'
    opnum = 28
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpGetVersionResponse(Call):
    """dhcpsrv opnum 28 (MS-DHCPM 3.1.4.29): response."""
    IFACE = 'dhcpsrv'
    opnum = 28
    structure = (
        ('MajorVersion', DWORD),  # [out]: in place
        ('MinorVersion', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpAddSubnetElementV4(Call):
    """dhcpsrv opnum 29 (MS-DHCPM 3.1.4.30): request."""
    IFACE = 'dhcpsrv'
    opnum = 29
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('AddElementInfo', DHCP_SUBNET_ELEMENT_DATA_V4),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpAddSubnetElementV4Response(Call):
    """dhcpsrv opnum 29 (MS-DHCPM 3.1.4.30): response."""
    IFACE = 'dhcpsrv'
    opnum = 29
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetElementsV4(Call):
    """dhcpsrv opnum 30 (MS-DHCPM 3.1.4.31): request."""
    IFACE = 'dhcpsrv'
    opnum = 30
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('EnumElementType', DHCP_SUBNET_ELEMENT_TYPE),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetElementsV4Response(Call):
    """dhcpsrv opnum 30 (MS-DHCPM 3.1.4.31): response."""
    IFACE = 'dhcpsrv'
    opnum = 30
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('EnumElementInfo', LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V4),  # [out]: referent ID + pointee
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRemoveSubnetElementV4(Call):
    """dhcpsrv opnum 31 (MS-DHCPM 3.1.4.32): request."""
    IFACE = 'dhcpsrv'
    opnum = 31
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('RemoveElementInfo', DHCP_SUBNET_ELEMENT_DATA_V4),  # [in, ref]: in place
        ('ForceFlag', DHCP_FORCE_FLAG),
    )
    SIZE_IS = {}


class R_DhcpRemoveSubnetElementV4Response(Call):
    """dhcpsrv opnum 31 (MS-DHCPM 3.1.4.32): response."""
    IFACE = 'dhcpsrv'
    opnum = 31
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpCreateClientInfoV4(Call):
    """dhcpsrv opnum 32 (MS-DHCPM 3.1.4.33): request."""
    IFACE = 'dhcpsrv'
    opnum = 32
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_CLIENT_INFO_V4),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateClientInfoV4Response(Call):
    """dhcpsrv opnum 32 (MS-DHCPM 3.1.4.33): response."""
    IFACE = 'dhcpsrv'
    opnum = 32
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetClientInfoV4(Call):
    """dhcpsrv opnum 33 (MS-DHCPM 3.1.4.34): request."""
    IFACE = 'dhcpsrv'
    opnum = 33
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_CLIENT_INFO_V4),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetClientInfoV4Response(Call):
    """dhcpsrv opnum 33 (MS-DHCPM 3.1.4.34): response."""
    IFACE = 'dhcpsrv'
    opnum = 33
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetClientInfoV4(Call):
    """dhcpsrv opnum 34 (MS-DHCPM 3.1.4.35): request."""
    IFACE = 'dhcpsrv'
    opnum = 34
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SearchInfo', DHCP_SEARCH_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpGetClientInfoV4Response(Call):
    """dhcpsrv opnum 34 (MS-DHCPM 3.1.4.35): response."""
    IFACE = 'dhcpsrv'
    opnum = 34
    structure = (
        ('ClientInfo', LPDHCP_CLIENT_INFO_V4),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClientsV4(Call):
    """dhcpsrv opnum 35 (MS-DHCPM 3.1.4.36): request."""
    IFACE = 'dhcpsrv'
    opnum = 35
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClientsV4Response(Call):
    """dhcpsrv opnum 35 (MS-DHCPM 3.1.4.36): response."""
    IFACE = 'dhcpsrv'
    opnum = 35
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('ClientInfo', LPDHCP_CLIENT_INFO_ARRAY_V4),  # [out]: referent ID + pointee
        ('ClientsRead', DWORD),  # [out]: in place
        ('ClientsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetSuperScopeV4(Call):
    """dhcpsrv opnum 36 (MS-DHCPM 3.1.4.37): request."""
    IFACE = 'dhcpsrv'
    opnum = 36
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('SuperScopeName', LPWSTR),
        ('ChangeExisting', BOOL),
    )
    SIZE_IS = {}


class R_DhcpSetSuperScopeV4Response(Call):
    """dhcpsrv opnum 36 (MS-DHCPM 3.1.4.37): response."""
    IFACE = 'dhcpsrv'
    opnum = 36
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetSuperScopeInfoV4(Call):
    """dhcpsrv opnum 37 (MS-DHCPM 3.1.4.38): request."""
    IFACE = 'dhcpsrv'
    opnum = 37
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpGetSuperScopeInfoV4Response(Call):
    """dhcpsrv opnum 37 (MS-DHCPM 3.1.4.38): response."""
    IFACE = 'dhcpsrv'
    opnum = 37
    structure = (
        ('SuperScopeTable', LPDHCP_SUPER_SCOPE_TABLE),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpDeleteSuperScopeV4(Call):
    """dhcpsrv opnum 38 (MS-DHCPM 3.1.4.39): request."""
    IFACE = 'dhcpsrv'
    opnum = 38
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SuperScopeName', WSTR),  # [in, ref, string]: the string in place
    )
    SIZE_IS = {}


class R_DhcpDeleteSuperScopeV4Response(Call):
    """dhcpsrv opnum 38 (MS-DHCPM 3.1.4.39): response."""
    IFACE = 'dhcpsrv'
    opnum = 38
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpServerSetConfigV4(Call):
    """dhcpsrv opnum 39 (MS-DHCPM 3.1.4.40): request."""
    IFACE = 'dhcpsrv'
    opnum = 39
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('FieldsToSet', DWORD),
        ('ConfigInfo', DHCP_SERVER_CONFIG_INFO_V4),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpServerSetConfigV4Response(Call):
    """dhcpsrv opnum 39 (MS-DHCPM 3.1.4.40): response."""
    IFACE = 'dhcpsrv'
    opnum = 39
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpServerGetConfigV4(Call):
    """dhcpsrv opnum 40 (MS-DHCPM 3.1.4.41): request."""
    IFACE = 'dhcpsrv'
    opnum = 40
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpServerGetConfigV4Response(Call):
    """dhcpsrv opnum 40 (MS-DHCPM 3.1.4.41): response."""
    IFACE = 'dhcpsrv'
    opnum = 40
    structure = (
        ('ConfigInfo', LPDHCP_SERVER_CONFIG_INFO_V4),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpServerSetConfigVQ(Call):
    """dhcpsrv opnum 41 (MS-DHCPM 3.1.4.42): request."""
    IFACE = 'dhcpsrv'
    opnum = 41
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('FieldsToSet', DWORD),
        ('ConfigInfo', DHCP_SERVER_CONFIG_INFO_VQ),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpServerSetConfigVQResponse(Call):
    """dhcpsrv opnum 41 (MS-DHCPM 3.1.4.42): response."""
    IFACE = 'dhcpsrv'
    opnum = 41
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpServerGetConfigVQ(Call):
    """dhcpsrv opnum 42 (MS-DHCPM 3.1.4.43): request."""
    IFACE = 'dhcpsrv'
    opnum = 42
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpServerGetConfigVQResponse(Call):
    """dhcpsrv opnum 42 (MS-DHCPM 3.1.4.43): response."""
    IFACE = 'dhcpsrv'
    opnum = 42
    structure = (
        ('ConfigInfo', LPDHCP_SERVER_CONFIG_INFO_VQ),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetMibInfoVQ(Call):
    """dhcpsrv opnum 43 (MS-DHCPM 3.1.4.44): request."""
    IFACE = 'dhcpsrv'
    opnum = 43
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpGetMibInfoVQResponse(Call):
    """dhcpsrv opnum 43 (MS-DHCPM 3.1.4.44): response."""
    IFACE = 'dhcpsrv'
    opnum = 43
    structure = (
        ('MibInfo', LPDHCP_MIB_INFO_VQ),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpCreateClientInfoVQ(Call):
    """dhcpsrv opnum 44 (MS-DHCPM 3.1.4.45): request."""
    IFACE = 'dhcpsrv'
    opnum = 44
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_CLIENT_INFO_VQ),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateClientInfoVQResponse(Call):
    """dhcpsrv opnum 44 (MS-DHCPM 3.1.4.45): response."""
    IFACE = 'dhcpsrv'
    opnum = 44
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetClientInfoVQ(Call):
    """dhcpsrv opnum 45 (MS-DHCPM 3.1.4.46): request."""
    IFACE = 'dhcpsrv'
    opnum = 45
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_CLIENT_INFO_VQ),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetClientInfoVQResponse(Call):
    """dhcpsrv opnum 45 (MS-DHCPM 3.1.4.46): response."""
    IFACE = 'dhcpsrv'
    opnum = 45
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetClientInfoVQ(Call):
    """dhcpsrv opnum 46 (MS-DHCPM 3.1.4.47): request."""
    IFACE = 'dhcpsrv'
    opnum = 46
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SearchInfo', DHCP_SEARCH_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpGetClientInfoVQResponse(Call):
    """dhcpsrv opnum 46 (MS-DHCPM 3.1.4.47): response."""
    IFACE = 'dhcpsrv'
    opnum = 46
    structure = (
        ('ClientInfo', LPDHCP_CLIENT_INFO_VQ),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClientsVQ(Call):
    """dhcpsrv opnum 47 (MS-DHCPM 3.1.4.48): request."""
    IFACE = 'dhcpsrv'
    opnum = 47
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClientsVQResponse(Call):
    """dhcpsrv opnum 47 (MS-DHCPM 3.1.4.48): response."""
    IFACE = 'dhcpsrv'
    opnum = 47
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('ClientInfo', LPDHCP_CLIENT_INFO_ARRAY_VQ),  # [out]: referent ID + pointee
        ('ClientsRead', DWORD),  # [out]: in place
        ('ClientsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpCreateSubnetVQ(Call):
    """dhcpsrv opnum 48 (MS-DHCPM 3.1.4.49): request."""
    IFACE = 'dhcpsrv'
    opnum = 48
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('SubnetInfoVQ', DHCP_SUBNET_INFO_VQ),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateSubnetVQResponse(Call):
    """dhcpsrv opnum 48 (MS-DHCPM 3.1.4.49): response."""
    IFACE = 'dhcpsrv'
    opnum = 48
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetSubnetInfoVQ(Call):
    """dhcpsrv opnum 49 (MS-DHCPM 3.1.4.50): request."""
    IFACE = 'dhcpsrv'
    opnum = 49
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
    )
    SIZE_IS = {}


class R_DhcpGetSubnetInfoVQResponse(Call):
    """dhcpsrv opnum 49 (MS-DHCPM 3.1.4.50): response."""
    IFACE = 'dhcpsrv'
    opnum = 49
    structure = (
        ('SubnetInfoVQ', LPDHCP_SUBNET_INFO_VQ),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetSubnetInfoVQ(Call):
    """dhcpsrv opnum 50 (MS-DHCPM 3.1.4.51): request."""
    IFACE = 'dhcpsrv'
    opnum = 50
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('SubnetInfoVQ', DHCP_SUBNET_INFO_VQ),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetSubnetInfoVQResponse(Call):
    """dhcpsrv opnum 50 (MS-DHCPM 3.1.4.51): response."""
    IFACE = 'dhcpsrv'
    opnum = 50
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClientsV5(Call):
    """dhcpsrv2 opnum 0 (MS-DHCPM 3.2.4.1): request."""
    IFACE = 'dhcpsrv2'
    opnum = 0
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClientsV5Response(Call):
    """dhcpsrv2 opnum 0 (MS-DHCPM 3.2.4.1): response."""
    IFACE = 'dhcpsrv2'
    opnum = 0
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('ClientInfo', LPDHCP_CLIENT_INFO_ARRAY_V5),  # [out]: referent ID + pointee
        ('ClientsRead', DWORD),  # [out]: in place
        ('ClientsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetMScopeInfo(Call):
    """dhcpsrv2 opnum 1 (MS-DHCPM 3.2.4.2): request."""
    IFACE = 'dhcpsrv2'
    opnum = 1
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('MScopeName', LPWSTR),  # [in, ref, string]: referent ID + string
        ('MScopeInfo', DHCP_MSCOPE_INFO),  # [in, ref]: in place
        ('NewScope', BOOL),
    )
    SIZE_IS = {}


class R_DhcpSetMScopeInfoResponse(Call):
    """dhcpsrv2 opnum 1 (MS-DHCPM 3.2.4.2): response."""
    IFACE = 'dhcpsrv2'
    opnum = 1
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetMScopeInfo(Call):
    """dhcpsrv2 opnum 2 (MS-DHCPM 3.2.4.3): request."""
    IFACE = 'dhcpsrv2'
    opnum = 2
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('MScopeName', LPWSTR),  # [in, ref, string]: referent ID + string
    )
    SIZE_IS = {}


class R_DhcpGetMScopeInfoResponse(Call):
    """dhcpsrv2 opnum 2 (MS-DHCPM 3.2.4.3): response."""
    IFACE = 'dhcpsrv2'
    opnum = 2
    structure = (
        ('MScopeInfo', LPDHCP_MSCOPE_INFO),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumMScopes(Call):
    """dhcpsrv2 opnum 3 (MS-DHCPM 3.2.4.4): request."""
    IFACE = 'dhcpsrv2'
    opnum = 3
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumMScopesResponse(Call):
    """dhcpsrv2 opnum 3 (MS-DHCPM 3.2.4.4): response."""
    IFACE = 'dhcpsrv2'
    opnum = 3
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('MScopeTable', LPDHCP_MSCOPE_TABLE),  # [out]: referent ID + pointee
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpAddMScopeElement(Call):
    """dhcpsrv2 opnum 4 (MS-DHCPM 3.2.4.5): request."""
    IFACE = 'dhcpsrv2'
    opnum = 4
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('MScopeName', LPWSTR),  # [in, ref, string]: referent ID + string
        ('AddElementInfo', DHCP_SUBNET_ELEMENT_DATA_V4),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpAddMScopeElementResponse(Call):
    """dhcpsrv2 opnum 4 (MS-DHCPM 3.2.4.5): response."""
    IFACE = 'dhcpsrv2'
    opnum = 4
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumMScopeElements(Call):
    """dhcpsrv2 opnum 5 (MS-DHCPM 3.2.4.6): request."""
    IFACE = 'dhcpsrv2'
    opnum = 5
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('MScopeName', LPWSTR),  # [in, ref, string]: referent ID + string
        ('EnumElementType', DHCP_SUBNET_ELEMENT_TYPE),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumMScopeElementsResponse(Call):
    """dhcpsrv2 opnum 5 (MS-DHCPM 3.2.4.6): response."""
    IFACE = 'dhcpsrv2'
    opnum = 5
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('EnumElementInfo', LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V4),  # [out]: referent ID + pointee
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRemoveMScopeElement(Call):
    """dhcpsrv2 opnum 6 (MS-DHCPM 3.2.4.7): request."""
    IFACE = 'dhcpsrv2'
    opnum = 6
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('MScopeName', LPWSTR),  # [in, ref, string]: referent ID + string
        ('RemoveElementInfo', DHCP_SUBNET_ELEMENT_DATA_V4),  # [in, ref]: in place
        ('ForceFlag', DHCP_FORCE_FLAG),
    )
    SIZE_IS = {}


class R_DhcpRemoveMScopeElementResponse(Call):
    """dhcpsrv2 opnum 6 (MS-DHCPM 3.2.4.7): response."""
    IFACE = 'dhcpsrv2'
    opnum = 6
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpDeleteMScope(Call):
    """dhcpsrv2 opnum 7 (MS-DHCPM 3.2.4.8): request."""
    IFACE = 'dhcpsrv2'
    opnum = 7
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('MScopeName', LPWSTR),  # [in, ref, string]: referent ID + string
        ('ForceFlag', DHCP_FORCE_FLAG),
    )
    SIZE_IS = {}


class R_DhcpDeleteMScopeResponse(Call):
    """dhcpsrv2 opnum 7 (MS-DHCPM 3.2.4.8): response."""
    IFACE = 'dhcpsrv2'
    opnum = 7
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpScanMDatabase(Call):
    """dhcpsrv2 opnum 8 (MS-DHCPM 3.2.4.9): request."""
    IFACE = 'dhcpsrv2'
    opnum = 8
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('MScopeName', LPWSTR),  # [in, ref, string]: referent ID + string
        ('FixFlag', DWORD),
    )
    SIZE_IS = {}


class R_DhcpScanMDatabaseResponse(Call):
    """dhcpsrv2 opnum 8 (MS-DHCPM 3.2.4.9): response."""
    IFACE = 'dhcpsrv2'
    opnum = 8
    structure = (
        ('ScanList', LPDHCP_SCAN_LIST),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpCreateMClientInfo(Call):
    """dhcpsrv2 opnum 9 (MS-DHCPM 3.2.4.10): request."""
    IFACE = 'dhcpsrv2'
    opnum = 9
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('MScopeName', LPWSTR),  # [in, ref, string]: referent ID + string
        ('ClientInfo', DHCP_MCLIENT_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateMClientInfoResponse(Call):
    """dhcpsrv2 opnum 9 (MS-DHCPM 3.2.4.10): response."""
    IFACE = 'dhcpsrv2'
    opnum = 9
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetMClientInfo(Call):
    """dhcpsrv2 opnum 10 (MS-DHCPM 3.2.4.11): request."""
    IFACE = 'dhcpsrv2'
    opnum = 10
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_MCLIENT_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetMClientInfoResponse(Call):
    """dhcpsrv2 opnum 10 (MS-DHCPM 3.2.4.11): response."""
    IFACE = 'dhcpsrv2'
    opnum = 10
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetMClientInfo(Call):
    """dhcpsrv2 opnum 11 (MS-DHCPM 3.2.4.12): request."""
    IFACE = 'dhcpsrv2'
    opnum = 11
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SearchInfo', DHCP_SEARCH_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpGetMClientInfoResponse(Call):
    """dhcpsrv2 opnum 11 (MS-DHCPM 3.2.4.12): response."""
    IFACE = 'dhcpsrv2'
    opnum = 11
    structure = (
        ('ClientInfo', LPDHCP_MCLIENT_INFO),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpDeleteMClientInfo(Call):
    """dhcpsrv2 opnum 12 (MS-DHCPM 3.2.4.13): request."""
    IFACE = 'dhcpsrv2'
    opnum = 12
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_SEARCH_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpDeleteMClientInfoResponse(Call):
    """dhcpsrv2 opnum 12 (MS-DHCPM 3.2.4.13): response."""
    IFACE = 'dhcpsrv2'
    opnum = 12
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumMScopeClients(Call):
    """dhcpsrv2 opnum 13 (MS-DHCPM 3.2.4.14): request."""
    IFACE = 'dhcpsrv2'
    opnum = 13
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('MScopeName', LPWSTR),  # [in, ref, string]: referent ID + string
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumMScopeClientsResponse(Call):
    """dhcpsrv2 opnum 13 (MS-DHCPM 3.2.4.14): response."""
    IFACE = 'dhcpsrv2'
    opnum = 13
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('ClientInfo', LPDHCP_MCLIENT_INFO_ARRAY),  # [out]: referent ID + pointee
        ('ClientsRead', DWORD),  # [out]: in place
        ('ClientsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpCreateOptionV5(Call):
    """dhcpsrv2 opnum 14 (MS-DHCPM 3.2.4.15): request."""
    IFACE = 'dhcpsrv2'
    opnum = 14
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionId', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('OptionInfo', DHCP_OPTION),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateOptionV5Response(Call):
    """dhcpsrv2 opnum 14 (MS-DHCPM 3.2.4.15): response."""
    IFACE = 'dhcpsrv2'
    opnum = 14
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetOptionInfoV5(Call):
    """dhcpsrv2 opnum 15 (MS-DHCPM 3.2.4.16): request."""
    IFACE = 'dhcpsrv2'
    opnum = 15
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('OptionInfo', DHCP_OPTION),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpSetOptionInfoV5Response(Call):
    """dhcpsrv2 opnum 15 (MS-DHCPM 3.2.4.16): response."""
    IFACE = 'dhcpsrv2'
    opnum = 15
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetOptionInfoV5(Call):
    """dhcpsrv2 opnum 16 (MS-DHCPM 3.2.4.17): request."""
    IFACE = 'dhcpsrv2'
    opnum = 16
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpGetOptionInfoV5Response(Call):
    """dhcpsrv2 opnum 16 (MS-DHCPM 3.2.4.17): response."""
    IFACE = 'dhcpsrv2'
    opnum = 16
    structure = (
        ('OptionInfo', LPDHCP_OPTION),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumOptionsV5(Call):
    """dhcpsrv2 opnum 17 (MS-DHCPM 3.2.4.18): request."""
    IFACE = 'dhcpsrv2'
    opnum = 17
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumOptionsV5Response(Call):
    """dhcpsrv2 opnum 17 (MS-DHCPM 3.2.4.18): response."""
    IFACE = 'dhcpsrv2'
    opnum = 17
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('Options', LPDHCP_OPTION_ARRAY),  # [out]: referent ID + pointee
        ('OptionsRead', DWORD),  # [out]: in place
        ('OptionsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRemoveOptionV5(Call):
    """dhcpsrv2 opnum 18 (MS-DHCPM 3.2.4.19): request."""
    IFACE = 'dhcpsrv2'
    opnum = 18
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpRemoveOptionV5Response(Call):
    """dhcpsrv2 opnum 18 (MS-DHCPM 3.2.4.19): response."""
    IFACE = 'dhcpsrv2'
    opnum = 18
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetOptionValueV5(Call):
    """dhcpsrv2 opnum 19 (MS-DHCPM 3.2.4.20): request."""
    IFACE = 'dhcpsrv2'
    opnum = 19
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionId', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in]: in place
        ('OptionValue', DHCP_OPTION_DATA),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpSetOptionValueV5Response(Call):
    """dhcpsrv2 opnum 19 (MS-DHCPM 3.2.4.20): response."""
    IFACE = 'dhcpsrv2'
    opnum = 19
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetOptionValuesV5(Call):
    """dhcpsrv2 opnum 20 (MS-DHCPM 3.2.4.21): request."""
    IFACE = 'dhcpsrv2'
    opnum = 20
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in]: in place
        ('OptionValues', DHCP_OPTION_VALUE_ARRAY),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpSetOptionValuesV5Response(Call):
    """dhcpsrv2 opnum 20 (MS-DHCPM 3.2.4.21): response."""
    IFACE = 'dhcpsrv2'
    opnum = 20
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetOptionValueV5(Call):
    """dhcpsrv2 opnum 21 (MS-DHCPM 3.2.4.22): request."""
    IFACE = 'dhcpsrv2'
    opnum = 21
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpGetOptionValueV5Response(Call):
    """dhcpsrv2 opnum 21 (MS-DHCPM 3.2.4.22): response."""
    IFACE = 'dhcpsrv2'
    opnum = 21
    structure = (
        ('OptionValue', LPDHCP_OPTION_VALUE),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumOptionValuesV5(Call):
    """dhcpsrv2 opnum 22 (MS-DHCPM 3.2.4.23): request."""
    IFACE = 'dhcpsrv2'
    opnum = 22
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in]: in place
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumOptionValuesV5Response(Call):
    """dhcpsrv2 opnum 22 (MS-DHCPM 3.2.4.23): response."""
    IFACE = 'dhcpsrv2'
    opnum = 22
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('OptionValues', LPDHCP_OPTION_VALUE_ARRAY),  # [out]: referent ID + pointee
        ('OptionsRead', DWORD),  # [out]: in place
        ('OptionsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRemoveOptionValueV5(Call):
    """dhcpsrv2 opnum 23 (MS-DHCPM 3.2.4.24): request."""
    IFACE = 'dhcpsrv2'
    opnum = 23
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpRemoveOptionValueV5Response(Call):
    """dhcpsrv2 opnum 23 (MS-DHCPM 3.2.4.24): response."""
    IFACE = 'dhcpsrv2'
    opnum = 23
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpCreateClass(Call):
    """dhcpsrv2 opnum 24 (MS-DHCPM 3.2.4.25): request."""
    IFACE = 'dhcpsrv2'
    opnum = 24
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ReservedMustBeZero', DWORD),
        ('ClassInfo', DHCP_CLASS_INFO),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateClassResponse(Call):
    """dhcpsrv2 opnum 24 (MS-DHCPM 3.2.4.25): response."""
    IFACE = 'dhcpsrv2'
    opnum = 24
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpModifyClass(Call):
    """dhcpsrv2 opnum 25 (MS-DHCPM 3.2.4.26): request."""
    IFACE = 'dhcpsrv2'
    opnum = 25
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ReservedMustBeZero', DWORD),
        ('ClassInfo', DHCP_CLASS_INFO),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpModifyClassResponse(Call):
    """dhcpsrv2 opnum 25 (MS-DHCPM 3.2.4.26): response."""
    IFACE = 'dhcpsrv2'
    opnum = 25
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpDeleteClass(Call):
    """dhcpsrv2 opnum 26 (MS-DHCPM 3.2.4.27): request."""
    IFACE = 'dhcpsrv2'
    opnum = 26
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ReservedMustBeZero', DWORD),
        ('ClassName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpDeleteClassResponse(Call):
    """dhcpsrv2 opnum 26 (MS-DHCPM 3.2.4.27): response."""
    IFACE = 'dhcpsrv2'
    opnum = 26
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetClassInfo(Call):
    """dhcpsrv2 opnum 27 (MS-DHCPM 3.2.4.28): request."""
    IFACE = 'dhcpsrv2'
    opnum = 27
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ReservedMustBeZero', DWORD),
        ('PartialClassInfo', DHCP_CLASS_INFO),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpGetClassInfoResponse(Call):
    """dhcpsrv2 opnum 27 (MS-DHCPM 3.2.4.28): response."""
    IFACE = 'dhcpsrv2'
    opnum = 27
    structure = (
        ('FilledClassInfo', LPDHCP_CLASS_INFO),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumClasses(Call):
    """dhcpsrv2 opnum 28 (MS-DHCPM 3.2.4.29): request."""
    IFACE = 'dhcpsrv2'
    opnum = 28
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ReservedMustBeZero', DWORD),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumClassesResponse(Call):
    """dhcpsrv2 opnum 28 (MS-DHCPM 3.2.4.29): response."""
    IFACE = 'dhcpsrv2'
    opnum = 28
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('ClassInfoArray', LPDHCP_CLASS_INFO_ARRAY),  # [out]: referent ID + pointee
        ('nRead', DWORD),  # [out]: in place
        ('nTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetAllOptions(Call):
    """dhcpsrv2 opnum 29 (MS-DHCPM 3.2.4.30): request."""
    IFACE = 'dhcpsrv2'
    opnum = 29
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
    )
    SIZE_IS = {}


class R_DhcpGetAllOptionsResponse(Call):
    """dhcpsrv2 opnum 29 (MS-DHCPM 3.2.4.30): response."""
    IFACE = 'dhcpsrv2'
    opnum = 29
    structure = (
        ('OptionStruct', LPDHCP_ALL_OPTIONS),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetAllOptionValues(Call):
    """dhcpsrv2 opnum 30 (MS-DHCPM 3.2.4.31): request."""
    IFACE = 'dhcpsrv2'
    opnum = 30
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpGetAllOptionValuesResponse(Call):
    """dhcpsrv2 opnum 30 (MS-DHCPM 3.2.4.31): response."""
    IFACE = 'dhcpsrv2'
    opnum = 30
    structure = (
        ('Values', LPDHCP_ALL_OPTION_VALUES),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetMCastMibInfo(Call):
    """dhcpsrv2 opnum 31 (MS-DHCPM 3.2.4.32): request."""
    IFACE = 'dhcpsrv2'
    opnum = 31
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpGetMCastMibInfoResponse(Call):
    """dhcpsrv2 opnum 31 (MS-DHCPM 3.2.4.32): response."""
    IFACE = 'dhcpsrv2'
    opnum = 31
    structure = (
        ('MibInfo', LPDHCP_MCAST_MIB_INFO),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpAuditLogSetParams(Call):
    """dhcpsrv2 opnum 32 (MS-DHCPM 3.2.4.33): request."""
    IFACE = 'dhcpsrv2'
    opnum = 32
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('AuditLogDir', WSTR),  # [in, string]: the string in place
        ('DiskCheckInterval', DWORD),
        ('MaxLogFilesSize', DWORD),
        ('MinSpaceOnDisk', DWORD),
    )
    SIZE_IS = {}


class R_DhcpAuditLogSetParamsResponse(Call):
    """dhcpsrv2 opnum 32 (MS-DHCPM 3.2.4.33): response."""
    IFACE = 'dhcpsrv2'
    opnum = 32
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpAuditLogGetParams(Call):
    """dhcpsrv2 opnum 33 (MS-DHCPM 3.2.4.34): request."""
    IFACE = 'dhcpsrv2'
    opnum = 33
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
    )
    SIZE_IS = {}


class R_DhcpAuditLogGetParamsResponse(Call):
    """dhcpsrv2 opnum 33 (MS-DHCPM 3.2.4.34): response."""
    IFACE = 'dhcpsrv2'
    opnum = 33
    structure = (
        ('AuditLogDir', LPWSTR_RPC_STRING),  # [out]: referent ID + string
        ('DiskCheckInterval', DWORD),  # [out]: in place
        ('MaxLogFilesSize', DWORD),  # [out]: in place
        ('MinSpaceOnDisk', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpServerQueryAttribute(Call):
    """dhcpsrv2 opnum 34 (MS-DHCPM 3.2.4.35): request."""
    IFACE = 'dhcpsrv2'
    opnum = 34
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('dwReserved', ULONG),
        ('DhcpAttribId', DHCP_ATTRIB_ID),
    )
    SIZE_IS = {}


class R_DhcpServerQueryAttributeResponse(Call):
    """dhcpsrv2 opnum 34 (MS-DHCPM 3.2.4.35): response."""
    IFACE = 'dhcpsrv2'
    opnum = 34
    structure = (
        ('pDhcpAttrib', LPDHCP_ATTRIB),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpServerQueryAttributes(Call):
    """dhcpsrv2 opnum 35 (MS-DHCPM 3.2.4.36): request."""
    IFACE = 'dhcpsrv2'
    opnum = 35
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('dwReserved', ULONG),
        ('dwAttribCount', ULONG),
        # [in, size_is(dwAttribCount)]: max_count + elements in place
        ('pDhcpAttribs', DHCP_ATTRIB_ID_CARRAY),
    )
    SIZE_IS = {'pDhcpAttribs': 'dwAttribCount'}


class R_DhcpServerQueryAttributesResponse(Call):
    """dhcpsrv2 opnum 35 (MS-DHCPM 3.2.4.36): response."""
    IFACE = 'dhcpsrv2'
    opnum = 35
    structure = (
        ('pDhcpAttribArr', LPDHCP_ATTRIB_ARRAY),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpServerRedoAuthorization(Call):
    """dhcpsrv2 opnum 36 (MS-DHCPM 3.2.4.37): request."""
    IFACE = 'dhcpsrv2'
    opnum = 36
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('dwReserved', ULONG),
    )
    SIZE_IS = {}


class R_DhcpServerRedoAuthorizationResponse(Call):
    """dhcpsrv2 opnum 36 (MS-DHCPM 3.2.4.37): response."""
    IFACE = 'dhcpsrv2'
    opnum = 36
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpAddSubnetElementV5(Call):
    """dhcpsrv2 opnum 37 (MS-DHCPM 3.2.4.38): request."""
    IFACE = 'dhcpsrv2'
    opnum = 37
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('AddElementInfo', DHCP_SUBNET_ELEMENT_DATA_V5),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpAddSubnetElementV5Response(Call):
    """dhcpsrv2 opnum 37 (MS-DHCPM 3.2.4.38): response."""
    IFACE = 'dhcpsrv2'
    opnum = 37
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetElementsV5(Call):
    """dhcpsrv2 opnum 38 (MS-DHCPM 3.2.4.39): request."""
    IFACE = 'dhcpsrv2'
    opnum = 38
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('EnumElementType', DHCP_SUBNET_ELEMENT_TYPE),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetElementsV5Response(Call):
    """dhcpsrv2 opnum 38 (MS-DHCPM 3.2.4.39): response."""
    IFACE = 'dhcpsrv2'
    opnum = 38
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('EnumElementInfo', LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V5),  # [out]: referent ID + pointee
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRemoveSubnetElementV5(Call):
    """dhcpsrv2 opnum 39 (MS-DHCPM 3.2.4.40): request."""
    IFACE = 'dhcpsrv2'
    opnum = 39
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('RemoveElementInfo', DHCP_SUBNET_ELEMENT_DATA_V5),  # [in, ref]: in place
        ('ForceFlag', DHCP_FORCE_FLAG),
    )
    SIZE_IS = {}


class R_DhcpRemoveSubnetElementV5Response(Call):
    """dhcpsrv2 opnum 39 (MS-DHCPM 3.2.4.40): response."""
    IFACE = 'dhcpsrv2'
    opnum = 39
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetServerBindingInfo(Call):
    """dhcpsrv2 opnum 40 (MS-DHCPM 3.2.4.41): request."""
    IFACE = 'dhcpsrv2'
    opnum = 40
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', ULONG),
    )
    SIZE_IS = {}


class R_DhcpGetServerBindingInfoResponse(Call):
    """dhcpsrv2 opnum 40 (MS-DHCPM 3.2.4.41): response."""
    IFACE = 'dhcpsrv2'
    opnum = 40
    structure = (
        ('BindElementsInfo', LPDHCP_BIND_ELEMENT_ARRAY),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetServerBindingInfo(Call):
    """dhcpsrv2 opnum 41 (MS-DHCPM 3.2.4.42): request."""
    IFACE = 'dhcpsrv2'
    opnum = 41
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', ULONG),
        ('BindElementsInfo', DHCP_BIND_ELEMENT_ARRAY),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetServerBindingInfoResponse(Call):
    """dhcpsrv2 opnum 41 (MS-DHCPM 3.2.4.42): response."""
    IFACE = 'dhcpsrv2'
    opnum = 41
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpQueryDnsRegCredentials(Call):
    """dhcpsrv2 opnum 42 (MS-DHCPM 3.2.4.43): request."""
    IFACE = 'dhcpsrv2'
    opnum = 42
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('UnameSize', ULONG),
        ('DomainSize', ULONG),
    )
    SIZE_IS = {}


class R_DhcpQueryDnsRegCredentialsResponse(Call):
    """dhcpsrv2 opnum 42 (MS-DHCPM 3.2.4.43): response."""
    IFACE = 'dhcpsrv2'
    opnum = 42
    structure = (
        ('Uname', WCHAR_CARRAY),  # [out, size_is(UnameSize)]: max_count + elements in place
        ('Domain', WCHAR_CARRAY),  # [out, size_is(DomainSize)]: max_count + elements in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {'Uname': 'UnameSize', 'Domain': 'DomainSize'}


class R_DhcpSetDnsRegCredentials(Call):
    """dhcpsrv2 opnum 43 (MS-DHCPM 3.2.4.44): request."""
    IFACE = 'dhcpsrv2'
    opnum = 43
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Uname', LPWSTR),
        ('Domain', LPWSTR),
        ('Passwd', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpSetDnsRegCredentialsResponse(Call):
    """dhcpsrv2 opnum 43 (MS-DHCPM 3.2.4.44): response."""
    IFACE = 'dhcpsrv2'
    opnum = 43
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpBackupDatabase(Call):
    """dhcpsrv2 opnum 44 (MS-DHCPM 3.2.4.45): request."""
    IFACE = 'dhcpsrv2'
    opnum = 44
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Path', WSTR),  # [in, string]: the string in place
    )
    SIZE_IS = {}


class R_DhcpBackupDatabaseResponse(Call):
    """dhcpsrv2 opnum 44 (MS-DHCPM 3.2.4.45): response."""
    IFACE = 'dhcpsrv2'
    opnum = 44
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRestoreDatabase(Call):
    """dhcpsrv2 opnum 45 (MS-DHCPM 3.2.4.46): request."""
    IFACE = 'dhcpsrv2'
    opnum = 45
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Path', WSTR),  # [in, string]: the string in place
    )
    SIZE_IS = {}


class R_DhcpRestoreDatabaseResponse(Call):
    """dhcpsrv2 opnum 45 (MS-DHCPM 3.2.4.46): response."""
    IFACE = 'dhcpsrv2'
    opnum = 45
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetServerSpecificStrings(Call):
    """dhcpsrv2 opnum 46 (MS-DHCPM 3.2.4.47): request."""
    IFACE = 'dhcpsrv2'
    opnum = 46
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpGetServerSpecificStringsResponse(Call):
    """dhcpsrv2 opnum 46 (MS-DHCPM 3.2.4.47): response."""
    IFACE = 'dhcpsrv2'
    opnum = 46
    structure = (
        ('ServerSpecificStrings', LPDHCP_SERVER_SPECIFIC_STRINGS),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpCreateOptionV6(Call):
    """dhcpsrv2 opnum 47 (MS-DHCPM 3.2.4.48): request."""
    IFACE = 'dhcpsrv2'
    opnum = 47
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionId', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('OptionInfo', DHCP_OPTION),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateOptionV6Response(Call):
    """dhcpsrv2 opnum 47 (MS-DHCPM 3.2.4.48): response."""
    IFACE = 'dhcpsrv2'
    opnum = 47
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetOptionInfoV6(Call):
    """dhcpsrv2 opnum 48 (MS-DHCPM 3.2.4.49): request."""
    IFACE = 'dhcpsrv2'
    opnum = 48
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('OptionInfo', DHCP_OPTION),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpSetOptionInfoV6Response(Call):
    """dhcpsrv2 opnum 48 (MS-DHCPM 3.2.4.49): response."""
    IFACE = 'dhcpsrv2'
    opnum = 48
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetOptionInfoV6(Call):
    """dhcpsrv2 opnum 49 (MS-DHCPM 3.2.4.50): request."""
    IFACE = 'dhcpsrv2'
    opnum = 49
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpGetOptionInfoV6Response(Call):
    """dhcpsrv2 opnum 49 (MS-DHCPM 3.2.4.50): response."""
    IFACE = 'dhcpsrv2'
    opnum = 49
    structure = (
        ('OptionInfo', LPDHCP_OPTION),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumOptionsV6(Call):
    """dhcpsrv2 opnum 50 (MS-DHCPM 3.2.4.51): request."""
    IFACE = 'dhcpsrv2'
    opnum = 50
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumOptionsV6Response(Call):
    """dhcpsrv2 opnum 50 (MS-DHCPM 3.2.4.51): response."""
    IFACE = 'dhcpsrv2'
    opnum = 50
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('Options', LPDHCP_OPTION_ARRAY),  # [out]: referent ID + pointee
        ('OptionsRead', DWORD),  # [out]: in place
        ('OptionsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRemoveOptionV6(Call):
    """dhcpsrv2 opnum 51 (MS-DHCPM 3.2.4.52): request."""
    IFACE = 'dhcpsrv2'
    opnum = 51
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpRemoveOptionV6Response(Call):
    """dhcpsrv2 opnum 51 (MS-DHCPM 3.2.4.52): response."""
    IFACE = 'dhcpsrv2'
    opnum = 51
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetOptionValueV6(Call):
    """dhcpsrv2 opnum 52 (MS-DHCPM 3.2.4.53): request."""
    IFACE = 'dhcpsrv2'
    opnum = 52
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionId', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO6),  # [in]: in place
        ('OptionValue', DHCP_OPTION_DATA),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpSetOptionValueV6Response(Call):
    """dhcpsrv2 opnum 52 (MS-DHCPM 3.2.4.53): response."""
    IFACE = 'dhcpsrv2'
    opnum = 52
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumOptionValuesV6(Call):
    """dhcpsrv2 opnum 53 (MS-DHCPM 3.2.4.54): request."""
    IFACE = 'dhcpsrv2'
    opnum = 53
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO6),  # [in]: in place
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumOptionValuesV6Response(Call):
    """dhcpsrv2 opnum 53 (MS-DHCPM 3.2.4.54): response."""
    IFACE = 'dhcpsrv2'
    opnum = 53
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('OptionValues', LPDHCP_OPTION_VALUE_ARRAY),  # [out]: referent ID + pointee
        ('OptionsRead', DWORD),  # [out]: in place
        ('OptionsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRemoveOptionValueV6(Call):
    """dhcpsrv2 opnum 54 (MS-DHCPM 3.2.4.55): request."""
    IFACE = 'dhcpsrv2'
    opnum = 54
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO6),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpRemoveOptionValueV6Response(Call):
    """dhcpsrv2 opnum 54 (MS-DHCPM 3.2.4.55): response."""
    IFACE = 'dhcpsrv2'
    opnum = 54
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetAllOptionsV6(Call):
    """dhcpsrv2 opnum 55 (MS-DHCPM 3.2.4.56): request."""
    IFACE = 'dhcpsrv2'
    opnum = 55
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
    )
    SIZE_IS = {}


class R_DhcpGetAllOptionsV6Response(Call):
    """dhcpsrv2 opnum 55 (MS-DHCPM 3.2.4.56): response."""
    IFACE = 'dhcpsrv2'
    opnum = 55
    structure = (
        ('OptionStruct', LPDHCP_ALL_OPTIONS),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetAllOptionValuesV6(Call):
    """dhcpsrv2 opnum 56 (MS-DHCPM 3.2.4.57): request."""
    IFACE = 'dhcpsrv2'
    opnum = 56
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO6),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpGetAllOptionValuesV6Response(Call):
    """dhcpsrv2 opnum 56 (MS-DHCPM 3.2.4.57): response."""
    IFACE = 'dhcpsrv2'
    opnum = 56
    structure = (
        ('Values', LPDHCP_ALL_OPTION_VALUES),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpCreateSubnetV6(Call):
    """dhcpsrv2 opnum 57 (MS-DHCPM 3.2.4.58): request."""
    IFACE = 'dhcpsrv2'
    opnum = 57
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
        ('SubnetInfo', DHCP_SUBNET_INFO_V6),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateSubnetV6Response(Call):
    """dhcpsrv2 opnum 57 (MS-DHCPM 3.2.4.58): response."""
    IFACE = 'dhcpsrv2'
    opnum = 57
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetsV6(Call):
    """dhcpsrv2 opnum 58 (MS-DHCPM 3.2.4.59): request."""
    IFACE = 'dhcpsrv2'
    opnum = 58
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetsV6Response(Call):
    """dhcpsrv2 opnum 58 (MS-DHCPM 3.2.4.59): response."""
    IFACE = 'dhcpsrv2'
    opnum = 58
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('EnumInfo', LPDHCPV6_IP_ARRAY),  # [out]: referent ID + pointee
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpAddSubnetElementV6(Call):
    """dhcpsrv2 opnum 59 (MS-DHCPM 3.2.4.60): request."""
    IFACE = 'dhcpsrv2'
    opnum = 59
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
        ('AddElementInfo', DHCP_SUBNET_ELEMENT_DATA_V6),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpAddSubnetElementV6Response(Call):
    """dhcpsrv2 opnum 59 (MS-DHCPM 3.2.4.60): response."""
    IFACE = 'dhcpsrv2'
    opnum = 59
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetElementsV6(Call):
    """dhcpsrv2 opnum 60 (MS-DHCPM 3.2.4.61): request."""
    IFACE = 'dhcpsrv2'
    opnum = 60
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
        ('EnumElementType', DHCP_SUBNET_ELEMENT_TYPE_V6),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetElementsV6Response(Call):
    """dhcpsrv2 opnum 60 (MS-DHCPM 3.2.4.61): response."""
    IFACE = 'dhcpsrv2'
    opnum = 60
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('EnumElementInfo', LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V6),  # [out]: referent ID + pointee
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpRemoveSubnetElementV6(Call):
    """dhcpsrv2 opnum 61 (MS-DHCPM 3.2.4.62): request."""
    IFACE = 'dhcpsrv2'
    opnum = 61
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
        ('RemoveElementInfo', DHCP_SUBNET_ELEMENT_DATA_V6),  # [in, ref]: in place
        ('ForceFlag', DHCP_FORCE_FLAG),
    )
    SIZE_IS = {}


class R_DhcpRemoveSubnetElementV6Response(Call):
    """dhcpsrv2 opnum 61 (MS-DHCPM 3.2.4.62): response."""
    IFACE = 'dhcpsrv2'
    opnum = 61
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpDeleteSubnetV6(Call):
    """dhcpsrv2 opnum 62 (MS-DHCPM 3.2.4.63): request."""
    IFACE = 'dhcpsrv2'
    opnum = 62
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
        ('ForceFlag', DHCP_FORCE_FLAG),
    )
    SIZE_IS = {}


class R_DhcpDeleteSubnetV6Response(Call):
    """dhcpsrv2 opnum 62 (MS-DHCPM 3.2.4.63): response."""
    IFACE = 'dhcpsrv2'
    opnum = 62
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetSubnetInfoV6(Call):
    """dhcpsrv2 opnum 63 (MS-DHCPM 3.2.4.64): request."""
    IFACE = 'dhcpsrv2'
    opnum = 63
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
    )
    SIZE_IS = {}


class R_DhcpGetSubnetInfoV6Response(Call):
    """dhcpsrv2 opnum 63 (MS-DHCPM 3.2.4.64): response."""
    IFACE = 'dhcpsrv2'
    opnum = 63
    structure = (
        ('SubnetInfo', LPDHCP_SUBNET_INFO_V6),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClientsV6(Call):
    """dhcpsrv2 opnum 64 (MS-DHCPM 3.2.4.65): request."""
    IFACE = 'dhcpsrv2'
    opnum = 64
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
        ('ResumeHandle', DHCP_RESUME_IPV6_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClientsV6Response(Call):
    """dhcpsrv2 opnum 64 (MS-DHCPM 3.2.4.65): response."""
    IFACE = 'dhcpsrv2'
    opnum = 64
    structure = (
        ('ResumeHandle', DHCP_RESUME_IPV6_HANDLE),  # [in, out]: in place
        ('ClientInfo', LPDHCP_CLIENT_INFO_ARRAY_V6),  # [out]: referent ID + pointee
        ('ClientsRead', DWORD),  # [out]: in place
        ('ClientsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpServerSetConfigV6(Call):
    """dhcpsrv2 opnum 65 (MS-DHCPM 3.2.4.66): request."""
    IFACE = 'dhcpsrv2'
    opnum = 65
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO6),  # [in, ref]: in place
        ('FieldsToSet', DWORD),
        ('ConfigInfo', DHCP_SERVER_CONFIG_INFO_V6),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpServerSetConfigV6Response(Call):
    """dhcpsrv2 opnum 65 (MS-DHCPM 3.2.4.66): response."""
    IFACE = 'dhcpsrv2'
    opnum = 65
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpServerGetConfigV6(Call):
    """dhcpsrv2 opnum 66 (MS-DHCPM 3.2.4.67): request."""
    IFACE = 'dhcpsrv2'
    opnum = 66
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO6),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpServerGetConfigV6Response(Call):
    """dhcpsrv2 opnum 66 (MS-DHCPM 3.2.4.67): response."""
    IFACE = 'dhcpsrv2'
    opnum = 66
    structure = (
        ('ConfigInfo', LPDHCP_SERVER_CONFIG_INFO_V6),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetSubnetInfoV6(Call):
    """dhcpsrv2 opnum 67 (MS-DHCPM 3.2.4.68): request."""
    IFACE = 'dhcpsrv2'
    opnum = 67
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
        ('SubnetInfo', DHCP_SUBNET_INFO_V6),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetSubnetInfoV6Response(Call):
    """dhcpsrv2 opnum 67 (MS-DHCPM 3.2.4.68): response."""
    IFACE = 'dhcpsrv2'
    opnum = 67
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetMibInfoV6(Call):
    """dhcpsrv2 opnum 68 (MS-DHCPM 3.2.4.69): request."""
    IFACE = 'dhcpsrv2'
    opnum = 68
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpGetMibInfoV6Response(Call):
    """dhcpsrv2 opnum 68 (MS-DHCPM 3.2.4.69): response."""
    IFACE = 'dhcpsrv2'
    opnum = 68
    structure = (
        ('MibInfo', LPDHCP_MIB_INFO_V6),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetServerBindingInfoV6(Call):
    """dhcpsrv2 opnum 69 (MS-DHCPM 3.2.4.70): request."""
    IFACE = 'dhcpsrv2'
    opnum = 69
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', ULONG),
    )
    SIZE_IS = {}


class R_DhcpGetServerBindingInfoV6Response(Call):
    """dhcpsrv2 opnum 69 (MS-DHCPM 3.2.4.70): response."""
    IFACE = 'dhcpsrv2'
    opnum = 69
    structure = (
        ('BindElementsInfo', LPDHCPV6_BIND_ELEMENT_ARRAY),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetServerBindingInfoV6(Call):
    """dhcpsrv2 opnum 70 (MS-DHCPM 3.2.4.71): request."""
    IFACE = 'dhcpsrv2'
    opnum = 70
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', ULONG),
        ('BindElementsInfo', DHCPV6_BIND_ELEMENT_ARRAY),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetServerBindingInfoV6Response(Call):
    """dhcpsrv2 opnum 70 (MS-DHCPM 3.2.4.71): response."""
    IFACE = 'dhcpsrv2'
    opnum = 70
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetClientInfoV6(Call):
    """dhcpsrv2 opnum 71 (MS-DHCPM 3.2.4.72): request."""
    IFACE = 'dhcpsrv2'
    opnum = 71
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_CLIENT_INFO_V6),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpSetClientInfoV6Response(Call):
    """dhcpsrv2 opnum 71 (MS-DHCPM 3.2.4.72): response."""
    IFACE = 'dhcpsrv2'
    opnum = 71
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetClientInfoV6(Call):
    """dhcpsrv2 opnum 72 (MS-DHCPM 3.2.4.73): request."""
    IFACE = 'dhcpsrv2'
    opnum = 72
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SearchInfo', DHCP_SEARCH_INFO_V6),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpGetClientInfoV6Response(Call):
    """dhcpsrv2 opnum 72 (MS-DHCPM 3.2.4.73): response."""
    IFACE = 'dhcpsrv2'
    opnum = 72
    structure = (
        ('ClientInfo', LPDHCP_CLIENT_INFO_V6),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpDeleteClientInfoV6(Call):
    """dhcpsrv2 opnum 73 (MS-DHCPM 3.2.4.74): request."""
    IFACE = 'dhcpsrv2'
    opnum = 73
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_SEARCH_INFO_V6),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpDeleteClientInfoV6Response(Call):
    """dhcpsrv2 opnum 73 (MS-DHCPM 3.2.4.74): response."""
    IFACE = 'dhcpsrv2'
    opnum = 73
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpCreateClassV6(Call):
    """dhcpsrv2 opnum 74 (MS-DHCPM 3.2.4.75): request."""
    IFACE = 'dhcpsrv2'
    opnum = 74
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ReservedMustBeZero', DWORD),
        ('ClassInfo', DHCP_CLASS_INFO_V6),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpCreateClassV6Response(Call):
    """dhcpsrv2 opnum 74 (MS-DHCPM 3.2.4.75): response."""
    IFACE = 'dhcpsrv2'
    opnum = 74
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpModifyClassV6(Call):
    """dhcpsrv2 opnum 75 (MS-DHCPM 3.2.4.76): request."""
    IFACE = 'dhcpsrv2'
    opnum = 75
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ReservedMustBeZero', DWORD),
        ('ClassInfo', DHCP_CLASS_INFO_V6),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpModifyClassV6Response(Call):
    """dhcpsrv2 opnum 75 (MS-DHCPM 3.2.4.76): response."""
    IFACE = 'dhcpsrv2'
    opnum = 75
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpDeleteClassV6(Call):
    """dhcpsrv2 opnum 76 (MS-DHCPM 3.2.4.77): request."""
    IFACE = 'dhcpsrv2'
    opnum = 76
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ReservedMustBeZero', DWORD),
        ('ClassName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpDeleteClassV6Response(Call):
    """dhcpsrv2 opnum 76 (MS-DHCPM 3.2.4.77): response."""
    IFACE = 'dhcpsrv2'
    opnum = 76
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumClassesV6(Call):
    """dhcpsrv2 opnum 77 (MS-DHCPM 3.2.4.78): request."""
    IFACE = 'dhcpsrv2'
    opnum = 77
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ReservedMustBeZero', DWORD),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumClassesV6Response(Call):
    """dhcpsrv2 opnum 77 (MS-DHCPM 3.2.4.78): response."""
    IFACE = 'dhcpsrv2'
    opnum = 77
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('ClassInfoArray', LPDHCP_CLASS_INFO_ARRAY_V6),  # [out]: referent ID + pointee
        ('nRead', DWORD),  # [out]: in place
        ('nTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetOptionValueV6(Call):
    """dhcpsrv2 opnum 78 (MS-DHCPM 3.2.4.79): request."""
    IFACE = 'dhcpsrv2'
    opnum = 78
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('ClassName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO6),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpGetOptionValueV6Response(Call):
    """dhcpsrv2 opnum 78 (MS-DHCPM 3.2.4.79): response."""
    IFACE = 'dhcpsrv2'
    opnum = 78
    structure = (
        ('OptionValue', DHCP_OPTION_VALUE),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetSubnetDelayOffer(Call):
    """dhcpsrv2 opnum 79 (MS-DHCPM 3.2.4.80): request."""
    IFACE = 'dhcpsrv2'
    opnum = 79
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('TimeDelayInMilliseconds', USHORT),
    )
    SIZE_IS = {}


class R_DhcpSetSubnetDelayOfferResponse(Call):
    """dhcpsrv2 opnum 79 (MS-DHCPM 3.2.4.80): response."""
    IFACE = 'dhcpsrv2'
    opnum = 79
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetSubnetDelayOffer(Call):
    """dhcpsrv2 opnum 80 (MS-DHCPM 3.2.4.81): request."""
    IFACE = 'dhcpsrv2'
    opnum = 80
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
    )
    SIZE_IS = {}


class R_DhcpGetSubnetDelayOfferResponse(Call):
    """dhcpsrv2 opnum 80 (MS-DHCPM 3.2.4.81): response."""
    IFACE = 'dhcpsrv2'
    opnum = 80
    structure = (
        ('TimeDelayInMilliseconds', USHORT),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetMibInfoV5(Call):
    """dhcpsrv2 opnum 81 (MS-DHCPM 3.2.4.82): request."""
    IFACE = 'dhcpsrv2'
    opnum = 81
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpGetMibInfoV5Response(Call):
    """dhcpsrv2 opnum 81 (MS-DHCPM 3.2.4.82): response."""
    IFACE = 'dhcpsrv2'
    opnum = 81
    structure = (
        ('MibInfo', LPDHCP_MIB_INFO_V5),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpAddFilterV4(Call):
    """dhcpsrv2 opnum 82 (MS-DHCPM 3.2.4.83): request."""
    IFACE = 'dhcpsrv2'
    opnum = 82
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('AddFilterInfo', DHCP_FILTER_ADD_INFO),  # [in]: in place
        ('ForceFlag', BOOL),
    )
    SIZE_IS = {}


class R_DhcpAddFilterV4Response(Call):
    """dhcpsrv2 opnum 82 (MS-DHCPM 3.2.4.83): response."""
    IFACE = 'dhcpsrv2'
    opnum = 82
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpDeleteFilterV4(Call):
    """dhcpsrv2 opnum 83 (MS-DHCPM 3.2.4.84): request."""
    IFACE = 'dhcpsrv2'
    opnum = 83
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('DeleteFilterInfo', DHCP_ADDR_PATTERN),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpDeleteFilterV4Response(Call):
    """dhcpsrv2 opnum 83 (MS-DHCPM 3.2.4.84): response."""
    IFACE = 'dhcpsrv2'
    opnum = 83
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetFilterV4(Call):
    """dhcpsrv2 opnum 84 (MS-DHCPM 3.2.4.85): request."""
    IFACE = 'dhcpsrv2'
    opnum = 84
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('GlobalFilterInfo', DHCP_FILTER_GLOBAL_INFO),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpSetFilterV4Response(Call):
    """dhcpsrv2 opnum 84 (MS-DHCPM 3.2.4.85): response."""
    IFACE = 'dhcpsrv2'
    opnum = 84
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpGetFilterV4(Call):
    """dhcpsrv2 opnum 85 (MS-DHCPM 3.2.4.86): request."""
    IFACE = 'dhcpsrv2'
    opnum = 85
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpGetFilterV4Response(Call):
    """dhcpsrv2 opnum 85 (MS-DHCPM 3.2.4.86): response."""
    IFACE = 'dhcpsrv2'
    opnum = 85
    structure = (
        ('GlobalFilterInfo', DHCP_FILTER_GLOBAL_INFO),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumFilterV4(Call):
    """dhcpsrv2 opnum 86 (MS-DHCPM 3.2.4.87): request."""
    IFACE = 'dhcpsrv2'
    opnum = 86
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ResumeHandle', DHCP_ADDR_PATTERN),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
        ('ListType', DHCP_FILTER_LIST_TYPE),
    )
    SIZE_IS = {}


class R_DhcpEnumFilterV4Response(Call):
    """dhcpsrv2 opnum 86 (MS-DHCPM 3.2.4.87): response."""
    IFACE = 'dhcpsrv2'
    opnum = 86
    structure = (
        ('ResumeHandle', DHCP_ADDR_PATTERN),  # [in, out]: in place
        ('EnumFilterInfo', LPDHCP_FILTER_ENUM_INFO),  # [out]: referent ID + pointee
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpSetDnsRegCredentialsV5(Call):
    """dhcpsrv2 opnum 87 (MS-DHCPM 3.2.4.88): request."""
    IFACE = 'dhcpsrv2'
    opnum = 87
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Uname', LPWSTR),
        ('Domain', LPWSTR),
        ('Passwd', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpSetDnsRegCredentialsV5Response(Call):
    """dhcpsrv2 opnum 87 (MS-DHCPM 3.2.4.88): response."""
    IFACE = 'dhcpsrv2'
    opnum = 87
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClientsFilterStatusInfo(Call):
    """dhcpsrv2 opnum 88 (MS-DHCPM 3.2.4.89): request."""
    IFACE = 'dhcpsrv2'
    opnum = 88
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpEnumSubnetClientsFilterStatusInfoResponse(Call):
    """dhcpsrv2 opnum 88 (MS-DHCPM 3.2.4.89): response."""
    IFACE = 'dhcpsrv2'
    opnum = 88
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('ClientInfo', LPDHCP_CLIENT_FILTER_STATUS_INFO_ARRAY),  # [out]: referent ID + pointee
        ('ClientRead', DWORD),  # [out]: in place
        ('ClientsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverCreateRelationship(Call):
    """dhcpsrv2 opnum 89 (MS-DHCPM 3.2.4.90): request."""
    IFACE = 'dhcpsrv2'
    opnum = 89
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('pRelationship', DHCP_FAILOVER_RELATIONSHIP),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4FailoverCreateRelationshipResponse(Call):
    """dhcpsrv2 opnum 89 (MS-DHCPM 3.2.4.90): response."""
    IFACE = 'dhcpsrv2'
    opnum = 89
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverSetRelationship(Call):
    """dhcpsrv2 opnum 90 (MS-DHCPM 3.2.4.91): request."""
    IFACE = 'dhcpsrv2'
    opnum = 90
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('pRelationship', DHCP_FAILOVER_RELATIONSHIP),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4FailoverSetRelationshipResponse(Call):
    """dhcpsrv2 opnum 90 (MS-DHCPM 3.2.4.91): response."""
    IFACE = 'dhcpsrv2'
    opnum = 90
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverDeleteRelationship(Call):
    """dhcpsrv2 opnum 91 (MS-DHCPM 3.2.4.92): request."""
    IFACE = 'dhcpsrv2'
    opnum = 91
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('pRelationshipName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpV4FailoverDeleteRelationshipResponse(Call):
    """dhcpsrv2 opnum 91 (MS-DHCPM 3.2.4.92): response."""
    IFACE = 'dhcpsrv2'
    opnum = 91
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetRelationship(Call):
    """dhcpsrv2 opnum 92 (MS-DHCPM 3.2.4.93): request."""
    IFACE = 'dhcpsrv2'
    opnum = 92
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('pRelationshipName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetRelationshipResponse(Call):
    """dhcpsrv2 opnum 92 (MS-DHCPM 3.2.4.93): response."""
    IFACE = 'dhcpsrv2'
    opnum = 92
    structure = (
        ('pRelationship', LPDHCP_FAILOVER_RELATIONSHIP),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverEnumRelationship(Call):
    """dhcpsrv2 opnum 93 (MS-DHCPM 3.2.4.94): request."""
    IFACE = 'dhcpsrv2'
    opnum = 93
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('preferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpV4FailoverEnumRelationshipResponse(Call):
    """dhcpsrv2 opnum 93 (MS-DHCPM 3.2.4.94): response."""
    IFACE = 'dhcpsrv2'
    opnum = 93
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('pRelationship', LPDHCP_FAILOVER_RELATIONSHIP_ARRAY),  # [out]: referent ID + pointee
        ('relationshipRead', DWORD),  # [out]: in place
        ('relationshipTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverAddScopeToRelationship(Call):
    """dhcpsrv2 opnum 94 (MS-DHCPM 3.2.4.95): request."""
    IFACE = 'dhcpsrv2'
    opnum = 94
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('pRelationship', DHCP_FAILOVER_RELATIONSHIP),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4FailoverAddScopeToRelationshipResponse(Call):
    """dhcpsrv2 opnum 94 (MS-DHCPM 3.2.4.95): response."""
    IFACE = 'dhcpsrv2'
    opnum = 94
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverDeleteScopeFromRelationship(Call):
    """dhcpsrv2 opnum 95 (MS-DHCPM 3.2.4.96): request."""
    IFACE = 'dhcpsrv2'
    opnum = 95
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('pRelationship', DHCP_FAILOVER_RELATIONSHIP),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4FailoverDeleteScopeFromRelationshipResponse(Call):
    """dhcpsrv2 opnum 95 (MS-DHCPM 3.2.4.96): response."""
    IFACE = 'dhcpsrv2'
    opnum = 95
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetScopeRelationship(Call):
    """dhcpsrv2 opnum 96 (MS-DHCPM 3.2.4.97): request."""
    IFACE = 'dhcpsrv2'
    opnum = 96
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('scopeId', DHCP_IP_ADDRESS),
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetScopeRelationshipResponse(Call):
    """dhcpsrv2 opnum 96 (MS-DHCPM 3.2.4.97): response."""
    IFACE = 'dhcpsrv2'
    opnum = 96
    structure = (
        ('pRelationship', LPDHCP_FAILOVER_RELATIONSHIP),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetScopeStatistics(Call):
    """dhcpsrv2 opnum 97 (MS-DHCPM 3.2.4.98): request."""
    IFACE = 'dhcpsrv2'
    opnum = 97
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('scopeId', DHCP_IP_ADDRESS),
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetScopeStatisticsResponse(Call):
    """dhcpsrv2 opnum 97 (MS-DHCPM 3.2.4.98): response."""
    IFACE = 'dhcpsrv2'
    opnum = 97
    structure = (
        ('pStats', LPDHCP_FAILOVER_STATISTICS),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetClientInfo(Call):
    """dhcpsrv2 opnum 98 (MS-DHCPM 3.2.4.99): request."""
    IFACE = 'dhcpsrv2'
    opnum = 98
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SearchInfo', DHCP_SEARCH_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetClientInfoResponse(Call):
    """dhcpsrv2 opnum 98 (MS-DHCPM 3.2.4.99): response."""
    IFACE = 'dhcpsrv2'
    opnum = 98
    structure = (
        ('ClientInfo', LPDHCPV4_FAILOVER_CLIENT_INFO),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetSystemTime(Call):
    """dhcpsrv2 opnum 99 (MS-DHCPM 3.2.4.100): request."""
    IFACE = 'dhcpsrv2'
    opnum = 99
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetSystemTimeResponse(Call):
    """dhcpsrv2 opnum 99 (MS-DHCPM 3.2.4.100): response."""
    IFACE = 'dhcpsrv2'
    opnum = 99
    structure = (
        ('pTime', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverTriggerAddrAllocation(Call):
    """dhcpsrv2 opnum 100 (MS-DHCPM 3.2.4.101): request."""
    IFACE = 'dhcpsrv2'
    opnum = 100
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('FailRelName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpV4FailoverTriggerAddrAllocationResponse(Call):
    """dhcpsrv2 opnum 100 (MS-DHCPM 3.2.4.101): response."""
    IFACE = 'dhcpsrv2'
    opnum = 100
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4SetOptionValue(Call):
    """dhcpsrv2 opnum 101 (MS-DHCPM 3.2.4.102): request."""
    IFACE = 'dhcpsrv2'
    opnum = 101
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('PolicyName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in]: in place
        ('OptionValue', DHCP_OPTION_DATA),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4SetOptionValueResponse(Call):
    """dhcpsrv2 opnum 101 (MS-DHCPM 3.2.4.102): response."""
    IFACE = 'dhcpsrv2'
    opnum = 101
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4SetOptionValues(Call):
    """dhcpsrv2 opnum 102 (MS-DHCPM 3.2.4.103): request."""
    IFACE = 'dhcpsrv2'
    opnum = 102
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('PolicyName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in]: in place
        ('OptionValues', DHCP_OPTION_VALUE_ARRAY),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4SetOptionValuesResponse(Call):
    """dhcpsrv2 opnum 102 (MS-DHCPM 3.2.4.103): response."""
    IFACE = 'dhcpsrv2'
    opnum = 102
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4GetOptionValue(Call):
    """dhcpsrv2 opnum 103 (MS-DHCPM 3.2.4.104): request."""
    IFACE = 'dhcpsrv2'
    opnum = 103
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('PolicyName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4GetOptionValueResponse(Call):
    """dhcpsrv2 opnum 103 (MS-DHCPM 3.2.4.104): response."""
    IFACE = 'dhcpsrv2'
    opnum = 103
    structure = (
        ('OptionValue', LPDHCP_OPTION_VALUE),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4RemoveOptionValue(Call):
    """dhcpsrv2 opnum 104 (MS-DHCPM 3.2.4.105): request."""
    IFACE = 'dhcpsrv2'
    opnum = 104
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('OptionID', DHCP_OPTION_ID),
        ('PolicyName', LPWSTR),
        ('VendorName', LPWSTR),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4RemoveOptionValueResponse(Call):
    """dhcpsrv2 opnum 104 (MS-DHCPM 3.2.4.105): response."""
    IFACE = 'dhcpsrv2'
    opnum = 104
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4GetAllOptionValues(Call):
    """dhcpsrv2 opnum 105 (MS-DHCPM 3.2.4.106): request."""
    IFACE = 'dhcpsrv2'
    opnum = 105
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('Flags', DWORD),
        ('ScopeInfo', DHCP_OPTION_SCOPE_INFO),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4GetAllOptionValuesResponse(Call):
    """dhcpsrv2 opnum 105 (MS-DHCPM 3.2.4.106): response."""
    IFACE = 'dhcpsrv2'
    opnum = 105
    structure = (
        ('Values', LPDHCP_ALL_OPTION_VALUES_PB),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4QueryPolicyEnforcement(Call):
    """dhcpsrv2 opnum 106 (MS-DHCPM 3.2.4.107): request."""
    IFACE = 'dhcpsrv2'
    opnum = 106
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ServerPolicy', BOOL),
        ('SubnetAddress', DHCP_IP_ADDRESS),
    )
    SIZE_IS = {}


class R_DhcpV4QueryPolicyEnforcementResponse(Call):
    """dhcpsrv2 opnum 106 (MS-DHCPM 3.2.4.107): response."""
    IFACE = 'dhcpsrv2'
    opnum = 106
    structure = (
        ('Enabled', BOOL),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4SetPolicyEnforcement(Call):
    """dhcpsrv2 opnum 107 (MS-DHCPM 3.2.4.108): request."""
    IFACE = 'dhcpsrv2'
    opnum = 107
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ServerPolicy', BOOL),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('Enable', BOOL),
    )
    SIZE_IS = {}


class R_DhcpV4SetPolicyEnforcementResponse(Call):
    """dhcpsrv2 opnum 107 (MS-DHCPM 3.2.4.108): response."""
    IFACE = 'dhcpsrv2'
    opnum = 107
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4CreatePolicy(Call):
    """dhcpsrv2 opnum 108 (MS-DHCPM 3.2.4.109): request."""
    IFACE = 'dhcpsrv2'
    opnum = 108
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('pPolicy', DHCP_POLICY),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4CreatePolicyResponse(Call):
    """dhcpsrv2 opnum 108 (MS-DHCPM 3.2.4.109): response."""
    IFACE = 'dhcpsrv2'
    opnum = 108
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4GetPolicy(Call):
    """dhcpsrv2 opnum 109 (MS-DHCPM 3.2.4.110): request."""
    IFACE = 'dhcpsrv2'
    opnum = 109
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ServerPolicy', BOOL),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('PolicyName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpV4GetPolicyResponse(Call):
    """dhcpsrv2 opnum 109 (MS-DHCPM 3.2.4.110): response."""
    IFACE = 'dhcpsrv2'
    opnum = 109
    structure = (
        ('Policy', LPDHCP_POLICY),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4SetPolicy(Call):
    """dhcpsrv2 opnum 110 (MS-DHCPM 3.2.4.111): request."""
    IFACE = 'dhcpsrv2'
    opnum = 110
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('FieldsModified', DWORD),
        ('ServerPolicy', BOOL),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('PolicyName', LPWSTR),
        ('Policy', DHCP_POLICY),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4SetPolicyResponse(Call):
    """dhcpsrv2 opnum 110 (MS-DHCPM 3.2.4.111): response."""
    IFACE = 'dhcpsrv2'
    opnum = 110
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4DeletePolicy(Call):
    """dhcpsrv2 opnum 111 (MS-DHCPM 3.2.4.112): request."""
    IFACE = 'dhcpsrv2'
    opnum = 111
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ServerPolicy', BOOL),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('PolicyName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpV4DeletePolicyResponse(Call):
    """dhcpsrv2 opnum 111 (MS-DHCPM 3.2.4.112): response."""
    IFACE = 'dhcpsrv2'
    opnum = 111
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4EnumPolicies(Call):
    """dhcpsrv2 opnum 112 (MS-DHCPM 3.2.4.113): request."""
    IFACE = 'dhcpsrv2'
    opnum = 112
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ResumeHandle', DWORD),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
        ('ServerPolicy', BOOL),
        ('SubnetAddress', DHCP_IP_ADDRESS),
    )
    SIZE_IS = {}


class R_DhcpV4EnumPoliciesResponse(Call):
    """dhcpsrv2 opnum 112 (MS-DHCPM 3.2.4.113): response."""
    IFACE = 'dhcpsrv2'
    opnum = 112
    structure = (
        ('ResumeHandle', DWORD),  # [in, out]: in place
        ('EnumInfo', DHCP_POLICY_ARRAY),  # [out]: in place
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4AddPolicyRange(Call):
    """dhcpsrv2 opnum 113 (MS-DHCPM 3.2.4.114): request."""
    IFACE = 'dhcpsrv2'
    opnum = 113
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('PolicyName', LPWSTR),
        ('Range', DHCP_IP_RANGE),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4AddPolicyRangeResponse(Call):
    """dhcpsrv2 opnum 113 (MS-DHCPM 3.2.4.114): response."""
    IFACE = 'dhcpsrv2'
    opnum = 113
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4RemovePolicyRange(Call):
    """dhcpsrv2 opnum 114 (MS-DHCPM 3.2.4.115): request."""
    IFACE = 'dhcpsrv2'
    opnum = 114
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('PolicyName', LPWSTR),
        ('Range', DHCP_IP_RANGE),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4RemovePolicyRangeResponse(Call):
    """dhcpsrv2 opnum 114 (MS-DHCPM 3.2.4.115): response."""
    IFACE = 'dhcpsrv2'
    opnum = 114
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4EnumSubnetClients(Call):
    """dhcpsrv2 opnum 115 (MS-DHCPM 3.2.4.116): request."""
    IFACE = 'dhcpsrv2'
    opnum = 115
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpV4EnumSubnetClientsResponse(Call):
    """dhcpsrv2 opnum 115 (MS-DHCPM 3.2.4.116): response."""
    IFACE = 'dhcpsrv2'
    opnum = 115
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('ClientInfo', LPDHCP_CLIENT_INFO_PB_ARRAY),  # [out]: referent ID + pointee
        ('ClientsRead', DWORD),  # [out]: in place
        ('ClientsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV6SetStatelessStoreParams(Call):
    """dhcpsrv2 opnum 116 (MS-DHCPM 3.2.4.117): request."""
    IFACE = 'dhcpsrv2'
    opnum = 116
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('fServerLevel', BOOL),
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
        ('FieldModified', DWORD),
        ('Params', DHCPV6_STATELESS_PARAMS),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV6SetStatelessStoreParamsResponse(Call):
    """dhcpsrv2 opnum 116 (MS-DHCPM 3.2.4.117): response."""
    IFACE = 'dhcpsrv2'
    opnum = 116
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV6GetStatelessStoreParams(Call):
    """dhcpsrv2 opnum 117 (MS-DHCPM 3.2.4.118): request."""
    IFACE = 'dhcpsrv2'
    opnum = 117
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('fServerLevel', BOOL),
        ('SubnetAddress', DHCP_IPV6_ADDRESS),
    )
    SIZE_IS = {}


class R_DhcpV6GetStatelessStoreParamsResponse(Call):
    """dhcpsrv2 opnum 117 (MS-DHCPM 3.2.4.118): response."""
    IFACE = 'dhcpsrv2'
    opnum = 117
    structure = (
        ('Params', DHCPV6_STATELESS_PARAMS),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV6GetStatelessStatistics(Call):
    """dhcpsrv2 opnum 118 (MS-DHCPM 3.2.4.119): request."""
    IFACE = 'dhcpsrv2'
    opnum = 118
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
    )
    SIZE_IS = {}


class R_DhcpV6GetStatelessStatisticsResponse(Call):
    """dhcpsrv2 opnum 118 (MS-DHCPM 3.2.4.119): response."""
    IFACE = 'dhcpsrv2'
    opnum = 118
    structure = (
        ('StatelessStats', LPDHCPV6_STATELESS_STATS),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4EnumSubnetReservations(Call):
    """dhcpsrv2 opnum 119 (MS-DHCPM 3.2.4.120): request."""
    IFACE = 'dhcpsrv2'
    opnum = 119
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpV4EnumSubnetReservationsResponse(Call):
    """dhcpsrv2 opnum 119 (MS-DHCPM 3.2.4.120): response."""
    IFACE = 'dhcpsrv2'
    opnum = 119
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('EnumElementInfo', DHCP_RESERVATION_INFO_ARRAY),  # [out]: in place
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4GetFreeIPAddress(Call):
    """dhcpsrv2 opnum 120 (MS-DHCPM 3.2.4.121): request."""
    IFACE = 'dhcpsrv2'
    opnum = 120
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ScopeId', DHCP_IP_ADDRESS),
        ('startIP', DHCP_IP_ADDRESS),
        ('endIP', DHCP_IP_ADDRESS),
        ('numFreeAddr', DWORD),
    )
    SIZE_IS = {}


class R_DhcpV4GetFreeIPAddressResponse(Call):
    """dhcpsrv2 opnum 120 (MS-DHCPM 3.2.4.121): response."""
    IFACE = 'dhcpsrv2'
    opnum = 120
    structure = (
        ('IPAddrList', LPDHCP_IP_ARRAY),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV6GetFreeIPAddress(Call):
    """dhcpsrv2 opnum 121 (MS-DHCPM 3.2.4.122): request."""
    IFACE = 'dhcpsrv2'
    opnum = 121
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ScopeId', DHCP_IPV6_ADDRESS),
        ('startIP', DHCP_IPV6_ADDRESS),
        ('endIP', DHCP_IPV6_ADDRESS),
        ('numFreeAddr', DWORD),
    )
    SIZE_IS = {}


class R_DhcpV6GetFreeIPAddressResponse(Call):
    """dhcpsrv2 opnum 121 (MS-DHCPM 3.2.4.122): response."""
    IFACE = 'dhcpsrv2'
    opnum = 121
    structure = (
        ('IPAddrList', LPDHCPV6_IP_ARRAY),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4CreateClientInfo(Call):
    """dhcpsrv2 opnum 122 (MS-DHCPM 3.2.4.123): request."""
    IFACE = 'dhcpsrv2'
    opnum = 122
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_CLIENT_INFO_PB),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpV4CreateClientInfoResponse(Call):
    """dhcpsrv2 opnum 122 (MS-DHCPM 3.2.4.123): response."""
    IFACE = 'dhcpsrv2'
    opnum = 122
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4GetClientInfo(Call):
    """dhcpsrv2 opnum 123 (MS-DHCPM 3.2.4.124): request."""
    IFACE = 'dhcpsrv2'
    opnum = 123
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SearchInfo', DHCP_SEARCH_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpV4GetClientInfoResponse(Call):
    """dhcpsrv2 opnum 123 (MS-DHCPM 3.2.4.124): response."""
    IFACE = 'dhcpsrv2'
    opnum = 123
    structure = (
        ('ClientInfo', LPDHCP_CLIENT_INFO_PB),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV6CreateClientInfo(Call):
    """dhcpsrv2 opnum 124 (MS-DHCPM 3.2.4.125): request."""
    IFACE = 'dhcpsrv2'
    opnum = 124
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_CLIENT_INFO_V6),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpV6CreateClientInfoResponse(Call):
    """dhcpsrv2 opnum 124 (MS-DHCPM 3.2.4.125): response."""
    IFACE = 'dhcpsrv2'
    opnum = 124
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetAddressStatus(Call):
    """dhcpsrv2 opnum 125 (MS-DHCPM 3.2.4.126): request."""
    IFACE = 'dhcpsrv2'
    opnum = 125
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
    )
    SIZE_IS = {}


class R_DhcpV4FailoverGetAddressStatusResponse(Call):
    """dhcpsrv2 opnum 125 (MS-DHCPM 3.2.4.126): response."""
    IFACE = 'dhcpsrv2'
    opnum = 125
    structure = (
        ('pStatus', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4CreatePolicyEx(Call):
    """dhcpsrv2 opnum 126 (MS-DHCPM 3.2.4.127): request."""
    IFACE = 'dhcpsrv2'
    opnum = 126
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('pPolicy', DHCP_POLICY_EX),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4CreatePolicyExResponse(Call):
    """dhcpsrv2 opnum 126 (MS-DHCPM 3.2.4.127): response."""
    IFACE = 'dhcpsrv2'
    opnum = 126
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4GetPolicyEx(Call):
    """dhcpsrv2 opnum 127 (MS-DHCPM 3.2.4.128): request."""
    IFACE = 'dhcpsrv2'
    opnum = 127
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ServerPolicy', BOOL),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('PolicyName', LPWSTR),
    )
    SIZE_IS = {}


class R_DhcpV4GetPolicyExResponse(Call):
    """dhcpsrv2 opnum 127 (MS-DHCPM 3.2.4.128): response."""
    IFACE = 'dhcpsrv2'
    opnum = 127
    structure = (
        ('Policy', LPDHCP_POLICY_EX),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4SetPolicyEx(Call):
    """dhcpsrv2 opnum 128 (MS-DHCPM 3.2.4.129): request."""
    IFACE = 'dhcpsrv2'
    opnum = 128
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('FieldsModified', DWORD),
        ('ServerPolicy', BOOL),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('PolicyName', LPWSTR),
        ('Policy', DHCP_POLICY_EX),  # [in]: in place
    )
    SIZE_IS = {}


class R_DhcpV4SetPolicyExResponse(Call):
    """dhcpsrv2 opnum 128 (MS-DHCPM 3.2.4.129): response."""
    IFACE = 'dhcpsrv2'
    opnum = 128
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4EnumPoliciesEx(Call):
    """dhcpsrv2 opnum 129 (MS-DHCPM 3.2.4.130): request."""
    IFACE = 'dhcpsrv2'
    opnum = 129
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ResumeHandle', DWORD),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
        ('ServerPolicy', BOOL),
        ('SubnetAddress', DHCP_IP_ADDRESS),
    )
    SIZE_IS = {}


class R_DhcpV4EnumPoliciesExResponse(Call):
    """dhcpsrv2 opnum 129 (MS-DHCPM 3.2.4.130): response."""
    IFACE = 'dhcpsrv2'
    opnum = 129
    structure = (
        ('ResumeHandle', DWORD),  # [in, out]: in place
        ('EnumInfo', DHCP_POLICY_EX_ARRAY),  # [out]: in place
        ('ElementsRead', DWORD),  # [out]: in place
        ('ElementsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4EnumSubnetClientsEx(Call):
    """dhcpsrv2 opnum 130 (MS-DHCPM 3.2.4.131): request."""
    IFACE = 'dhcpsrv2'
    opnum = 130
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SubnetAddress', DHCP_IP_ADDRESS),
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('PreferredMaximum', DWORD),
    )
    SIZE_IS = {}


class R_DhcpV4EnumSubnetClientsExResponse(Call):
    """dhcpsrv2 opnum 130 (MS-DHCPM 3.2.4.131): response."""
    IFACE = 'dhcpsrv2'
    opnum = 130
    structure = (
        ('ResumeHandle', DHCP_RESUME_HANDLE),  # [in, out]: in place
        ('ClientInfo', LPDHCP_CLIENT_INFO_EX_ARRAY),  # [out]: referent ID + pointee
        ('ClientsRead', DWORD),  # [out]: in place
        ('ClientsTotal', DWORD),  # [out]: in place
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4CreateClientInfoEx(Call):
    """dhcpsrv2 opnum 131 (MS-DHCPM 3.2.4.132): request."""
    IFACE = 'dhcpsrv2'
    opnum = 131
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('ClientInfo', DHCP_CLIENT_INFO_EX),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpV4CreateClientInfoExResponse(Call):
    """dhcpsrv2 opnum 131 (MS-DHCPM 3.2.4.132): response."""
    IFACE = 'dhcpsrv2'
    opnum = 131
    structure = (
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


class R_DhcpV4GetClientInfoEx(Call):
    """dhcpsrv2 opnum 132 (MS-DHCPM 3.2.4.133): request."""
    IFACE = 'dhcpsrv2'
    opnum = 132
    structure = (
        ('ServerIpAddress', DHCP_SRV_HANDLE),
        ('SearchInfo', DHCP_SEARCH_INFO),  # [in, ref]: in place
    )
    SIZE_IS = {}


class R_DhcpV4GetClientInfoExResponse(Call):
    """dhcpsrv2 opnum 132 (MS-DHCPM 3.2.4.133): response."""
    IFACE = 'dhcpsrv2'
    opnum = 132
    structure = (
        ('ClientInfo', LPDHCP_CLIENT_INFO_EX),  # [out]: referent ID + pointee
        ('ErrorCode', DWORD),  # the DWORD return value
    )
    SIZE_IS = {}


METHODS = {
    ('dhcpsrv', 0): (R_DhcpCreateSubnet, R_DhcpCreateSubnetResponse),
    ('dhcpsrv', 1): (R_DhcpSetSubnetInfo, R_DhcpSetSubnetInfoResponse),
    ('dhcpsrv', 2): (R_DhcpGetSubnetInfo, R_DhcpGetSubnetInfoResponse),
    ('dhcpsrv', 3): (R_DhcpEnumSubnets, R_DhcpEnumSubnetsResponse),
    ('dhcpsrv', 4): (R_DhcpAddSubnetElement, R_DhcpAddSubnetElementResponse),
    ('dhcpsrv', 5): (R_DhcpEnumSubnetElements, R_DhcpEnumSubnetElementsResponse),
    ('dhcpsrv', 6): (R_DhcpRemoveSubnetElement, R_DhcpRemoveSubnetElementResponse),
    ('dhcpsrv', 7): (R_DhcpDeleteSubnet, R_DhcpDeleteSubnetResponse),
    ('dhcpsrv', 8): (R_DhcpCreateOption, R_DhcpCreateOptionResponse),
    ('dhcpsrv', 9): (R_DhcpSetOptionInfo, R_DhcpSetOptionInfoResponse),
    ('dhcpsrv', 10): (R_DhcpGetOptionInfo, R_DhcpGetOptionInfoResponse),
    ('dhcpsrv', 11): (R_DhcpRemoveOption, R_DhcpRemoveOptionResponse),
    ('dhcpsrv', 12): (R_DhcpSetOptionValue, R_DhcpSetOptionValueResponse),
    ('dhcpsrv', 13): (R_DhcpGetOptionValue, R_DhcpGetOptionValueResponse),
    ('dhcpsrv', 14): (R_DhcpEnumOptionValues, R_DhcpEnumOptionValuesResponse),
    ('dhcpsrv', 15): (R_DhcpRemoveOptionValue, R_DhcpRemoveOptionValueResponse),
    ('dhcpsrv', 16): (R_DhcpCreateClientInfo, R_DhcpCreateClientInfoResponse),
    ('dhcpsrv', 17): (R_DhcpSetClientInfo, R_DhcpSetClientInfoResponse),
    ('dhcpsrv', 18): (R_DhcpGetClientInfo, R_DhcpGetClientInfoResponse),
    ('dhcpsrv', 19): (R_DhcpDeleteClientInfo, R_DhcpDeleteClientInfoResponse),
    ('dhcpsrv', 20): (R_DhcpEnumSubnetClients, R_DhcpEnumSubnetClientsResponse),
    ('dhcpsrv', 21): (R_DhcpGetClientOptions, R_DhcpGetClientOptionsResponse),
    ('dhcpsrv', 22): (R_DhcpGetMibInfo, R_DhcpGetMibInfoResponse),
    ('dhcpsrv', 23): (R_DhcpEnumOptions, R_DhcpEnumOptionsResponse),
    ('dhcpsrv', 24): (R_DhcpSetOptionValues, R_DhcpSetOptionValuesResponse),
    ('dhcpsrv', 25): (R_DhcpServerSetConfig, R_DhcpServerSetConfigResponse),
    ('dhcpsrv', 26): (R_DhcpServerGetConfig, R_DhcpServerGetConfigResponse),
    ('dhcpsrv', 27): (R_DhcpScanDatabase, R_DhcpScanDatabaseResponse),
    ('dhcpsrv', 28): (R_DhcpGetVersion, R_DhcpGetVersionResponse),
    ('dhcpsrv', 29): (R_DhcpAddSubnetElementV4, R_DhcpAddSubnetElementV4Response),
    ('dhcpsrv', 30): (R_DhcpEnumSubnetElementsV4, R_DhcpEnumSubnetElementsV4Response),
    ('dhcpsrv', 31): (R_DhcpRemoveSubnetElementV4, R_DhcpRemoveSubnetElementV4Response),
    ('dhcpsrv', 32): (R_DhcpCreateClientInfoV4, R_DhcpCreateClientInfoV4Response),
    ('dhcpsrv', 33): (R_DhcpSetClientInfoV4, R_DhcpSetClientInfoV4Response),
    ('dhcpsrv', 34): (R_DhcpGetClientInfoV4, R_DhcpGetClientInfoV4Response),
    ('dhcpsrv', 35): (R_DhcpEnumSubnetClientsV4, R_DhcpEnumSubnetClientsV4Response),
    ('dhcpsrv', 36): (R_DhcpSetSuperScopeV4, R_DhcpSetSuperScopeV4Response),
    ('dhcpsrv', 37): (R_DhcpGetSuperScopeInfoV4, R_DhcpGetSuperScopeInfoV4Response),
    ('dhcpsrv', 38): (R_DhcpDeleteSuperScopeV4, R_DhcpDeleteSuperScopeV4Response),
    ('dhcpsrv', 39): (R_DhcpServerSetConfigV4, R_DhcpServerSetConfigV4Response),
    ('dhcpsrv', 40): (R_DhcpServerGetConfigV4, R_DhcpServerGetConfigV4Response),
    ('dhcpsrv', 41): (R_DhcpServerSetConfigVQ, R_DhcpServerSetConfigVQResponse),
    ('dhcpsrv', 42): (R_DhcpServerGetConfigVQ, R_DhcpServerGetConfigVQResponse),
    ('dhcpsrv', 43): (R_DhcpGetMibInfoVQ, R_DhcpGetMibInfoVQResponse),
    ('dhcpsrv', 44): (R_DhcpCreateClientInfoVQ, R_DhcpCreateClientInfoVQResponse),
    ('dhcpsrv', 45): (R_DhcpSetClientInfoVQ, R_DhcpSetClientInfoVQResponse),
    ('dhcpsrv', 46): (R_DhcpGetClientInfoVQ, R_DhcpGetClientInfoVQResponse),
    ('dhcpsrv', 47): (R_DhcpEnumSubnetClientsVQ, R_DhcpEnumSubnetClientsVQResponse),
    ('dhcpsrv', 48): (R_DhcpCreateSubnetVQ, R_DhcpCreateSubnetVQResponse),
    ('dhcpsrv', 49): (R_DhcpGetSubnetInfoVQ, R_DhcpGetSubnetInfoVQResponse),
    ('dhcpsrv', 50): (R_DhcpSetSubnetInfoVQ, R_DhcpSetSubnetInfoVQResponse),
    ('dhcpsrv2', 0): (R_DhcpEnumSubnetClientsV5, R_DhcpEnumSubnetClientsV5Response),
    ('dhcpsrv2', 1): (R_DhcpSetMScopeInfo, R_DhcpSetMScopeInfoResponse),
    ('dhcpsrv2', 2): (R_DhcpGetMScopeInfo, R_DhcpGetMScopeInfoResponse),
    ('dhcpsrv2', 3): (R_DhcpEnumMScopes, R_DhcpEnumMScopesResponse),
    ('dhcpsrv2', 4): (R_DhcpAddMScopeElement, R_DhcpAddMScopeElementResponse),
    ('dhcpsrv2', 5): (R_DhcpEnumMScopeElements, R_DhcpEnumMScopeElementsResponse),
    ('dhcpsrv2', 6): (R_DhcpRemoveMScopeElement, R_DhcpRemoveMScopeElementResponse),
    ('dhcpsrv2', 7): (R_DhcpDeleteMScope, R_DhcpDeleteMScopeResponse),
    ('dhcpsrv2', 8): (R_DhcpScanMDatabase, R_DhcpScanMDatabaseResponse),
    ('dhcpsrv2', 9): (R_DhcpCreateMClientInfo, R_DhcpCreateMClientInfoResponse),
    ('dhcpsrv2', 10): (R_DhcpSetMClientInfo, R_DhcpSetMClientInfoResponse),
    ('dhcpsrv2', 11): (R_DhcpGetMClientInfo, R_DhcpGetMClientInfoResponse),
    ('dhcpsrv2', 12): (R_DhcpDeleteMClientInfo, R_DhcpDeleteMClientInfoResponse),
    ('dhcpsrv2', 13): (R_DhcpEnumMScopeClients, R_DhcpEnumMScopeClientsResponse),
    ('dhcpsrv2', 14): (R_DhcpCreateOptionV5, R_DhcpCreateOptionV5Response),
    ('dhcpsrv2', 15): (R_DhcpSetOptionInfoV5, R_DhcpSetOptionInfoV5Response),
    ('dhcpsrv2', 16): (R_DhcpGetOptionInfoV5, R_DhcpGetOptionInfoV5Response),
    ('dhcpsrv2', 17): (R_DhcpEnumOptionsV5, R_DhcpEnumOptionsV5Response),
    ('dhcpsrv2', 18): (R_DhcpRemoveOptionV5, R_DhcpRemoveOptionV5Response),
    ('dhcpsrv2', 19): (R_DhcpSetOptionValueV5, R_DhcpSetOptionValueV5Response),
    ('dhcpsrv2', 20): (R_DhcpSetOptionValuesV5, R_DhcpSetOptionValuesV5Response),
    ('dhcpsrv2', 21): (R_DhcpGetOptionValueV5, R_DhcpGetOptionValueV5Response),
    ('dhcpsrv2', 22): (R_DhcpEnumOptionValuesV5, R_DhcpEnumOptionValuesV5Response),
    ('dhcpsrv2', 23): (R_DhcpRemoveOptionValueV5, R_DhcpRemoveOptionValueV5Response),
    ('dhcpsrv2', 24): (R_DhcpCreateClass, R_DhcpCreateClassResponse),
    ('dhcpsrv2', 25): (R_DhcpModifyClass, R_DhcpModifyClassResponse),
    ('dhcpsrv2', 26): (R_DhcpDeleteClass, R_DhcpDeleteClassResponse),
    ('dhcpsrv2', 27): (R_DhcpGetClassInfo, R_DhcpGetClassInfoResponse),
    ('dhcpsrv2', 28): (R_DhcpEnumClasses, R_DhcpEnumClassesResponse),
    ('dhcpsrv2', 29): (R_DhcpGetAllOptions, R_DhcpGetAllOptionsResponse),
    ('dhcpsrv2', 30): (R_DhcpGetAllOptionValues, R_DhcpGetAllOptionValuesResponse),
    ('dhcpsrv2', 31): (R_DhcpGetMCastMibInfo, R_DhcpGetMCastMibInfoResponse),
    ('dhcpsrv2', 32): (R_DhcpAuditLogSetParams, R_DhcpAuditLogSetParamsResponse),
    ('dhcpsrv2', 33): (R_DhcpAuditLogGetParams, R_DhcpAuditLogGetParamsResponse),
    ('dhcpsrv2', 34): (R_DhcpServerQueryAttribute, R_DhcpServerQueryAttributeResponse),
    ('dhcpsrv2', 35): (R_DhcpServerQueryAttributes, R_DhcpServerQueryAttributesResponse),
    ('dhcpsrv2', 36): (R_DhcpServerRedoAuthorization, R_DhcpServerRedoAuthorizationResponse),
    ('dhcpsrv2', 37): (R_DhcpAddSubnetElementV5, R_DhcpAddSubnetElementV5Response),
    ('dhcpsrv2', 38): (R_DhcpEnumSubnetElementsV5, R_DhcpEnumSubnetElementsV5Response),
    ('dhcpsrv2', 39): (R_DhcpRemoveSubnetElementV5, R_DhcpRemoveSubnetElementV5Response),
    ('dhcpsrv2', 40): (R_DhcpGetServerBindingInfo, R_DhcpGetServerBindingInfoResponse),
    ('dhcpsrv2', 41): (R_DhcpSetServerBindingInfo, R_DhcpSetServerBindingInfoResponse),
    ('dhcpsrv2', 42): (R_DhcpQueryDnsRegCredentials, R_DhcpQueryDnsRegCredentialsResponse),
    ('dhcpsrv2', 43): (R_DhcpSetDnsRegCredentials, R_DhcpSetDnsRegCredentialsResponse),
    ('dhcpsrv2', 44): (R_DhcpBackupDatabase, R_DhcpBackupDatabaseResponse),
    ('dhcpsrv2', 45): (R_DhcpRestoreDatabase, R_DhcpRestoreDatabaseResponse),
    ('dhcpsrv2', 46): (R_DhcpGetServerSpecificStrings, R_DhcpGetServerSpecificStringsResponse),
    ('dhcpsrv2', 47): (R_DhcpCreateOptionV6, R_DhcpCreateOptionV6Response),
    ('dhcpsrv2', 48): (R_DhcpSetOptionInfoV6, R_DhcpSetOptionInfoV6Response),
    ('dhcpsrv2', 49): (R_DhcpGetOptionInfoV6, R_DhcpGetOptionInfoV6Response),
    ('dhcpsrv2', 50): (R_DhcpEnumOptionsV6, R_DhcpEnumOptionsV6Response),
    ('dhcpsrv2', 51): (R_DhcpRemoveOptionV6, R_DhcpRemoveOptionV6Response),
    ('dhcpsrv2', 52): (R_DhcpSetOptionValueV6, R_DhcpSetOptionValueV6Response),
    ('dhcpsrv2', 53): (R_DhcpEnumOptionValuesV6, R_DhcpEnumOptionValuesV6Response),
    ('dhcpsrv2', 54): (R_DhcpRemoveOptionValueV6, R_DhcpRemoveOptionValueV6Response),
    ('dhcpsrv2', 55): (R_DhcpGetAllOptionsV6, R_DhcpGetAllOptionsV6Response),
    ('dhcpsrv2', 56): (R_DhcpGetAllOptionValuesV6, R_DhcpGetAllOptionValuesV6Response),
    ('dhcpsrv2', 57): (R_DhcpCreateSubnetV6, R_DhcpCreateSubnetV6Response),
    ('dhcpsrv2', 58): (R_DhcpEnumSubnetsV6, R_DhcpEnumSubnetsV6Response),
    ('dhcpsrv2', 59): (R_DhcpAddSubnetElementV6, R_DhcpAddSubnetElementV6Response),
    ('dhcpsrv2', 60): (R_DhcpEnumSubnetElementsV6, R_DhcpEnumSubnetElementsV6Response),
    ('dhcpsrv2', 61): (R_DhcpRemoveSubnetElementV6, R_DhcpRemoveSubnetElementV6Response),
    ('dhcpsrv2', 62): (R_DhcpDeleteSubnetV6, R_DhcpDeleteSubnetV6Response),
    ('dhcpsrv2', 63): (R_DhcpGetSubnetInfoV6, R_DhcpGetSubnetInfoV6Response),
    ('dhcpsrv2', 64): (R_DhcpEnumSubnetClientsV6, R_DhcpEnumSubnetClientsV6Response),
    ('dhcpsrv2', 65): (R_DhcpServerSetConfigV6, R_DhcpServerSetConfigV6Response),
    ('dhcpsrv2', 66): (R_DhcpServerGetConfigV6, R_DhcpServerGetConfigV6Response),
    ('dhcpsrv2', 67): (R_DhcpSetSubnetInfoV6, R_DhcpSetSubnetInfoV6Response),
    ('dhcpsrv2', 68): (R_DhcpGetMibInfoV6, R_DhcpGetMibInfoV6Response),
    ('dhcpsrv2', 69): (R_DhcpGetServerBindingInfoV6, R_DhcpGetServerBindingInfoV6Response),
    ('dhcpsrv2', 70): (R_DhcpSetServerBindingInfoV6, R_DhcpSetServerBindingInfoV6Response),
    ('dhcpsrv2', 71): (R_DhcpSetClientInfoV6, R_DhcpSetClientInfoV6Response),
    ('dhcpsrv2', 72): (R_DhcpGetClientInfoV6, R_DhcpGetClientInfoV6Response),
    ('dhcpsrv2', 73): (R_DhcpDeleteClientInfoV6, R_DhcpDeleteClientInfoV6Response),
    ('dhcpsrv2', 74): (R_DhcpCreateClassV6, R_DhcpCreateClassV6Response),
    ('dhcpsrv2', 75): (R_DhcpModifyClassV6, R_DhcpModifyClassV6Response),
    ('dhcpsrv2', 76): (R_DhcpDeleteClassV6, R_DhcpDeleteClassV6Response),
    ('dhcpsrv2', 77): (R_DhcpEnumClassesV6, R_DhcpEnumClassesV6Response),
    ('dhcpsrv2', 78): (R_DhcpGetOptionValueV6, R_DhcpGetOptionValueV6Response),
    ('dhcpsrv2', 79): (R_DhcpSetSubnetDelayOffer, R_DhcpSetSubnetDelayOfferResponse),
    ('dhcpsrv2', 80): (R_DhcpGetSubnetDelayOffer, R_DhcpGetSubnetDelayOfferResponse),
    ('dhcpsrv2', 81): (R_DhcpGetMibInfoV5, R_DhcpGetMibInfoV5Response),
    ('dhcpsrv2', 82): (R_DhcpAddFilterV4, R_DhcpAddFilterV4Response),
    ('dhcpsrv2', 83): (R_DhcpDeleteFilterV4, R_DhcpDeleteFilterV4Response),
    ('dhcpsrv2', 84): (R_DhcpSetFilterV4, R_DhcpSetFilterV4Response),
    ('dhcpsrv2', 85): (R_DhcpGetFilterV4, R_DhcpGetFilterV4Response),
    ('dhcpsrv2', 86): (R_DhcpEnumFilterV4, R_DhcpEnumFilterV4Response),
    ('dhcpsrv2', 87): (R_DhcpSetDnsRegCredentialsV5, R_DhcpSetDnsRegCredentialsV5Response),
    ('dhcpsrv2', 88):
        (R_DhcpEnumSubnetClientsFilterStatusInfo, R_DhcpEnumSubnetClientsFilterStatusInfoResponse),
    ('dhcpsrv2', 89):
        (R_DhcpV4FailoverCreateRelationship, R_DhcpV4FailoverCreateRelationshipResponse),
    ('dhcpsrv2', 90): (R_DhcpV4FailoverSetRelationship, R_DhcpV4FailoverSetRelationshipResponse),
    ('dhcpsrv2', 91):
        (R_DhcpV4FailoverDeleteRelationship, R_DhcpV4FailoverDeleteRelationshipResponse),
    ('dhcpsrv2', 92): (R_DhcpV4FailoverGetRelationship, R_DhcpV4FailoverGetRelationshipResponse),
    ('dhcpsrv2', 93): (R_DhcpV4FailoverEnumRelationship, R_DhcpV4FailoverEnumRelationshipResponse),
    ('dhcpsrv2', 94):
        (R_DhcpV4FailoverAddScopeToRelationship, R_DhcpV4FailoverAddScopeToRelationshipResponse),
    ('dhcpsrv2', 95):
        (R_DhcpV4FailoverDeleteScopeFromRelationship, R_DhcpV4FailoverDeleteScopeFromRelationshipResponse),
    ('dhcpsrv2', 96):
        (R_DhcpV4FailoverGetScopeRelationship, R_DhcpV4FailoverGetScopeRelationshipResponse),
    ('dhcpsrv2', 97):
        (R_DhcpV4FailoverGetScopeStatistics, R_DhcpV4FailoverGetScopeStatisticsResponse),
    ('dhcpsrv2', 98): (R_DhcpV4FailoverGetClientInfo, R_DhcpV4FailoverGetClientInfoResponse),
    ('dhcpsrv2', 99): (R_DhcpV4FailoverGetSystemTime, R_DhcpV4FailoverGetSystemTimeResponse),
    ('dhcpsrv2', 100):
        (R_DhcpV4FailoverTriggerAddrAllocation, R_DhcpV4FailoverTriggerAddrAllocationResponse),
    ('dhcpsrv2', 101): (R_DhcpV4SetOptionValue, R_DhcpV4SetOptionValueResponse),
    ('dhcpsrv2', 102): (R_DhcpV4SetOptionValues, R_DhcpV4SetOptionValuesResponse),
    ('dhcpsrv2', 103): (R_DhcpV4GetOptionValue, R_DhcpV4GetOptionValueResponse),
    ('dhcpsrv2', 104): (R_DhcpV4RemoveOptionValue, R_DhcpV4RemoveOptionValueResponse),
    ('dhcpsrv2', 105): (R_DhcpV4GetAllOptionValues, R_DhcpV4GetAllOptionValuesResponse),
    ('dhcpsrv2', 106): (R_DhcpV4QueryPolicyEnforcement, R_DhcpV4QueryPolicyEnforcementResponse),
    ('dhcpsrv2', 107): (R_DhcpV4SetPolicyEnforcement, R_DhcpV4SetPolicyEnforcementResponse),
    ('dhcpsrv2', 108): (R_DhcpV4CreatePolicy, R_DhcpV4CreatePolicyResponse),
    ('dhcpsrv2', 109): (R_DhcpV4GetPolicy, R_DhcpV4GetPolicyResponse),
    ('dhcpsrv2', 110): (R_DhcpV4SetPolicy, R_DhcpV4SetPolicyResponse),
    ('dhcpsrv2', 111): (R_DhcpV4DeletePolicy, R_DhcpV4DeletePolicyResponse),
    ('dhcpsrv2', 112): (R_DhcpV4EnumPolicies, R_DhcpV4EnumPoliciesResponse),
    ('dhcpsrv2', 113): (R_DhcpV4AddPolicyRange, R_DhcpV4AddPolicyRangeResponse),
    ('dhcpsrv2', 114): (R_DhcpV4RemovePolicyRange, R_DhcpV4RemovePolicyRangeResponse),
    ('dhcpsrv2', 115): (R_DhcpV4EnumSubnetClients, R_DhcpV4EnumSubnetClientsResponse),
    ('dhcpsrv2', 116): (R_DhcpV6SetStatelessStoreParams, R_DhcpV6SetStatelessStoreParamsResponse),
    ('dhcpsrv2', 117): (R_DhcpV6GetStatelessStoreParams, R_DhcpV6GetStatelessStoreParamsResponse),
    ('dhcpsrv2', 118): (R_DhcpV6GetStatelessStatistics, R_DhcpV6GetStatelessStatisticsResponse),
    ('dhcpsrv2', 119): (R_DhcpV4EnumSubnetReservations, R_DhcpV4EnumSubnetReservationsResponse),
    ('dhcpsrv2', 120): (R_DhcpV4GetFreeIPAddress, R_DhcpV4GetFreeIPAddressResponse),
    ('dhcpsrv2', 121): (R_DhcpV6GetFreeIPAddress, R_DhcpV6GetFreeIPAddressResponse),
    ('dhcpsrv2', 122): (R_DhcpV4CreateClientInfo, R_DhcpV4CreateClientInfoResponse),
    ('dhcpsrv2', 123): (R_DhcpV4GetClientInfo, R_DhcpV4GetClientInfoResponse),
    ('dhcpsrv2', 124): (R_DhcpV6CreateClientInfo, R_DhcpV6CreateClientInfoResponse),
    ('dhcpsrv2', 125):
        (R_DhcpV4FailoverGetAddressStatus, R_DhcpV4FailoverGetAddressStatusResponse),
    ('dhcpsrv2', 126): (R_DhcpV4CreatePolicyEx, R_DhcpV4CreatePolicyExResponse),
    ('dhcpsrv2', 127): (R_DhcpV4GetPolicyEx, R_DhcpV4GetPolicyExResponse),
    ('dhcpsrv2', 128): (R_DhcpV4SetPolicyEx, R_DhcpV4SetPolicyExResponse),
    ('dhcpsrv2', 129): (R_DhcpV4EnumPoliciesEx, R_DhcpV4EnumPoliciesExResponse),
    ('dhcpsrv2', 130): (R_DhcpV4EnumSubnetClientsEx, R_DhcpV4EnumSubnetClientsExResponse),
    ('dhcpsrv2', 131): (R_DhcpV4CreateClientInfoEx, R_DhcpV4CreateClientInfoExResponse),
    ('dhcpsrv2', 132): (R_DhcpV4GetClientInfoEx, R_DhcpV4GetClientInfoExResponse),
}


IDL_PARAMS = {
    'R_DhcpCreateSubnet': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_INFO SubnetInfo',
    ),
    'R_DhcpSetSubnetInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_INFO SubnetInfo',
    ),
    'R_DhcpGetSubnetInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[out] LPDHCP_SUBNET_INFO *SubnetInfo',
    ),
    'R_DhcpEnumSubnets': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_IP_ARRAY *EnumInfo',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpAddSubnetElement': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_ELEMENT_DATA AddElementInfo',
    ),
    'R_DhcpEnumSubnetElements': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in] DHCP_SUBNET_ELEMENT_TYPE EnumElementType',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_SUBNET_ELEMENT_INFO_ARRAY *EnumElementInfo',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpRemoveSubnetElement': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_ELEMENT_DATA RemoveElementInfo',
        '[in] DHCP_FORCE_FLAG ForceFlag',
    ),
    'R_DhcpDeleteSubnet': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in] DHCP_FORCE_FLAG ForceFlag',
    ),
    'R_DhcpCreateOption': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, ref] LPDHCP_OPTION OptionInfo',
    ),
    'R_DhcpSetOptionInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, ref] LPDHCP_OPTION OptionInfo',
    ),
    'R_DhcpGetOptionInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_OPTION_ID OptionID',
        '[out] LPDHCP_OPTION *OptionInfo',
    ),
    'R_DhcpRemoveOption': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_OPTION_ID OptionID',
    ),
    'R_DhcpSetOptionValue': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, ref] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[in, ref] LPDHCP_OPTION_DATA OptionValue',
    ),
    'R_DhcpGetOptionValue': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, ref] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[out] LPDHCP_OPTION_VALUE *OptionValue',
    ),
    'R_DhcpEnumOptionValues': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_OPTION_VALUE_ARRAY *OptionValues',
        '[out] DWORD *OptionsRead',
        '[out] DWORD *OptionsTotal',
    ),
    'R_DhcpRemoveOptionValue': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, ref] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
    ),
    'R_DhcpCreateClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_CLIENT_INFO ClientInfo',
    ),
    'R_DhcpSetClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_CLIENT_INFO ClientInfo',
    ),
    'R_DhcpGetClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_SEARCH_INFO SearchInfo',
        '[out] LPDHCP_CLIENT_INFO *ClientInfo',
    ),
    'R_DhcpDeleteClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_SEARCH_INFO ClientInfo',
    ),
    'R_DhcpEnumSubnetClients': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_CLIENT_INFO_ARRAY *ClientInfo',
        '[out] DWORD *ClientsRead',
        '[out] DWORD *ClientsTotal',
    ),
    'R_DhcpGetClientOptions': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS ClientIpAddress',
        '[in] DHCP_IP_MASK ClientSubnetMask',
        '[out] LPDHCP_OPTION_LIST *ClientOptions',
    ),
    'R_DhcpGetMibInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDHCP_MIB_INFO *MibInfo',
    ),
    'R_DhcpEnumOptions': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_OPTION_ARRAY *Options',
        '[out] DWORD *OptionsRead',
        '[out] DWORD *OptionsTotal',
    ),
    'R_DhcpSetOptionValues': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[in, ref] LPDHCP_OPTION_VALUE_ARRAY OptionValues',
    ),
    'R_DhcpServerSetConfig': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD FieldsToSet',
        '[in, ref] LPDHCP_SERVER_CONFIG_INFO ConfigInfo',
    ),
    'R_DhcpServerGetConfig': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDHCP_SERVER_CONFIG_INFO *ConfigInfo',
    ),
    'R_DhcpScanDatabase': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in] DWORD FixFlag',
        '[out] LPDHCP_SCAN_LIST *ScanList',
    ),
    'R_DhcpGetVersion': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDWORD MajorVersion',
        '[out] LPDWORD MinorVersion',
    ),
    'R_DhcpAddSubnetElementV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_ELEMENT_DATA_V4 AddElementInfo',
    ),
    'R_DhcpEnumSubnetElementsV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in] DHCP_SUBNET_ELEMENT_TYPE EnumElementType',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V4 *EnumElementInfo',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpRemoveSubnetElementV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_ELEMENT_DATA_V4 RemoveElementInfo',
        '[in] DHCP_FORCE_FLAG ForceFlag',
    ),
    'R_DhcpCreateClientInfoV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_CLIENT_INFO_V4 ClientInfo',
    ),
    'R_DhcpSetClientInfoV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_CLIENT_INFO_V4 ClientInfo',
    ),
    'R_DhcpGetClientInfoV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_SEARCH_INFO SearchInfo',
        '[out] LPDHCP_CLIENT_INFO_V4 *ClientInfo',
    ),
    'R_DhcpEnumSubnetClientsV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_CLIENT_INFO_ARRAY_V4 *ClientInfo',
        '[out] DWORD *ClientsRead',
        '[out] DWORD *ClientsTotal',
    ),
    'R_DhcpSetSuperScopeV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, unique, string] WCHAR *SuperScopeName',
        '[in] BOOL ChangeExisting',
    ),
    'R_DhcpGetSuperScopeInfoV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDHCP_SUPER_SCOPE_TABLE *SuperScopeTable',
    ),
    'R_DhcpDeleteSuperScopeV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref, string] WCHAR *SuperScopeName',
    ),
    'R_DhcpServerSetConfigV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD FieldsToSet',
        '[in, ref] LPDHCP_SERVER_CONFIG_INFO_V4 ConfigInfo',
    ),
    'R_DhcpServerGetConfigV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDHCP_SERVER_CONFIG_INFO_V4 *ConfigInfo',
    ),
    'R_DhcpServerSetConfigVQ': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD FieldsToSet',
        '[in, ref] LPDHCP_SERVER_CONFIG_INFO_VQ ConfigInfo',
    ),
    'R_DhcpServerGetConfigVQ': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDHCP_SERVER_CONFIG_INFO_VQ *ConfigInfo',
    ),
    'R_DhcpGetMibInfoVQ': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDHCP_MIB_INFO_VQ *MibInfo',
    ),
    'R_DhcpCreateClientInfoVQ': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_CLIENT_INFO_VQ ClientInfo',
    ),
    'R_DhcpSetClientInfoVQ': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_CLIENT_INFO_VQ ClientInfo',
    ),
    'R_DhcpGetClientInfoVQ': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_SEARCH_INFO SearchInfo',
        '[out] LPDHCP_CLIENT_INFO_VQ *ClientInfo',
    ),
    'R_DhcpEnumSubnetClientsVQ': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_CLIENT_INFO_ARRAY_VQ *ClientInfo',
        '[out] DWORD *ClientsRead',
        '[out] DWORD *ClientsTotal',
    ),
    'R_DhcpCreateSubnetVQ': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_INFO_VQ SubnetInfoVQ',
    ),
    'R_DhcpGetSubnetInfoVQ': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[out] LPDHCP_SUBNET_INFO_VQ *SubnetInfoVQ',
    ),
    'R_DhcpSetSubnetInfoVQ': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_INFO_VQ SubnetInfoVQ',
    ),
    'R_DhcpEnumSubnetClientsV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_CLIENT_INFO_ARRAY_V5 *ClientInfo',
        '[out] DWORD *ClientsRead',
        '[out] DWORD *ClientsTotal',
    ),
    'R_DhcpSetMScopeInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref, string] LPWSTR *MScopeName',
        '[in, ref] LPDHCP_MSCOPE_INFO MScopeInfo',
        '[in] BOOL NewScope',
    ),
    'R_DhcpGetMScopeInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref, string] LPWSTR *MScopeName',
        '[out] LPDHCP_MSCOPE_INFO *MScopeInfo',
    ),
    'R_DhcpEnumMScopes': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_MSCOPE_TABLE *MScopeTable',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpAddMScopeElement': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref, string] LPWSTR *MScopeName',
        '[in, ref] LPDHCP_SUBNET_ELEMENT_DATA_V4 AddElementInfo',
    ),
    'R_DhcpEnumMScopeElements': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref, string] LPWSTR *MScopeName',
        '[in] DHCP_SUBNET_ELEMENT_TYPE EnumElementType',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V4 *EnumElementInfo',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpRemoveMScopeElement': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref, string] LPWSTR *MScopeName',
        '[in, ref] LPDHCP_SUBNET_ELEMENT_DATA_V4 RemoveElementInfo',
        '[in] DHCP_FORCE_FLAG ForceFlag',
    ),
    'R_DhcpDeleteMScope': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref, string] LPWSTR *MScopeName',
        '[in] DHCP_FORCE_FLAG ForceFlag',
    ),
    'R_DhcpScanMDatabase': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref, string] LPWSTR *MScopeName',
        '[in] DWORD FixFlag',
        '[out] LPDHCP_SCAN_LIST *ScanList',
    ),
    'R_DhcpCreateMClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref, string] LPWSTR *MScopeName',
        '[in, ref] LPDHCP_MCLIENT_INFO ClientInfo',
    ),
    'R_DhcpSetMClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_MCLIENT_INFO ClientInfo',
    ),
    'R_DhcpGetMClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_SEARCH_INFO SearchInfo',
        '[out] LPDHCP_MCLIENT_INFO *ClientInfo',
    ),
    'R_DhcpDeleteMClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_SEARCH_INFO ClientInfo',
    ),
    'R_DhcpEnumMScopeClients': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref, string] LPWSTR *MScopeName',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_MCLIENT_INFO_ARRAY *ClientInfo',
        '[out] DWORD *ClientsRead',
        '[out] DWORD *ClientsTotal',
    ),
    'R_DhcpCreateOptionV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionId',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION OptionInfo',
    ),
    'R_DhcpSetOptionInfoV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION OptionInfo',
    ),
    'R_DhcpGetOptionInfoV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[out] LPDHCP_OPTION *OptionInfo',
    ),
    'R_DhcpEnumOptionsV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_OPTION_ARRAY *Options',
        '[out] DWORD *OptionsRead',
        '[out] DWORD *OptionsTotal',
    ),
    'R_DhcpRemoveOptionV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
    ),
    'R_DhcpSetOptionValueV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionId',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[in] LPDHCP_OPTION_DATA OptionValue',
    ),
    'R_DhcpSetOptionValuesV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[in] LPDHCP_OPTION_VALUE_ARRAY OptionValues',
    ),
    'R_DhcpGetOptionValueV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[out] LPDHCP_OPTION_VALUE *OptionValue',
    ),
    'R_DhcpEnumOptionValuesV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_OPTION_VALUE_ARRAY *OptionValues',
        '[out] DWORD *OptionsRead',
        '[out] DWORD *OptionsTotal',
    ),
    'R_DhcpRemoveOptionValueV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
    ),
    'R_DhcpCreateClass': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD ReservedMustBeZero',
        '[in] LPDHCP_CLASS_INFO ClassInfo',
    ),
    'R_DhcpModifyClass': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD ReservedMustBeZero',
        '[in] LPDHCP_CLASS_INFO ClassInfo',
    ),
    'R_DhcpDeleteClass': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD ReservedMustBeZero',
        '[in, string, unique] WCHAR *ClassName',
    ),
    'R_DhcpGetClassInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD ReservedMustBeZero',
        '[in] LPDHCP_CLASS_INFO PartialClassInfo',
        '[out] LPDHCP_CLASS_INFO *FilledClassInfo',
    ),
    'R_DhcpEnumClasses': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD ReservedMustBeZero',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_CLASS_INFO_ARRAY *ClassInfoArray',
        '[out] DWORD *nRead',
        '[out] DWORD *nTotal',
    ),
    'R_DhcpGetAllOptions': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[out] LPDHCP_ALL_OPTIONS *OptionStruct',
    ),
    'R_DhcpGetAllOptionValues': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[out] LPDHCP_ALL_OPTION_VALUES *Values',
    ),
    'R_DhcpGetMCastMibInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDHCP_MCAST_MIB_INFO *MibInfo',
    ),
    'R_DhcpAuditLogSetParams': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in, string] LPWSTR AuditLogDir',
        '[in] DWORD DiskCheckInterval',
        '[in] DWORD MaxLogFilesSize',
        '[in] DWORD MinSpaceOnDisk',
    ),
    'R_DhcpAuditLogGetParams': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[out] LPWSTR_RPC_STRING *AuditLogDir',
        '[out] DWORD *DiskCheckInterval',
        '[out] DWORD *MaxLogFilesSize',
        '[out] DWORD *MinSpaceOnDisk',
    ),
    'R_DhcpServerQueryAttribute': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] ULONG dwReserved',
        '[in] DHCP_ATTRIB_ID DhcpAttribId',
        '[out] LPDHCP_ATTRIB *pDhcpAttrib',
    ),
    'R_DhcpServerQueryAttributes': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] ULONG dwReserved',
        '[in, range(0, 6)] ULONG dwAttribCount',
        '[in, size_is(dwAttribCount)] LPDHCP_ATTRIB_ID pDhcpAttribs',
        '[out] LPDHCP_ATTRIB_ARRAY *pDhcpAttribArr',
    ),
    'R_DhcpServerRedoAuthorization': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] ULONG dwReserved',
    ),
    'R_DhcpAddSubnetElementV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_ELEMENT_DATA_V5 AddElementInfo',
    ),
    'R_DhcpEnumSubnetElementsV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in] DHCP_SUBNET_ELEMENT_TYPE EnumElementType',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V5 *EnumElementInfo',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpRemoveSubnetElementV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_ELEMENT_DATA_V5 RemoveElementInfo',
        '[in] DHCP_FORCE_FLAG ForceFlag',
    ),
    'R_DhcpGetServerBindingInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] ULONG Flags',
        '[out] LPDHCP_BIND_ELEMENT_ARRAY *BindElementsInfo',
    ),
    'R_DhcpSetServerBindingInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] ULONG Flags',
        '[in, ref] LPDHCP_BIND_ELEMENT_ARRAY BindElementsInfo',
    ),
    'R_DhcpQueryDnsRegCredentials': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, range(0, 1024)] ULONG UnameSize',
        '[out, size_is(UnameSize)] wchar_t *Uname',
        '[in, range(0, 1024)] ULONG DomainSize',
        '[out, size_is(DomainSize)] wchar_t *Domain',
    ),
    'R_DhcpSetDnsRegCredentials': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, string, unique] LPWSTR Uname',
        '[in, string, unique] LPWSTR Domain',
        '[in, string, unique] LPWSTR Passwd',
    ),
    'R_DhcpBackupDatabase': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, string] LPWSTR Path',
    ),
    'R_DhcpRestoreDatabase': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, string] LPWSTR Path',
    ),
    'R_DhcpGetServerSpecificStrings': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDHCP_SERVER_SPECIFIC_STRINGS *ServerSpecificStrings',
    ),
    'R_DhcpCreateOptionV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionId',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION OptionInfo',
    ),
    'R_DhcpSetOptionInfoV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION OptionInfo',
    ),
    'R_DhcpGetOptionInfoV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[out] LPDHCP_OPTION *OptionInfo',
    ),
    'R_DhcpEnumOptionsV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_OPTION_ARRAY *Options',
        '[out] DWORD *OptionsRead',
        '[out] DWORD *OptionsTotal',
    ),
    'R_DhcpRemoveOptionV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
    ),
    'R_DhcpSetOptionValueV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionId',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO6 ScopeInfo',
        '[in] LPDHCP_OPTION_DATA OptionValue',
    ),
    'R_DhcpEnumOptionValuesV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO6 ScopeInfo',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_OPTION_VALUE_ARRAY *OptionValues',
        '[out] DWORD *OptionsRead',
        '[out] DWORD *OptionsTotal',
    ),
    'R_DhcpRemoveOptionValueV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO6 ScopeInfo',
    ),
    'R_DhcpGetAllOptionsV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[out] LPDHCP_ALL_OPTIONS *OptionStruct',
    ),
    'R_DhcpGetAllOptionValuesV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] LPDHCP_OPTION_SCOPE_INFO6 ScopeInfo',
        '[out] LPDHCP_ALL_OPTION_VALUES *Values',
    ),
    'R_DhcpCreateSubnetV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IPV6_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_INFO_V6 SubnetInfo',
    ),
    'R_DhcpEnumSubnetsV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCPV6_IP_ARRAY *EnumInfo',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpAddSubnetElementV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IPV6_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_ELEMENT_DATA_V6 AddElementInfo',
    ),
    'R_DhcpEnumSubnetElementsV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IPV6_ADDRESS SubnetAddress',
        '[in] DHCP_SUBNET_ELEMENT_TYPE_V6 EnumElementType',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V6 *EnumElementInfo',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpRemoveSubnetElementV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IPV6_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_ELEMENT_DATA_V6 RemoveElementInfo',
        '[in] DHCP_FORCE_FLAG ForceFlag',
    ),
    'R_DhcpDeleteSubnetV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IPV6_ADDRESS SubnetAddress',
        '[in] DHCP_FORCE_FLAG ForceFlag',
    ),
    'R_DhcpGetSubnetInfoV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IPV6_ADDRESS SubnetAddress',
        '[out] LPDHCP_SUBNET_INFO_V6 *SubnetInfo',
    ),
    'R_DhcpEnumSubnetClientsV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IPV6_ADDRESS SubnetAddress',
        '[in, out] DHCP_RESUME_IPV6_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_CLIENT_INFO_ARRAY_V6 *ClientInfo',
        '[out] DWORD *ClientsRead',
        '[out] DWORD *ClientsTotal',
    ),
    'R_DhcpServerSetConfigV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_OPTION_SCOPE_INFO6 ScopeInfo',
        '[in] DWORD FieldsToSet',
        '[in, ref] LPDHCP_SERVER_CONFIG_INFO_V6 ConfigInfo',
    ),
    'R_DhcpServerGetConfigV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_OPTION_SCOPE_INFO6 ScopeInfo',
        '[out] LPDHCP_SERVER_CONFIG_INFO_V6 *ConfigInfo',
    ),
    'R_DhcpSetSubnetInfoV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IPV6_ADDRESS SubnetAddress',
        '[in, ref] LPDHCP_SUBNET_INFO_V6 SubnetInfo',
    ),
    'R_DhcpGetMibInfoV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDHCP_MIB_INFO_V6 *MibInfo',
    ),
    'R_DhcpGetServerBindingInfoV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] ULONG Flags',
        '[out] LPDHCPV6_BIND_ELEMENT_ARRAY *BindElementsInfo',
    ),
    'R_DhcpSetServerBindingInfoV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] ULONG Flags',
        '[in, ref] LPDHCPV6_BIND_ELEMENT_ARRAY BindElementsInfo',
    ),
    'R_DhcpSetClientInfoV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_CLIENT_INFO_V6 ClientInfo',
    ),
    'R_DhcpGetClientInfoV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_SEARCH_INFO_V6 SearchInfo',
        '[out] LPDHCP_CLIENT_INFO_V6 *ClientInfo',
    ),
    'R_DhcpDeleteClientInfoV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_SEARCH_INFO_V6 ClientInfo',
    ),
    'R_DhcpCreateClassV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD ReservedMustBeZero',
        '[in] LPDHCP_CLASS_INFO_V6 ClassInfo',
    ),
    'R_DhcpModifyClassV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD ReservedMustBeZero',
        '[in] LPDHCP_CLASS_INFO_V6 ClassInfo',
    ),
    'R_DhcpDeleteClassV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD ReservedMustBeZero',
        '[in, string, unique] WCHAR *ClassName',
    ),
    'R_DhcpEnumClassesV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD ReservedMustBeZero',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_CLASS_INFO_ARRAY_V6 *ClassInfoArray',
        '[out] DWORD *nRead',
        '[out] DWORD *nTotal',
    ),
    'R_DhcpGetOptionValueV6': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *ClassName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO6 ScopeInfo',
        '[out] LPDHCP_OPTION_VALUE OptionValue',
    ),
    'R_DhcpSetSubnetDelayOffer': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in] USHORT TimeDelayInMilliseconds',
    ),
    'R_DhcpGetSubnetDelayOffer': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[out] USHORT *TimeDelayInMilliseconds',
    ),
    'R_DhcpGetMibInfoV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDHCP_MIB_INFO_V5 *MibInfo',
    ),
    'R_DhcpAddFilterV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_FILTER_ADD_INFO *AddFilterInfo',
        '[in] BOOL ForceFlag',
    ),
    'R_DhcpDeleteFilterV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_ADDR_PATTERN *DeleteFilterInfo',
    ),
    'R_DhcpSetFilterV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_FILTER_GLOBAL_INFO *GlobalFilterInfo',
    ),
    'R_DhcpGetFilterV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] DHCP_FILTER_GLOBAL_INFO *GlobalFilterInfo',
    ),
    'R_DhcpEnumFilterV4': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, out] LPDHCP_ADDR_PATTERN ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[in] DHCP_FILTER_LIST_TYPE ListType',
        '[out] LPDHCP_FILTER_ENUM_INFO *EnumFilterInfo',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpSetDnsRegCredentialsV5': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, string, unique] LPWSTR Uname',
        '[in, string, unique] LPWSTR Domain',
        '[in, string, unique] LPWSTR Passwd',
    ),
    'R_DhcpEnumSubnetClientsFilterStatusInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_CLIENT_FILTER_STATUS_INFO_ARRAY *ClientInfo',
        '[out] DWORD *ClientRead',
        '[out] DWORD *ClientsTotal',
    ),
    'R_DhcpV4FailoverCreateRelationship': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] LPDHCP_FAILOVER_RELATIONSHIP pRelationship',
    ),
    'R_DhcpV4FailoverSetRelationship': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] LPDHCP_FAILOVER_RELATIONSHIP pRelationship',
    ),
    'R_DhcpV4FailoverDeleteRelationship': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, string, unique] LPWSTR pRelationshipName',
    ),
    'R_DhcpV4FailoverGetRelationship': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, string, unique] LPWSTR pRelationshipName',
        '[out] LPDHCP_FAILOVER_RELATIONSHIP *pRelationship',
    ),
    'R_DhcpV4FailoverEnumRelationship': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD preferredMaximum',
        '[out] LPDHCP_FAILOVER_RELATIONSHIP_ARRAY *pRelationship',
        '[out] LPDWORD relationshipRead',
        '[out] LPDWORD relationshipTotal',
    ),
    'R_DhcpV4FailoverAddScopeToRelationship': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] LPDHCP_FAILOVER_RELATIONSHIP pRelationship',
    ),
    'R_DhcpV4FailoverDeleteScopeFromRelationship': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] LPDHCP_FAILOVER_RELATIONSHIP pRelationship',
    ),
    'R_DhcpV4FailoverGetScopeRelationship': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS scopeId',
        '[out] LPDHCP_FAILOVER_RELATIONSHIP *pRelationship',
    ),
    'R_DhcpV4FailoverGetScopeStatistics': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS scopeId',
        '[out] LPDHCP_FAILOVER_STATISTICS *pStats',
    ),
    'R_DhcpV4FailoverGetClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_SEARCH_INFO SearchInfo',
        '[out] LPDHCPV4_FAILOVER_CLIENT_INFO *ClientInfo',
    ),
    'R_DhcpV4FailoverGetSystemTime': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDWORD pTime',
    ),
    'R_DhcpV4FailoverTriggerAddrAllocation': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, unique, string] LPWSTR FailRelName',
    ),
    'R_DhcpV4SetOptionValue': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *PolicyName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[in] LPDHCP_OPTION_DATA OptionValue',
    ),
    'R_DhcpV4SetOptionValues': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in, string, unique] WCHAR *PolicyName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[in] LPDHCP_OPTION_VALUE_ARRAY OptionValues',
    ),
    'R_DhcpV4GetOptionValue': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *PolicyName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[out] LPDHCP_OPTION_VALUE *OptionValue',
    ),
    'R_DhcpV4RemoveOptionValue': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] DHCP_OPTION_ID OptionID',
        '[in, string, unique] WCHAR *PolicyName',
        '[in, string, unique] WCHAR *VendorName',
        '[in] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
    ),
    'R_DhcpV4GetAllOptionValues': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD Flags',
        '[in] LPDHCP_OPTION_SCOPE_INFO ScopeInfo',
        '[out] LPDHCP_ALL_OPTION_VALUES_PB *Values',
    ),
    'R_DhcpV4QueryPolicyEnforcement': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] BOOL ServerPolicy',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[out] BOOL *Enabled',
    ),
    'R_DhcpV4SetPolicyEnforcement': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] BOOL ServerPolicy',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in] BOOL Enable',
    ),
    'R_DhcpV4CreatePolicy': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] LPDHCP_POLICY pPolicy',
    ),
    'R_DhcpV4GetPolicy': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] BOOL ServerPolicy',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, unique, string] LPWSTR PolicyName',
        '[out] LPDHCP_POLICY *Policy',
    ),
    'R_DhcpV4SetPolicy': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD FieldsModified',
        '[in] BOOL ServerPolicy',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, unique, string] LPWSTR PolicyName',
        '[in] LPDHCP_POLICY Policy',
    ),
    'R_DhcpV4DeletePolicy': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] BOOL ServerPolicy',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, unique, string] LPWSTR PolicyName',
    ),
    'R_DhcpV4EnumPolicies': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, out] LPDWORD ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[in] BOOL ServerPolicy',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[out] LPDHCP_POLICY_ARRAY EnumInfo',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpV4AddPolicyRange': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, unique, string] LPWSTR PolicyName',
        '[in] LPDHCP_IP_RANGE Range',
    ),
    'R_DhcpV4RemovePolicyRange': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, unique, string] LPWSTR PolicyName',
        '[in] LPDHCP_IP_RANGE Range',
    ),
    'R_DhcpV4EnumSubnetClients': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_CLIENT_INFO_PB_ARRAY *ClientInfo',
        '[out] DWORD *ClientsRead',
        '[out] DWORD *ClientsTotal',
    ),
    'R_DhcpV6SetStatelessStoreParams': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] BOOL fServerLevel',
        '[in] DHCP_IPV6_ADDRESS SubnetAddress',
        '[in] DWORD FieldModified',
        '[in] LPDHCPV6_STATELESS_PARAMS Params',
    ),
    'R_DhcpV6GetStatelessStoreParams': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] BOOL fServerLevel',
        '[in] DHCP_IPV6_ADDRESS SubnetAddress',
        '[out] LPDHCPV6_STATELESS_PARAMS Params',
    ),
    'R_DhcpV6GetStatelessStatistics': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[out] LPDHCPV6_STATELESS_STATS *StatelessStats',
    ),
    'R_DhcpV4EnumSubnetReservations': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_RESERVATION_INFO_ARRAY EnumElementInfo',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpV4GetFreeIPAddress': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS ScopeId',
        '[in] DHCP_IP_ADDRESS startIP',
        '[in] DHCP_IP_ADDRESS endIP',
        '[in] DWORD numFreeAddr',
        '[out] LPDHCP_IP_ARRAY *IPAddrList',
    ),
    'R_DhcpV6GetFreeIPAddress': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IPV6_ADDRESS ScopeId',
        '[in] DHCP_IPV6_ADDRESS startIP',
        '[in] DHCP_IPV6_ADDRESS endIP',
        '[in] DWORD numFreeAddr',
        '[out] LPDHCPV6_IP_ARRAY *IPAddrList',
    ),
    'R_DhcpV4CreateClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_CLIENT_INFO_PB ClientInfo',
    ),
    'R_DhcpV4GetClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_SEARCH_INFO SearchInfo',
        '[out] LPDHCP_CLIENT_INFO_PB *ClientInfo',
    ),
    'R_DhcpV6CreateClientInfo': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_CLIENT_INFO_V6 ClientInfo',
    ),
    'R_DhcpV4FailoverGetAddressStatus': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[out] LPDWORD pStatus',
    ),
    'R_DhcpV4CreatePolicyEx': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] LPDHCP_POLICY_EX pPolicy',
    ),
    'R_DhcpV4GetPolicyEx': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] BOOL ServerPolicy',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, unique, string] LPWSTR PolicyName',
        '[out] LPDHCP_POLICY_EX *Policy',
    ),
    'R_DhcpV4SetPolicyEx': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DWORD FieldsModified',
        '[in] BOOL ServerPolicy',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, unique, string] LPWSTR PolicyName',
        '[in] LPDHCP_POLICY_EX Policy',
    ),
    'R_DhcpV4EnumPoliciesEx': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, out] LPDWORD ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[in] BOOL ServerPolicy',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[out] LPDHCP_POLICY_EX_ARRAY EnumInfo',
        '[out] DWORD *ElementsRead',
        '[out] DWORD *ElementsTotal',
    ),
    'R_DhcpV4EnumSubnetClientsEx': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in] DHCP_IP_ADDRESS SubnetAddress',
        '[in, out] DHCP_RESUME_HANDLE *ResumeHandle',
        '[in] DWORD PreferredMaximum',
        '[out] LPDHCP_CLIENT_INFO_EX_ARRAY *ClientInfo',
        '[out] DWORD *ClientsRead',
        '[out] DWORD *ClientsTotal',
    ),
    'R_DhcpV4CreateClientInfoEx': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_CLIENT_INFO_EX ClientInfo',
    ),
    'R_DhcpV4GetClientInfoEx': (
        '[in, unique, string] DHCP_SRV_HANDLE ServerIpAddress',
        '[in, ref] LPDHCP_SEARCH_INFO SearchInfo',
        '[out] LPDHCP_CLIENT_INFO_EX *ClientInfo',
    ),
}


################################################################################
# impacket's own dhcpm classes whose encoding is identical to ours
################################################################################

def _impacket_conformant():
    from impacket.dcerpc.v5 import dhcpm as imp
    return {
        ('dhcpsrv', 2): (imp.DhcpGetSubnetInfo, imp.DhcpGetSubnetInfoResponse),
        ('dhcpsrv', 34): (None, imp.DhcpGetClientInfoV4Response),
        ('dhcpsrv', 35): (imp.DhcpEnumSubnetClientsV4, None),
        ('dhcpsrv2', 123): (None, imp.DhcpV4GetClientInfoResponse),
    }


# (request class or None, response class or None) per call, as METHODS; None
# where impacket's class encodes differently (module docstring)
IMPACKET_CONFORMANT = _impacket_conformant()
