import ArgumentParser
import GraftHigressConsole

/// Where the Higress console is and how to sign in: shared by `graft console` and `graft push --higress-console`.
struct HigressConsoleOptions: ParsableArguments {
    @OptionGroup var service: ServiceOptions<HigressConsoleService>

    /// Whether a console URL was given on the command line.
    var isGiven: Bool { service.url != nil }

    /// A client for the console these flags and the HIGRESS_CONSOLE_* variables describe.
    func client() throws -> HigressConsoleClient {
        HigressConsoleClient(try HigressConsoleConnection.resolve(url: service.url?.text, user: service.user, password: service.password,
                                                                   tls: service.tls, requestTimeout: service.timeout.duration))
    }
}
