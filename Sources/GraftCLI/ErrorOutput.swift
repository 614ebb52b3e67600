import Foundation

/// Writes `error: message` as a line to standard error: how every command reports a problem it
/// goes on past (a file it could not import, a URL it could not strip).
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
}
