/// Seeded faults for an emulator: a share of requests gets a gateway error or a dropped
/// connection instead of being handled. The fault is decided before the request touches any
/// state, so a faulted request changes nothing and a retry is always safe.
public struct FaultInjection: Sendable {
    /// One kind of fault.
    public enum Fault: Sendable, Hashable {
        /// An error status with Grafana-style JSON body (`502`, `503`, `504`).
        case status(Int)
        /// `429 Too Many Requests` with `Retry-After: <seconds>`.
        case tooManyRequests(retryAfterSeconds: Int)
        /// The connection is closed without an answer.
        case dropConnection
    }

    /// The share of requests that get a fault, 0...1.
    public var rate: Double
    /// The faults to pick from, with equal chances.
    public var faults: [Fault]
    /// The generator's state: the same seed gives the same sequence of decisions.
    private var random: SplitMix64

    /// Faults on `rate` of requests, drawn from `faults`, reproducible from `seed`.
    public init(rate: Double, seed: UInt64, faults: [Fault] = [.status(502), .status(503), .status(504), .dropConnection]) {
        self.rate = rate
        self.faults = faults
        random = SplitMix64(seed: seed)
    }

    /// The next decision: a fault, or `nil` to handle the request normally.
    public mutating func next() -> Fault? {
        guard !faults.isEmpty, Double(random.next() >> 11) / Double(1 << 53) < rate else { return nil }
        return faults[Int(random.next() % UInt64(faults.count))]
    }
}
