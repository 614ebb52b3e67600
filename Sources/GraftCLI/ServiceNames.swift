import Foundation

/// The names one service's connection flags and environment variables go by.
struct ServiceNames: Sendable {
    /// The service as `ServiceEndpoint` names it (`the Higress console`).
    let service: String
    /// The URL's flag, without dashes (`grafana-url`).
    let urlFlag: String
    /// What the other flags start with (`console-`).
    let flagPrefix: String

    /// The service as help says it, possessive (`Grafana's`).
    var possessive: String { service + "'s" }
    /// What the environment variables start with (`HIGRESS_CONSOLE_`).
    var variablePrefix: String {
        (service.hasPrefix("the ") ? service.dropFirst(4) : Substring(service)).uppercased().replacingOccurrences(of: " ", with: "_") + "_"
    }
}

/// A service whose flags a `ServiceOptions` group declares (its names are static, as option names must be).
protocol NamedService {
    /// The service's names.
    static var names: ServiceNames { get }
}

/// `--grafana-url`, `--user`, `GRAFANA_*`.
enum GrafanaService: NamedService {
    static let names = ServiceNames(service: "Grafana", urlFlag: "grafana-url", flagPrefix: "")
}

/// `--higress-console`, `--console-user`, `HIGRESS_CONSOLE_*`.
enum HigressConsoleService: NamedService {
    static let names = ServiceNames(service: "the Higress console", urlFlag: "higress-console", flagPrefix: "console-")
}

/// `--prometheus`, `--prometheus-user`, `PROMETHEUS_*`.
enum PrometheusService: NamedService {
    static let names = ServiceNames(service: "Prometheus", urlFlag: "prometheus", flagPrefix: "prometheus-")
}
