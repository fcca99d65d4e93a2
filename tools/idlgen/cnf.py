"""Reader for idl/*.cnf: how the IDL's types are shown (see the file's header)."""

import fnmatch
import shlex


class CnfError(Exception):
    pass


class Cnf:
    def __init__(self):
        self.protocol = None          # (filter, name, short name)
        self.prefix = {}              # TYPE -> prefix
        self.rename = {}              # 'Owner.member' -> name
        self.display = {}             # 'Type' or 'Owner.member' -> form
        self.value_member = {}        # TYPE -> member
        self.vals = {}                # 'Owner.member' -> ('const', prefix) | ('list', [(n, text)])
        self.bitmap = {}              # 'Owner.member' -> [(CONST, sub)]
        self.return_field = None      # (name, strings function)
        self.shortname = []           # prefixes stripped for the Info column
        self.contexts = {}            # 'Owner.member' or 'Method' -> context name
        self.keys = []                # (filter, style, label) in Info order
        self.macs = []                # (bytes filter, Ethernet address filter, label)
        self.changes = []             # method name patterns: the methods that change a server
        self.used = set()             # keys looked up, to report stale entries


    def is_change(self, method):
        """Whether the method changes a server (CHANGE)."""
        return any(fnmatch.fnmatchcase(method, pat) for pat in self.changes)


DISPLAY_FORMS = {'ipv4', 'ipv6', 'time_t', 'filetime', 'dword_dword', 'boolean', 'hex',
                 'secs', 'msecs'}


def parse_cnf(text):
    cnf = Cnf()
    for lineno, raw in enumerate(text.splitlines(), 1):
        words = shlex.split(raw, comments=True)
        if not words:
            continue
        cmd, args = words[0], words[1:]

        def need(n):
            if len(args) < n:
                raise CnfError('line %d: %s needs %d arguments' % (lineno, cmd, n))

        if cmd == 'PROTOCOL':
            need(3)
            cnf.protocol = tuple(args[:3])
        elif cmd == 'PREFIX':
            need(2)
            cnf.prefix[args[0]] = args[1]
        elif cmd == 'RENAME':
            need(2)
            cnf.rename[args[0]] = args[1]
        elif cmd == 'DISPLAY':
            need(2)
            if args[1] not in DISPLAY_FORMS:
                raise CnfError('line %d: unknown display form %s' % (lineno, args[1]))
            cnf.display[args[0]] = args[1]
        elif cmd == 'VALUE_MEMBER':
            need(2)
            cnf.value_member[args[0]] = args[1]
        elif cmd == 'VALS':
            need(2)
            if args[1].startswith('@'):
                cnf.vals[args[0]] = ('fn', args[1][1:])
            elif args[1].startswith('enum:'):
                cnf.vals[args[0]] = ('enum', args[1][5:])
            elif '=' in args[1]:
                pairs = []
                for a in args[1:]:
                    n, _, t = a.partition('=')
                    pairs.append((int(n, 0), t))
                cnf.vals[args[0]] = ('list', pairs)
            else:
                cnf.vals[args[0]] = ('const', args[1])
        elif cmd == 'BITMAP':
            need(2)
            cnf.bitmap[args[0]] = [tuple(a.split('=', 1)) for a in args[1:]]
        elif cmd == 'RETURN':
            need(2)
            cnf.return_field = (args[0], args[1])
        elif cmd == 'SHORTNAME':
            need(1)
            cnf.shortname.append(args[0])
        elif cmd == 'CONTEXT':
            need(2)
            for where in args[1:]:
                if where in cnf.contexts:
                    raise CnfError('line %d: %s already has a context' % (lineno, where))
                cnf.contexts[where] = args[0]
        elif cmd == 'KEY':
            need(3)
            if args[3:] not in ([], ['request']):
                raise CnfError('line %d: KEY takes "request" or nothing after its label' % lineno)
            cnf.keys.append((args[0], args[1], args[2], args[3:] == ['request']))
        elif cmd == 'CHANGE':
            need(1)
            cnf.changes += args
        elif cmd == 'MAC':
            need(3)
            cnf.macs.append((args[0], args[1], args[2]))
        else:
            raise CnfError('line %d: unknown directive %s' % (lineno, cmd))
    if cnf.protocol is None:
        raise CnfError('no PROTOCOL line')
    return cnf
