#!/usr/bin/env python3
"""The plugin's C stays portable to Wireshark's Windows and macOS kits.

    portable_test.py --cc CC --define NAME=VALUE... -I DIR... --isystem DIR... SOURCE...

Each source (ours and the generated one) must compile as ISO C11 with
-pedantic-errors, which rejects GCC extensions (statement expressions,
empty initialisers, case ranges, zero-length arrays, ...); Wireshark's and
GLib's headers are system headers here, so only our code is judged.  And no
source may include a POSIX-only header or call a POSIX-only function: the
Windows kit builds with MSVC and has neither.  Standard library only.
"""

import argparse
import re
import subprocess
import sys

POSIX_HEADERS = re.compile(
    r'^\s*#\s*include\s*<(unistd|strings|pthread|dlfcn|fcntl|dirent|libgen|poll|syslog|'
    r'termios|sys/[a-z_]+|arpa/[a-z_]+|netinet/[a-z_]+)\.h>', re.M)
POSIX_CALLS = re.compile(
    r'\b(strcasecmp|strncasecmp|strdup|strndup|strtok_r|strerror_r|strsep|stpcpy|'
    r'gettimeofday|clock_gettime|usleep|nanosleep|sleep|fork|getpid|mmap|dlopen|dlsym|'
    r'bzero|bcopy|index|rindex|inet_ntoa|inet_pton|inet_ntop|ntohl|htonl|ntohs|htons)\s*\(')
COMMENT = re.compile(r'/\*.*?\*/|//[^\n]*', re.S)
STRING = re.compile(r'"(\\.|[^"\\\n])*"')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cc', required=True)
    ap.add_argument('--define', action='append', default=[])
    ap.add_argument('-I', dest='include', action='append', default=[])
    ap.add_argument('--isystem', action='append', default=[])
    ap.add_argument('sources', nargs='+')
    a = ap.parse_args()
    failures = 0
    flags = ['-std=c11', '-pedantic-errors', '-Wall', '-Wextra', '-fsyntax-only']
    flags += ['-D' + d for d in a.define]
    flags += ['-I' + d for d in a.include]
    for d in a.isystem:
        flags += ['-isystem', d]
    sources = [s for s in a.sources if s.endswith('.c')]    # not CMake's .rule files
    for src in sources:
        text = open(src, encoding='utf-8').read()
        code = STRING.sub('""', COMMENT.sub(' ', text))
        for m in POSIX_HEADERS.finditer(code):
            print('FAIL: %s: POSIX-only header <%s.h>' % (src, m.group(1)))
            failures += 1
        for m in POSIX_CALLS.finditer(code):
            line = code.count('\n', 0, m.start()) + 1
            print('FAIL: %s:%d: POSIX-only call %s()' % (src, line, m.group(1)))
            failures += 1
        p = subprocess.run([a.cc] + flags + [src], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
        if p.returncode != 0:
            print('FAIL: %s is not ISO C11:\n%s' % (src, p.stdout.decode('utf-8', 'replace')))
            failures += 1
    print('portable: %d sources compiled as ISO C11 with -pedantic-errors' % len(sources))
    if failures:
        print('%d failure(s)' % failures)
        return 1
    print('ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
