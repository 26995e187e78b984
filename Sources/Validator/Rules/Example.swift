import Diagnostics
import Domain
import Parser

/// Builds the full customer files of rule examples around the part that matters,
/// so that every example is a file `pbxc check` accepts as it stands.
enum Example {
    static let defaultCompany = #"company: { number: "+31887654000", unassigned_numbers: voicemail }"#

    /// A customer `acme` in NL holding +31 88 765 4000…4009, followed by `body`.
    static func customer(_ body: String, company: String = defaultCompany,
                         numbers: String = #"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#) -> String {
        let text = """
        customer: { id: acme, name: Acme B.V., country: NL }
        \(numbers)
        \(company)
        \(body)
        """
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// Two customer files (`acme`, then `bakker`, both NL), separated by `---`, each
    /// with its own `numbers` line; the company number is each one's first number.
    static func twoCustomers(_ acmeNumbers: String, _ bakkerNumbers: String) -> String {
        """
        customer: { id: acme, name: Acme B.V., country: NL }
        \(acmeNumbers)
        company: { number: "+31887654000", unassigned_numbers: voicemail }
        ---
        customer: { id: bakker, name: Bakkerij Jansen, country: NL }
        \(bakkerNumbers)
        company: { number: "\(firstNumber(bakkerNumbers))", unassigned_numbers: voicemail }
        """
    }

    /// The first number written in a `numbers: [...]` line.
    private static func firstNumber(_ line: String) -> String {
        let quoted = line.split(separator: "\"")
        return quoted.count > 1 ? String(quoted[1]).filter { $0 != "↓" } : ""
    }

    static let defaultHolder = #"holder: { name: Acme B.V., street: Krijgsman, house_number: "14", postcode: 1186DM, city: Amstelveen }"#

    /// A customer holding the DDI-10 block +31 88 765 4000…4009 and 085 487 9610, with
    /// one porting request from KPN (submitted Monday 2026-11-02, wanted 2026-11-16)
    /// whose remaining lines are `lines` (they must include `numbers:`).
    static func porting(_ lines: String, holder: String = defaultHolder, dates: String = "submitted: 2026-11-02\n    wanted_date: 2026-11-16",
                        company: String = defaultCompany) -> String {
        customer("""
        porting:
          - id: port-1
            losing_provider: KPN
            contract: { account: "1.23456789", handling: end_at_term }
            \(holder)
            \(dates)
            \(lines)
        """, company: company, numbers: #"numbers: ["+31 88 765 4000 - +31 88 765 4009", "+31 85 487 9610"]"#)
    }

    /// A customer holding +31 88 765 4000…4009 to whom `numbers` move from another
    /// partner of the platform (seed 002), with both partners' consent, on 2026-11-16.
    static func move(_ numbers: String = #"numbers: ["+31 85 487 9610"]"#,
                     consent: String = "consent: { previous_partner: DOC-2026-0042, gaining_partner: DOC-2026-0043, signed_by: K. Berger }",
                     status: String = "status: signed") -> String {
        customer("""
        porting:
          - id: move-1
            kind: move
            previous_partner: "050999"
            \(consent)
            wanted_date: 2026-11-16
            \(status)
            \(numbers)
        """)
    }

    /// Where values made in code (not read from a file) stand.
    static let nowhere = SourceLocation(file: FileID(raw: 0), line: 0, column: 0, offset: 0)

    /// The repository of rule examples: the catalog of seed 000 §2 (with its modules and account
    /// types, a Basic subscription and a porting fee besides), a platform, and secret sources
    /// (variables starting with `ACME_`, files in `secrets/`).
    static let repository: RepositoryConfig = {
        func product(_ code: String, _ name: String, oneOff: String? = nil, monthly: String? = nil, term: Int? = nil,
                     module: ProductModule = .telephony, account: AccountType? = nil) -> RepositoryConfig.Product {
            RepositoryConfig.Product(code: LString(code, at: Example.nowhere), name: LString(name, at: Example.nowhere),
                                     oneOff: oneOff.map { LString($0, at: Example.nowhere) },
                                     monthly: monthly.map { LString($0, at: Example.nowhere) },
                                     termMonths: term.map { Located($0, at: Example.nowhere) }, currency: nil,
                                     module: Located(module, at: Example.nowhere),
                                     accountType: account.map { Located($0, at: Example.nowhere) }, location: Example.nowhere)
        }
        var repository = RepositoryConfig(catalog: [
            product("connection-fee", "Aansluitkosten", oneOff: "25.00"),
            product("flex-telephony-basic", "FlexTelephony Basic", monthly: "4.50", term: 12, account: .phone),
            product("flex-telephony-standard", "FlexTelephony Standard", monthly: "6.00", term: 12, account: .phone),
            product("fixed-mobile-account", "Fixed-Mobile Account", monthly: "2.50", account: .fixedMobile),
            product("porting-fee", "Nummerportering", oneOff: "15.00", module: .numberPorting),
        ])
        // The platform phones register to and fetch their files from, and a time zone
        // Snom phones have a name for (`boot-chain-setting`).
        repository.defaults.timezone = LString("Europe/Amsterdam", at: Example.nowhere)
        repository.platform = RepositoryConfig.Platform(sipDomain: LString("sip.example.net", at: Example.nowhere),
                                                        provisioningURL: LString("https://prov.example.net/", at: Example.nowhere))
        // The declared secret sources examples may name.
        repository.secrets = RepositoryConfig.SecretSources(
            environment: [LString("PBXC_EXAMPLE_UNSET_PW", at: Example.nowhere)],
            environmentPrefix: LString("ACME_", at: Example.nowhere), folder: LString("secrets", at: Example.nowhere))
        return repository
    }()

    /// A customer with the seed's order, every field valid, with overrides.
    static func order(lines: String = #"[{ product: connection-fee, quantity: 1 }, { product: flex-telephony-standard, quantity: 10 }, { product: fixed-mobile-account, quantity: 4 }]"#,
                      contact: String = #"{ name: J. de Vries, email: jan@acme.example, phone: "+31524000000" }"#,
                      address: String = #"{ street: Krijgsman, house_number: "14", postcode: 1186DM, city: Amstelveen, country: NL }"#,
                      billing: String = #"{ kvk: "72511486", vat: NL004495445B01, iban: NL91ABNA0417164300, invoice_email: finance@acme.example, direct_debit: true }"#,
                      start: String = "immediate") -> String {
        customer("""
        orders:
          - id: co941-4031
            for: new_customer
            lines: \(lines)
            contract_start: \(start)
            contact: \(contact)
            address: \(address)
            billing: \(billing)
        """)
    }
}
