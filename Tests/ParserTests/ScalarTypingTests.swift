import Diagnostics
import TestSupport
import XCTest
@testable import Parser

/// Scalars are typed by the schema, never by YAML 1.1 guessing.
final class ScalarTypingTests: XCTestCase {
    func testYAML11LookalikesStayStrings() {
        let (customer, diagnostics) = parseCustomer("""
        customer: { id: acme, country: NO }
        users:
          - { id: jan, extension: 0201, number: 0612345678 }
        orders:
          - id: o1
            lines: [{ product: x, quantity: 1 }]
            address: { postcode: 1186DM }
        schedules:
          office: { hours: { mon-fri: 08:30-17:30 }, dates: [2026-12-24] }
        """)
        XCTAssertEqual(diagnostics.summary, [])
        XCTAssertEqual(customer.info?.country?.value, "NO")
        XCTAssertEqual(customer.users.first?.extensionNumber?.value, "0201")
        XCTAssertEqual(customer.users.first?.number?.value, "0612345678")
        XCTAssertEqual(customer.orders.first?.address?.postcode?.value, "1186DM")
        XCTAssertEqual(customer.schedules.first?.hours.first?.spans.first?.value, "08:30-17:30")
        XCTAssertEqual(customer.schedules.first?.dates.first?.value, "2026-12-24")
    }

    func testBooleansAreOnlyTrueOrFalse() {
        let (customer, diagnostics) = parseCustomer("customer: { id: a }\nusers: [{ id: j, extension: \"20\", hide_number: true, call_waiting: no }]")
        XCTAssertEqual(customer.users.first?.hideNumber?.value, true)
        XCTAssertNil(customer.users.first?.callWaiting)
        XCTAssertEqual(diagnostics.map(\.rule), ["wrong-type"])
        XCTAssertEqual(diagnostics.first?.help, "write `false`")
    }

    func testSecretsAndDestinations() {
        let (customer, diagnostics) = parseCustomer("""
        customer: { id: a }
        users:
          - id: j
            devices:
              - { model: m, mac: x, password: generate }
              - { model: m, mac: y, password: { env: PW } }
              - { model: m, mac: z, password: { file: /run/pw } }
              - { model: m, mac: w, password: "generate" }
        """)
        XCTAssertEqual(diagnostics.summary, [])
        XCTAssertEqual(customer.users[0].devices.map { $0.password?.value },
                       [.generate, .environment("PW"), .file("/run/pw"), .literal("generate")])
    }

    func testMergeKeys() {
        let (customer, diagnostics) = parseCustomer("""
        customer: { id: a }
        users:
          - &base { id: j, extension: "20", email: a@b.example }
          - { <<: *base, id: k, extension: "21" }
        """)
        XCTAssertEqual(diagnostics.summary, [])
        XCTAssertEqual(customer.users.map { $0.id?.value }, ["j", "k"])
        XCTAssertEqual(customer.users[1].email?.value, "a@b.example")
        XCTAssertEqual(customer.users[1].extensionNumber?.value, "21")
    }
}
