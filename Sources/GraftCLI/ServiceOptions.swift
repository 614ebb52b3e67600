import ArgumentParser
import GraftHTTP

/// The flags every service's group has, named after the service (`--ca-cert`, `--console-ca-cert`,
/// `--prometheus-ca-cert`): URL, basic-auth user and password, TLS, timeout.
struct ServiceOptions<Service: NamedService>: ParsableArguments {
    @Option(name: .customLong(Service.names.urlFlag), help: ArgumentHelp("The URL of \(Service.names.service), sub-path included (default: \(Service.names.variablePrefix)URL).", valueName: "url"))
    var url: URLArgument?

    @Option(name: .customLong(Service.names.flagPrefix + "user"), help: ArgumentHelp("A user for basic auth (default: \(Service.names.variablePrefix)USER).", valueName: "user"))
    var user: String?

    @Option(name: .customLong(Service.names.flagPrefix + "password"), help: ArgumentHelp("That user's password (default: \(Service.names.variablePrefix)PASSWORD).", valueName: "password"))
    var password: String?

    @Option(name: .customLong(Service.names.flagPrefix + "ca-cert"), help: ArgumentHelp("A PEM file of the CA that signed \(Service.names.possessive) certificate.", valueName: "file"))
    var caCert: FileArgument?

    @Flag(name: .customLong(Service.names.flagPrefix + "insecure"), help: "Do not verify \(Service.names.possessive) TLS certificate (test setups only).")
    var insecure = false

    @Option(name: .customLong(Service.names.flagPrefix + "timeout"), help: ArgumentHelp("Seconds one request may take, \(SecondsArgument.rangeHelp).", valueName: "seconds"))
    var timeout = SecondsArgument(argument: "30")!

    func validate() throws { try url?.check("--" + Service.names.urlFlag, of: Service.names.service) }

    /// Certificate checking as the flags say.
    var tls: TLSOptions { TLSOptions(caCertificateFile: caCert?.path, insecure: insecure) }
}
