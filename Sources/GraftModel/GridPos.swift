import GraftJSON

/// Where a panel sits on the dashboard's 24-column grid (`h` and `y` in grid rows of 30 px).
public struct GridPos: Sendable, JSONModel {
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

    public static let jsonDescription = "a gridPos object"
    public static var unread: GridPos { GridPos(h: 0, w: 0, x: 0, y: 0) }

    public func fields(_ v: inout some FieldVisitor<GridPos>) {
        required("h", \.h, .defaults(0), in: &v)
        field("static", \.static, in: &v)
        required("w", \.w, .defaults(0), in: &v)
        required("x", \.x, .defaults(0), in: &v)
        required("y", \.y, .defaults(0), in: &v)
    }
}
