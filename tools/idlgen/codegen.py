"""Turns the parsed IDL and cnf into the C of a Wireshark DCE/RPC dissector.

One C function per structure and union, one hf per distinct filter name,
one method body per direction; all of them call the NDR runtime in
plugin/ndr/.  The layout rules (what is a pointer, what is deferred, how
things align) are decided here once, so the C reads like the IDL.
"""

import re

from idl_parser import Enum, Struct, Typedef, Union, attr_get


class GenError(Exception):
    pass


# ---- resolved type nodes --------------------------------------------------

class Scalar:
    """An integer on the wire, and how it is shown."""
    def __init__(self, size, signed=False, enum=None, display=None):
        self.size, self.signed, self.enum, self.display = size, signed, enum, display


class FileTime:
    """DATE_TIME: two DWORDs shown as one absolute time."""


class StringT:
    """The pointee of a [string] wchar_t pointer."""


class StructT:
    def __init__(self, struct):
        self.struct = struct


class UnionT:
    def __init__(self, union, owner, member):
        self.union, self.owner, self.member = union, owner, member


class Ptr:
    def __init__(self, target, size_is=None):
        self.target, self.size_is = target, size_is


BASE = {
    'unsigned char': Scalar(1), 'unsigned short': Scalar(2),
    'unsigned long': Scalar(4), 'long': Scalar(4, signed=True),
    'unsigned int': Scalar(4), 'int': Scalar(4, signed=True),
}


def round_up(offset, alignment):
    return (offset + alignment - 1) // alignment * alignment


def snake(name):
    s = re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', name)
    s = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1_\2', s)
    return s.lower()


def c_ident(text):
    return re.sub(r'[^A-Za-z0-9_]', '_', text)


def c_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


class Field:
    def __init__(self, filt, label, ftype, display='BASE_NONE', strings='NULL',
                 mask='0x0'):
        self.filter, self.label, self.ftype = filt, label, ftype
        self.display, self.strings, self.mask = display, strings, mask
        self.var = 'hf_' + c_ident(filt)
        self.runtime_strings = None

    def signature(self):
        return (self.ftype, self.display, self.strings, self.mask)


class ParentHf:
    """The hf a structure's function is given by its caller: a value member
    (cnf VALUE_MEMBER) is shown under the name of the field holding it."""
    var = 'hf_index'


class Generator:
    def __init__(self, idl, cnf):
        self.idl, self.cnf = idl, cnf
        self.proto = cnf.protocol[0]
        self.fields = {}          # filter -> Field
        self.etts = []            # ett variable names
        self.pointees = []        # hf variables that ndr_pointer points to, in order
        self.funcs = []           # C function bodies, in definition order
        self.protos = []          # forward declarations
        self.done = set()         # generated helper names
        self.vals = []            # value_string definitions
        self.consts = {c.name: c.value for c in idl.consts}
        self.enum_values = {}
        for t in idl.types.values():
            if isinstance(t, Enum):
                for n, v in t.values:
                    self.enum_values[n] = v

    # ---- type resolution --------------------------------------------------

    def display_of(self, key):
        if key in self.cnf.display:
            self.cnf.used.add('DISPLAY ' + key)
            return self.cnf.display[key]
        return None

    def resolve(self, name, pointers, attrs, owner, member):
        """The node for a use of type `name` with extra declarator pointers."""
        chain_display = None
        typedef_attrs = []
        inner_ptrs = 0
        t = self.idl.types.get(name)
        while isinstance(t, Typedef):
            chain_display = chain_display or self.display_of(t.name)
            typedef_attrs += t.attrs
            inner_ptrs += t.type.pointers
            if t.type.pointers:
                break
            name = t.type.name
            t = self.idl.types.get(name)
        if isinstance(t, Typedef):       # a pointer typedef: resolve its target
            node = self.resolve(t.type.name, 0, [], owner, member)
        else:
            chain_display = chain_display or self.display_of(name)
            node = self.base_node(name, t, owner, member)
        display = self.display_of('%s.%s' % (owner, member)) or chain_display
        if isinstance(node, Scalar):
            node = Scalar(node.size, node.signed, node.enum, display or node.display)
        elif isinstance(node, StructT) and display == 'filetime':
            node = FileTime()
        total = pointers + inner_ptrs
        is_string = (attr_get(attrs, 'string') or attr_get(typedef_attrs, 'string'))
        if is_string:
            if not (isinstance(node, Scalar) and node.size == 2):
                raise GenError('[string] on a type that is not wchar_t (%s.%s)' % (owner, member))
            total -= 1
            node = Ptr(StringT())
        size_is = attr_get(attrs, 'size_is')
        for level in range(total):
            innermost = level == total - 1 and not is_string
            node = Ptr(node, size_is.args[0] if (size_is and innermost) else None)
        return node

    def base_node(self, name, t, owner, member):
        if name in BASE:
            return BASE[name]
        if name == 'wchar_t':
            return Scalar(2)
        if isinstance(t, Enum):
            return Scalar(2, enum=t)
        if isinstance(t, Struct):
            if self.display_of(t.name) == 'filetime':
                return FileTime()
            return StructT(t)
        if isinstance(t, Union):
            return UnionT(t, owner, member)
        raise GenError('unknown type %s (in %s.%s)' % (name, owner, member))

    # ---- fields -----------------------------------------------------------

    def filter_name(self, owner, member, owner_is_type):
        key = '%s.%s' % (owner, member)
        if key in self.cnf.rename:
            self.cnf.used.add('RENAME ' + key)
            leaf = self.cnf.rename[key]
        else:
            leaf = snake(member)
        prefix = self.cnf.prefix.get(owner) if owner_is_type else None
        if prefix:
            return '%s.%s.%s' % (self.proto, prefix, leaf)
        return '%s.%s' % (self.proto, leaf)

    def add_field(self, field):
        old = self.fields.get(field.filter)
        if old is None:
            self.fields[field.filter] = field
            return field
        if old.signature() != field.signature():
            raise GenError('field %s used with two types: %s and %s'
                           % (field.filter, old.signature(), field.signature()))
        return old

    def vals_for(self, key, scalar):
        spec = self.cnf.vals.get(key)
        if spec is None:
            if scalar.enum is not None:
                return self.enum_vals(scalar.enum)
            return 'NULL'
        self.cnf.used.add('VALS ' + key)
        name = 'vals_' + c_ident(key)
        if spec[0] == 'list':
            pairs = spec[1]
        else:
            pairs = [(c.value, c.name) for c in self.idl.consts if c.name.startswith(spec[1])]
        self.vals.append((name, pairs, True))
        return 'VALS(%s)' % name

    def enum_vals(self, enum):
        name = '%s_%s_vals' % (self.proto, enum.name)
        if name not in self.done:
            self.done.add(name)
            self.vals.append((name, enum.values, False))
        return 'VALS(%s)' % name

    def field_for(self, node, owner, member, owner_is_type, label=None):
        """The hf that shows `node` (a member or parameter)."""
        filt = self.filter_name(owner, member, owner_is_type)
        return self.add_field(Field(filt, label or member, *self.field_form(node, owner, member)))

    def field_form(self, node, owner, member):
        """(ftype, display, strings) of the field that shows `node`."""
        key = '%s.%s' % (owner, member)
        while isinstance(node, Ptr) and node.size_is is None:
            node = node.target
        if isinstance(node, Ptr):             # conformant array
            node = node.target
            if isinstance(node, Scalar) and node.size == 1:
                return ('FT_BYTES', 'BASE_NONE', 'NULL')
        if isinstance(node, Scalar):
            if key in self.cnf.bitmap:
                return ('FT_UINT32', 'BASE_HEX', 'NULL')
            if node.display == 'ipv4':
                return ('FT_IPv4', 'BASE_NONE', 'NULL')
            if node.display == 'time_t':
                return ('FT_ABSOLUTE_TIME', 'ABSOLUTE_TIME_UTC', 'NULL')
            if node.display == 'boolean':
                return ('FT_BOOLEAN', 'BASE_NONE', 'NULL')
            ftype = '%s%d' % ('FT_INT' if node.signed else 'FT_UINT', node.size * 8)
            base = 'BASE_HEX' if node.display == 'hex' else 'BASE_DEC'
            return (ftype, base, self.vals_for(key, node))
        if isinstance(node, FileTime):
            return ('FT_ABSOLUTE_TIME', 'ABSOLUTE_TIME_UTC', 'NULL')
        if isinstance(node, StringT):
            return ('FT_STRING', 'BASE_NONE', 'NULL')
        if isinstance(node, StructT):
            vm = self.cnf.value_member.get(node.struct.name)
            if vm:
                # the holder shows the value member under its own name
                self.cnf.used.add('VALUE_MEMBER ' + node.struct.name)
                inner = [m for m in node.struct.members if m.name == vm][0]
                return self.field_form(self.member_node(node.struct, inner), node.struct.name, inner.name)
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
    # bytes; a structure padded at its end to a multiple of its alignment
    # (2.2.5.3.4.1); a union's discriminant and arm aligned to the union's
    # alignment (2.2.5.3.4.4).

    def scalar_size(self, node, ndr64):
        if node.enum is not None and ndr64:
            return 4
        return node.size

    def align_of(self, node, ndr64=False):
        if isinstance(node, Scalar):
            return self.scalar_size(node, ndr64)
        if isinstance(node, Ptr):
            return 8 if ndr64 else 4
        if isinstance(node, FileTime):
            return 4
        if isinstance(node, StructT):
            return max([self.align_of(self.member_node(node.struct, m), ndr64)
                        for m in node.struct.members] or [1])
        if isinstance(node, UnionT):
            return max([self.switch_size(node, ndr64)] + self.arm_aligns(node, ndr64))
        raise GenError('no alignment for %r' % node)

    def arm_aligns(self, unode, ndr64):
        return [self.align_of(self.member_node_arm(unode, a), ndr64) for a in unode.union.arms]

    def flat_size(self, node, ndr64=False):
        """The size of the flat part in one transfer syntax, laid out from
        offset 0: a lower bound for a union, whose arms differ."""
        if isinstance(node, Scalar):
            return self.scalar_size(node, ndr64)
        if isinstance(node, Ptr):
            return 8 if ndr64 else 4
        if isinstance(node, FileTime):
            return 8
        if isinstance(node, StructT):
            off = 0
            for m in node.struct.members:
                mn = self.member_node(node.struct, m)
                off = round_up(off, self.align_of(mn, ndr64)) + self.flat_size(mn, ndr64)
            return round_up(off, self.align_of(node, ndr64)) if ndr64 else off
        if isinstance(node, UnionT):
            arm = min(self.flat_size(self.member_node_arm(node, a), ndr64) for a in node.union.arms)
            if ndr64:
                return round_up(self.switch_size(node, True), max(self.arm_aligns(node, True))) + arm
            return self.switch_size(node, False) + arm
        raise GenError('no size for %r' % node)

    def switch_node(self, unode):
        """The discriminant's type: the switch_type of the union's member."""
        owner_struct = self.idl.types[unode.owner]
        member = [m for m in owner_struct.members if m.name == unode.member][0]
        st = attr_get(member.attrs, 'switch_type')
        node = self.resolve(st.args[0], 0, [], unode.owner, unode.member) if st else Scalar(4)
        if not (isinstance(node, Scalar) and node.size == 2):
            raise GenError('only 16-bit union discriminants are supported (%s.%s)'
                           % (unode.owner, unode.member))
        return node

    def switch_size(self, unode, ndr64):
        return self.scalar_size(self.switch_node(unode), ndr64)

    def member_node(self, struct, m):
        if m.type.inline is not None:
            if not isinstance(m.type.inline, Union):
                raise GenError('only inline unions are supported (%s.%s)' % (struct.name, m.name))
            return UnionT(m.type.inline, struct.name, m.name)
        return self.resolve(m.type.name, m.type.pointers, m.attrs, struct.name, m.name)

    def member_node_arm(self, unode, arm):
        return self.resolve(arm.type.name, arm.type.pointers, arm.attrs, unode.owner, arm.name)

    # ---- emission: values -------------------------------------------------

    def emit_value(self, node, hf, owner, member, local=None):
        """C statements that dissect `node` at offset into tree."""
        out = 'offset = %s;'
        key = '%s.%s' % (owner, member)
        val = '&%s' % local if local else 'NULL'
        if isinstance(node, Scalar):
            if key in self.cnf.bitmap:
                self.cnf.used.add('BITMAP ' + key)
                bits = self.bitmap_array(key, hf)
                return [out % ('ndr_bitmap32(ctx, tree, offset, %s, %s, %s, %s)'
                               % (hf.var, self.ett('bitmap_' + key), bits, val))]
            if node.display == 'time_t':
                return [out % ('ndr_time32(ctx, tree, offset, %s)' % hf.var)]
            fn = {1: 'ndr_uint8', 2: 'ndr_enum16' if node.enum else 'ndr_uint16', 4: 'ndr_uint32'}[node.size]
            return [out % ('%s(ctx, tree, offset, %s, %s)' % (fn, hf.var, val))]
        if isinstance(node, FileTime):
            return [out % ('ndr_filetime(ctx, tree, offset, %s)' % hf.var)]
        if isinstance(node, StructT):
            return [out % ('%s(ctx, tree, offset, %s)' % (self.struct_fn(node.struct), hf.var))]
        if isinstance(node, UnionT):
            sw = attr_get(self.find_member(owner, member).attrs, 'switch_is')
            if sw is None:
                raise GenError('union %s has no switch_is' % key)
            return [out % ('%s(ctx, tree, offset, %s, v_%s)' % (self.union_fn(node), hf.var, sw.args[0]))]
        if isinstance(node, Ptr):
            fn = self.pointee_fn(node, owner, member)
            arg = 'v_%s' % node.size_is if node.size_is else '0'
            # a field of its own, not a caller's (hf_index): see ndr_register_pointers
            if hf.var.startswith('hf_%s_' % self.proto) and hf.var not in self.pointees:
                self.pointees.append(hf.var)
            return [out % ('ndr_pointer(ctx, tree, offset, %s, %s, %s)' % (fn, hf.var, arg))]
        raise GenError('cannot emit %s' % key)

    def find_member(self, owner, member):
        s = self.idl.types[owner]
        for m in s.members:
            if m.name == member:
                return m
        raise GenError('no member %s.%s' % (owner, member))

    def bitmap_array(self, key, hf):
        name = 'bits_' + c_ident(key)
        if name in self.done:
            return name
        self.done.add(name)
        subs = []
        for const, sub in self.cnf.bitmap[key]:
            f = self.add_field(Field('%s.%s' % (hf.filter, sub), const, 'FT_BOOLEAN', '32',
                                     'NULL', '0x%08x' % self.consts[const]))
            subs.append('&' + f.var)
        self.protos.append('static int * const %s[] = { %s, NULL };' % (name, ', '.join(subs)))
        return name

    def pointee_fn(self, ptr, owner, member):
        target = ptr.target
        if isinstance(target, StringT):
            return 'ndr_pointee_string'
        if ptr.size_is:
            if isinstance(target, Scalar) and target.size == 1:
                return 'ndr_pointee_bytes'
            return self.array_fn(target)
        if isinstance(target, StructT):
            name = '%s_pointee_%s' % (self.proto, target.struct.name)
            if name not in self.done:
                self.done.add(name)
                self.define(name, 'ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf_index, guint32 arg _U_',
                            ['return %s(ctx, tree, offset, hf_index);' % self.struct_fn(target.struct)])
            return name
        raise GenError('unsupported pointee in %s.%s' % (owner, member))

    def array_fn(self, element):
        if isinstance(element, StructT):
            ename = element.struct.name
            body = 'return ndr_conformant_array(ctx, tree, offset, size_is, %d, %d, %s, hf_index);' % (
                self.flat_size(element), self.flat_size(element, True), self.struct_fn(element.struct))
        elif isinstance(element, Scalar) and element.size == 4:
            ename = 'uint32'
            body = 'return ndr_conformant_array_uint32(ctx, tree, offset, size_is, hf_index);'
        else:
            raise GenError('unsupported array element')
        name = '%s_array_%s' % (self.proto, ename)
        if name not in self.done:
            self.done.add(name)
            self.define(name, 'ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf_index, guint32 size_is',
                        [body])
        return name

    def define(self, name, params, body, ret='int'):
        self.protos.append('static %s %s(%s);' % (ret, name, params))
        self.funcs.append('static %s\n%s(%s)\n{\n%s\n}\n' % (
            ret, name, params, '\n'.join('    ' + l if l else '' for l in body)))

    # ---- emission: structures and unions --------------------------------

    def locals_needed(self, struct):
        names = set()
        for m in struct.members:
            for a in ('size_is', 'switch_is'):
                at = attr_get(m.attrs, a)
                if at:
                    names.add(at.args[0])
        return names

    def struct_fn(self, struct):
        name = '%s_dissect_%s' % (self.proto, struct.name)
        if name in self.done:
            return name
        self.done.add(name)
        node = StructT(struct)
        vm = self.cnf.value_member.get(struct.name)
        body = ['proto_item *item;', 'proto_tree *tree;', 'int start;']
        needed = self.locals_needed(struct)
        body += ['guint32 v_%s = 0;' % n for n in sorted(needed)]
        body += ['', self.align_stmt(self.align_of(node), self.align_of(node, True)), 'start = offset;']
        ett = self.ett(struct.name)
        if vm:
            body.append('tree = ndr_struct_text_tree(ctx, parent_tree, offset, '
                        'proto_registrar_get_name(hf_index), %s, &item);' % ett)
        else:
            body.append('tree = ndr_struct_tree(ctx, parent_tree, offset, hf_index, %s, &item);' % ett)
        for m in struct.members:
            mnode = self.member_node(struct, m)
            body.append('/* %s */' % m.name)
            if vm == m.name:
                hfvar = ParentHf
            else:
                hfvar = self.field_for(mnode, struct.name, m.name, True)
            body += self.emit_value(mnode, hfvar, struct.name, m.name,
                                    local='v_%s' % m.name if m.name in needed else None)
        body += ['offset = ndr_struct_trailer(ctx, offset, %d);' % self.align_of(node, True),
                 'proto_item_set_len(item, offset - start);', 'return offset;']
        self.define(name, 'ndr_ctx_t *ctx, proto_tree *parent_tree, int offset, int hf_index', body)
        return name

    @staticmethod
    def align_stmt(ndr20, ndr64):
        if ndr20 == ndr64:
            return 'offset = ndr_align(ctx, offset, %d);' % ndr20
        return 'offset = ndr_align_syntax(ctx, offset, %d, %d);' % (ndr20, ndr64)

    def union_fn(self, unode):
        name = '%s_dissect_%s_%s' % (self.proto, unode.owner, unode.member)
        if name in self.done:
            return name
        self.done.add(name)
        st_node = self.switch_node(unode)
        # NDR 2.0 aligns the discriminant to its type and each arm to its own
        # (the arm's reader does that); NDR64 aligns both to the largest
        # alignment of the arms (the discriminant also to its own).
        arm64 = max(self.arm_aligns(unode, True))
        switch_fn = 'ndr_union_switch_enum' if st_node.enum is not None else 'ndr_union_switch16'
        body = ['proto_item *item;', 'proto_tree *tree;', 'int start;', 'guint32 level;', '',
                self.align_stmt(self.switch_size(unode, False), self.align_of(unode, True)),
                'start = offset;',
                'tree = ndr_struct_tree(ctx, parent_tree, offset, hf_index, %s, &item);'
                % self.ett(unode.owner + '_' + unode.member),
                'offset = %s(ctx, tree, offset, switch_is, %d, &level);' % (switch_fn, arm64),
                'switch (level) {']
        for arm in unode.union.arms:
            case = attr_get(arm.attrs, 'case')
            cval = case.args[0]
            cnum = self.enum_values.get(cval, self.consts.get(cval))
            if cnum is None:
                cnum = int(cval, 0)
            anode = self.member_node_arm(unode, arm)
            hf = self.field_for(anode, unode.owner, arm.name, True)
            body.append('case %d: /* %s: %s */' % (cnum, cval, arm.name))
            body += ['    ' + l for l in self.emit_value(anode, hf, unode.owner, arm.name)]
            body.append('    break;')
        body += ['default:', '    ndr_union_unknown_arm(ctx, tree, offset, level);', '    break;', '}',
                 'proto_item_set_len(item, offset - start);', 'return offset;']
        self.define(name, 'ndr_ctx_t *ctx, proto_tree *parent_tree, int offset, int hf_index, guint32 switch_is', body)
        return name

    # ---- emission: methods ------------------------------------------------

    def param_node(self, method, p):
        node = self.resolve(p.type.name, p.type.pointers, p.attrs, method.name, p.name)
        # The outermost pointer of a parameter is [ref] unless it says
        # otherwise; a [ref] pointer has no representation on the wire.
        ptr_attr = [a.name for a in p.attrs if a.name in ('unique', 'ptr', 'ref')]
        if isinstance(node, Ptr) and (not ptr_attr or ptr_attr[0] == 'ref'):
            node = node.target
        return node

    def method_body(self, iface, method, direction):
        name = '%s_%s_%s_%s' % (self.proto, iface.name, method.name, direction)
        body = []
        params = [p for p in method.params if (p.is_in if direction == 'request' else p.is_out)]
        for p in params:
            node = self.param_node(method, p)
            hf = self.field_for(node, method.name, p.name, False)
            attrs = ', '.join(a.name for a in p.attrs)
            body.append('/* [%s] %s%s %s */' % (attrs, p.type.name, '*' * p.type.pointers, p.name))
            body += self.emit_value(node, hf, method.name, p.name)
            body.append('offset = ndr_flush_deferred(ctx, offset);')
        if direction == 'response' and method.ret.name != 'void':
            rname, _ = self.cnf.return_field
            f = self.add_field(Field('%s.%s' % (self.proto, rname), 'Return code', 'FT_UINT32',
                                     'BASE_HEX|BASE_EXT_STRING'))
            f.runtime_strings = self.cnf.return_field[1]
            body += ['/* return value */', 'offset = ndr_uint32(ctx, tree, offset, %s, NULL);' % f.var]
        body.append('return offset;')
        self.define(name, 'ndr_ctx_t *ctx, proto_tree *tree, int offset', body)
        return name

    def short_name(self, name):
        for p in self.cnf.shortname:
            if name.startswith(p):
                return name[len(p):]
        return name

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
                rows.append('    { %d, %s, %s, %s, %s },' % (m.opnum, c_string(m.name),
                                                            c_string(self.short_name(m.name)), rq, rs))
            u = iface.uuid.split('-')
            guid = '{ 0x%s, 0x%s, 0x%s, { %s } }' % (
                u[0], u[1], u[2], ', '.join('0x' + (u[3] + u[4])[i:i + 2] for i in range(0, 16, 2)))
            tables.append((iface, rows, procs, guid))

        c = ['/* Generated by tools/idlgen from idl/dhcpm.idl and idl/dhcpm.cnf: do not edit. */',
             '#include <epan/packet.h>',
             '#include "%s"' % header_name, '']
        for f in sorted(self.fields.values(), key=lambda f: f.filter):
            c.append('int %s = -1;' % f.var)
        c.append('')
        for e in self.etts:
            c.append('static gint %s = -1;' % e)
        c.append('')
        for name, pairs, static in self.vals:
            c.append('%sconst value_string %s[] = {' % ('static ' if static else '', name))
            for v, t in pairs:
                c.append('    { %d, %s },' % (v, c_string(t)) if isinstance(v, int) else
                         '    { %d, %s },' % (t, c_string(v)))
            c.append('    { 0, NULL }')
            c.append('};')
        c.append('')
        c += self.protos
        c.append('')
        c += self.funcs
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
        c.append('void\n%s_register_generated(int proto)\n{' % self.proto)
        c.append('    static hf_register_info hf[] = {')
        runtime = []
        for i, f in enumerate(sorted(self.fields.values(), key=lambda f: f.filter)):
            c.append('        { &%s, { %s, %s, %s, %s, %s, %s, NULL, HFILL } },'
                     % (f.var, c_string(f.label), c_string(f.filter), f.ftype, f.display,
                        f.strings, f.mask))
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
        c.append('}')

        h = ['/* Generated by tools/idlgen from idl/dhcpm.idl and idl/dhcpm.cnf: do not edit. */',
             '#ifndef DHCPM_GENERATED_H', '#define DHCPM_GENERATED_H', '',
             '#include "dhcpm.h"', '']
        for f in sorted(self.fields.values(), key=lambda f: f.filter):
            h.append('extern int %s;' % f.var)
        h.append('')
        for name, pairs, static in self.vals:
            if not static:
                h.append('extern const value_string %s[];' % name)
        h += ['', 'void %s_register_generated(int proto);' % self.proto, '', '#endif']
        return '\n'.join(c) + '\n', '\n'.join(h) + '\n'

    def unused_cnf(self):
        keys = set()
        for d, table in (('RENAME', self.cnf.rename), ('DISPLAY', self.cnf.display),
                         ('VALS', self.cnf.vals), ('BITMAP', self.cnf.bitmap),
                         ('VALUE_MEMBER', self.cnf.value_member)):
            for k in table:
                keys.add('%s %s' % (d, k))
        return sorted(keys - self.cnf.used)
