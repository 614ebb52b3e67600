import ArgumentParser
import Foundation
import GraftTestSupport
import Testing
@testable import GraftCLI

/// Every numeric option of every command, given what a typo or a hostile script gives: refused when
/// the arguments are parsed, in a message naming the option and the range, never a trap.
@Suite("Numeric options are checked when parsed")
struct NumericOptionTests {
    /// A command's numeric option, an odd value for it, and the range its message must state.
    struct Case: Sendable, CustomTestStringConvertible {
        var command: [String]
        var option: String
        var value: String
        var range: String
        var testDescription: String { (command + [option, value]).joined(separator: " ") }
    }

    static let seconds = ["nan", "inf", "-inf", "1e300", "0", "-1", "0.0001", "3601", "soon"]
    static let counts = ["nan", "1e300", "0", "-1", "2.5", "99999999999999999999", "four"]
    static let durations = ["0s", "-1h", "1e300", "99999999999999y", "10y1ms", "1", "soon"]

    static let cases: [Case] = {
        var cases: [Case] = []
        for command in [["push"], ["diff"], ["console", "set-url", "MAIN"]] {
            cases += seconds.map { Case(command: command, option: "--timeout", value: $0, range: "from 0.001 to 3600") }
            cases += counts.map { Case(command: command, option: "--org-id", value: $0, range: "at least 1") }
        }
        for command in [["push"], ["console", "set-url", "MAIN"], ["console", "get"]] {
            cases += seconds.map { Case(command: command, option: "--console-timeout", value: $0, range: "from 0.001 to 3600") }
        }
        cases += counts.map { Case(command: ["push"], option: "--concurrency", value: $0, range: "from 1 to 64") }
        cases += counts.map { Case(command: ["url", "strip"], option: "--max-length", value: $0, range: "from 1 to 1048576") }
        cases += seconds.map { Case(command: ["verify"], option: "--prometheus-timeout", value: $0, range: "from 0.001 to 3600") }
        cases += durations.map { Case(command: ["verify"], option: "--range", value: $0, range: "from 1ms to 10y") }
        cases += durations.map { Case(command: ["verify"], option: "--scrape-interval", value: $0, range: "from 1ms to 10y") }
        return cases
    }()

    @Test("refused at parse time, naming the option and its range", arguments: cases)
    func refused(_ odd: Case) throws {
        // `--option=value`, so that a negative number is read as the option's value.
        let arguments = odd.command + ["\(odd.option)=\(odd.value)"]
        do {
            _ = try GraftCommand.parseAsRoot(arguments)
            Issue.record("\(odd.testDescription) parsed")
        } catch {
            let message = GraftCommand.fullMessage(for: error)
            #expect(message.contains("The value '\(odd.value)' is invalid for '\(odd.option) <"), "\(message)")
            #expect(message.contains(odd.range), "\(message)")
            #expect(GraftCommand.exitCode(for: error) == .validationFailure)
        }
    }

    @Test("the edges of each range are accepted")
    func edges() throws {
        for arguments in [["push", "--timeout", "0.001", "--concurrency", "64"], ["push", "--timeout", "3600", "--concurrency", "1"],
                          ["verify", "--range", "10y", "--scrape-interval", "1ms"], ["url", "strip", "--max-length", "1048576"],
                          ["diff", "--org-id", "9223372036854775807"]] {
            #expect(throws: Never.self, "\(arguments)") { _ = try GraftCommand.parseAsRoot(arguments) }
        }
    }

    @Test("the built graft exits with a usage error, not a signal, for each value that used to trap")
    func builtExecutable() throws {
        for arguments in [["push", "--timeout", "1e300"], ["diff", "--timeout", "1e300"], ["verify", "--range", "99999999999999y"]] {
            let result = try runGraft(arguments)
            #expect(result.status == ExitCode.validationFailure.rawValue, "\(arguments): \(result.errors)")
            #expect(result.errors.hasPrefix("Error: The value '"), "\(arguments): \(result.errors)")
        }
    }
}
