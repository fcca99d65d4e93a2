"""The ground truth of a call: the dhcpm.* values a correct decoder shows.

A call is an impacket object of dhcpm_types (the encoder written from the
specification, independently of the dissector), filled with values.  This
module walks it beside the type model of idl/dhcpm.idl and names each value
with the display filter the plugin gives it (tools/idlgen decides the
names: the walk and the plugin cannot disagree on a name, only on a value).
Values are listed per field in the order the decoder meets them: NDR order,
where a pointer's target comes after the flat part of the structure that
holds it, each target followed by its own targets (tshark -T json -e lists
a field's values in that order).

Value forms, as the truth files have them: integers (enums, counts,
booleans 0/1, times: FILETIME ticks or seconds since 1970 as the field
says, see TIME_FIELDS), dotted IPv4 and textual IPv6 addresses, strings
without their NUL, byte arrays as lowercase hex, Ethernet addresses as
aa:bb:cc:dd:ee:ff.
"""

import collections
import ipaddress
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, 'tools', 'idlgen'))

from cnf import parse_cnf                                        # noqa: E402
from codegen import (ConfArray, DwordDword, FileTime, FixedArray, Generator, Ipv6, ParentHf,  # noqa: E402
                     Ptr, Scalar, StringT, StructT, UnionT)
from idl_parser import attr_get, parse_idl                      # noqa: E402

from impacket.dcerpc.v5.ndr import NDRPOINTERNULL               # noqa: E402


class Truth:
    """Ordered multi-valued dict of dhcpm.* field values for one PDU."""

    def __init__(self, opnum=None):
        self.d = collections.OrderedDict()
        if opnum is not None:
            self.add('dhcpm.opnum', opnum)

    def add(self, field, value):
        self.d.setdefault(field, []).append(value)
        return self


class Walker:
    def __init__(self):
        with open(os.path.join(ROOT, 'idl', 'dhcpm.idl'), encoding='utf-8') as f:
            self.idl = parse_idl(f.read())
        with open(os.path.join(ROOT, 'idl', 'dhcpm.cnf'), encoding='utf-8') as f:
            self.cnf = parse_cnf(f.read())
        self.gen = Generator(self.idl, self.cnf)
        self.ifaces = {i.name: i for i in self.idl.interfaces}
        self.macs = {b: m for b, m, _ in self.cnf.macs}
        self.time_fields = {}          # filter -> 'filetime' | 'time_t'

    # ---- a call ----------------------------------------------------------

    def truth(self, iface, opnum, direction, call, truth=None):
        """The Truth of one direction of a call (request or response)."""
        method = self.ifaces[iface].methods[opnum]
        t = truth if truth is not None else Truth(opnum)
        mctx = self.gen.cfg(self.cnf.contexts, 'CONTEXT', method.name, None)
        for p in method.params:
            if not (p.is_in if direction == 'request' else p.is_out):
                continue
            ctx = self.gen.member_ctx(method.name, p.name, mctx)
            node = self.gen.param_node(method, p, ctx)
            field = self.gen.field_for(node, method.name, p.name, False, ctx)
            deferred = []
            self.value(node, call.fields[p.name], call[p.name], field, t, deferred)
            self.flush(deferred, t)
        if direction == 'response':
            t.add('dhcpm.werror', call['ErrorCode'])
        return t

    def flush(self, deferred, t):
        for node, raw, view, field in deferred:
            inner = []
            self.value(node, raw, view, field, t, inner)
            self.flush(inner, t)

    # ---- values ------------------------------------------------------------

    @staticmethod
    def is_null(raw):
        if isinstance(raw, NDRPOINTERNULL):
            return True
        fields = getattr(raw, 'fields', {})
        return fields.get('ReferentID', 1) == 0

    def value(self, node, raw, view, field, t, deferred):
        filt = field.filter
        if isinstance(node, Scalar):
            t.add(filt, self.scalar(field, node, view))
        elif isinstance(node, FileTime):
            self.time_fields[filt] = 'filetime'
            t.add(filt, view['dwLowDateTime'] | (view['dwHighDateTime'] << 32))
        elif isinstance(node, Ipv6):
            t.add(filt, self.ipv6(view))
        elif isinstance(node, DwordDword):
            t.add(filt, (view['DWord1'] << 32) | view['DWord2'])
        elif isinstance(node, StringT):
            t.add(filt, text(view))
        elif isinstance(node, Ptr):
            if not self.is_null(raw):
                deferred.append((node.target, raw.fields['Data'], raw['Data'], field))
        elif isinstance(node, StructT):
            self.struct(node, view, field, t, deferred)
        elif isinstance(node, UnionT):
            self.union(node, view, field, t, deferred)
        elif isinstance(node, ConfArray):
            self.array(node, raw, view, field, t, deferred)
        elif isinstance(node, FixedArray):
            # the encoder sends the bytes given, then zeros to the array's size
            data = bytes(view)
            t.add(filt, (data + bytes(node.count - len(data))).hex())
        else:
            raise TypeError('no truth for %r' % node)

    def scalar(self, field, node, v):
        v = int(v)
        if field.ftype == 'FT_IPv4':
            return str(ipaddress.IPv4Address(v))
        if field.ftype == 'FT_ABSOLUTE_TIME':
            self.time_fields[field.filter] = 'time_t'
        return v

    @staticmethod
    def ipv6(view):
        return str(ipaddress.IPv6Address((view['HighOrderBits'] << 64) | view['LowOrderBits']))

    def struct(self, node, view, field, t, deferred):
        st, ctx = node.struct, node.ctx
        vm = self.gen.cfg(self.cnf.value_member, 'VALUE_MEMBER', st.name, ctx)
        for m in st.members:
            mnode = self.gen.member_node(st, m, ctx)
            if vm == m.name:
                mfield = field
            else:
                mfield = self.gen.field_for(mnode, st.name, m.name, True, ctx)
            self.value(mnode, view.fields[m.name], view[m.name], mfield, t, deferred)

    def union(self, node, view, field, t, deferred):
        tag = view['tag']
        for arm in node.union.arms:
            case = attr_get(arm.attrs, 'case')
            if case is None or self.gen.case_value(case.args[0]) != tag:
                continue
            if arm.empty:
                return
            ctx = node.ctx if self.gen.differs(node.owner, node.ctx) else None
            unode = UnionT(node.union, node.owner, node.member, ctx)
            anode = self.gen.arm_node(unode, arm)
            afield = self.gen.field_for(anode, node.owner, arm.name, True, ctx)
            self.value(anode, view.fields[arm.name], view[arm.name], afield, t, deferred)
            return
        raise ValueError('union %s.%s: no arm for tag %r' % (node.owner, node.member, tag))

    def array(self, node, raw, view, field, t, deferred):
        elem = node.elem
        items = list(view)
        if isinstance(elem, Scalar) and elem.size == 1:
            data = bytes(items)
            t.add(field.filter, data.hex())
            mac = self.macs.get(field.filter)
            if mac:
                m = mac_of(data)
                if m:
                    t.add(mac, m)
            return
        if isinstance(elem, Scalar) and elem.wchar:
            units = [int(u) for u in items]
            if 0 in units:
                units = units[:units.index(0)]
            t.add(field.filter, ''.join(map(chr, units)).encode('utf-16', 'surrogatepass')
                  .decode('utf-16') if units else '')
            return
        for item in items:
            if isinstance(elem, Ptr):
                self.value(elem, item, None, field, t, deferred)
            elif isinstance(elem, Scalar):
                t.add(field.filter, self.scalar(field, elem, item))
            else:
                self.value(elem, item, item, field, t, deferred)


def text(s):
    """A string of the encoder without its terminating NUL."""
    if s.endswith('\x00'):
        s = s[:-1]
    return s


def mac_of(data):
    """The Ethernet address a client identifier holds (the plugin's rule)."""
    if len(data) == 6:
        m = data
    elif len(data) == 7 and data[0] == 1:
        m = data[1:]
    elif len(data) == 11 and data[4] == 1:
        m = data[5:]
    else:
        return None
    return ':'.join('%02x' % b for b in m)
