#!/usr/bin/env python3
"""Build a large capture for the benchmark by replaying real ones.

    make_capture.py --calls N [--source CAPTURE ...] OUTPUT.pcap

Every TCP conversation of the source captures (captures/*.pcapng, recorded
from a real DCE/RPC stack) is replayed again and again, each time as a new
connection: a new client address and port, new TCP sequence numbers, new
DCE/RPC call IDs and later timestamps.  The result is a classic pcap
(nanosecond timestamps) with at least N DCE/RPC requests and their responses,
in the mix of the source: conforming.pcapng (the default) has every failover
method, authenticated, with large paged Enum and GetRelationship responses.
Nothing here is particular to dhcpm: any connection-oriented DCE/RPC capture
over TCP/IPv4 on Ethernet replays, whatever its interface (bench.py --anchor
replays bench/anchor-srvsvc.pcapng, the traffic of Wireshark's own srvsvc
dissector, the same way).

Beside OUTPUT.pcap, OUTPUT.pcap.json says what it holds: calls, frames,
replays and the stub bytes of the requests and responses (each PDU's
frag_len less its header, auth verifier and auth padding), counted from
the source's byte streams and multiplied by the replays: what a
sub-dissector of the interface is handed to decode.

The IPv4 header checksum is recomputed; the TCP checksum is left as recorded
(loopback captures carry partial checksums, and Wireshark does not verify TCP
checksums unless told to).  Standard library only.
"""

import argparse
import json
import os
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = os.path.join(HERE, '..', 'captures', 'conforming.pcapng')

LINKTYPE_ETHERNET = 1
PCAP_NSEC_MAGIC = 0xa1b23c4d


# ---- reading ---------------------------------------------------------------

def read_pcapng(data):
    """(timestamp in ns, frame bytes) of every packet of an Ethernet pcapng."""
    packets, resol, off = [], {}, 0
    endian = '<'
    while off + 12 <= len(data):
        btype, blen = struct.unpack_from(endian + 'II', data, off)
        if btype == 0x0A0D0D0A:
            endian = '<' if data[off + 8:off + 12] == b'\x4d\x3c\x2b\x1a' else '>'
            btype, blen = struct.unpack_from(endian + 'II', data, off)
            resol = {}
        elif btype == 1:                           # interface description
            linktype, = struct.unpack_from(endian + 'H', data, off + 8)
            if linktype != LINKTYPE_ETHERNET:
                raise SystemExit('only Ethernet captures can be replayed')
            ns_per_tick = 1000                    # default: microseconds
            opt = off + 16
            while opt + 4 <= off + blen - 4:
                code, olen = struct.unpack_from(endian + 'HH', data, opt)
                if code == 0:
                    break
                if code == 9:                     # if_tsresol
                    r = data[opt + 4]
                    ns_per_tick = (10 ** 9 // 10 ** r) if r < 0x80 else 10 ** 9 / 2 ** (r & 0x7f)
                opt += 4 + (olen + 3) // 4 * 4
            resol[len(resol)] = ns_per_tick
        elif btype == 6:                           # enhanced packet
            ifid, hi, lo, caplen = struct.unpack_from(endian + 'IIII', data, off + 8)
            ts = int(((hi << 32) | lo) * resol[ifid])
            packets.append((ts, bytes(data[off + 28:off + 28 + caplen])))
        off += blen
    return packets


def read_pcap(data):
    magic, = struct.unpack_from('<I', data, 0)
    endian = '<' if magic in (0xa1b2c3d4, 0xa1b23c4d) else '>'
    magic, = struct.unpack_from(endian + 'I', data, 0)
    scale = 1 if magic == PCAP_NSEC_MAGIC else 1000
    if struct.unpack_from(endian + 'I', data, 20)[0] != LINKTYPE_ETHERNET:
        raise SystemExit('only Ethernet captures can be replayed')
    packets, off = [], 24
    while off + 16 <= len(data):
        sec, frac, caplen, _ = struct.unpack_from(endian + 'IIII', data, off)
        packets.append((sec * 10 ** 9 + frac * scale, bytes(data[off + 16:off + 16 + caplen])))
        off += 16 + caplen
    return packets


def read_capture(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:4] == b'\x0a\x0d\x0d\x0a':
        return read_pcapng(data)
    return read_pcap(data)


# ---- the template: what changes from one replay to the next ---------------

class Conversation:
    def __init__(self, index, client, server):
        self.index = index
        self.client = client                      # (ip bytes, port)
        self.server = server
        # per direction (True: from the client): the bytes, and the frames they came in
        self.streams = {True: bytearray(), False: bytearray()}
        self.segments = {True: [], False: []}     # (template packet, stream offset, length)
        self.next_seq = {}
        self.stub_bytes = {0: 0, 2: 0}            # per ptype: request, response


class TemplatePacket:
    """A frame with the offsets of everything a replay rewrites."""

    def __init__(self, ts, frame, conv, from_client, ip_off, tcp_off, payload_off):
        self.ts = ts
        self.frame = frame
        self.conv = conv
        self.from_client = from_client
        self.ip_off = ip_off
        self.tcp_off = tcp_off
        self.payload_off = payload_off
        self.call_ids = []                        # (frame offset, byte index 0-3, endian)


def parse_template(packets):
    convs, template = {}, []
    for ts, frame in packets:
        if len(frame) < 14 + 20 or frame[12:14] != b'\x08\x00':
            continue                              # only IPv4 is replayed
        ip_off = 14
        ihl = (frame[ip_off] & 0x0f) * 4
        if frame[ip_off + 9] != 6:
            continue                              # only TCP
        tcp_off = ip_off + ihl
        src = (frame[ip_off + 12:ip_off + 16], struct.unpack_from('!H', frame, tcp_off)[0])
        dst = (frame[ip_off + 16:ip_off + 20], struct.unpack_from('!H', frame, tcp_off + 2)[0])
        key = tuple(sorted([src, dst]))
        conv = convs.get(key)
        if conv is None:
            # the first packet of a conversation is the client's SYN
            conv = convs[key] = Conversation(len(convs), src, dst)
        from_client = src == conv.client
        payload_off = tcp_off + (frame[tcp_off + 12] >> 4) * 4
        ip_end = ip_off + struct.unpack_from('!H', frame, ip_off + 2)[0]
        pkt = TemplatePacket(ts, frame, conv, from_client, ip_off, tcp_off, payload_off)
        payload = frame[payload_off:ip_end]
        if payload:
            seq = struct.unpack_from('!I', frame, tcp_off + 4)[0]
            expected = conv.next_seq.get(from_client)
            # a retransmission is replayed as it was; only new bytes are parsed
            if expected is None or seq == expected:
                stream = conv.streams[from_client]
                conv.segments[from_client].append((pkt, len(stream), len(payload)))
                stream.extend(payload)
                conv.next_seq[from_client] = (seq + len(payload)) & 0xffffffff
        template.append(pkt)
    for conv in convs.values():
        for direction in (True, False):
            locate_call_ids(conv, direction)
    return template, len(convs)


def locate_call_ids(conv, from_client):
    """Finds the call_id of every DCE/RPC PDU in one direction's byte stream
    and notes where its bytes sit in the template frames."""
    stream = conv.streams[from_client]
    segments = conv.segments[from_client]
    pos = 0
    while pos + 16 <= len(stream):
        if stream[pos] != 5:                      # not connection-oriented DCE/RPC v5
            return
        frag_len = struct.unpack_from('<H' if stream[pos + 4] & 0x10 else '>H', stream, pos + 8)[0]
        endian = 'little' if stream[pos + 4] & 0x10 else 'big'
        for i in range(4):
            at = pos + 12 + i
            for pkt, start, length in segments:
                if start <= at < start + length:
                    pkt.call_ids.append((pkt.payload_off + at - start, i, endian))
                    break
        if frag_len < 16:
            return
        ptype, flags = stream[pos + 2], stream[pos + 3]
        if ptype in conv.stub_bytes and pos + frag_len <= len(stream):
            # request: 24 bytes of header, 40 with an object UUID; response: 24
            header = 40 if ptype == 0 and flags & 0x80 else 24
            auth_len = struct.unpack_from('<H' if endian == 'little' else '>H', stream, pos + 10)[0]
            trailer = auth_len + 8 + stream[pos + frag_len - auth_len - 6] if auth_len else 0
            conv.stub_bytes[ptype] += max(0, frag_len - header - trailer)
        pos += frag_len


def count_requests(template):
    """DCE/RPC requests (ptype 0, PFC_FIRST_FRAG) in the template: calls per replay."""
    n = 0
    for pkt in template:
        starts = sorted({off - i for off, i, _ in pkt.call_ids})
        for s in starts:
            pdu = s - 12
            # a request fragmented in several PDUs is one call: its first
            if pdu >= pkt.payload_off and pkt.frame[pdu + 2] == 0 and pkt.frame[pdu + 3] & 1:
                n += 1
    return n


# ---- writing ---------------------------------------------------------------

def ip_checksum(header):
    total = 0
    for i in range(0, len(header), 2):
        total += (header[i] << 8) | header[i + 1]
    while total >> 16:
        total = (total & 0xffff) + (total >> 16)
    return (~total) & 0xffff


def free_ports(low=20000, high=60000):
    """Client ports no Wireshark dissector is registered on: a port that
    belongs to another protocol would hide the DCE/RPC heuristic."""
    taken = set()
    try:
        out = subprocess.run(['tshark', '-G', 'decodes'], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, check=True).stdout.decode()
        for line in out.splitlines():
            table, port = line.split('\t')[:2]
            if table == 'tcp.port' and port.isdigit():
                taken.add(int(port))
    except (OSError, subprocess.CalledProcessError):
        print('make_capture: tshark -G decodes failed; ports not checked', file=sys.stderr)
    return [p for p in range(low, high) if p not in taken]


def replay(template, n_convs, replays, out):
    t0 = template[0].ts
    span = template[-1].ts - t0 + 10 ** 7        # 10 ms between replays
    ports = free_ports()
    out.write(struct.pack('<IHHiIII', PCAP_NSEC_MAGIC, 2, 4, 0, 0, 65535, LINKTYPE_ETHERNET))
    for k in range(replays):
        # one client address per replay (10.x.y.z, never .0 or .255), one
        # port per conversation: every connection is new
        host = k + 1
        client_ip = bytes([10, (host >> 14) & 0xff, (host >> 6) & 0xff, 1 + (host & 0x3f)])
        seq_shift = (k * 2654435761) & 0xffffffff
        call_shift = k * 64
        base_ts = 1700000000 * 10 ** 9 + k * span
        frames = []
        for pkt in template:
            f = bytearray(pkt.frame)
            conv = pkt.conv
            port = ports[(k * n_convs + conv.index) % len(ports)]
            ip, tcp = pkt.ip_off, pkt.tcp_off
            if pkt.from_client:
                f[ip + 12:ip + 16] = client_ip
                struct.pack_into('!H', f, tcp, port)
            else:
                f[ip + 16:ip + 20] = client_ip
                struct.pack_into('!H', f, tcp + 2, port)
            seq, ack = struct.unpack_from('!II', f, tcp + 4)
            flags = f[tcp + 13]
            struct.pack_into('!I', f, tcp + 4, (seq + seq_shift) & 0xffffffff)
            if flags & 0x10:                      # ACK: the ack number is meaningful
                struct.pack_into('!I', f, tcp + 8, (ack + seq_shift) & 0xffffffff)
            struct.pack_into('!H', f, ip + 10, 0)
            struct.pack_into('!H', f, ip + 10, ip_checksum(f[ip:tcp]))
            patch_call_ids(f, pkt, call_shift)
            ts = base_ts + pkt.ts - t0
            frames.append(struct.pack('<IIII', ts // 10 ** 9, ts % 10 ** 9, len(f), len(f)))
            frames.append(bytes(f))
        out.write(b''.join(frames))


def patch_call_ids(f, pkt, shift):
    """Adds shift to every call_id, byte by byte (a call_id may straddle
    two segments)."""
    values = {}
    for off, i, endian in pkt.call_ids:
        start = off - i
        values.setdefault(start, (endian, []))[1].append((off, i))
    for start, (endian, parts) in values.items():
        if len(parts) == 4:
            v = int.from_bytes(f[start:start + 4], endian)
            f[start:start + 4] = ((v + shift) & 0xffffffff).to_bytes(4, endian)
        # a straddling call_id keeps its bytes: rare, and still a valid PDU


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--calls', type=int, required=True, help='at least this many DCE/RPC calls')
    ap.add_argument('--source', action='append', help='capture to replay (default conforming)')
    ap.add_argument('output')
    args = ap.parse_args()

    packets = []
    for path in args.source or [DEFAULT_SOURCE]:
        shift = packets[-1][0] + 10 ** 7 - read_capture(path)[0][0] if packets else 0
        packets.extend((ts + shift, frame) for ts, frame in read_capture(path))
    template, n_convs = parse_template(packets)
    per_replay = count_requests(template)
    if per_replay == 0:
        raise SystemExit('no DCE/RPC request in the source captures')
    replays = -(-args.calls // per_replay)
    tmp = args.output + '.tmp'
    with open(tmp, 'wb') as out:
        replay(template, n_convs, replays, out)
    convs = {pkt.conv for pkt in template}
    meta = {'calls': replays * per_replay, 'replays': replays, 'calls_per_replay': per_replay,
            'connections': n_convs, 'frames': replays * len(template),
            'request_stub_bytes': replays * sum(c.stub_bytes[0] for c in convs),
            'response_stub_bytes': replays * sum(c.stub_bytes[2] for c in convs)}
    meta['stub_bytes'] = meta['request_stub_bytes'] + meta['response_stub_bytes']
    with open(args.output + '.json', 'w') as f:
        json.dump(meta, f, indent=1)
    os.replace(tmp, args.output)
    print('%s: %d calls (%d replays of %d calls in %d connections), %d frames, '
          '%d stub bytes (%.0f a call)' %
          (args.output, replays * per_replay, replays, per_replay, n_convs,
           replays * len(template), meta['stub_bytes'], meta['stub_bytes'] / meta['calls']),
          file=sys.stderr)


if __name__ == '__main__':
    main()
