import Foundation
import Synchronization

/// A small HTTP/1.1 server on 127.0.0.1 for tests: keep-alive connections, `Content-Length`
/// bodies, `Expect: 100-continue`, and replies that can be delayed or replaced by a dropped
/// connection. One thread a connection, blocking sockets: plain enough to trust in a test.
public final class HTTPTestServer: Sendable {
    /// Why the server could not start.
    public struct StartError: Error, CustomStringConvertible {
        /// The failing system call and its `errno` text.
        public let description: String
    }

    /// The port it listens on (chosen by the system).
    public let port: Int
    /// `http://127.0.0.1:<port>`.
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    private let listener: Int32
    private let handler: @Sendable (HTTPServerRequest) -> HTTPServerReply
    private let connections = Mutex<Set<Int32>>([])
    private let accepted = Mutex(0)
    private let stopped = Mutex(false)

    /// Largest request head (request line and headers) it reads.
    private static let maximumHeadBytes = 64 * 1024

    /// Starts listening on an ephemeral port; `handler` is called on the connection's thread.
    public init(handler: @escaping @Sendable (HTTPServerRequest) -> HTTPServerReply) throws {
        self.handler = handler
        let fd: Int32
        do { (fd, port) = try LoopbackSocket.bound(reuse: true) } catch { throw StartError(description: "\(error)") }
        guard listen(fd, 128) == 0 else {
            let text = LoopbackSocket.errnoText()
            close(fd)
            throw StartError(description: "listen: \(text)")
        }
        listener = fd
        let thread = Thread { [self] in
            HTTPTestServer.nameThread()
            acceptLoop()
        }
        thread.name = "HTTPTestServer accept \(port)"
        thread.start()
    }

    deinit { stop() }

    /// Stops accepting and closes every open connection. Safe to call more than once.
    public func stop() {
        let wasStopped = stopped.withLock { value in
            defer { value = true }
            return value
        }
        guard !wasStopped else { return }
        // shutdown wakes the thread blocked in accept; it closes the socket itself.
        shutdown(listener, Int32(SHUT_RDWR))
        connections.withLock { open in
            for fd in open { shutdown(fd, Int32(SHUT_RDWR)) }
        }
    }

    private var isStopped: Bool { stopped.withLock { $0 } }

    /// How many connections it has accepted so far: fewer than requests when clients reuse them.
    public var acceptedConnections: Int { accepted.withLock { $0 } }

    private func acceptLoop() {
        while !isStopped {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                if errno == EINTR { continue }
                break
            }
            LoopbackSocket.prepareAccepted(fd)
            connections.withLock { _ = $0.insert(fd) }
            accepted.withLock { $0 += 1 }
            if isStopped { shutdown(fd, Int32(SHUT_RDWR)) }
            let thread = Thread { [self] in
                HTTPTestServer.nameThread()
                serve(connection: fd)
                connections.withLock { _ = $0.remove(fd) }
                close(fd)
            }
            thread.name = "HTTPTestServer connection \(fd)"
            thread.start()
        }
        close(listener)
    }

    // MARK: One connection

    private func serve(connection fd: Int32) {
        var buffer: [UInt8] = []
        while !isStopped {
            guard let (request, keepAlive) = readRequest(fd, buffer: &buffer) else { return }
            switch handler(request) {
            case let .dropConnection(delay):
                HTTPTestServer.sleep(delay)
                return
            case let .respond(response, delay):
                HTTPTestServer.sleep(delay)
                guard write(fd, head: response, keepAlive: keepAlive, includeBody: request.method != "HEAD") else { return }
                if !keepAlive { return }
            case let .stream(response, chunkSize, interval, finished):
                let sent = stream(fd, response, chunkSize: max(1, chunkSize), interval: interval)
                finished?(sent)
                return
            case let .truncated(response, sending):
                var cut = response
                cut.body = Array(response.body.prefix(max(0, sending)))
                _ = write(fd, head: cut, declaredLength: response.body.count, keepAlive: false, includeBody: true)
                return
            case let .announced(length, finished):
                let sent = announce(fd, length: length)
                finished?(sent)
                return
            case let .noAnswer(duration, peerClosed):
                if waitForHangUp(fd, upTo: duration) { peerClosed?() }
                return
            }
        }
    }

    /// Reads one request; `nil` when the peer closed or sent something that is not HTTP/1.x.
    private func readRequest(_ fd: Int32, buffer: inout [UInt8]) -> (HTTPServerRequest, keepAlive: Bool)? {
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while true {
            if let range = buffer.firstRange(of: separator) {
                headEnd = range.lowerBound
                break
            }
            guard buffer.count < HTTPTestServer.maximumHeadBytes, receive(fd, into: &buffer) else { return nil }
        }
        guard let headEnd else { return nil }
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeSubrange(..<(headEnd + separator.count))
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { return nil }
        let headers: [(name: String, value: String)] = lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
        let body: [UInt8]
        if header("Transfer-Encoding")?.lowercased() == "chunked" {
            guard let chunked = readChunkedBody(fd, buffer: &buffer) else { return nil }
            body = chunked
        } else {
            let length = Int(header("Content-Length") ?? "0") ?? 0
            if length > 0, header("Expect")?.lowercased() == "100-continue", buffer.count < length {
                guard send(fd, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return nil }
            }
            while buffer.count < length {
                guard receive(fd, into: &buffer) else { return nil }
            }
            body = Array(buffer[..<length])
            buffer.removeSubrange(..<length)
        }
        let keepAlive = header("Connection")?.lowercased() != "close" && requestLine[2] == "HTTP/1.1"
        return (HTTPServerRequest(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: body), keepAlive)
    }

    /// Reads a `Transfer-Encoding: chunked` body: hex size lines, data, and a final empty chunk.
    private func readChunkedBody(_ fd: Int32, buffer: inout [UInt8]) -> [UInt8]? {
        let lineEnd: [UInt8] = [13, 10]
        var body: [UInt8] = []
        while true {
            while buffer.firstRange(of: lineEnd) == nil {
                guard receive(fd, into: &buffer) else { return nil }
            }
            let end = buffer.firstRange(of: lineEnd)!.lowerBound
            let sizeText = String(decoding: buffer[..<end], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { return nil }
            buffer.removeSubrange(..<(end + 2))
            while buffer.count < size + 2 {
                guard receive(fd, into: &buffer) else { return nil }
            }
            body += buffer[..<size]
            buffer.removeSubrange(..<(size + 2))
            if size == 0 { return body }  // no trailers are sent by the clients under test
        }
    }

    /// Writes the head (`Content-Length: declaredLength`, by default the body's) and, unless
    /// `includeBody` is false, the body.
    private func write(_ fd: Int32, head response: HTTPServerResponse, declaredLength: Int? = nil, keepAlive: Bool, includeBody: Bool) -> Bool {
        var text = "HTTP/1.1 \(response.status) \(response.reasonPhrase)\r\n"
        for (name, value) in response.headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(declaredLength ?? response.body.count)\r\n"
        text += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        var bytes = Array(text.utf8)
        if includeBody { bytes += response.body }
        return send(fd, bytes)
    }

    /// The head without a length, then the body a chunk at a time; the caller closes the connection.
    /// Returns how many body bytes the system took.
    private func stream(_ fd: Int32, _ response: HTTPServerResponse, chunkSize: Int, interval: Duration) -> Int {
        var text = "HTTP/1.1 \(response.status) \(response.reasonPhrase)\r\n"
        for (name, value) in response.headers { text += "\(name): \(value)\r\n" }
        text += "Connection: close\r\n\r\n"
        guard send(fd, Array(text.utf8)) else { return 0 }
        var offset = 0
        while offset < response.body.count, !isStopped {
            let end = min(offset + chunkSize, response.body.count)
            guard send(fd, Array(response.body[offset..<end])) else { return offset }
            offset = end
            HTTPTestServer.sleep(interval)
        }
        return offset
    }

    /// A head announcing `length` bytes, then filler 64 KiB at a time until `length` or the client
    /// hangs up. Returns how many body bytes the system took.
    private func announce(_ fd: Int32, length: Int) -> Int {
        let head = HTTPServerResponse(status: 200, headers: [("Content-Type", "application/json")])
        guard write(fd, head: head, declaredLength: length, keepAlive: false, includeBody: false) else { return 0 }
        let filler = [UInt8](repeating: 0x20, count: 64 * 1024)
        var sent = 0
        while sent < length, !isStopped {
            guard send(fd, Array(filler.prefix(length - sent))) else { return sent }
            sent += min(filler.count, length - sent)
        }
        return sent
    }

    /// Waits up to `duration` for the client to close the connection, reading nothing it would
    /// need; `true` when it did (and the server was not stopping).
    private func waitForHangUp(_ fd: Int32, upTo duration: Duration) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + duration
        var byte: UInt8 = 0
        while !isStopped {
            let left = clock.now.duration(to: deadline)
            guard left > .zero else { return false }
            var watch = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(min(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1, 1000))
            guard poll(&watch, 1, milliseconds) > 0 else { continue }
            if recv(fd, &byte, 1, 0) <= 0 { return !isStopped }
        }
        return false
    }

    private func receive(_ fd: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[..<count])
            return true
        }
    }

    private func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            // A peer that hung up must not kill the test process with SIGPIPE.
            let sent = bytes[offset...].withUnsafeBytes { LoopbackSocket.send(fd, $0) }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    private static func sleep(_ duration: Duration) {
        guard duration > .zero else { return }
        let (seconds, attoseconds) = duration.components
        Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// Names the calling thread `HTTPTestServer`, so that a test counting the process's threads can
    /// tell the server's from the client's (Foundation's `Thread.name` does not reach the system,
    /// and Glibc's module leaves out pthread_setname_np). Linux only: elsewhere it does nothing.
    private static func nameThread() {
        #if os(Linux)
        guard let comm = FileHandle(forWritingAtPath: "/proc/thread-self/comm") else { return }
        comm.write(Data("HTTPTestServer".utf8))
        try? comm.close()
        #endif
    }
}
