import GraftFuzzing
import GraftPromQL

/// The PromQL reader refuses with an error at a character inside the expression (or just past
/// it), or reads an expression whose selectors have matchers with one of PromQL's four operators;
/// reading is deterministic.
func checkPromQL(_ input: [UInt8]) -> FuzzVerdict {
    let text = String(decoding: input, as: UTF8.self)
    let expression: PromQLExpression
    do {
        expression = try PromQLParser.parse(text)
    } catch {
        guard error.offset >= 0, error.offset <= text.count, !error.message.isEmpty else {
            return .violated("an error at character \(error.offset) of \(text.count), saying '\(error.message)'")
        }
        return .rejected
    }
    guard (try? PromQLParser.parse(text)) == expression else { return .violated("reading twice gave two expressions") }
    if let odd = expression.selectors.flatMap(\.matchers).first(where: { !["=", "!=", "=~", "!~"].contains($0.op) }) {
        return .violated("a matcher with the operator '\(odd.op)'")
    }
    return .accepted
}
