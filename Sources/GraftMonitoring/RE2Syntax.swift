/// Why a pattern is not valid RE2 syntax, in the words of Go's regexp/syntax (which Prometheus uses).
public struct RE2SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong: `invalid nested repetition operator`, `invalid escape sequence`...
    public var reason: String
    /// The part of the pattern at fault.
    public var fragment: String

    /// `reason: `fragment``, as Go prints it after "error parsing regexp: ".
    public var description: String { "\(reason): `\(fragment)`" }
}

/// Checks regular expressions against RE2's syntax as Go's `regexp` (and so Prometheus) parses it with
/// Perl flags, without compiling them: what RE2 refuses (backreferences, lookaround, atomic groups,
/// possessive or stacked repetition, `\Z`, unknown escapes and classes, counts over 1000, unbalanced
/// parentheses and brackets, bad group names and flags) is refused here with Go's message.
///
/// Not modelled: Go's limits on a compiled program's size (`expression too large`) other than counts.
public enum RE2Syntax {
    /// The most a counted repetition may repeat, nested counts multiplied.
    static let maxRepeat = 1000
    /// The deepest nesting of groups Go accepts.
    static let maxNesting = 1000

    /// Checks `pattern` as it stands; `nil` when RE2 accepts it.
    public static func check(_ pattern: String) -> RE2SyntaxError? {
        var parser = RE2Parser(pattern)
        do {
            try parser.parse()
            return nil
        } catch {
            return error
        }
    }

    /// Checks `pattern` the way Prometheus compiles relabeling regexes: anchored as `^(?:pattern)$`.
    public static func checkAnchored(_ pattern: String) -> RE2SyntaxError? { check("^(?:" + pattern + ")$") }
}

/// A one-pass parser that follows Go's regexp/syntax `parse` closely enough to accept and refuse the same
/// patterns, keeping only what the checks need: per group, the weight (nested count product) of each operand.
private struct RE2Parser {
    private enum Reason {
        static let invalidCharRange = "invalid character class range"
        static let invalidEscape = "invalid escape sequence"
        static let invalidNamedCapture = "invalid named capture"
        static let invalidPerlOp = "invalid or unsupported Perl syntax"
        static let invalidRepeatOp = "invalid nested repetition operator"
        static let invalidRepeatSize = "invalid repeat count"
        static let missingBracket = "missing closing ]"
        static let missingParen = "missing closing )"
        static let missingRepeatArgument = "missing argument to repetition operator"
        static let trailingBackslash = "trailing backslash at end of expression"
        static let unexpectedParen = "unexpected )"
        static let nestingDepth = "expression nests too deeply"
    }

    /// One open group (or the whole pattern): the weights of the operands of the current alternative,
    /// and the largest weight of the alternatives already closed.
    private struct Frame {
        var operands: [Int] = []
        var closedWeight = 1
        var weight: Int { max(closedWeight, operands.max() ?? 1) }
    }

    private let text: [Unicode.Scalar]
    private var position = 0
    private var frames = [Frame()]

    init(_ pattern: String) { text = Array(pattern.unicodeScalars) }

    private var atEnd: Bool { position >= text.count }
    private func peek(_ offset: Int = 0) -> Unicode.Scalar? { position + offset < text.count ? text[position + offset] : nil }
    private func fragment(_ start: Int, _ end: Int) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text[max(0, start)..<min(end, text.count)])
        return String(result)
    }
    private func failure(_ reason: String, from start: Int, to end: Int? = nil) -> RE2SyntaxError {
        RE2SyntaxError(reason: reason, fragment: fragment(start, end ?? position))
    }

    private mutating func pushOperand() { frames[frames.count - 1].operands.append(1) }

    mutating func parse() throws(RE2SyntaxError) {
        // Where the previous token, if it was a repetition operator, started.
        var lastRepeatStart: Int?
        while !atEnd {
            let start = position
            var isRepeat = false
            switch text[position] {
            case "(":
                if peek(1) == "?" {
                    try parseGroupSyntax()
                } else {
                    position += 1
                    try openGroup(from: start)
                }
            case "|":
                position += 1
                let frame = frames[frames.count - 1]
                frames[frames.count - 1] = Frame(operands: [], closedWeight: frame.weight)
            case ")":
                guard frames.count > 1 else { throw failure(Reason.unexpectedParen, from: 0, to: text.count) }
                position += 1
                let closed = frames.removeLast()
                frames[frames.count - 1].operands.append(closed.weight)
            case "^", "$", ".":
                position += 1
                pushOperand()
            case "[":
                try parseClass()
                pushOperand()
            case "*", "+", "?":
                position += 1
                if peek() == "?" { position += 1 }
                try applyRepeat(from: start, lastRepeatStart: lastRepeatStart, count: nil)
                isRepeat = true
            case "{":
                if let (min, maxCount) = parseRepeatCount() {
                    if min < 0 || min > RE2Syntax.maxRepeat || maxCount > RE2Syntax.maxRepeat || (maxCount >= 0 && min > maxCount) {
                        throw failure(Reason.invalidRepeatSize, from: start)
                    }
                    let sizeEnd = position
                    if peek() == "?" { position += 1 }
                    try applyRepeat(from: start, lastRepeatStart: lastRepeatStart, count: (min, maxCount), sizeEnd: sizeEnd)
                    isRepeat = true
                } else {
                    position += 1
                    pushOperand()
                }
            case "\\":
                try parseEscapeOutsideClass()
            default:
                position += 1
                pushOperand()
            }
            lastRepeatStart = isRepeat ? start : nil
        }
        if frames.count != 1 { throw failure(Reason.missingParen, from: 0, to: text.count) }
    }

    private mutating func openGroup(from start: Int) throws(RE2SyntaxError) {
        guard frames.count < RE2Syntax.maxNesting else { throw failure(Reason.nestingDepth, from: start) }
        frames.append(Frame())
    }

    /// `(?P<name>`, `(?flags)`, `(?flags:`; anything else after `(?` is Perl syntax RE2 lacks.
    private mutating func parseGroupSyntax() throws(RE2SyntaxError) {
        let start = position
        if position + 4 < text.count, peek(2) == "P", peek(3) == "<" {
            guard let close = text[position...].firstIndex(of: ">") else {
                throw failure(Reason.invalidNamedCapture, from: start, to: text.count)
            }
            let name = text[(position + 4)..<close]
            let valid = !name.isEmpty && name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
            guard valid else { throw failure(Reason.invalidNamedCapture, from: start, to: close + 1) }
            position = close + 1
            try openGroup(from: start)
            return
        }
        position += 2
        var negated = false
        var sawFlag = false
        while let character = peek() {
            position += 1
            switch character {
            case "i", "m", "s", "U":
                sawFlag = true
            case "-" where !negated:
                negated = true
                sawFlag = false
            case ":", ")":
                if negated && !sawFlag { throw failure(Reason.invalidPerlOp, from: start) }
                if character == ":" { try openGroup(from: start) }
                return
            default:
                // Lookaround, atomic groups, comments, (?<name>, (?P=name), unknown flags.
                throw failure(Reason.invalidPerlOp, from: start)
            }
        }
        throw failure(Reason.invalidPerlOp, from: start)
    }

    /// `{n}`, `{n,}` or `{n,m}` at the current position: the counts (max -1 when open), and the position
    /// moved past it; `nil` (position unchanged) when it is not one, so `{` is a literal.
    private mutating func parseRepeatCount() -> (Int, Int)? {
        var cursor = position + 1
        func isDigit(_ index: Int) -> Bool { index < text.count && ("0"..."9").contains(text[index]) }
        // A decimal number, -1 when it overflows; nil when there is none (or it has a leading zero, which
        // Go refuses here, making the brace a literal).
        func integer() -> Int? {
            guard isDigit(cursor), !(text[cursor] == "0" && isDigit(cursor + 1)) else { return nil }
            var value = 0
            while isDigit(cursor) {
                value = value < 0 || value >= 100_000_000 ? -1 : value * 10 + Int(text[cursor].value - 48)
                cursor += 1
            }
            return value
        }
        guard var min = integer() else { return nil }
        var maximum = min
        guard cursor < text.count else { return nil }
        if text[cursor] == "," {
            cursor += 1
            guard cursor < text.count else { return nil }
            if text[cursor] == "}" {
                maximum = -1
            } else {
                guard let parsed = integer() else { return nil }
                maximum = parsed
                if maximum < 0 { min = -1 }
            }
        }
        guard cursor < text.count, text[cursor] == "}" else { return nil }
        position = cursor + 1
        return (min, maximum)
    }

    /// Applies `*`, `+`, `?` (count `nil`) or a counted repetition to the last operand.
    private mutating func applyRepeat(from start: Int, lastRepeatStart: Int?, count: (Int, Int)?, sizeEnd: Int? = nil) throws(RE2SyntaxError) {
        if let lastRepeatStart { throw failure(Reason.invalidRepeatOp, from: lastRepeatStart) }
        let index = frames.count - 1
        guard let operand = frames[index].operands.last else { throw failure(Reason.missingRepeatArgument, from: start) }
        guard let (min, maxCount) = count else { return }
        let times = maxCount < 0 ? min : maxCount
        let weight = times == 0 ? 1 : times * operand
        if (min >= 2 || maxCount >= 2) && times > 0 && weight > RE2Syntax.maxRepeat {
            throw failure(Reason.invalidRepeatSize, from: start, to: sizeEnd)
        }
        frames[index].operands[frames[index].operands.count - 1] = weight
    }

    /// A backslash outside brackets: assertions, `\Q...\E`, classes (`\d`, `\pL`) or one character.
    private mutating func parseEscapeOutsideClass() throws(RE2SyntaxError) {
        switch peek(1) {
        case "A", "b", "B", "z":
            position += 2
            pushOperand()
        case "C":
            position += 2
            throw failure(Reason.invalidEscape, from: position - 2)
        case "Q":
            position += 2
            // Literal text up to \E, or to the end of the pattern.
            while !atEnd {
                if text[position] == "\\", peek(1) == "E" {
                    position += 2
                    return
                }
                position += 1
                pushOperand()
            }
        default:
            if try parseUnicodeClass() || parsePerlClass() { pushOperand(); return }
            try parseSingleEscape()
            pushOperand()
        }
    }

    /// `\pL`, `\p{Greek}`, `\P{^Lu}`; `false` when the position holds no `\p`/`\P`.
    private mutating func parseUnicodeClass() throws(RE2SyntaxError) -> Bool {
        guard peek() == "\\", let letter = peek(1), letter == "p" || letter == "P" else { return false }
        let start = position
        guard let next = peek(2) else {
            position += 2
            throw failure(Reason.invalidCharRange, from: start)
        }
        var name: String
        if next == "{" {
            guard let close = text[position...].firstIndex(of: "}") else { throw failure(Reason.invalidCharRange, from: start, to: text.count) }
            name = fragment(position + 3, close)
            position = close + 1
        } else {
            name = String(next)
            position += 3
        }
        if name.hasPrefix("^") { name.removeFirst() }
        guard UnicodeClassNames.all.contains(name) else { throw failure(Reason.invalidCharRange, from: start) }
        return true
    }

    /// `\d \D \s \S \w \W`; `false` when the position holds none of them.
    private mutating func parsePerlClass() -> Bool {
        guard peek() == "\\", let letter = peek(1), "dDsSwW".unicodeScalars.contains(letter) else { return false }
        position += 2
        return true
    }

    /// A single escaped character: punctuation, `\0`/octal, `\x41`, `\x{263a}`, `\a \f \n \r \t \v`.
    @discardableResult
    private mutating func parseSingleEscape() throws(RE2SyntaxError) -> UInt32 {
        let start = position
        position += 1
        guard let character = peek() else { throw failure(Reason.trailingBackslash, from: position, to: position) }
        position += 1
        func octal(_ first: UInt32) -> UInt32 {
            var value = first
            for _ in 0..<2 {
                guard let digit = peek(), ("0"..."7").contains(digit) else { break }
                value = value * 8 + (digit.value - 48)
                position += 1
            }
            return value
        }
        switch character {
        case "1"..."7":
            // A lone non-zero digit would be a backreference, which RE2 lacks.
            if let next = peek(), ("0"..."7").contains(next) { return octal(character.value - 48) }
        case "0":
            return octal(0)
        case "x":
            if peek() == "{" {
                position += 1
                var value: UInt32 = 0
                var digits = 0
                while let digit = peek() {
                    position += 1
                    if digit == "}" {
                        if digits > 0 { return value }
                        break
                    }
                    guard let hex = Self.hexValue(digit) else { break }
                    value = value * 16 + hex
                    digits += 1
                    if value > 0x10FFFF { break }
                }
            } else if let high = peek().flatMap(Self.hexValue) {
                position += 1
                let low = peek().flatMap(Self.hexValue)
                if !atEnd { position += 1 }
                if let low { return high * 16 + low }
            } else if !atEnd {
                position += 1
            }
        case "a", "f", "n", "r", "t", "v":
            return character.value
        default:
            // Escaped ASCII punctuation (and `_`) is itself; escaped letters and digits must be known escapes.
            if character.isASCII && !(character.properties.isAlphabetic || ("0"..."9").contains(character)) { return character.value }
        }
        throw failure(Reason.invalidEscape, from: start)
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 48
        case "a"..."f": return scalar.value - 87
        case "A"..."F": return scalar.value - 55
        default: return nil
        }
    }

    /// A bracketed class: `[...]`, `[^...]`, with ranges, POSIX classes, `\d`, `\p{...}` and escapes.
    private mutating func parseClass() throws(RE2SyntaxError) {
        let classStart = position
        position += 1
        if peek() == "^" { position += 1 }
        var first = true
        while atEnd || text[position] != "]" || first {
            first = false
            if peek() == "[", peek(1) == ":", try parsePosixClass() { continue }
            if try parseUnicodeClass() || parsePerlClass() { continue }
            let rangeStart = position
            let low = try parseClassCharacter(classStart: classStart)
            if peek() == "-", let next = peek(1), next != "]" {
                position += 1
                let high = try parseClassCharacter(classStart: classStart)
                if high < low { throw failure(Reason.invalidCharRange, from: rangeStart) }
            }
        }
        position += 1
    }

    /// `[:alpha:]`, `[:^digit:]`; `false` when no `:]` follows (then `[` is an ordinary character).
    private mutating func parsePosixClass() throws(RE2SyntaxError) -> Bool {
        let start = position
        var cursor = position + 2
        while cursor + 1 < text.count, !(text[cursor] == ":" && text[cursor + 1] == "]") { cursor += 1 }
        guard cursor + 1 < text.count else { return false }
        let name = fragment(start + 2, cursor)
        position = cursor + 2
        guard PosixClassNames.all.contains(name) else { throw failure(Reason.invalidCharRange, from: start) }
        return true
    }

    /// One character of a class, escaped or not, as its code point.
    private mutating func parseClassCharacter(classStart: Int) throws(RE2SyntaxError) -> UInt32 {
        guard let character = peek() else { throw failure(Reason.missingBracket, from: classStart, to: text.count) }
        if character == "\\" { return try parseSingleEscape() }
        position += 1
        return character.value
    }
}

/// The names `[:name:]` may take inside brackets.
private enum PosixClassNames {
    static let base = ["alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit"]
    static let all = Set(base + base.map { "^" + $0 })
}

/// The names `\p{...}` may take: `Any`, Unicode general categories and scripts, as Go's `unicode` package knows them.
private enum UnicodeClassNames {
    static let categories = ["Any", "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
                             "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So",
                             "Z", "Zl", "Zp", "Zs"]
    static let scripts = [
        "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum", "Bassa_Vah", "Batak",
        "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid", "Canadian_Aboriginal", "Carian",
        "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian", "Common", "Coptic", "Cuneiform", "Cypriot",
        "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari", "Dives_Akuru", "Dogra", "Duployan", "Egyptian_Hieroglyphs",
        "Elbasan", "Elymaic", "Ethiopic", "Georgian", "Glagolitic", "Gothic", "Grantha", "Greek", "Gujarati", "Gunjala_Gondi",
        "Gurmukhi", "Han", "Hangul", "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew", "Hiragana", "Imperial_Aramaic",
        "Inherited", "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Javanese", "Kaithi", "Kannada", "Katakana", "Kawi",
        "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer", "Khojki", "Khudawadi", "Lao", "Latin", "Lepcha", "Limbu",
        "Linear_A", "Linear_B", "Lisu", "Lycian", "Lydian", "Mahajani", "Makasar", "Malayalam", "Mandaic", "Manichaean",
        "Marchen", "Masaram_Gondi", "Medefaidrin", "Meetei_Mayek", "Mende_Kikakui", "Meroitic_Cursive", "Meroitic_Hieroglyphs",
        "Miao", "Modi", "Mongolian", "Mro", "Multani", "Myanmar", "Nabataean", "Nag_Mundari", "Nandinagari", "New_Tai_Lue",
        "Newa", "Nko", "Nushu", "Nyiakeng_Puachue_Hmong", "Ogham", "Ol_Chiki", "Old_Hungarian", "Old_Italic",
        "Old_North_Arabian", "Old_Permic", "Old_Persian", "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur",
        "Oriya", "Osage", "Osmanya", "Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi",
        "Rejang", "Runic", "Samaritan", "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala", "Sogdian",
        "Sora_Sompeng", "Soyombo", "Sundanese", "Syloti_Nagri", "Syriac", "Tagalog", "Tagbanwa", "Tai_Le", "Tai_Tham",
        "Tai_Viet", "Takri", "Tamil", "Tangsa", "Tangut", "Telugu", "Thaana", "Thai", "Tibetan", "Tifinagh", "Tirhuta", "Toto",
        "Ugaritic", "Vai", "Vithkuqi", "Wancho", "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square",
    ]
    static let all = Set(categories + scripts)
}
