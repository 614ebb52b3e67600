/// Why a JSON text or value could not be read.
public enum JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not JSON: what was expected, at which line and column, inside which value.
    case syntax(message: String, line: Int, column: Int, path: JSONPath)
    /// The value at `path` is not of the type a model expects there.
    case typeMismatch(path: JSONPath, expected: String, found: String)
    /// A member a model needs is absent.
    case missingKey(path: JSONPath, key: String, expected: String)
    /// A value has the right type but a value the model cannot accept.
    case invalidValue(path: JSONPath, message: String)

    public var description: String {
        switch self {
        case let .syntax(message, line, column, path):
            return "line \(line), column \(column) (at \(path)): \(message)"
        case let .typeMismatch(path, expected, found):
            return "\(path): expected \(expected), found \(found)"
        case let .missingKey(path, key, expected):
            return "\(path): missing \"\(key)\" (\(expected))"
        case let .invalidValue(path, message):
            return "\(path): \(message)"
        }
    }
}
