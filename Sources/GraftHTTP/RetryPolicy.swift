/// When and how long Graft waits before trying a request again.
///
/// Retried: connection errors, timeouts, 502, 503, 504 and 429 (after its `Retry-After`).
/// Never retried: any other status, 4xx included, and TLS failures.
public struct RetryPolicy: Sendable, Hashable {
    /// Most attempts per request, the first included.
    public var maximumAttempts: Int
    /// The wait before the second attempt; each later wait doubles, up to `maximumDelay`.
    public var initialDelay: Duration
    /// The longest wait between two attempts (a longer `Retry-After` is still honoured).
    public var maximumDelay: Duration
    /// The bound on one request's total time, waits and attempts included.
    public var totalTimeLimit: Duration

    /// Four attempts from 250 ms, waits up to 8 s, at most 2 minutes in all.
    public static let standard = RetryPolicy()

    /// A policy from its limits.
    public init(maximumAttempts: Int = 4, initialDelay: Duration = .milliseconds(250), maximumDelay: Duration = .seconds(8),
                totalTimeLimit: Duration = .seconds(120)) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.totalTimeLimit = totalTimeLimit
    }

    /// HTTP statuses worth another attempt: rate limiting and gateway errors.
    static let retriedStatuses: Set<Int> = [429, 502, 503, 504]

    /// The wait after failed attempt `attempt` (1-based): the server's `Retry-After` when it gave
    /// one, else exponential backoff with "equal jitter" (half fixed, half random) so that
    /// concurrent clients do not retry in step.
    func delay<R: RandomNumberGenerator>(afterAttempt attempt: Int, retryAfter: Duration?, using random: inout R) -> Duration {
        if let retryAfter { return retryAfter }
        var ceiling = initialDelay
        for _ in 1..<max(1, attempt) where ceiling < maximumDelay { ceiling *= 2 }
        ceiling = min(ceiling, maximumDelay)
        let half = ceiling / 2
        return half + half * Double.random(in: 0...1, using: &random)
    }
}
