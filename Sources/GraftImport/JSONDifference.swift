import GraftJSON

extension JSONDifference {
    /// The path of the first difference between `found` and `wanted` (paths start at `root`), and
    /// what each has there in an error message's words; `nil` when they are equal JSON.
    static func first(_ found: JSON, _ wanted: JSON, at root: JSONPath) -> (path: JSONPath, description: String)? {
        guard let difference = JSONDifference(found, wanted, at: root) else { return nil }
        if case .array(let a)? = difference.found, case .array(let b)? = difference.wanted {
            return (difference.path, "\(a.count) elements where the file has \(b.count)")
        }
        return (difference.path, "\(words(difference.found)) where the file has \(words(difference.wanted))")
    }

    /// A value in a few words: itself when short, its kind otherwise; "nothing" for no value.
    private static func words(_ value: JSON?) -> String {
        guard let value else { return "nothing" }
        let text = value.formatted(.compact)
        return text.count <= 60 ? text : value.kindDescription
    }
}
