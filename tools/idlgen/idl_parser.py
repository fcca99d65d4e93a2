"""Parser for the subset of MIDL used by idl/dhcpm.idl.

It reads typedefs (scalars, structs with inline unions, enums, pointer
typedefs), constants and interfaces with their methods, and returns a plain
object model.  Anything outside the subset is an error with a line number:
the IDL is the source of truth, so it must never be half understood.
"""

import re

TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<define>\#[ \t]*define[ \t]+(?:[^\n\\]|\\\n|\\)*)
  | (?P<uuid>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})
  | (?P<number>0[xX][0-9A-Fa-f]+|\d+(?:\.\d+)?)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op><=|>=|==|!=|&&|\|\||<<|>>|[<>&|?:+\-/!~^%])
  | (?P<punct>[\[\](){},;*=])
""", re.VERBOSE | re.DOTALL)


class IdlError(Exception):
    pass


class Token:
    def __init__(self, kind, text, line, doc=None):
        self.kind, self.text, self.line = kind, text, line
        self.doc = doc        # the comment just before the token, if any

    def __repr__(self):
        return '%s(%r)@%d' % (self.kind, self.text, self.line)


def tokenize(text):
    pos, line, out, doc = 0, 1, [], None
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise IdlError('line %d: unexpected character %r' % (line, text[pos]))
        kind = m.lastgroup
        if kind == 'comment':
            doc = m.group(kind)
        elif kind != 'ws':
            out.append(Token(kind, m.group(kind), line, doc))
            doc = None
        line += m.group(0).count('\n')
        pos = m.end()
    out.append(Token('eof', '', line))
    return out


# ---- object model -------------------------------------------------------

class Attr:
    """An IDL attribute such as unique, size_is(NumElements) or case(X)."""
    def __init__(self, name, args):
        self.name, self.args = name, args


def attr_get(attrs, name):
    for a in attrs:
        if a.name == name:
            return a
    return None


class TypeRef:
    """A use of a type: a named type plus pointer levels from declarators."""
    def __init__(self, name, pointers=0, inline=None):
        self.name = name          # referenced type name, or None when inline
        self.pointers = pointers  # '*' count written at this use
        self.inline = inline      # inline Union/Struct definition


class Member:
    """A structure member or union arm.  dims: the sizes of a fixed array
    (`BYTE Pattern[255]`) as expression texts; an empty union arm has no
    type and no name."""
    def __init__(self, attrs, typeref, name, line, dims=()):
        self.attrs, self.type, self.name, self.line = attrs, typeref, name, line
        self.dims = list(dims)

    @property
    def empty(self):
        return self.type is None


class Struct:
    def __init__(self, name, members):
        self.name, self.members = name, members


class Union:
    def __init__(self, name, arms):
        self.name, self.arms = name, arms   # arms: Members with case() attr


class Enum:
    def __init__(self, name, values):
        self.name, self.values = name, values  # list of (name, int)


class Typedef:
    """typedef [attrs] <type> NAME: NAME is an alias (maybe with pointers)."""
    def __init__(self, name, attrs, typeref):
        self.name, self.attrs, self.type = name, attrs, typeref


class Const:
    def __init__(self, ctype, name, value):
        self.type, self.name, self.value = ctype, name, value


class Param:
    def __init__(self, attrs, typeref, name):
        self.attrs, self.type, self.name = attrs, typeref, name

    @property
    def is_in(self):
        return attr_get(self.attrs, 'in') is not None

    @property
    def is_out(self):
        return attr_get(self.attrs, 'out') is not None


class Method:
    def __init__(self, attrs, rettype, name, params, opnum, line):
        self.attrs, self.ret, self.name = attrs, rettype, name
        self.params, self.opnum, self.line = params, opnum, line

    @property
    def decoded(self):
        return attr_get(self.attrs, 'nodecode') is None


class Interface:
    def __init__(self, name, attrs, methods):
        self.name, self.attrs, self.methods = name, attrs, methods

    @property
    def uuid(self):
        return attr_get(self.attrs, 'uuid').args[0]

    @property
    def version(self):
        major, _, minor = attr_get(self.attrs, 'version').args[0].partition('.')
        return int(major), int(minor or 0)


class Macro:
    """#define NAME body, or #define NAME(params) body: expanded in the
    expressions of attributes (switch_is, size_is) and array sizes."""
    def __init__(self, name, params, body):
        self.name, self.params, self.body = name, params, body


class Idl:
    def __init__(self):
        self.types = {}        # name -> Struct | Union | Enum | Typedef
        self.consts = []
        self.interfaces = []
        self.macros = {}       # name -> Macro


# ---- parser -------------------------------------------------------------

BASE_TYPES = {'unsigned', 'long', 'short', 'char', 'wchar_t', 'int', 'void', 'hyper'}


class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0
        self.idl = Idl()

    # token helpers
    def peek(self, k=0):
        return self.toks[self.i + k]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def accept(self, text):
        if self.peek().text == text:
            return self.next()
        return None

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise IdlError('line %d: expected %r, found %r' % (t.line, text, t.text))
        return t

    def ident(self):
        t = self.next()
        if t.kind != 'ident':
            raise IdlError('line %d: expected a name, found %r' % (t.line, t.text))
        return t.text

    # grammar
    def parse(self):
        while self.peek().kind != 'eof':
            if self.peek().kind == 'define':
                self.define(self.next())
                continue
            attrs = self.attrs()
            t = self.peek()
            if t.text == 'typedef':
                self.typedef()
            elif t.text == 'const':
                self.const()
            elif t.text == 'interface':
                self.interface(attrs)
            else:
                raise IdlError('line %d: unexpected %r at top level' % (t.line, t.text))
        return self.idl

    def attrs(self):
        out = []
        if not self.accept('['):
            return out
        while True:
            name = self.ident()
            args = []
            if self.accept('('):
                depth, cur = 1, []
                while True:
                    t = self.next()
                    if t.text == '(':
                        depth += 1
                    elif t.text == ')':
                        depth -= 1
                        if depth == 0:
                            break
                    if t.text == ',' and depth == 1:
                        args.append(' '.join(cur))
                        cur = []
                    else:
                        cur.append(t.text)
                args.append(' '.join(cur))
            out.append(Attr(name, args))
            if self.accept(']'):
                return out
            self.expect(',')

    def base_type_name(self):
        """A type name, folding C spellings such as 'unsigned long'."""
        words = []
        while self.peek().text in BASE_TYPES:
            words.append(self.next().text)
        if words:
            return ' '.join(words)
        return self.ident()

    def type_spec(self):
        t = self.peek()
        if t.text == 'struct':
            return TypeRef(None, inline=self.struct_body())
        if t.text == 'union':
            return TypeRef(None, inline=self.union_body())
        if t.text == 'enum':
            return TypeRef(None, inline=self.enum_body())
        return TypeRef(self.base_type_name())

    def declarator(self):
        n = 0
        while self.accept('*'):
            n += 1
        return n, self.ident()

    def typedef(self):
        tok = self.expect('typedef')
        line = tok.line
        attrs = self.attrs()
        spec = self.type_spec()
        first = None
        while True:
            stars, name = self.declarator()
            if spec.inline is not None and first is None and stars == 0:
                spec.inline.name = name
                spec.inline.doc = tok.doc
                self.add_type(name, spec.inline, line)
                first = name
            else:
                base = first if first else spec.name
                td = Typedef(name, attrs, TypeRef(base, stars))
                td.doc = tok.doc
                self.add_type(name, td, line)
                if first is None:
                    first = name if stars == 0 else None
            if self.accept(';'):
                return
            self.expect(',')

    def define(self, tok):
        text = tok.text.replace('\\\n', ' ')
        m = re.match(r'#\s*define\s+([A-Za-z_]\w*)(\(([^)]*)\))?\s*(.*)$', text, re.DOTALL)
        if not m:
            raise IdlError('line %d: cannot read %r' % (tok.line, text))
        name, params, body = m.group(1), m.group(3), m.group(4).strip()
        if params is not None:
            params = [p.strip() for p in params.split(',') if p.strip()]
        body_toks = [t.text for t in tokenize(body)[:-1]]
        self.idl.macros[name] = Macro(name, params, body_toks)

    def add_type(self, name, t, line):
        if name in self.idl.types:
            raise IdlError('line %d: type %s defined twice' % (line, name))
        self.idl.types[name] = t

    def struct_body(self):
        self.expect('struct')
        if self.peek().kind == 'ident':
            self.next()   # tag name, unused
        self.expect('{')
        members = []
        while not self.accept('}'):
            members.append(self.member())
        return Struct(None, members)

    def union_body(self):
        self.expect('union')
        if self.peek().kind == 'ident':
            self.next()
        self.expect('{')
        arms = []
        while not self.accept('}'):
            line = self.peek().line
            attrs = self.attrs()
            if self.accept(';'):
                arm = Member(attrs, None, None, line)      # an arm with nothing in it
            else:
                arm = self.member(attrs)
            if attr_get(arm.attrs, 'case') is None and attr_get(arm.attrs, 'default') is None:
                raise IdlError('line %d: union arm %s has no case()' % (arm.line, arm.name))
            arms.append(arm)
        return Union(None, arms)

    def enum_body(self):
        self.expect('enum')
        if self.peek().kind == 'ident':
            self.next()
        self.expect('{')
        values, nxt = [], 0
        while not self.accept('}'):
            name = self.ident()
            if self.accept('='):
                nxt = int(self.next().text, 0)
            values.append((name, nxt))
            nxt += 1
            if not self.accept(','):
                self.expect('}')
                break
        return Enum(None, values)

    def member(self, attrs=None):
        line = self.peek().line
        if attrs is None:
            attrs = self.attrs()
        spec = self.type_spec()
        stars, name = self.declarator()
        spec.pointers = stars
        dims = []
        while self.accept('['):
            cur = []
            while not self.accept(']'):
                cur.append(self.next().text)
            dims.append(' '.join(cur))
        self.expect(';')
        return Member(attrs, spec, name, line, dims)

    def const(self):
        self.expect('const')
        ctype = self.base_type_name()
        name = self.ident()
        self.expect('=')
        value = int(self.next().text, 0)
        self.expect(';')
        self.idl.consts.append(Const(ctype, name, value))

    def interface(self, attrs):
        self.expect('interface')
        name = self.ident()
        self.expect('{')
        methods = []
        while not self.accept('}'):
            line = self.peek().line
            mattrs = self.attrs()
            ret = self.type_spec()
            mname = self.ident()
            self.expect('(')
            params = []
            if not self.accept(')'):
                while True:
                    pattrs = self.attrs()
                    spec = self.type_spec()
                    stars, pname = self.declarator()
                    spec.pointers = stars
                    params.append(Param(pattrs, spec, pname))
                    if self.accept(')'):
                        break
                    self.expect(',')
            self.expect(';')
            methods.append(Method(mattrs, ret, mname, params, len(methods), line))
        self.accept(';')
        for a in ('uuid', 'version'):
            if attr_get(attrs, a) is None:
                raise IdlError('interface %s has no %s' % (name, a))
        self.idl.interfaces.append(Interface(name, attrs, methods))


def parse_idl(text):
    return Parser(text).parse()


# ---- expressions --------------------------------------------------------

def expand(tokens, macros, depth=0):
    """The tokens of an expression with its macros expanded."""
    if depth > 16:
        raise IdlError('macros nest too deep in %s' % ' '.join(tokens))
    out, i = [], 0
    while i < len(tokens):
        t = tokens[i]
        m = macros.get(t)
        if m is None:
            out.append(t)
            i += 1
            continue
        if m.params is None:
            out += expand(m.body, macros, depth + 1)
            i += 1
            continue
        if i + 1 >= len(tokens) or tokens[i + 1] != '(':
            raise IdlError('macro %s used without arguments' % t)
        args, cur, level, j = [], [], 0, i + 2
        while j < len(tokens):
            u = tokens[j]
            if u == '(':
                level += 1
            elif u == ')':
                if level == 0:
                    break
                level -= 1
            if u == ',' and level == 0:
                args.append(cur)
                cur = []
            else:
                cur.append(u)
            j += 1
        args.append(cur)
        if len(args) != len(m.params):
            raise IdlError('macro %s takes %d arguments' % (t, len(m.params)))
        body = []
        for u in m.body:
            if u in m.params:
                arg = expand(args[m.params.index(u)], macros, depth + 1)
                body += arg if len(arg) == 1 else ['('] + arg + [')']
            else:
                body.append(u)
        out += ['('] + expand(body, macros, depth + 1) + [')']
        i = j + 1
    return out


def expr_tokens(text):
    """The tokens of an attribute argument or an array size."""
    return [t.text for t in tokenize(text)[:-1]]
