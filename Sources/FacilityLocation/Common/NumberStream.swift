// Reads OR-Library instance files as a stream of whitespace-separated numbers that remember their line.
//
// Hand-written on purpose: OR-Library files are not CSV (values wrap across lines at arbitrary points and line
// breaks carry no meaning), so no CSV library applies, and a byte scanner keeps the 1000 x 100 cap files fast.
import Foundation

/// A cursor over the whitespace-separated tokens of a text file, for error messages that name the line.
struct NumberStream {
    /// The file name used in error messages.
    let file: String
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    /// The line of the token returned last.
    private(set) var tokenLine = 1

    /// Reads the whole file at `path`.
    init(path: String) throws(LocationError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badInput("\(path): cannot read the file")
        }
        self.init(bytes: [UInt8](data), file: path)
    }

    /// Wraps text already in memory; `file` names it in errors.
    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// The next token, or `nil` at the end of the file.
    mutating func nextToken() -> String? {
        while position < bytes.count, Self.isSpace(bytes[position]) {
            if bytes[position] == 0x0A { line += 1 }
            position += 1
        }
        guard position < bytes.count else { return nil }
        let start = position
        while position < bytes.count, !Self.isSpace(bytes[position]) { position += 1 }
        tokenLine = line
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// The next token as a finite number; `field` names it in errors ("edge length", "fixed cost").
    mutating func number(_ field: String) throws(LocationError) -> Double {
        guard let token = nextToken() else {
            throw .badInput("\(file): the file ends where \(field) was expected (line \(line))")
        }
        guard let value = Double(token), value.isFinite else {
            throw .badInput("\(file) line \(tokenLine): \(field) is \"\(token)\", not a number")
        }
        return value
    }

    /// The next token as a whole number within `range`.
    mutating func integer(_ field: String, in range: ClosedRange<Int>) throws(LocationError) -> Int {
        let value = try number(field)
        guard value == value.rounded(), value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            throw .badInput(
                "\(file) line \(tokenLine): \(field) is \(value), expected a whole number in \(range.lowerBound)...\(range.upperBound)"
            )
        }
        return Int(value)
    }

    /// Whether any non-blank text is left.
    mutating func atEnd() -> Bool {
        let saved = (position, line, tokenLine)
        defer { (position, line, tokenLine) = saved }
        return nextToken() == nil
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
}
