import GraftJSON
import GraftModel

/// Add field from calculation: a new field computed from each row (`calculateField`).
///
/// Grafana's default options are `mode: reduceRow` with `reduce: {reducer: sum}`, and its editor
/// saves them merged with each edit: every saved calculation has `mode`, and `reduce` even when the
/// mode is another one.
public struct CalculateField: TransformationComponent {
    public var transformation: Transformation

    /// Adds the field `calculation` computes, named `alias` (Grafana names it after the calculation
    /// otherwise); `replaceFields` keeps only the new field (and the time).
    public init(_ calculation: Calculation, alias: String? = nil, replaceFields: Bool? = nil) {
        var reduce: JSON = ["reducer": "sum"]
        var modeOptions: (key: String, value: JSON)?
        switch calculation {
        case let .reduceRow(reducer, fields):
            reduce = .members(["include": fields.isEmpty ? nil : .strings(fields), "reducer": .string(reducer.rawValue)])
        case let .binary(left, op, right):
            modeOptions = ("binary", ["left": left.json, "operator": .string(op.rawValue), "right": right.json])
        case let .unary(op, field):
            modeOptions = ("unary", ["fieldName": .string(field), "operator": .string(op.rawValue)])
        case .index(let asPercentile):
            modeOptions = asPercentile.map { ("index", ["asPercentile": .bool($0)]) }
        }
        var options = JSONObject([("mode", JSON.string(calculation.mode)), ("reduce", reduce)])
        if let modeOptions { options[modeOptions.key] = modeOptions.value }
        options["alias"] = alias.map(JSON.string)
        options["replaceFields"] = replaceFields.map(JSON.bool)
        transformation = Transformation(id: .calculateField, options: .object(options))
    }

    /// What the new field is computed from.
    public enum Calculation: Sendable, Hashable {
        /// `reducer` over the row's values of `fields` (every number field when empty).
        case reduceRow(Reducer, fields: [String] = [])
        /// `left operator right`, each a field, every number field or a number.
        case binary(Operand, BinaryOperator, Operand)
        /// `operator(field)`.
        case unary(UnaryOperator, String)
        /// The row's index (0, 1, 2...), or its fraction of the rows when `asPercentile`.
        case index(asPercentile: Bool? = nil)

        /// Grafana's name for the mode.
        var mode: String {
            switch self {
            case .reduceRow: "reduceRow"
            case .binary: "binary"
            case .unary: "unary"
            case .index: "index"
            }
        }
    }

    /// One side of a binary operation.
    public enum Operand: Sendable, Hashable {
        /// The field with this name.
        case field(String)
        /// Every number field, each giving a new field (left side only).
        case allNumberFields
        /// A constant.
        case number(Double)

        /// As Grafana 11.3's editor saves it: a picked field carries an empty `fixed` beside its
        /// matcher; a typed number is text.
        var json: JSON {
            switch self {
            case .field(let name): ["fixed": "", "matcher": ["id": "byName", "options": .string(name)]]
            case .allNumberFields: ["fixed": "", "matcher": ["id": "byType", "options": "number"]]
            case .number(let value): ["fixed": .string(JavaScriptNumber.format(value))]
            }
        }
    }

    /// An arithmetic operator of a binary operation.
    public enum BinaryOperator: String, OptionConstant {
        /// Addition.
        case add = "+"
        /// Subtraction.
        case subtract = "-"
        /// Multiplication.
        case multiply = "*"
        /// Division.
        case divide = "/"
    }

    /// A function of a unary operation.
    public enum UnaryOperator: String, OptionConstant {
        /// The absolute value.
        case abs
        /// e raised to the value.
        case exp
        /// The natural logarithm.
        case ln
        /// Rounded down.
        case floor
        /// Rounded up.
        case ceil
    }
}
