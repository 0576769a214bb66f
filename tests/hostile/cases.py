"""The hostile inputs: one generator per class, and what targs must do.

Each Case names a class of input, a function that writes it into a folder
and returns the operand to check, the exit status targs must return, a
regular expression its output (stdout and stderr together) must match
(the diagnostic with its file:line:col and code), and how it is bounded:

  SMALL  malformed or small input: at most 2 s and 64 MB, whatever it is
  SIZE   a big input: time and memory in proportion to its size
         (run.py holds the constants)

Inputs are written into the case's own folder and named a.yaml or a.json,
so messages are short. A make() may return ('stdin', bytes) to feed
standard input, or ('fifo', path) for a named pipe that run.py writes to.
"""
import collections
import os
import random

SMALL = 'small'
SIZE = 'size'

Case = collections.namedtuple('Case', 'name make status expect bound')

GOOD = b'output_dir: out\nlearning_rate: 1.0e-5\n'


def write(d, name, data):
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)
    return name


def yaml(data):
    return lambda d: write(d, 'a.yaml', data)


def json(data):
    return lambda d: write(d, 'a.json', data)


def billion_laughs(d):
    lines = [b'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = b', '.join(b'*a%d' % (i - 1) for _ in range(9))
        lines.append(b'a%d: &a%d [%s]' % (i, i, refs))
    return write(d, 'a.yaml', b'\n'.join(lines) + b'\n')


def alias_chain(d):
    # each level names the one before: n levels expand to n * n / 2 nodes
    lines = [b'x0: &x0 {k: v}']
    lines += [b'x%d: &x%d [*x%d]' % (i, i, i - 1) for i in range(1, 20000)]
    return write(d, 'a.yaml', b'\n'.join(lines) + b'\n')


def merge_chain(d):
    # each level merges the one before twice: the expansion doubles
    lines = [b'm0: &m0 {k0: 0}']
    lines += [b'm%d: &m%d {<<: [*m%d, *m%d], k%d: %d}'
              % (i, i, i - 1, i - 1, i, i) for i in range(1, 60)]
    return write(d, 'a.yaml', b'\n'.join(lines) + b'\n')


def big_file(d):
    line = b'# ' + b'x' * 77 + b'\n'
    with open(os.path.join(d, 'a.yaml'), 'wb') as f:
        f.write(GOOD)
        for _ in range(85 * 1000 * 1000 // len(line)):
            f.write(line)
    return 'a.yaml'


def many_keys(d):
    body = b''.join(b'k%06d: %d\n' % (i, i) for i in range(300000))
    return write(d, 'a.yaml', GOOD + body)


def many_keys_trl(d):
    """The same under TRL's profile (named in .targs.yaml): TrlParser's
    error lists every unknown key in file order, found by binary search."""
    write(d, '.targs.yaml', b'profile: trl-sft\n')
    return many_keys(d)


def keys_on_one_line(directive):
    """100,000 unknown keys on one line: a problem each, each shown with
    its line; with as many suppression comments after them, none."""
    def make(d):
        body = b', '.join(b'k%d: 1' % i for i in range(100000))
        return write(d, 'a.yaml', b'{' + body + b'}' + directive + b'\n')
    return make


def many_items(d):
    body = b''.join(b'- %d\n' % i for i in range(500000))
    return write(d, 'a.yaml', GOOD + b'items:\n' + body)


def wide_flow(d):
    return write(d, 'a.yaml', b'items: [' + b'1,' * 5000000 + b'1]\n')


def fnv1a_colliding_keys(d):
    """65,536 keys of one FNV-1a hash (pairs of 5-byte blocks that lead to
    the same state, chained): quadratic for a table keyed by that hash."""
    prime, mask = 16777619, 0xffffffff

    def step(h, data):
        for c in data:
            h = ((h ^ c) * prime) & mask
        return h

    rng = random.Random(16)
    alphabet = b'abcdefghijklmnopqrstuvwxyz0123456789'
    h = step(2166136261, b'S')
    blocks = []
    while len(blocks) < 16:
        seen = {}
        while True:
            block = bytes(rng.choice(alphabet) for _ in range(5))
            x = step(h, block)
            if seen.get(x, block) != block:
                blocks.append((seen[x], block))
                h = x
                break
            seen[x] = block
    keys = [b'']
    for pair in blocks:
        keys = [k + b for k in keys for b in pair]
    body = b','.join(b'"%s": 1' % k for k in keys)
    return write(d, 'a.json', b'{"lr_scheduler_kwargs": {' + body + b'}}')


def junk(d):
    rng = random.Random(8)
    return write(d, 'a.yaml', bytes(rng.randrange(256) for _ in range(65536)))


def directory(d):
    """A directory is walked (check DIR); a link back up must not loop."""
    top = os.path.join(d, 'dir.yaml')
    os.mkdir(top)
    os.symlink('..', os.path.join(top, 'loop'))
    os.symlink('.', os.path.join(top, 'self'))
    write(top, 'a.yaml', b'output_dir: o\nbogus: 1\n')
    return 'dir.yaml'


def fifo(d):
    os.mkfifo(os.path.join(d, 'fifo.yaml'))
    return ('fifo', 'fifo.yaml')


def no_permission(d):
    if os.geteuid() == 0:
        return ('skip', 'root reads a file of mode 000')
    write(d, 'a.yaml', GOOD)
    os.chmod(os.path.join(d, 'a.yaml'), 0)
    return 'a.yaml'


def stdin(d):
    return ('stdin', b'output_dir: out\nlearning_rate: 5e-5\n')


NODES = r'error\[TA120\]: the document has more than \d+ nodes'

CASES = [
    # nesting
    Case('deep-flow-yaml', yaml(b'[' * 100000), 1,
         r'^a\.yaml:1:257: error\[TA120\]: this nests deeper than the '
         r'limit of 256 levels', SMALL),
    # a suppression comment makes check scan the tokens again: still bounded
    Case('deep-flow-suppressed-yaml',
         yaml(b'# targs: ignore[TA101]\n' + b'[' * 200000), 1,
         r'^a\.yaml:2:257: error\[TA120\]: this nests deeper', SMALL),
    Case('deep-block-sequence-yaml', yaml(b'- ' * 100000 + b'x\n'), 1,
         r'^a\.yaml:1:513: error\[TA120\]: this nests deeper', SMALL),
    Case('deep-block-mapping-yaml',
         yaml(b''.join(b' ' * i + b'k:\n' for i in range(2000))), 1,
         r'^a\.yaml:257:257: error\[TA120\]: this nests deeper', SMALL),
    Case('deep-json-array', json(b'[' * 100000 + b']' * 100000), 1,
         r'^a\.json:1:257: error\[TA120\]: this nests deeper', SMALL),
    Case('deep-json-object', json(b'{"a":' * 100000 + b'1' + b'}' * 100000),
         1, r'^a\.json:1:1281: error\[TA120\]: this nests deeper', SMALL),
    # aliases
    Case('billion-laughs', billion_laughs, 1, r'^a\.yaml:\d+:\d+: ' + NODES,
         SMALL),
    Case('alias-chain', alias_chain, 1, r'^a\.yaml:\d+:\d+: ' + NODES, SMALL),
    Case('merge-key-chain', merge_chain, 1, r'^a\.yaml:\d+:\d+: ' + NODES,
         SMALL),
    Case('undefined-alias', yaml(b'seed: *nope\n'), 1,
         r'^a\.yaml:1:7: error\[TA112\]: alias \*nope names no anchor', SMALL),
    Case('recursive-alias', yaml(b'a: &a [*a]\n'), 1,
         r'^a\.yaml:1:8: error\[TA114\]', SMALL),
    # size
    Case('file-85mb', big_file, 1,
         r'^a\.yaml:1:1: error\[TA120\]: the file is larger than the limit '
         r'of 64 MiB', SIZE),
    Case('scalar-4mb', yaml(b'output_dir: "' + b'x' * (4 << 20) + b'"\n'), 1,
         r'^a\.yaml:1:13: error\[TA120\]: a scalar of 4194304 bytes is '
         r'longer than the limit of 1048576 bytes', SIZE),
    # YAML keys without '?' end at 1024 characters, as in PyYAML
    Case('key-1mb-yaml', yaml(b'k' * 1000000 + b': 1\n'), 1,
         r'^a\.yaml:1:1000001: error\[TA103\]', SIZE),
    Case('key-1mb-json', json(b'{"' + b'k' * 1000000 + b'": 1}'), 1,
         r"^a\.json:1:2: error\[TA203\]: unknown parameter 'k{60}\.\.\.'",
         SIZE),
    Case('keys-300k', many_keys, 1,
         r"(?s)^a\.yaml:3:1: error\[TA203\]: unknown parameter 'k000000'"
         r'.*1 file checked: 300000 errors\n$', SIZE),
    Case('keys-300k-trl', many_keys_trl, 1,
         r"(?s)^a\.yaml:3:1: error\[TA203\]: unknown parameter 'k000000'"
         r'.*1 file checked: 300000 errors\n$', SIZE),
    Case('keys-100k-one-line', keys_on_one_line(b''), 1,
         r"(?s)^a\.yaml:1:2: error\[TA203\]: unknown parameter 'k0'"
         r'.*1 file checked: 100000 errors\n$', SIZE),
    Case('suppressed-100k-one-line',
         keys_on_one_line(b' # targs: ignore[TA2]' * 100000), 0,
         r'^1 file checked, no problems found\n$', SIZE),
    Case('items-500k', many_items, 1,
         r"^a\.yaml:3:1: error\[TA203\]: unknown parameter 'items'", SIZE),
    # 5.6 MB, but held to the small bound: it took 5.5 s with a hash table
    Case('colliding-keys', fnv1a_colliding_keys, 0,
         r'^1 file checked, no problems found\n$', SMALL),
    Case('wide-flow-5m-items', wide_flow, 1,
         r'^a\.yaml:1:\d+: ' + NODES, SIZE),
    # encoding
    Case('invalid-utf8', yaml(b'output_dir: "a\xff\xfeb"\n'), 1,
         r'^a\.yaml:1:15: error\[TA101\]: not valid UTF-8: byte 0xff', SMALL),
    Case('overlong-utf8', yaml(b'output_dir: "\xc0\xaf"\n'), 1,
         r'^a\.yaml:1:14: error\[TA101\]: not valid UTF-8: byte 0xc0', SMALL),
    Case('surrogate-utf8', yaml(b'output_dir: "\xed\xa0\x80"\n'), 1,
         r'^a\.yaml:1:14: error\[TA101\]: not valid UTF-8: byte 0xed', SMALL),
    Case('nul-byte', yaml(b'output_dir: a\x00b\n'), 1,
         r'^a\.yaml:1:14: error\[TA102\]: a NUL byte', SMALL),
    Case('binary-junk', junk, 1, r'^a\.yaml:1:2: error\[TA101\]', SMALL),
    Case('control-character-json', json(b'{"output_dir": "a\x01b"}'), 1,
         r'^a\.json:1:18: error\[TA105\]: a raw control character U\+0001',
         SMALL),
    Case('lone-surrogate-json', json(b'{"output_dir": "a\\ud800b"}'), 1,
         r'^a\.json:1:18: error\[TA105\]: a lone UTF-16 surrogate', SMALL),
    Case('bom-yaml', yaml(b'\xef\xbb\xbf' + GOOD), 0,
         r'^1 file checked, no problems found\n$', SMALL),
    Case('bom-json', json(b'\xef\xbb\xbf{"output_dir": "out"}'), 1,
         r'^a\.json:1:1: error\[TA109\]', SMALL),
    Case('crlf', yaml(b'output_dir: out\r\nseed: x\r\n'), 1,
         r"^a\.yaml:2:7: error\[TA205\]: 'seed' expects an integer", SMALL),
    Case('tab-indent', yaml(b'lr_scheduler_kwargs:\n\tnum_cycles: 2\n'), 1,
         r'^a\.yaml:2:1: error\[TA104\]', SMALL),
    # unterminated and not quite JSON
    Case('unterminated-quote-yaml', yaml(b'output_dir: "out\n'), 1,
         r'^a\.yaml:1:13: error\[TA103\]: this quoted string is never closed',
         SMALL),
    Case('unterminated-quote-json', json(b'{"output_dir": "out}'), 1,
         r'^a\.json:1:16: error\[TA105\]: this string is never closed', SMALL),
    Case('unterminated-bracket-yaml', yaml(b'report_to: [wandb, x\n'), 1,
         r"^a\.yaml:1:12: error\[TA103\]: this '\[' is never closed", SMALL),
    Case('unterminated-bracket-json', json(b'{"report_to": ["wandb"'), 1,
         r'^a\.json:1:23: error\[TA105\]: the file ends where', SMALL),
    Case('trailing-comma-json', json(b'{"output_dir": "out",}'), 1,
         r'^a\.json:1:22: error\[TA105\]: a trailing comma', SMALL),
    Case('comment-json', json(b'{"output_dir": "out" // here\n}'), 1,
         r'^a\.json:1:22: error\[TA105\]: a comment', SMALL),
    # numbers
    Case('nan-infinity-json',
         json(b'{"learning_rate": NaN, "max_grad_norm": Infinity}'), 1,
         r"(?s)^a\.json:1:19: warning\[TA110\]: NaN is not JSON.*"
         r"a\.json:1:19: error\[TA208\]: 'learning_rate' is nan", SMALL),
    Case('nan-yaml', yaml(b'learning_rate: .nan\n'), 1,
         r"^a\.yaml:1:16: error\[TA208\]: 'learning_rate' is nan, but it "
         r"must be above 0", SMALL),
    # the rules check save_steps with <, which a NaN passes unseen
    Case('nan-steps-yaml', yaml(b'save_steps: .nan\n'), 1,
         r"^a\.yaml:1:13: error\[TA208\]: 'save_steps' is nan", SMALL),
    Case('int-5000-digits-yaml', yaml(b'seed: ' + b'9' * 5000 + b'\n'), 1,
         r'^a\.yaml:1:7: error\[TA119\]', SMALL),
    Case('int-5000-digits-json', json(b'{"seed": ' + b'9' * 5000 + b'}'), 1,
         r'^a\.json:1:10: error\[TA119\]', SMALL),
    Case('float-1e400-json', json(b'{"max_grad_norm": 1e400}'), 0,
         r"^a\.json:1:19: warning\[TA121\]: '1e400' is beyond the range of a "
         r"float: Python reads it as inf", SMALL),
    Case('float-1e400-yaml', yaml(b'weight_decay: 1.0e-400\n'), 0,
         r"^a\.yaml:1:15: warning\[TA121\]: '1.0e-400' is beyond the range",
         SMALL),
    # keys
    Case('duplicate-keys', yaml(b'seed: 1\nseed: 2\n'), 0,
         r"^a\.yaml:2:1: warning\[TA111\]: duplicate key 'seed'", SMALL),
    Case('complex-key', yaml(b'? [a, b]\n: 1\n'), 1,
         r'^a\.yaml:1:3: error\[TA117\]', SMALL),
    Case('null-key', yaml(b'~: 1\noutput_dir: out\n'), 1,
         r"^a\.yaml:1:1: error\[TA203\]: unknown parameter '~'", SMALL),
    # tags
    Case('unknown-tag', yaml(b'seed: !mine 3\n'), 1,
         r"^a\.yaml:1:7: error\[TA115\]: .*'!mine'", SMALL),
    Case('python-tag',
         yaml(b'seed: !!python/object/apply:os.system ["true"]\n'), 1,
         r"^a\.yaml:1:7: error\[TA115\]: .*'!!python/object/apply:os\.system'",
         SMALL),
    # documents
    Case('multiple-documents', yaml(b'seed: 1\n---\nseed: 2\n'), 1,
         r'^a\.yaml:2:1: error\[TA107\]', SMALL),
    Case('top-sequence', yaml(b'- seed\n'), 1,
         r'^a\.yaml:1:1: error\[TA108\]: the top level is a sequence', SMALL),
    Case('top-scalar-json', json(b'"seed"'), 1,
         r'^a\.json:1:1: error\[TA108\]: the top level is a scalar', SMALL),
    Case('empty-yaml', yaml(b''), 1,
         r'^a\.yaml:1:1: error\[TA106\]: the file holds no YAML document',
         SMALL),
    Case('empty-json', json(b''), 1,
         r'^a\.json:1:1: error\[TA106\]: the file holds no JSON value', SMALL),
    # what is not a readable file
    Case('directory', directory, 1,
         r"^dir\.yaml/a\.yaml:2:1: error\[TA203\]: unknown parameter", SMALL),
    Case('missing', lambda d: 'missing.yaml', 2,
         r"^targs: cannot open 'missing\.yaml': No such file or directory\n",
         SMALL),
    # root reads a chmod 000 file: a read error from a file that opens
    Case('unreadable', lambda d: '/proc/self/mem', 2,
         r"^targs: cannot read '/proc/self/mem': Input/output error\n", SMALL),
    Case('no-permission', no_permission, 2,
         r"^targs: cannot open 'a\.yaml': Permission denied\n", SMALL),
    Case('fifo', fifo, 1,
         r"^fifo\.yaml:2:7: error\[TA205\]: 'seed' expects an integer", SMALL),
    Case('stdin', stdin, 1,
         r"^<stdin>:2:16: error\[TA205\]: 'learning_rate' expects a number",
         SMALL),
]
