import GraftPromQL

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
        let filters = queries.map(LabelFilters.filters)

        // How often each filter's text stands, and where it stands first.
        var counts: [String: Int] = [:]
        var firstUse: [String: (query: Int, filter: Filter)] = [:]
        for (number, query) in filters.enumerated() {
            for filter in query {
                counts[filter.text, default: 0] += 1
                if firstUse[filter.text] == nil { firstUse[filter.text] = (number, filter) }
            }
        }
        func candidates(_ wanted: (Filter, Int) -> Bool) -> [Filter] {
            firstUse.values.map(\.filter).filter { wanted($0, counts[$0.text]!) }
                .sorted { ($0.text.count, $1.text) > ($1.text.count, $0.text) }
        }

        // Runs of two or more matchers on one label first (longest first), then single matchers.
        for run in candidates({ $0.matchers.count >= 2 && $1 >= 2 && $0.text.count >= Self.minimumRunLength }) {
            let uses = LabelFilters.occurrences(of: run.text, in: filters, avoiding: covered)
            guard uses.count >= 2 else { continue }
            add(run.text, name: LabelFilters.runName(run.matchers), uses: uses, covered: &covered, names: &names)
        }
        for matcher in candidates({ $0.matchers.count == 1 && $1 >= Self.minimumMatcherUses && $0.text.count >= Self.minimumMatcherLength }) {
            let uses = LabelFilters.occurrences(of: matcher.text, in: filters, avoiding: covered)
            guard uses.count >= LabelFilters.minimumMatcherUses else { continue }
            add(matcher.text, name: LabelFilters.matcherName(matcher.matchers.first!), uses: uses, covered: &covered, names: &names)
        }
        // In the order a reader meets them: by query, then by place in the query.
        func place(_ local: Local) -> (Int, String.Index) {
            let use = firstUse[local.text]!
            return (use.query, use.filter.range.lowerBound)
        }
        locals.sort { place($0) < place($1) }
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
        let names = Dictionary(uniqueKeysWithValues: locals.map { ($0.text, $0.name) })
        // From left to right, the longest local at each place (filters come shortest first from each place).
        var used: [Filter] = []
        for filter in LabelFilters.filters(query) where names[filter.text] != nil {
            if let last = used.last, filter.range.lowerBound < last.range.upperBound {
                if filter.range.lowerBound == last.range.lowerBound { used[used.count - 1] = filter }
                continue
            }
            used.append(filter)
        }
        var parts: [StringPart] = []
        var index = query.startIndex
        for filter in used {
            if index < filter.range.lowerBound { parts.append(.text(String(query[index..<filter.range.lowerBound]))) }
            parts.append(.local(names[filter.text]!))
            index = filter.range.upperBound
        }
        if index < query.endIndex { parts.append(.text(String(query[index...]))) }
        return parts
    }

    // MARK: Finding matchers

    /// One `label op "value"` matcher in a selector, and where it is.
    private struct Matcher {
        var label: String
        var op: String
        /// The value between its quotes, escapes as written.
        var value: Substring
        var range: Range<String.Index>
    }

    /// A filter a local may stand for: one matcher, or a run of matchers on one label, as the query writes it.
    private struct Filter {
        var matchers: ArraySlice<Matcher>
        var range: Range<String.Index>
        var text: String
    }

    /// Every filter of `query`, by where it starts, shortest first.
    private static func filters(_ query: String) -> [Filter] {
        var result: [Filter] = []
        for selector in selectors(query) {
            for start in selector.indices {
                var end = start
                while end < selector.endIndex, selector[end].label == selector[start].label {
                    let range = selector[start].range.lowerBound..<selector[end].range.upperBound
                    result.append(Filter(matchers: selector[start...end], range: range, text: String(query[range])))
                    end += 1
                }
            }
        }
        return result
    }

    /// The matchers of each `{...}` selector of `query`, in order; a selector with anything but
    /// plain matchers is left alone.
    private static func selectors(_ query: String) -> [[Matcher]] {
        let tokens = PromQLLexer.templateTokens(query)
        func isSymbol(_ index: Int, _ symbols: Set<String>) -> Bool {
            index < tokens.count && tokens[index].kind == .symbol && symbols.contains(tokens[index].text)
        }
        var result: [[Matcher]] = []
        selectors: for open in tokens.indices where isSymbol(open, ["{"]) {
            var matchers: [Matcher] = []
            var index = open + 1
            while !isSymbol(index, ["}"]) {
                if isSymbol(index, [","]) {
                    index += 1
                    continue
                }
                let label = tokens[index]
                guard label.kind == .identifier, !label.text.contains(":"), isSymbol(index + 1, ["=", "!=", "=~", "!~"]),
                      index + 2 < tokens.count, tokens[index + 2].kind == .string, isSymbol(index + 3, [",", "}"]) else {
                    continue selectors
                }
                let value = tokens[index + 2].range
                matchers.append(Matcher(label: label.text, op: tokens[index + 1].text, value: query[value].dropFirst().dropLast(),
                                        range: label.range.lowerBound..<value.upperBound))
                index += 3
            }
            result.append(matchers)
        }
        return result
    }

    /// Where `text` stands as a filter in the queries' `filters`, outside the ranges already `covered`.
    private static func occurrences(of text: String, in filters: [[Filter]], avoiding covered: [[Range<String.Index>]]) -> [(Int, Range<String.Index>)] {
        var result: [(Int, Range<String.Index>)] = []
        for (number, query) in filters.enumerated() {
            var end: String.Index?
            for filter in query where filter.text == text {
                // Uses do not overlap: each one starts after the last ends.
                if let end, filter.range.lowerBound < end { continue }
                end = filter.range.upperBound
                if !covered[number].contains(where: { $0.overlaps(filter.range) }) { result.append((number, filter.range)) }
            }
        }
        return result
    }

    // MARK: Names

    /// `gateway` for `higress="$gateway"`, `clusterNameXdsGrpc` for `cluster_name="xds-grpc"`.
    private static func matcherName(_ matcher: Matcher) -> String {
        let (label, op, value) = (matcher.label, matcher.op, String(matcher.value))
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
    private static func runName(_ run: ArraySlice<Matcher>) -> String {
        let label = run.first?.label ?? "label"
        let excludes = run.allSatisfy { $0.op.hasPrefix("!") }
        return SwiftName.lowerCamel(label + (excludes ? "_exclusions" : "_filters"), fallback: "filters")
    }
}
