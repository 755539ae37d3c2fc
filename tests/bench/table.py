#!/usr/bin/python3
"""Turns the logs of tests/bench/run into the RESULTS.md table: for every figure its goal, its
reference, the median with the spread (min-max over the runs) and a verdict that says by how
much a goal is missed. Each benchmark prints "RESULT <key> <value per run...>".

Usage: tests/bench/table.py LOG_DIR
"""
import os
import statistics
import sys

logs = sys.argv[1]


def values(log, key):
    path = os.path.join(logs, log + ".log")
    if not os.path.exists(path):
        return []
    found = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.split()
            if len(parts) > 2 and parts[0] == "RESULT" and parts[1] == key:
                found = [float(v) for v in parts[2:]]
    return found


def spread(v, unit, digits=1):
    if not v:
        return "not measured"
    fmt = f"{{:.{digits}f}}"
    return (f"{fmt.format(statistics.median(v))} {unit} "
            f"({fmt.format(min(v))}–{fmt.format(max(v))}, {len(v)} runs)")


def ratios(a, b):
    """Per-run ratios a/b when the runs were paired, else every a over the median of b."""
    if len(a) == len(b):
        return [x / y for x, y in zip(a, b)]
    mb = statistics.median(b)
    return [x / mb for x in a]


def verdict_at_most(value, goal, unit):
    if value is None:
        return "not measured"
    if value <= goal:
        return "met"
    return f"**missed** by {value - goal:.2f}{unit} ({value / goal:.2f}× the goal)"


def verdict_at_least(value, goal, unit):
    if value is None:
        return "not measured"
    if value >= goal:
        return "met"
    return f"**missed**: {value:.2f}{unit}, {goal / value:.2f}× short of the goal"


def med(v):
    return statistics.median(v) if v else None


rows = []


def row(metric, goal, reference, measured, verdict):
    rows.append(f"| {metric} | {goal} | {reference} | {measured} | {verdict} |")


# Start-up: the same marks in both programs, paired runs in alternating order.
for mark, what in (("frame", "start-up to the first frame on the X server"),
                   ("idle", "start-up to the first idle moment after the deferred work")):
    ours = values("startup", f"startup_{mark}_ms")
    bare = values("startup", f"startup_{mark}_bare_ms")
    r = ratios(ours, bare) if ours and bare else []
    row(f"{what} (demo data, signed in as Ada)", "≤ 1.5× the bare window",
        f"bare QMainWindow {spread(bare, 'ms')}",
        f"{spread(ours, 'ms')}; ratio {spread(r, '×', 2)}",
        verdict_at_most(med(r), 1.5, "×"))

sign = values("sign", "sign_ms")
boto = values("boto3", "boto3_ms")
python = values("python", "python_ms")
raw = values("sign", "hmac_ms")
links = os.environ.get("LINKS", "100000")
row(f"sign {links} links (LinkSigner::signLines), speed vs boto3",
    "≥ 100× boto3's speed",
    f"boto3 generate_presigned_url (AWS SigV4 query signing, offline) {spread(boto, 'ms')}",
    f"{spread(sign, 'ms')}; boto3 time / ours {spread(ratios(boto, sign) if boto and sign else [], '×', 0)}",
    verdict_at_least(med(ratios(boto, sign)) if boto and sign else None, 100, "×"))
row(f"the same, speed vs a plain Python script making the same links", "none (context)",
    f"Python hmac/hashlib, byte-identical links (sign-python.py) {spread(python, 'ms')}",
    f"Python time / ours {spread(ratios(python, sign) if python and sign else [], '×', 1)}",
    "—")
row(f"the same, speed vs raw libcrypto", "≥ 0.5× raw's speed",
    f"one HMAC() call per link on the same messages {spread(raw, 'ms')}",
    f"raw time / ours {spread(ratios(raw, sign) if raw and sign else [], '×', 2)}",
    verdict_at_least(med(ratios(raw, sign)) if raw and sign else None, 0.5, "×"))

manifest = values("manifest", "manifest_ms")
row(f"manifest for {links} attachments (query + sign), 2 cores", "< 500 ms", "—",
    spread(manifest, "ms"), verdict_at_most(med(manifest), 500, " ms"))
trip = values("manifest", "roundtrip_p99_ms")
row("assistant command round trip, posted to reply stored, p99 (worst of Help, Delete me, "
    "Get my attachments; one p99 per round of 300)", "p99 < 5 ms", "—", spread(trip, "ms", 2),
    verdict_at_most(med(trip), 5, " ms"))
send = values("window", "send_p99_ms")
row("Send clicked in the main window to the assistant's reply painted, p99", "p99 < 50 ms",
    "—", spread(send, "ms") if send else "not measured (bench not written yet)",
    verdict_at_most(med(send), 50, " ms") if send else "not measured")
opened = values("window", "open_big_ms")
row("open a 100,000-message conversation by clicking it in the chat list, until painted",
    "—", "a 60-message one", spread(opened, "ms") if opened else
    "not measured (bench not written yet)", "not measured" if not opened else "—")

n_rps = values("links", "nginx_rps")
c_rps = values("links", "carillon_rps")
row("link server throughput (64 connections, 1 MiB files)", "≥ 0.8× nginx",
    f"nginx {spread(n_rps, 'req/s', 0)}",
    f"{spread(c_rps, 'req/s', 0)}; ratio {spread(ratios(c_rps, n_rps) if c_rps and n_rps else [], '×', 2)}",
    verdict_at_least(med(ratios(c_rps, n_rps)) if c_rps and n_rps else None, 0.8, "×"))
mem = values("links", "stream_rss_mib")
row("link server memory streaming 1 GiB (peak RSS over idle)", "< 16 MiB", "—",
    spread(mem, "MiB"), verdict_at_most(med(mem), 16, " MiB"))

erase = values("erase", "erase_ms")
erase_ref = values("erase", "erase_reference_ms")
row("Delete me: 1,000,000 messages + 10,000 attachments", "none (context)",
    f"SQLite DELETE of the same rows + unlink {spread(erase_ref, 'ms', 0)}",
    f"{spread(erase, 'ms', 0)}; ratio {spread(ratios(erase, erase_ref) if erase and erase_ref else [], '×', 2)}",
    "—")

# The longest gap between ticks of a 1 ms timer on the GUI thread while each operation runs, as
# felt and net of the time the thread waited in the run queue for a CPU (what other processes
# on a loaded machine take); the verdict is on the worst run, net (what the program causes).
stall_messages = int(os.environ.get("STALL_MESSAGES", "300000"))
stall_mib = os.environ.get("STALL_MIB", "100")
keychain = values("stalls", "stall_keychain")
secrets = ("GNOME Keyring (Secret Service)" if keychain and keychain[-1] else
           "the secrets file (no Secret Service)")
for key, what in (
        ("stall_signin", f"sign-in (password hash, session, saved sign-in in {secrets})"),
        ("stall_attachment", f"sending a {stall_mib} MiB attachment"),
        ("stall_export", "an export delivery (5,000 signed links)"),
        ("stall_deleteme", f"Delete me ({stall_messages:,} messages, 5,000 attachments)"),
        ("stall_signout", f"sign-out (saved sign-in forgotten from {secrets})")):
    felt = values("stalls", f"{key}_ms")
    net = values("stalls", f"{key}_net_ms")
    row(f"longest GUI-thread stall during {what}", "< 50 ms net (worst run)", "—",
        f"net of run-queue waits {spread(net, 'ms')}; as felt {spread(felt, 'ms')}",
        verdict_at_most(max(net) if net else None, 50, " ms"))

print("| metric | goal | reference | measured: median (min–max, runs) | verdict |")
print("| --- | --- | --- | --- | --- |")
print("\n".join(rows))
