import Foundation
import Testing

/// Every DSL modifier consumes the component it is called on: the component's panel is then moved
/// into the result and changed in place. A modifier that borrows it copies the whole panel model,
/// and its first change copies each option object it touches — nothing a test of the output sees,
/// so the sources are read for it.
struct ModifierOwnershipTests {
    /// The functions in `text` that return a component (`Self`, `Row`, `Dashboard`, `Override`):
    /// each signature (from `func` to its body's brace) and whether it consumes the component.
    static func modifiers(in text: String) -> [(line: Int, signature: String, consumes: Bool)] {
        let lines = text.components(separatedBy: "\n")
        var found: [(line: Int, signature: String, consumes: Bool)] = []
        for (index, line) in lines.enumerated() where line.contains("func ") && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
            var signature = line.trimmingCharacters(in: .whitespaces)
            var next = index
            while !signature.contains("{"), next + 1 < lines.count {
                next += 1
                signature += " " + lines[next].trimmingCharacters(in: .whitespaces)
            }
            let head = signature.components(separatedBy: "{")[0].trimmingCharacters(in: .whitespaces)
            guard ["Self", "Row", "Dashboard", "Override"].contains(where: { head.hasSuffix("-> \($0)") }), !head.contains("static func") else { continue }
            found.append((index + 1, head, head.contains("consuming func")))
        }
        return found
    }

    /// The modifiers of every file under `Sources/GraftDSL`, named `file:line: signature`.
    static func sourceModifiers() throws -> [(name: String, consumes: Bool)] {
        let sources = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/GraftDSL")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.flatMap { file in
            modifiers(in: try String(contentsOf: file, encoding: .utf8)).map { ("\(file.lastPathComponent):\($0.line): \($0.signature)", $0.consumes) }
        }
    }

    @Test("every modifier of the DSL consumes its component")
    func everyModifierConsumes() throws {
        let all = try Self.sourceModifiers()
        #expect(all.count > 100, "the scan found \(all.count) modifiers under Sources/GraftDSL")
        #expect(all.filter { !$0.consumes }.map(\.name) == [])
    }

    @Test("a borrowing modifier is found, its signature over two lines or one")
    func borrowingModifierFound() {
        let text = """
            extension LegendPanel {
                public func legend(_ mode: LegendDisplayMode? = nil,
                                   show: Bool? = nil) -> Self {
                    options(in: "legend", ["showLegend": show.map(JSON.bool)])
                }
                public consuming func tooltip(_ mode: TooltipMode) -> Self { self }
                public func hidden() -> Row { row }
                static func make() -> Self { Self() }
                func label() -> String { "" }
            }
            """
        let found = Self.modifiers(in: text)
        #expect(found.map(\.line) == [2, 6, 7])
        #expect(found.map(\.consumes) == [false, true, false])
    }
}
