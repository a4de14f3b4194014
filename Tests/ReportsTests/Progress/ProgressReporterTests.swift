// Tests of the progress lines: per county or per 5% to a pipe, one redrawn line on a terminal, time left.
import Foundation
import Testing

@testable import Reports

final class Recorder: @unchecked Sendable {
    var text = ""
    var now = 0.0
}

struct ProgressReporterTests {
    func reporter(_ mode: ProgressReporter.Mode, _ r: Recorder) -> ProgressReporter {
        ProgressReporter(mode: mode, write: { r.text += $0 }, clock: { r.now })
    }

    @Test func aPipeGetsALinePerFivePercentOfManyCounties() {
        let r = Recorder()
        let p = reporter(.lines, r)
        p.note("routes: starting")
        for k in 1...167 {
            r.now += 2
            p.note("routes: \(k)/167 counties (x), 1 yuan/day so far")
        }
        let lines = r.text.split(separator: "\n")
        #expect(lines.count == 1 + 21)
        #expect(lines.last!.hasSuffix("routes: 167/167 counties (x), 1 yuan/day so far"))
        // Half way at 2 s a county: about as long again is left.
        #expect(r.text.contains("84/167 counties (x), 1 yuan/day so far; about 2 min 46 s left"))
    }

    @Test func aPipeGetsEveryCountyOfAFew() {
        let r = Recorder()
        let p = reporter(.lines, r)
        for k in 1...10 { p.note("routes: \(k)/10 counties (x)") }
        #expect(r.text.split(separator: "\n").count == 10)
    }

    @Test func aTerminalGetsOneRedrawnLine() {
        let r = Recorder()
        let p = reporter(.terminal, r)
        for k in 1...5 { r.now += 1; p.note("routes: \(k)/5 counties (x)") }
        p.finish()
        #expect(!r.text.dropLast().contains("\n") && r.text.hasSuffix("\n"))
        #expect(r.text.components(separatedBy: "\r\u{1B}[K").count == 6)
    }

    @Test func aSecondPassRestartsTheEstimate() {
        let r = Recorder()
        let p = reporter(.lines, r)
        for k in 1...4 { r.now += 1; p.note("routes: \(k)/4 counties (x)") }
        r.now += 100
        p.note("co-delivery: each carrier alone vs shared")
        r.now += 10
        p.note("routes: 1/4 counties (x)")
        #expect(r.text.contains("routes: 1/4 counties (x); about 30 s left"))
        #expect(ProgressReporter.duration(3725) == "1 h 02 min")
    }
}
