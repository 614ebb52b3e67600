#!/bin/sh
# Instructions per dashboard, counted by callgrind (independent of the host's load): the difference
# between rendering 30 and 10 dashboards in memory, divided by 20.
#   bench/instructions.sh [RELEASE_DIR]   (default .build/release; build it first with
#   swift build -c release --product graft-bench)
# valgrind 3.19 cannot read the debug info Swift 6 writes, so a stripped copy is counted.
set -eu
dir=${1:-.build/release}
binary=$(mktemp)
trap 'rm -f "$binary"' EXIT
cp "$dir/graft-bench" "$binary"
strip "$binary"
chmod +x "$binary"
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" throughput --count "$1" 2>&1 |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
ten=$(count 10)
thirty=$(count 30)
echo "instructions per dashboard: $(( (thirty - ten) / 20 ))"
