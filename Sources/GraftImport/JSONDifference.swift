import GraftJSON

/// The first place two JSON documents differ, for an error message.
enum JSONDifference {
    /// The path of the first difference between `found` and `wanted` (paths start at `root`), and
    /// what each has there; `nil` when they are equal JSON.
    static func first(_ found: JSON, _ wanted: JSON, at root: JSONPath) -> (path: JSONPath, description: String)? {
        switch (found, wanted) {
        case let (.object(a), .object(b)):
            for member in b.members {
                guard let other = a[member.key] else { return (root.appending(member.key), "nothing where the file has \(summary(member.value))") }
                if let difference = first(other, member.value, at: root.appending(member.key)) { return difference }
            }
            for member in a.members where b[member.key] == nil {
                return (root.appending(member.key), "\(summary(member.value)) where the file has nothing")
            }
            return nil
        case let (.array(a), .array(b)):
            for (index, pair) in zip(a, b).enumerated() {
                if let difference = first(pair.0, pair.1, at: root.appending(index)) { return difference }
            }
            guard a.count == b.count else { return (root, "\(a.count) elements where the file has \(b.count)") }
            return nil
        default:
            return found == wanted ? nil : (root, "\(summary(found)) where the file has \(summary(wanted))")
        }
    }

    /// A value in a few words: itself when short, its kind otherwise.
    private static func summary(_ value: JSON) -> String {
        let text = value.formatted(.compact)
        return text.count <= 60 ? text : value.kindDescription
    }
}
