import Testing
@testable import GraftJSON

@Suite("Strings and layout as Grafana exports them")
struct JSONWriterTests {
    @Test("escapes what JSON.stringify escapes and nothing else", arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("back\\slash", #""back\\slash""#),
        ("a/b", #""a/b""#),
        ("tab\tnew\nret\rbs\u{8}ff\u{C}", #""tab\tnew\nret\rbs\bff\f""#),
        ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
        ("\u{7F}", "\"\u{7F}\""),
        ("line\u{2028}sep\u{2029}", "\"line\u{2028}sep\u{2029}\""),
        ("😀 𝄞", "\"😀 𝄞\""),
        ("数字底座", "\"数字底座\""),
        ("下游成功率（非 5xx 响应）", "\"下游成功率（非 5xx 响应）\""),
    ])
    func strings(_ value: String, _ expected: String) throws {
        #expect(JSON.string(value).formatted() == expected)
        // And the parser reads every form back to the same string.
        #expect(try JSONParser.parse(expected) == .string(value))
    }

    @Test("escapes at every place in a word and in the last partial word, at every length up to 70")
    func escapesAtEveryPlace() {
        // The writer checks a short string as one masked word, one of up to four words as
        // overlapping words, a longer one eight bytes at a time and its tail as an overlapping
        // word: an escape at each offset of each length exercises every way a word can be cut.
        for length in 0...70 {
            for offset in 0..<max(length, 1) {
                for special in ["\"", "\\", "\u{1}", "é"] {
                    var characters = Array(repeating: "a", count: length)
                    if length > 0 { characters[offset] = special }
                    if length > 3 { characters[length - 1 - offset % 3] = special }
                    let value = characters.joined()
                    let escaped = value.unicodeScalars.map { scalar -> String in
                        switch scalar {
                        case "\"": return "\\\""
                        case "\\": return "\\\\"
                        case "\u{1}": return "\\u0001"
                        default: return String(scalar)
                        }
                    }.joined()
                    #expect(JSON.string(value).formatted() == "\"" + escaped + "\"", "\(length) \(offset)")
                }
            }
        }
        // Every byte escaped, at its longest: the room for it is reserved before the first.
        let allEscaped = String(repeating: "\u{1}\"a\u{1F}", count: 700)
        #expect(JSON.string(allEscaped).formatted() == "\"" + String(repeating: "\\u0001\\\"a\\u001f", count: 700) + "\"")
    }

    @Test("two-space indent, empty containers inline, no trailing newline")
    func layout() {
        let value: JSON = ["b": [1, ["x": [], "y": [:]]], "a": "s", "c": nil]
        #expect(value.formatted() == """
        {
          "a": "s",
          "b": [
            1,
            {
              "x": [],
              "y": {}
            }
          ],
          "c": null
        }
        """)
        #expect(value.formatted(.compact) == #"{"a":"s","b":[1,{"x":[],"y":{}}],"c":null}"#)
    }

    @Test("keys: array indices first by number, then the rest by UTF-16 code units")
    func keyOrder() {
        let value: JSON = ["b": 1, "10": 2, "a": 3, "9": 4, "B": 5, "_x": 6, "09": 7, "é": 8, "\u{FF5E}": 9, "😀": 10]
        let keys = JSONObject(value.objectValue!.sortedMembers.map { ($0.key, $0.value) }).keys
        #expect(keys == ["9", "10", "09", "B", "_x", "a", "b", "é", "😀", "\u{FF5E}"])
    }

    @Test("an object not in key order is written in key order, at every size")
    func writesUnsortedObjectsSorted() {
        let value: JSON = ["b": 1, "10": 2, "a": 3, "9": 4, "B": 5, "_x": 6, "09": 7, "é": 8, "\u{FF5E}": 9, "😀": 10]
        let written = value.formatted(.compact)
        #expect(written == #"{"9":4,"10":2,"09":7,"B":5,"_x":6,"a":3,"b":1,"é":8,"😀":10,"\#u{FF5E}":9}"#)
        // Small objects are sorted by the writer itself, larger ones through `sortedMembers`.
        for size in 0...40 {
            let keys = (0..<size).map { $0 % 3 == 0 ? String($0 * 7 % 53) : "k\(($0 * 13) % 41)" }
            let object = JSONObject(keys.map { ($0, JSON.string($0)) })
            let sorted = keys.sorted { JSONKeyOrder.precedes($0, $1) }
            #expect(JSON.object(object).formatted(.compact) == "{" + sorted.map { "\"\($0)\":\"\($0)\"" }.joined(separator: ",") + "}", "\(size)")
        }
    }

    @Test("members a model does not know are merged in at their sorted places")
    func mergingExtras() {
        var writer = JSONWriter()
        writer.beginObject(merging: ["zeta": 1, "alpha": 2, "mid": 3])
        writer.key("beta"); writer.value(true)
        writer.key("omega"); writer.value("o")
        writer.endObject()
        #expect(writer.text == """
        {
          "alpha": 2,
          "beta": true,
          "mid": 3,
          "omega": "o",
          "zeta": 1
        }
        """)
    }

    @Test("a writer emptied with removeAll() writes the next document as a new writer would")
    func reuse() {
        var writer = JSONWriter(capacity: 8)
        let first: JSON = ["long": .string(String(repeating: "x", count: 300)), "n": [1, 2]]
        writer.value(first)
        writer.removeAll()
        #expect(writer.withUnsafeBytes { $0.count } == 0)
        let second: JSON = ["a": ["b": "c"]]
        writer.value(second)
        #expect(writer.text == second.formatted())
        #expect(writer.withUnsafeBytes { Array($0) } == Array(second.formatted().utf8))
    }

    @Test("placeholders with a value are filled in, in string values only; any other `${...}` stays as written")
    func placeholders() {
        var writer = JSONWriter(style: .compact)
        writer.placeholderValues = ["DS": "prom", "X": "${DS}"]
        writer.value(["${DS}": ["${DS}", "a ${DS} b ${DS}", "${NOPE}", "${DS", "$DS", "${a${DS}", "${X}", "€${DS}€", "no dollars", "${}"]])
        #expect(writer.text == #"{"${DS}":["prom","a prom b prom","${NOPE}","${DS","$DS","${a${DS}","${DS}","€prom€","no dollars","${}"]}"#)
    }
}
