"""Turns the parsed IDL and cnf into the C of a Wireshark DCE/RPC dissector.

One C function per structure and union, one hf per distinct filter name,
one method body per direction; all of them call the NDR runtime in
plugin/ndr/.  The layout rules (what is a pointer, what is deferred, how
things align) are decided here once, so the C reads like the IDL.

Contexts.  A type is decoded by one function and named by one set of
fields, unless the cnf gives it other names where it is used in a
context (CONTEXT): then the type, and every type it holds whose names
differ there, get a second function that uses those names.  A DHCPv6
method's option structures name option IDs with DHCPv6 names, and a
client's OwnerHost its members owner_*, with the same IDL types.
"""

import fnmatch
import re

from idl_parser import Enum, Struct, Typedef, Union, attr_get, expand, expr_tokens


class GenError(Exception):
    pass


# ---- resolved type nodes --------------------------------------------------

class Scalar:
    """An integer on the wire, and how it is shown."""
    def __init__(self, size, signed=False, enum=None, display=None, wchar=False):
        self.size, self.signed, self.enum, self.display = size, signed, enum, display
        self.wchar = wchar

    def with_display(self, display):
        return Scalar(self.size, self.signed, self.enum, display or self.display, self.wchar)


class FileTime:
    """DATE_TIME: two DWORDs shown as one absolute time."""


class Ipv6:
    """DHCP_IPV6_ADDRESS: two 64-bit halves shown as one IPv6 address."""


class DwordDword:
    """DWORD_DWORD: a 64-bit value sent as its high, then its low DWORD."""


class StringT:
    """A conformant varying [string] of wchar_t, in place."""


class StructT:
    def __init__(self, struct, ctx=None):
        self.struct, self.ctx = struct, ctx


class UnionT:
    def __init__(self, union, owner, member, ctx=None):
        self.union, self.owner, self.member, self.ctx = union, owner, member, ctx


class Ptr:
    """An embedded (or [unique] top-level) pointer to target."""
    def __init__(self, target):
        self.target = target


class ConfArray:
    """A conformant array in place: max_count, then its elements."""
    def __init__(self, elem, size_is):
        self.elem, self.size_is = elem, size_is


class FixedArray:
    def __init__(self, elem, count):
        self.elem, self.count = elem, count


BASE = {
    'unsigned char': Scalar(1), 'char': Scalar(1), 'unsigned short': Scalar(2),
    'short': Scalar(2, signed=True),
    'unsigned long': Scalar(4), 'long': Scalar(4, signed=True),
    'unsigned int': Scalar(4), 'int': Scalar(4, signed=True),
    'unsigned hyper': Scalar(8), 'hyper': Scalar(8, signed=True),
    'wchar_t': Scalar(2, wchar=True),
}

# what the runtime is told for a size_is that this direction does not carry
SIZE_IS_ANY = 'NDR_SIZE_IS_ANY'


def round_up(offset, alignment):
    return (offset + alignment - 1) // alignment * alignment


# Words of MS-DHCPM names that are one word, not two: MScopeName is
# mscope_name, DWordOption dword_option, NetBiosName netbios_name.
WORDS = (('MScope', 'Mscope'), ('DWord', 'Dword'), ('NetBios', 'Netbios'))


def snake(name):
    for word, one in WORDS:
        name = name.replace(word, one)
    s = re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', name)
    s = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1_\2', s)
    return s.lower()


def c_ident(text):
    return re.sub(r'[^A-Za-z0-9_]', '_', text)


def c_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


SECTION_RE = re.compile(r'\b([23]\.\d+(?:\.\d+)+)\b')


class Field:
    count = 0

    def __init__(self, filt, label, ftype, display='BASE_NONE', strings='NULL',
                 mask='0x0'):
        self.filter, self.label, self.ftype = filt, label, ftype
        self.display, self.strings, self.mask = display, strings, mask
        Field.count += 1
        # a placeholder until every field is known (Generator.settle_vars)
        self.var = '__HF%d__' % Field.count
        self.runtime_strings = None
        self.uses = []            # where the field appears, for its description
        self.blurb = None

    def signature(self):
        return (self.ftype, self.display, self.strings, self.mask, self.runtime_strings)


class ParentHf:
    """The hf a structure's function is given by its caller: a value member
    (cnf VALUE_MEMBER) is shown under the name of the field holding it."""
    var = 'hf_index'
    filter = None


class Generator:
    def __init__(self, idl, cnf, codes=None):
        self.idl, self.cnf = idl, cnf
        self.codes = codes or {}  # method -> [(sdk value, page value, page name)]
        self.proto = cnf.protocol[0]
        self.fields = {}          # filter -> [Field], one per distinct form
        self.etts = []            # ett variable names
        self.pointees = []        # hf variables that ndr_pointer points to, in order
        self.funcs = []           # C function bodies, in definition order
        self.protos = []          # forward declarations
        self.done = set()         # generated helper names
        self.quiet_fns = []       # structures and unions that may be read quietly
        self.vals = []            # value_string definitions
        self.code_tables = []     # return code tables of the methods
        self.consts = {c.name: c.value for c in idl.consts}
        self.enum_values = {}
        for t in idl.types.values():
            if isinstance(t, Enum):
                for n, v in t.values:
                    self.enum_values[n] = v
        self.differs_memo = {}

    # ---- the cnf, in a context ----------------------------------------------

    def cfg(self, table, tag, key, ctx):
        """The cnf entry `key` of `table`: the context's (ctx:key) first,
        then the plain one; an exact key before a pattern (a key with *, ?
        or [...] in it, matched as a shell pattern)."""
        for k in (('%s:%s' % (ctx, key)) if ctx else None, key):
            if k is None:
                continue
            if k in table:
                self.cnf.used.add('%s %s' % (tag, k))
                return table[k]
            for pat in table:
                if (':' in pat) == (':' in k) and any(c in pat for c in '*?[') and \
                        fnmatch.fnmatchcase(k, pat):
                    self.cnf.used.add('%s %s' % (tag, pat))
                    return table[pat]
        return None

    def display_of(self, key, ctx=None):
        return self.cfg(self.cnf.display, 'DISPLAY', key, ctx)

    # ---- type resolution --------------------------------------------------

    def const_value(self, text):
        toks = expand(expr_tokens(text), self.idl.macros)
        expr = ' '.join(str(self.consts.get(t, self.enum_values.get(t, t))) for t in toks)
        if not re.match(r'^[0-9xXa-fA-F ()+*|<>-]+$', expr):
            raise GenError('cannot evaluate %s' % text)
        return int(eval(expr))    # noqa: S307  (digits and operators only)

    def resolve(self, name, pointers, attrs, owner, member, dims=(), ctx=None):
        """The node for a use of type `name` with extra declarator pointers."""
        chain_display = None
        typedef_attrs = []
        inner_ptrs = 0
        t = self.idl.types.get(name)
        while isinstance(t, Typedef):
            chain_display = chain_display or self.display_of(t.name, ctx)
            typedef_attrs += t.attrs
            inner_ptrs += t.type.pointers
            if t.type.pointers:
                break
            name = t.type.name
            t = self.idl.types.get(name)
        if isinstance(t, Typedef):       # a pointer typedef: resolve its target
            node = self.resolve(t.type.name, 0, [], owner, member, (), ctx)
        else:
            chain_display = chain_display or self.display_of(name, ctx)
            node = self.base_node(name, t, owner, member, ctx)
        display = self.display_of('%s.%s' % (owner, member), ctx) or chain_display
        if isinstance(node, Scalar):
            node = node.with_display(display)
        elif isinstance(node, StructT) and display:
            node = self.struct_display(node, display, owner, member)
        for d in reversed(list(dims)):
            node = FixedArray(node, self.const_value(d))
        levels = pointers + inner_ptrs
        is_string = attr_get(attrs, 'string') or attr_get(typedef_attrs, 'string')
        size_is = attr_get(attrs, 'size_is')
        if is_string:
            if not (isinstance(node, Scalar) and node.size == 2) or levels == 0:
                raise GenError('[string] on a type that is not a wchar_t pointer (%s.%s)'
                               % (owner, member))
            node = Ptr(StringT())
            levels -= 1
        # size_is applies to the outermost pointer: [size_is(n)] T **p is
        # a pointer to n pointers to T
        for level in range(levels):
            if size_is and level == levels - 1:
                node = Ptr(ConfArray(node, size_is.args[0]))
            else:
                node = Ptr(node)
        if size_is and levels == 0:
            raise GenError('size_is without a pointer (%s.%s)' % (owner, member))
        return node

    def struct_display(self, node, display, owner, member):
        forms = {'filetime': FileTime, 'ipv6': Ipv6, 'dword_dword': DwordDword}
        if display not in forms:
            raise GenError('display %s does not fit structure %s (%s.%s)'
                           % (display, node.struct.name, owner, member))
        return forms[display]()

    def base_node(self, name, t, owner, member, ctx):
        if name in BASE:
            return BASE[name]
        if isinstance(t, Enum):
            return Scalar(2, enum=t)
        if isinstance(t, Struct):
            display = self.display_of(t.name, ctx)
            if display:
                return self.struct_display(StructT(t), display, owner, member)
            return StructT(t)
        if isinstance(t, Union):
            return UnionT(t, owner, member)
        raise GenError('unknown type %s (in %s.%s)' % (name, owner, member))

    def member_ctx(self, owner, member, ctx):
        """The context in which a member's value is decoded."""
        switch = self.cfg(self.cnf.contexts, 'CONTEXT', '%s.%s' % (owner, member), ctx)
        return switch if switch else ctx

    def member_node(self, struct, m, ctx=None):
        mctx = self.member_ctx(struct.name, m.name, ctx)
        if m.type.inline is not None:
            if not isinstance(m.type.inline, Union):
                raise GenError('only inline unions are supported (%s.%s)' % (struct.name, m.name))
            return UnionT(m.type.inline, struct.name, m.name, ctx)
        node = self.resolve(m.type.name, m.type.pointers, m.attrs, struct.name, m.name,
                            m.dims, mctx)
        return self.bind_ctx(node, mctx)

    def arm_node(self, unode, arm):
        if arm.empty:
            return None
        mctx = self.member_ctx(unode.owner, arm.name, unode.ctx)
        node = self.resolve(arm.type.name, arm.type.pointers, arm.attrs, unode.owner, arm.name,
                            arm.dims, mctx)
        return self.bind_ctx(node, mctx)

    def bind_ctx(self, node, ctx):
        """Gives the structures in node the context they are decoded in:
        ctx where their names differ in it, none elsewhere."""
        if isinstance(node, StructT):
            return StructT(node.struct, ctx if self.differs(node.struct.name, ctx) else None)
        if isinstance(node, Ptr):
            return Ptr(self.bind_ctx(node.target, ctx))
        if isinstance(node, ConfArray):
            return ConfArray(self.bind_ctx(node.elem, ctx), node.size_is)
        if isinstance(node, FixedArray):
            return FixedArray(self.bind_ctx(node.elem, ctx), node.count)
        return node

    def differs(self, type_name, ctx):
        """Whether the cnf names anything of type_name, or of a type it
        holds, otherwise in context ctx."""
        if not ctx:
            return False
        key = (type_name, ctx)
        if key in self.differs_memo:
            return self.differs_memo[key]
        self.differs_memo[key] = False        # no recursive types; a guard anyway
        found = False
        for table in (self.cnf.prefix, self.cnf.rename, self.cnf.display, self.cnf.vals,
                      self.cnf.bitmap, self.cnf.value_member, self.cnf.contexts):
            for k in table:
                if k.startswith(ctx + ':') and \
                        fnmatch.fnmatchcase(type_name, k[len(ctx) + 1:].split('.')[0]):
                    found = True
        t = self.idl.types[type_name]
        members = list(t.members) if isinstance(t, Struct) else []
        for m in members:
            if found:
                break
            if m.type.inline is not None:
                arms = [a for a in m.type.inline.arms if not a.empty]
                found = any(self.node_differs(self.resolve(
                    a.type.name, a.type.pointers, a.attrs, type_name, a.name, a.dims, ctx),
                    self.member_ctx(type_name, a.name, ctx)) for a in arms)
            else:
                mctx = self.member_ctx(type_name, m.name, ctx)
                found = self.node_differs(self.resolve(
                    m.type.name, m.type.pointers, m.attrs, type_name, m.name, m.dims, ctx), mctx)
        self.differs_memo[key] = found
        return found

    def node_differs(self, node, ctx):
        while isinstance(node, (Ptr, ConfArray, FixedArray)):
            node = node.target if isinstance(node, Ptr) else node.elem
        return isinstance(node, StructT) and self.differs(node.struct.name, ctx)

    # ---- fields -----------------------------------------------------------

    def filter_name(self, owner, member, owner_is_type, ctx=None):
        key = '%s.%s' % (owner, member)
        leaf = self.cfg(self.cnf.rename, 'RENAME', key, ctx) or snake(member)
        prefix = self.cfg(self.cnf.prefix, 'PREFIX', owner, ctx) if owner_is_type else None
        if prefix:
            return '%s.%s.%s' % (self.proto, prefix, leaf)
        return '%s.%s' % (self.proto, leaf)

    def add_field(self, field):
        same = self.fields.setdefault(field.filter, [])
        for old in same:
            if old.signature() == field.signature():
                return old
        if same and same[0].ftype != field.ftype:
            raise GenError('field %s used with two types: %s and %s'
                           % (field.filter, same[0].ftype, field.ftype))
        same.append(field)
        return field

    def all_fields(self):
        return sorted((f for fs in self.fields.values() for f in fs), key=lambda f: (f.filter, f.var))

    def settle_vars(self):
        """The C names of the fields, replacing their placeholders: hf_ and
        the filter name.  dhcpm.client.ip_address and dhcpm.client_ip_address
        would both be hf_dhcpm_client_ip_address: the name goes to the filter
        with the most dots (a member's, which hand-written code reads), the
        other gets _p.  A second form of one filter gets _2, _3..."""
        by_base = {}
        for filt, fs in self.fields.items():
            by_base.setdefault('hf_' + c_ident(filt), []).append(filt)
        names = {}
        for base, filts in by_base.items():
            filts.sort(key=lambda f: (-f.count('.'), f))
            for n, filt in enumerate(filts):
                names[filt] = base + '_p' * n
        mapping = {}
        for filt, fs in self.fields.items():
            for i, f in enumerate(fs):
                final = names[filt] if i == 0 else '%s_%d' % (names[filt], i + 1)
                mapping[f.var] = final
                f.var = final
        return mapping

    def vals_for(self, key, scalar, ctx):
        spec = self.cfg(self.cnf.vals, 'VALS', key, ctx)
        if spec is None:
            if scalar.enum is not None:
                return self.enum_vals(scalar.enum)
            return 'NULL'
        if spec[0] == 'fn':
            return spec
        name = 'vals_' + c_ident(key if not ctx else '%s_%s' % (ctx, key))
        if name in self.done:
            return 'VALS(%s)' % name
        self.done.add(name)
        if spec[0] == 'list':
            pairs = spec[1]
        elif spec[0] == 'enum':
            pairs = self.enum_by_name(spec[1]).values
        else:
            pairs = [(c.value, c.name) for c in self.idl.consts if c.name.startswith(spec[1])]
        self.vals.append((name, pairs, True))
        return 'VALS(%s)' % name

    def enum_by_name(self, name):
        t = self.idl.types.get(name)
        while isinstance(t, Typedef):
            t = self.idl.types.get(t.type.name)
        if not isinstance(t, Enum):
            raise GenError('%s is not an enum' % name)
        return t

    def enum_vals(self, enum):
        name = '%s_%s_vals' % (self.proto, enum.name)
        if name not in self.done:
            self.done.add(name)
            self.vals.append((name, enum.values, False))
        return 'VALS(%s)' % name

    def field_for(self, node, owner, member, owner_is_type, ctx, label=None):
        """The hf that shows `node` (a member or parameter)."""
        filt = self.filter_name(owner, member, owner_is_type, ctx)
        ftype, display, strings = self.field_form(node, owner, member, ctx)
        runtime = None
        if isinstance(strings, tuple):          # VALS ... @function
            runtime, strings = strings[1], 'NULL'
            display += '|BASE_EXT_STRING'
        f = Field(filt, label or member, ftype, display, strings)
        f.runtime_strings = runtime
        f = self.add_field(f)
        f.uses.append((owner, member, owner_is_type))
        return f

    def field_form(self, node, owner, member, ctx):
        """(ftype, display, strings) of the field that shows `node`."""
        key = '%s.%s' % (owner, member)
        while isinstance(node, Ptr):
            node = node.target
        if isinstance(node, (ConfArray, FixedArray)):
            node = node.elem
            while isinstance(node, Ptr):
                node = node.target
            if isinstance(node, Scalar) and node.size == 1:
                return ('FT_BYTES', 'BASE_NONE', 'NULL')
            if isinstance(node, Scalar) and node.wchar:
                return ('FT_STRING', 'BASE_NONE', 'NULL')
        if isinstance(node, Scalar):
            if self.cfg(self.cnf.bitmap, 'BITMAP', key, ctx) is not None:
                return ('FT_UINT%d' % (node.size * 8), 'BASE_HEX', 'NULL')
            if node.display == 'ipv4':
                return ('FT_IPv4', 'BASE_NONE', 'NULL')
            if node.display == 'time_t':
                return ('FT_ABSOLUTE_TIME', 'ABSOLUTE_TIME_UTC', 'NULL')
            if node.display == 'boolean':
                return ('FT_BOOLEAN', 'BASE_NONE', 'NULL')
            if node.display == 'msecs':
                return ('FT_UINT%d' % (node.size * 8), 'BASE_DEC|BASE_UNIT_STRING',
                        'UNS(&units_milliseconds)')
            if node.display == 'secs':
                return ('FT_UINT%d' % (node.size * 8), 'BASE_DEC|BASE_UNIT_STRING',
                        'UNS(&units_second_seconds)')
            ftype = '%s%d' % ('FT_INT' if node.signed else 'FT_UINT', node.size * 8)
            base = 'BASE_HEX' if node.display == 'hex' else 'BASE_DEC'
            return (ftype, base, self.vals_for(key, node, ctx))
        if isinstance(node, FileTime):
            return ('FT_ABSOLUTE_TIME', 'ABSOLUTE_TIME_UTC', 'NULL')
        if isinstance(node, Ipv6):
            return ('FT_IPv6', 'BASE_NONE', 'NULL')
        if isinstance(node, DwordDword):
            return ('FT_UINT64', 'BASE_DEC', 'NULL')
        if isinstance(node, StringT):
            return ('FT_STRING', 'BASE_NONE', 'NULL')
        if isinstance(node, StructT):
            vm = self.cfg(self.cnf.value_member, 'VALUE_MEMBER', node.struct.name, node.ctx)
            if vm:
                # the holder shows the value member under its own name
                inner = [m for m in node.struct.members if m.name == vm][0]
                return self.field_form(self.member_node(node.struct, inner, node.ctx),
                                       node.struct.name, inner.name, node.ctx)
            return ('FT_NONE', 'BASE_NONE', 'NULL')
        if isinstance(node, UnionT):
            return ('FT_NONE', 'BASE_NONE', 'NULL')
        raise GenError('no field form for %s' % key)

    def ett(self, name):
        var = 'ett_%s_%s' % (self.proto, c_ident(name))
        if var not in self.etts:
            self.etts.append(var)
        return var

    # ---- layout -----------------------------------------------------------
    #
    # Both transfer syntaxes are laid out from the same nodes.  NDR64
    # (MS-RPCE 2.2.5) differs from NDR 2.0 in: pointers 8 bytes; enums 4
    # bytes; the counts of arrays 8 bytes; a structure padded at its end to
    # a multiple of its alignment (2.2.5.3.4.1); a union's discriminant and
    # arm aligned to the union's alignment (2.2.5.3.4.4).

    def scalar_size(self, node, ndr64):
        if node.enum is not None and ndr64:
            return 4
        return node.size

    def align_of(self, node, ndr64=False):
        if isinstance(node, Scalar):
            return self.scalar_size(node, ndr64)
        if isinstance(node, Ptr):
            return 8 if ndr64 else 4
        if isinstance(node, (FileTime, DwordDword)):
            return 4
        if isinstance(node, Ipv6):
            return 8
        if isinstance(node, StringT):
            return 8 if ndr64 else 4
        if isinstance(node, ConfArray):
            return max(8 if ndr64 else 4, self.align_of(node.elem, ndr64))
        if isinstance(node, FixedArray):
            return self.align_of(node.elem, ndr64)
        if isinstance(node, StructT):
            return max([self.align_of(self.member_node(node.struct, m, node.ctx), ndr64)
                        for m in node.struct.members] or [1])
        if isinstance(node, UnionT):
            return max([self.switch_size(node, ndr64)] + self.arm_aligns(node, ndr64))
        raise GenError('no alignment for %r' % node)

    def placement_align(self, node, ndr64):
        """Where a member starts: at its alignment, but for a union in NDR
        2.0, whose discriminant is aligned to its own type only."""
        if isinstance(node, UnionT) and not ndr64:
            return self.switch_size(node, False)
        return self.align_of(node, ndr64)

    def arm_aligns(self, unode, ndr64):
        return [self.align_of(n, ndr64) for n in
                (self.arm_node(unode, a) for a in unode.union.arms) if n is not None]

    def flat_size(self, node, ndr64=False):
        """The size of the flat part in one transfer syntax, laid out from
        offset 0: a lower bound for a union, whose arms differ, and for a
        conformant array, whose elements follow its count."""
        if isinstance(node, Scalar):
            return self.scalar_size(node, ndr64)
        if isinstance(node, Ptr):
            return 8 if ndr64 else 4
        if isinstance(node, (FileTime, DwordDword)):
            return 8
        if isinstance(node, Ipv6):
            return 16
        if isinstance(node, StringT):
            return 24 if ndr64 else 12
        if isinstance(node, ConfArray):
            return 8 if ndr64 else 4
        if isinstance(node, FixedArray):
            return node.count * self.flat_size(node.elem, ndr64)
        if isinstance(node, StructT):
            off = 0
            for m in node.struct.members:
                mn = self.member_node(node.struct, m, node.ctx)
                off = round_up(off, self.placement_align(mn, ndr64)) + self.flat_size(mn, ndr64)
            return round_up(off, self.align_of(node, ndr64)) if ndr64 else off
        if isinstance(node, UnionT):
            arms = [n for n in (self.arm_node(node, a) for a in node.union.arms) if n is not None]
            arm = min([self.flat_size(n, ndr64) for n in arms] or [0])
            if len(arms) < len(node.union.arms):
                arm = 0
            if ndr64:
                return round_up(self.switch_size(node, True), self.align_of(node, True)) + arm
            return self.switch_size(node, False) + arm
        raise GenError('no size for %r' % node)

    def switch_node(self, unode):
        """The discriminant's type: the switch_type of the union's member."""
        owner_struct = self.idl.types[unode.owner]
        member = [m for m in owner_struct.members if m.name == unode.member][0]
        st = attr_get(member.attrs, 'switch_type')
        node = self.resolve(st.args[0], 0, [], unode.owner, unode.member) if st else Scalar(4)
        if not (isinstance(node, Scalar) and node.size in (2, 4)):
            raise GenError('only 16- and 32-bit union discriminants are supported (%s.%s)'
                           % (unode.owner, unode.member))
        return node

    def switch_size(self, unode, ndr64):
        return self.scalar_size(self.switch_node(unode), ndr64)

    # ---- expressions ------------------------------------------------------

    def c_expr(self, text, names, where):
        """An attribute expression (size_is, switch_is) as C: the names of
        members or parameters become their locals, enum values and
        constants their numbers."""
        out = []
        for t in expand(expr_tokens(text), self.idl.macros):
            if t in names:
                out.append('v_' + t)
            elif t in self.enum_values:
                out.append(str(self.enum_values[t]))
            elif t in self.consts:
                out.append(str(self.consts[t]))
            elif re.match(r'^[A-Za-z_]', t):
                raise GenError('%s: %s in %r is not a member, parameter or constant'
                               % (where, t, text))
            else:
                out.append(t)
        expr = ' '.join(out)
        # plain names stay plain: "v_NumElements", not "( v_NumElements )"
        expr = re.sub(r'\( (\w+) \)', r'\1', expr)
        while re.match(r'^\( [^()]* \)$', expr):
            expr = expr[2:-2]
        return expr

    @staticmethod
    def expr_names(text, macros):
        return {t for t in expand(expr_tokens(text), macros) if re.match(r'^[A-Za-z_]\w*$', t)}

    # ---- emission: values -------------------------------------------------

    def emit_value(self, node, hf, owner, member, ctx, names, local=None):
        """C statements that dissect `node` at offset into tree.  names: the
        members or parameters whose values are in locals (v_<name>)."""
        out = 'offset = %s;'
        key = '%s.%s' % (owner, member)
        val = '&%s' % local if local else 'NULL'
        where = key
        if isinstance(node, Scalar):
            bitmap = self.cfg(self.cnf.bitmap, 'BITMAP', key, ctx)
            if bitmap is not None:
                if node.size != 4:
                    raise GenError('BITMAP on a value that is not 32 bits (%s)' % key)
                bits = self.bitmap_array(key, hf, bitmap, ctx)
                return [out % ('ndr_bitmap32(ctx, tree, offset, %s, %s, %s, %s)'
                               % (hf.var, self.ett('bitmap_' + key), bits, val))]
            if node.display == 'time_t':
                return [out % ('ndr_time32(ctx, tree, offset, %s)' % hf.var)]
            if node.size == 8:          # no one reads a hyper's value
                return [out % ('ndr_uint64(ctx, tree, offset, %s)' % hf.var)]
            if node.enum is not None:
                return [out % ('ndr_enum16(ctx, tree, offset, %s, %s, %s)'
                               % (hf.var, self.enum_mask(node.enum), val))]
            fn = {1: 'ndr_uint8', 2: 'ndr_uint16', 4: 'ndr_uint32'}[node.size]
            return [out % ('%s(ctx, tree, offset, %s, %s)' % (fn, hf.var, val))]
        if isinstance(node, FileTime):
            return [out % ('ndr_filetime(ctx, tree, offset, %s)' % hf.var)]
        if isinstance(node, Ipv6):
            return [out % ('ndr_ipv6(ctx, tree, offset, %s)' % hf.var)]
        if isinstance(node, DwordDword):
            return [out % ('ndr_dword_dword(ctx, tree, offset, %s)' % hf.var)]
        if isinstance(node, StringT):
            return [out % ('ndr_pointee_string(ctx, tree, offset, %s, 0)' % hf.var)]
        if isinstance(node, StructT):
            return [out % ('%s(ctx, tree, offset, %s)' % (self.struct_fn(node), hf.var))]
        if isinstance(node, UnionT):
            sw = attr_get(self.find_member(owner, member).attrs, 'switch_is')
            if sw is None:
                raise GenError('union %s has no switch_is' % key)
            return [out % ('%s(ctx, tree, offset, %s, %s)'
                           % (self.union_fn(node), hf.var, self.c_expr(sw.args[0], names, where)))]
        if isinstance(node, FixedArray):
            if not (isinstance(node.elem, Scalar) and node.elem.size == 1):
                raise GenError('only fixed arrays of bytes are supported (%s)' % key)
            return [out % ('ndr_fixed_bytes(ctx, tree, offset, %s, %d)' % (hf.var, node.count))]
        if isinstance(node, ConfArray):
            size = self.size_arg(node, names, where)
            return [out % ('%s(ctx, tree, offset, %s, %s)' % (self.array_fn(node, where), hf.var, size))]
        if isinstance(node, Ptr):
            fn = self.pointee_fn(node, where)
            arg = self.size_arg(node.target, names, where) if isinstance(node.target, ConfArray) else '0'
            # a field of its own, not a caller's (hf_index): see ndr_register_pointers
            if hf is not ParentHf and hf.var not in self.pointees:
                self.pointees.append(hf.var)
            return [out % ('ndr_pointer(ctx, tree, offset, %s, %s, %s)' % (fn, hf.var, arg))]
        raise GenError('cannot emit %s' % key)

    @staticmethod
    def enum_mask(enum):
        """The bits of an enum's values, for the runtime's check of a value
        the type does not define; 0 when a value is 64 or more."""
        values = [v for _, v in enum.values]
        if any(v < 0 or v >= 64 for v in values):
            return '0'
        return 'G_GUINT64_CONSTANT(0x%x)' % sum(1 << v for v in set(values))

    def size_arg(self, conf, names, where):
        """The size_is value the caller knows, or SIZE_IS_ANY when it names a
        parameter of the other direction."""
        needed = self.expr_names(conf.size_is, self.idl.macros)
        if needed - set(names) - set(self.enum_values) - set(self.consts):
            return SIZE_IS_ANY
        return '(guint64)(%s)' % self.c_expr(conf.size_is, names, where)

    def find_member(self, owner, member):
        s = self.idl.types[owner]
        for m in s.members:
            if m.name == member:
                return m
        raise GenError('no member %s.%s' % (owner, member))

    def bitmap_array(self, key, hf, bitmap, ctx):
        name = 'bits_' + c_ident(hf.var)
        if name in self.done:
            return name
        self.done.add(name)
        subs = []
        for const, sub in bitmap:
            value = self.consts.get(const, self.enum_values.get(const))
            if value is None:
                raise GenError('BITMAP %s: no constant %s' % (key, const))
            f = self.add_field(Field('%s.%s' % (hf.filter, sub), const, 'FT_BOOLEAN', '32',
                                     'NULL', '0x%08x' % value))
            f.uses.append(('bit', const, False))
            subs.append('&' + f.var)
        self.protos.append('static int * const %s[] = { %s, NULL };' % (name, ', '.join(subs)))
        return name

    def fn_suffix(self, ctx):
        return '__%s' % ctx if ctx else ''

    def pointee_fn(self, ptr, where):
        target = ptr.target
        if isinstance(target, StringT):
            return 'ndr_pointee_string'
        if isinstance(target, ConfArray):
            return self.array_fn(target, where)
        if isinstance(target, (StructT, Ptr, Scalar, Ipv6, FileTime, DwordDword, UnionT)):
            name = '%s_pointee_%s' % (self.proto, self.node_name(target))
            if name not in self.done:
                self.done.add(name)
                body = self.emit_value(target, ParentHf, 'pointee', 'value', None, [])
                self.define(name, 'ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf_index, '
                            'guint64 arg _U_', body + ['return offset;'])
            return name
        raise GenError('unsupported pointee in %s' % where)

    def node_name(self, node):
        if isinstance(node, StructT):
            return node.struct.name + self.fn_suffix(node.ctx)
        if isinstance(node, Ptr):
            return 'ptr_' + self.node_name(node.target)
        if isinstance(node, StringT):
            return 'string'
        if isinstance(node, Ipv6):
            return 'ipv6'
        if isinstance(node, FileTime):
            return 'filetime'
        if isinstance(node, DwordDword):
            return 'dword_dword'
        if isinstance(node, Scalar):
            return 'uint%d' % (node.size * 8)
        if isinstance(node, ConfArray):
            return 'array_' + self.node_name(node.elem)
        raise GenError('no name for %r' % node)

    def array_fn(self, conf, where):
        """The function for a conformant array: its count, then its elements."""
        element = conf.elem
        if isinstance(element, Scalar) and element.size == 1:
            return 'ndr_pointee_bytes'
        if isinstance(element, Scalar) and element.wchar:
            return 'ndr_pointee_wchars'
        if isinstance(element, Scalar) and element.size == 4 and not element.enum:
            return 'ndr_pointee_uint32s'
        name = '%s_array_%s' % (self.proto, self.node_name(element))
        if name in self.done:
            return name
        self.done.add(name)
        if isinstance(element, StructT):
            elem_fn = self.struct_fn(element)
        else:
            elem_fn = '%s_element_%s' % (self.proto, self.node_name(element))
            body = self.emit_value(element, ParentHf, 'element', 'value', None, [])
            self.define(elem_fn, 'ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf_index',
                        body + ['return offset;'])
        body = 'return ndr_conformant_array(ctx, tree, offset, size_is, %d, %d, %s, hf_index);' % (
            max(1, self.flat_size(element)), max(1, self.flat_size(element, True)), elem_fn)
        self.define(name, 'ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf_index, guint64 size_is',
                    [body])
        return name

    def define(self, name, params, body, ret='int'):
        self.protos.append('static %s %s(%s);' % (ret, name, params))
        self.funcs.append('static %s\n%s(%s)\n{\n%s\n}\n' % (
            ret, name, params, '\n'.join('    ' + l if l else '' for l in body)))

    # ---- emission: structures and unions --------------------------------

    def locals_needed(self, members):
        names = set()
        for m in members:
            for a in ('size_is', 'switch_is'):
                at = attr_get(m.attrs, a)
                if at:
                    names |= self.expr_names(at.args[0], self.idl.macros)
        return names

    def struct_fn(self, node):
        struct, ctx = node.struct, node.ctx
        name = '%s_dissect_%s%s' % (self.proto, struct.name, self.fn_suffix(ctx))
        if name in self.done:
            return name
        self.done.add(name)
        vm = self.cfg(self.cnf.value_member, 'VALUE_MEMBER', struct.name, ctx)
        body = ['proto_item *item;', 'proto_tree *tree;', 'int start;', 'gboolean was_quiet;']
        names = [m.name for m in struct.members]
        needed = self.locals_needed(struct.members) & set(names)
        body += ['guint32 v_%s = 0;' % n for n in sorted(needed)]
        # a pointer whose size_is names a member sent after it: its pointee
        # is queued before that member is read, and told its size after
        late = {}
        for i, m in enumerate(struct.members):
            at = attr_get(m.attrs, 'size_is')
            if at and self.expr_names(at.args[0], self.idl.macros) & set(names[i:]):
                late[m.name] = at.args[0]
                body.append('guint slot_%s;' % m.name)
        ett = self.ett(struct.name + self.fn_suffix(ctx))
        # read quietly at once when every member allows it (quiet_row)
        quiet = None if needed or late or vm else []
        members = []
        for i, m in enumerate(struct.members):
            mnode = self.member_node(struct, m, ctx)
            members.append('/* %s */' % m.name)
            if vm == m.name:
                hfvar = ParentHf
            else:
                hfvar = self.field_for(mnode, struct.name, m.name, True, ctx)
            if m.name in late:
                members.append('slot_%s = ndr_deferred_slot(ctx);' % m.name)
            members += self.emit_value(mnode, hfvar, struct.name, m.name, ctx, names[:i],
                                       local='v_%s' % m.name if m.name in needed else None)
            if quiet is not None:
                row = self.quiet_row(mnode, hfvar, '%s.%s' % (struct.name, m.name))
                quiet = quiet + [row] if row else None
        if quiet:
            body += ['static const ndr_quiet_member_t quiet_members[] = {'] + \
                    ['    %s,' % q for q in quiet] + ['};']
        body += ['', self.align_stmt(self.align_of(node), self.align_of(node, True)),
                 'start = offset;', self.quiet_begin(name)]
        if quiet:
            body += ['if (ctx->quiet) {',
                     '    offset = ndr_quiet_members(ctx, offset, quiet_members, %d);' % len(quiet),
                     '    offset = ndr_struct_trailer(ctx, offset, %d);' % self.align_of(node, True),
                     '    ndr_quiet_end(ctx, was_quiet);',
                     '    return offset;',
                     '}']
        if vm:
            body.append('tree = ndr_struct_text_tree(ctx, parent_tree, offset, '
                        'proto_registrar_get_name(hf_index), %s, &item);' % ett)
        else:
            body.append('tree = ndr_struct_tree(ctx, parent_tree, offset, hf_index, %s, &item);' % ett)
        body += members
        for m, expr in late.items():
            body.append('ndr_deferred_set_arg(ctx, slot_%s, (guint64)(%s));'
                        % (m, self.c_expr(expr, names, struct.name)))
        body += ['offset = ndr_struct_trailer(ctx, offset, %d);' % self.align_of(node, True),
                 'proto_item_set_len(item, offset - start);', 'ndr_quiet_end(ctx, was_quiet);',
                 'return offset;']
        self.define(name, 'ndr_ctx_t *ctx, proto_tree *parent_tree, int offset, int hf_index', body)
        return name

    def quiet_row(self, mnode, hf, where):
        """The ndr_quiet_member_t initialiser of a member of a structure that
        ndr_quiet_members can read quietly at once: a value of up to 4 bytes
        or a pointer that carries no size; None for any other member."""
        if isinstance(mnode, Scalar) and mnode.size in (1, 2, 4):
            s20, s64 = self.scalar_size(mnode, False), self.scalar_size(mnode, True)
            return '{ %d, %d, %d, %d, NULL, NULL }' % (s20, s20, s64, s64)
        if isinstance(mnode, Ptr) and not isinstance(mnode.target, ConfArray) and \
                hf is not ParentHf:
            return '{ 4, 4, 8, 8, %s, &%s }' % (self.pointee_fn(mnode, where), hf.var)
        return None

    def quiet_begin(self, name):
        """A structure or union none of whose fields is asked for is read
        quietly (ndr.h); need_<name> lists its fields (need_tables)."""
        self.quiet_fns.append(name)
        return 'was_quiet = ndr_quiet_begin(ctx, &parent_tree, hf_index, &need_%s);' % name

    def need_tables(self, macs):
        """For each structure and union, the fields it and everything inside
        it can show: its members', its pointees', its arms', the bits of its
        bitmaps and the Ethernet addresses of its byte arrays."""
        fn_re = re.compile(r'\b(%s_(?:dissect|pointee|array|element)_\w+)' % self.proto)
        hf_re = re.compile(r'__HF\d+__|\bbits_\w+')
        bits_re = re.compile(r'static int \* const (bits_\w+)\[\] = \{ (.*) \};')
        bits = {}
        for line in self.protos:
            m = bits_re.match(line)
            if m:
                bits[m.group(1)] = re.findall(r'__HF\d+__', m.group(2))
        mac_of = {}
        for row in macs:
            b, m = re.findall(r'__HF\d+__', row)
            mac_of.setdefault(b, []).append(m)
        direct, calls = {}, {}
        for f in self.funcs:
            lines = f.split('\n')
            name = lines[1].split('(')[0]
            text = '\n'.join(lines[3:])
            calls[name] = set(fn_re.findall(text)) - {name}
            hfs = set()
            for h in hf_re.findall(text):
                hfs.update(bits.get(h, [h]) if h.startswith('bits_') else [h])
            for h in list(hfs):
                hfs.update(mac_of.get(h, []))
            direct[name] = hfs
        memo = {}

        def closure(name, seen):
            if name in memo:
                return memo[name]
            seen = seen | {name}
            hfs = set(direct.get(name, ()))
            for c in calls.get(name, ()):
                if c not in seen:
                    hfs |= closure(c, seen)
            memo[name] = hfs
            return hfs

        out = []
        for name in self.quiet_fns:
            hfs = sorted(closure(name, set()), key=lambda h: int(h[4:-2]))
            out.append('static int *const need_hfs_%s[] = { %s };'
                       % (name, ', '.join('&' + h for h in hfs) or 'NULL'))
            out.append('static ndr_need_t need_%s = { need_hfs_%s, %d, 0, FALSE };'
                       % (name, name, len(hfs)))
        return out

    @staticmethod
    def align_stmt(ndr20, ndr64):
        if ndr20 == ndr64:
            return 'offset = ndr_align(ctx, offset, %d);' % ndr20
        return 'offset = ndr_align_syntax(ctx, offset, %d, %d);' % (ndr20, ndr64)

    def case_value(self, cval):
        cnum = self.enum_values.get(cval, self.consts.get(cval))
        if cnum is None:
            cnum = int(cval, 0)
        return cnum

    def union_fn(self, unode):
        ctx = unode.ctx if self.differs(unode.owner, unode.ctx) else None
        unode = UnionT(unode.union, unode.owner, unode.member, ctx)
        name = '%s_dissect_%s_%s%s' % (self.proto, unode.owner, unode.member, self.fn_suffix(ctx))
        if name in self.done:
            return name
        self.done.add(name)
        st_node = self.switch_node(unode)
        # NDR 2.0 aligns the discriminant to its type and each arm to its own
        # (the arm's reader does that); NDR64 aligns both to the union's
        # alignment (the discriminant also to its own).
        union64 = self.align_of(unode, True)
        if st_node.size == 4:
            switch_fn = 'ndr_union_switch32'
        elif st_node.enum is not None:
            switch_fn = 'ndr_union_switch_enum'
        else:
            switch_fn = 'ndr_union_switch16'
        body = ['proto_item *item;', 'proto_tree *tree;', 'int start;', 'guint32 level;',
                'gboolean was_quiet;', '',
                self.align_stmt(self.switch_size(unode, False), union64),
                'start = offset;', self.quiet_begin(name),
                'tree = ndr_struct_tree(ctx, parent_tree, offset, hf_index, %s, &item);'
                % self.ett(unode.owner + '_' + unode.member + self.fn_suffix(ctx)),
                'offset = %s(ctx, tree, offset, switch_is, %d, &level);' % (switch_fn, union64),
                'switch (level) {']
        default = None
        for arm in unode.union.arms:
            case = attr_get(arm.attrs, 'case')
            if case is None:
                default = arm
                continue
            anode = self.arm_node(unode, arm)
            body.append('case %d: /* %s%s */' % (self.case_value(case.args[0]), case.args[0],
                                                  ': ' + arm.name if not arm.empty else ''))
            if anode is not None:
                hf = self.field_for(anode, unode.owner, arm.name, True, ctx)
                body += ['    ' + l for l in self.emit_value(anode, hf, unode.owner, arm.name, ctx, [])]
            body.append('    break;')
        body.append('default:')
        if default is not None and not default.empty:
            anode = self.arm_node(unode, default)
            hf = self.field_for(anode, unode.owner, default.name, True, ctx)
            body += ['    ' + l for l in self.emit_value(anode, hf, unode.owner, default.name, ctx, [])]
        elif default is None:
            body.append('    ndr_union_unknown_arm(ctx, tree, offset, level);')
        body += ['    break;', '}', 'proto_item_set_len(item, offset - start);',
                 'ndr_quiet_end(ctx, was_quiet);', 'return offset;']
        self.define(name, 'ndr_ctx_t *ctx, proto_tree *parent_tree, int offset, int hf_index, '
                    'guint32 switch_is', body)
        return name

    # ---- emission: methods ------------------------------------------------

    def param_node(self, method, p, ctx):
        node = self.resolve(p.type.name, p.type.pointers, p.attrs, method.name, p.name, (), ctx)
        # The outermost pointer of a parameter is [ref] unless it says
        # otherwise; a [ref] pointer has no representation on the wire.
        ptr_attr = [a.name for a in p.attrs if a.name in ('unique', 'ptr', 'ref')]
        if isinstance(node, Ptr) and (not ptr_attr or ptr_attr[0] == 'ref'):
            node = node.target
        return self.bind_ctx(node, ctx)

    def method_body(self, iface, method, direction):
        name = '%s_%s_%s_%s' % (self.proto, iface.name, method.name, direction)
        mctx = self.cfg(self.cnf.contexts, 'CONTEXT', method.name, None)
        params = [p for p in method.params if (p.is_in if direction == 'request' else p.is_out)]
        needed = set()
        for p in params:
            for a in ('size_is', 'switch_is'):
                at = attr_get(p.attrs, a)
                if at:
                    needed |= self.expr_names(at.args[0], self.idl.macros)
        needed |= {p.name for p in params if attr_get(p.attrs, 'range')}
        needed &= {p.name for p in params}
        body = ['guint32 v_%s = 0;' % n for n in sorted(needed)]
        if needed:
            body.append('')
        seen = []
        for p in params:
            ctx = self.member_ctx(method.name, p.name, mctx)
            node = self.param_node(method, p, ctx)
            hf = self.field_for(node, method.name, p.name, False, ctx)
            attrs = ', '.join(a.name for a in p.attrs)
            body.append('/* [%s] %s%s %s */' % (attrs, p.type.name, '*' * p.type.pointers, p.name))
            body += self.emit_value(node, hf, method.name, p.name, ctx, seen,
                                    local='v_%s' % p.name if p.name in needed else None)
            body.append('offset = ndr_flush_deferred(ctx, offset);')
            self.check_range(p, hf, body, needed)
            seen.append(p.name)
        if direction == 'response' and method.ret.name != 'void':
            rname, _ = self.cnf.return_field
            f = Field('%s.%s' % (self.proto, rname), 'Return code', 'FT_UINT32',
                      'BASE_HEX|BASE_EXT_STRING')
            f.runtime_strings = self.cnf.return_field[1]
            f = self.add_field(f)
            f.uses.append(('return', 'value', False))
            body += ['/* return value */', 'offset = ndr_uint32(ctx, tree, offset, %s, NULL);' % f.var]
        body.append('return offset;')
        self.define(name, 'ndr_ctx_t *ctx, proto_tree *tree, int offset', body)
        return name

    def check_range(self, p, hf, body, needed):
        """[range(lo, hi)] on a parameter: a value outside gets an expert."""
        r = attr_get(p.attrs, 'range')
        if r is None:
            return
        lo, hi = (self.const_value(a) for a in r.args)
        body.insert(len(body) - 1, 'ndr_check_range(ctx, tree, %s, v_%s, %d, %d);'
                    % (hf.var, p.name, lo, hi))

    def short_name(self, name):
        for p in self.cnf.shortname:
            if name.startswith(p):
                return name[len(p):]
        return name

    # ---- descriptions -------------------------------------------------------

    def describe(self, f):
        """tshark -G fields' description: where the field comes from, with
        the section of the specification that defines it."""
        owners = []
        for owner, member, is_type in f.uses:
            if owner in ('pointee', 'element'):
                continue
            if owner == 'bit':
                owners.append('bit %s' % member)
            elif owner == 'mac':
                owners.append('the Ethernet address in %s, when it holds one' % member)
            elif owner == 'return':
                owners.append('the method\'s return value (Win32 or DHCP error code)')
            elif is_type:
                sec = self.section_of_type(owner)
                owners.append('%s.%s%s' % (owner, member, ' (%s)' % sec if sec else ''))
            else:
                sec = self.section_of_method(owner)
                owners.append('%s parameter %s%s' % (owner, member, ' (%s)' % sec if sec else ''))
        seen, uniq = set(), []
        for o in owners:
            if o not in seen:
                seen.add(o)
                uniq.append(o)
        if not uniq:
            return None
        text = 'MS-DHCPM ' + uniq[0]
        if len(uniq) > 1:
            more = uniq[1:6]
            text += '; also ' + ', '.join(more) + (', ...' if len(uniq) > 6 else '')
        return text

    def section_of_type(self, name):
        t = self.idl.types.get(name)
        doc = getattr(t, 'doc', None)
        m = SECTION_RE.search(doc or '')
        return m.group(1) if m else None

    def section_of_method(self, name):
        for iface in self.idl.interfaces:
            for m in iface.methods:
                if m.name == name:
                    return '3.%d.4.%d' % (1 if iface.name == 'dhcpsrv' else 2, m.opnum + 1)
        return None

    # ---- output -----------------------------------------------------------

    def generate(self, header_name):
        tables = []
        for iface in self.idl.interfaces:
            rows, procs = [], []
            for m in iface.methods:
                if m.decoded:
                    rq = self.method_body(iface, m, 'request')
                    rs = self.method_body(iface, m, 'response')
                    procs.append('    { %d, %s, %s_dissect_request, %s_dissect_response },'
                                 % (m.opnum, c_string(m.name), self.proto, self.proto))
                else:
                    rq = rs = 'NULL'
                    procs.append('    { %d, %s, NULL, NULL },' % (m.opnum, c_string(m.name)))
                codes = self.codes_table(iface, m)
                rows.append('    { %d, %s, %s, %s, %s, %s, %s, %d },' % (
                    m.opnum, c_string(m.name), c_string(self.short_name(m.name)), rq, rs,
                    'TRUE' if self.is_change(m.name) else 'FALSE', codes[0], codes[1]))
            u = iface.uuid.split('-')
            guid = '{ 0x%s, 0x%s, 0x%s, { %s } }' % (
                u[0], u[1], u[2], ', '.join('0x' + (u[3] + u[4])[i:i + 2] for i in range(0, 16, 2)))
            tables.append((iface, rows, procs, guid))
        keys = self.key_rows()
        macs = self.mac_rows()
        needs = self.need_tables(macs)
        mapping = self.settle_vars()
        fields = self.all_fields()

        c = ['/* Generated by tools/idlgen from idl/dhcpm.idl and idl/dhcpm.cnf: do not edit. */',
             '#include <epan/packet.h>',
             '#include <epan/unit_strings.h>',
             '#include "%s"' % header_name, '']
        for f in fields:
            c.append('int %s = -1;' % f.var)
        c.append('')
        for e in self.etts:
            c.append('static gint %s = -1;' % e)
        c.append('')
        for name, pairs, static in self.vals:
            c.append('%sconst value_string %s[] = {' % ('static ' if static else '', name))
            for v, t in sorted(pairs, key=lambda p: p[0] if isinstance(p[0], int) else p[1]):
                c.append('    { %d, %s },' % (v, c_string(t)) if isinstance(v, int) else
                         '    { %d, %s },' % (t, c_string(v)))
            c.append('    { 0, NULL }')
            c.append('};')
        c.append('')
        c += self.protos
        c.append('')
        c += needs
        c.append('')
        c += self.funcs
        c += self.code_tables
        for iface, rows, procs, guid in tables:
            c.append('static const %s_method_t %s_%s_methods[] = {' % (self.proto, self.proto, iface.name))
            c += rows
            c.append('};')
            c.append('static dcerpc_sub_dissector %s_%s_procs[] = {' % (self.proto, iface.name))
            c += procs
            c.append('    { 0, NULL, NULL, NULL }')
            c.append('};')
        c.append('const %s_interface_t %s_interfaces[] = {' % (self.proto, self.proto))
        for iface, rows, procs, guid in tables:
            major, minor = iface.version
            c.append('    { %s, %s, %d, %d, %s_%s_methods, G_N_ELEMENTS(%s_%s_methods), %s_%s_procs },'
                     % (c_string(iface.name), guid, major, minor, self.proto, iface.name,
                        self.proto, iface.name, self.proto, iface.name))
        c.append('};')
        c.append('const guint %s_n_interfaces = G_N_ELEMENTS(%s_interfaces);' % (self.proto, self.proto))
        c.append('')
        c.append('/* The values that say what a call is about (cnf KEY), in the order of the Info')
        c.append(' * column. */')
        c.append('const %s_key_t %s_keys[] = {' % (self.proto, self.proto))
        c += keys or ['    { NULL, 0, NULL, FALSE }']
        c.append('};')
        c.append('const guint %s_n_keys = %d;' % (self.proto, len(keys)))
        c.append('')
        c.append('void\n%s_register_generated(int proto)\n{' % self.proto)
        c.append('    static hf_register_info hf[] = {')
        runtime = []
        for i, f in enumerate(fields):
            blurb = self.describe(f)
            c.append('        { &%s, { %s, %s, %s, %s, %s, %s, %s, HFILL } },'
                     % (f.var, c_string(f.label), c_string(f.filter), f.ftype, f.display,
                        f.strings, f.mask, c_string(blurb) if blurb else 'NULL'))
            if f.runtime_strings:
                runtime.append('    hf[%d].hfinfo.strings = %s();' % (i, f.runtime_strings))
        c.append('    };')
        c.append('    static gint *ett[] = {')
        c += ['        &%s,' % e for e in self.etts]
        c.append('    };')
        c += runtime
        c.append('    proto_register_field_array(proto, hf, array_length(hf));')
        c.append('    proto_register_subtree_array(ett, array_length(ett));')
        if self.pointees:
            c.append('    {')
            c.append('        static int *const pointees[] = {')
            c += ['            &%s,' % v for v in self.pointees]
            c.append('        };')
            c.append('        ndr_register_pointers(proto, pointees, G_N_ELEMENTS(pointees));')
            c.append('    }')
        if macs:
            c.append('    {')
            c.append('        static int *const macs[] = {')
            c += macs
            c.append('        };')
            c.append('        ndr_register_macs(macs, G_N_ELEMENTS(macs) / 2);')
            c.append('    }')
        c.append('}')

        h = ['/* Generated by tools/idlgen from idl/dhcpm.idl and idl/dhcpm.cnf: do not edit. */',
             '#ifndef DHCPM_GENERATED_H', '#define DHCPM_GENERATED_H', '',
             '#include "dhcpm.h"', '']
        for f in fields:
            h.append('extern int %s;' % f.var)
        h.append('')
        for name, pairs, static in self.vals:
            if not static:
                h.append('extern const value_string %s[];' % name)
        h += ['', 'extern const %s_key_t %s_keys[];' % (self.proto, self.proto),
              'extern const guint %s_n_keys;' % self.proto,
              '', 'void %s_register_generated(int proto);' % self.proto, '', '#endif']
        placeholder = re.compile(r'__HF\d+__')
        fix = lambda text: placeholder.sub(lambda m: mapping[m.group(0)], text)
        return fix('\n'.join(c) + '\n'), fix('\n'.join(h) + '\n')

    def key_rows(self):
        styles = {'prefix': 'DHCPM_KEY_PREFIX', 'suffix': 'DHCPM_KEY_SUFFIX',
                  'quoted': 'DHCPM_KEY_QUOTED'}
        rows = []
        for filt, style, label, request_only in self.cnf.keys:
            if filt not in self.fields:
                raise GenError('KEY %s: no such field' % filt)
            if style not in styles:
                raise GenError('KEY %s: unknown style %s' % (filt, style))
            for f in self.fields[filt]:
                rows.append('    { &%s, %s, %s, %s },' % (f.var, styles[style], c_string(label),
                                                         'TRUE' if request_only else 'FALSE'))
        return rows

    def mac_rows(self):
        rows = []
        for bytes_filter, mac_filter, label in self.cnf.macs:
            if bytes_filter not in self.fields:
                raise GenError('MAC %s: no such field' % bytes_filter)
            mac = self.add_field(Field(mac_filter, label, 'FT_ETHER'))
            mac.uses.append(('mac', bytes_filter, False))
            for f in self.fields[bytes_filter]:
                if f.ftype != 'FT_BYTES':
                    raise GenError('MAC %s: not a byte array' % bytes_filter)
                rows.append('            &%s, &%s,' % (f.var, mac.var))
        return rows

    def is_change(self, name):
        for pat in self.cnf.changes:
            if fnmatch.fnmatchcase(name, pat):
                self.cnf.used.add('CHANGE %s' % pat)
                return True
        return False

    def codes_table(self, iface, m):
        """(C array, length) of the return codes m's page lists."""
        rows = self.codes.get(m.name)
        if not rows:
            return 'NULL', 0
        name = '%s_codes_%s_%d' % (self.proto, iface.name, m.opnum)
        self.code_tables.append('static const %s_code_t %s[] = {' % (self.proto, name))
        for value, page, text in rows:
            self.code_tables.append('    { 0x%08X, 0x%08X, %s },' % (value, page, c_string(text)))
        self.code_tables.append('};')
        return name, len(rows)

    def unused_cnf(self):
        keys = set('CHANGE %s' % p for p in self.cnf.changes)
        for d, table in (('RENAME', self.cnf.rename), ('DISPLAY', self.cnf.display),
                         ('VALS', self.cnf.vals), ('BITMAP', self.cnf.bitmap),
                         ('VALUE_MEMBER', self.cnf.value_member), ('PREFIX', self.cnf.prefix),
                         ('CONTEXT', self.cnf.contexts)):
            for k in table:
                keys.add('%s %s' % (d, k))
        return sorted(keys - self.cnf.used)
