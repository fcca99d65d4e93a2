"""The stub-aware mutator: damages one DCE/RPC request or response PDU where
NDR is most fragile.

Targets come from the plugin's own decoding of the intact capture (PDML
positions of the NDR referent IDs, conformance and variance counts, union
discriminants and the IDL's size_is/switch_is members), so a mutation
lands on a count or a pointer rather than anywhere.  Random byte
overwrites, bit flips, cuts and extensions of the stub, a different opnum
and the other integer byte order complete the set.  Lengths in the PDU
header follow the stub, so the damage reaches the stub dissector instead
of stopping at DCE/RPC framing.  Counts and referent IDs of NDR64 stubs
(8 bytes) get values that wrap or shrink when cut to 32 bits.
"""

import struct

from pcapng import REQUEST

# PDML field name -> kind of mutation that fits it
TARGET_FIELDS = {
    'dhcpm.ndr.referent_id': 'referent',
    'dhcpm.ndr.max_count': 'count',
    'dhcpm.ndr.offset': 'count',
    'dhcpm.ndr.actual_count': 'count',
    'dhcpm.ndr.union_switch': 'switch',
    'dhcpm.search.type': 'switch',
    'dhcpm.relationship.scope_count': 'count',
    'dhcpm.relationship_count': 'count',
    'dhcpm.binary_data.data_length': 'count',
}

WIDTH = {2: 'H', 4: 'I', 8: 'Q'}

# A request may be re-sent as another method of its interface: dhcpsrv has
# opnums 0-50, dhcpsrv2 0-132 (a request above 50 can only be dhcpsrv2's).
DHCPSRV_OPNUMS = list(range(0, 51))
DHCPSRV2_OPNUMS = list(range(0, 133))


class Target:
    __slots__ = ('offset', 'size', 'kind')

    def __init__(self, offset, size, kind):
        self.offset, self.size, self.kind = offset, size, kind


def _endian(pdu):
    return '<' if pdu[4] & 0x10 else '>'


# (offset, size) of the PDU header integers after the data representation:
# frag_len, auth_len, call_id, alloc_hint, context id, opnum (or cancel count)
HEADER_INTEGERS = ((8, 2), (10, 2), (12, 4), (16, 4), (20, 2), (22, 2))


def _hostile32(rng, orig, left):
    return rng.choice([
        0, 1, 2, 3, 0x7F, 0xFF, 0x100, 0x3FFF, 0x4000, 0xFFFF, 0x10000,
        0x3FFFFFFF, 0x40000000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF,
        (orig + 1) & 0xFFFFFFFF, (orig - 1) & 0xFFFFFFFF, (orig * 2) & 0xFFFFFFFF,
        left, left // 2, left // 2 + 1, left // 4, left // 4 + 1, left // 48 + 1,
        rng.getrandbits(32), rng.randrange(64)])


class Mutator:
    def __init__(self, rng):
        self.rng = rng

    def mutate(self, pdu, targets):
        """A damaged copy of pdu (bytes) and a short description."""
        rng = self.rng
        pdu = bytearray(pdu)
        done = []
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            op = rng.choice(('count', 'count', 'count', 'referent', 'referent', 'switch',
                             'bytes', 'bytes', 'flip', 'opnum', 'drep', 'cut', 'extend'))
            what = getattr(self, 'op_' + op)(pdu, targets)
            if what:
                done.append(what)
        if not done:
            done.append(self.op_bytes(pdu, targets))
        return bytes(pdu), ' '.join(done)

    # ---- targeted ----------------------------------------------------------

    def _pick(self, pdu, targets, kinds):
        live = [t for t in targets if t.kind in kinds and t.offset + t.size <= len(pdu)]
        return self.rng.choice(live) if live else None

    def op_count(self, pdu, targets):
        """A count or length: 4 bytes, or 8 in NDR64."""
        t = self._pick(pdu, targets, ('count',))
        if t is None or t.size not in WIDTH:
            return None
        fmt = _endian(pdu) + WIDTH[t.size]
        orig = struct.unpack_from(fmt, pdu, t.offset)[0]
        value = _hostile32(self.rng, orig, len(pdu) - t.offset - t.size)
        if t.size == 8:
            # values that are small, or wrap, once cut to 32 bits or doubled
            value = self.rng.choice([value, value | (1 << 32), 1 << 63, (1 << 64) - 1,
                                     1 << 62, (value << 32) & ((1 << 64) - 1)])
        struct.pack_into(fmt, pdu, t.offset, value)
        return 'count@%d=%#x' % (t.offset, value)

    def op_referent(self, pdu, targets):
        t = self._pick(pdu, targets, ('referent',))
        if t is None or t.size not in WIDTH:
            return None
        fmt = _endian(pdu) + WIDTH[t.size]
        orig = struct.unpack_from(fmt, pdu, t.offset)[0]
        ones = (1 << (8 * t.size)) - 1
        value = self.rng.choice([0, 0, 0x00020000, ones, 1, orig ^ 0x4,
                                 self.rng.getrandbits(8 * t.size)]) if orig else \
            self.rng.choice([0x00020000, 0x00020004, 1, ones])
        if t.size == 8 and self.rng.random() < 0.2:
            value = 1 << 32             # non-NULL only in the high half
        struct.pack_into(fmt, pdu, t.offset, value)
        return 'referent@%d=%#x' % (t.offset, value)

    def op_switch(self, pdu, targets):
        """A discriminant or enum: 2 bytes, or 4 in NDR64."""
        t = self._pick(pdu, targets, ('switch',))
        if t is None or t.size not in WIDTH:
            return None
        value = self.rng.choice([0, 1, 2, 3, 4, 0x100, 0xFFFF, self.rng.getrandbits(16)])
        if t.size == 4:
            value = self.rng.choice([value, 0x10000, 0xFFFFFFFF, 0x10002])
        struct.pack_into(_endian(pdu) + WIDTH[t.size], pdu, t.offset, value)
        return 'switch@%d=%#x' % (t.offset, value)

    # ---- anywhere in the stub ------------------------------------------------

    def _stub(self, pdu):
        return 24 + (16 if pdu[2] == REQUEST and pdu[3] & 0x80 else 0), len(pdu)

    def op_bytes(self, pdu, targets):
        start, end = self._stub(pdu)
        if end <= start:
            return None
        n = self.rng.choice((1, 1, 2, 4, 8))
        for _ in range(n):
            pdu[self.rng.randrange(start, end)] = self.rng.choice((0, 0xFF, 0x7F, 0x80,
                                                                   self.rng.getrandbits(8)))
        return 'bytes*%d' % n

    def op_flip(self, pdu, targets):
        start, end = self._stub(pdu)
        if end <= start:
            return None
        at = self.rng.randrange(start, end)
        pdu[at] ^= 1 << self.rng.randrange(8)
        return 'flip@%d' % at

    # ---- header and length ---------------------------------------------------

    def op_opnum(self, pdu, targets):
        if pdu[2] != REQUEST:
            return None
        opnum = struct.unpack_from(_endian(pdu) + 'H', pdu, 22)[0]
        value = self.rng.choice(DHCPSRV2_OPNUMS if opnum > 50 else DHCPSRV_OPNUMS)
        struct.pack_into(_endian(pdu) + 'H', pdu, 22, value)
        return 'opnum=%d' % value

    def op_drep(self, pdu, targets):
        """The other integer byte order, header included, stub bytes unchanged."""
        old = _endian(pdu)
        values = [(o, s, struct.unpack_from(old + ('H' if s == 2 else 'I'), pdu, o)[0])
                  for o, s in HEADER_INTEGERS]
        pdu[4] ^= 0x10
        new = _endian(pdu)
        for o, s, v in values:
            struct.pack_into(new + ('H' if s == 2 else 'I'), pdu, o, v)
        return 'drep=%s' % ('little' if new == '<' else 'big')

    def _set_lengths(self, pdu):
        e = _endian(pdu)
        struct.pack_into(e + 'H', pdu, 8, len(pdu))
        start, _ = self._stub(pdu)
        struct.pack_into(e + 'I', pdu, 16, len(pdu) - start)

    def op_cut(self, pdu, targets):
        start, end = self._stub(pdu)
        if end <= start:
            return None
        at = self.rng.randrange(start, end)
        del pdu[at:]
        self._set_lengths(pdu)
        return 'cut@%d' % at

    def op_extend(self, pdu, targets):
        n = self.rng.choice((1, 2, 3, 4, 8, 48, 200))
        pdu.extend(self.rng.getrandbits(8) for _ in range(n))
        self._set_lengths(pdu)
        return 'extend+%d' % n
