// swift-tools-version:6.0
// Graft: Grafana dashboards and prometheus-operator monitors as Swift code.
// One module per layer of DESIGN.md; each depends only on the layers above it.
import PackageDescription

let package = Package(
    name: "Graft",
    // Mutex and Atomic (Synchronization) need macOS 15; Linux has them with the toolchain.
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Graft", targets: ["Graft"]),
        .library(name: "GraftJSON", targets: ["GraftJSON"]),
        .library(name: "GraftModel", targets: ["GraftModel"]),
        .library(name: "GraftDSL", targets: ["GraftDSL"]),
        .library(name: "GraftMonitoring", targets: ["GraftMonitoring"]),
        .library(name: "GraftCatalog", targets: ["GraftCatalog"]),
        .library(name: "GraftHigress", targets: ["GraftHigress"]),
        .library(name: "GraftHTTP", targets: ["GraftHTTP"]),
        .library(name: "GraftGrafana", targets: ["GraftGrafana"]),
        .library(name: "GraftHigressConsole", targets: ["GraftHigressConsole"]),
        .library(name: "GraftURL", targets: ["GraftURL"]),
        .library(name: "GraftPromQL", targets: ["GraftPromQL"]),
        .library(name: "GraftCLI", targets: ["GraftCLI"]),
        .library(name: "GraftReview", targets: ["GraftReview"]),
        .library(name: "GraftImport", targets: ["GraftImport"]),
        .library(name: "HigressCatalog", targets: ["HigressCatalog"]),
        .executable(name: "graft", targets: ["graft"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // 1. JSON: ordered value, literal-keeping parser, Grafana-export writer.
        .target(name: "GraftJSON"),
        // 2. Model: the Grafana dashboard document.
        .target(name: "GraftModel", dependencies: ["GraftJSON"]),
        // 3. DSL: result builders, modifiers, grid layout, stable ids.
        .target(name: "GraftDSL", dependencies: ["GraftJSON", "GraftModel"]),
        // 4. Monitoring: prometheus-operator kinds, Kubernetes wrappers, provisioning.
        // zlib (a system library on Linux and macOS alike, no network) gzips big dashboards for grafana-operator's gzipJson.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "GraftMonitoring", dependencies: ["GraftJSON", "GraftModel", "GraftDSL", "CZlib", .product(name: "Yams", package: "Yams")]),
        // 5. Catalog: the catalog type and rendering it to files.
        .target(name: "GraftCatalog", dependencies: ["GraftJSON", "GraftModel", "GraftDSL", "GraftMonitoring"]),
        // What a dashboards-as-code package imports: layers 1-5, nothing that links the network.
        .target(name: "Graft", dependencies: ["GraftJSON", "GraftModel", "GraftDSL", "GraftMonitoring", "GraftCatalog"]),
        // 7. One HTTP layer (libcurl's multi interface on one thread) under every client, then the Grafana API.
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]),
        .target(name: "GraftHTTP", dependencies: ["CCurl", "GraftJSON", "GraftURL"]),
        .target(name: "GraftGrafana", dependencies: ["GraftJSON", "GraftModel", "GraftHTTP", "GraftURL"]),
        // 6. Dashboard URLs: parse, strip the time range, compose embed URLs.
        .target(name: "GraftURL"),
        // The PromQL reader import and review share: tokens (Grafana's variables tolerated), expressions, selectors.
        .target(name: "GraftPromQL"),
        // 9. Higress: what only Higress has (console slots and URL field, the ai-statistics plugin, the WasmPlugin), and its catalog.
        .target(name: "GraftHigress", dependencies: ["GraftJSON", "GraftModel", "GraftMonitoring", "GraftCatalog", "GraftDSL"]),
        .target(name: "HigressCatalog", dependencies: ["Graft", "GraftHigress"]),
        .target(name: "GraftHigressConsole", dependencies: ["GraftHTTP", "GraftJSON", "GraftHigress", "GraftURL"]),
        // Grafana JSON to Swift in the DSL, and the starter package `graft init` writes from Templates/ (not
        // compiled here). The EmbedTemplates plugin embeds those files, the target and product names of this
        // package and its dependencies, and the checkout's path at build time, so a copied graft can init.
        .target(name: "GraftImport", dependencies: ["GraftDSL", "GraftModel", "GraftJSON", "GraftPromQL"], exclude: ["Templates"], plugins: ["EmbedTemplates"]),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["graft-embed-templates"]),
        .executableTarget(name: "graft-embed-templates"),
        // Review tools: lint (promtool), verify (a live Prometheus), preview (SVG).
        .target(name: "GraftReview", dependencies: ["GraftJSON", "GraftModel", "GraftDSL", "GraftMonitoring", "GraftCatalog", "GraftPromQL", "GraftHTTP"]),
        // 8. CLI over any catalog, and the `graft` executable over the Higress catalog.
        .target(name: "GraftCLI", dependencies: [
            "GraftJSON", "GraftModel", "GraftDSL", "GraftMonitoring", "GraftCatalog", "GraftHTTP", "GraftGrafana", "GraftURL", "GraftHigress",
            "GraftHigressConsole", "GraftReview", "GraftImport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "graft", dependencies: ["GraftCLI", "HigressCatalog"]),
        // The seeded generator and byte mutator the fuzzers and the tests share; no test support in it.
        .target(name: "GraftFuzzing"),
        // A seeded mutation fuzzer of the URL parser and stripper (`make fuzz`).
        .executableTarget(name: "graft-fuzz-url", dependencies: ["GraftURL", "GraftFuzzing"]),
        // Seeded mutation fuzzers of the JSON parser, the PromQL reader and the importer, seeded from real dashboards (`make fuzz`).
        .executableTarget(name: "graft-fuzz", dependencies: ["GraftJSON", "GraftPromQL", "GraftImport", "GraftFuzzing"]),
        // The rendering benchmark (`make bench`).
        .executableTarget(name: "graft-bench", dependencies: ["HigressCatalog"]),

        // Test support: HTTP emulators of Grafana and the Higress console, a Higress metrics endpoint.
        // Linked by test targets only, never by an executable.
        .target(name: "GraftTestSupport", dependencies: ["GraftJSON", "GraftFuzzing"], path: "Tests/Support"),
        .testTarget(name: "GraftJSONTests", dependencies: ["GraftJSON", "GraftTestSupport"]),
        .testTarget(name: "GraftModelTests", dependencies: ["GraftModel", "GraftTestSupport"]),
        .testTarget(name: "GraftDSLTests", dependencies: ["GraftDSL"], exclude: ["Fixtures"]),
        .testTarget(name: "GraftURLTests", dependencies: ["GraftURL", "GraftTestSupport"]),
        .testTarget(name: "GraftPromQLTests", dependencies: ["GraftPromQL"]),
        .testTarget(name: "GraftHigressTests", dependencies: ["GraftHigress", "GraftURL"]),
        .testTarget(name: "HigressCatalogTests", dependencies: ["HigressCatalog", "GraftTestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "GraftCLITests", dependencies: [
            "GraftCLI", "GraftHTTP", "GraftTestSupport", "HigressCatalog", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "GraftHTTPTests", dependencies: ["GraftHTTP", "GraftTestSupport", "GraftJSON"]),
        .testTarget(name: "GraftGrafanaTests", dependencies: [
            "GraftGrafana", "GraftHTTP", "GraftHigressConsole", "GraftTestSupport", "GraftJSON", "GraftModel",
        ]),
        .testTarget(name: "GraftHigressConsoleTests", dependencies: ["GraftHigressConsole", "GraftHigress", "GraftHTTP", "GraftTestSupport"]),
        .testTarget(name: "GraftImportTests", dependencies: [
            "GraftImport", "GraftCLI", "GraftTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "GraftReviewTests", dependencies: ["GraftReview", "GraftPromQL", "GraftHTTP", "GraftCLI", "HigressCatalog", "GraftTestSupport"]),
        // The push benchmark against the Grafana emulator: `make bench` runs it (GRAFT_BENCH=1), `make test` skips it.
        .testTarget(name: "GraftBenchmarks", dependencies: ["GraftGrafana", "GraftHTTP", "GraftTestSupport", "GraftModel", "GraftJSON"]),
        .testTarget(name: "GraftMonitoringTests", dependencies: ["GraftMonitoring", "HigressCatalog", "GraftTestSupport", .product(name: "Yams", package: "Yams")]),
    ]
)
