/// The members an object must be given to become another: each as a dotted path (`legend.calcs`)
/// and the value to set there, numbers compared by their text. Members to remove are not listed:
/// whoever applies the changes removes them.
public struct JSONChanges: Sendable {
    /// One value to set, at a path of keys.
    public struct Change: Sendable {
        /// The keys from the object down.
        public var path: [String]
        /// The value.
        public var value: JSON
        /// The keys joined with dots, as path modifiers take them.
        public var dotted: String { path.joined(separator: ".") }
    }

    /// The changes, in the target's member order.
    public private(set) var changes: [Change] = []

    /// What turns `current` (absent: empty) into `target`, leaving removals aside. A nested object
    /// is followed down only when it keeps every key it has, so that setting its parts cannot leave
    /// a member that must go; otherwise it is set whole. A key holding a dot cannot be part of a
    /// dotted path, so its nearest dot-free ancestor is set whole (or, at the top, nothing is: it is
    /// left to whoever removes members).
    /// An object that `current` lacks is set whole, except at the top-level keys in `splitting`
    /// (`legend`, whose parts modifiers set one by one), which are set member by member.
    public init(from current: JSONObject?, to target: JSONObject, splitting: Set<String> = []) {
        rootTarget = target
        self.splitting = splitting
        collect(current, target, prefix: [])
    }

    private let splitting: Set<String>

    private mutating func collect(_ current: JSONObject?, _ target: JSONObject, prefix: [String]) {
        for member in target.members {
            let existing = current?[member.key]
            if JSONExactness.same(existing, member.value) { continue }
            let path = prefix + [member.key]
            if member.key.contains(".") || member.key.isEmpty {
                if let top = prefix.first, !changes.contains(where: { $0.path == [top] }) {
                    changes.removeAll { $0.path.first == top }
                    changes.append(Change(path: [top], value: rootValue(top)))
                }
                continue
            }
            if case .object(let old)? = existing, case .object(let new) = member.value, !new.isEmpty,
               old.keys.allSatisfy({ new[$0] != nil }) {
                collect(old, new, prefix: path)
            } else if existing == nil, prefix.isEmpty, splitting.contains(member.key), case .object(let new) = member.value, !new.isEmpty {
                collect(nil, new, prefix: path)
            } else {
                changes.append(Change(path: path, value: member.value))
            }
        }
    }

    /// The target, for the whole values of its top-level keys.
    private let rootTarget: JSONObject
    private func rootValue(_ key: String) -> JSON { rootTarget[key] ?? .null }

    /// Removes and returns the change at `path` (dotted), if there is one.
    public mutating func take(_ path: String) -> JSON? {
        guard let index = changes.firstIndex(where: { $0.dotted == path }) else { return nil }
        return changes.remove(at: index).value
    }

    /// Whether a change is pending at `path` (dotted).
    public func has(_ path: String) -> Bool { changes.contains { $0.dotted == path } }

    /// The value a pending change sets at `path` (dotted).
    public func value(at path: String) -> JSON? { changes.first { $0.dotted == path }?.value }

    /// Removes and returns every remaining change.
    public mutating func takeAll() -> [Change] {
        defer { changes = [] }
        return changes
    }
}
