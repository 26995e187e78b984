import Diagnostics

extension ConfigDecoder {
    func portingRequest(_ node: YAMLNode) -> PortingRequest? {
        guard let r = ObjectReader(node, Schemas.porting, sink) else { return nil }
        var services: [String: [LString]] = [:]
        if let s = r.object("services", { ObjectReader($0, Schemas.services, sink) }) {
            for kind in PortingRequest.serviceKinds where s.has(kind) { services[kind] = s.strings(kind) }
        }
        let holder: (YAMLNode) -> PortingRequest.Holder? = { node in
            ObjectReader(node, Schemas.holder, sink).map {
                PortingRequest.Holder(name: $0.string("name"), street: $0.string("street"),
                                      houseNumber: $0.string("house_number"), postcode: $0.string("postcode"),
                                      city: $0.string("city"), province: $0.string("province"), country: $0.string("country"),
                                      kvk: $0.string("kvk"), location: node.location)
            }
        }
        return PortingRequest(
            id: r.string("id"), kind: r.string("kind"), losingProvider: r.string("losing_provider"),
            contract: r.object("contract") { node in
                ObjectReader(node, Schemas.contract, sink).map {
                    PortingRequest.Contract(account: $0.string("account"), handling: $0.string("handling"),
                                            location: node.location)
                }
            },
            holder: r.object("holder", holder),
            signatory: r.object("signatory", person), numbers: r.strings("numbers"),
            heldAtProvider: r.strings("held_at_provider"), services: services,
            billingNumber: r.string("billing_number"), newBillingNumber: r.string("new_billing_number"),
            wantedDate: r.string("wanted_date"), submitted: r.string("submitted"), status: r.string("status"),
            previousPartner: r.string("previous_partner"),
            consent: r.object("consent") { node in
                ObjectReader(node, Schemas.consent, sink).map {
                    PortingRequest.Consent(previousPartner: $0.string("previous_partner"),
                                           gainingPartner: $0.string("gaining_partner"), signedBy: $0.string("signed_by"),
                                           location: node.location)
                }
            },
            blocking: r.object("blocking") { node in
                ObjectReader(node, Schemas.blocking, sink).map {
                    PortingRequest.Blocking(code: $0.string("code"), reason: $0.string("reason"), location: node.location)
                }
            },
            approved: r.object("approved") { node in
                ObjectReader(node, Schemas.approved, sink).map {
                    PortingRequest.Approved(first: $0.string("first"), last: $0.string("last"), location: node.location)
                }
            },
            executedOn: r.string("executed_on"), csrDate: r.string("csr_date"), invoiceDate: r.string("invoice_date"),
            carrierRecord: r.object("carrier_record", holder), freeze: r.bool("freeze"), location: node.location)
    }

    func person(_ node: YAMLNode) -> Person? {
        ObjectReader(node, Schemas.person, sink).map {
            Person(name: $0.string("name"), email: $0.string("email"), phone: $0.string("phone"),
                   location: node.location)
        }
    }
}
