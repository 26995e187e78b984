import Foundation

/// The progress of a long run over many customers, on standard error.
///
/// On a terminal: one line redrawn in place. Elsewhere (a CI log, a pipe): a plain line
/// every few seconds with what is done, the time so far and an estimate of what is left,
/// so that a slow job shows it is alive — but only once a run has taken a few seconds,
/// so short runs (and tests) print nothing.
final class ProgressReport: @unchecked Sendable {
    /// A run shorter than this prints no line to a log.
    static let quietPeriod: TimeInterval = 3
    /// Seconds between two lines in a log.
    static let logInterval: TimeInterval = 5

    private let console: Console
    private let start: Date
    private let lock = NSLock()
    private var lastLine: Date?

    init(console: Console, start: Date = Date()) {
        self.console = console
        self.start = start
    }

    /// Called with (done, total) by the checker, at most once a second.
    func report(done: Int, total: Int, now: Date = Date()) {
        if console.stderrIsTerminal {
            console.err("\rpbxc: \(done) of \(total) customers…\u{1B}[K")
            return
        }
        let elapsed = now.timeIntervalSince(start)
        lock.lock()
        let due = elapsed >= Self.quietPeriod && lastLine.map { now.timeIntervalSince($0) >= Self.logInterval } ?? true
        if due { lastLine = now }
        lock.unlock()
        guard due else { return }
        console.err(Self.line(done: done, total: total, elapsed: elapsed))
    }

    /// Clears the terminal line (a log keeps its lines).
    func finish() {
        if console.stderrIsTerminal { console.err("\r\u{1B}[K") }
    }

    /// `pbxc: 1200 of 4000 customers, 0:42 so far, about 1:38 left`
    static func line(done: Int, total: Int, elapsed: TimeInterval) -> String {
        let left = done > 0 ? elapsed / Double(done) * Double(total - done) : nil
        return "pbxc: \(done) of \(total) customers, \(clock(elapsed)) so far"
            + (left.map { ", about \(clock($0)) left" } ?? "") + "\n"
    }

    /// Minutes and seconds, `m:ss`.
    static func clock(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        let s = whole % 60
        return "\(whole / 60):\(s < 10 ? "0" : "")\(s)"
    }
}
