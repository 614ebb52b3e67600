import GraftJSON

/// One piece of a string literal: literal text, or a local constant interpolated into it.
enum StringPart: Sendable, Hashable {
    /// Text written as it is.
    case text(String)
    /// A local constant's name, interpolated.
    case local(String)
}

/// Swift literals for the strings, numbers and JSON values an imported dashboard holds.
enum SwiftLiteral {
    /// A string literal for `text`.
    static func string(_ text: String) -> Code { string([.text(text)]) }

    /// A string literal for a query: raw (`#"..."#`) when it quotes or interpolates label filters,
    /// so that PromQL reads as it is written.
    static func query(_ parts: [StringPart]) -> Code {
        string(parts, raw: parts.contains { if case .local = $0 { true } else { false } })
    }

    /// A string literal of `parts`: plain (`"..."`) when no character needs escaping, raw
    /// (`#"..."#`, as PromQL reads best) when it holds quotes or backslashes, multi-line when it
    /// holds line breaks (markdown).
    static func string(_ parts: [StringPart], raw: Bool = false) -> Code {
        let text = parts.map { if case .text(let t) = $0 { t } else { "" } }.joined()
        let hashes = String(repeating: "#", count: max(hashCount(text), raw ? 1 : 0))
        if text.contains("\n"), let lines = multilineLines(parts, hashes: hashes) {
            return .multiline(open: hashes + "\"\"\"", lines: lines, close: "\"\"\"" + hashes)
        }
        return .text(hashes + "\"" + body(parts, hashes: hashes, multiline: false) + "\"" + hashes)
    }

    /// The fewest `#` that keep `text` from ending the literal or starting an escape: none when it
    /// has no quote and no backslash.
    private static func hashCount(_ text: String) -> Int {
        guard text.contains("\"") || text.contains("\\") else { return 0 }
        var count = 1
        while text.contains("\"" + String(repeating: "#", count: count)) || text.contains("\\" + String(repeating: "#", count: count)) {
            count += 1
        }
        return count
    }

    /// The literal's text between its delimiters, escapes written with `hashes`.
    private static func body(_ parts: [StringPart], hashes: String, multiline: Bool) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .local(let name):
                result += "\\" + hashes + "(" + name + ")"
            case .text(let text):
                for scalar in text.unicodeScalars {
                    result += escaped(scalar, hashes: hashes, multiline: multiline)
                }
            }
        }
        return result
    }

    private static func escaped(_ scalar: Unicode.Scalar, hashes: String, multiline: Bool) -> String {
        let escape = "\\" + hashes
        switch scalar {
        case "\n": return multiline ? "\n" : escape + "n"
        case "\r": return escape + "r"
        case "\t": return multiline ? "\t" : escape + "t"
        case "\"" where hashes.isEmpty: return escape + "\""
        case "\\" where hashes.isEmpty: return escape + "\\"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .format && scalar.value != 0x200D {
                return escape + "u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            return String(scalar)
        }
    }

    /// The lines of a multi-line literal, or `nil` when the text has what such a literal would
    /// change or hide: trailing blanks (editors strip them), carriage returns, three quotes.
    private static func multilineLines(_ parts: [StringPart], hashes: String) -> [String]? {
        let body = body(parts, hashes: hashes, multiline: true)
        guard !body.contains("\"\"\"" + hashes), !body.contains("\\" + hashes + "r") else { return nil }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count > 2 || body.count > 60 else { return nil }
        for line in lines where line.last == " " || line.last == "\t" { return nil }
        // A multi-line literal drops the line break before its closing delimiter; a final empty
        // line keeps the text's own last line break.
        return lines
    }

    /// A number exactly as its text: an integer or float literal when Swift writes it back the same
    /// way (as JavaScript does), the literal text otherwise.
    static func number(_ number: JSONNumber) -> String {
        if let int = Int(number.text), String(int) == number.text { return number.text }
        let value = number.doubleValue
        if value.isFinite, JavaScriptNumber.format(value) == number.text, number.text.contains(where: { $0 == "." || $0 == "e" }) {
            return number.text
        }
        return ".number(JSONNumber(literal: \(string(number.text).flat!))!)"
    }

    /// A double as JavaScript writes it, which Swift reads back to the same value.
    static func double(_ value: Double) -> String { JavaScriptNumber.format(value) }

    /// A JSON value as a literal (`["a": 1, "b": [true, .null]]`): object members keep their order.
    static func json(_ value: JSON) -> Code {
        switch value {
        case .null: return .text(".null")
        case .bool(let bool): return .text(bool ? "true" : "false")
        case .number(let number): return .text(SwiftLiteral.number(number))
        case .string(let text): return string(text)
        case .array(let elements): return .list(elements.map(json))
        case .object(let object): return jsonObject(object)
        }
    }

    /// A JSON object as a dictionary literal, members in their order.
    static func jsonObject(_ object: JSONObject) -> Code {
        .list(object.members.map { .concat([string($0.key), .text(": "), json($0.value)]) }, empty: "[:]")
    }
}
