@testable import Emitters
import Foundation
import TestSupport
import XCTest

final class CanonicalJSONTests: XCTestCase {
    struct Sample: Encodable {
        var b = ["x": 1]
        var a = "quote \" brace { [ , : and / slash"
        var empty: [Int] = []
        var none: [String: Int] = [:]
        var list = [1, 2]
    }

    func testLayoutIsStableAndStringsAreUntouched() throws {
        let text = String(decoding: try CanonicalJSON.encode(Sample()), as: UTF8.self)
        XCTAssertEqual(text, """
        {
          "a": "quote \\" brace { [ , : and / slash",
          "b": {
            "x": 1
          },
          "empty": [],
          "list": [
            1,
            2
          ],
          "none": {}
        }

        """)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(text.utf8)))
    }
}
