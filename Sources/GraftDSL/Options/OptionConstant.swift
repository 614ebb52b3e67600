import GraftJSON

/// A closed set of named values a panel option takes (modes, placements, styles), saved as the
/// plain string: each case is declared once, and the importer reads its Swift name from the case.
public protocol OptionConstant: RawRepresentable, CaseIterable, Hashable, Sendable, JSONWritable where RawValue == String {}

extension OptionConstant {
    /// Writes the string Grafana saves.
    public func write(to writer: inout JSONWriter) { writer.value(rawValue) }
}
