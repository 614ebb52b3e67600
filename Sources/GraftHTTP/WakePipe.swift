#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe that wakes the transfer thread from `curl_multi_poll`: any thread writes a byte, the
/// poll watches the read end. Plain file descriptors, so it is shared without any pointer.
struct WakePipe: Sendable {
    private let readEnd: Int32
    private let writeEnd: Int32

    /// A new pipe, both ends non-blocking; `nil` when the system refuses one.
    init?() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    /// The end `curl_multi_poll` watches.
    var descriptor: Int32 { readEnd }

    /// Wakes the poll. A full pipe already wakes it, so a write that would block is dropped.
    func signal() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties the pipe after a wake-up, so the next poll waits again.
    func drain() {
        var bytes = [UInt8](repeating: 0, count: 256)
        while bytes.withUnsafeMutableBytes({ read(readEnd, $0.baseAddress, $0.count) }) > 0 {}
    }
}
