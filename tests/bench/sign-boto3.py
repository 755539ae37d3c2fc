#!/usr/bin/python3
"""Reference for link signing, AWS style: boto3's generate_presigned_url (S3 SigV4 query signing:
a canonical request, a derived signing key and HMAC-SHA256 chain per URL; another link format
than Carillon's) on the same number of links as "bench_assistant sign", offline (it makes no
network call), with a dummy key, region and bucket. Prints the median of RUNS runs in ms and
every run on the RESULT line. For Carillon's exact format see sign-python.py.

Usage: tests/bench/sign-boto3.py [links] [runs]
"""
import statistics
import sys
import time

import boto3
from botocore.config import Config

links = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
client = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    config=Config(signature_version="s3v4"),
)
keys = [f"p{i}/report {i} \u00e9.pdf" for i in range(links)]
times = []
size = 0
for _ in range(runs):
    start = time.perf_counter()
    urls = [
        client.generate_presigned_url(
            "get_object", Params={"Bucket": "carillon-bench", "Key": k}, ExpiresIn=6 * 86400
        )
        for k in keys
    ]
    times.append((time.perf_counter() - start) * 1000)
    size = sum(len(u) + 1 for u in urls)
median = statistics.median(times)
print(f"boto3 generate_presigned_url: {links} links in median {median:.1f} ms "
      f"({size / 1e6:.1f} MB), {runs} runs")
print("RESULT boto3_ms " + " ".join(f"{t:.1f}" for t in times))
