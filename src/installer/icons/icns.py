#!/usr/bin/env python3
"""Writes an Apple .icns file from PNG images: usage icns.py OUT.icns TYPE=FILE.png ...

The format is a 4-byte magic 'icns' and the file's length (big-endian), then one block per image:
a 4-byte type ('ic07' 128 px, 'ic08' 256 px, 'ic09' 512 px, 'ic10' 1024 px), the block's length
including its 8-byte header, and the PNG data as it is (macOS 10.7 and later read PNG blocks).
"""
import struct
import sys

blocks = b""
for arg in sys.argv[2:]:
    kind, path = arg.split("=", 1)
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(path + " is not a PNG file")
    blocks += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
with open(sys.argv[1], "wb") as out:
    out.write(b"icns" + struct.pack(">I", len(blocks) + 8) + blocks)
