import GraftJSON

/// Where a panel sits on the dashboard's 24-column grid (`h` and `y` in grid rows of 30 px).
public struct GridPos: Sendable, Hashable, JSONCodable {
    /// Height in grid rows.
    public var h: Int
    /// Width in columns, 1 to 24.
    public var w: Int
    /// Left column, 0 to 23.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Whether the panel is pinned in place (rarely set).
    public var `static`: Bool?
    /// Members Graft does not model, kept as they were read.
    public var unmodeled: JSONObject

    /// The grid width of a dashboard.
    public static let columns = 24

    /// A position and size.
    public init(h: Int, w: Int, x: Int, y: Int, static: Bool? = nil, unmodeled: JSONObject = JSONObject()) {
        self.h = h
        self.w = w
        self.x = x
        self.y = y
        self.static = `static`
        self.unmodeled = unmodeled
    }

    /// Whether two positions share at least one grid cell.
    public func overlaps(_ other: GridPos) -> Bool {
        x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h
    }

    public init(json: JSON, at path: JSONPath) throws {
        var reader = try JSONObjectReader(json, at: path, what: "a gridPos object")
        h = try reader.strictTake("h") ?? 0
        w = try reader.strictTake("w") ?? 0
        x = try reader.strictTake("x") ?? 0
        y = try reader.strictTake("y") ?? 0
        `static` = try reader.take("static")
        unmodeled = reader.rest
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject(merging: unmodeled)
        writer.member("h", h)
        writer.member("static", `static`)
        writer.member("w", w)
        writer.member("x", x)
        writer.member("y", y)
        writer.endObject()
    }
}
