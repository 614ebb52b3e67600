import GraftJSON

/// A field unit, as Grafana's unit picker names it (`reqps`, `percentunit`, `ms`...).
public struct Unit: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }

    // Misc
    /// No unit, no scaling.
    public static let none: Unit = "none"
    /// Plain numbers scaled with K, Mil, Bil.
    public static let short: Unit = "short"
    /// Percent, values 0-100.
    public static let percent: Unit = "percent"
    /// Percent, values 0.0-1.0.
    public static let percentUnit: Unit = "percentunit"
    /// Text as it is.
    public static let string: Unit = "string"

    // Throughput
    /// Requests per second.
    public static let requestsPerSecond: Unit = "reqps"
    /// Operations per second.
    public static let opsPerSecond: Unit = "ops"
    /// Counts per second.
    public static let countsPerSecond: Unit = "cps"
    /// Reads per second.
    public static let readsPerSecond: Unit = "rps"
    /// Writes per second.
    public static let writesPerSecond: Unit = "wps"
    /// Events per second.
    public static let eventsPerSecond: Unit = "eps"
    /// Requests per minute.
    public static let requestsPerMinute: Unit = "reqpm"

    // Time
    /// Nanoseconds.
    public static let nanoseconds: Unit = "ns"
    /// Microseconds.
    public static let microseconds: Unit = "µs"
    /// Milliseconds.
    public static let milliseconds: Unit = "ms"
    /// Seconds.
    public static let seconds: Unit = "s"
    /// Minutes.
    public static let minutes: Unit = "m"
    /// Hours.
    public static let hours: Unit = "h"
    /// Days.
    public static let days: Unit = "d"
    /// A duration from milliseconds, written as "1 hour, 2 minutes".
    public static let durationMilliseconds: Unit = "dtdurationms"
    /// A duration from seconds, written as "1 hour, 2 minutes".
    public static let durationSeconds: Unit = "dtdurations"
    /// Hertz.
    public static let hertz: Unit = "hertz"

    // Data
    /// Bytes, 1024-based (KiB, MiB).
    public static let bytes: Unit = "bytes"
    /// Bytes, 1000-based (kB, MB).
    public static let decimalBytes: Unit = "decbytes"
    /// Bits, 1024-based.
    public static let bits: Unit = "bits"
    /// Bits, 1000-based.
    public static let decimalBits: Unit = "decbits"

    // Data rate
    /// Bytes per second, 1000-based.
    public static let bytesPerSecond: Unit = "Bps"
    /// Bytes per second, 1024-based.
    public static let binaryBytesPerSecond: Unit = "binBps"
    /// Bits per second, 1000-based.
    public static let bitsPerSecond: Unit = "bps"
    /// Packets per second.
    public static let packetsPerSecond: Unit = "pps"

    // Date
    /// A timestamp as ISO 8601.
    public static let dateTimeISO: Unit = "dateTimeAsIso"
    /// A timestamp as "5 minutes ago".
    public static let dateTimeFromNow: Unit = "dateTimeFromNow"
}
