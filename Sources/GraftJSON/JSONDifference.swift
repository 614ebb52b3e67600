/// The first place two JSON values differ, and what each holds there.
public struct JSONDifference: Sendable, Hashable {
    /// Where they differ.
    public var path: JSONPath
    /// What the first value holds there; `nil` when it has nothing there.
    public var found: JSON?
    /// What the second value holds there; `nil` when it has nothing there.
    public var wanted: JSON?

    /// The first difference between `found` and `wanted` (paths start at `root`): members in
    /// `wanted`'s order, then those only `found` has; elements in order, then the counts (both
    /// arrays, at the arrays' path). `nil` when they are equal JSON.
    public init?(_ found: JSON, _ wanted: JSON, at root: JSONPath = .root) {
        guard let difference = JSONDifference.first(found, wanted, at: root) else { return nil }
        self = difference
    }

    private init(path: JSONPath, found: JSON?, wanted: JSON?) {
        self.path = path
        self.found = found
        self.wanted = wanted
    }

    private static func first(_ found: JSON, _ wanted: JSON, at root: JSONPath) -> JSONDifference? {
        switch (found, wanted) {
        case let (.object(a), .object(b)):
            for member in b.members {
                let path = root.appending(member.key)
                guard let other = a[member.key] else { return JSONDifference(path: path, found: nil, wanted: member.value) }
                if let difference = first(other, member.value, at: path) { return difference }
            }
            for member in a.members where b[member.key] == nil {
                return JSONDifference(path: root.appending(member.key), found: member.value, wanted: nil)
            }
            return nil
        case let (.array(a), .array(b)):
            for (index, pair) in zip(a, b).enumerated() {
                if let difference = first(pair.0, pair.1, at: root.appending(index)) { return difference }
            }
            return a.count == b.count ? nil : JSONDifference(path: root, found: found, wanted: wanted)
        default:
            return found == wanted ? nil : JSONDifference(path: root, found: found, wanted: wanted)
        }
    }
}
