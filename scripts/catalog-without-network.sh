#!/bin/sh
# A package that depends only on Graft's catalog product (`Graft`) builds, renders and links
# nothing of the network: built with libcurl's headers and pkg-config file hidden (where this
# machine lets a private mount namespace hide them), its build compiles no CCurl, GraftHTTP or
# GraftGrafana, and its executable does not load libcurl. Run by `make test`.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/graft-catalog-only.XXXXXX")
trap 'rm -rf "$work"' EXIT
[ -n "${KEEP:-}" ] && trap - EXIT
mkdir -p "$work/Sources/CatalogOnly"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "CatalogOnly",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "$root")],
    targets: [.executableTarget(name: "CatalogOnly", dependencies: [.product(name: "Graft", package: "$(basename "$root")")])]
)
SWIFT
cat > "$work/Sources/CatalogOnly/main.swift" <<'SWIFT'
import Graft

let catalog = Catalog("offline") {
    Dashboard("Offline", uid: "offline") {
        Row("Traffic") {
            Stat("Requests") { Prometheus("sum(rate(http_requests_total[5m]))") }.unit(.requestsPerSecond)
        }
    }
    PodMonitor(name: "app", namespace: "default", selector: LabelSelector(matchLabels: ["app": "web"])) {
        ScrapeEndpoint(port: "metrics")
    }
}
for file in try catalog.renderFiles() { print(file.path, file.bytes.count) }
SWIFT

build() { (cd "$work" && swift build --product CatalogOnly 2>&1 | tail -3); }
curl_include=$(dirname "$(find /usr/include -name curl.h -path '*curl/curl.h' 2>/dev/null | head -1)" 2>/dev/null || true)
if [ "$(id -u)" = 0 ] && [ -n "$curl_include" ] && command -v unshare >/dev/null 2>&1 \
   && unshare --mount --propagation private true 2>/dev/null; then
    empty="$work/empty"
    mkdir -p "$empty"
    echo "building with $curl_include and libcurl's pkg-config file hidden"
    export work empty curl_include
    unshare --mount --propagation private sh -c '
        mount --bind "$empty" "$curl_include"
        for pc in $(pkg-config --variable=pcfiledir libcurl 2>/dev/null)/libcurl.pc; do [ -f "$pc" ] && mount --bind /dev/null "$pc"; done
        cd "$work" && swift build --product CatalogOnly 2>&1 | tail -3' || { echo "FAIL: the catalog-only package did not build without libcurl's headers"; exit 1; }
else
    echo "building as is (no private mount namespace here to hide libcurl's headers)"
    build || { echo "FAIL: the catalog-only package did not build"; exit 1; }
fi
built="$work/.build/debug"
# SwiftPM makes a folder for every target of the graph; only those it compiled hold objects.
for module in CCurl GraftHTTP GraftGrafana; do
    if [ -n "$(find "$built/$module.build" -name '*.o' 2>/dev/null | head -1)" ]; then
        echo "FAIL: the catalog-only package compiled $module"; exit 1
    fi
done
[ -n "$(find "$built/GraftCatalog.build" -name '*.o' | head -1)" ] || { echo "FAIL: GraftCatalog was not compiled where expected"; exit 1; }
if command -v ldd >/dev/null 2>&1 && ldd "$built/CatalogOnly" | grep -q curl; then
    echo "FAIL: the catalog-only executable links libcurl"; exit 1
fi
output=$("$built/CatalogOnly")
echo "$output"
echo "$output" | grep -q '^dashboards/offline.json ' || { echo "FAIL: the catalog-only package rendered no dashboard"; exit 1; }
echo "$output" | grep -q '^manifests/monitors/app.podmonitor.yaml ' || { echo "FAIL: the catalog-only package rendered no PodMonitor"; exit 1; }
echo "catalog-only package: built without the network layer, rendered $(echo "$output" | wc -l) files"
