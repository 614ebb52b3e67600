import GraftJSON

/// A closed set of values a Higress configuration takes (`response_body`, `FAIL_OPEN`): written as its
/// raw string, read only from one of its cases, so a typo in a configuration read back is an error that
/// names the value and the choices.
public protocol ConfigEnum: RawRepresentable<String>, CaseIterable, JSONCodable, Hashable {}

extension ConfigEnum {
    /// Reads one of the cases, or fails naming the value and the choices.
    public init(json: JSON, at path: JSONPath) throws {
        let text = try String(json: json, at: path)
        guard let value = Self(rawValue: text) else {
            let choices = Self.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw JSONError.typeMismatch(path: path, expected: "one of \(choices)", found: "\"\(text)\"")
        }
        self = value
    }

    /// Writes the raw string.
    public func write(to writer: inout JSONWriter) { writer.value(rawValue) }
}
