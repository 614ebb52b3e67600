import ArgumentParser
import Foundation
import GraftHTTP

/// A service URL on the command line. Taken as text when parsed, then checked by its group's
/// `validate()` (still parse time) through `ServiceEndpoint`'s own rules, because ArgumentParser's
/// message for a refused value repeats it as typed, password and all.
struct URLArgument: ExpressibleByArgument, Sendable {
    /// The value as given.
    let text: String

    init?(argument: String) { text = argument }

    /// Throws a `ValidationError` unless the text is an http or https URL with a host; the message
    /// names `flag` or `service` and shows no user-info.
    func check(_ flag: String, of service: String) throws {
        guard let url = URL(string: text) else { throw ValidationError("\(flag) is not a valid URL: give something like https://example.com.") }
        do {
            _ = try ServiceEndpoint(service: service, baseURL: url)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
