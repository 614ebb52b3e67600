// swift-tools-version:6.0
// {{PACKAGE_NAME}}: Grafana dashboards and prometheus-operator monitors as Swift code, with Graft.
import PackageDescription

let package = Package(
    name: "{{PACKAGE_NAME}}",
    // Graft's own floor on macOS; Linux needs no entry.
    platforms: [.macOS(.v15)],
    dependencies: [
        {{GRAFT_DEPENDENCY}},
    ],
    targets: [
        // The dashboards and monitors: the catalog.
        .target(name: "Observability", dependencies: [.product(name: "Graft", package: "{{GRAFT_PACKAGE}}")]),
        // Graft's command line (`render`, `import`...) over the catalog: `make run` runs `{{EXECUTABLE}} render`.
        .executableTarget(
            name: "{{EXECUTABLE}}",
            dependencies: ["Observability", .product(name: "GraftCLI", package: "{{GRAFT_PACKAGE}}")],
            path: "Sources/CLI"
        ),
        .testTarget(name: "ObservabilityTests", dependencies: ["Observability"]),
    ]
)
