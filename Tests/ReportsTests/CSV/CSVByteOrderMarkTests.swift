// Tests that every CSV starts with the UTF-8 byte-order mark unless asked not to.
import Foundation
import Testing

@testable import Reports

struct CSVByteOrderMarkTests {
    @Test func summaryStartsWithTheMarkUnlessTurnedOff() throws {
        let (_, plan) = try ReportFixture.shared.get()
        let with = SummaryCSV.data(plan), without = SummaryCSV.data(plan, byteOrderMark: false)
        #expect(Array(with.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(with.dropFirst(3) == without && without.first == UInt8(ascii: "c"))
        #expect(Array(SweepReport.csv([]).prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(CSVByteOrderMark.apply(with, true) == with)
    }
}
