/// Reads a PromQL expression into a `PromQLExpression`, following Prometheus's grammar: operator
/// precedence (`or` < `and unless` < comparisons < `+ -` < `* / % atan2` < `^`, right-associative),
/// aggregations with `by`/`without` before or after their arguments, function calls, selectors,
/// ranges, subqueries, `offset` and `@`.
public struct PromQLParser {
    /// The aggregation operators.
    public static let aggregations: Set<String> = ["sum", "avg", "count", "min", "max", "group", "stddev", "stdvar", "topk", "bottomk",
                                            "count_values", "quantile", "limitk", "limit_ratio"]
    /// Binary operators by precedence, lowest first.
    private static let precedence: [[String]] = [["or"], ["and", "unless"], ["==", "!=", "<=", "<", ">=", ">"], ["+", "-"],
                                                 ["*", "/", "%", "atan2"], ["^"]]

    private var tokens: [PromQLToken]
    private var position = 0
    /// Expressions being read inside one another, operands included: each `(`, call, unary sign,
    /// `^` and operation of a chain nests one level more (a parenthesis eight, through the precedence
    /// levels). Reading, comparing and dropping an expression recurse as deep as it nests.
    private var depth = 0
    /// The deepest nesting read, 128 parentheses: far beyond any dashboard's query, and well within
    /// the stack of any thread, so that a hostile expression is refused rather than overflowing it.
    private static let maximumDepth = 1024

    /// Reads `expression`; throws where it cannot follow it.
    public static func parse(_ expression: String) throws(PromQLReadError) -> PromQLExpression {
        var parser = PromQLParser(tokens: try PromQLLexer.tokens(expression))
        let result = try parser.expression(level: 0)
        guard parser.current.kind == .end else { throw parser.unexpected() }
        return result
    }

    private init(tokens: [PromQLToken]) { self.tokens = tokens }

    private var current: PromQLToken { tokens[position] }

    private func peek(_ distance: Int = 1) -> PromQLToken { tokens[min(position + distance, tokens.count - 1)] }

    private func unexpected() -> PromQLReadError {
        PromQLReadError(message: current.kind == .end ? "unexpected end of expression" : "unexpected \"\(current.text)\"", offset: current.offset)
    }

    private func isSymbol(_ text: String) -> Bool { current.kind == .symbol && current.text == text }

    private func isKeyword(_ text: String) -> Bool { current.kind == .identifier && current.text.lowercased() == text }

    private mutating func expect(_ symbol: String) throws(PromQLReadError) {
        guard isSymbol(symbol) else { throw PromQLReadError(message: "expected \"\(symbol)\"", offset: current.offset) }
        position += 1
    }

    /// The binary operator at the current token, when it belongs to precedence `level`.
    private func binaryOperator(at level: Int) -> String? {
        let text = current.kind == .symbol ? current.text : (current.kind == .identifier ? current.text.lowercased() : "")
        return PromQLParser.precedence[level].contains(text) ? text : nil
    }

    /// Counts one more level of nesting for `read`.
    private mutating func nested<Result>(_ read: (inout PromQLParser) throws(PromQLReadError) -> Result) throws(PromQLReadError) -> Result {
        try deeper()
        defer { depth -= 1 }
        return try read(&self)
    }

    /// One level deeper, or an error when that passes the bound.
    private mutating func deeper() throws(PromQLReadError) {
        guard depth < PromQLParser.maximumDepth else {
            throw PromQLReadError(message: "the expression nests too deeply (more than \(PromQLParser.maximumDepth / 8) parentheses)", offset: current.offset)
        }
        depth += 1
    }

    private mutating func expression(level: Int) throws(PromQLReadError) -> PromQLExpression {
        try nested { parser throws(PromQLReadError) in try parser.operation(level: level) }
    }

    /// The binary operations of precedence `level` and above.
    private mutating func operation(level: Int) throws(PromQLReadError) -> PromQLExpression {
        if level == PromQLParser.precedence.count { return try unary() }
        var left = try expression(level: level + 1)
        // Each operation of a chain (`a + b + c`) puts the ones before it a level deeper in the tree.
        var chained = 0
        defer { depth -= chained }
        while let op = binaryOperator(at: level) {
            try deeper()
            chained += 1
            position += 1
            let matching = try binaryModifiers()
            // `^` is right-associative: its right side is read at the same level.
            let right = op == "^" ? try expression(level: level) : try expression(level: level + 1)
            left = .binary(op, left, right, matching: matching)
            if op == "^" { break }
        }
        return left
    }

    /// `bool`, `on(...)`/`ignoring(...)`, `group_left(...)`/`group_right(...)` after a binary operator.
    private mutating func binaryModifiers() throws(PromQLReadError) -> VectorMatching? {
        if isKeyword("bool") { position += 1 }
        guard isKeyword("on") || isKeyword("ignoring") else { return nil }
        let ignoring = isKeyword("ignoring")
        position += 1
        var matching = VectorMatching(matchingLabels: try labelList(), ignoring: ignoring, includedLabels: [])
        if isKeyword("group_left") || isKeyword("group_right") {
            matching.groupsRight = isKeyword("group_right")
            position += 1
            if isSymbol("(") { matching.includedLabels = try labelList() }
        }
        return matching
    }

    /// `(label, label, ...)`.
    private mutating func labelList() throws(PromQLReadError) -> [String] {
        try expect("(")
        return try list(closedBy: ")") { parser throws(PromQLReadError) in
            guard parser.current.kind == .identifier || parser.current.kind == .string else { throw parser.unexpected() }
            defer { parser.position += 1 }
            return parser.current.text
        }
    }

    /// Items `item` reads, separated by commas (a trailing one allowed), up to `close`, which is read too.
    private mutating func list<Item>(closedBy close: String,
                                     _ item: (inout PromQLParser) throws(PromQLReadError) -> Item) throws(PromQLReadError) -> [Item] {
        var items: [Item] = []
        while !isSymbol(close) {
            items.append(try item(&self))
            if isSymbol(",") { position += 1 } else { break }
        }
        try expect(close)
        return items
    }

    private mutating func unary() throws(PromQLReadError) -> PromQLExpression {
        try nested { parser throws(PromQLReadError) in try parser.signed() }
    }

    /// A primary with its postfixes, or a signed operand.
    private mutating func signed() throws(PromQLReadError) -> PromQLExpression {
        if isSymbol("-") || isSymbol("+") {
            position += 1
            // Unary minus binds looser than `^`: -a^b is -(a^b).
            return .wrapped(try powerOperand())
        }
        return try postfix(try primary())
    }

    /// The operand of a unary operator: a primary, and a `^` chain when one follows.
    private mutating func powerOperand() throws(PromQLReadError) -> PromQLExpression {
        let base = try unary()
        guard isSymbol("^") else { return base }
        position += 1
        return .binary("^", base, try powerOperand(), matching: nil)
    }

    /// Ranges, subqueries, `offset` and `@` after an expression.
    private mutating func postfix(_ base: PromQLExpression) throws(PromQLReadError) -> PromQLExpression {
        var result = base
        while true {
            if isSymbol("[") {
                position += 1
                guard current.kind == .duration || current.kind == .number else { throw unexpected() }
                position += 1
                if isSymbol(":") {
                    position += 1
                    if current.kind == .duration || current.kind == .number { position += 1 }
                    result = .wrapped(result)
                }
                try expect("]")
            } else if isKeyword("offset") {
                position += 1
                if isSymbol("-") || isSymbol("+") { position += 1 }
                guard current.kind == .duration || current.kind == .number else { throw unexpected() }
                position += 1
            } else if isSymbol("@") {
                position += 1
                if isSymbol("-") || isSymbol("+") { position += 1 }
                guard current.kind == .number || current.kind == .identifier else { throw unexpected() }
                position += 1
                if isSymbol("(") {  // start() / end()
                    position += 1
                    try expect(")")
                }
            } else {
                return result
            }
        }
    }

    private mutating func primary() throws(PromQLReadError) -> PromQLExpression {
        switch current.kind {
        case .number:
            position += 1
            return .number
        case .duration:
            // A bare duration is a number of seconds in newer Prometheus; promtool decides.
            position += 1
            return .number
        case .string:
            defer { position += 1 }
            return .string(current.text)
        case .symbol where current.text == "(":
            position += 1
            let inner = try expression(level: 0)
            try expect(")")
            return .wrapped(inner)
        case .symbol where current.text == "{":
            return .selector(VectorSelector(metric: nil, matchers: try matchers()))
        case .identifier:
            let name = current.text
            if PromQLParser.aggregations.contains(name.lowercased()),
               (peek().kind == .symbol && peek().text == "(") || ["by", "without"].contains(peek().text.lowercased()) {
                return try aggregation()
            }
            if peek().kind == .symbol && peek().text == "(" {
                position += 2
                let arguments = try argumentList()
                return .call(name, arguments)
            }
            position += 1
            let matchers = isSymbol("{") ? try self.matchers() : []
            return .selector(VectorSelector(metric: name, matchers: matchers))
        default:
            throw unexpected()
        }
    }

    /// `agg [by|without (labels)] (args) [by|without (labels)]`.
    private mutating func aggregation() throws(PromQLReadError) -> PromQLExpression {
        let name = current.text.lowercased()
        position += 1
        var grouping = try groupingClause()
        try expect("(")
        let arguments = try argumentList()
        if grouping == nil { grouping = try groupingClause() }
        return .aggregation(name, grouping: grouping, arguments: arguments)
    }

    private mutating func groupingClause() throws(PromQLReadError) -> LabelGrouping? {
        guard isKeyword("by") || isKeyword("without") else { return nil }
        let without = isKeyword("without")
        position += 1
        return LabelGrouping(without: without, labels: try labelList())
    }

    /// Comma-separated expressions up to the closing `)` (the opening one already read).
    private mutating func argumentList() throws(PromQLReadError) -> [PromQLExpression] {
        try list(closedBy: ")") { parser throws(PromQLReadError) in try parser.expression(level: 0) }
    }

    /// `{label op "value", ...}`.
    private mutating func matchers() throws(PromQLReadError) -> [LabelMatcher] {
        try expect("{")
        return try list(closedBy: "}") { parser throws(PromQLReadError) in try parser.matcher() }
    }

    /// `label op "value"`, or a bare quoted metric name (`{"metric"}`), as Prometheus 3 allows.
    private mutating func matcher() throws(PromQLReadError) -> LabelMatcher {
        guard current.kind == .identifier || current.kind == .string else { throw unexpected() }
        let label = current.text
        position += 1
        guard current.kind == .symbol, ["=", "!=", "=~", "!~"].contains(current.text) else {
            return LabelMatcher(label: "__name__", op: "=", value: label)
        }
        let op = current.text
        position += 1
        guard current.kind == .string else { throw unexpected() }
        defer { position += 1 }
        return LabelMatcher(label: label, op: op, value: current.text)
    }
}
