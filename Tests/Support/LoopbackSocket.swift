#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// TCP on 127.0.0.1 alike on Linux and macOS, whose C libraries spell the socket type differently,
/// give `sockaddr_in` a length field or not, and keep SIGPIPE off by a send flag or a socket option.
public enum LoopbackSocket {
    /// Why a socket call failed.
    public struct Failure: Error, CustomStringConvertible {
        /// The failing system call and its `errno` text.
        public let description: String
    }

    /// A new TCP socket's descriptor, or a negative number when there is none.
    public static func stream() -> Int32 {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        if descriptor >= 0 { keepSIGPIPEOff(descriptor) }
        return descriptor
    }

    /// Readies a connection `accept` returned: no Nagle delay, and no SIGPIPE when its peer hangs up.
    public static func prepareAccepted(_ descriptor: Int32) {
        var yes: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        keepSIGPIPEOff(descriptor)
    }

    /// macOS has no MSG_NOSIGNAL: there the socket itself is told not to raise SIGPIPE.
    private static func keepSIGPIPEOff(_ descriptor: Int32) {
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// The address 127.0.0.1:`port` (0: one the system picks when bound).
    public static func address(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    /// A TCP socket bound to 127.0.0.1 on a port the system picks (`SO_REUSEADDR` when `reuse`), and that port.
    public static func bound(reuse: Bool = false) throws -> (descriptor: Int32, port: Int) {
        let descriptor = stream()
        guard descriptor >= 0 else { throw Failure(description: "socket: \(errnoText())") }
        var yes: Int32 = 1
        if reuse { setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size)) }
        var address = address(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let text = errnoText()
            close(descriptor)
            throw Failure(description: "bind: \(text)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// Sends `bytes` once, never raising SIGPIPE at a peer that hung up: the count sent, or -1.
    public static func send(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        #if canImport(Darwin)
        sendSome(descriptor, bytes.baseAddress, bytes.count, 0)
        #else
        sendSome(descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
        #endif
    }

    /// The text of the current `errno`.
    public static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// `send(2)`, named apart from `LoopbackSocket.send` so that the C library's is called.
private func sendSome(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int, _ flags: Int32) -> Int {
    send(descriptor, bytes, count, flags)
}
