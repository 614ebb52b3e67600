/// Generated Swift as a document whose line breaks the layout decides: text, groups that stay on
/// one line when they fit and put one item a line when they do not, and blocks of statements.
indirect enum Code: Sendable, Hashable {
    /// Text on one line.
    case text(String)
    /// Parts side by side.
    case concat([Code])
    /// `open item, item close` on one line, or `open`, one item a line, `close`. Broken, every item
    /// but the last is followed by `separator`, and the last too when `trailing` (collection
    /// literals; argument lists take no trailing comma before Swift 6.1).
    case group(open: String, items: [Code], separator: String, close: String, trailing: Bool)
    /// `open s1; s2 close` on one line, or `open`, one statement a line, `close`.
    case block(open: String, statements: [Code], close: String)
    /// A multi-line string literal: its opening delimiter, its lines, its closing delimiter.
    case multiline(open: String, lines: [String], close: String)
    /// An expression (`head`), a trailing closure of one statement a line when `body` has any, and
    /// modifiers chained after it, as many a line as fit.
    case chain(head: Code, body: [Code], modifiers: [Code])

    /// The widest line generated code aims for.
    static let width = 120
    /// One level of indentation.
    static let indentUnit = "    "

    /// A call `name(arguments)`.
    static func call(_ name: String, _ arguments: [Code]) -> Code {
        .group(open: name + "(", items: arguments, separator: ",", close: ")", trailing: false)
    }

    /// A collection literal `[items]` (`[]` or `[:]` when empty, as `empty` says).
    static func list(_ items: [Code], empty: String = "[]") -> Code {
        items.isEmpty ? .text(empty) : .group(open: "[", items: items, separator: ",", close: "]", trailing: true)
    }

    /// `head { statements }`: a call with a trailing closure kept on one line when it fits.
    static func closure(_ head: Code, _ statements: [Code]) -> Code {
        .concat([head, .block(open: " {", statements: statements, close: "}")])
    }

    /// `header {`, then `value` one level in, then `}`: a computed property. The compiler type-checks
    /// its body only where its file is compiled, where a stored global's initializer is type-checked
    /// again by every job that emits the module's interface, after each edit of any file.
    static func computedProperty(_ header: String, _ value: Code) -> String {
        header + " {\n" + indentUnit + value.render(indent: 1, column: indentUnit.count) + "\n}"
    }

    /// `label: value`, an argument.
    static func argument(_ label: String, _ value: Code) -> Code { .concat([.text(label + ": "), value]) }

    /// Whether breaking the code over lines can shorten it (text and string literals cannot).
    var breakable: Bool {
        switch self {
        case .text, .multiline: return false
        case .concat(let parts): return parts.contains(where: \.breakable)
        case let .group(_, items, _, _, _): return items.count > 1 || items.contains(where: \.breakable)
        case .block, .chain: return true
        }
    }

    /// Whether this is a collection literal or a multi-line string (perhaps after an argument
    /// label), which a call may open on its own line: `f(a, options: [` ... `])`.
    private var huggable: Bool {
        switch self {
        case .multiline: return true
        case let .group(_, items, _, _, trailing): return trailing && !items.isEmpty
        case .concat(let parts): return parts.count == 2 && parts[0].breakable == false && parts[1].huggable
        default: return false
        }
    }

    /// The code on one line, or `nil` when it cannot be (a multi-line string).
    var flat: String? {
        switch self {
        case .text(let text):
            return text
        case .concat(let parts):
            var result = ""
            for part in parts {
                guard let flat = part.flat else { return nil }
                result += flat
            }
            return result
        case let .group(open, items, separator, close, _):
            var parts: [String] = []
            for item in items {
                guard let flat = item.flat else { return nil }
                parts.append(flat)
            }
            return open + parts.joined(separator: separator + " ") + close
        case let .block(open, statements, close):
            guard !statements.isEmpty else { return open + close }
            var parts: [String] = []
            for statement in statements {
                guard let flat = statement.flat else { return nil }
                parts.append(flat)
            }
            return open + " " + parts.joined(separator: "; ") + " " + close
        case .multiline:
            return nil
        case let .chain(head, body, modifiers):
            guard body.isEmpty, var result = head.flat else { return nil }
            for modifier in modifiers {
                guard let flat = modifier.flat else { return nil }
                result += flat
            }
            return result
        }
    }

    /// The code laid out from `column` of a line indented `indent` levels: on that line when it fits,
    /// otherwise broken, each continuation line carrying its indentation.
    func render(indent: Int, column: Int) -> String {
        if let flat, column + flat.count <= Code.width { return flat }
        let inner = "\n" + String(repeating: Code.indentUnit, count: indent + 1)
        let innerColumn = (indent + 1) * Code.indentUnit.count
        switch self {
        case .text(let text):
            return text
        case .concat(let parts):
            var result = ""
            var current = column
            for part in parts {
                let piece = part.render(indent: indent, column: current)
                result += piece
                current = Code.lastLineWidth(piece, startingAt: current)
            }
            return result
        case let .group(open, items, separator, close, trailing):
            guard !items.isEmpty else { return open + close }
            // One item that cannot break stays beside the brackets: breaking would only add lines.
            if items.count == 1, !items[0].breakable { return open + items[0].render(indent: indent, column: column + open.count) + close }
            // A call whose last argument is a collection literal opens it on the call's line.
            if !trailing, let last = items.last, last.huggable {
                let leading = items.dropLast().map(\.flat)
                if leading.allSatisfy({ $0 != nil }) {
                    let prefix = open + leading.map { $0! + separator + " " }.joined()
                    if column + prefix.count + 1 < Code.width {
                        return prefix + last.render(indent: indent, column: column + prefix.count) + close
                    }
                }
            }
            var result = open
            var lineWidth = Code.width + 1  // full: the first item starts a line
            for (index, item) in items.enumerated() {
                let last = index == items.count - 1
                let end = last && !trailing ? "" : separator
                // Collection literals fill their lines; argument lists put one argument a line.
                if trailing, let flat = item.flat, lineWidth + 1 + flat.count + end.count <= Code.width {
                    result += " " + flat + end
                    lineWidth += 1 + flat.count + end.count
                    continue
                }
                let piece = item.render(indent: indent + 1, column: innerColumn) + end
                result += inner + piece
                lineWidth = piece.contains("\n") || !trailing ? Code.width + 1 : innerColumn + piece.count
            }
            return result + "\n" + String(repeating: Code.indentUnit, count: indent) + close
        case let .block(open, statements, close):
            let body = statements.map { inner + $0.render(indent: indent + 1, column: innerColumn) }.joined()
            return open + body + "\n" + String(repeating: Code.indentUnit, count: indent) + close
        case let .multiline(open, lines, close):
            let prefix = String(repeating: Code.indentUnit, count: indent + 1)
            return open + lines.map { "\n" + ($0.isEmpty ? "" : prefix + $0) }.joined() + "\n" + prefix + close
        case let .chain(head, body, modifiers):
            var result = head.render(indent: indent, column: column)
            // Modifiers after a closure line up with its head; after a bare head, one level deeper.
            let modifierIndent = body.isEmpty ? indent + 1 : indent
            if !body.isEmpty {
                result += " {" + body.map { inner + $0.render(indent: indent + 1, column: innerColumn) }.joined()
                result += "\n" + String(repeating: Code.indentUnit, count: indent) + "}"
            }
            let lineStart = "\n" + String(repeating: Code.indentUnit, count: modifierIndent)
            let startColumn = modifierIndent * Code.indentUnit.count
            var current = Code.lastLineWidth(result, startingAt: column)
            var breakNext = !body.isEmpty
            for modifier in modifiers {
                if !breakNext, let flat = modifier.flat, current + flat.count <= Code.width {
                    result += flat
                    current += flat.count
                    continue
                }
                let piece = modifier.render(indent: modifierIndent, column: startColumn)
                result += lineStart + piece
                breakNext = piece.contains("\n")
                current = Code.lastLineWidth(piece, startingAt: startColumn)
            }
            return result
        }
    }

    /// The width of the last line of `text`, which starts at `column` when it is all on one line.
    static func lastLineWidth(_ text: String, startingAt column: Int) -> Int {
        guard let newline = text.lastIndex(of: "\n") else { return column + text.count }
        return text.distance(from: text.index(after: newline), to: text.endIndex)
    }
}
