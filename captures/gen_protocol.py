"""protocol-*: every method of both interfaces, both directions, real traffic.

impacket's DCE/RPC client calls the fake server (rpc_paths.PathServer, which
serves every opnum of dhcpsrv and dhcpsrv2) over TCP on the loopback, and
dumpcap records it.  Every stub is marshalled by impacket's NDR engine with
the classes of dhcpm_types.py, an encoder written from the specification
independently of the dissector, filled with distinct values by
dhcpm_fill.py.  Where impacket's own dhcpm module encodes a call as the
specification does (dhcpm_types.IMPACKET_CONFORMANT), the stub sent is the
one impacket's own class produces from the same values, and it must be
byte for byte the one of dhcpm_types.  The truth of each direction comes
from truth_walk.py.

For each method:
    full     every pointer set, arrays of 2-3 elements, some non-ASCII text,
             ERROR_SUCCESS (or ERROR_MORE_DATA for half the enumerations)
    arms     the same with every arm of every union, one call per arm
    null     every unique pointer NULL, a failure the method's page lists
    empty    arrays of no element, ERROR_NO_MORE_ITEMS for enumerations
Calls go a dozen to a connection.  The captures:
    protocol-dhcpsrv     the 51 methods of dhcpsrv, NDR 2.0
    protocol-dhcpsrv2    the 133 methods of dhcpsrv2, NDR 2.0
    protocol-ndr64       every method, full and null, every arm, NDR64
    protocol-long        enumerations and lists of 150 elements in 1432-byte
                         fragments (NDR 2.0), and a few in NDR64
"""

import collections
import os
import sys

import make_captures as mc
from rpc_paths import NDR20, NDR64, PathRecorder

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dhcpm_fill as F            # noqa: E402
import dhcpm_types as T           # noqa: E402
from truth_walk import Walker     # noqa: E402

WALKER = Walker()
CALLS_PER_CONNECTION = 12

ERROR_INVALID_PARAMETER = 0x57
ERROR_ACCESS_DENIED = 0x5
ERROR_MORE_DATA = 0xEA
ERROR_NO_MORE_ITEMS = 0x103

# The codes each method's page lists: responses return those, so that
# the captures are conforming traffic (dhcpm.expert.return_code_unlisted
# stays silent).
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'tools', 'idlgen'))
from codes import parse_codes     # noqa: E402

with open(os.path.join(os.path.dirname(HERE), 'idl', 'dhcpm-return-codes.tsv'),
          encoding='utf-8') as _f:
    LISTED = parse_codes(_f.read(), {c[0].__name__ for c in T.METHODS.values()})


def listed(name):
    return [value for value, _, _ in LISTED.get(name, [])]


def success(name, more=False):
    """ERROR_SUCCESS, or the success the page lists instead (ERROR_MORE_DATA
    asked for a partial enumeration, where the page lists it)."""
    codes = listed(name)
    if more and (not codes or ERROR_MORE_DATA in codes):
        return ERROR_MORE_DATA
    if not codes or 0 in codes:
        return 0
    return ERROR_NO_MORE_ITEMS if ERROR_NO_MORE_ITEMS in codes else codes[0]


def failure(name):
    """A failure the page lists (a DHCP-specific one if it has one); None
    when it lists none (a page that lists nothing allows any)."""
    if not listed(name):
        return ERROR_INVALID_PARAMETER
    codes = [c for c in listed(name) if c not in (0, ERROR_MORE_DATA, ERROR_NO_MORE_ITEMS)]
    dhcp = [c for c in codes if 20000 <= c < 20200]
    return (dhcp or codes or [None])[0]


def is_enum(name):
    return 'Enum' in name


class ProtocolRecorder(PathRecorder):
    """A recorder whose server answers every opnum of both interfaces, and
    whose truth says which time fields are FILETIMEs."""

    def __init__(self, name):
        PathRecorder.__init__(self, name)
        for iface, count in ((mc.DHCPSRV, 51), (mc.DHCPSRV2, 133)):
            self.server.addCallbacks(iface, '', {op: self.server.scripted(op) for op in range(count)})

    def __exit__(self, exc_type, exc, tb):
        mc.Recorder.__exit__(self, exc_type, exc, tb)
        if exc_type is None:
            # the truth with the time fields' forms beside the calls
            with open(self.truth_path, 'w', encoding='utf-8') as f:
                f.write(mc.format_truth(os.path.basename(self.pcap), self.calls,
                                        extra=(('time_fields', dict(sorted(WALKER.time_fields.items()))),)))
        return False


def build(iface, opnum, direction, profile='full', arm=None, error_code=0, ndr64=False,
          length=None, seed=0):
    """(stub, truth) of one direction of one call."""
    req_cls, resp_cls = T.METHODS[(iface, opnum)]
    cls = req_cls if direction == 'request' else resp_cls
    call = F.fill(cls(), profile=profile, seed=seed, arm=arm, length=length,
                  error_code=error_code)
    stub = T.marshal(call, ndr64=ndr64)
    own = T.IMPACKET_CONFORMANT.get((iface, opnum), (None, None))[direction == 'response']
    if own is not None and not ndr64:
        # impacket's own class, from the same values: the stub it sends
        again = own(stub).getData()
        assert again == stub, (iface, opnum, direction, stub.hex(), again.hex())
        stub = again
    truth = WALKER.truth(iface, opnum, direction, call)
    return stub, truth


def method_name(iface, opnum):
    return T.METHODS[(iface, opnum)][0].__name__


def scenarios(iface, opnum, ndr64=False):
    """(note, request args, response args) of the calls made to a method."""
    name = method_name(iface, opnum)
    arms = F.max_arms(T.METHODS[(iface, opnum)][0])
    arms = max(arms, F.max_arms(T.METHODS[(iface, opnum)][1]))
    ok = success(name, more=is_enum(name) and opnum % 2)
    out = [('%s: every pointer set%s' % (name, ', ERROR_MORE_DATA' if ok else ''),
            dict(profile='full', arm=0), dict(profile='full', arm=0, error_code=ok))]
    for k in range(1, arms):
        out.append(('%s: union arm %d of every union' % (name, k),
                    dict(profile='full', arm=k, seed=k),
                    dict(profile='full', arm=k, seed=k, error_code=success(name))))
    fail = failure(name)
    out.append(('%s: every unique pointer NULL%s' % (name, ', a failure' if fail else ''),
                dict(profile='null', seed=1),
                dict(profile='null', seed=1, error_code=success(name) if fail is None else fail)))
    if not ndr64:
        out.append(('%s: empty arrays and strings' % name,
                    dict(profile='empty', seed=2),
                    dict(profile='empty', seed=2,
                         error_code=ERROR_NO_MORE_ITEMS
                         if is_enum(name) and (not listed(name) or
                                               ERROR_NO_MORE_ITEMS in listed(name))
                         else success(name))))
    return out


def record(rec, iface_name, opnums, ndr64=False, connect=None):
    iface = mc.DHCPSRV if iface_name == 'dhcpsrv' else mc.DHCPSRV2
    pending = []
    for opnum in opnums:
        for note, rq, rs in scenarios(iface_name, opnum, ndr64):
            pending.append((opnum, note, rq, rs))
    for start in range(0, len(pending), CALLS_PER_CONNECTION):
        s = connect(iface) if connect else rec.connect(iface, syntax=NDR64 if ndr64 else NDR20)
        for opnum, note, rq, rs in pending[start:start + CALLS_PER_CONNECTION]:
            request = build(iface_name, opnum, 'request', ndr64=ndr64, error_code=0, **rq)
            response = build(iface_name, opnum, 'response', ndr64=ndr64, **rs)
            s.call(opnum, request, response, note + (' (NDR64)' if ndr64 else ''))
        s.close()


def dhcpsrv_capture():
    with ProtocolRecorder('protocol-dhcpsrv') as rec:
        record(rec, 'dhcpsrv', range(51))
    return rec


def dhcpsrv2_capture():
    with ProtocolRecorder('protocol-dhcpsrv2') as rec:
        record(rec, 'dhcpsrv2', range(133))
    return rec


def ndr64_capture():
    with ProtocolRecorder('protocol-ndr64') as rec:
        record(rec, 'dhcpsrv', range(51), ndr64=True)
        record(rec, 'dhcpsrv2', range(133), ndr64=True)
    return rec


# Methods whose stubs carry lists: 150 elements each, so PDUs of many fragments.
LONG = (('dhcpsrv', 3), ('dhcpsrv', 5), ('dhcpsrv', 14), ('dhcpsrv', 20), ('dhcpsrv', 23),
        ('dhcpsrv', 24), ('dhcpsrv', 35), ('dhcpsrv', 37), ('dhcpsrv', 47), ('dhcpsrv2', 0),
        ('dhcpsrv2', 3), ('dhcpsrv2', 13), ('dhcpsrv2', 22), ('dhcpsrv2', 28), ('dhcpsrv2', 58),
        ('dhcpsrv2', 64), ('dhcpsrv2', 86), ('dhcpsrv2', 112), ('dhcpsrv2', 115),
        ('dhcpsrv2', 119), ('dhcpsrv2', 129), ('dhcpsrv2', 130))


def long_capture():
    with ProtocolRecorder('protocol-long') as rec:
        by_iface = collections.OrderedDict()
        for iface_name, opnum in LONG:
            by_iface.setdefault(iface_name, []).append(opnum)
        for ndr64 in (False, True):
            for iface_name, opnums in by_iface.items():
                iface = mc.DHCPSRV if iface_name == 'dhcpsrv' else mc.DHCPSRV2
                if ndr64:
                    opnums = opnums[:2]
                s = rec.connect(iface, syntax=NDR64 if ndr64 else NDR20, max_xmit=1432,
                                max_recv=1432, request_frag=1024)
                for opnum in opnums:
                    name = method_name(iface_name, opnum)
                    request = build(iface_name, opnum, 'request', 'long', ndr64=ndr64,
                                    length=150, seed=3)
                    response = build(iface_name, opnum, 'response', 'long', ndr64=ndr64,
                                     length=150, seed=3, error_code=success(name))
                    s.call(opnum, request, response, '%s: lists of 150 elements in 1432-byte '
                           'fragments%s' % (name, ' (NDR64)' if ndr64 else ''))
                s.close()
    return rec


CAPTURES = collections.OrderedDict((
    ('protocol-dhcpsrv', dhcpsrv_capture),
    ('protocol-dhcpsrv2', dhcpsrv2_capture),
    ('protocol-ndr64', ndr64_capture),
    ('protocol-long', long_capture),
))
