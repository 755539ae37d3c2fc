#!/usr/bin/python3
"""Reference for link signing: Carillon's exact links made with nothing but Python's standard
library (hmac, hashlib, base64, urllib.parse), one HMAC-SHA256 per link with the key's pads
prepared once (hmac.new(...).copy()), as a plain script would do it. Same ids, file names,
digest and expiry as "bench_assistant sign". Prints the median of RUNS runs in ms.

Usage: tests/bench/sign-python.py [links] [runs]
       tests/bench/sign-python.py --check FILE
  --check reads what "bench_assistant sign" wrote with --dump (key, key id, expiry, base URL,
  then one "id<TAB>name<TAB>sha256<TAB>link" line per link) and fails unless every link made
  here is byte-identical to Carillon's.
"""
import base64
import hashlib
import hmac
import statistics
import sys
import time
from urllib.parse import quote


def signer(key, kid, exp_seconds, base):
    """Returns sign(public_id, file_name, sha256) -> link, exactly as LinkSigner::signPath."""
    pads = hmac.new(key, digestmod=hashlib.sha256)
    exp = str(exp_seconds)
    tail = "\n" + exp + "\n" + kid

    def sign(public_id, file_name, sha256):
        pid = quote(public_id, safe="")  # RFC 3986 unreserved kept, like QUrl::toPercentEncoding
        name = quote(file_name, safe="")
        # Without a digest: the older form of link.
        tail_path = sha256.lower() + "/" + name if sha256 else name
        signed = "/a/" + pid + "/" + tail_path
        mac = pads.copy()
        mac.update(("GET\n" + signed + tail).encode("ascii"))
        sig = base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode("ascii")
        return f"{base}/a/{pid}/{exp}/{kid}/{sig}/{tail_path}"

    return sign


def check(path):
    with open(path, encoding="utf-8") as f:
        key_hex, kid, exp, base = f.readline().rstrip("\n").split("\t")
        sign = signer(bytes.fromhex(key_hex), kid, int(exp), base)
        count = 0
        for line in f:
            public_id, name, sha256, link = line.rstrip("\n").split("\t")
            mine = sign(public_id, name, sha256)
            if mine != link:
                sys.exit(f"sign-python: link differs from Carillon's:\n  {link}\n  {mine}")
            count += 1
    print(f"sign-python: {count} links byte-identical to Carillon's")


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--check":
        check(sys.argv[2])
        return
    links = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    sign = signer(bytes(range(32)), "k0123456789", int(time.time()) + 6 * 86400,
                  "http://127.0.0.1:47110")
    ids = [f"p{i}" for i in range(links)]
    names = [f"report {i} \u00e9.pdf" for i in range(links)]
    digest = "a" * 64
    times = []
    size = 0
    for _ in range(runs):
        start = time.perf_counter()
        out = "".join(sign(ids[i], names[i], digest) + "\n" for i in range(links))
        times.append((time.perf_counter() - start) * 1000)
        size = len(out)
    print(f"python hmac: {links} links in median {statistics.median(times):.1f} ms "
          f"(min {min(times):.1f}, max {max(times):.1f}; {size / 1e6:.1f} MB), {runs} runs")
    print("RESULT python_ms " + " ".join(f"{t:.1f}" for t in times))


if __name__ == "__main__":
    main()
