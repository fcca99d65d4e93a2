"""What the NDR64 and fragment capture sets (gen_ndr64.py, gen_fragments.py)
need beyond make_captures: a fake server that negotiates like a Windows one,
and a client session that asks it to.

impacket's DCERPCServer accepts only NDR 2.0, answers a bind with the
client's own fragment sizes, sends fragments whose frag_len is that of the
whole PDU, and hands a fragmented request to its callback as its last
fragment only.  PathServer does what MS-RPCE and C706 ask instead:

- it accepts the transfer syntax the bind proposes, NDR 2.0 or NDR64
  (71710533-beba-4937-8319-b5dbef9ccc36), and says which in the bind ack;
- it takes the smaller of the client's and its own fragment sizes, tells the
  client in the bind ack, and cuts every response into fragments that fit
  (each stub part a multiple of 8 bytes, alloc_hint the bytes still to come);
- it joins a fragmented request before handing the stub to its callback;
- optionally it writes every PDU in small pieces, each its own TCP segment.

The client side is impacket's DCE/RPC client: PathSession passes the bind
its transfer syntax and fragment sizes (impacket's bind() hard-codes 4280),
uses impacket's own switch for fragmenting requests (set_max_fragment_size),
and may write each PDU in small pieces (PiecewiseTCPTransport).
"""

import contextlib
import socket
import struct
import time

from impacket.dcerpc.v5 import rpcrt, transport
from impacket.dcerpc.v5.rpcrt import (MSRPCBindAck, MSRPCRequestHeader, CtxItem, CtxItemResult,
                                      MSRPC_BINDACK, MSRPC_REQUEST, MSRPC_CONT_RESULT_ACCEPT,
                                      PFC_FIRST_FRAG, PFC_LAST_FRAG, PFC_DID_NOT_EXECUTE)
from impacket.uuid import uuidtup_to_bin

import make_captures as mc

NDR20 = ('8a885d04-1ceb-11c9-9fe8-08002b104860', '2.0')
NDR64 = ('71710533-BEBA-4937-8319-B5DBEF9CCC36', '1.0')
MSRPC_CONT_RESULT_PROVIDER_REJECT = 2
REASON_ABSTRACT_SYNTAX = 1
REASON_TRANSFER_SYNTAXES = 2
DEFAULT_FRAG = 4280                 # impacket's and Windows' usual max_xmit/recv_frag


class PathServer(mc.FakeDhcpServer):
    transfer_syntaxes = (uuidtup_to_bin(NDR20), uuidtup_to_bin(NDR64))

    def __init__(self):
        mc.FakeDhcpServer.__init__(self)
        self.own_frag = DEFAULT_FRAG     # what this server would send and take at most
        self.xmit_frag = DEFAULT_FRAG    # negotiated: largest fragment it may send
        self.segment_size = None         # write PDUs in pieces of this many bytes
        self.negotiated = []             # (transfer syntax, max_xmit, max_recv) per bind
        self.request_fragments = []      # fragments of each request received
        self.response_fragments = []     # fragments of each response sent

    # ---- socket ----------------------------------------------------------

    def _read(self, count):
        data = b''
        while len(data) < count:
            part = self._clientSock.recv(count - len(data))
            if not part:
                return None
            data += part
        return data

    def _write(self, data):
        if not self.segment_size:
            self._clientSock.sendall(data)
            return
        self._clientSock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for i in range(0, len(data), self.segment_size):
            self._clientSock.sendall(data[i:i + self.segment_size])
            time.sleep(0.002)        # one write, one segment: no coalescing

    # ---- PDUs --------------------------------------------------------------

    def recv(self):
        """One PDU; the fragments of a request joined into one."""
        first, stub, count = None, b'', 0
        while True:
            head = self._read(16)
            if head is None:
                return None
            frag_len = struct.unpack_from('<H', head, 8)[0]
            rest = self._read(frag_len - 16)
            if rest is None:
                return None
            pdu = head + rest
            if pdu[2] != MSRPC_REQUEST:
                return pdu
            fragment = MSRPCRequestHeader(pdu)
            count += 1
            if first is None:
                assert fragment['flags'] & PFC_FIRST_FRAG, 'request starts without PFC_FIRST_FRAG'
                first = fragment
            else:
                assert not fragment['flags'] & PFC_FIRST_FRAG
                assert fragment['call_id'] == first['call_id']
            stub += fragment['pduData']
            if fragment['flags'] & PFC_LAST_FRAG:
                break
        self.request_fragments.append(count)
        first['flags'] = PFC_FIRST_FRAG | PFC_LAST_FRAG
        first['pduData'] = stub
        first['frag_len'] = 24 + len(stub)
        return first.getData()

    def send(self, data):
        """A response or fault, in fragments of the negotiated size."""
        stub = data['pduData']
        room = (self.xmit_frag - 24) // 8 * 8
        parts = [stub[i:i + room] for i in range(0, len(stub), room)] or [b'']
        keep = data['flags'] & PFC_DID_NOT_EXECUTE
        self.response_fragments.append(len(parts))    # before the client can read them
        sent = 0
        for i, part in enumerate(parts):
            data['flags'] = (keep | (PFC_FIRST_FRAG if i == 0 else 0)
                             | (PFC_LAST_FRAG if i == len(parts) - 1 else 0))
            data['pduData'] = part
            data['alloc_hint'] = len(stub) - sent
            data['frag_len'] = 24 + len(part)
            self._write(data.getData())
            sent += len(part)

    def bind(self, packet, bind):
        self.xmit_frag = min(bind['max_rfrag'], self.own_frag)
        recv_frag = min(bind['max_tfrag'], self.own_frag)
        resp = MSRPCBindAck()
        resp['type'] = MSRPC_BINDACK
        resp['flags'] = packet['flags']
        resp['call_id'] = packet['call_id']
        resp['max_tfrag'] = self.xmit_frag
        resp['max_rfrag'] = recv_frag
        resp['assoc_group'] = 0x1234
        resp['SecondaryAddr'] = str(self.getListenPort())    # as Windows does on TCP
        resp['SecondaryAddrLen'] = len(resp['SecondaryAddr']) + 1
        resp['Pad'] = b'A' * ((4 - ((resp['SecondaryAddrLen'] + MSRPCBindAck._SIZE) % 4)) % 4)
        data, items = bind['ctx_items'], b''
        resp['ctx_num'] = 0
        for _ in range(bind['ctx_num']):
            item = CtxItem(data)
            data = data[len(item):]
            result = CtxItemResult()
            if item['AbstractSyntax'] not in self._listenUUIDS:
                result['Result'] = MSRPC_CONT_RESULT_PROVIDER_REJECT
                result['Reason'] = REASON_ABSTRACT_SYNTAX
                result['TransferSyntax'] = b'\0' * 20
            elif item['TransferSyntax'] not in self.transfer_syntaxes:
                result['Result'] = MSRPC_CONT_RESULT_PROVIDER_REJECT
                result['Reason'] = REASON_TRANSFER_SYNTAXES
                result['TransferSyntax'] = b'\0' * 20
            else:
                result['Result'] = MSRPC_CONT_RESULT_ACCEPT
                result['Reason'] = 0
                result['TransferSyntax'] = item['TransferSyntax']
                self._boundUUID = item['AbstractSyntax']
                self.negotiated.append((item['TransferSyntax'], self.xmit_frag, recv_frag))
            resp['ctx_num'] += 1
            items += result.getData()
        resp['ctx_items'] = items
        resp['frag_len'] = len(resp.getData())
        self._write(resp.getData())
        return None


_IMPACKET_BIND = rpcrt.MSRPCBind


class _BindFragSizes(_IMPACKET_BIND):
    """impacket's bind PDU with the fragment sizes of the session."""
    sizes = (DEFAULT_FRAG, DEFAULT_FRAG)

    def __init__(self, data=None, alignment=0):
        _IMPACKET_BIND.__init__(self, data, alignment)
        if data is None:
            self['max_tfrag'], self['max_rfrag'] = self.sizes


@contextlib.contextmanager
def bind_fragment_sizes(max_xmit, max_recv):
    """impacket's bind() builds its PDU with 4280/4280 hard-coded: for the
    duration of one bind, the module's MSRPCBind is one that asks for ours."""
    saved = rpcrt.MSRPCBind
    _BindFragSizes.sizes = (max_xmit, max_recv)
    rpcrt.MSRPCBind = _BindFragSizes
    try:
        yield
    finally:
        rpcrt.MSRPCBind = saved


class PiecewiseTCPTransport(transport.TCPTransport):
    """impacket's ncacn_ip_tcp transport writing each PDU in pieces, each
    its own TCP segment.  (impacket's own set_max_fragment_size on the
    transport writes pieces too, but back to back, and Linux merges them.)"""
    piece = 61

    def connect(self):
        transport.TCPTransport.connect(self)
        self.get_socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return 1

    def send(self, data, forceWriteAndx=0, forceRecv=0):
        for i in range(0, len(data), self.piece):
            self.get_socket().sendall(data[i:i + self.piece])
            time.sleep(0.002)


class PathSession(mc.Session):
    """mc.Session with a choice of transfer syntax and fragment sizes.

    syntax           NDR20 or NDR64, proposed in the bind
    max_xmit/recv    the bind's max_xmit_frag and max_recv_frag
    request_frag     impacket's client fragments requests above this size
    segment_size     the client writes every PDU in pieces of this size,
                     each its own TCP segment
    """
    max_pdu = 1 << 20

    def __init__(self, rec, iface, syntax=NDR20, max_xmit=DEFAULT_FRAG, max_recv=DEFAULT_FRAG,
                 request_frag=0, segment_size=None):
        self.rec = rec
        self.pieces = None               # (client, server) piece sizes, if any
        self.iface_name = 'dhcpsrv2' if iface == mc.DHCPSRV2 else 'dhcpsrv'
        self.index = rec.connections
        rec.connections += 1
        if segment_size:
            trans = PiecewiseTCPTransport('127.0.0.1', rec.port)
            trans.piece = segment_size
        else:
            trans = transport.DCERPCTransportFactory('ncacn_ip_tcp:127.0.0.1[%d]' % rec.port)
        self.dce = trans.get_dce_rpc()
        self.dce.connect()
        with bind_fragment_sizes(max_xmit, max_recv):
            self.dce.bind(uuidtup_to_bin(iface), transfer_syntax=syntax)
        assert self.dce.transfer_syntax == uuidtup_to_bin(syntax)
        if request_frag:
            self.dce.set_max_fragment_size(request_frag)


class PathRecorder(mc.Recorder):
    server_class = PathServer

    def connect(self, iface=mc.DHCPSRV2, server_segment_size=None, **options):
        """server_segment_size: the server writes this connection's PDUs in
        pieces of that size (set before the connection, which is served
        alone)."""
        self.server.segment_size = server_segment_size
        session = PathSession(self, iface, **options)
        if server_segment_size or options.get('segment_size'):
            session.pieces = (options.get('segment_size') or 0, server_segment_size or 0)
        return session
