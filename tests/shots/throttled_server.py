# SPDX-License-Identifier: GPL-3.0-or-later
"""A slow static file server for screenshots: 127.0.0.1, a free port (written to argv[2]),
about 25 MB/s per transfer, no Range support (answers 200)."""
import http.server
import os
import sys
import time

RATE = 25 * 1024 * 1024
CHUNK = 256 * 1024


class Handler(http.server.SimpleHTTPRequestHandler):
    def copyfile(self, source, outputfile):
        while True:
            data = source.read(CHUNK)
            if not data:
                return
            outputfile.write(data)
            time.sleep(CHUNK / RATE)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the client went away mid-transfer (paused, quit)


os.chdir(sys.argv[1])
server = Server(("127.0.0.1", 0), Handler)
with open(sys.argv[2] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
server.serve_forever()
