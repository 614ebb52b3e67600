import GraftGrafana
import GraftJSON
import GraftTestSupport
import Testing

@Suite("Normalisation and unified diff")
struct DiffTests {
    @Test("normalising drops server-owned members, canonicalises numbers and sorts keys")
    func normalisation() throws {
        let live = NormalizedDashboard(try JSONParser.parse(#"{"version": 4, "id": 12, "uid": "u", "title": "T", "a": {"z": 1.0, "b": 1e-05}}"#))
        let code = NormalizedDashboard(try JSONParser.parse(#"{"title": "T", "a": {"b": 0.00001, "z": 1}, "uid": "u", "__inputs": []}"#))
        #expect(live == code)
        #expect(live.text == "{\n  \"a\": {\n    \"b\": 0.00001,\n    \"z\": 1\n  },\n  \"title\": \"T\",\n  \"uid\": \"u\"\n}")
        #expect(live.contentHash.count == 16)
        #expect(NormalizedDashboard(try JSONParser.parse(#"{"title": "U"}"#)).contentHash != live.contentHash)
    }

    @Test("the push marker round-trips through a version message")
    func marker() {
        let marker = PushMarker(contentHash: "0123456789abcdef")
        #expect(PushMarker(message: marker.message) == marker)
        #expect(PushMarker(message: "Initial save") == nil)
    }

    @Test("a small diff in diff -u format")
    func smallDiff() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh"
        let new = "a\nb\nc\nD\ne\nf\ng\nh\ni"
        #expect(UnifiedDiff.make(from: old, to: new, oldName: "old", newName: "new", context: 1) == """
        --- old
        +++ new
        @@ -3,3 +3,3 @@
         c
        -d
        +D
         e
        @@ -8 +8,2 @@
         h
        +i

        """)
        #expect(UnifiedDiff.make(from: old, to: old, oldName: "old", newName: "new") == "")
        #expect(UnifiedDiff.make(from: "", to: "x", oldName: "o", newName: "n") == "--- o\n+++ n\n@@ -1 +1 @@\n-\n+x\n")
    }

    @Test("applying a diff to the old text gives the new one", arguments: 0..<40)
    func patchRoundTrip(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let old = (0..<Int.random(in: 0...30, using: &random)).map { _ in "line \(Int.random(in: 0...6, using: &random))" }
        var new = old
        for _ in 0..<Int.random(in: 0...8, using: &random) {
            switch Int.random(in: 0...2, using: &random) {
            case 0 where !new.isEmpty: new.remove(at: Int.random(in: 0..<new.count, using: &random))
            case 1: new.insert("new \(Int.random(in: 0...9, using: &random))", at: Int.random(in: 0...new.count, using: &random))
            default: if !new.isEmpty { new[Int.random(in: 0..<new.count, using: &random)] = "changed" }
            }
        }
        let oldText = old.joined(separator: "\n"), newText = new.joined(separator: "\n")
        let diff = UnifiedDiff.make(from: oldText, to: newText, oldName: "a", newName: "b", context: 2)
        #expect(apply(diff, to: oldText) == newText)
        #expect(diff.isEmpty == (oldText == newText))
    }

    /// A minimal `patch`: walks the hunks, checking context and removed lines against the old text.
    private func apply(_ diff: String, to text: String) -> String? {
        if diff.isEmpty { return text }
        let old = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [String] = []
        var position = 0
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2) where !line.isEmpty {
            if line.hasPrefix("@@") {
                let oldPart = line.split(separator: " ")[1].dropFirst().split(separator: ",")
                let start = Int(oldPart[0])!, count = oldPart.count > 1 ? Int(oldPart[1])! : 1
                let target = count == 0 ? start : start - 1
                result += old[position..<target]
                position = target
                continue
            }
            let body = String(line.dropFirst())
            switch line.first {
            case " ": guard old[position] == body else { return nil }; result.append(body); position += 1
            case "-": guard old[position] == body else { return nil }; position += 1
            case "+": result.append(body)
            default: return nil
            }
        }
        result += old[position...]
        return result.joined(separator: "\n")
    }
}

