#!/usr/bin/env python3
"""Score `helpdesk-server parse-mail` field by field against a peer's mail corpus.

Usage: score-mail-corpus.py CORPUS_DIR [--server PATH] [--explain]

CORPUS_DIR holds pairs NAME.box (a raw message) + NAME.yml (what the peer's mail
reader, Zammad's, extracts from it: its test/data/mail/). The corpus is not ours and
is kept OUTSIDE this tree; never commit it. A .box without its .yml is skipped.

What the .yml holds (Ruby YAML with !ruby/hash:ActiveSupport::HashWithIndifferentAccess
tags, read here as plain maps; `!binary` scalars are base64 bytes):
  from               the From header as decoded, e.g. 'Marc Smith <m@example.com>'
  from_email         the sender's address
  from_display_name  the sender's name ('' when there is none)
  to, cc             the decoded header text, addresses separated by commas
  subject            the decoded subject
  content_type       text/plain or text/html: what `body` is
  body               the body Zammad keeps: plain text, or sanitised HTML when
                     content_type is text/html; 'no visible content' means empty
  attachments        list of {filename, data, preferences}; one whose preferences
                     say original-format: true is Zammad's copy of the HTML body
                     (message.html), not a file the sender attached
Not every .yml has every key: a key that is absent is not scored (the peer's own
test checks only the keys its .yml lists; e.g. many omit `to`, most omit `cc`).

Rules, per field (a refused message, i.e. non-zero exit or no JSON, is wrong in all):
  from     from_email (else the address in `from`) == our from.address, compared
           case-insensitively (Zammad itself folds case when it keys users).
  name     from_display_name (else the name in `from`) == our from.name, after
           stripping surrounding quotes and collapsing whitespace.
  subject  equal after collapsing every whitespace run to one space and stripping.
  to, cc   the SET of addresses in the yml text (every <addr> in angle brackets,
           plus bare addr-like tokens outside brackets, quotes and comments; a
           group like `undisclosed-recipients:;` yields none)
           equals the set of our addresses, case-insensitively. Names not scored.
  body     both sides are reduced to text: HTML (the yml's when content_type is
           text/html, or when it is absent and the body has <p>/<br>/<div>/<a>… tags; ours when we give html and the yml body is HTML, or when our
           text is empty) is rendered with html.parser (block elements and <br> end
           lines, tags dropped, entities decoded, <style>/<script>/<head> dropped).
           Then CRLF -> LF, NBSP/zero-width chars -> space/nothing, every whitespace
           run -> one space, strip; 'no visible content' counts as empty. Right when
           equal, or equal once ALL whitespace is removed (line wrapping and spacing
           differences from HTML rendering are not counted as errors).
  attach   the expected list (without original-format copies of the body) and ours
           have the same multiset of file names (NFC, case-sensitive) and, name by
           name, the same sizes: expected size = bytes of `data` (UTF-8 for text),
           also accepted with LF counted as CRLF (text attachments).
  fully    every scored field of the message is right.
"""

import argparse
import base64
import email.utils
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

# ---------------------------------------------------------------- yml loading

try:
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    def _any_tag(loader, tag_suffix, node):
        if isinstance(node, yaml.MappingNode):
            return loader.construct_mapping(node, deep=True)
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node, deep=True)
        return loader.construct_scalar(node)

    _Loader.add_multi_constructor('!', _any_tag)
    _Loader.add_multi_constructor('tag:yaml.org,2002:binary', None)
    _Loader.add_constructor('tag:yaml.org,2002:binary',
                            lambda l, n: base64.b64decode(l.construct_scalar(n)))
    _Loader.add_constructor('!binary', lambda l, n: base64.b64decode(l.construct_scalar(n)))

    def load_yml(path):
        with open(path, encoding='utf-8') as f:
            return yaml.load(f, Loader=_Loader) or {}
except ImportError:  # tiny fallback: top-level single-line scalars only (no body, no attachments)
    def load_yml(path):
        out = {}
        with open(path, encoding='utf-8') as f:
            for line in f:
                m = re.match(r"^(from|from_email|from_display_name|to|cc|subject|content_type): ?(.*)$",
                             line.rstrip('\n'))
                if m:
                    v = m.group(2)
                    if len(v) >= 2 and v[0] == v[-1] == "'":
                        v = v[1:-1].replace("''", "'")
                    elif len(v) >= 2 and v[0] == v[-1] == '"':
                        v = json.loads(v)
                    out[m.group(1)] = v
        return out

# ---------------------------------------------------------------- normalisers

WS = re.compile(r'\s+')


def squash(s):
    s = (s or '').replace('\r\n', '\n').replace('\u00a0', ' ')
    s = re.sub('[\u200b\u200c\u200d\u2060\ufeff]', '', s)
    return WS.sub(' ', s).strip()


def norm_name(s):
    s = squash(s)
    if len(s) >= 2 and s[0] == s[-1] and s[0] in '"\'':
        s = s[1:-1].strip()
    return s


class _Text(html.parser.HTMLParser):
    BLOCK = {'p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
             'pre', 'table', 'ul', 'ol', 'hr', 'dd', 'dt', 'section', 'article', 'body'}
    SKIP = {'style', 'script', 'head', 'title'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = _Text()
    p.feed(s or '')
    p.close()
    return ''.join(p.out)


HTMLISH = re.compile(r'<(p|br|div|a|table|span|b|i|strong)[\s>/]', re.I)


def body_text(s):
    s = squash(s)
    return '' if s == 'no visible content' else s


ANGLE = re.compile(r'<\s*([^<>\s]+@[^<>\s]+?)\s*>')
BARE = re.compile(r'[^\s,;:<>"()\[\]]+@[^\s,;:<>"()\[\]]+')


def addr_set(value):
    if value is None:
        return set()
    if isinstance(value, list):
        value = ', '.join(str(v) for v in value)
    s = str(value)
    found = set(ANGLE.findall(s))
    rest = ANGLE.sub(' ', s)
    rest = re.sub(r'"(?:[^"\\]|\\.)*"', ' ', rest)
    rest = re.sub(r'\([^()]*\)', ' ', rest)
    found |= set(BARE.findall(rest))
    return {a.strip().lower() for a in found if a.strip()}


def nfc(s):
    return unicodedata.normalize('NFC', s or '')


def data_sizes(data):
    if data is None:
        return set()
    b = data if isinstance(data, bytes) else str(data).encode('utf-8')
    return {len(b), len(b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n'))}

# ---------------------------------------------------------------- scoring

FIELDS = ['from', 'name', 'subject', 'to', 'cc', 'body', 'attach']


def expected_of(y):
    e = {}
    frm = y.get('from')
    pname, paddr = email.utils.parseaddr(str(frm)) if frm else ('', '')
    if 'from_email' in y or frm:
        e['from'] = str(y.get('from_email') or paddr or '')
    if 'from_display_name' in y:
        e['name'] = str(y.get('from_display_name') or '')
    elif frm:
        e['name'] = pname
    if 'subject' in y:
        e['subject'] = '' if y['subject'] is None else str(y['subject'])
    for k in ('to', 'cc'):
        if k in y:
            e[k] = y.get(k)
    if 'body' in y:
        e['body'] = (str(y.get('body') or ''), str(y.get('content_type') or '?'))
    if 'attachments' in y:
        att = []
        for a in y.get('attachments') or []:
            prefs = a.get('preferences') or {}
            if str(prefs.get('original-format', '')).lower() == 'true' or prefs.get('original-format') is True:
                continue
            att.append((nfc(str(a.get('filename') or '')), data_sizes(a.get('data'))))
        e['attach'] = att
    return e


def judge(field, exp, got):
    """Returns (right, expected_shown, got_shown)."""
    if field == 'from':
        g = (got.get('from') or {}).get('address') or ''
        return exp.strip().lower() == g.strip().lower(), exp, g
    if field == 'name':
        g = (got.get('from') or {}).get('name') or ''
        return norm_name(exp) == norm_name(g), exp, g
    if field == 'subject':
        g = got.get('subject') or ''
        return squash(exp) == squash(g), exp, g
    if field in ('to', 'cc'):
        e = addr_set(exp)
        g = {(a.get('address') or '').strip().lower() for a in (got.get(field) or []) if a.get('address')}
        return e == g, sorted(e), sorted(g)
    if field == 'body':
        raw, ctype = exp
        # some .yml lack content_type while their body is HTML: recognise it by its tags
        is_html = 'html' in ctype or (ctype == '?' and HTMLISH.search(raw) is not None)
        e = body_text(html_text(raw) if is_html else raw)
        if (is_html and got.get('html')) or not squash(got.get('text')):
            g = body_text(html_text(got.get('html') or ''))
        else:
            g = body_text(got.get('text') or '')
        ok = e == g or WS.sub('', e) == WS.sub('', g)
        return ok, e, g
    if field == 'attach':
        g = [(nfc(a.get('filename')), a.get('size')) for a in (got.get('attachments') or [])]
        ok = Counter(n for n, _ in exp) == Counter(n for n, _ in g)
        if ok:
            pool = {}
            for n, s in g:
                pool.setdefault(n, []).append(s)
            for n, sizes in exp:
                hit = next((s for s in pool[n] if s in sizes), None)
                if hit is None:
                    ok = False
                    break
                pool[n].remove(hit)
        return ok, [(n, sorted(s)) for n, s in exp], g
    raise ValueError(field)


def short(v, n=300):
    s = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
    return s if len(s) <= n else s[:n] + '…(%d chars)' % len(s)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('corpus')
    ap.add_argument('--server', default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                     '..', 'build', 'bin', 'helpdesk-server'))
    ap.add_argument('--explain', action='store_true', help='show expected vs. got for each difference')
    args = ap.parse_args()

    boxes = sorted(f for f in os.listdir(args.corpus) if f.endswith('.box'))
    right, scored = Counter(), Counter()
    fully = refused = total = 0
    lines = []
    for box in boxes:
        ymlp = os.path.join(args.corpus, box[:-4] + '.yml')
        if not os.path.exists(ymlp):
            lines.append('%s: skipped (no .yml)' % box)
            continue
        total += 1
        exp = expected_of(load_yml(ymlp))
        run = subprocess.run([args.server, 'parse-mail', os.path.join(args.corpus, box)],
                             capture_output=True, timeout=120)
        got = None
        if run.returncode == 0:
            try:
                got = json.loads(run.stdout.decode('utf-8', 'replace'))
            except ValueError:
                got = None
        if got is None:
            refused += 1
            for f in exp:
                scored[f] += 1
            why = (run.stderr.decode('utf-8', 'replace').strip().splitlines() or ['?'])[-1]
            lines.append('%s: REFUSED (exit %d: %s)' % (box, run.returncode, why))
            continue
        bad = []
        for f in FIELDS:
            if f not in exp:
                continue
            scored[f] += 1
            ok, e, g = judge(f, exp[f], got)
            if ok:
                right[f] += 1
            else:
                bad.append((f, e, g))
        if not bad:
            fully += 1
            lines.append('%s: ok' % box)
        else:
            lines.append('%s: differs in %s' % (box, ', '.join(b[0] for b in bad)))
            if args.explain:
                for f, e, g in bad:
                    lines.append('    %-8s expected: %s' % (f, short(e)))
                    lines.append('    %-8s got:      %s' % ('', short(g)))

    print('\n'.join(lines))
    print()
    print('messages: %d   refused: %d' % (total, refused))
    for f in FIELDS:
        if scored[f]:
            print('%-8s %5.1f%%  (%d/%d)' % (f, 100.0 * right[f] / scored[f], right[f], scored[f]))
    if total:
        print('%-8s %5.1f%%  (%d/%d)' % ('fully', 100.0 * fully / total, fully, total))
    return 0


if __name__ == '__main__':
    sys.exit(main())
