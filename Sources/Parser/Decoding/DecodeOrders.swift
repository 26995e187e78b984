import Diagnostics

extension ConfigDecoder {
    func order(_ node: YAMLNode) -> Order? {
        guard let r = ObjectReader(node, Schemas.order, sink) else { return nil }
        return Order(
            id: r.string("id"), forWhom: r.string("for"),
            lines: r.list("lines") { node in
                ObjectReader(node, Schemas.orderLine, sink).map {
                    Order.Line(product: $0.string("product"), quantity: $0.string("quantity"), location: node.location)
                }
            },
            contractStart: r.string("contract_start"), contact: r.object("contact", person),
            address: r.object("address") { node in
                ObjectReader(node, Schemas.address, sink).map {
                    Address(street: $0.string("street"), houseNumber: $0.string("house_number"),
                            postcode: $0.string("postcode"), city: $0.string("city"),
                            province: $0.string("province"), country: $0.string("country"), location: node.location)
                }
            },
            billing: r.object("billing") { node in
                ObjectReader(node, Schemas.billing, sink).map {
                    Order.Billing(kvk: $0.string("kvk"), vat: $0.string("vat"), iban: $0.string("iban"),
                                  invoiceEmail: $0.string("invoice_email"), directDebit: $0.bool("direct_debit"),
                                  location: node.location)
                }
            },
            porting: r.string("porting"), status: r.string("status"), location: node.location)
    }
}
