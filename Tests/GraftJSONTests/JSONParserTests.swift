import Testing
@testable import GraftJSON

@Suite("Parser")
struct JSONParserTests {
    @Test("numbers keep their literal text")
    func literals() throws {
        let value = try JSONParser.parse(#"[1.0, 1e-09, 0.00001, -0, 2E+3, 12345678901234567890]"#)
        #expect(value.formatted(.compact) == "[1.0,1e-09,0.00001,-0,2E+3,12345678901234567890]")
        #expect(value.arrayValue?[0] == .int(1))
    }

    @Test("members keep their order")
    func order() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": {"y": 2, "b": 3}}"#)
        #expect(value.objectValue?.keys == ["z", "a"])
        #expect(value["a"]?.objectValue?.keys == ["y", "b"])
    }

    @Test("errors name the line, the column and the path", arguments: [
        (#"{"a": [1, 2,]}"#, "line 1, column 13 (at $.a[2]): expected a value, found ']'"),
        ("{\n  \"a\": tru\n}", "line 2, column 8 (at $.a): expected 'true'"),
        (#"{"a": 1 "b": 2}"#, #"line 1, column 9 (at $): expected ',' or '}' after member "a", found '"'"#),
        (#"{"a": 1, "a": 2}"#, #"line 1, column 10 (at $): duplicate member "a""#),
        (#"[01]"#, "line 1, column 2 (at $[0]): malformed number '01'"),
        (#""abc"#, "line 1, column 5 (at $): unterminated string"),
        ("[1] x", "line 1, column 5 (at $): unexpected text after the document's value"),
        ("", "line 1, column 1 (at $): expected a value, found the end of the text"),
    ])
    func errors(_ text: String, _ message: String) {
        #expect(throws: JSONError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test("escapes, surrogate pairs and UTF-8 are decoded")
    func escapes() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00 \u6570 \/ \u0041""#) == .string("😀 数 / A"))
        #expect(throws: JSONError.self) { try JSONParser.parse(#""\ud83d""#) }
    }
}
