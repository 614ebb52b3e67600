/// Waits until `condition` holds, checking every 20 ms for at most `timeout`; `true` when it held.
/// For what a server's thread records: the test's own task may be scheduled late, the record is not.
/// The default is generous because it only bounds a precondition: in a full run on two cores a
/// request has taken over 20 s to reach a local server while heavy suites ran beside it.
public func waitUntil(timeout: Duration = .seconds(60), _ condition: () -> Bool) async -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return condition()
}
