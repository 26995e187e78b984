/// Orders: products, contract, address and billing.
extension Schemas {
    public static let order = ObjectSchema("an order", [
        "id": .name.described("order id").required.examples("co941-4031"),
        "for": .choice("for a new or an existing customer", [
            ("new_customer", "the export carries the customer"), ("existing_customer", "lines only"),
        ]).default("new_customer"),
        "lines": .list(.object(orderLine, ""), "products and quantities").required,
        "contract_start": .anyOf([.choice("", [("immediate", "at once")]), .date], "`immediate` or a date")
            .default("immediate"),
        "contact": .object(person, "the authorised signatory"),
        "address": .object(address, "address"),
        "billing": .object(billing, "billing data"),
        "porting": .name.described("id of a porting request"),
        "status": .choice("where the order is in its life cycle", orderStatuses.map { ($0, "") }).default("draft"),
    ])
    /// The life cycle of an order, in order.
    public static let orderStatuses = ["draft", "sent_for_signature", "signed", "exported", "cancelled"]
    public static let orderLine = ObjectSchema("an order line", [
        "product": .text("a product code of the catalog").required.examples("flex-telephony-standard"),
        "quantity": .integer("how many", in: 1...Int(Int32.max)).default(1),
    ])
    public static let address = ObjectSchema("an address", [
        "street": .text("street"),
        "house_number": .text("house number", numeric: true),
        "postcode": .text("postcode", numeric: true),
        "city": .text("city"),
        "province": .text("province or state (QC, ON, NY); required in Canada and the United States"),
        "country": .country,
    ])
    public static let billing = ObjectSchema("`billing`", [
        "kvk": .text("Dutch KvK number (8 digits)", numeric: true, pattern: "^ *([0-9] *){8}$"),
        "vat": .text("VAT id").examples("NL004495445B01"),
        "iban": .text("IBAN", pattern: "^ *[A-Za-z] *[A-Za-z] *[0-9] *[0-9][A-Za-z0-9 ]*[A-Za-z0-9][A-Za-z0-9 ]*$").examples("NL91ABNA0417164300"),
        "invoice_email": .email.described("where invoices go"),
        "direct_debit": .boolean("pay by direct debit").default(false),
    ])
}
