import ArgumentParser
import Foundation
import GraftHigress
import GraftURL

/// `graft url`: Grafana dashboard URLs.
struct URLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "url",
        abstract: "Work with Grafana dashboard URLs.",
        subcommands: [Strip.self])

    /// `graft url strip`: drops the time range from dashboard URLs.
    struct Strip: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "strip",
            abstract: "Drop the time range (from, to, time, time.window) from dashboard URLs, keeping every other byte.",
            discussion: """
            Each URL is printed stripped, one per line; with no URL arguments they are read from standard \
            input, one per line. A URL that is not a Grafana dashboard URL (or is a /goto/ short link, or \
            holds a user and password) is reported on standard error with what is wrong, quoted, its \
            password masked and cut when long; the exit status is then 1.

            Examples:
              graft url strip 'http://grafana.example/d/femmnlw6z39xcb/higress-ai?from=now-15m&to=now&var-gateway=higress-system-higress-gateway'
              graft url strip --for higress-console "$URL"        # and check the console's 256-character limit
              graft url strip --also refresh --also timezone < urls.txt
            """)

        /// Where a stripped URL is going, and so what it must satisfy.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case higressConsole = "higress-console"
        }

        @Argument(help: "Dashboard URLs (default: read from standard input, one per line).")
        var urls: [String] = []

        @Option(name: .long, help: ArgumentHelp("Also drop refresh, or timezone and tz (repeatable).", valueName: "refresh|timezone"))
        var also: [String] = []

        @Option(name: .long, help: ArgumentHelp("Fail for a stripped URL longer than this (in UTF-16 code units, as a browser counts), \(CountArgument<URLLengths>.rangeHelp).", valueName: "n"))
        var maxLength: CountArgument<URLLengths>?

        @Option(name: .customLong("for"), help: "Check what the target takes: higress-console means --max-length 256.")
        var target: Target?

        func validate() throws {
            _ = try extraParameters()
        }

        private func extraParameters() throws -> ExtraTimeParameters {
            try also.reduce(into: ExtraTimeParameters()) { extra, name in
                switch name {
                case "refresh": extra.insert(.refresh)
                case "timezone", "tz": extra.insert(.timezone)
                default: throw ValidationError("--also takes refresh or timezone, not \(name).")
                }
            }
        }

        func run() throws {
            let limit = maxLength?.value ?? (target == .higressConsole ? HigressConsoleURLField.maximumLength : nil)
            let extra = try extraParameters()
            var failures = 0
            var inputs = urls.makeIterator()
            let next: () -> String? = urls.isEmpty ? { readLine() } : { inputs.next() }
            while let line = next() {
                let url = urls.isEmpty ? line.trimmingWhitespace : line
                if urls.isEmpty && url.isEmpty { continue }
                do {
                    let parsed = try DashboardURL(parsing: url)
                    // Printed back, a password would land in terminals, logs and the console's form.
                    guard parsed.userInfo == nil else {
                        throw CLIError("it holds credentials before its host: give the URL without them, a dashboard URL is for sharing")
                    }
                    let stripped = parsed.strippingTimeRange(also: extra).url.description
                    let length = HigressConsoleURLField.length(of: stripped)
                    if let limit, length > limit {
                        throw CLIError("stripped, it is \(length) characters long, more than the \(limit) allowed")
                    }
                    print(stripped)
                } catch {
                    failures += 1
                    printError("\(MessageText.quotedURL(url)): \(error)")
                }
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}

/// The lengths `--max-length` takes: up to 1 Mi code units, past any browser's or form's limit.
enum URLLengths: CountRange {
    static let allowed = 1...(1 << 20)
}

extension String {
    /// The string without leading and trailing spaces, tabs and line ends.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
