/// Reads JSON text into `JSON` values, keeping member order and each number's literal text.
public enum JSONParser {
    /// Parses a whole document; anything but whitespace after the value is an error.
    public static func parse(_ text: String) throws -> JSON {
        var text = text
        return try text.withUTF8 { try parse(bytes: $0) }
    }

    /// Parses a whole document from UTF-8 bytes.
    public static func parse<C: Collection>(_ bytes: C) throws -> JSON where C.Element == UInt8 {
        if let result = try bytes.withContiguousStorageIfAvailable({ try parse(bytes: $0) }) { return result }
        return try Array(bytes).withUnsafeBufferPointer { try parse(bytes: $0) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) throws -> JSON {
        var reader = Reader(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }  // a UTF-8 byte order mark
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        if reader.position < bytes.count { throw reader.error("unexpected text after the document's value") }
        return value
    }

    /// A cursor over the bytes; the path is tracked only for error messages.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var path = JSONPath.root
        static let maximumDepth = 512

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func error(_ message: String) -> JSONError {
            var line = 1, column = 1
            for byte in bytes[0..<min(position, bytes.count)] {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return .syntax(message: message, line: line, column: column, path: path)
        }

        mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws -> JSON {
            guard depth < Reader.maximumDepth else { throw error("values nested deeper than \(Reader.maximumDepth) levels") }
            guard position < bytes.count else { throw error("expected a value, found the end of the text") }
            switch bytes[position] {
            case UInt8(ascii: "{"): return .object(try object(depth: depth))
            case UInt8(ascii: "["): return .array(try array(depth: depth))
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw error("expected a value, found \(describe(bytes[position]))")
            }
        }

        func describe(_ byte: UInt8) -> String {
            byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
        }

        mutating func literal(_ word: StaticString) throws {
            let count = word.utf8CodeUnitCount
            guard position + count <= bytes.count,
                  memcmpEqual(bytes.baseAddress! + position, word.utf8Start, count)
            else { throw error("expected '\(word)'") }
            position += count
        }

        private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
            for index in 0..<count where a[index] != b[index] { return false }
            return true
        }

        mutating func object(depth: Int) throws -> JSONObject {
            position += 1  // {
            var members: [JSONObject.Member] = []
            if closes(UInt8(ascii: "}")) { return JSONObject() }
            let outerPath = path
            while true {
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                    throw error("expected a member name in double quotes")
                }
                let keyStart = position
                let key = try string()
                if members.contains(where: { $0.key == key }) {
                    position = keyStart
                    throw error("duplicate member \"\(key)\"")
                }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                    throw error("expected ':' after member name \"\(key)\"")
                }
                position += 1
                skipWhitespace()
                path = outerPath.appending(key)
                let member = try value(depth: depth + 1)
                path = outerPath
                members.append(JSONObject.Member(key, member))
                if try endsAfterItem(UInt8(ascii: "}"), " after member \"\(key)\"") { return JSONObject(uniqueMembers: members) }
            }
        }

        mutating func array(depth: Int) throws -> [JSON] {
            position += 1  // [
            var elements: [JSON] = []
            if closes(UInt8(ascii: "]")) { return elements }
            let outerPath = path
            while true {
                skipWhitespace()
                path = outerPath.appending(elements.count)
                elements.append(try value(depth: depth + 1))
                path = outerPath
                if try endsAfterItem(UInt8(ascii: "]"), " in an array") { return elements }
            }
        }

        /// Skips whitespace, then `close` when it is next: whether the object or array is empty.
        private mutating func closes(_ close: UInt8) -> Bool {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == close else { return false }
            position += 1
            return true
        }

        /// After a member or element: skips a `,` and returns false, or `close` and returns true;
        /// anything else is an error, `context` saying where (` in an array`).
        private mutating func endsAfterItem(_ close: UInt8, _ context: @autoclosure () -> String) throws -> Bool {
            skipWhitespace()
            let found = position < bytes.count ? bytes[position] : nil
            if found == UInt8(ascii: ",") {
                position += 1
                return false
            }
            guard let found, found == close else {
                let expected = "expected ',' or '\(Character(Unicode.Scalar(close)))'"
                throw error(found.map { expected + context() + ", found \(describe($0))" } ?? expected + ", found the end of the text")
            }
            position += 1
            return true
        }

        mutating func number() throws -> JSONNumber {
            let start = position
            while position < bytes.count, isNumberByte(bytes[position]) { position += 1 }
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
            guard JSONNumber.isValidLiteral(slice) else {
                position = start
                throw error("malformed number '\(String(decoding: slice, as: UTF8.self))'")
            }
            return JSONNumber(checkedLiteral: String(decoding: slice, as: UTF8.self))
        }

        private func isNumberByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                 UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                return true
            default:
                return false
            }
        }

        mutating func string() throws -> String {
            position += 1  // opening quote
            let start = position
            // Fast path: no escapes.
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                    position += 1
                    return try decodeUTF8(slice, at: start)
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { throw error("control character 0x\(String(byte, radix: 16)) in a string must be escaped") }
                position += 1
            }
            var scratch: [UInt8] = Array(bytes[start..<position])
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "\""):
                    position += 1
                    return try scratch.withUnsafeBufferPointer { try decodeUTF8($0, at: start) }
                case UInt8(ascii: "\\"):
                    position += 1
                    guard position < bytes.count else { break }
                    let escape = bytes[position]
                    position += 1
                    switch escape {
                    case UInt8(ascii: "\""): scratch.append(0x22)
                    case UInt8(ascii: "\\"): scratch.append(0x5C)
                    case UInt8(ascii: "/"): scratch.append(0x2F)
                    case UInt8(ascii: "b"): scratch.append(0x08)
                    case UInt8(ascii: "f"): scratch.append(0x0C)
                    case UInt8(ascii: "n"): scratch.append(0x0A)
                    case UInt8(ascii: "r"): scratch.append(0x0D)
                    case UInt8(ascii: "t"): scratch.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800...0xDBFF).contains(scalar) {
                            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                                  bytes[position + 1] == UInt8(ascii: "u")
                            else { throw error("a high surrogate \\u escape must be followed by a low one") }
                            position += 2
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid low surrogate in \\u escape") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00...0xDFFF).contains(scalar) {
                            throw error("a lone low surrogate \\u escape")
                        }
                        scratch.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
                    default:
                        position -= 1
                        throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))'")
                    }
                default:
                    if byte < 0x20 { throw error("control character 0x\(String(byte, radix: 16)) in a string must be escaped") }
                    scratch.append(byte)
                    position += 1
                }
            }
            throw error("unterminated string")
        }

        mutating func hex4() throws -> UInt32 {
            guard position + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[position]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - 48
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - 87
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - 55
                default: throw error("expected four hex digits after \\u")
                }
                value = value << 4 | UInt32(digit)
                position += 1
            }
            return value
        }

        func decodeUTF8(_ slice: UnsafeBufferPointer<UInt8>, at start: Int) throws -> String {
            guard let text = String(validating: slice, as: UTF8.self) else {
                throw error("a string is not valid UTF-8")
            }
            return text
        }
    }
}
