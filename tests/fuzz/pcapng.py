"""Just enough pcapng, Ethernet, IPv4, TCP and DCE/RPC (connection-oriented)
to take our captures apart and put mutated copies of them back together.

Standard library only.  Reads what dumpcap writes for the loopback
interface: one section, Ethernet link type, enhanced packet blocks.
"""

import struct

SHB, IDB, EPB = 0x0A0D0D0A, 0x00000001, 0x00000006

# DCE/RPC connection-oriented PDU types (C706 12.6.4)
REQUEST, RESPONSE, FAULT, BIND, BIND_ACK, ALTER, ALTER_RESP = 0, 2, 3, 11, 12, 14, 15
PFC_OBJECT_UUID = 0x80


class Packet:
    __slots__ = ('ts_high', 'ts_low', 'data', 'if_id')

    def __init__(self, ts_high, ts_low, data, if_id=0):
        self.ts_high, self.ts_low, self.data, self.if_id = ts_high, ts_low, data, if_id


def read(path):
    """(header blocks as bytes, [Packet]); blocks other than SHB, IDB and EPB
    (statistics, name resolution) are dropped."""
    raw = open(path, 'rb').read()
    pos, header, packets = 0, [], []
    endian = '<'
    while pos + 12 <= len(raw):
        btype = struct.unpack_from(endian + 'I', raw, pos)[0]
        if btype == SHB:
            endian = '<' if raw[pos + 8:pos + 12] == b'\x4d\x3c\x2b\x1a' else '>'
        blen = struct.unpack_from(endian + 'I', raw, pos + 4)[0]
        if blen < 12 or pos + blen > len(raw):
            raise ValueError('%s: bad block at %d' % (path, pos))
        block = raw[pos:pos + blen]
        if btype in (SHB, IDB):
            if endian != '<':
                raise ValueError('%s: big-endian pcapng is not supported' % path)
            header.append(block)
        elif btype == EPB:
            if_id, ts_high, ts_low, caplen, _ = struct.unpack_from('<IIIII', block, 8)
            packets.append(Packet(ts_high, ts_low, block[28:28 + caplen], if_id))
        pos += blen
    return b''.join(header), packets


def epb(p):
    pad = (-len(p.data)) % 4
    blen = 32 + len(p.data) + pad
    return (struct.pack('<IIIIIII', EPB, blen, p.if_id, p.ts_high, p.ts_low,
                        len(p.data), len(p.data)) + p.data + b'\0' * pad + struct.pack('<I', blen))


def write(path, header, packets):
    with open(path, 'wb') as f:
        f.write(header)
        for p in packets:
            f.write(epb(p))


class Tcp:
    """An Ethernet/IPv4/TCP frame split into its parts."""
    __slots__ = ('eth', 'ip', 'tcp', 'payload', 'src', 'dst', 'sport', 'dport', 'seq', 'ack')

    def __init__(self, data):
        if len(data) < 54 or data[12:14] != b'\x08\x00' or data[14] >> 4 != 4:
            raise ValueError('not Ethernet/IPv4')
        ihl = (data[14] & 0x0F) * 4
        if data[23] != 6:
            raise ValueError('not TCP')
        total = struct.unpack_from('>H', data, 16)[0]
        tcp_at = 14 + ihl
        doff = (data[tcp_at + 12] >> 4) * 4
        self.eth = data[:14]
        self.ip = bytearray(data[14:tcp_at])
        self.tcp = bytearray(data[tcp_at:tcp_at + doff])
        self.payload = data[tcp_at + doff:14 + total]
        self.src, self.dst = bytes(self.ip[12:16]), bytes(self.ip[16:20])
        self.sport, self.dport, self.seq, self.ack = struct.unpack_from('>HHII', self.tcp, 0)

    def key(self):
        return (self.src, self.sport, self.dst, self.dport)

    def build(self, payload, src, sport, dst, dport, seq, ack):
        """The frame again with new addresses, sequence numbers and payload;
        IP total length follows the payload (checksums are not checked by
        Wireshark's defaults and are left as they are)."""
        ip = bytearray(self.ip)
        ip[12:16], ip[16:20] = src, dst
        struct.pack_into('>H', ip, 2, len(ip) + len(self.tcp) + len(payload))
        tcp = bytearray(self.tcp)
        struct.pack_into('>HHII', tcp, 0, sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF)
        return self.eth + bytes(ip) + bytes(tcp) + payload


def dcerpc_pdus(payload):
    """The connection-oriented DCE/RPC PDUs that a TCP payload holds whole,
    as (offset, type, frag_len); None when it is not exactly that."""
    out, pos = [], 0
    while pos < len(payload):
        if len(payload) - pos < 16 or payload[pos] != 5 or payload[pos + 1] != 0:
            return None
        little = payload[pos + 4] & 0x10
        frag_len = struct.unpack_from('<H' if little else '>H', payload, pos + 8)[0]
        if frag_len < 16 or pos + frag_len > len(payload):
            return None
        out.append((pos, payload[pos + 2], frag_len))
        pos += frag_len
    return out


def stub_bounds(pdu):
    """(start, end) of the stub in a request or response PDU."""
    little = pdu[4] & 0x10
    auth_len = struct.unpack_from('<H' if little else '>H', pdu, 10)[0]
    start = 24
    if pdu[2] == REQUEST and pdu[3] & PFC_OBJECT_UUID:
        start = 40
    end = len(pdu)
    if auth_len:
        end -= auth_len + 8
    return start, max(start, end)
