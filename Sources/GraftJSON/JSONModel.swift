/// A model type whose members are declared once, in `fields(_:)`: reading it from JSON, writing it
/// in Grafana's format, and generating Swift for it (`graft import`) all walk that declaration.
///
/// Members are declared in the order Grafana writes them (its key order, `JSONKeyOrder`), so
/// writing never sorts; members the declaration does not name are kept in `unmodeled`:
///
/// ```swift
/// public func fields(_ v: inout some FieldVisitor<Self>) {
///     field("title", \.title, in: &v)
///     required("type", \.type, .fails("the panel's plugin id"), in: &v)
/// }
/// ```
public protocol JSONModel: JSONCodable, Hashable {
    /// What the value is, as errors name it (`a panel object`).
    static var jsonDescription: String { get }
    /// The value reading starts from; every declared member is then read over it.
    static var unread: Self { get }
    /// Declares the members, one `field`, `required` or `wrappedList` call each, in key order.
    func fields(_ visitor: inout some FieldVisitor<Self>)
    /// Members Graft does not model, kept as they were read.
    var unmodeled: JSONObject { get set }
    /// Reads a value: the declared members, then the rest as `unmodeled` (given by default).
    static func read(_ json: JSON, at path: JSONPath) throws -> Self
    /// Writes the value: the declared members, merged with `unmodeled` (given by default).
    func writeFields(to writer: inout JSONWriter)
}

/// Walks the members a `JSONModel` declares: each call names a member's key, where it is kept,
/// and its value in the model being walked.
public protocol FieldVisitor<Model> {
    /// The model type whose members are walked.
    associatedtype Model
    /// A member that may be absent (`nil`).
    mutating func field<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Model, Value?> & Sendable,
                                                       _ options: FieldOptions, _ value: Value?)
    /// A member that is always written; when absent, reading fails or takes a default, as `absent` says.
    mutating func required<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Model, Value> & Sendable,
                                                          _ absent: Absent<Value>, _ value: Value)
    /// A `{"list": [...], ...}` wrapper (`annotations`, `templating`): its list, and its other members in `rest`.
    mutating func wrappedList<Element: JSONCodable & Hashable>(_ key: StaticString, _ list: WritableKeyPath<Model, [Element]?> & Sendable,
                                                               rest: WritableKeyPath<Model, JSONObject> & Sendable, _ value: [Element]?,
                                                               _ restValue: JSONObject)
}

/// What reading does when a required member is absent.
public enum Absent<Value: Sendable>: Sendable {
    /// Fails, saying what the member holds ("the panel's plugin id").
    case fails(String)
    /// Takes this value (a present member must still hold the member's type).
    case defaults(Value)
}

/// How a declared member is read, written and set.
public struct FieldOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    @inlinable public init(rawValue: Int) { self.rawValue = rawValue }

    /// A present member must hold the member's type (by default a member of another type, or
    /// `null`, is kept unmodeled and written back as it was read).
    @inlinable public static var strict: FieldOptions { FieldOptions(rawValue: 1 << 0) }
    /// The DSL sets the member with a modifier named after its key that takes its value
    /// (`.maxDataPoints(100)`), and `graft import` writes that modifier.
    @inlinable public static var modifier: FieldOptions { FieldOptions(rawValue: 1 << 1) }
    /// An object whose entries are objects written in the order they were read (`__elements`).
    @inlinable public static var entriesInOrder: FieldOptions { FieldOptions(rawValue: 1 << 2) }
}

extension JSONModel {
    /// Declares a member that may be absent. (No options is `FieldOptions()`, not `[]`: an empty
    /// array literal would build and free an empty array for every member written.)
    @inlinable @inline(__always)
    public func field<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Self, Value?> & Sendable, _ options: FieldOptions = FieldOptions(),
                                                     in visitor: inout some FieldVisitor<Self>) {
        visitor.field(key, path, options, self[keyPath: path])
    }

    /// Declares a member that is always written.
    @inlinable @inline(__always)
    public func required<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Self, Value> & Sendable, _ absent: Absent<Value>,
                                                        in visitor: inout some FieldVisitor<Self>) {
        visitor.required(key, path, absent, self[keyPath: path])
    }

    /// Declares a `{"list": [...], ...}` wrapper.
    @inlinable @inline(__always)
    public func wrappedList<Element: JSONCodable & Hashable>(_ key: StaticString, _ list: WritableKeyPath<Self, [Element]?> & Sendable,
                                                             rest: WritableKeyPath<Self, JSONObject> & Sendable, in visitor: inout some FieldVisitor<Self>) {
        visitor.wrappedList(key, list, rest: rest, self[keyPath: list], self[keyPath: rest])
    }

    // Reading and writing are inlinable, as each model's `fields` is: wherever a model is read or
    // written, the member accesses are resolved at compile time and every member is passed where
    // it lies, an array's elements included (an opaque call would need each one copied first).

    @inlinable
    public init(json: JSON, at path: JSONPath) throws { self = try Self.read(json, at: path) }

    @inlinable
    public func write(to writer: inout JSONWriter) { writeFields(to: &writer) }

    @inlinable
    public static func read(_ json: JSON, at path: JSONPath) throws -> Self {
        var reading = ModelReader(model: Self.unread, reader: try JSONObjectReader(json, at: path, what: Self.jsonDescription))
        Self.unread.fields(&reading)
        if let error = reading.missing ?? reading.error { throw error }
        var model = reading.model
        model.unmodeled = reading.reader.rest
        return model
    }

    @inlinable
    public func writeFields(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        // Each member reaches the visitor as it lies in `self`, and the visitor writes through a
        // pointer to the caller's writer, valid for this call only: writing copies nothing.
        withUnsafeMutablePointer(to: &writer) { writer in
            var writing = ModelWriter<Self>(writer: writer)
            fields(&writing)
        }
        writer.endObject()
    }
}

/// Reads each declared member out of a JSON object. The first error stops it, but a required
/// member that is absent is reported before any error inside another member: it says most about
/// what the object is not.
@usableFromInline
struct ModelReader<Model>: FieldVisitor {
    @usableFromInline var model: Model
    @usableFromInline var reader: JSONObjectReader
    @usableFromInline var error: Error?
    @usableFromInline var missing: Error?

    @usableFromInline init(model: Model, reader: JSONObjectReader) {
        self.model = model
        self.reader = reader
    }

    @inlinable
    mutating func field<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Model, Value?> & Sendable,
                                                       _ options: FieldOptions, _ value: Value?) {
        guard error == nil else { return }
        do {
            model[keyPath: path] = options.contains(.strict) ? try reader.strictTake(key.description) : try reader.take(key.description)
        } catch {
            self.error = error
        }
    }

    @inlinable
    mutating func required<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Model, Value> & Sendable,
                                                          _ absent: Absent<Value>, _ value: Value) {
        if case .fails(let expected) = absent, missing == nil, reader.rest[key.description] == nil {
            missing = JSONError.missingKey(path: reader.path, key: key.description, expected: expected)
        }
        guard error == nil, missing == nil else { return }
        do {
            switch absent {
            case .fails(let expected): model[keyPath: path] = try reader.require(key.description, what: expected)
            case .defaults(let value): model[keyPath: path] = try reader.strictTake(key.description) ?? value
            }
        } catch {
            self.error = error
        }
    }

    @inlinable
    mutating func wrappedList<Element: JSONCodable & Hashable>(_ key: StaticString, _ list: WritableKeyPath<Model, [Element]?> & Sendable,
                                                               rest: WritableKeyPath<Model, JSONObject> & Sendable, _ value: [Element]?, _ restValue: JSONObject) {
        guard error == nil else { return }
        model[keyPath: list] = nil
        model[keyPath: rest] = JSONObject()
        let name = key.description
        guard let wrapper = reader.rest[name], case .object = wrapper else { return }
        do {
            var inner = try JSONObjectReader(wrapper, at: reader.path.appending(name))
            guard let elements: [Element] = try inner.strictTake("list") else { return }
            _ = try reader.strictTake(name, as: JSON.self)
            model[keyPath: list] = elements
            model[keyPath: rest] = inner.rest
        } catch {
            self.error = error
        }
    }
}

/// Writes each declared member that has a value (rendering's hot path: inlined into each model's
/// `fields`, where the key paths and types are known).
@usableFromInline
struct ModelWriter<Model>: FieldVisitor {
    @usableFromInline let output: UnsafeMutablePointer<JSONWriter>

    @usableFromInline init(writer: UnsafeMutablePointer<JSONWriter>) { output = writer }

    /// The writer the members go to.
    @inlinable var writer: JSONWriter {
        _read { yield output.pointee }
        nonmutating _modify { yield &output.pointee }
    }

    @inlinable @inline(__always)
    mutating func field<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Model, Value?> & Sendable,
                                                       _ options: FieldOptions, _ value: Value?) {
        guard let value else { return }
        writer.key(key)
        if Value.self == JSONObject.self, options.contains(.entriesInOrder), let object = value as? JSONObject {
            writer.valueWithEntriesInOrder(object)
        } else {
            value.write(to: &writer)
        }
    }

    @inlinable @inline(__always)
    mutating func required<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Model, Value> & Sendable,
                                                          _ absent: Absent<Value>, _ value: Value) {
        writer.key(key)
        value.write(to: &writer)
    }

    @inlinable @inline(__always)
    mutating func wrappedList<Element: JSONCodable & Hashable>(_ key: StaticString, _ list: WritableKeyPath<Model, [Element]?> & Sendable,
                                                               rest: WritableKeyPath<Model, JSONObject> & Sendable, _ value: [Element]?, _ restValue: JSONObject) {
        guard let value else { return }
        writer.key(key)
        writer.beginObject(merging: restValue)
        writer.key("list")
        value.write(to: &writer)
        writer.endObject()
    }
}

extension JSONWriter {
    /// Writes an object whose entries keep their place, each entry an object whose members keep
    /// theirs (an export's `__elements`: name, uid, kind, model as Grafana writes them).
    @usableFromInline
    mutating func valueWithEntriesInOrder(_ object: JSONObject) {
        beginObject()
        for member in object.members {
            key(member.key)
            if case .object(let entry) = member.value { valueKeepingOrder(entry) } else { value(member.value) }
        }
        endObject()
    }
}
