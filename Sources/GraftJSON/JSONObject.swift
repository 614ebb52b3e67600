/// A JSON object: members in the order they were read or added, keys unique.
public struct JSONObject: Sendable, Hashable {
    /// One `"key": value` member.
    public struct Member: Sendable, Hashable {
        /// The member's key.
        public var key: String
        /// The member's value.
        public var value: JSON
        /// A member from a key and a value.
        public init(_ key: String, _ value: JSON) {
            self.key = key
            self.value = value
        }
    }

    /// The members, in order.
    public private(set) var members: [Member]
    /// Whether the members are known to be in Grafana's key order, so writing need not sort them
    /// (when not, they may still be).
    private(set) var isSorted: Bool

    /// An empty object.
    public init() {
        members = []
        isSorted = true
    }

    /// An object from key-value pairs; a repeated key keeps its first place and its last value.
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, JSON) { self.init(Array(pairs)) }

    /// An object from key-value pairs; a repeated key keeps its first place and its last value.
    public init(_ pairs: [(String, JSON)]) {
        var members: [Member] = []
        members.reserveCapacity(pairs.underestimatedCount)
        for (key, value) in pairs {
            if let index = members.firstIndex(where: { $0.key == key }) { members[index].value = value } else { members.append(Member(key, value)) }
        }
        self.members = members
        // Known sorted or not once, rather than after every member.
        isSorted = JSONKeyOrder.isSorted(members)
    }

    /// An object from members whose keys are known to be unique (checked in debug builds only).
    public init(uniqueMembers: [Member]) {
        assert(Set(uniqueMembers.map(\.key)).count == uniqueMembers.count, "duplicate keys")
        members = uniqueMembers
        isSorted = JSONKeyOrder.isSorted(uniqueMembers)
    }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }
    /// How many members the object has.
    public var count: Int { members.count }
    /// The keys, in order.
    public var keys: [String] { members.map(\.key) }

    /// The value for `key`; setting `nil` removes the member, setting a new key appends it.
    public subscript(key: String) -> JSON? {
        get {
            for member in members where member.key == key { return member.value }
            return nil
        }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                if isSorted, let last = members.last { isSorted = JSONKeyOrder.precedes(last.key, key) }
                members.append(Member(key, newValue))
            }
        }
    }

    /// Sets the value at a dotted path (`legend.placement`), creating objects on the way. A new key
    /// goes to its sorted place when the object is sorted, so that it stays sorted.
    public mutating func setValue(_ value: JSON?, atPath path: String) {
        guard let dot = JSONObject.firstDot(in: path) else {
            setSorted(path, value)
            return
        }
        let key = String(path[..<dot]), rest = String(path[path.utf8.index(after: dot)...])
        updateObject(key) { $0.setValue(value, atPath: rest) }
    }

    /// Where the first `.` of a path is (a byte scan: most paths have none).
    private static func firstDot(in path: String) -> String.Index? {
        var bytes = path
        let offset = bytes.withUTF8 { $0.firstIndex(of: UInt8(ascii: ".")) }
        return offset.map { path.utf8.index(path.utf8.startIndex, offsetBy: $0) }
    }

    /// Changes the object member `key` in place (creating it, at its sorted place when this object is
    /// sorted); a member that is not an object is replaced by one.
    public mutating func updateObject(_ key: String, _ change: (inout JSONObject) -> Void) {
        if let index = members.firstIndex(where: { $0.key == key }) {
            var child = JSONObject()
            if case .object(let object) = members[index].value { child = object }
            members[index].value = .null  // so that `child` is the only reference and changes in place
            change(&child)
            members[index].value = .object(child)
        } else {
            var child = JSONObject()
            change(&child)
            setSorted(key, .object(child))
        }
    }

    private mutating func setSorted(_ key: String, _ value: JSON?) {
        // An existing key is found by equality alone, which is cheaper than the key order, and once.
        if let index = members.firstIndex(where: { $0.key == key }) {
            if let value { members[index].value = value } else { members.remove(at: index) }
            return
        }
        guard let value else { return }
        guard isSorted else { return members.append(Member(key, value)) }
        let index = members.firstIndex { JSONKeyOrder.precedes(key, $0.key) } ?? members.endIndex
        members.insert(Member(key, value), at: index)
    }

    /// Removes and returns the value for `key`.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSON? {
        guard let index = members.firstIndex(where: { $0.key == key }) else { return nil }
        return members.remove(at: index).value
    }

    /// The members in the order Grafana writes them: see `JSONKeyOrder`.
    public var sortedMembers: [Member] {
        isSorted || JSONKeyOrder.isSorted(members) ? members : members.sorted { JSONKeyOrder.precedes($0.key, $1.key) }
    }

    /// Objects are equal when they have the same members, in any order (as JSON defines it).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        for member in lhs.members where rhs[member.key] != member.value { return false }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent, to agree with `==`.
        var combined = 0
        for member in members {
            var h = Hasher()
            h.combine(member.key)
            h.combine(member.value)
            combined ^= h.finalize()
        }
        hasher.combine(members.count)
        hasher.combine(combined)
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// An object from a literal; like a `Dictionary` literal, a repeated key is a programming error.
    public init(dictionaryLiteral elements: (String, JSON)...) { self.init(literal: elements) }

    /// The members of a literal, in order.
    init(literal elements: [(String, JSON)]) {
        members = elements.map { Member($0.0, $0.1) }
        isSorted = JSONKeyOrder.isSorted(members)
        guard !isSorted else { return }  // keys in strictly increasing order are unique
        for (index, member) in members.enumerated() {
            precondition(!members[..<index].contains { $0.key == member.key }, "JSON object literal with duplicate key \"\(member.key)\"")
        }
    }
}

extension JSONObject: Sequence {
    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }
}
