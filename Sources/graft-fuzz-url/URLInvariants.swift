import GraftURL

/// What checking one fuzz input found.
enum URLCheckOutcome: Equatable {
    /// The input is not a dashboard URL, and its error has a description.
    case rejected
    /// The input parsed, and every invariant held.
    case parsed
    /// An invariant failed; the text says which.
    case violated(String)
}

/// The names stripping removes by default, and with every extra option.
private let defaultNames = DashboardURL.timeRangeParameterNames
private let allNames = defaultNames + ExtraTimeParameters.all.parameterNames

/// The length in UTF-16 code units, as the Higress console counts, without building UTF-16 breadcrumbs.
private func utf16Length(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) }
}

/// Parses `text` and, when it parses, checks the stripping invariants for both the default and all extra names:
/// stripping never lengthens the URL, changes nothing when it removes nothing, is idempotent, reparses to itself,
/// removes only time names and leaves none behind.
func checkURLInvariants(_ text: String) -> URLCheckOutcome {
    let url: DashboardURL
    do {
        url = try DashboardURL(parsing: text)
    } catch {
        return error.description.isEmpty ? .violated("an error has an empty description") : .rejected
    }
    guard url.text == text else { return .violated("the parsed text differs from the input") }
    for extra in [ExtraTimeParameters(), .all] {
        let names = extra.isEmpty ? defaultNames : allNames
        let once = url.strippingTimeRange(also: extra)
        let stripped = once.url.text
        if once.removed.isEmpty {
            if stripped != text { return .violated("stripping removed nothing but changed the URL to '\(stripped)'") }
        } else if stripped.utf8.count >= text.utf8.count || utf16Length(stripped) >= utf16Length(text) {
            return .violated("stripping removed parameters but did not shorten the URL: '\(stripped)'")
        }
        let twice = once.url.strippingTimeRange(also: extra)
        if twice.url != once.url || !twice.removed.isEmpty {
            return .violated("stripping twice gave '\(twice.url.text)', not '\(stripped)'")
        }
        guard let reparsed = try? DashboardURL(parsing: stripped), reparsed == once.url else {
            return .violated("the stripped URL '\(stripped)' does not parse back to itself")
        }
        if let wrong = once.removed.first(where: { !names.contains($0.name) }) {
            return .violated("stripping removed '\(wrong.encoded)', which is not a time parameter")
        }
        if let left = once.url.queryParameters.first(where: { names.contains($0.name) }) {
            return .violated("stripping left the time parameter '\(left.encoded)' in '\(stripped)'")
        }
    }
    return .parsed
}
