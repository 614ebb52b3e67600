import Foundation
@testable import GraftMonitoring
import GraftTestSupport
import Testing
import Yams

/// Strings a YAML 1.1 reader (kubectl's, PyYAML) would take for booleans, numbers, nulls or dates if written plain.
let ambiguousStrings = ["yes", "no", "on", "off", "y", "true", "False", "null", "~", "", "1e3", "0x1F", "1_000", "12:30", "0o17", "-",
                        ".5", "+1", ".inf", "2001-12-14", "- item", "key: value", "#comment", "*alias", "&anchor", "!tag", "%x", "@x",
                        "[1]", "{a: 1}", "'quoted'", "\"quoted\"", "trailing space ", " leading", "a\nb", "网关", "$1:$2",
                        "true\n", "NULL", "Null", "<<", "=", "Y", "N", "ON", ".nan", "-.inf", "0b101", "+.5", "1:20", "-foo",
                        "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5"]

/// Multi-line texts and the exact YAML the emitter writes for `data: {a.json: text}`: a `|-` block of the
/// lines when it can (empty lines bare), `|` when the text ends in a line break, an indentation hint when
/// it starts with a space, double quotes when a block cannot hold it.
let literalBlocks: [(text: String, yaml: String)] = [
    ("{\n  \"title\": \"Higress AI 网关 <test> & co: - not a list # not a comment\",\n\n  \"x\": [1, 2.5e-9, null]\n}",
     "data:\n  a.json: |-\n    {\n      \"title\": \"Higress AI 网关 <test> & co: - not a list # not a comment\",\n\n      \"x\": [1, 2.5e-9, null]\n    }\n"),
    ("{\"uid\": \"x\"}\n", "data:\n  a.json: |\n    {\"uid\": \"x\"}\n"),
    ("  {\n  }", "data:\n  a.json: |2-\n      {\n      }\n"),
    ("{\n  \"a\": 1, \n}", "data:\n  a.json: \"{\\n  \\\"a\\\": 1, \\n}\"\n"),
    ("{\n\t\"a\": 1\n}", "data:\n  a.json: \"{\\n\\t\\\"a\\\": 1\\n}\"\n"),
]

@Suite struct YAMLTextTests {
    @Test(arguments: literalBlocks.indices)
    func multiLineTextIsWrittenExactly(_ index: Int) throws {
        let (text, yaml) = literalBlocks[index]
        let document = Node.fields(["data": Node.fields(["a.json": Node.block(text)])])
        #expect(String(decoding: try YAMLText.bytes(document), as: UTF8.self) == yaml)
        #expect(try YAMLValue(yaml: try YAMLText.bytes(document))["data"]?["a.json"] == .string(text))
    }

    func rendered() throws -> [UInt8] {
        var monitor = samplePodMonitor()
        monitor.metadata.annotations = Dictionary(uniqueKeysWithValues: ambiguousStrings.enumerated().map { ("k\($0.offset)", $0.element) })
        return try Monitor.podMonitor(monitor).yaml()
    }

    @Test func everyStringReadsBackAsThatString() throws {
        let annotations = try YAMLValue(yaml: rendered())["metadata"]?["annotations"]
        for (index, string) in ambiguousStrings.enumerated() {
            #expect(annotations?["k\(index)"] == .string(string), "\(string)")
        }
    }

    @Test func textNoReaderCouldMistakeStaysPlain() throws {
        var monitor = samplePodMonitor()
        monitor.metadata.annotations = ["a": "higress-gateway", "b": "nothing", "c": "yesterday", "d": "网关", "e": "$1"]
        let text = String(decoding: try Monitor.podMonitor(monitor).yaml(), as: UTF8.self)
        for line in ["a: higress-gateway", "b: nothing", "c: yesterday", "d: 网关", "e: $1"] {
            #expect(text.contains("\n    \(line)\n"), "\(line) in \(text)")
        }
    }

    /// python3 with PyYAML, the YAML 1.1 reader closest to kubectl's.
    static let pyYAML: String? = TestEnvironment.executable("python3").flatMap { python in
        (try? runCommand(python, ["-c", "import yaml"]))?.status == 0 ? python : nil
    }

    @Test(.enabled(if: pyYAML != nil, "skipped: python3 with PyYAML is not installed (pip install pyyaml)"))
    func pyYAMLReadsTheSameStrings() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write(try rendered(), to: "monitor.yaml", in: folder).path
        let script = "import json,sys,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))['metadata']['annotations']))"
        let result = try runCommand(Self.pyYAML!, ["-c", script, path])
        let parsed = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        for (index, string) in ambiguousStrings.enumerated() {
            #expect(parsed?["k\(index)"] as? String == string, "\(string) read as \(String(describing: parsed?["k\(index)"]))")
        }
    }
}
