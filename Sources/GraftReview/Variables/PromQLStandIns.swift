import GraftPromQL

/// Replaces Grafana's variables and macros in a PromQL expression by stand-ins that keep it valid
/// PromQL wherever they stand, so that a PromQL parser can read what Grafana would send:
///
/// - in a string (a label value or a regex): `graft_var_<name>`, plain text that is also a valid regex;
/// - in a range or subquery (`[$__rate_interval]`), after `offset`: a duration — `$__rate_interval` 1m,
///   `$__interval` 15s, `$__range` 1h, any other variable 5m — or the number 5 when a unit follows (`[${n}m]`);
/// - in a label list (`by (...)`, `on (...)`), joined to a name (`envoy_$kind`), or before `{` or `[`:
///   the name `graft_var_<name>`;
/// - elsewhere: a number — `$__range_s` 3600, `$__range_ms` 3600000, `$__interval_ms` 15000,
///   `$__rate_interval_ms` 60000, any other variable 1.
public enum PromQLStandIns {
    /// What every stand-in inside a string or a name starts with: text that carries it is not a real value.
    public static let marker = "graft_var_"

    /// The durations built-in macros stand for.
    private static let durations = ["__rate_interval": "1m", "__interval": "15s", "__range": "1h"]
    /// The numbers built-in macros stand for.
    private static let numbers = ["__range_s": "3600", "__range_ms": "3600000", "__interval_ms": "15000", "__rate_interval_ms": "60000"]
    /// The keywords whose parenthesised list holds label names.
    private static let labelListKeywords: Set<String> = ["by", "without", "on", "ignoring", "group_left", "group_right"]

    /// `expression` with every variable reference replaced by a stand-in for its position.
    public static func replace(in expression: String) -> String {
        var context = Context()
        var scanned = 0
        return VariableReference.substitute(in: expression) { reference, characters in
            context.advance(over: characters[scanned..<reference.offset])
            let end = reference.offset + reference.length
            scanned = end
            let after = characters[end...].first { !$0.isWhitespace }
            let joined = (reference.offset > 0 && isNameCharacter(characters[reference.offset - 1]))
                || (end < characters.count && isNameCharacter(characters[end]))
            let name = reference.name
            let standIn: String
            if context.inString != nil {
                standIn = marker + name
            } else if context.inRange || context.afterOffset {
                // `[${minutes}m]`: the variable holds the number, the unit follows.
                let unitFollows = end < characters.count && characters[end].isLetter
                standIn = unitFollows ? "5" : durations[name] ?? "5m"
            } else if joined || context.inLabelList || after == "{" || after == "[" {
                standIn = marker + name
            } else {
                standIn = numbers[name] ?? durations[name] ?? "1"
            }
            context.advance(over: ArraySlice(Array(standIn)))
            return standIn
        }
    }

    private static func isNameCharacter(_ c: Character) -> Bool { c == "_" || c == ":" || (c.isASCII && (c.isLetter || c.isNumber)) }

    /// Where the scan is: in a string, in brackets, in a label list, after `offset`.
    private struct Context {
        /// The quote of the string being read.
        var inString: Character?
        /// Whether the previous character was a backslash inside a string.
        var escaped = false
        /// Open `[`s.
        var rangeDepth = 0
        /// For each open `(`, whether it opens a label list.
        var parentheses: [Bool] = []
        /// The last word read outside strings.
        var lastWord = ""
        /// The word being read.
        var word = ""

        var inRange: Bool { rangeDepth > 0 }
        var inLabelList: Bool { parentheses.last == true }
        var afterOffset: Bool { (word.isEmpty ? lastWord : word).lowercased() == "offset" }

        mutating func advance(over characters: ArraySlice<Character>) {
            for c in characters {
                if let quote = inString {
                    if escaped { escaped = false } else if c == "\\" && quote != "`" { escaped = true } else if c == quote { inString = nil }
                    continue
                }
                if PromQLStandIns.isNameCharacter(c) {
                    word.append(c)
                    continue
                }
                if !word.isEmpty {
                    lastWord = word
                    word = ""
                }
                switch c {
                case "\"", "'", "`": inString = c
                case "[": rangeDepth += 1
                case "]": rangeDepth = max(0, rangeDepth - 1)
                case "(": parentheses.append(PromQLStandIns.labelListKeywords.contains(lastWord.lowercased()))
                case ")": _ = parentheses.popLast()
                case _ where c.isWhitespace: break
                default: lastWord = String(c)
                }
            }
        }
    }
}
