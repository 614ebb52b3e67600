/// Time-related query parameters that stripping removes only on request, besides the time range itself.
public struct ExtraTimeParameters: OptionSet, Sendable, Hashable {
    /// The option bits.
    public let rawValue: UInt8

    /// Creates the set from its option bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `refresh`: the auto-refresh interval.
    public static let refresh = ExtraTimeParameters(rawValue: 1 << 0)
    /// `timezone` and `tz`: the time zone the dashboard shows times in.
    public static let timezone = ExtraTimeParameters(rawValue: 1 << 1)
    /// Every extra time parameter.
    public static let all: ExtraTimeParameters = [.refresh, .timezone]

    /// The query parameter names these options remove.
    public var parameterNames: [String] {
        (contains(.refresh) ? ["refresh"] : []) + (contains(.timezone) ? ["timezone", "tz"] : [])
    }
}
