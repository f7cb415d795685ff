#!/usr/bin/env python3
"""PyYAML with its C loader (libyaml) building Python objects from FILE: prints MB/s."""
import sys
import time

import yaml

data = open(sys.argv[1], "rb").read()
start = time.perf_counter()
documents = list(yaml.load_all(data, Loader=yaml.CSafeLoader))
seconds = time.perf_counter() - start
print(f"pyyaml {len(data) / seconds / 1e6:.1f} MB/s {seconds:.3f} s")
