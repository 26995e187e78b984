import Foundation
import TestSupport
import XCTest

/// `portal-users.json` against its JSON Schema (docs/schemas/portal-users.schema.json),
/// validated by python jsonschema: the example customer's document is valid, and
/// documents that break the portal's rules (a mobile role without mobile_access, an
/// unknown role, mail without an address, a password in the file) are not.
final class PortalUsersDocumentTests: XCTestCase {
    static let validator = """
    import json, sys
    from jsonschema import Draft202012Validator
    schema = json.load(open(sys.argv[1]))
    Draft202012Validator.check_schema(schema)
    errors = [e.message for e in Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2])))]
    print("\\n".join(errors))
    sys.exit(1 if errors else 0)
    """

    func validate(_ document: Data) throws -> (status: Int32, out: String) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("portal-users-\(UUID().uuidString).json")
        try document.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try tool(["python3", "-c", Self.validator, "docs/schemas/portal-users.schema.json", url.path])
    }

    func testTheExampleDocumentIsValidAndSpoiltOnesAreNot() throws {
        let files = try builtExamples().flatMap(\.files).filter { $0.path.hasSuffix("/portal-users.json") }
        XCTAssertEqual(files.map(\.path), ["acme/portal-users.json"])
        let document = try XCTUnwrap(files.first).contents
        let valid = try validate(document)
        XCTAssertEqual(valid.status, 0, valid.out)

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: document) as? [String: Any])
        var users = try XCTUnwrap(json["users"] as? [[String: Any]])
        XCTAssertEqual(users.map { $0["blocked"] as? Bool }, [false, false, true])
        XCTAssertEqual(users[1]["welcome_mail"] as? Bool, true)
        XCTAssertEqual(users[1]["email"] as? String, "boekhouding@acme.example")
        XCTAssertEqual(users[0]["password"] as? [String: String], ["source": "env", "name": "ACME_PORTAL_ADMIN_PW"])

        func spoilt(_ change: (inout [String: Any]) -> Void) throws -> Int32 {
            var user = users[1]
            change(&user)
            var copy = json
            copy["users"] = [user]
            return try validate(try JSONSerialization.data(withJSONObject: copy)).status
        }
        XCTAssertNotEqual(try spoilt { $0["roles"] = ["invoices", "mobile_limits"] }, 0, "mobile_limits without mobile_access")
        XCTAssertNotEqual(try spoilt { $0["roles"] = ["user_managment"] }, 0, "unknown role")
        XCTAssertNotEqual(try spoilt { $0.removeValue(forKey: "email") }, 0, "welcome mail without an address")
        XCTAssertNotEqual(try spoilt { $0["email"] = NSNull() }, 0, "welcome mail to a null address")
        XCTAssertEqual(try spoilt { $0["email"] = NSNull(); $0["welcome_mail"] = false; $0["email_messages"] = [] }, 0,
                       "no mail, no address")
        XCTAssertNotEqual(try spoilt { $0["password"] = ["source": "env", "name": "X", "value": "Geheim!2026"] }, 0, "a password value")
        users[1]["roles"] = ["mobile_access", "mobile_block"]
        XCTAssertEqual(try spoilt { $0 = users[1] }, 0)
    }
}
