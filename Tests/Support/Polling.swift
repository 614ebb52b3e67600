/// Waits until `condition` holds, checking every 20 ms for at most `timeout`; `true` when it held.
/// For what a server's thread records: the test's own task may be scheduled late, the record is not.
public func waitUntil(timeout: Duration = .seconds(20), _ condition: () -> Bool) async -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return condition()
}
