import GraftJSON

/// Why a dashboard file could not be imported: the file, where in it (a JSON path), and what is wrong.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, as it was named on the command line.
    public var file: String
    /// Where in the file, when the problem is at one place (`$.panels[3].gridPos`).
    public var path: JSONPath?
    /// What is wrong, and what was expected.
    public var message: String

    /// `file: $.path: message`.
    public var description: String { file + ": " + (path.map { "\($0): " } ?? "") + message }
}

extension ImportError {
    /// The error a model reader reported, for `file`.
    init(file: String, _ error: JSONError) {
        switch error {
        case let .syntax(message, line, column, path):
            self.init(file: file, path: path, message: "not JSON: line \(line), column \(column): \(message)")
        case let .typeMismatch(path, expected, found):
            self.init(file: file, path: path, message: "expected \(expected), found \(found)")
        case let .missingKey(path, key, expected):
            self.init(file: file, path: path, message: "missing \"\(key)\" (\(expected))")
        case let .invalidValue(path, message):
            self.init(file: file, path: path, message: message)
        }
    }
}
