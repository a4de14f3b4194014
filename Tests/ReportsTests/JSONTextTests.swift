// Tests of the JSON writer behind plan.geojson: it must read back as what Foundation's writer gives.
import Foundation
import Testing

@testable import Reports

struct JSONTextTests {
    @Test func readsBackAsWrittenWithSortedKeys() throws {
        let tree: [String: Any] = [
            "z": "引号\"反斜杠\\/换行\n\t\u{01}", "a": [1.5, -2.0, 1e-7, 123456789.125, 3e20],
            "m": ["k": true, "j": false, "i": 42],
            "e": [[Double]](), "n": [[113.25, 40.0], [113.5, 40.125]],
        ]
        let data = JSONText.data(tree)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\"a\":[1.5,-2,"))
        #expect(text.contains("\"m\":{\"i\":42,\"j\":false,\"k\":true}"))
        let back = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let foundation =
            try JSONSerialization.jsonObject(with: JSONSerialization.data(withJSONObject: tree)) as! [String: Any]
        #expect(NSDictionary(dictionary: back).isEqual(to: foundation))
        #expect(back["z"] as? String == "引号\"反斜杠\\/换行\n\t\u{01}")
    }

    @Test func nonFiniteNumbersAreNull() {
        #expect(String(decoding: JSONText.data([Double.infinity, .nan]), as: UTF8.self) == "[null,null]")
    }
}
