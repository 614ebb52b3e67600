import CCurl
import Foundation
import Synchronization

/// Every transfer of the process, on one thread: libcurl's multi interface drives them all, so N
/// concurrent requests cost no thread each and never block Swift's cooperative pool. Curl handles
/// live on that thread only; Swift tasks hand it jobs (with their continuations) through `inbox`
/// and wake it through a pipe. Connections are kept in the multi handle's cache and reused.
final class CurlMulti: Sendable {
    /// The process's transfer thread, started on first use.
    static let shared = CurlMulti()

    /// A request waiting for the thread, and where its answer goes.
    struct Job: Sendable {
        let id: UInt64
        let request: TransportRequest
        let continuation: CheckedContinuation<Result<HTTPResponse, TransportFailure>, Never>
    }

    /// What tasks hand the thread; it takes everything at the top of each turn.
    private struct Inbox {
        var lastID: UInt64 = 0
        var jobs: [Job] = []
        var cancelled: [UInt64] = []
        /// Set when libcurl could not start: every request fails with it.
        var unusable: String?
    }

    private let inbox = Mutex(Inbox())
    private let wake: WakePipe?

    /// The most connections kept open for reuse; idle ones also close after curl's 118 s.
    private static let cachedConnections = 256

    /// libcurl's global state, set up once before any handle (curl_global_init is not thread-safe).
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK

    private init() {
        wake = WakePipe()
        let thread = Thread { [self] in run() }
        thread.name = "graft-http"
        thread.start()
    }

    /// Sends `request` once. A cancelled task aborts its transfer and gets `.cancelled`.
    func send(_ request: TransportRequest) async throws(TransportFailure) -> HTTPResponse {
        let id = inbox.withLock { inbox in
            inbox.lastID += 1
            return inbox.lastID
        }
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                // Checked under the lock the cancellation handler takes: a cancellation either comes
                // before (and is seen here) or after the job is in the inbox (and the thread aborts it).
                let refusal: TransportFailure? = inbox.withLock { inbox in
                    if Task.isCancelled { return .cancelled }
                    if let reason = inbox.unusable { return .unreachable(reason, retryable: false) }
                    inbox.jobs.append(Job(id: id, request: request, continuation: continuation))
                    return nil
                }
                if let refusal { continuation.resume(returning: .failure(refusal)) } else { wake?.signal() }
            }
        } onCancel: {
            inbox.withLock { $0.cancelled.append(id) }
            wake?.signal()
        }
        return try result.get()
    }

    /// The thread's loop: start new jobs, abort cancelled ones, let libcurl work, finish what is done, wait.
    private func run() {
        guard CurlMulti.initialized, let wake, let multi = curl_multi_init() else { return refuseAll("libcurl could not start") }
        // One cache serves every client of the process; curl's default (4 idle connections a running
        // transfer) would close a client's idle connection whenever others finish first.
        _ = graft_curl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, CurlMulti.cachedConnections)
        var transfers: [UnsafeMutableRawPointer: CurlTransfer] = [:]
        while true {
            let (jobs, cancelled) = inbox.withLock { inbox in
                defer { inbox.jobs = []; inbox.cancelled = [] }
                return (inbox.jobs, inbox.cancelled)
            }
            for job in jobs {
                guard let handle = curl_easy_init() else {
                    job.continuation.resume(returning: .failure(.unreachable("libcurl could not start a transfer", retryable: false)))
                    continue
                }
                transfers[handle] = CurlTransfer(job, handle: handle)
                curl_multi_add_handle(multi, handle)
            }
            for id in cancelled {
                guard let (handle, transfer) = transfers.first(where: { $0.value.id == id }) else { continue }
                transfers[handle] = nil
                curl_multi_remove_handle(multi, handle)
                transfer.finish(.failure(.cancelled))
            }
            var running: Int32 = 0
            curl_multi_perform(multi, &running)
            var queued: Int32 = 0
            while let message = curl_multi_info_read(multi, &queued) {
                guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                      let transfer = transfers.removeValue(forKey: handle) else { continue }
                let code = message.pointee.data.result
                curl_multi_remove_handle(multi, handle)
                transfer.finish(transfer.outcome(code))
            }
            var wakeUp = curl_waitfd(fd: wake.descriptor, events: Int16(CURL_WAIT_POLLIN), revents: 0)
            // libcurl shortens the wait to its own next timer (a transfer's timeout included).
            curl_multi_poll(multi, &wakeUp, 1, transfers.isEmpty ? 60_000 : 1_000, nil)
            if wakeUp.revents != 0 { wake.drain() }
        }
    }

    /// Fails every job now and later with `reason`.
    private func refuseAll(_ reason: String) {
        let jobs = inbox.withLock { inbox in
            inbox.unusable = reason
            defer { inbox.jobs = [] }
            return inbox.jobs
        }
        for job in jobs { job.continuation.resume(returning: .failure(.unreachable(reason, retryable: false))) }
    }
}
