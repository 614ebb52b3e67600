/// Swift identifiers and file stems made from titles, labels and file names.
enum SwiftName {
    /// The ASCII words of `text`: runs of letters and digits, split where a lower-case letter meets an upper-case one.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for scalar in text.unicodeScalars {
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isDigit = ("0"..."9").contains(scalar)
            guard isLetter || isDigit else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousLower = false
                continue
            }
            let isUpper = ("A"..."Z").contains(scalar)
            if isUpper, previousLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.unicodeScalars.append(scalar)
            previousLower = !isUpper
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `higressAI` from "Higress AI": the first word lower-cased (whole when it is an acronym),
    /// the others capitalised; `fallback` when there are no ASCII words; never a keyword, never
    /// starting with a digit.
    static func lowerCamel(_ text: String, fallback: String) -> String {
        let words = words(text)
        guard let first = words.first else { return fallback }
        let head = first.allSatisfy({ $0.isUppercase || $0.isNumber }) ? first.lowercased() : first.prefix(1).lowercased() + first.dropFirst()
        var name = head + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if name.first?.isNumber ?? true { name = fallback + name.prefix(1).uppercased() + name.dropFirst() }
        return keywords.contains(name) ? name + "Value" : name
    }

    /// `HigressAI` from "higressAI".
    static func upperFirst(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }

    /// A Kubernetes-style name: lower-case ASCII letters, digits and single `-`, at most `limit`
    /// characters, starting and ending with a letter or digit; empty when `text` has no ASCII words.
    static func stem(_ text: String, limit: Int = 45) -> String {
        var stem = words(text).map { $0.lowercased() }.joined(separator: "-")
        if stem.count > limit { stem = String(stem.prefix(limit)) }
        while stem.hasSuffix("-") { stem.removeLast() }
        return stem
    }

    /// Whether `stem` is what `stem(_:)` makes: a DNS label of at most 45 characters.
    static func isStem(_ stem: String) -> Bool {
        !stem.isEmpty && stem.count <= 45 && stem.first != "-" && stem.last != "-"
            && stem.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Swift's reserved words, which an identifier must not be.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal",
        "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript",
        "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard",
        "if", "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self",
        "Self", "super", "throws", "true", "try", "some", "any", "consume", "borrowing", "consuming",
    ]
}
