import ArgumentParser
import GraftReview

/// Where Prometheus is and how to sign in (a bearer token or basic auth, for a proxy in front of it): used by `graft verify`.
struct PrometheusOptions: ParsableArguments {
    @OptionGroup var service: ServiceOptions<PrometheusService>

    @Option(name: .long, help: ArgumentHelp("A bearer token (default: PROMETHEUS_TOKEN).", valueName: "token"))
    var prometheusToken: String?

    /// A client for the Prometheus these flags and the PROMETHEUS_* variables describe.
    func client() throws -> PrometheusClient {
        PrometheusClient(try PrometheusConnection.resolve(url: service.url?.text, token: prometheusToken, user: service.user,
                                                          password: service.password, tls: service.tls, requestTimeout: service.timeout.duration))
    }
}
