// The JSON parser: RFC 8259 values, escapes, numbers, and syntax errors with their line.
import Foundation
import SolverControl
import Testing

@testable import RoadNetwork

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Data(text.utf8), file: "t.json") }

    /// The error's line and message, or nil when `text` parses.
    private func failure(_ text: String) -> (line: Int?, message: String)? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as NetworkError {
            return (error.issues.first?.location.line, error.issues.first?.message ?? "")
        } catch {
            return (nil, "\(error)")
        }
    }

    @Test func parsesEveryKindOfValueInDocumentOrder() throws {
        let value = try parse(#" {"b": [1, -2.5e3, 0.1, true, false, null], "a": {"x": "y"}, "": []} "#)
        #expect(
            value
                == .object([
                    JSONMember(
                        "b", .array([.number(1), .number(-2500), .number(0.1), .bool(true), .bool(false), .null])),
                    JSONMember("a", .object([JSONMember("x", .string("y"))])),
                    JSONMember("", .array([])),
                ]))
    }

    @Test func decodesEscapesAndUnicode() throws {
        let value = try parse(#"["a\"b\\c\/d\n\t\u0041\u00e9\u4e2d\ud83d\ude00", "阳高县"]"#)
        #expect(value == .array([.string("a\"b\\c/d\n\tAé中😀"), .string("阳高县")]))
        #expect(try parse("\u{FEFF}[1]") == .array([.number(1)]))
    }

    @Test func readsBackWhatTheWriterWrites() throws {
        var g = SeededGenerator(seed: 3)
        var elements: [JSONValue] = []
        for k in 0..<300 {
            let x = (g.nextDouble() - 0.5) * pow(10, Double(g.next(below: 30)) - 15)
            elements.append(.object([JSONMember("k\(k)", .number(x)), JSONMember("s", .string("\u{1}\"\\\n名\(x)"))]))
        }
        let document = JSONValue.object([JSONMember("items", .array(elements))])
        #expect(try parse(JSONText.render(document)) == document)
    }

    @Test func reportsTheLineOfSyntaxErrors() {
        #expect(failure("{\n  \"a\": 1,\n  \"b\": tru\n}")?.line == 3)
        #expect(failure("[1,\n2,\n]")?.line == 3)
        #expect(failure("{\"a\" 1}")?.message.contains("expected ':'") == true)
        #expect(failure("[01]")?.message.contains("start with 0") == true)
        #expect(failure("[1.]") != nil && failure("[.5]") != nil && failure("[1e]") != nil && failure("[-]") != nil)
        #expect(failure("\"open") != nil && failure("\"a\nb\"") != nil && failure("[\"\\x\"]") != nil)
        #expect(failure("[\"\\ud800\"]") != nil)
        #expect(failure("[1] 2")?.message.contains("after the JSON document") == true)
        #expect(failure("") != nil)
        #expect(
            failure(String(repeating: "[", count: 300) + String(repeating: "]", count: 300))?.message.contains("nested")
                == true)
        #expect(failure("[\"\u{FFFD}\"]") == nil)
        #expect((try? JSONParser.parse(Data([0x5B, 0x22, 0xFF, 0x22, 0x5D]), file: "t")) == nil)
    }
}
