import Foundation
import Testing

/// Finds what would break the build on macOS while Linux builds fine: an `import Glibc` (or `Musl`)
/// outside an `#if` that has a Darwin branch, and a `Glibc.`- or `Musl.`-qualified name outside a
/// branch whose condition names that module.
enum PlatformImportScan {
    /// One offending line.
    struct Finding: Equatable, CustomStringConvertible {
        var file: String
        var line: Int
        var text: String
        var description: String { "\(file):\(line): \(text)" }
    }

    /// An `#if` ... `#endif` being read: its branches' conditions, and whether one is for Darwin.
    private struct Conditional {
        var id: Int
        var conditions: [String]
        var hasDarwinBranch = false
    }

    private static let platformModules = ["Glibc", "Musl"]

    /// The findings in the Swift source `text` of `file`.
    static func findings(in text: String, file: String) -> [Finding] {
        var open: [Conditional] = []
        var darwinBlocks: Set<Int> = []
        var pendingImports: [(finding: Finding, blocks: [Int])] = []
        var findings: [Finding] = []
        var nextID = 0
        var inMultilineString = false
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            // Lines of a multi-line string literal are text, not code (the fixtures below are such).
            let delimiters = line.components(separatedBy: "\"\"\"").count - 1
            defer { if delimiters % 2 == 1 { inMultilineString.toggle() } }
            if inMultilineString || line.hasPrefix("//") { continue }
            let finding = Finding(file: file, line: index + 1, text: line)
            if line.hasPrefix("#if ") {
                open.append(Conditional(id: nextID, conditions: [String(line.dropFirst(4))]))
                nextID += 1
            } else if line.hasPrefix("#elseif "), !open.isEmpty {
                open[open.count - 1].conditions.append(String(line.dropFirst(8)))
            } else if line.hasPrefix("#endif"), let closed = open.popLast() {
                if closed.hasDarwinBranch || closed.conditions.contains(where: { $0.contains("Darwin") }) { darwinBlocks.insert(closed.id) }
            } else if let module = importedModule(line) {
                if module == "Darwin", !open.isEmpty { open[open.count - 1].hasDarwinBranch = true }
                if platformModules.contains(module) { pendingImports.append((finding, open.map(\.id))) }
            } else if let module = platformModules.first(where: { withoutStringLiterals(line).contains("\($0).") }),
                      !open.contains(where: { $0.conditions.contains { $0.contains(module) } }) {
                findings.append(finding)
            }
        }
        let bareImports = pendingImports.filter { $0.blocks.allSatisfy { !darwinBlocks.contains($0) } }.map(\.finding)
        return (bareImports + findings).sorted { $0.line < $1.line }
    }

    /// The module `line` imports (`@_exported import Glibc`, `import struct Glibc.stat`), if it is an import.
    private static func importedModule(_ line: String) -> String? {
        var words = line.split(separator: " ").drop { $0.hasPrefix("@") }
        guard words.first == "import" else { return nil }
        words = words.dropFirst()
        if let kind = words.first, ["typealias", "struct", "class", "enum", "protocol", "let", "var", "func"].contains(kind) { words = words.dropFirst() }
        return words.first.map { String($0.split(separator: ".").first ?? $0) }
    }

    /// `line` with its one-line string literals removed, so that a quoted "Glibc." is not code.
    private static func withoutStringLiterals(_ line: String) -> String {
        var result = "", inString = false, escaped = false
        for character in line {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The package's root (Package.swift, Sources/, Tests/) above this file, or `nil` when it is not there.
    static let packageRoot: URL? = {
        var folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            folder = folder.deletingLastPathComponent()
            let has = { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
            if has("Package.swift"), has("Sources"), has("Tests") { return folder }
        }
        return nil
    }()

    /// Every `.swift` file under `Sources/` (the init templates too) and `Tests/` of `root`, relative paths in order.
    static func swiftFiles(under root: URL) -> [String] {
        ["Sources", "Tests"].flatMap { folder -> [String] in
            let paths = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)?.allObjects as? [String] ?? []
            return paths.filter { $0.hasSuffix(".swift") }.map { "\(folder)/\($0)" }
        }.sorted()
    }
}

@Suite("Portable to macOS")
struct PortabilityTests {
    @Test("no Swift file of the package imports Glibc or Musl without a Darwin branch, or names them outside their branch",
          .enabled(if: PlatformImportScan.packageRoot != nil, "skipped: the package's Sources/ and Tests/ are not above this file"))
    func packageIsPortable() throws {
        let root = try #require(PlatformImportScan.packageRoot)
        let files = PlatformImportScan.swiftFiles(under: root)
        #expect(files.count > 100, "found only \(files.count) Swift files under \(root.path)")
        let findings = try files.flatMap { path in
            PlatformImportScan.findings(in: try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8), file: path)
        }
        #expect(findings.isEmpty, "macOS would not build these:\n\(findings.map(\.description).joined(separator: "\n"))")
    }

    @Test("the scan flags planted Linux-only imports and qualified names, and passes the portable forms", arguments: [
        ("import Foundation\nimport Glibc\n", [2]),
        ("#if canImport(Glibc)\nimport Glibc\n#endif\nlet n = Glibc.write(1, nil, 0)\n", [2, 4]),
        ("#if os(Linux)\n@_exported import Musl\n#endif\n", [2]),
        ("#if canImport(Glibc)\nimport Glibc\n#endif\n#if canImport(Darwin)\nimport Darwin\n#endif\n", [2]),
        ("#if canImport(Darwin)\nimport Darwin\n#elseif canImport(Glibc)\nimport Glibc\n#elseif canImport(Musl)\nimport Musl\n#endif\n", []),
        ("#if canImport(Glibc)\nimport Glibc\nlet n = Glibc.write(1, nil, 0)\n#else\nimport Darwin\n#endif\n", []),
        ("#if canImport(Darwin)\nimport Darwin\n#else\n#if canImport(Glibc)\nimport Glibc\n#endif\n#endif\n", []),
        ("// import Glibc\nlet text = \"import Glibc; Glibc.write\"\nlet block = \"\"\"\nimport Glibc\n\"\"\"\n", []),
    ])
    func plantedExamples(_ source: String, _ lines: [Int]) {
        #expect(PlatformImportScan.findings(in: source, file: "Planted.swift").map(\.line) == lines)
    }
}
