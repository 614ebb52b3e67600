import Foundation

/// A regular expression matched against a whole value, as Prometheus matches label matchers and
/// relabeling regexes (`^(?:regex)$`). RE2 patterns are evaluated with Foundation's regex engine,
/// which agrees with RE2 on the syntax dashboards use; a pattern it cannot compile gives `nil`.
public struct AnchoredRegex: Sendable, Hashable {
    /// The anchored pattern, in the syntax Foundation's engine reads. (The compiled expression is
    /// not kept: Foundation's `NSRegularExpression` is not `Sendable` on every platform, and
    /// compiling again costs less than a lint run notices.)
    private let anchored: String

    /// The anchored form of `pattern`, or `nil` when it cannot be compiled here.
    public init?(_ pattern: String) {
        // RE2's named groups `(?P<name>...)` are `(?<name>...)` to ICU.
        anchored = "^(?:" + pattern.replacingOccurrences(of: "(?P<", with: "(?<") + ")$"
        guard compiled != nil else { return nil }
    }

    private var compiled: NSRegularExpression? { try? NSRegularExpression(pattern: anchored) }

    /// Whether the whole of `value` matches.
    public func matches(_ value: String) -> Bool {
        compiled?.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
    }

    /// `replacement` with `$1`, `${1}` and `$name` filled from the match of the whole `value`, or `nil` when it does not match.
    public func replace(_ value: String, with replacement: String) -> String? {
        let range = NSRange(value.startIndex..., in: value)
        guard let match = compiled?.firstMatch(in: value, range: range) else { return nil }
        // Go's Expand: `${name}` or `$name`, the longest run of word characters.
        var result = ""
        var characters = Substring(replacement)
        while let dollar = characters.firstIndex(of: "$") {
            result += characters[..<dollar]
            var rest = characters[characters.index(after: dollar)...]
            var name: Substring
            if rest.first == "{", let close = rest.firstIndex(of: "}") {
                name = rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? rest.endIndex
                name = rest[..<end]
                rest = rest[end...]
            }
            if let group = Int(name), group <= match.numberOfRanges - 1 {
                let groupRange = match.range(at: group)
                if groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: value) { result += value[swiftRange] }
            } else if !name.isEmpty, Int(name) == nil {
                let groupRange = match.range(withName: String(name))
                if groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: value) { result += value[swiftRange] }
            } else if name.isEmpty {
                result += "$"
            }
            characters = rest
        }
        return result + characters
    }
}
