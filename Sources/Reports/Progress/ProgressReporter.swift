// Progress of a long run on stderr: phase, counties done of total, elapsed and time left; redrawn or line by line.
import Foundation

/// Turns the pipeline's progress messages into what a planner watching the run reads.
///
/// Messages are `phase: text`; those of the shape `phase: K/N counties ...` count counties, and the time left is
/// extrapolated from the pace of the current pass (a phase may pass over the counties more than once, as the
/// co-delivery comparison does). On a terminal one line is redrawn in place; to a pipe or file a line is written
/// per message without a count, and per county (at most 20 counties) or per 5% of them.
public final class ProgressReporter: @unchecked Sendable {
    /// How the lines are written.
    public enum Mode: Sendable {
        /// One line redrawn with a carriage return (stderr is a terminal).
        case terminal
        /// One line per county or per 5% (stderr is a pipe or a file).
        case lines
    }

    private let mode: Mode
    private let write: @Sendable (String) -> Void
    private let clock: @Sendable () -> Double
    private let lock = NSLock()
    private let start: Double
    private var phase = ""
    private var passStart = 0.0
    private var lastDone = 0
    private var lastStep = -1
    private var redrawn = false

    /// A reporter writing with `write` (default: stderr), timing with `clock` (default: seconds since 1970).
    public init(
        mode: Mode, write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) },
        clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
    ) {
        self.mode = mode
        self.write = write
        self.clock = clock
        start = clock()
        passStart = start
    }

    /// The reporter for stderr (a terminal or not), or nil when `quiet`.
    public static func standardError(quiet: Bool) -> ProgressReporter? {
        quiet ? nil : ProgressReporter(mode: isatty(2) != 0 ? .terminal : .lines)
    }

    /// `K/N` from "K/N counties" in a message.
    static func counts(_ message: String) -> (done: Int, total: Int)? {
        guard let range = message.range(of: #"(\d+)/(\d+) counties"#, options: .regularExpression) else { return nil }
        let parts = message[range].split(separator: " ")[0].split(separator: "/")
        guard parts.count == 2, let done = Int(parts[0]), let total = Int(parts[1]), total > 0 else { return nil }
        return (done, total)
    }

    /// Reports one message of the pipeline.
    public func note(_ message: String) {
        lock.lock()
        defer { lock.unlock() }
        let now = clock()
        let phase = message.split(separator: ":", maxSplits: 1).first.map(String.init) ?? message
        var line = String(format: "[%7.1f s] ", now - start) + message
        var show = true
        if let (done, total) = Self.counts(message) {
            if phase != self.phase || done <= lastDone { lastStep = -1 }
            if done <= lastDone && phase == self.phase { passStart = now }
            lastDone = done
            let pass = now - passStart
            if done < total, done > 0 {
                line += String(format: "; about %@ left", Self.duration(pass / Double(done) * Double(total - done)))
            }
            // Per county up to 20 counties, else each time another 5% of them is done.
            let step = total <= 20 ? done : done * 20 / total
            show = mode == .terminal || step != lastStep || done == total
            lastStep = step
        } else {
            passStart = now
            lastDone = 0
            lastStep = -1
        }
        self.phase = phase
        guard show else { return }
        switch mode {
        case .terminal:
            write("\r\u{1B}[K" + line)
            redrawn = true
        case .lines:
            write(line + "\n")
        }
    }

    /// Ends the redrawn line (call once the run is over).
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if redrawn { write("\n") }
        redrawn = false
    }

    /// `45 s`, `3 min 20 s`, `1 h 05 min`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(s % 60) s" }
        return String(format: "%d h %02d min", s / 3600, s % 3600 / 60)
    }
}
