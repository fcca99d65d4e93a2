#!/usr/bin/env python3
"""idlgen: generate the plugin's DCE/RPC decoding from an IDL file.

    idlgen.py IDL CNF OUT_C OUT_H [CODES]

CODES: the return codes each method's page lists (codes.py says the format).

Run by CMake at build time; the output goes to the build tree only.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cnf import CnfError, parse_cnf          # noqa: E402
from codes import CodesError, parse_codes    # noqa: E402
from codegen import GenError, Generator      # noqa: E402
from idl_parser import IdlError, parse_idl   # noqa: E402


def main(argv):
    if len(argv) not in (5, 6):
        sys.stderr.write(__doc__)
        return 2
    idl_path, cnf_path, out_c, out_h = argv[1:5]
    codes_path = argv[5] if len(argv) == 6 else None
    try:
        with open(idl_path, encoding='utf-8') as f:
            idl = parse_idl(f.read())
        with open(cnf_path, encoding='utf-8') as f:
            cnf = parse_cnf(f.read())
        codes = {}
        if codes_path:
            with open(codes_path, encoding='utf-8') as f:
                codes = parse_codes(f.read(), {m.name for i in idl.interfaces for m in i.methods})
        gen = Generator(idl, cnf, codes)
        c_text, h_text = gen.generate(os.path.basename(out_h))
    except (IdlError, CnfError, CodesError, GenError) as e:
        sys.stderr.write('idlgen: %s\n' % e)
        return 1
    stale = gen.unused_cnf()
    if stale:
        sys.stderr.write('idlgen: cnf entries that match nothing in the IDL:\n  %s\n'
                         % '\n  '.join(stale))
        return 1
    for path, text in ((out_c, c_text), (out_h, h_text)):
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
