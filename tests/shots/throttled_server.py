# SPDX-License-Identifier: GPL-3.0-or-later
"""A slow static file server for screenshots, like a CDN seen from home: 127.0.0.1, COUNT mirrors
on free ports (written space-separated to argv[2]), each transfer capped at about 4 MB/s, with
Range support (206 + Content-Range, If-Range against the ETag) so that downloads run segmented.
    throttled_server.py <served-dir> <port-file> [COUNT]"""
import http.server
import os
import re
import sys
import threading
import time

RATE = 4 * 1024 * 1024
CHUNK = 64 * 1024


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the next piece comes over the same connection

    def send_head(self):
        path = self.translate_path(self.path)
        if not os.path.isfile(path):
            self.send_error(404, "File not found")
            return None
        stat = os.stat(path)
        size = stat.st_size
        etag = f'"{int(stat.st_mtime)}-{size}"'
        begin, end = 0, size  # [begin, end)
        match = re.fullmatch(r"bytes=(\d*)-(\d*)", self.headers.get("Range", ""))
        if_range = self.headers.get("If-Range")
        ranged = match is not None and (if_range is None or if_range == etag)
        if ranged:
            first, last = match.group(1), match.group(2)
            begin = int(first) if first else max(0, size - int(last or 0))
            end = min(size, int(last) + 1) if first and last else size
            if begin >= size or begin >= end:
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
        self.send_response(206 if ranged else 200)
        self.send_header("Content-Type", "application/zip")
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(end - begin))
        if ranged:
            self.send_header("Content-Range", f"bytes {begin}-{end - 1}/{size}")
        self.end_headers()
        source = open(path, "rb")
        source.seek(begin)
        self.left = end - begin
        return source

    def copyfile(self, source, outputfile):
        while self.left > 0:
            data = source.read(min(CHUNK, self.left))
            if not data:
                return
            outputfile.write(data)
            self.left -= len(data)
            time.sleep(len(data) / RATE)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the client went away mid-transfer (paused, quit, a piece cut short)


os.chdir(sys.argv[1])
servers = [Server(("127.0.0.1", 0), Handler) for _ in range(int(sys.argv[3]) if len(sys.argv) > 3 else 1)]
for server in servers[1:]:
    threading.Thread(target=server.serve_forever, daemon=True).start()
with open(sys.argv[2] + ".tmp", "w") as f:
    f.write(" ".join(str(s.server_address[1]) for s in servers))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
servers[0].serve_forever()
