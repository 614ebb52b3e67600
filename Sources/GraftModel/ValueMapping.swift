import GraftJSON

/// A value mapping: turns matching values into text, a colour or an icon.
public enum ValueMapping: Sendable, Hashable, JSONCodable {
    /// Exact values, each with its result, in order.
    case value([ValueMatch])
    /// Values in `from...to` (an open end is `nil`).
    case range(from: Double?, to: Double?, result: MappingResult)
    /// Text matching a regular expression.
    case regex(pattern: String, result: MappingResult)
    /// `null`, NaN, true, false, empty...
    case special(match: SpecialMatch, result: MappingResult)
    /// A mapping of a shape Graft does not model, kept as it was read.
    case other(JSONObject)

    /// One exact value and what it maps to.
    public struct ValueMatch: Sendable, Hashable {
        /// The value, as text (`"0"`, `"up"`).
        public var value: String
        /// What it shows as.
        public var result: MappingResult
        /// A value and its result.
        public init(_ value: String, _ result: MappingResult) {
            self.value = value
            self.result = result
        }
    }

    /// What a special mapping matches.
    public struct SpecialMatch: StringConstant {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        /// `null` values.
        public static let null: SpecialMatch = "null"
        /// NaN.
        public static let nan: SpecialMatch = "nan"
        /// `null` or NaN.
        public static let nullOrNaN: SpecialMatch = "null+nan"
        /// `true`.
        public static let `true`: SpecialMatch = "true"
        /// `false`.
        public static let `false`: SpecialMatch = "false"
        /// The empty string.
        public static let empty: SpecialMatch = "empty"
    }

    public init(json: JSON, at path: JSONPath) throws {
        guard case .object(let object) = json else {
            throw JSONError.typeMismatch(path: path, expected: "a value mapping object", found: json.kindDescription)
        }
        self = ValueMapping.typed(object, at: path) ?? .other(object)
    }

    /// The typed form, when the object has exactly the members that form models.
    private static func typed(_ object: JSONObject, at path: JSONPath) -> ValueMapping? {
        guard object.count == 2, let type = object["type"]?.stringValue, let options = object["options"]?.objectValue else { return nil }
        let optionsPath = path.appending("options")
        func result(_ json: JSON?) -> MappingResult? {
            json.flatMap { try? MappingResult(json: $0, at: optionsPath) }.flatMap { $0.unmodeled.isEmpty ? $0 : nil }
        }
        func number(_ json: JSON?) -> Double?? {
            switch json {
            case .null?: return .some(nil)
            case .number(let n)?: return .some(n.doubleValue)
            default: return nil
            }
        }
        switch type {
        case "value":
            var matches: [ValueMatch] = []
            for member in options.members {
                guard let r = result(member.value) else { return nil }
                matches.append(ValueMatch(member.key, r))
            }
            return .value(matches)
        case "range":
            guard options.count == 3, let from = number(options["from"]), let to = number(options["to"]),
                  let r = result(options["result"]) else { return nil }
            return .range(from: from, to: to, result: r)
        case "regex":
            guard options.count == 2, let pattern = options["pattern"]?.stringValue, let r = result(options["result"]) else { return nil }
            return .regex(pattern: pattern, result: r)
        case "special":
            guard options.count == 2, let match = options["match"]?.stringValue, let r = result(options["result"]) else { return nil }
            return .special(match: SpecialMatch(match), result: r)
        default:
            return nil
        }
    }

    public func write(to writer: inout JSONWriter) {
        if case .other(let object) = self {
            writer.value(.object(object))
            return
        }
        writer.beginObject()
        writer.key("options")
        writer.beginObject()
        switch self {
        case .value(let matches):
            for match in matches.sorted(by: { JSONKeyOrder.precedes($0.value, $1.value) }) {
                writer.key(match.value)
                match.result.write(to: &writer)
            }
        case let .range(from, to, result):
            writer.key("from"); writeNumber(from, to: &writer)
            writer.member("result", result)
            writer.key("to"); writeNumber(to, to: &writer)
        case let .regex(pattern, result):
            writer.member("pattern", pattern)
            writer.member("result", result)
        case let .special(match, result):
            writer.member("match", match)
            writer.member("result", result)
        case .other:
            break
        }
        writer.endObject()
        writer.key("type")
        switch self {
        case .value: writer.value("value")
        case .range: writer.value("range")
        case .regex: writer.value("regex")
        case .special: writer.value("special")
        case .other: break
        }
        writer.endObject()
    }

    private func writeNumber(_ value: Double?, to writer: inout JSONWriter) {
        if let value { writer.value(value) } else { writer.null() }
    }
}

/// What a mapped value shows as.
public struct MappingResult: Sendable, JSONModel {
    /// The text shown instead of the value.
    public var text: String?
    /// The colour it is shown in.
    public var color: Color?
    /// An icon path.
    public var icon: String?
    /// The mapping's place in Grafana's editor list.
    public var index: Int?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// A result with text, colour, icon and editor index.
    public init(text: String? = nil, color: Color? = nil, icon: String? = nil, index: Int? = nil) {
        self.text = text
        self.color = color
        self.icon = icon
        self.index = index
        unmodeled = JSONObject()
    }

    public static let jsonDescription = "a mapping result object"
    public static var unread: MappingResult { MappingResult() }

    public func fields(_ v: inout some FieldVisitor<MappingResult>) {
        field("color", \.color, in: &v)
        field("icon", \.icon, in: &v)
        field("index", \.index, in: &v)
        field("text", \.text, in: &v)
    }
}
