import Diagnostics
import TestSupport
import Validator
import XCTest

/// The portal-user rules say what is wrong and what to write instead.
final class PortalUsersRulesTests: XCTestCase {
    func findings(_ portalUsers: String) -> [Diagnostic] {
        CustomerChecker.check(text: customer(portalUsers), path: "c.yaml").filter { $0.rule.hasPrefix("portal-") }
    }

    func testUnknownRoleGetsDidYouMean() {
        let found = findings("portal_users: [{ username: a@acme.example, roles: [user_managment, mobile_settings] }]")
        XCTAssertEqual(found.map(\.rule), ["portal-role", "portal-role"])
        XCTAssertEqual(found.first?.help, "did you mean `user_management`?")
        XCTAssertTrue(found.last?.message.contains("only available with `mobile_access`") == true, found.last?.message ?? "")
    }

    func testMailNeedsAnAddressAndMessagesExist() {
        let found = findings("portal_users: [{ username: beheer, welcome_mail: true, email_messages: [invoices, sim_block] }]")
        XCTAssertEqual(found.map(\.rule), ["portal-email", "portal-email"])
        // In the order of the text: the username first.
        XCTAssertTrue(found.first?.message.contains("the welcome mail and e-mail messages but has no e-mail address") == true)
        XCTAssertEqual(found.last?.help, "did you mean `sim_blocking`?")
        XCTAssertEqual(findings("portal_users: [{ username: beheer, email: b@acme.example, welcome_mail: true }]").count, 0)
    }

    func testBlockedAndWelcomeMailAreBooleans() {
        let all = CustomerChecker.check(text: customer("portal_users: [{ username: a@acme.example, blocked: yes }]"), path: "c.yaml")
        XCTAssertEqual(all.map(\.rule), ["wrong-type"])
        XCTAssertEqual(all.first?.help, "write `true`")
    }
}
