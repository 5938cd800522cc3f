#!/usr/bin/env python3
"""Writes fuzz/seeds/tape/: the 40 public vectors' inputs (tests/data/vectors.json) and a few
hostile values, as the JS face's input tape (the format of src/tape.rs), the way the package's
walk writes them: lone surrogates as LONE_SURROGATE in values and U+FFFD in keys, nesting past
32 levels as UNSUPPORTED. A marker object {"\\u0000": "function"} stands for a value JSON cannot
hold (a function, NaN, undefined, a Map). Run from the repository root: python3 fuzz/seeds/tape.py
"""
import json
import math
import pathlib
import struct

NULL, FALSE, TRUE, NUMBER, STRING, LONE_SURROGATE, UNSUPPORTED, ARRAY, OBJECT = range(9)
# src/tape.rs UNSUPPORTED_REASONS, by index.
FUNCTION, MAP, NESTING = 0, 4, 7
MAX_DEPTH = 32

HOSTILE = {
    "deep": r'{"Name": "abc", "Deep": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}',
    "duplicates": r'{"Name": "a", "Name": "b", "BlockDeviceMappings": [{"DeviceName": "/dev/sda1"}, {"DeviceName": "/dev/sda1"}]}',
    "hostile-markers": r'{"Name": {"\u0000": "function"}, "DryRun": {"\u0000": "NaN"}, "Iops": {"\u0000": "undefined"}, "X": {"\u0000": "Map"}}',
    "nulls": r'{"Name": "abc", "BillingProducts": [null, "bp-1", null], "TagSpecifications": [null, {"ResourceType": "image", "Tags": [null, {"Key": ""}, {"Key": "aws:x"}]}], "BlockDeviceMappings": [null, 1, {"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 8.5, "Iops": 2147483648, "Throughput": -0}}]}',
    "numbers": r'[0, -0, 1e21, 1e-7, 1e308, 12345678901234567890123, 0.1e1, 2147483647, 2147483648, -2147483648, -2147483649, 8.0, -0.0, 3e3]',
    "surrogates": r'{"Name": "ab\ud800c", "Description": "\udc00", "\ud83d\ude00": 1, "K\ud800": 2}',
    "unknown": r'{"name": "x", "BlockDeviceMapping": [], "Colour": 1, "BlockDeviceMappings": [{"Ebs": {"VolumeSzie": 8, "iops": 1}}]}',
}
MARKERS = {"function": [UNSUPPORTED, FUNCTION], "Map": [UNSUPPORTED, MAP], "undefined": [NULL]}


def text(s):
    b = s.encode("utf-8")
    return struct.pack("<I", len(b)) + b


def container(tag, count, items):
    return bytes([tag]) + struct.pack("<II", count, len(items)) + items


def tape(v, depth=0):
    if v is None:
        return bytes([NULL])
    if v is True or v is False:
        return bytes([TRUE if v else FALSE])
    if isinstance(v, (int, float)):
        return bytes([NUMBER]) + struct.pack("<d", float(v))
    if isinstance(v, str):
        try:
            return bytes([STRING]) + text(v)
        except UnicodeEncodeError:
            return bytes([LONE_SURROGATE])
    if depth > MAX_DEPTH:
        return bytes([UNSUPPORTED, NESTING])
    if isinstance(v, list) and not isinstance(v, Pairs):
        return container(ARRAY, len(v), b"".join(tape(x, depth + 1) for x in v))
    pairs = v  # a list of (key, value): keys in order, repeated keys kept
    if len(pairs) == 1 and pairs[0][0] == "\0":
        marker = pairs[0][1]
        if marker == "NaN":
            return bytes([NUMBER]) + struct.pack("<d", math.nan)
        return bytes(MARKERS[marker])
    out = b""
    for k, x in pairs:
        out += text(k.encode("utf-16", "surrogatepass").decode("utf-16", "replace")) + tape(x, depth + 1)
    return container(OBJECT, len(pairs), out)


def load(s):
    return json.loads(s, object_pairs_hook=Pairs)


class Pairs(list):
    pass


def main():
    out = pathlib.Path("fuzz/seeds/tape")
    out.mkdir(exist_ok=True)
    vectors = json.loads(pathlib.Path("tests/data/vectors.json").read_text(), object_pairs_hook=Pairs)
    for i, v in enumerate(vectors):
        inp = dict(v)["input"]
        (out / f"vector-{i:02}.tape").write_bytes(tape(inp))
    for name, doc in HOSTILE.items():
        (out / f"{name}.tape").write_bytes(tape(load(doc)))


if __name__ == "__main__":
    main()
