/// A use of a dashboard variable in text, in any of Grafana's syntaxes: `$name`, `${name}`,
/// `${name:format}`, `${name.field}`, `[[name]]`, `[[name:format]]`.
public struct VariableReference: Sendable, Hashable {
    /// The variable's name (`gateway`, `__rate_interval`).
    public var name: String
    /// Where the reference starts, in characters.
    public var offset: Int
    /// How many characters it takes.
    public var length: Int

    /// Whether it names one of Grafana's own variables (`$__rate_interval`, `$__from`...) rather than the dashboard's.
    public var isBuiltIn: Bool { VariableReference.builtIns.contains(name) }

    /// Grafana's global variables and macros, which no dashboard defines.
    public static let builtIns: Set<String> = [
        "__interval", "__interval_ms", "__rate_interval", "__rate_interval_ms", "__range", "__range_s", "__range_ms",
        "__from", "__to", "__dashboard", "__name", "__org", "__user", "__timezone", "__url", "__url_time_range",
        "__all_variables", "__timeFilter", "timeFilter", "__auto", "__data", "__field", "__series", "__value", "__cell",
        "__value_raw",
    ]

    /// Every reference in `text`, in order, as Grafana's template engine finds them. Names made only of
    /// digits (`$1` in a `label_replace` replacement) are regex group references, not variables.
    public static func all(in text: String) -> [VariableReference] {
        let characters = Array(text)
        var references: [VariableReference] = []
        var index = 0
        while index < characters.count {
            if let reference = reference(in: characters, at: index) {
                references.append(reference)
                index = reference.offset + reference.length
            } else {
                index += 1
            }
        }
        return references
    }

    /// The reference that starts at `index` of `characters`, if one does.
    static func reference(in characters: [Character], at index: Int) -> VariableReference? {
        func isWord(_ c: Character) -> Bool { c == "_" || (c.isASCII && (c.isLetter || c.isNumber)) }
        func word(from start: Int) -> Int {
            var end = start
            while end < characters.count, isWord(characters[end]) { end += 1 }
            return end
        }
        var found: (name: String, end: Int)?
        if characters[index] == "$", index + 1 < characters.count {
            if characters[index + 1] == "{" {
                let end = word(from: index + 2)
                if end > index + 2, let close = characters[end...].firstIndex(of: "}"),
                   end == close || characters[end] == ":" || characters[end] == "." {
                    found = (String(characters[(index + 2)..<end]), close + 1)
                }
            } else {
                let end = word(from: index + 1)
                if end > index + 1 { found = (String(characters[(index + 1)..<end]), end) }
            }
        } else if characters[index] == "[", index + 1 < characters.count, characters[index + 1] == "[" {
            let end = word(from: index + 2)
            if end > index + 2, end < characters.count {
                var close = end
                if characters[end] == ":" { close = word(from: end + 1) }
                if close + 1 < characters.count, characters[close] == "]", characters[close + 1] == "]" {
                    found = (String(characters[(index + 2)..<end]), close + 2)
                }
            }
        }
        guard let found, !found.name.allSatisfy(\.isNumber) else { return nil }
        return VariableReference(name: found.name, offset: index, length: found.end - index)
    }

    /// `text` with each reference replaced by what `replacement` gives for it (`nil` keeps it as written);
    /// `replacement` also gets the text's characters, to look around the reference.
    public static func substitute(in text: String, _ replacement: (VariableReference, [Character]) -> String?) -> String {
        let references = all(in: text)
        guard !references.isEmpty else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        for reference in references {
            let end = reference.offset + reference.length
            result += String(characters[index..<reference.offset])
            result += replacement(reference, characters) ?? String(characters[reference.offset..<end])
            index = end
        }
        return result + String(characters[index...])
    }
}
