/// Where a value sits in a JSON document, written as `$.panels[3].gridPos`, for error messages.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step down into a document.
    public enum Component: Sendable, Hashable {
        /// An object member.
        case key(String)
        /// An array element.
        case index(Int)
    }

    /// The steps from the document's root.
    public private(set) var components: [Component]

    /// The document's root, `$`.
    public static let root = JSONPath(components: [])

    /// A path from its steps.
    public init(components: [Component]) { self.components = components }

    /// The path of member `key` of the value here.
    public func appending(_ key: String) -> JSONPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    /// The path of element `index` of the array here.
    public func appending(_ index: Int) -> JSONPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .index(let index): text += "[\(index)]"
            case .key(let key):
                if !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    text += "." + key
                } else {
                    text += "[\"" + key.replacingAll("\"", with: "\\\"") + "\"]"
                }
            }
        }
        return text
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
