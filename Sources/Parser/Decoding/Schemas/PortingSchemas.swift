/// Porting requests and moves between partners.
extension Schemas {
    public static let porting = ObjectSchema("a porting request", [
        "id": .name.described("request id").required.examples("port-2026-001"),
        "kind": .choice("a porting or a move", [("port", "a porting"), ("move", "a move between partners of one platform")])
            .default("port"),
        "losing_provider": .text("the provider the numbers leave").examples("KPN"),
        "contract": .object(contract, "the contract at the losing provider"),
        "holder": .object(holder, "the holder exactly as the losing provider has it"),
        "signatory": .object(person, "who signs"),
        "numbers": .list(.numberOrRange, "the numbers to port, in blocks").required,
        "held_at_provider": .list(.numberOrRange, "everything the customer has there"),
        "services": .object(services, "lines that carry something besides voice"),
        "billing_number": .number.described("the account's billing number at the losing provider"),
        "new_billing_number": .number.described("the billing number of what stays when the billing number ports"),
        "wanted_date": .date.described("the day the numbers should port"),
        "submitted": .date.described("the day the request was sent to the losing provider"),
        "status": .choice("where the request is in its life cycle", portingStatuses.map { ($0, "") }).default("draft"),
        "previous_partner": .text("the partner the numbers come from (moves)", numeric: true),
        "consent": .object(consent, "the written consent of both partners (moves)"),
        "blocking": .object(blocking, "the losing provider's blocking code and reason (status `blocked`)"),
        "approved": .object(approved, "the approved window: first and last day the port may run"),
        "executed_on": .date.described("the day the port ran"),
        "csr_date": .date.described("the date of the carrier's customer service record"),
        "invoice_date": .date.described("the date of the invoice the holder was copied from"),
        "carrier_record": .object(holder, "the holder and service address as the losing carrier's record (CSR) has them"),
        "freeze": .boolean("a service freeze or carrier-change restriction is on the account (North America)").default(false),
    ])
    /// The life cycle of a porting request, in order.
    public static let portingStatuses = [
        "draft", "sent_for_signature", "signed", "requested", "approved", "blocked", "executed", "cancelled",
    ]
    public static let consent = ObjectSchema("`consent`", [
        "previous_partner": .text("reference of the previous partner's written confirmation, signed by an authorised signatory"),
        "gaining_partner": .text("reference of the gaining partner's agreement to the move"),
        "signed_by": .text("who signed for the previous partner"),
    ])
    public static let blocking = ObjectSchema("`blocking`", [
        "code": .text("the blocking code as the losing provider sent it (NL 22, DE ADF, BE holder_mismatch, …)", numeric: true)
            .required,
        "reason": .text("the reason as the losing provider wrote it"),
    ])
    public static let approved = ObjectSchema("`approved`", [
        "first": .date.described("first day the port may run").required,
        "last": .date.described("last day the port may run"),
    ])
    public static let contract = ObjectSchema("`contract`", [
        "account": .text("customer or contract number at the losing provider", numeric: true),
        "handling": .choice("what happens to the contract", [
            ("end_at_term", "ends at its term"), ("already_ended", "has ended"), ("keep", "is kept"),
            ("end_early", "ends early (buy-out accepted)"),
        ]),
    ])
    public static let holder = ObjectSchema("`holder`", [
        "name": .text("name"),
        "street": .text("street"),
        "house_number": .text("house number", numeric: true),
        "postcode": .text("postcode", numeric: true),
        "city": .text("city"),
        "province": .text("province or state, as the carrier's record writes it (QC, ON, NY); required in Canada and the United States"),
        "country": .country,
        "kvk": .text("Chamber of Commerce number", numeric: true),
    ])
    public static let person = ObjectSchema("a person", [
        "name": .text("name"),
        "email": .email.described("e-mail address"),
        "phone": .number,
    ])
    public static let services = ObjectSchema("`services`", [
        "alarm": .list(.number, "alarm lines"),
        "lift": .list(.number, "lift lines"),
        "emergency": .list(.number, "emergency lines"),
        "internet": .list(.number, "lines with internet"),
        "tv": .list(.number, "lines with TV"),
    ])
}
