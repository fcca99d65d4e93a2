"""The return codes each method's page of the specification lists.

One line per code, tab-separated ('#' starts a comment):
    <method> <page hex> <page name> <SDK name> <SDK value>
<page hex> is the value the page prints beside the name, '-' for a code the
page's processing text names without a value.  <SDK name> is '=' when the
page spells the name as the Windows SDK does, else the SDK's spelling (the
page may misspell it or use an older name).  <SDK value> is the value of
that name in the Windows SDK, the one servers send.
    <method> = <other method>
says the page lists the codes of another method's page (and may add codes
of its own on lines of its own).
"""


class CodesError(Exception):
    pass


def parse_codes(text, method_names):
    """{method: [(SDK value, page value, page name)]}; the page value is the
    SDK value where the page prints none."""
    own, same = {}, {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split('#', 1)[0].rstrip()
        if not line.strip():
            continue
        cols = line.split('\t')
        method = cols[0]
        if method not in method_names:
            raise CodesError('line %d: no method %s in the IDL' % (lineno, method))
        if len(cols) == 3 and cols[1] == '=':
            if cols[2] not in method_names:
                raise CodesError('line %d: no method %s in the IDL' % (lineno, cols[2]))
            same[method] = cols[2]
            continue
        if len(cols) != 5:
            raise CodesError('line %d: expected 5 columns, got %d' % (lineno, len(cols)))
        _, page_hex, page_name, sdk_name, sdk_value = cols
        try:
            value = int(sdk_value, 16)
            page = value if page_hex == '-' else int(page_hex, 16)
        except ValueError:
            raise CodesError('line %d: a value is not hexadecimal' % lineno)
        rows = own.setdefault(method, [])
        if (value, page, page_name) not in rows:
            rows.append((value, page, page_name))
    out = {}
    for method in set(own) | set(same):
        rows, seen, m = [], set(), method
        while m is not None:
            if m in seen:
                raise CodesError('%s: its "=" lines go round in a circle' % method)
            seen.add(m)
            rows += [r for r in own.get(m, []) if r not in rows]
            m = same.get(m)
        out[method] = sorted(rows)
    return out
