"""Shared helpers for the blind13 log formats (stdlib only)."""
import time

MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
US = 1000000


def ip(r, net='10.'):
    if net == '10.':
        return '10.%d.%d.%d' % (r.randint(0, 31), r.randint(0, 255), r.randint(2, 254))
    if net == '192':
        return '192.168.1.%d' % r.randint(2, 250)
    if net == 'pub':
        return '%d.%d.%d.%d' % (r.choice([23, 31, 45, 62, 77, 81, 91, 103, 141, 185, 193, 212]),
                                r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return '172.%d.%d.%d' % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))


def hx(r, n):
    return '%0*x' % (n, r.getrandbits(4 * n))


def uuid(r):
    h = hx(r, 32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[r.randint(0, 3)], h[17:20], h[20:32])


def fmt_dur_go(sec):
    """Go time.Duration String()."""
    if sec < 1e-6:
        return '%dns' % int(sec * 1e9)
    if sec < 1e-3:
        return ('%.3f' % (sec * 1e6)).rstrip('0').rstrip('.') + '\u00b5s'
    if sec < 1:
        return ('%.6f' % (sec * 1e3)).rstrip('0').rstrip('.') + 'ms'
    if sec < 60:
        return ('%.9f' % sec).rstrip('0').rstrip('.') + 's'
    m = int(sec // 60)
    return '%dm%ss' % (m, ('%.9f' % (sec - 60 * m)).rstrip('0').rstrip('.'))


def go_panic(r, msg, frames, sig=True, gid=None):
    g = gid or r.randint(30, 9000)
    out = ['panic: ' + msg]
    if sig:
        out.append('[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]'
                   % (r.choice([0x0, 0x8, 0x18, 0x30]), r.randint(0x400000, 0x2000000)))
    out.append('')
    out.append('goroutine %d [running]:' % g)
    for fn, path in frames:
        out.append('%s(0x%x, 0x%x)' % (fn, 0xc000000000 + r.getrandbits(24), 0xc000000000 + r.getrandbits(24)))
        out.append('\t%s:%d +0x%x' % (path, r.randint(40, 900), r.randint(0x10, 0x4ff)))
    out.append('created by %s in goroutine %d' % (frames[-1][0].split('(')[0].rsplit('.', 1)[0] + '.Start', r.randint(1, 40)))
    out.append('\t%s:%d +0x%x' % (frames[-1][1], r.randint(40, 900), r.randint(0x10, 0x4ff)))
    return '\n'.join(out)


def go_oom(r, frames):
    out = ['fatal error: runtime: out of memory', '',
           'runtime stack:',
           'runtime.throw({0x%x?, 0x%x?})' % (r.randint(0x1000000, 0x2000000), r.randint(0x1000, 0x8000)),
           '\t/usr/local/go/src/runtime/panic.go:1077 +0x5c',
           'runtime.sysMap(0xc%09x, 0x%x, 0x%x?)' % (r.getrandbits(36), r.choice([0x4000000, 0x8000000]), r.getrandbits(28)),
           '\t/usr/local/go/src/runtime/mem_linux.go:167 +0x85', '',
           'goroutine %d [running]:' % r.randint(20, 5000)]
    for fn, path in frames:
        out.append('%s(0x%x)' % (fn, 0xc000000000 + r.getrandbits(24)))
        out.append('\t%s:%d +0x%x' % (path, r.randint(40, 900), r.randint(0x10, 0x4ff)))
    return '\n'.join(out)


def java_trace(r, head, frames, cause=None, tab='\t'):
    out = [head] + [tab + 'at ' + f for f in frames]
    if cause:
        out.append('Caused by: ' + cause[0])
        out += [tab + 'at ' + f for f in cause[1]]
        out.append(tab + '... %d more' % r.randint(8, 40))
    return '\n'.join(out)


def node_stack(r, err, frames):
    return '\n'.join([err] + ['    at ' + f for f in frames])


class Clock:
    """Formats integer-microsecond UTC epochs in UTC or in the scenario's fixed local offset."""

    def __init__(self, off_s):
        self.off = off_s
        self._c = {}

    def tm(self, t_us, local=True):
        s = t_us // US + (self.off if local else 0)
        g = self._c.get(s)
        if g is None:
            if len(self._c) > 200000:
                self._c.clear()
            g = time.gmtime(s)
            self._c[s] = g
        return g

    def offstr(self, colon=True, z=False):
        o = self.off
        if o == 0 and z:
            return 'Z'
        sg = '+' if o >= 0 else '-'
        o = abs(o)
        return '%s%02d%s%02d' % (sg, o // 3600, ':' if colon else '', (o % 3600) // 60)
