// Tests of the seeded generator: reproducible, in range, and uniform enough for search heuristics.
import SolverControl
import Testing

@Suite struct SeededGeneratorTests {
    @Test func sameSeedSameSequence() {
        var a = SeededGenerator(seed: 42)
        var b = SeededGenerator(seed: 42)
        for _ in 0..<1000 { #expect(a.next() == b.next()) }
    }

    @Test func differentSeedsDiffer() {
        var a = SeededGenerator(seed: 1)
        var b = SeededGenerator(seed: 2)
        let same = (0..<100).filter { _ in a.next() == b.next() }.count
        #expect(same == 0)
    }

    @Test func boundedValuesCoverTheRangeEvenly() {
        var g = SeededGenerator(seed: 7)
        var counts = [Int](repeating: 0, count: 10)
        for _ in 0..<100_000 { counts[g.next(below: 10)] += 1 }
        #expect(counts.allSatisfy { (9_500...10_500).contains($0) })
        for _ in 0..<10_000 {
            let x = g.nextDouble()
            #expect(x >= 0 && x < 1)
        }
    }

    @Test func shuffleIsAPermutation() {
        var g = SeededGenerator(seed: 3)
        var a = Array(0..<50)
        g.shuffle(&a)
        #expect(a.sorted() == Array(0..<50))
        #expect(a != Array(0..<50))
    }
}
