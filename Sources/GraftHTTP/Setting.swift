import Foundation

/// One connection setting as the command line and the environment give it: the flag's value,
/// else the environment variable's. Messages name the flag and the variable, never a value.
public struct Setting: Sendable {
    /// The value given on the command line, if any.
    public var value: String?
    /// The flag (`--token`).
    public var flag: String
    /// The environment variable (`GRAFANA_TOKEN`).
    public var variable: String

    /// A setting from its flag's value and its names.
    public init(_ value: String?, flag: String, variable: String) {
        self.value = value
        self.flag = flag
        self.variable = variable
    }

    /// The flag's value, else the variable's; an empty variable counts as unset.
    public func resolve(in environment: [String: String]) -> String? { value ?? environment.nonEmptyValue(variable) }

    /// The URL this setting gives; throws a `ConfigurationError` naming `service` and showing `example` when there is none.
    public func url(of service: String, like example: String, in environment: [String: String]) throws -> URL {
        guard let text = resolve(in: environment) else {
            throw ConfigurationError("No \(service) URL was given: pass \(flag) or set \(variable).")
        }
        guard let url = URL(string: text) else {
            throw ConfigurationError("The \(service) URL is not a valid URL: pass something like \(example).")
        }
        return url
    }
}
