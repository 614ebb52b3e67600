import GraftModel

/// The syntax rules Kubernetes and Prometheus apply to names, as plain checks.
enum Names {
    private static func isLowerAlphanumeric(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) }
    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool { isLowerAlphanumeric(c) || ("A"..."Z").contains(c) }

    /// A DNS-1123 label (namespaces): at most 63 lowercase letters, digits and `-`, alphanumeric at both ends.
    static func isDNSLabel(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, scalars.count <= 63 else { return false }
        return isLowerAlphanumeric(first) && isLowerAlphanumeric(last) && scalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" }
    }

    /// A DNS-1123 subdomain (object names): at most 253 lowercase letters, digits, `-` and `.`, alphanumeric at both ends.
    static func isDNSSubdomain(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, scalars.count <= 253 else { return false }
        return isLowerAlphanumeric(first) && isLowerAlphanumeric(last) && scalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" || $0 == "." }
    }

    /// A Kubernetes label value: empty, or at most 63 letters, digits, `-`, `_`, `.`, alphanumeric at both ends.
    static func isLabelValue(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return true }
        return scalars.count <= 63 && isAlphanumeric(first) && isAlphanumeric(last)
            && scalars.allSatisfy { isAlphanumeric($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// A Kubernetes label or annotation key: an optional DNS-subdomain prefix and `/`, then a name like a label value.
    static func isQualifiedName(_ key: String) -> Bool {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let name = parts.last, !name.isEmpty else { return false }
        if parts.count == 2 && !isDNSSubdomain(String(parts[0])) { return false }
        return isLabelValue(String(name))
    }

    /// A Prometheus label name: a letter or `_`, then letters, digits and `_`.
    static func isPrometheusLabel(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && isAlphanumeric($0)) }
    }

    /// A Prometheus metric name: like a label name, with `:` allowed.
    static func isMetricName(_ name: String) -> Bool { isPrometheusLabel(name.replacingColons) }

    /// A relabeling target with `$1`/`${name}` references: a label name once each reference is filled in.
    static func isLabelTemplate(_ template: String) -> Bool {
        var filled = ""
        var scalars = template.unicodeScalars[...]
        while let c = scalars.popFirst() {
            guard c == "$" else { filled.unicodeScalars.append(c); continue }
            if scalars.first == "{" {
                guard let close = scalars.firstIndex(of: "}") else { return false }
                let name = scalars[scalars.index(after: scalars.startIndex)..<close]
                guard !name.isEmpty, name.allSatisfy(isWordCharacter) else { return false }
                scalars = scalars[scalars.index(after: close)...]
            } else {
                let name = scalars.prefix(while: isWordCharacter)
                guard !name.isEmpty else { return false }
                scalars = scalars.dropFirst(name.count)
            }
            filled += "a"
        }
        return isPrometheusLabel(filled)
    }

    private static func isWordCharacter(_ c: Unicode.Scalar) -> Bool { c == "_" || (c.isASCII && isAlphanumeric(c)) }

    /// A Grafana uid: at most 40 letters, digits, `-` and `_`.
    static func isGrafanaUID(_ uid: String) -> Bool { GrafanaUID.isValid(uid) }

    /// A Prometheus duration as the CRDs accept it: `0`, or units from years down to milliseconds (`1m30s`).
    static func isDuration(_ text: String) -> Bool {
        if text == "0" { return true }
        var rest = Substring(text)
        guard !rest.isEmpty else { return false }
        for unit in ["y", "w", "d", "h", "m", "s", "ms"] {
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty else { continue }
            let afterDigits = rest.dropFirst(digits.count)
            // `m` must not swallow the `m` of `ms`.
            if afterDigits.hasPrefix(unit) && !(unit == "m" && afterDigits.hasPrefix("ms")) {
                rest = afterDigits.dropFirst(unit.count)
            }
        }
        return rest.isEmpty
    }
}

private extension String {
    var replacingColons: String { String(unicodeScalars.map { $0 == ":" ? "_" : Character($0) }) }
}
