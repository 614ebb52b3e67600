@testable import GraftMonitoring
import Testing
import Yams

/// Long literal blocks, each made of `line` repeated past the splicing threshold, and whether libyaml
/// writes them unchanged line by line (so that `YAMLText` splices them in rather than leaving them to Yams).
let longBlocks: [(name: String, text: String, writtenAsIs: Bool)] = {
    func long(_ head: String, _ line: String, _ tail: String = "}") -> String {
        head + String(repeating: line, count: YAMLText.minimumBlockLength / line.utf8.count + 1) + tail
    }
    let jsonLine = "  \"title\": \"Higress AI 网关 <test> & co: - not a list # not a comment\",\n    \"x\": [1, 2.5e-9, null],\n"
    return [
        ("an exported dashboard", long("{\n", jsonLine), true),
        ("empty lines inside", long("{\n", "  \"a\": 1,\n\n\n"), true),
        ("Latin-1, CJK and private-use characters", long("{\n", "  \"é\": \"ü ß ¡ 中文 \u{E001} \u{FFFD}\",\n"), true),
        ("a first line that starts with spaces", long("  {\n", jsonLine), false),
        ("a last line break", long("{\n", jsonLine, "}\n"), false),
        ("a space before a line break", long("{\n", "  \"a\": 1, \n"), false),
        ("a trailing space", long("{\n", jsonLine, "} "), false),
        ("tabs", long("{\n", "\t\"a\": 1,\n"), false),
        ("carriage returns", long("{\r\n", "  \"a\": 1,\r\n"), false),
        ("U+2028", long("{\n", "  \"a\": \"\u{2028}\",\n"), false),
        ("NEL", long("{\n", "  \"a\": \"\u{85}\",\n"), false),
        ("a byte-order mark", long("{\n", "  \"a\": \"\u{FEFF}\",\n"), false),
        ("characters above U+FFFF", long("{\n", "  \"a\": \"🚀\",\n"), false),
        ("a control character", long("{\n", "  \"a\": \"\u{7}\",\n"), false),
        ("a stand-in's text inside the block", long("{\n", "  \"\u{E000}graft-literal-block-0\": 1,\n"), true),
    ]
}()

@Suite struct LiteralBlockSplicingTests {
    /// The bytes are Yams' own, whichever way they were made: spliced, or left to Yams.
    @Test(arguments: longBlocks.indices)
    func longLiteralBlocksComeOutAsYamsWritesThem(_ index: Int) throws {
        let (name, text, writtenAsIs) = longBlocks[index]
        #expect(YAMLText.isWrittenAsIs(text) == writtenAsIs, "\(name)")
        var data = YAMLMapping()
        data.set("higress-ai.json", Node.block(text))
        var entry = YAMLMapping()
        entry.set("json", Node.block(text))
        entry.set("short", Node.block("a short block\nleft to Yams"))
        var document = YAMLMapping()
        document.set("apiVersion", "v1")
        document.set("data", data.node)
        document.set("items", Node.list([entry.node, entry.node]))
        document.set("after", "the last key")
        let yams = try Yams.serialize(node: document.node, indent: 2, width: -1, allowUnicode: true)
        #expect(try YAMLText.bytes(document.node) == Array(yams.utf8), "\(name)")
    }

    /// A short block holding a stand-in's text, ahead of the real one, looks just like it: the whole
    /// document is left to Yams instead.
    @Test func aStandInsTextOutsideTheBlocksLeavesTheDocumentToYams() throws {
        var document = YAMLMapping()
        document.set("note", Node.block("\u{E000}graft-literal-block-0"))
        document.set("json", Node.block(longBlocks[0].text))
        let yams = try Yams.serialize(node: document.node, indent: 2, width: -1, allowUnicode: true)
        #expect(try YAMLText.bytes(document.node) == Array(yams.utf8))
    }
}
