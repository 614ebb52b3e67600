/// When and how long Graft waits before trying a request again.
///
/// Retried: connection errors, timeouts, answers cut short, and the statuses in `retriedStatuses`
/// (by default 500, 502, 503, 504 and 429, after its `Retry-After`), as the Terraform provider's client
/// retries 429 and 5xx: Grafana answers 500 for transient faults (a locked database, a proxy's error
/// page). Writes are retried too, because every
/// write Graft makes is safe to repeat: dashboard saves carry the version they replace, so a save that
/// landed before its answer was lost comes back as a version conflict, which the pusher resolves by
/// reading the dashboard again; folder and datasource creations come back as 409 for what exists.
/// Never retried: any other status, 4xx included, and TLS failures.
public struct RetryPolicy: Sendable, Hashable {
    /// Most attempts per request, the first included.
    public var maximumAttempts: Int
    /// The wait before the second attempt; each later wait doubles, up to `maximumDelay`.
    public var initialDelay: Duration
    /// The longest wait between two attempts (a longer `Retry-After` is still honoured).
    public var maximumDelay: Duration
    /// The bound on one request's total time, waits and attempts included (never less than one attempt's timeout).
    public var totalTimeLimit: Duration
    /// HTTP statuses worth another attempt; any other is final.
    public var retriedStatuses: Set<Int>

    /// Rate limiting, server and gateway errors: what a service answers for a fault that passes.
    public static let transientStatuses: Set<Int> = [429, 500, 502, 503, 504]

    /// Sixteen attempts from 100 ms, waits up to 4 s, at most 2 minutes in all: a request gets through
    /// when half of all attempts fail (a flaky proxy, a Grafana restarting for half a minute), and a
    /// service that is down is reported after about 35 s of waiting.
    public static let standard = RetryPolicy()

    /// A policy from its limits.
    public init(maximumAttempts: Int = 16, initialDelay: Duration = .milliseconds(100), maximumDelay: Duration = .seconds(4),
                totalTimeLimit: Duration = .seconds(120), retriedStatuses: Set<Int> = RetryPolicy.transientStatuses) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.totalTimeLimit = totalTimeLimit
        self.retriedStatuses = retriedStatuses
    }

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
