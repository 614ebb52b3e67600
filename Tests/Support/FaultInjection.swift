/// Seeded faults for an emulator: a share of requests gets a fault instead of its answer. Most
/// kinds strike before the request touches any state (the request changes nothing); `afterHandling`
/// strikes once it was handled (a write lands, its answer is lost), as when a proxy gives up on a
/// server that went on working. A client must survive both.
public struct FaultInjection: Sendable {
    /// One kind of fault.
    public indirect enum Fault: Sendable, Hashable {
        /// An error status with Grafana's JSON body (`500` "Internal Server Error", `502`, `503`, `504`).
        case status(Int)
        /// A proxy's HTML error page with this status, as nginx writes it in front of Grafana.
        case proxyErrorPage(Int)
        /// `429 Too Many Requests` with `Retry-After: <seconds>`.
        case tooManyRequests(retryAfterSeconds: Int)
        /// The connection is closed without an answer.
        case dropConnection
        /// Nothing is sent for `duration`, then the connection is closed: a client with a shorter
        /// timeout gives up first, a patient one sees the connection close without an answer.
        case stall(Duration)
        /// The request is handled, then its answer's head and half its body are sent and the
        /// connection is closed: the client must not take half an answer for one.
        case truncatedAnswer
        /// The request is handled (its write lands), then its answer is replaced by `fault`.
        case afterHandling(Fault)
    }

    /// Every kind of fault the emulators inject, each with equal chances: what a client must survive.
    public static let everyKind: [Fault] = {
        let lost: [Fault] = [.status(500), .proxyErrorPage(504), .dropConnection, .stall(.seconds(1))]
        return [.status(500), .status(502), .status(503), .status(504), .proxyErrorPage(502), .tooManyRequests(retryAfterSeconds: 1)]
            + [.dropConnection, .stall(.seconds(1)), .truncatedAnswer] + lost.map(Fault.afterHandling)
    }()

    /// Gateway errors and dropped connections before handling: quick faults that leave the state alone.
    public static let beforeHandling: [Fault] = [.status(502), .status(503), .status(504), .dropConnection]

    /// The share of requests that get a fault, 0...1.
    public var rate: Double
    /// The faults to pick from, with equal chances.
    public var faults: [Fault]
    /// The generator's state: the same seed gives the same sequence of decisions.
    private var random: SplitMix64

    /// Faults on `rate` of requests, drawn from `faults`, reproducible from `seed`.
    public init(rate: Double, seed: UInt64, faults: [Fault] = FaultInjection.everyKind) {
        self.rate = rate
        self.faults = faults
        random = SplitMix64(seed: seed)
    }

    /// The next decision: a fault, or `nil` to handle the request normally.
    public mutating func next() -> Fault? {
        guard !faults.isEmpty, Double(random.next() >> 11) / Double(1 << 53) < rate else { return nil }
        return faults[Int(random.next() % UInt64(faults.count))]
    }

    /// Whether the request is handled before the fault strikes.
    public static func strikesAfterHandling(_ fault: Fault) -> Bool {
        switch fault {
        case .afterHandling, .truncatedAnswer: true
        default: false
        }
    }

    /// The reply that `fault` turns the request's `answer` into (`answer` is only read by the kinds
    /// that send part of it); `errorBody` makes the service's own JSON error for a status.
    public static func reply(_ fault: Fault, answer: HTTPServerResponse, delay: Duration,
                             errorBody: (Int) -> HTTPServerResponse) -> HTTPServerReply {
        switch fault {
        case .status(let code):
            return .respond(errorBody(code), delay: delay)
        case .proxyErrorPage(let code):
            let phrase = HTTPServerResponse(status: code).reasonPhrase
            let page = "<html>\r\n<head><title>\(code) \(phrase)</title></head>\r\n<body>\r\n<center><h1>\(code) \(phrase)</h1></center>\r\n"
                + "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
            return .respond(HTTPServerResponse(status: code, headers: [("Content-Type", "text/html")], body: Array(page.utf8)), delay: delay)
        case .tooManyRequests(let seconds):
            var response = errorBody(429)
            response.headers.append(("Retry-After", String(seconds)))
            return .respond(response, delay: delay)
        case .dropConnection:
            return .dropConnection(delay: delay)
        case .stall(let duration):
            return .noAnswer(for: duration + delay)
        case .truncatedAnswer:
            return .truncated(answer, sending: answer.body.count / 2)
        case .afterHandling(let fault):
            return reply(fault, answer: answer, delay: delay, errorBody: errorBody)
        }
    }
}
