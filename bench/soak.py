#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Crash-and-resume soak for `firmware-cli fetch`.

Serves a deterministic 2 GiB file from a local HTTP/1.1 server that honours Range and If-Range and
resets the connection (TCP RST) at random points, inside the headers or the body. Starts
`firmware-cli fetch URL --md5 --size`, kills it with SIGKILL at a random moment, restarts it, N
times, then lets the last run finish. Checks that:
  - the last run exits 0 and says "verified", the final file has the right size and MD5, no .part
    or side file is left;
  - the final name never appeared before the file was complete: the folder is watched with inotify
    the whole time; the final name may only arrive by a rename of the complete file, is never
    created, written or removed;
  - memory stayed bounded: every run's peak RSS (getrusage of the child, also when killed) is below
    --rss-limit-mb.
Prints kills, resets, resumes, bytes re-sent, peak RSS and times. Exit status 0 when every check
passes.

  bench/soak.py --cli BUILD/src/cli/firmware-cli [--kills 20] [--size-mib 2048] [--seed S]
  (or: scripts/dev.sh bench soak [N])
"""

import argparse
import ctypes
import ctypes.util
import hashlib
import os
import random
import re
import resource
import shutil
import signal
import socket
import socketserver
import struct
import subprocess
import sys
import tempfile
import threading
import time

MIB = 1 << 20


# ---------------------------------------------------------------- the file to serve

def make_source(path, size, data_seed):
    """Writes SIZE bytes of seeded pseudo-random data once (kept for later runs), returns the MD5."""
    stamp = path + ".md5"
    if os.path.exists(stamp) and os.path.exists(path) and os.path.getsize(path) == size:
        with open(stamp) as f:
            return f.read().strip()
    print(f"soak: generating {size // MIB} MiB of seeded random data (once) in {path}", file=sys.stderr)
    rng = random.Random(data_seed)
    md5 = hashlib.md5()
    with open(path + ".tmp", "wb") as out:
        left = size
        while left > 0:
            block = rng.randbytes(min(left, 4 * MIB))
            md5.update(block)
            out.write(block)
            left -= len(block)
    os.replace(path + ".tmp", path)
    with open(stamp, "w") as f:
        f.write(md5.hexdigest())
    return md5.hexdigest()


# ---------------------------------------------------------------- the faulty server

class Counters:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = 0
        self.resets = 0
        self.ranged = 0        # 206 answers from a nonzero offset: resumes
        self.full = 0          # 200 answers (a fresh start, or a Range the server refused)
        self.body_bytes = 0    # body bytes handed to the kernel

    def add(self, **kw):
        with self.lock:
            for key, value in kw.items():
                setattr(self, key, getattr(self, key) + value)


class Reset(Exception):
    pass


class FaultyHandler(socketserver.BaseRequestHandler):
    """Minimal HTTP/1.1 (GET/HEAD, keep-alive) over one file; resets connections at random."""

    def setup(self):
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def read_head(self):
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.request.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        return method, target, headers

    def reset(self):
        self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.server.counters.add(resets=1)
        raise Reset()

    def handle(self):
        try:
            while True:
                request = self.read_head()
                if request is None:
                    return
                if not self.answer(*request):
                    return
        except (Reset, ConnectionError, BrokenPipeError, ValueError, OSError):
            return

    def answer(self, method, target, headers):
        srv = self.server
        srv.counters.add(requests=1)
        if target.split("?")[0] != srv.url_path:
            self.request.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            return True
        size = srv.size
        first, status = 0, 200
        match = re.fullmatch(r"bytes=(\d+)-(\d*)", headers.get("range", ""))
        validator = headers.get("if-range")
        last = size - 1
        if match and (validator is None or validator in (srv.etag, srv.last_modified)):
            first = int(match.group(1))
            if first >= size:
                self.request.sendall(f"HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */{size}\r\n"
                                     "Content-Length: 0\r\n\r\n".encode())
                return True
            if match.group(2):
                last = min(last, int(match.group(2)))
            status = 206
        length = last - first + 1
        head = [f"HTTP/1.1 {status} {'Partial Content' if status == 206 else 'OK'}",
                "Content-Type: application/octet-stream", f"Content-Length: {length}",
                f"ETag: {srv.etag}", f"Last-Modified: {srv.last_modified}", "Accept-Ranges: bytes"]
        if status == 206:
            head.append(f"Content-Range: bytes {first}-{last}/{size}")
        head = ("\r\n".join(head) + "\r\n\r\n").encode()
        if method == "HEAD":
            self.request.sendall(head)
            return True
        if status == 206 and first > 0:
            srv.counters.add(ranged=1)
        else:
            srv.counters.add(full=1)

        rng = srv.rng
        cut = None # body bytes to send before the reset; -1: inside the headers
        with srv.rng_lock:
            if rng.random() < srv.reset_probability:
                cut = -1 if rng.random() < 0.15 else rng.randrange(0, min(length, srv.max_cut) + 1)
            header_cut = rng.randrange(0, len(head))
        if cut == -1:
            self.request.sendall(head[:header_cut])
            self.reset()
        self.request.sendall(head)
        to_send = length if cut is None else cut
        offset = first
        while to_send > 0:
            sent = os.sendfile(self.request.fileno(), srv.fd, offset, min(to_send, 4 * MIB))
            if sent == 0:
                return False
            srv.counters.add(body_bytes=sent)
            offset += sent
            to_send -= sent
        if cut is not None:
            self.reset()
        return True


class FaultyServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, path, url_path, reset_probability, max_cut, seed):
        super().__init__(("127.0.0.1", 0), FaultyHandler)
        self.fd = os.open(path, os.O_RDONLY)
        self.size = os.fstat(self.fd).st_size
        self.url_path = url_path
        self.etag = f'"fwb-soak-{self.size}"'
        self.last_modified = "Sat, 01 Jan 2022 00:00:00 GMT"
        self.reset_probability = reset_probability
        self.max_cut = max_cut
        self.rng = random.Random(seed)
        self.rng_lock = threading.Lock()
        self.counters = Counters()


# ---------------------------------------------------------------- watching the download folder

class FolderWatch(threading.Thread):
    """inotify on the download folder: the final name may only arrive by a rename of the complete
    file; creating, writing or removing it is a violation."""

    IN_MODIFY, IN_CLOSE_WRITE, IN_MOVED_FROM, IN_MOVED_TO = 0x2, 0x8, 0x40, 0x80
    IN_CREATE, IN_DELETE = 0x100, 0x200
    NAMES = {0x2: "written", 0x8: "closed after writing", 0x40: "renamed away", 0x80: "renamed into place",
             0x100: "created", 0x200: "deleted"}

    def __init__(self, folder, final_name, size):
        super().__init__(daemon=True)
        self.folder, self.final_name, self.size = folder, final_name, size
        self.violations = []
        self.arrivals = []
        self.events = 0
        self.run_number = 0
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = libc.inotify_init1(os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        mask = self.IN_MODIFY | self.IN_CLOSE_WRITE | self.IN_MOVED_FROM | self.IN_MOVED_TO | self.IN_CREATE | self.IN_DELETE
        if libc.inotify_add_watch(self.fd, folder.encode(), mask) < 0:
            raise OSError(ctypes.get_errno(), "inotify_add_watch")
        self.stopping = False

    def run(self):
        header = struct.Struct("iIII")
        while not self.stopping:
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:
                return
            pos = 0
            while pos < len(data):
                _, mask, _, name_len = header.unpack_from(data, pos)
                name = data[pos + header.size:pos + header.size + name_len].rstrip(b"\0").decode(errors="replace")
                pos += header.size + name_len
                self.events += 1
                if name == self.final_name:
                    self.on_final(mask)

    def on_final(self, mask):
        what = ", ".join(text for bit, text in self.NAMES.items() if mask & bit)
        if mask & self.IN_MOVED_TO:
            try:
                size = os.stat(os.path.join(self.folder, self.final_name)).st_size
            except FileNotFoundError:
                size = -1
            self.arrivals.append((self.run_number, size))
            if size != self.size:
                self.violations.append(f"run {self.run_number}: final name renamed into place with {size} of {self.size} bytes")
        else:
            self.violations.append(f"run {self.run_number}: final name {what}")

    def stop(self):
        self.stopping = True
        # a last event wakes the blocking read
        open(os.path.join(self.folder, ".soak-stop"), "w").close()


# ---------------------------------------------------------------- the runs

def part_bytes(part):
    """Bytes of the download on disk: a segmented .part may have its full size early, its side
    file's ranges say how much is there; an appended one is all there."""
    try:
        with open(part + ".json") as f:
            ranges = re.findall(r'\["(\d+)","(\d+)"\]', f.read())
        if ranges:
            return sum(int(b) - int(a) for a, b in ranges)
    except OSError:
        pass
    try:
        return os.path.getsize(part)
    except FileNotFoundError:
        return 0


def run_once(cli, urls, md5, size, out, env, kill_after, log_path, part=None, extra=()):
    """Starts one fetch and SIGKILLs it kill_after seconds after the start or, with part given,
    kill_after seconds after that .part first grows (the download is under way again; killed after
    a minute anyway). Returns (killed, exit_code, peak_rss_kib, seconds)."""
    start = time.monotonic()
    with open(log_path, "wb") as log:
        pid = subprocess.Popen([cli, "fetch", *urls, "--md5", md5, "--size", str(size), "-o", out, *extra],
                               stdout=log, stderr=subprocess.STDOUT, env=env).pid

    def part_size():
        return part_bytes(part)

    initial = part_size() if part else 0
    deadline = None if part else start + kill_after
    killed = False
    while True:
        reaped, status, usage = os.wait4(pid, os.WNOHANG)
        if reaped:
            break
        now = time.monotonic()
        if deadline is None and (part_size() > initial or now - start > 60):
            deadline = now + kill_after
        if deadline is not None and now >= deadline:
            os.kill(pid, signal.SIGKILL)
            killed = True
            _, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.002)
    return killed, os.waitstatus_to_exitcode(status), usage.ru_maxrss, time.monotonic() - start


def last_state(log_path):
    """The run's last progress line, as a phase: starting, checking the .part, connecting, ..."""
    with open(log_path, "rb") as f:
        lines = [l.strip() for l in re.split(rb"[\r\n]", f.read()) if l.strip()]
    if not lines:
        return "starting"
    last = lines[-1].decode(errors="replace")
    for prefix, phase in (("Verifying", "checking the .part"), ("Connecting", "connecting"),
                          ("Downloading", "downloading"), ("Retrying", "waiting to retry")):
        if last.startswith(prefix):
            return phase
    return last[:40]


def file_md5(path):
    md5 = hashlib.md5()
    with open(path, "rb") as f:
        while True:
            block = f.read(8 * MIB)
            if not block:
                return md5.hexdigest()
            md5.update(block)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True, help="path to firmware-cli")
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLed runs before the last one (default 20)")
    parser.add_argument("--size-mib", type=int, default=2048, help="file size in MiB (default 2048)")
    parser.add_argument("--seed", type=int, default=None, help="seed of the kills and resets (default: random, printed)")
    parser.add_argument("--data-seed", type=int, default=1, help="seed of the file's bytes")
    parser.add_argument("--reset-probability", type=float, default=0.8, help="share of answers cut by a reset")
    parser.add_argument("--max-cut-mib", type=int, default=64, help="a reset comes within this many MiB of body")
    parser.add_argument("--kill-max", type=float, default=2.5,
                        help="kills come within this many seconds (of the start for a third of the runs, so "
                             "some land while the .part is checked; else of the download's resumption)")
    parser.add_argument("--rss-limit-mb", type=float, default=80, help="peak RSS allowed per run (default 80 MB)")
    parser.add_argument("--last-run-timeout", type=float, default=1800, help="seconds the last run may take")
    parser.add_argument("--mirrors", type=int, default=1, help="servers with the same file, each resetting on its own")
    parser.add_argument("--connections", type=int, default=None, help="fetch --connections M (default: fetch's)")
    parser.add_argument("--per-host", type=int, default=None, help="fetch --per-host N (default: fetch's)")
    parser.add_argument("--segmented", action="store_true",
                        help="segmented mode: 3 mirrors, --connections 8 --per-host 4 (unless given)")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "fwb-soak"),
                        help="folder for the served file (kept) and the download (emptied)")
    args = parser.parse_args()

    if args.segmented:
        args.mirrors = max(args.mirrors, 3)
        args.connections = args.connections or 8
        args.per_host = args.per_host or 4
    extra = []
    if args.connections:
        extra += ["--connections", str(args.connections)]
    if args.per_host:
        extra += ["--per-host", str(args.per_host)]
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    size = args.size_mib * MIB
    os.makedirs(args.work, exist_ok=True)
    source = os.path.join(args.work, f"source-{args.size_mib}MiB-seed{args.data_seed}.bin")
    md5 = make_source(source, size, args.data_seed)
    out = os.path.join(args.work, "download")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    home = os.path.join(args.work, "home")
    shutil.rmtree(home, ignore_errors=True)
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
               XDG_CACHE_HOME=home + "/cache", QT_LOGGING_RULES="*=false", LC_ALL="C.UTF-8")

    final_name = "fwb-soak.bin"
    servers = [FaultyServer(source, "/rom/" + final_name, args.reset_probability, args.max_cut_mib * MIB, seed + i)
               for i in range(max(1, args.mirrors))]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = [f"http://127.0.0.1:{server.server_address[1]}/rom/{final_name}" for server in servers]
    watch = FolderWatch(out, final_name, size)
    watch.start()

    print(f"Soak: {args.size_mib} MiB, {args.kills} SIGKILLs within {args.kill_max} s, "
          f"resets on {args.reset_probability:.0%} of answers, kill and reset draws from --seed {seed}, {os.cpu_count()} CPUs")
    print(f"  {len(servers)} mirror(s); fetch {' '.join(extra) or 'with its default connections'}")
    rng = random.Random(seed)
    part = os.path.join(out, final_name + ".part")
    runs = []       # (killed, exit code, peak RSS KiB, seconds, .part bytes at the start)
    started = time.monotonic()
    kills = 0
    phases = {} # what the killed runs were doing
    while kills < args.kills:
        watch.run_number = len(runs) + 1
        before = part_bytes(part)
        log = os.path.join(args.work, f"run-{len(runs) + 1}.log")
        anytime = rng.random() < 1 / 3
        killed, code, rss, seconds = run_once(args.cli, urls, md5, size, out, env, rng.uniform(0, args.kill_max),
                                              log, None if anytime else part, extra)
        runs.append((killed, code, rss, seconds, before))
        if killed:
            phases[last_state(log)] = phases.get(last_state(log), 0) + 1
        kills += killed
        if not killed and code == 0:
            print(f"soak: run {len(runs)} finished before its kill (after {kills} kills)", file=sys.stderr)
            break
        if not killed:
            print(f"soak: run {len(runs)} ended by itself with exit code {code}; restarting", file=sys.stderr)

    watch.run_number = len(runs) + 1
    before = part_bytes(part)
    last_log = os.path.join(args.work, "run-last.log")
    done = runs and not runs[-1][0] and runs[-1][1] == 0
    if not done:
        killed, code, rss, seconds = run_once(args.cli, urls, md5, size, out, env, args.last_run_timeout, last_log,
                                              None, extra)
        runs.append((killed, code, rss, seconds, before))
        if killed:
            print(f"soak: the last run did not finish in {args.last_run_timeout:.0f} s; killed", file=sys.stderr)
    else:
        shutil.copy(os.path.join(args.work, f"run-{len(runs)}.log"), last_log)
    total_seconds = time.monotonic() - started
    time.sleep(0.2) # let the watch see the last events
    watch.stop()
    for server in servers:
        server.shutdown()

    failures = []
    for violation in dict.fromkeys(watch.violations): # each kind once, with its count
        count = watch.violations.count(violation)
        failures.append(violation + (f" ({count} times)" if count > 1 else ""))
    # A run that ended by a signal the soak did not send crashed (SIGSEGV, SIGABRT): resuming
    # hides it, so it fails the soak.
    crashed = [f"run {i + 1} ({signal.Signals(-code).name})" for i, (killed, code, *_rest) in enumerate(runs)
               if not killed and code is not None and code < 0]
    if crashed:
        failures.append(f"crashed: {', '.join(crashed)}; their logs: {args.work}/run-N.log")
    final = os.path.join(out, final_name)
    last_code = runs[-1][1]
    with open(last_log, "rb") as f:
        last_lines = f.read().decode(errors="replace").strip().splitlines()
    last_line = last_lines[-1] if last_lines else ""
    if last_code != 0:
        failures.append(f"the last run exited with {last_code}: {last_line}")
    if not last_line.startswith("verified"):
        failures.append(f"the last run did not say 'verified': {last_line}")
    if not os.path.exists(final):
        failures.append("no final file")
    else:
        if os.path.getsize(final) != size:
            failures.append(f"final file has {os.path.getsize(final)} bytes, not {size}")
        got = file_md5(final)
        if got != md5:
            failures.append(f"final file MD5 {got}, expected {md5}")
    leftovers = sorted(n for n in os.listdir(out) if n not in (final_name, ".soak-stop"))
    if leftovers:
        failures.append(f"left in the folder: {', '.join(leftovers)}")
    if len(watch.arrivals) != 1:
        failures.append(f"the final name arrived {len(watch.arrivals)} times (expected once)")
    peak_kib = max(r[2] for r in runs)
    if peak_kib / 1024 * 1.048576 > args.rss_limit_mb:
        failures.append(f"peak RSS {peak_kib / 1024:.1f} MiB above {args.rss_limit_mb} MB")

    c = Counters() # every mirror's together
    for server in servers:
        for key in ("requests", "resets", "ranged", "full", "body_bytes"):
            setattr(c, key, getattr(c, key) + getattr(server.counters, key))
    rss_list = sorted(r[2] / 1024 for r in runs)
    resent = c.body_bytes - size
    errors = sum(1 for r in runs[:-1] if not r[0])
    resumed_restarts = sum(1 for r in runs[1:] if r[4] > 0)
    killed_while = ", ".join(f"{count} {phase}" for phase, count in sorted(phases.items(), key=lambda p: -p[1]))
    print(f"  runs: {len(runs)}: {kills} killed with SIGKILL, {errors} ended early by themselves, the last one ran "
          f"to the end (exit {last_code}); {resumed_restarts} of {len(runs) - 1} restarts found a .part to resume")
    print(f"  killed while: {killed_while}")
    print(f"  server: {c.requests} requests, {c.resets} connection resets, {c.ranged} ranged answers (206 "
          f"from a nonzero offset: resumes and pieces), {c.full} answers from byte 0")
    print(f"  bytes sent: {c.body_bytes / MIB:.0f} MiB for a {size / MIB:.0f} MiB file: "
          f"{resent / MIB:.0f} MiB re-downloaded ({resent / size:.1%})")
    print(f"  peak RSS per run: max {rss_list[-1]:.1f} MiB, median {rss_list[len(rss_list) // 2]:.1f} MiB "
          f"(limit {args.rss_limit_mb:.0f} MB)")
    print(f"  time: total {total_seconds:.1f} s; the last run {runs[-1][3]:.1f} s, starting from "
          f"{runs[-1][4] / MIB:.0f} MiB already on disk")
    print(f"  folder watch: {watch.events} inotify events; the final name arrived {len(watch.arrivals)} time(s), "
          f"by rename, complete: {bool(watch.arrivals) and all(s == size for _, s in watch.arrivals)}")
    print(f"  final file: {len(failures) == 0 and 'complete, MD5 ' + md5 + ' matches' or 'see below'}")
    if failures:
        print("SOAK FAILED:")
        for failure in failures:
            print("  - " + failure)
        print(f"  logs: {args.work}/run-*.log")
        return 1
    print("SOAK PASSED")
    return 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0)) # killed children leave no core files
    sys.exit(main())
