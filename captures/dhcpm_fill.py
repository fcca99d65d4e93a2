#!/usr/bin/python3
"""Deterministic value filler for the MS-DHCPM objects of dhcpm_types.

    import dhcpm_types as T, dhcpm_fill as F
    req = F.fill(T.R_DhcpCreateSubnet)                     # a class or an instance
    resp = F.fill(T.R_DhcpEnumSubnetClientsV4Response(), profile='long', length=300)
    resp = F.fill(T.R_DhcpGetClientInfoV4Response(), profile='null', error_code=0x4E2D)
    for k in range(F.max_arms(T.R_DhcpAddSubnetElementV5)):      # every union arm
        F.fill(T.R_DhcpAddSubnetElementV5, arm=k)

fill(obj, profile='full', seed=0, arm=None, length=None, error_code=0)
    populates obj (a call of dhcpm_types.METHODS, or any structure of
    dhcpm_types) in place and returns it.  Same arguments, same values.
fill_pair(iface, opnum, **same_arguments) -> (request, response)
max_arms(cls) -> the largest arm count of the unions a call or type holds

Profiles
    full    every unique pointer set, arrays of 2 or 3 elements, strings with
            a non-ASCII one here and there ('Zürich', '東京'), byte blobs of a
            realistic size (a 6-byte MAC for hardware addresses, a 14-byte
            DUID for DHCPv6 client identifiers, ...)
    null    every unique pointer NULL (strings, [out] pointers, arrays, the
            pointer arms of unions); what cannot be NULL ([ref] parameters,
            structures in place, in-place strings and arrays) is filled as
            in full, in-place arrays with 0 elements
    empty   every pointer set, every array with 0 elements (count 0),
            strings empty (just the terminating NUL), byte blobs empty
    long    as full, but every array at the outermost nesting level (not
            inside an element of another array) holds `length` elements
            (default 300); the arrays within their elements hold 1, byte
            blobs keep their normal size.  Arrays whose size has a [range]
            stay within it (pDhcpAttribs: 6, Uname/Domain: 1024).

Unions
    arm=None picks arms round-robin (offset by seed); arm=k picks the k-th
    arm (sorted by case value, modulo the arm count, empty arms included) of
    every union, so range(max_arms(cls)) covers them all.  The discriminant
    member is set to match (dhcpm_types.select_arm).  For the subnet element
    unions (ELEMENT_MASK) the DhcpIpRanges arm is reached with ElementType
    DhcpIpRanges, DhcpIpRangesDhcpOnly, DhcpIpRangesDhcpBootp or
    DhcpIpRangesBootpOnly (0, 5, 6, 7) in turn, depending on seed and the
    union's position; the wire discriminant is then 0.

Values
    Every scalar of a call is distinct (a counter) and in range for its type,
    with these exceptions for plausibility: BOOLs are 0 or 1, subnet masks come
    from a list of prefix lengths, ReservedMustBeZero / dwReserved are 0,
    client types / address states / percentages / hardware types / TTLs stay
    in their meaningful ranges.  Enums take their defined values (round robin).
    DHCP_IP_ADDRESS values are 10.x.y.z (subnet-like members such as
    SubnetAddress or scopeId end in .0), DATE_TIME values FILETIMEs after
    2024-06-20 with one in three the infinite DATE_TIME (0x7FFFFFFF,
    0xFFFFFFFF), DHCP_IPV6_ADDRESS values in 2001:db8::/32 (the low half 0
    for subnets), ULONGLONGs above 2**32, INT64s negative.  Every [size_is]
    count member equals its array's length (0 for a NULL pointer);
    *Read / *Total out-parameters of enumerations match the array
    returned.  R_DhcpQueryDnsRegCredentials: the request's UnameSize /
    DomainSize and the response's Uname / Domain array lengths agree for the
    same profile and length (dns_sizes()).  ErrorCode is error_code (0).

Reading the values back: see the docstring of dhcpm_types ("Reading and
writing objects").
"""

import datetime

import dhcpm_types as T

PROFILES = ('full', 'null', 'empty', 'long')
DEFAULT_LENGTH = 300

T0 = datetime.datetime(2024, 6, 20, 9, 30, tzinfo=datetime.timezone.utc)
FILETIME_EPOCH = datetime.datetime(1601, 1, 1, tzinfo=datetime.timezone.utc)
INFINITE_DATE_TIME = (T.DHCP_DATE_TIME_INFINIT_LOW, T.DHCP_DATE_TIME_INFINIT_HIGH)
PREFIXES = (24, 16, 25, 22, 8, 26, 20, 27, 12, 28, 23, 30, 21, 29, 18, 19, 17, 13, 14, 15, 9, 10,
            11)
OPTION_IDS = (3, 6, 15, 44, 46, 51, 66, 67, 81, 119, 121, 252, 1, 28, 42, 43, 60, 150, 2, 4)
RANGES = {'pDhcpAttribs': 6, 'Uname': 1024, 'Domain': 1024}

NON_ASCII = ('Zürich', '東京', 'Genève', 'Škoda', 'Łódź')


def max_arms(cls_or_obj):
    """Largest arm count of the unions reachable from a call or type (1 if
    none), so that fill(..., arm=k) for k in range(max_arms(...)) covers
    every arm of every union."""
    seen, best = set(), [1]

    def visit(cls):
        if cls in seen or not isinstance(cls, type):
            return
        seen.add(cls)
        if issubclass(cls, T.Union):
            best[0] = max(best[0], len(cls.union))
            for arm in cls.union.values():
                if arm:
                    visit(arm[1])
        elif issubclass(cls, (T.Struct, T.Call)):
            for _, sub in cls.structure:
                visit(sub)
        elif issubclass(cls, T.NDRPOINTER):
            for _, sub in cls.referent:
                visit(sub)
        elif issubclass(cls, T.CArray):
            visit(cls.item)
    visit(cls_or_obj if isinstance(cls_or_obj, type) else type(cls_or_obj))
    return best[0]


def dns_sizes(profile='full', length=None):
    """(UnameSize, DomainSize) used by fill() for R_DhcpQueryDnsRegCredentials."""
    if profile == 'empty':
        return 0, 0
    if profile == 'long':
        n = min(length or DEFAULT_LENGTH, RANGES['Uname'])
        return n, n
    return 24, 16


class _Filler:
    def __init__(self, profile, seed, arm, length, error_code):
        if profile not in PROFILES:
            raise ValueError('profile %r not in %r' % (profile, PROFILES))
        self.profile = profile
        self.seed = seed
        self.arm = arm
        self.length = length if length is not None else DEFAULT_LENGTH
        self.error_code = error_code
        self.n = seed * 1000
        self.strings = seed
        self.dates = seed
        self.unions = 0
        self.arrays = seed
        self.array_depth = 0
        self.call = ''
        self.attribs = 0

    # ---- counters and leaf values -----------------------------------------

    def tick(self):
        self.n += 1
        return self.n

    def ipv4(self, hint):
        n = self.tick()
        a, b = 1 + n // 250 % 250, 1 + n % 250
        if self.is_subnet(hint):
            return (10 << 24) | (a << 16) | (b << 8)
        return (10 << 24) | (a << 16) | (b << 8) | (1 + (n * 7) % 253)

    @staticmethod
    def is_subnet(hint):
        h = hint.lower()
        return ('subnet' in h or 'scope' in h or 'cluster' in h) and 'mask' not in h

    def mask(self):
        prefix = PREFIXES[self.tick() % len(PREFIXES)]
        return (0xFFFFFFFF << (32 - prefix)) & 0xFFFFFFFF

    def scalar(self, cls, hint):
        """A value for a scalar class (hint: the member name)."""
        h = hint.lower()
        if hint == 'ErrorCode':
            return self.error_code
        if hint in ('ReservedMustBeZero', 'dwReserved'):
            return 0
        if cls is T.BOOL:
            return self.tick() % 2
        if cls is T.DHCP_IP_MASK or (cls in (T.DWORD, T.ULONG) and 'mask' in h):
            return self.mask()
        if cls is T.DHCP_IP_ADDRESS:
            return self.ipv4(hint)
        if cls is T.DHCP_OPTION_ID:
            return OPTION_IDS[self.tick() % len(OPTION_IDS)]
        if cls is T.DHCP_ATTRIB_ID:
            return 1 + self.tick() % 6
        if cls is T.BYTE:
            n = self.tick()
            if 'clienttype' in h:
                return (T.CLIENT_TYPE_DHCP, T.CLIENT_TYPE_BOOTP, T.CLIENT_TYPE_BOTH, T.CLIENT_TYPE_NONE,
                        T.CLIENT_TYPE_BOTH | T.CLIENT_TYPE_RESERVATION_FLAG)[n % 5]
            if h == 'addressstate':
                return n % 4
            if h == 'percentage':
                return n % 101
            if h == 'hwtype':
                return T.HWTYPE_ETHERNET_10MB
            if h == 'ttl':
                return 1 + n % 255
            return n % 256
        if cls in (T.WORD, T.USHORT):
            n = self.tick()
            return (n * 10) % 65536 if 'delay' in h else n % 65536
        if cls is T.ULONGLONG:
            return (1 << 32) + self.tick() * 0x10001
        if cls is T.INT64:
            return -((1 << 33) + self.tick())
        if cls in (T.DWORD, T.ULONG, T.DHCP_RESUME_HANDLE):
            n = self.tick()
            if h == 'prefix':
                return (64, 48, 56, 60)[n % 4]
            return (1000 + n * 17) & 0xFFFFFFFF
        raise TypeError('no value for %r' % cls)

    def enum(self, cls):
        values = cls.values()
        return values[self.tick() % len(values)]

    def text(self, hint):
        if self.profile == 'empty':
            return ''
        self.strings += 1
        k, n = self.strings, self.tick()
        h = hint.lower()
        if hint == 'ServerIpAddress':
            base = ('192.0.2.10', '\\\\dhcp1.example.com', 'dhcp-%d.corp.example' % n)[k % 3]
        elif h in ('netbiosname',):
            base = 'DHCP-SRV%d' % n
        elif 'host' in h or h in ('clientname', 'primaryservername', 'secondaryservername'):
            base = 'host-%d.corp.example' % n
        elif 'comment' in h or 'desc' in h:
            base = 'comment %d' % n
        elif 'path' in h or 'dir' in h:
            base = 'C:\\Windows\\System32\\dhcp\\dir%d' % n
        elif h == 'databasename':
            base = 'dhcp%d.mdb' % n
        elif h == 'langtag':
            base = ('en-US', 'de-CH', 'ja-JP')[k % 3]
        elif 'ipv6' in h:
            base = '2001:db8::%x' % n
        elif h == 'passwd':
            base = 'P@ssw0rd-%d' % n
        elif h == 'domain':
            base = 'CORP%d' % n
        elif h == 'uname':
            base = 'svc-dhcp%d' % n
        else:
            word = hint[1:] if hint[:1] == 'p' and hint[1:2].isupper() else hint
            if word.endswith('Names') or word.endswith('Name'):
                word = word[:word.rindex('Name')] or word
            base = '%s-%d' % (word[:1].lower() + word[1:], n)
        if k % 3 == 1:
            base = '%s %s' % (base, NON_ASCII[k // 3 % len(NON_ASCII)])
        return base

    def mac(self):
        n = self.tick()
        return [0x00, 0x15, 0x5D, (n >> 16) & 0xFF, (n >> 8) & 0xFF, n & 0xFF]

    def blob(self, hint, parent):
        """Bytes of a DHCP_BINARY_DATA / LPBYTE array."""
        if self.profile == 'empty':
            return []
        h = hint.lower()
        name = type(parent).__name__
        if h in ('clientduid',) or (h == 'reservedforclient' and 'V6' in name):
            n = self.tick()     # DUID-LLT: type 1, hardware type 1, time, MAC
            return [0, 1, 0, 1, 0x2E, 0x1A, (n >> 8) & 0xFF, n & 0xFF] + self.mac()
        if h in ('clienthardwareaddress', 'reservedforclient') or 'hw' in h:
            return self.mac()
        if h == 'clientid':
            n = self.tick()
            return [0x01, 0x02, (n >> 8) & 0xFF, n & 0xFF, 0x0A, 0x0B, 0x0C, 0x0D]
        if h == 'classdata':
            return list(('MSFT 5.%d' % (self.tick() % 10)).encode('ascii'))
        if h == 'ifid':
            n = self.tick()
            return [(n + i * 29) & 0xFF for i in range(16)]
        n = self.tick()
        return [(n + i * 13) & 0xFF for i in range(3 + n % 4)]

    def date_time(self):
        k = self.dates
        self.dates += 1
        if k % 3 == 1:
            return INFINITE_DATE_TIME
        when = T0 + datetime.timedelta(hours=self.tick(), seconds=self.n % 60)
        ticks = int((when - FILETIME_EPOCH).total_seconds()) * 10000000
        return ticks & 0xFFFFFFFF, ticks >> 32

    def ipv6(self, hint):
        n = self.tick()
        high = (0x20010DB8 << 32) | ((n & 0xFFFF) << 16) | ((n >> 16) & 0xFFFF)
        low = 0 if self.is_subnet(hint) or hint.lower() in ('prefix',) else 0x1000 + n
        return high, low

    def array_length(self, hint):
        if self.profile == 'empty':
            return 0
        if self.profile == 'long':
            n = self.length if self.array_depth == 0 else 1
        else:
            self.arrays += 1
            n = 2 + self.arrays % 2
        return min(n, RANGES.get(hint, n))

    # ---- structures ---------------------------------------------------------

    def fill_members(self, obj):
        for name, cls in obj.structure:
            self.fill_field(obj, name, cls)
        for array, count in obj.SIZE_IS.items():
            if count in obj.fields:
                obj[count] = self.count_of(obj, array)
        return obj

    @staticmethod
    def count_of(obj, name):
        if isinstance(obj.fields[name], T.CArray):
            return len(obj.fields[name].fields['Data'])
        if T.is_null(obj, name):
            return 0
        return len(obj[name])

    def fill_struct(self, obj, hint, parent):
        cls = type(obj)
        if issubclass(cls, T.DATE_TIME):
            obj['dwLowDateTime'], obj['dwHighDateTime'] = self.date_time()
        elif issubclass(cls, T.DHCP_IPV6_ADDRESS):
            obj['HighOrderBits'], obj['LowOrderBits'] = self.ipv6(hint)
        elif issubclass(cls, T.DHCP_BINARY_DATA):
            data = self.blob(hint, parent)
            if self.profile == 'null':
                obj['Data'] = T.NULL
                obj['DataLength'] = 0
            else:
                obj['Data'] = data
                obj['DataLength'] = len(data)
        elif issubclass(cls, T.DHCP_ADDR_PATTERN):
            self.fill_members(obj)
            mac = bytes(self.mac())
            wildcard = obj['IsWildcard']
            obj['HWType'] = T.HWTYPE_ETHERNET_10MB
            obj['Length'] = 3 if wildcard else len(mac)
            obj['Pattern'] = mac[:obj['Length']]
        elif issubclass(cls, T.DHCP_ATTRIB):
            self.fill_members(obj)
            # the attribute IDs 1..5 are BOOLs, 6 (restore status) a ULONG
            if obj['DhcpAttribType'] == T.DHCP_ATTRIB_TYPE_ULONG:
                obj['DhcpAttribId'] = T.DHCP_ATTRIB_ULONG_RESTORE_STATUS
            else:
                obj['DhcpAttribId'] = 1 + (self.seed + self.attribs) % 5
            self.attribs += 1
        else:
            self.fill_members(obj)
        return obj

    def fill_field(self, obj, name, cls):
        """Fill member / parameter `name` of obj, declared as class cls."""
        if issubclass(cls, T.Union):
            self.fill_union(obj, name)
        elif issubclass(cls, T.Struct):
            self.fill_struct(obj.fields[name], name, obj)
        elif issubclass(cls, T.WSTR):
            obj[name] = self.text(name) + '\x00'
        elif issubclass(cls, T.CArray):
            obj[name] = self.array_items(cls, name, obj, in_place=True)
        elif issubclass(cls, T.NDRPOINTER):
            self.fill_pointer(obj, name, cls)
        elif issubclass(cls, T.Enum16):
            obj[name] = self.enum(cls)
        elif issubclass(cls, T.PATTERN_ARRAY):
            obj[name] = bytes(T.MAX_PATTERN_LENGTH)
        else:
            obj[name] = self.scalar(cls, name)

    def fill_pointer(self, obj, name, cls):
        if self.profile == 'null':
            obj[name] = T.NULL
            return
        if issubclass(cls, T.LPWSTR) or cls is T._LPWSTR:
            obj[name] = self.text(name) + '\x00'
            return
        target = dict(cls.referent)['Data']
        if issubclass(target, T.CArray):
            obj[name] = self.array_items(target, name, obj)
            return
        pointer = obj.fields[name]
        self.fill_value(pointer, 'Data', target, name, obj)

    def fill_value(self, holder, key, cls, hint, parent):
        """holder.fields[key] is an instance of cls (a pointee)."""
        if issubclass(cls, T.Struct):
            self.fill_struct(holder.fields[key], hint, parent)
        elif issubclass(cls, T.Enum16):
            holder[key] = self.enum(cls)
        else:
            holder[key] = self.scalar(cls, hint)

    def array_items(self, cls, hint, parent, in_place=False):
        if cls.ELEMENT in (T.BYTE,):
            return self.blob(hint, parent)
        if cls.ELEMENT is T.WCHAR:
            if hint in ('Uname', 'Domain'):
                size = dns_sizes(self.profile, self.length)[hint == 'Domain']
                units = list(self.text(hint).encode('utf-16-le'))
                units = [units[i] | units[i + 1] << 8 for i in range(0, len(units), 2)]
                return (units + [0] * size)[:size]
            text = self.text(hint)
            units = list((text + '\x00').encode('utf-16-le')) if text else []
            return [units[i] | units[i + 1] << 8 for i in range(0, len(units), 2)]
        n = 0 if (in_place and self.profile == 'null') else self.array_length(hint)
        items = []
        self.array_depth += 1
        try:
            for _ in range(n):
                items.append(self.array_item(cls, hint, parent))
        finally:
            self.array_depth -= 1
        return items

    def array_item(self, cls, hint, parent):
        item = cls.item
        if isinstance(item, str):
            if isinstance(parent, (T.DHCP_IP_ARRAY,)):
                # scope lists, except the free addresses of R_DhcpV4GetFreeIPAddress
                hint = 'IpAddress' if 'FreeIPAddress' in self.call else 'SubnetAddress'
            return self.scalar(cls.ELEMENT, hint)
        if issubclass(item, T.Struct):
            return self.fill_struct(item(), hint, parent)
        if issubclass(item, T.LPWSTR) or item is T._LPWSTR:
            pointer = item()
            pointer['Data'] = self.text(hint) + '\x00'
            return pointer
        if issubclass(item, T.NDRPOINTER):
            pointer = item()
            self.fill_value(pointer, 'Data', dict(item.referent)['Data'], hint, parent)
            return pointer
        raise TypeError(item)

    def fill_union(self, obj, name):
        union = obj.fields[name]
        tags = sorted(union.union)
        if self.arm is None:
            tag = tags[(self.seed + self.unions) % len(tags)]
        else:
            tag = tags[self.arm % len(tags)]
        self.unions += 1
        value = tag
        disc = obj.SWITCH_IS[name]
        if obj.SWITCH_MASK.get(name) and tag == 0:
            choices = [v for v in (0, 5, 6, 7) if v in type(obj.fields[disc]).values()]
            value = choices[(self.seed + self.unions) % len(choices)]
        T.select_arm(obj, name, value)
        arm = union.union[tag]
        if arm is not None:
            self.fill_field(union, arm[0], arm[1])

    # ---- calls ----------------------------------------------------------------

    def fill_call(self, call):
        name = self.call = type(call).__name__
        for pname, cls in call.structure:
            if pname in ('UnameSize', 'DomainSize') and name == 'R_DhcpQueryDnsRegCredentials':
                call[pname] = dns_sizes(self.profile, self.length)[pname == 'DomainSize']
            else:
                self.fill_field(call, pname, cls)
        for array, count in call.SIZE_IS.items():
            if count in call.fields:
                call[count] = self.count_of(call, array)
        self.match_read_total(call)
        return call

    def match_read_total(self, call):
        reads = [p for p, _ in call.structure if p.endswith('Read')]
        totals = [p for p, _ in call.structure if p.endswith('Total')]
        if not reads and not totals:
            return
        count = None
        for pname, cls in call.structure:
            holder = call.fields[pname]
            if isinstance(holder, T.NDRPOINTER):
                if T.is_null(call, pname):
                    count = count if count is not None else 0
                    continue
                holder = holder.fields['Data']
            if isinstance(holder, T.Struct) and holder.SIZE_IS:
                array, member = next(iter(holder.SIZE_IS.items()))
                count = holder[member]
                break
        if count is None:
            return
        for p in reads:
            call[p] = count
        for p in totals:
            call[p] = count + (3 if self.profile == 'full' else 0)


def fill(obj, profile='full', seed=0, arm=None, length=None, error_code=0):
    """Populate a dhcpm_types call or structure (class or instance) and
    return it; see the module docstring."""
    if isinstance(obj, type):
        obj = obj()
    filler = _Filler(profile, seed, arm, length, error_code)
    if isinstance(obj, T.Call):
        return filler.fill_call(obj)
    if isinstance(obj, T.Struct):
        return filler.fill_struct(obj, type(obj).__name__, None)
    raise TypeError('fill() takes a dhcpm_types call or structure, not %r' % type(obj))


def fill_pair(iface, opnum, **kwargs):
    """(request, response) of METHODS[(iface, opnum)], both filled with the
    same arguments."""
    request_class, response_class = T.METHODS[(iface, opnum)]
    return fill(request_class, **kwargs), fill(response_class, **kwargs)
