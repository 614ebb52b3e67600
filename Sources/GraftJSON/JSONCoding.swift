/// A value that can be read from JSON, naming the path of whatever does not fit.
public protocol JSONReadable: Sendable {
    /// Reads the value at `path`.
    init(json: JSON, at path: JSONPath) throws
}

/// A value that writes itself as JSON.
public protocol JSONWritable: Sendable {
    /// Writes the value at the writer's position.
    func write(to writer: inout JSONWriter)
}

/// A value that is both read from and written to JSON.
public typealias JSONCodable = JSONReadable & JSONWritable

extension JSONWritable {
    /// The value as text in Grafana's export format.
    public func jsonText(_ style: JSONWriter.Style = .grafana) -> String {
        var writer = JSONWriter(style: style)
        write(to: &writer)
        return writer.text
    }

    /// The value as a `JSON` tree (for comparisons and diffs; rendering writes bytes directly).
    public var jsonValue: JSON {
        var writer = JSONWriter(style: .compact)
        write(to: &writer)
        // The writer's output is valid JSON by construction.
        return (try? JSONParser.parse(writer.bytes)) ?? .null
    }
}

/// A member that is either JSON `null` or a value: for keys Grafana writes as `null` on purpose
/// (a dashboard's `"id": null`, the base threshold step's `"value": null`).
public enum Nullable<Wrapped: Sendable & Hashable>: Sendable, Hashable {
    /// `null`.
    case null
    /// A value.
    case value(Wrapped)

    /// The value, or `nil` for `null`.
    public var wrapped: Wrapped? { if case .value(let v) = self { return v } else { return nil } }
}

extension Nullable: JSONReadable where Wrapped: JSONReadable {
    public init(json: JSON, at path: JSONPath) throws {
        self = json.isNull ? .null : .value(try Wrapped(json: json, at: path))
    }
}

extension Nullable: JSONWritable where Wrapped: JSONWritable {
    @inlinable
    public func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.null()
        case .value(let value): value.write(to: &writer)
        }
    }
}

extension String: JSONCodable {
    public init(json: JSON, at path: JSONPath) throws {
        guard case .string(let value) = json else { throw JSONError.typeMismatch(path: path, expected: "a string", found: json.kindDescription) }
        self = value
    }
    @inlinable public func write(to writer: inout JSONWriter) { writer.value(self) }
}

extension Bool: JSONCodable {
    public init(json: JSON, at path: JSONPath) throws {
        guard case .bool(let value) = json else { throw JSONError.typeMismatch(path: path, expected: "a boolean", found: json.kindDescription) }
        self = value
    }
    @inlinable public func write(to writer: inout JSONWriter) { writer.value(self) }
}

extension Int: JSONCodable {
    public init(json: JSON, at path: JSONPath) throws {
        guard case .number(let number) = json, let value = number.intValue else {
            throw JSONError.typeMismatch(path: path, expected: "an integer", found: json.kindDescription)
        }
        self = value
    }
    @inlinable public func write(to writer: inout JSONWriter) { writer.value(self) }
}

extension Double: JSONCodable {
    public init(json: JSON, at path: JSONPath) throws {
        guard case .number(let number) = json else { throw JSONError.typeMismatch(path: path, expected: "a number", found: json.kindDescription) }
        self = number.doubleValue
    }
    public func write(to writer: inout JSONWriter) { writer.value(self) }
}

extension JSON: JSONCodable {
    public init(json: JSON, at path: JSONPath) throws { self = json }
    public func write(to writer: inout JSONWriter) { writer.value(self) }
}

extension JSONObject: JSONCodable {
    public init(json: JSON, at path: JSONPath) throws {
        guard case .object(let object) = json else { throw JSONError.typeMismatch(path: path, expected: "an object", found: json.kindDescription) }
        self = object
    }
    public func write(to writer: inout JSONWriter) { writer.writeInKeyOrder(self) }
}

extension Array: JSONReadable where Element: JSONReadable {
    public init(json: JSON, at path: JSONPath) throws {
        guard case .array(let elements) = json else { throw JSONError.typeMismatch(path: path, expected: "an array", found: json.kindDescription) }
        self = []
        reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() { append(try Element(json: element, at: path.appending(index))) }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    @inlinable
    public func write(to writer: inout JSONWriter) {
        writer.beginArray()
        // Read in place: an element copied out of the array (a panel, a query) costs a reference
        // count for every string and array inside it.
        withUnsafeBufferPointer { elements in
            for index in elements.indices {
                writer.element()
                elements[index].write(to: &writer)
            }
        }
        writer.endArray()
    }
}

extension JSONWriter {
    /// Writes `"key": value`.
    @inlinable
    public mutating func member<Value: JSONWritable>(_ key: StaticString, _ value: Value) {
        self.key(key)
        value.write(to: &self)
    }

    /// Writes `"key": value` when there is a value; nothing when it is `nil`.
    @inlinable
    public mutating func member<Value: JSONWritable>(_ key: StaticString, _ value: Value?) {
        guard let value else { return }
        self.key(key)
        value.write(to: &self)
    }
}

/// Takes a JSON object apart member by member; what no one takes is kept as the unmodeled rest.
public struct JSONObjectReader: Sendable {
    /// Where the object is.
    public let path: JSONPath
    /// The members not taken yet, in their original order.
    public private(set) var rest: JSONObject

    /// A reader over `json`, which must be an object (`what` names it in the error: "a panel").
    public init(_ json: JSON, at path: JSONPath, what: String = "an object") throws {
        guard case .object(let object) = json else { throw JSONError.typeMismatch(path: path, expected: what, found: json.kindDescription) }
        self.path = path
        rest = object
    }

    /// Takes member `key` when it holds a `T`. A member that is `null` or of another type stays in
    /// the rest, so it is written back as it was; errors deeper inside the value are thrown.
    public mutating func take<T: JSONReadable>(_ key: String, as type: T.Type = T.self) throws -> T? {
        guard let json = rest[key], !json.isNull || T.self == JSON.self else { return nil }
        let memberPath = path.appending(key)
        do {
            let value = try T(json: json, at: memberPath)
            rest.removeValue(forKey: key)
            return value
        } catch JSONError.typeMismatch(let errorPath, _, _) where errorPath == memberPath {
            return nil
        }
    }

    /// Takes member `key`, which must hold a `T` when present.
    public mutating func strictTake<T: JSONReadable>(_ key: String, as type: T.Type = T.self) throws -> T? {
        guard let json = rest.removeValue(forKey: key) else { return nil }
        return try T(json: json, at: path.appending(key))
    }

    /// Takes member `key`, which must be present and hold a `T` (`what` says what it is for).
    public mutating func require<T: JSONReadable>(_ key: String, as type: T.Type = T.self, what: String) throws -> T {
        guard let value = try strictTake(key, as: T.self) else { throw JSONError.missingKey(path: path, key: key, expected: what) }
        return value
    }
}

/// An open set of string values with named constants (units, colours, modes): any string reads,
/// the known ones have names, and the JSON is the plain string.
public protocol StringConstant: RawRepresentable, JSONCodable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible
where RawValue == String {
    /// A value from its string.
    init(_ rawValue: String)
}

extension StringConstant {
    public init(rawValue: String) { self.init(rawValue) }
    public init(stringLiteral value: String) { self.init(value) }
    public var description: String { rawValue }
    public init(json: JSON, at path: JSONPath) throws { self.init(try String(json: json, at: path)) }
    @inlinable public func write(to writer: inout JSONWriter) { writer.value(rawValue) }
}
