import Foundation

/// Durations as Prometheus and Grafana write them (`1h30m`, `15s`, `500ms`), in milliseconds.
public enum PrometheusDuration {
    /// Units, largest first, in milliseconds.
    private static let units: [(String, Int)] = [("y", 31_536_000_000), ("w", 604_800_000), ("d", 86_400_000), ("h", 3_600_000),
                                                 ("m", 60_000), ("s", 1_000), ("ms", 1)]

    /// The milliseconds of `text` (`1h30m`, `90s`), or `nil` when it is not a duration or passes `Int`'s range.
    public static func milliseconds(_ text: String) -> Int? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard !rest.isEmpty else { return nil }
        var total = 0
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard let number = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let unit = rest.prefix { $0.isASCII && $0.isLetter }
            guard let scale = units.first(where: { $0.0 == unit })?.1 else { return nil }
            rest = rest.dropFirst(unit.count)
            let (part, partOverflow) = number.multipliedReportingOverflow(by: scale)
            let (sum, sumOverflow) = total.addingReportingOverflow(part)
            guard !partOverflow, !sumOverflow else { return nil }
            total = sum
        }
        return total
    }

    /// `milliseconds` as Prometheus writes a duration: every non-zero unit, largest first (`1m15s`, `1h`, `0s`).
    public static func text(_ milliseconds: Int) -> String {
        var rest = milliseconds
        var text = ""
        for (unit, scale) in units where rest >= scale {
            text += "\(rest / scale)\(unit)"
            rest %= scale
        }
        return text.isEmpty ? "0s" : text
    }

    /// `milliseconds` as Grafana's `$__interval` writes it: the largest unit that fits, truncated (`90s` is `1m`).
    public static func grafanaInterval(_ milliseconds: Int) -> String {
        for (unit, scale) in units where milliseconds >= scale && unit != "w" { return "\(milliseconds / scale)\(unit)" }
        return "1ms"
    }

    /// Grafana's rounding of a calculated interval to a tidy one (10s, 30s, 1m, 5m...).
    public static func roundedInterval(_ milliseconds: Int) -> Int {
        let steps: [(upTo: Int, interval: Int)] = [
            (10, 1), (15, 10), (35, 20), (75, 50), (150, 100), (350, 200), (750, 500), (1_500, 1_000), (3_500, 2_000), (7_500, 5_000),
            (12_500, 10_000), (17_500, 15_000), (25_000, 20_000), (45_000, 30_000), (90_000, 60_000), (450_000, 300_000),
            (900_000, 600_000), (1_350_000, 900_000), (2_700_000, 1_800_000), (5_400_000, 3_600_000), (9_000_000, 7_200_000),
            (16_200_000, 10_800_000), (24_300_000, 21_600_000), (64_800_000, 43_200_000), (604_800_000, 86_400_000),
            (1_814_400_000, 604_800_000), (3_628_799_999, 2_592_000_000),
        ]
        return steps.first { milliseconds <= $0.upTo }?.interval ?? 31_536_000_000
    }
}
