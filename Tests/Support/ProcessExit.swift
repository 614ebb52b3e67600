import Foundation

extension Process {
    /// Starts the process and waits for it to exit without holding a thread of Swift's cooperative
    /// pool: on a two-core machine that pool has two threads, and a test blocking one in
    /// `waitUntilExit()` for minutes (a package build) made other tests' timers fire late.
    public func runUntilExit() async throws {
        try await withCheckedThrowingContinuation { (exited: CheckedContinuation<Void, any Error>) in
            terminationHandler = { _ in exited.resume() }
            do {
                try run()
            } catch {
                terminationHandler = nil
                exited.resume(throwing: error)
            }
        }
    }
}
