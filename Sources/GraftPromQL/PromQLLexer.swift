/// Splits a PromQL expression into tokens as Prometheus's lexer does: identifiers (with `:`),
/// numbers, durations, the three kinds of string literal (Go escapes in `"..."` and `'...'`,
/// raw `` `...` ``), operators, and `#` comments to the end of the line.
public enum PromQLLexer {
    /// The symbols, longest first so that `=~` wins over `=`.
    private static let symbols = ["=~", "!~", "!=", "==", "<=", ">=", "(", ")", "{", "}", "[", "]", ",", "=", "<", ">",
                                  "+", "-", "*", "/", "%", "^", ":", "@"]
    /// The units a duration may use.
    private static let durationUnits: Set<String> = ["ms", "s", "m", "h", "d", "w", "y"]

    /// The tokens of `expression`, `.end` last; throws at a character no token starts with and at a malformed string.
    public static func tokens(_ expression: String) throws(PromQLReadError) -> [PromQLToken] {
        try scan(expression, template: false)
    }

    /// The tokens of a query as a Grafana target or variable holds it, in PromQL or a language with its
    /// selectors (LogQL): Grafana's variables become `.variable` tokens, characters PromQL has no token
    /// for `.other`, and a malformed string runs to its closing quote or the end. Never fails.
    public static func templateTokens(_ query: String) -> [PromQLToken] {
        // In template mode nothing throws; the empty list is never taken.
        (try? scan(query, template: true)) ?? []
    }

    private static func scan(_ expression: String, template: Bool) throws(PromQLReadError) -> [PromQLToken] {
        let characters = Array(expression)
        // indices[i] is where character i starts; the last is the end.
        let indices = Array(expression.indices) + [expression.endIndex]
        var tokens: [PromQLToken] = []
        func append(_ kind: PromQLToken.Kind, _ text: String, _ start: Int, _ end: Int) {
            tokens.append(PromQLToken(kind: kind, text: text, offset: start, range: indices[start]..<indices[end]))
        }
        var index = 0
        // Inside `[...]`, `:` separates a subquery's range and step; elsewhere it may be part of a metric name.
        var bracketDepth = 0
        func isIdentifierStart(_ c: Character) -> Bool { c == "_" || (c == ":" && bracketDepth == 0) || (c.isASCII && c.isLetter) }
        func isIdentifierPart(_ c: Character) -> Bool { isIdentifierStart(c) || (c.isASCII && c.isNumber) }
        while index < characters.count {
            let c = characters[index]
            if c.isWhitespace { index += 1; continue }
            if c == "#" {
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            }
            let start = index
            if template, let variable = VariableReference.reference(in: characters, at: index) {
                index += variable.length
                append(.variable, variable.name, start, index)
            } else if c == "\"" || c == "'" || c == "`" {
                let value: String
                (value, index) = try readString(characters, from: index, lenient: template)
                append(.string, value, start, index)
            } else if c.isASCII && c.isNumber || (c == "." && index + 1 < characters.count && characters[index + 1].isASCII && characters[index + 1].isNumber) {
                let kind: PromQLToken.Kind
                (kind, index) = readNumberOrDuration(characters, from: index)
                append(kind, String(characters[start..<index]), start, index)
            } else if isIdentifierStart(c) {
                while index < characters.count, isIdentifierPart(characters[index]) { index += 1 }
                let word = String(characters[start..<index])
                let lowered = word.lowercased()
                append(lowered == "inf" || lowered == "nan" ? .number : .identifier, word, start, index)
            } else if let symbol = symbols.first(where: { matches($0, characters, at: index) }) {
                if symbol == "[" { bracketDepth += 1 } else if symbol == "]" { bracketDepth = max(0, bracketDepth - 1) }
                index += symbol.count
                append(.symbol, symbol, start, index)
            } else if template {
                index += 1
                append(.other, String(c), start, index)
            } else {
                throw PromQLReadError(message: "unexpected character \"\(c)\"", offset: start)
            }
        }
        append(.end, "", characters.count, characters.count)
        return tokens
    }

    private static func matches(_ symbol: String, _ characters: [Character], at index: Int) -> Bool {
        let symbolCharacters = Array(symbol)
        guard index + symbolCharacters.count <= characters.count else { return false }
        return Array(characters[index..<index + symbolCharacters.count]) == symbolCharacters
    }

    /// A number (decimal, hexadecimal, with exponent) or a duration (`1h30m`, `500ms`): digits followed by a unit.
    private static func readNumberOrDuration(_ characters: [Character], from start: Int) -> (PromQLToken.Kind, Int) {
        func isDigit(_ index: Int) -> Bool { index < characters.count && characters[index].isASCII && characters[index].isNumber }
        // A duration is one or more <digits><unit> parts, not followed by more of a number or a name.
        var durationEnd = start
        var probe = start
        while isDigit(probe) {
            while isDigit(probe) { probe += 1 }
            var unitEnd = probe
            while unitEnd < characters.count, characters[unitEnd].isASCII, characters[unitEnd].isLetter { unitEnd += 1 }
            guard durationUnits.contains(String(characters[probe..<unitEnd])) else { break }
            probe = unitEnd
            durationEnd = probe
        }
        if durationEnd > start, !(durationEnd < characters.count && (characters[durationEnd] == "." || characters[durationEnd].isLetter)) {
            return (.duration, durationEnd)
        }
        var index = start
        if characters[index] == "0", index + 1 < characters.count, characters[index + 1] == "x" || characters[index + 1] == "X" {
            index += 2
            while index < characters.count, characters[index].isHexDigit { index += 1 }
        } else {
            while isDigit(index) || (index < characters.count && (characters[index] == "." || characters[index] == "_")) { index += 1 }
            if index < characters.count, characters[index] == "e" || characters[index] == "E" {
                index += 1
                if index < characters.count, characters[index] == "+" || characters[index] == "-" { index += 1 }
                while isDigit(index) { index += 1 }
            }
        }
        return (.number, index)
    }

    /// A string literal starting at `start`: its decoded value and the index after its closing quote.
    /// A `lenient` read keeps a bad escape as written, crosses line breaks and ends an unterminated string at the end.
    private static func readString(_ characters: [Character], from start: Int, lenient: Bool) throws(PromQLReadError) -> (String, Int) {
        let quote = characters[start]
        var index = start + 1
        var value = ""
        while index < characters.count {
            let c = characters[index]
            if c == quote { return (value, index + 1) }
            if c == "\\" && quote != "`" {
                index += 1
                guard index < characters.count else { break }
                let escaped = characters[index]
                switch escaped {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "r": value.append("\r")
                case "a": value.append("\u{07}")
                case "b": value.append("\u{08}")
                case "f": value.append("\u{0C}")
                case "v": value.append("\u{0B}")
                case "x", "u", "U":
                    let count = escaped == "x" ? 2 : (escaped == "u" ? 4 : 8)
                    let hex = String(characters[min(index + 1, characters.count)..<min(index + 1 + count, characters.count)])
                    guard hex.count == count, let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                        if lenient { value.append(escaped); break }
                        throw PromQLReadError(message: "invalid escape \\\(escaped) in a string", offset: index - 1)
                    }
                    value.unicodeScalars.append(scalar)
                    index += count
                case "0"..."7":
                    let octal = String(characters[index..<min(index + 3, characters.count)])
                    guard octal.count == 3, let code = UInt32(octal, radix: 8), let scalar = Unicode.Scalar(code) else {
                        if lenient { value.append(escaped); break }
                        throw PromQLReadError(message: "invalid octal escape in a string", offset: index - 1)
                    }
                    value.unicodeScalars.append(scalar)
                    index += 2
                default:
                    // `\\`, `\"`, `\'`; Prometheus refuses other escapes, promtool reports them.
                    value.append(escaped)
                }
                index += 1
                continue
            }
            if c == "\n" && quote != "`" && !lenient { break }
            value.append(c)
            index += 1
        }
        if lenient { return (value, characters.count) }
        throw PromQLReadError(message: "unterminated string", offset: start)
    }
}
