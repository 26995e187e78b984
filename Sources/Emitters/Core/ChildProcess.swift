#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// Runs an outside program (Graphviz) with a time limit, in a process group of its
/// own, so that neither a slow input nor a stopped pbxc leaves it running: on the time
/// limit the whole group is killed, and `installTerminationHandlers()` kills every
/// running group when pbxc itself gets SIGTERM or SIGINT.
public enum ChildProcess {
    public struct Outcome {
        /// Exit status; nil when it was killed (time limit) or could not start.
        public var status: Int32?
        public var output: Data
        public var timedOut: Bool
    }

    /// Runs `executable` with `arguments`, feeding `input` to its standard input and
    /// collecting its standard output (standard error is discarded).
    public static func run(_ executable: String, _ arguments: [String], input: Data, timeLimit: TimeInterval) -> Outcome {
        var stdinPipe: [Int32] = [0, 0], stdoutPipe: [Int32] = [0, 0]
        guard closedOnExec(&stdinPipe) else { return Outcome(status: nil, output: Data(), timedOut: false) }
        guard closedOnExec(&stdoutPipe) else {
            close(stdinPipe[0]); close(stdinPipe[1])
            return Outcome(status: nil, output: Data(), timedOut: false)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in stdinPipe + stdoutPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group (pgid = its pid): one kill reaches it and its children.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = Running.shared.spawning {
            posix_spawn(&pid, executable, &actions, &attributes, argv, environ) == 0 ? pid : nil
        }
        close(stdinPipe[0])
        close(stdoutPipe[1])
        guard spawned != nil else {
            close(stdinPipe[1]); close(stdoutPipe[0])
            return Outcome(status: nil, output: Data(), timedOut: false)
        }
        defer { Running.shared.remove(pid) }

        // Write and read at once: a program may start writing before it has read all.
        let toChild = stdinPipe[1], fromChild = stdoutPipe[0]
        let writer = DispatchGroup()
        DispatchQueue.global().async(group: writer) {
            input.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let n = write(toChild, buffer.baseAddress! + offset, buffer.count - offset)
                    if n <= 0 { break }
                    offset += n
                }
            }
            close(toChild)
        }
        let reader = DispatchGroup()
        let collected = Collected()
        DispatchQueue.global().async(group: reader) {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fromChild, &chunk, chunk.count)
                if n <= 0 { break }
                collected.data.append(contentsOf: chunk[0..<n])
            }
            close(fromChild)
        }

        let deadline = Date().addingTimeInterval(timeLimit)
        var status: Int32 = 0
        var timedOut = false
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 { break }
            if Date() >= deadline {
                timedOut = true
                kill(-pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            usleep(10_000)
        }
        // The group may have children holding the pipes: end them too.
        kill(-pid, SIGKILL)
        writer.wait()
        reader.wait()
        let exited = (status & 0x7f) == 0
        return Outcome(status: !timedOut && exited ? (status >> 8) & 0xff : nil, output: collected.data, timedOut: timedOut)
    }

    /// A pipe whose ends no other child inherits. Builds draw call flows on several
    /// threads: with plain pipes, one Graphviz inherited the write end of another's
    /// input, so neither saw the end of its input and both ran into the time limit.
    /// (The child's own standard input and output are dup2 copies, which stay open.
    /// Swift's Glibc has no pipe2, so the flag is set just after: a spawn on another
    /// thread in those few instructions could still inherit the ends, not one during the
    /// whole drawing as before.)
    private static func closedOnExec(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// What the reader collects; read only after the reader has finished.
    private final class Collected: @unchecked Sendable {
        var data = Data()
    }

    /// On SIGTERM or SIGINT, kills every running child group, then exits as a process
    /// killed by that signal would (128 + the signal). Called once by the `pbxc` main.
    public static func installTerminationHandlers() {
        for sig in [SIGTERM, SIGINT] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                Running.shared.killAll()
                exit(128 + sig)
            }
            source.resume()
            Running.shared.keep(source)
        }
    }

    /// The process groups of running children.
    private final class Running: @unchecked Sendable {
        static let shared = Running()
        private let lock = NSLock()
        private var groups = Set<pid_t>()
        private var sources: [DispatchSourceSignal] = []

        /// Spawns under the lock, so a termination handler never misses a child.
        func spawning(_ spawn: () -> pid_t?) -> pid_t? {
            lock.lock(); defer { lock.unlock() }
            let pid = spawn()
            if let pid { groups.insert(pid) }
            return pid
        }

        func remove(_ pid: pid_t) {
            lock.lock(); defer { lock.unlock() }
            groups.remove(pid)
        }

        func killAll() {
            lock.lock(); defer { lock.unlock() }
            for group in groups { kill(-group, SIGKILL) }
        }

        func keep(_ source: DispatchSourceSignal) {
            lock.lock(); defer { lock.unlock() }
            sources.append(source)
        }
    }
}
