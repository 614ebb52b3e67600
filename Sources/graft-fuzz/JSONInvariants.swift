import GraftFuzzing
import GraftJSON

/// The JSON parser refuses with a `JSONError` that names a line and column, or reads a value that
/// the writer writes back, in every style, to text that parses to the same value; writing is
/// stable (the same text a second time).
func checkJSON(_ input: [UInt8]) -> FuzzVerdict {
    let value: JSON
    do {
        value = try JSONParser.parse(input)
    } catch let error as JSONError {
        return error.description.isEmpty ? .violated("a JSONError with an empty description") : .rejected
    } catch {
        return .violated("the parser threw \(type(of: error)), not a JSONError: \(error)")
    }
    for style in [JSONWriter.Style.compact, .grafana] {
        let text = value.formatted(style)
        guard let again = try? JSONParser.parse(text) else { return .violated("the \(style) text does not parse: \(text)") }
        guard again == value else { return .violated("the \(style) text parses to another value: \(text)") }
        guard again.formatted(style) == text else { return .violated("writing in \(style) is not stable: \(text)") }
    }
    return .accepted
}
