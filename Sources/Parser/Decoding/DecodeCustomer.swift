import Diagnostics

extension ConfigDecoder {
    /// One customer file. A customer kept as a folder is several of these, merged by
    /// `CustomerMerger`.
    public func customerFile(_ node: YAMLNode, file: FileID) -> Customer {
        var customer = Customer()
        customer.files = [file]
        guard let r = ObjectReader(node, Schemas.customerFile, sink) else { return customer }
        for key in Schemas.customerFile.keys {
            if let location = r.keyLocation(key) { customer.sections[key] = location }
        }
        customer.version = version(r)
        customer.info = r.object("customer") { node in
            ObjectReader(node, Schemas.customer, sink).map {
                CustomerInfo(id: $0.string("id"), name: $0.string("name"), country: $0.string("country"),
                             timezone: $0.string("timezone"), language: $0.string("language"),
                             location: node.location)
            }
        }
        customer.numbers = r.strings("numbers")
        customer.company = r.object("company", company)
        customer.schedules = r.entries("schedules").compactMap(schedule)
        customer.users = r.list("users", user)
        customer.huntGroups = r.list("hunt_groups", huntGroup)
        customer.ivrMenus = r.list("ivr_menus", ivrMenu)
        customer.porting = r.list("porting", portingRequest)
        customer.orders = r.list("orders", order)
        customer.portalUsers = r.list("portal_users", portalUser)
        return customer
    }

    /// Night mode of a user, group or menu: `follow|on|off`, or `{ mode, to }`.
    func entityNightMode(_ node: YAMLNode) -> EntityNightMode? {
        if node.kind == .scalar {
            return ScalarDecoding.enumValue(node, key: "night_mode", sink).map { EntityNightMode(mode: $0, to: nil) }
        }
        guard let r = ObjectReader(node, Schemas.entityNightMode, sink),
              let mode: Located<NightModeFollow> = r.enumValue("mode") else { return nil }
        return EntityNightMode(mode: mode, to: r.string("to"))
    }
}
