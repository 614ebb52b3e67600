/// Label filters that queries repeat (`higress="$gateway"`, a run of `cluster_name!="..."`),
/// factored into local constants the generated queries interpolate.
struct LabelFilters: Sendable {
    /// A local constant: its name and the filter text it stands for.
    struct Local: Sendable, Hashable {
        /// The constant's name.
        var name: String
        /// The filter text.
        var text: String
    }

    /// The locals, in the order their text first appears.
    private(set) var locals: [Local] = []

    /// A single matcher repeated this often becomes a local.
    static let minimumMatcherUses = 3
    /// A matcher shorter than this is clearer written out.
    static let minimumMatcherLength = 12
    /// A run of matchers this long, repeated, becomes a local.
    static let minimumRunLength = 40

    /// Finds the filters worth a local among `queries` (PromQL or LogQL), naming them apart from `taken` names.
    init(queries: [String], taken: Set<String>) {
        var names = taken
        var covered = queries.map { _ in [Range<String.Index>]() }
        let selectors = queries.map(LabelFilters.selectors)

        // Runs of two or more matchers on one label first (longest first), then single matchers.
        var runCounts: [String: Int] = [:]
        for query in selectors {
            for selector in query where selector.count >= 2 {
                let labels = selector.map { LabelFilters.parse($0.text)?.label }
                for start in selector.indices {
                    for end in (start + 1)..<selector.count where labels[end] == labels[start] {
                        guard labels[start...end].allSatisfy({ $0 == labels[start] }) else { break }
                        runCounts[LabelFilters.text(of: selector[start...end]), default: 0] += 1
                    }
                }
            }
        }
        let runs = runCounts.filter { $0.value >= 2 && $0.key.count >= LabelFilters.minimumRunLength }.keys
            .sorted { ($0.count, $1) > ($1.count, $0) }
        for run in runs {
            let uses = LabelFilters.occurrences(of: run, in: queries, avoiding: covered)
            guard uses.count >= 2 else { continue }
            add(run, name: LabelFilters.runName(run), uses: uses, covered: &covered, names: &names)
        }
        var matcherCounts: [String: Int] = [:]
        for query in selectors {
            for selector in query {
                for matcher in selector { matcherCounts[matcher.text, default: 0] += 1 }
            }
        }
        let matchers = matcherCounts.filter { $0.value >= LabelFilters.minimumMatcherUses && $0.key.count >= LabelFilters.minimumMatcherLength }
            .keys.sorted { ($0.count, $1) > ($1.count, $0) }
        for matcher in matchers {
            let uses = LabelFilters.occurrences(of: matcher, in: queries, avoiding: covered)
            guard uses.count >= LabelFilters.minimumMatcherUses else { continue }
            add(matcher, name: LabelFilters.matcherName(matcher), uses: uses, covered: &covered, names: &names)
        }
        // In the order a reader meets them: by query, then by place in the query.
        func firstUse(_ text: String) -> (Int, Int) {
            for (number, query) in queries.enumerated() {
                if let range = query.firstRange(of: text) { return (number, query.distance(from: query.startIndex, to: range.lowerBound)) }
            }
            return (queries.count, 0)
        }
        locals.sort { firstUse($0.text) < firstUse($1.text) }
    }

    private mutating func add(_ text: String, name: String, uses: [(Int, Range<String.Index>)],
                              covered: inout [[Range<String.Index>]], names: inout Set<String>) {
        var unique = name
        var suffix = 2
        while names.contains(unique) {
            unique = name + String(suffix)
            suffix += 1
        }
        names.insert(unique)
        locals.append(Local(name: unique, text: text))
        for (query, range) in uses { covered[query].append(range) }
    }

    /// `query` as literal text and the locals it uses.
    func parts(_ query: String) -> [StringPart] {
        guard !locals.isEmpty else { return [.text(query)] }
        let longestFirst = locals.sorted { $0.text.count > $1.text.count }
        var parts: [StringPart] = []
        var rest = Substring(query)
        var literal = ""
        while !rest.isEmpty {
            if let local = longestFirst.first(where: { rest.hasPrefix($0.text) && LabelFilters.isWholeFilter(query, rest.startIndex, $0.text) }) {
                if !literal.isEmpty { parts.append(.text(literal)) }
                literal = ""
                parts.append(.local(local.name))
                rest = rest.dropFirst(local.text.count)
            } else {
                literal.append(rest.removeFirst())
            }
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        return parts
    }

    // MARK: Finding matchers

    /// One `label op "value"` matcher in a selector, and where it is.
    struct Matcher {
        var text: String
        var range: Range<String.Index>
        var query: String
    }

    /// The matchers of each `{...}` selector of `query`, in order; a selector with anything but
    /// plain matchers is left alone.
    static func selectors(_ query: String) -> [[Matcher]] {
        var result: [[Matcher]] = []
        var index = query.startIndex
        var quote: Character?
        while index < query.endIndex {
            let character = query[index]
            if let open = quote {
                if character == "\\" { index = query.index(after: index) } else if character == open { quote = nil }
            } else if character == "\"" || character == "'" || character == "`" {
                quote = character
            } else if character == "{", let close = closingBrace(query, after: index) {
                if let matchers = matchers(query, query.index(after: index)..<close) { result.append(matchers) }
                index = close
            }
            if index < query.endIndex { index = query.index(after: index) }
        }
        return result
    }

    private static func closingBrace(_ query: String, after open: String.Index) -> String.Index? {
        var index = query.index(after: open)
        var quote: Character?
        while index < query.endIndex {
            let character = query[index]
            if let open = quote {
                if character == "\\" { index = query.index(after: index) } else if character == open { quote = nil }
            } else if character == "\"" {
                quote = character
            } else if character == "}" {
                return index
            } else if character == "{" {
                return nil
            }
            if index < query.endIndex { index = query.index(after: index) }
        }
        return nil
    }

    private static func matchers(_ query: String, _ body: Range<String.Index>) -> [Matcher]? {
        var result: [Matcher] = []
        var start = body.lowerBound
        var index = start
        var inString = false
        func finish(_ end: String.Index) -> Bool {
            var lower = start, upper = end
            while lower < upper, query[lower] == " " { lower = query.index(after: lower) }
            while upper > lower, query[query.index(before: upper)] == " " { upper = query.index(before: upper) }
            guard lower < upper else { return true }  // `{}` or a trailing comma
            let text = String(query[lower..<upper])
            guard isMatcher(text) else { return false }
            result.append(Matcher(text: text, range: lower..<upper, query: query))
            return true
        }
        while index < body.upperBound {
            let character = query[index]
            if inString {
                if character == "\\" { index = query.index(after: index) } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "," {
                guard finish(index) else { return nil }
                start = query.index(after: index)
            }
            index = query.index(after: index)
        }
        guard finish(body.upperBound) else { return nil }
        return result
    }

    /// Whether `text` is `label op "value"`.
    static func isMatcher(_ text: String) -> Bool {
        guard let parsed = parse(text) else { return false }
        return !parsed.label.isEmpty
    }

    /// The label, operator and value of a matcher.
    static func parse(_ text: String) -> (label: String, op: String, value: String)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "_"
                || ("a"..."z").contains(scalars[index]) || ("A"..."Z").contains(scalars[index]) {
            index += 1
        }
        let label = String(String.UnicodeScalarView(scalars[0..<index]))
        guard let first = label.unicodeScalars.first, !("0"..."9").contains(first) else { return nil }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        var op = ""
        while index < scalars.count, "=!~".unicodeScalars.contains(scalars[index]) {
            op.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard ["=", "!=", "=~", "!~"].contains(op) else { return nil }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count, scalars[index] == "\"", scalars.last == "\"", scalars.count - index >= 2 else { return nil }
        let value = String(String.UnicodeScalarView(scalars[(index + 1)..<(scalars.count - 1)]))
        var escaped = false
        for scalar in value.unicodeScalars {
            if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { return nil }
        }
        return escaped ? nil : (label, op, value)
    }

    /// The text of a run of matchers as the query writes it, separators included.
    private static func text(of run: ArraySlice<Matcher>) -> String {
        String(run.first!.query[run.first!.range.lowerBound..<run.last!.range.upperBound])
    }

    /// Where `text` stands as whole matchers in `queries`, outside the ranges already `covered`.
    private static func occurrences(of text: String, in queries: [String], avoiding covered: [[Range<String.Index>]]) -> [(Int, Range<String.Index>)] {
        var result: [(Int, Range<String.Index>)] = []
        for (number, query) in queries.enumerated() {
            var from = query.startIndex
            while let range = query[from...].firstRange(of: text) {
                if isWholeFilter(query, range.lowerBound, text), !covered[number].contains(where: { $0.overlaps(range) }) {
                    result.append((number, range))
                }
                from = range.upperBound
            }
        }
        return result
    }

    /// Whether `text` at `start` of `query` is whole matchers: after `{` or a comma, before `}` or a comma.
    static func isWholeFilter(_ query: String, _ start: String.Index, _ text: String) -> Bool {
        var before = start
        while before > query.startIndex, query[query.index(before: before)] == " " { before = query.index(before: before) }
        guard before > query.startIndex, "{,".contains(query[query.index(before: before)]) else { return false }
        guard let end = query.index(start, offsetBy: text.count, limitedBy: query.endIndex) else { return false }
        var after = end
        while after < query.endIndex, query[after] == " " { after = query.index(after: after) }
        return after < query.endIndex && ",}".contains(query[after])
    }

    // MARK: Names

    /// `gateway` for `higress="$gateway"`, `clusterNameXdsGrpc` for `cluster_name="xds-grpc"`.
    static func matcherName(_ matcher: String) -> String {
        guard let (label, op, value) = parse(matcher) else { return "filter" }
        var variable = value
        for (open, close) in [("${", "}"), ("$", ""), ("[[", "]]")] where variable.hasPrefix(open) && variable.hasSuffix(close) {
            variable = String(variable.dropFirst(open.count).dropLast(close.count))
            if op == "=" || op == "=~", !variable.isEmpty, variable.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                return SwiftName.lowerCamel(variable, fallback: "filter")
            }
        }
        let negation = op.hasPrefix("!") ? "_not" : ""
        let name = SwiftName.lowerCamel(label + negation + "_" + value, fallback: "filter")
        return name.count <= 32 ? name : SwiftName.lowerCamel(label + negation, fallback: "filter") + "Filter"
    }

    /// `clusterNameExclusions` for a run of `cluster_name!=...`, `clusterNameFilters` for other runs on one label.
    static func runName(_ run: String) -> String {
        let matchers = selectors("{" + run + "}").flatMap { $0 }.compactMap { parse($0.text) }
        let label = matchers.first?.label ?? "label"
        let excludes = matchers.allSatisfy { $0.op.hasPrefix("!") }
        return SwiftName.lowerCamel(label + (excludes ? "_exclusions" : "_filters"), fallback: "filters")
    }
}
