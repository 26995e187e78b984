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

    /// A password: a literal, `generate`, `{ env: VAR }` or `{ file: path }`.
    func secret(_ node: YAMLNode, key: String) -> Located<Secret>? {
        if node.kind == .scalar, let text = node.scalar {
            if node.isNull { return nil }
            if node.isPlain && text == "generate" { return Located(.generate, at: node.location) }
            sink.markSecret(at: node.location, value: text)
            return Located(.literal(text), at: node.location)
        }
        guard let r = ObjectReader(node, Schemas.secret, sink) else { return nil }
        if let name = r.string("env") { return Located(.environment(name.value), at: node.location) }
        if let path = r.string("file") { return Located(.file(path.value), at: node.location) }
        if let generate = r.bool("generate"), generate.value { return Located(.generate, at: node.location) }
        sink.report(StructureRuleID.missingKey, .error, at: node.location,
                    "`\(key)` needs one of `env`, `file` or `generate`",
                    help: "for example `\(key): { env: ACME_DEVICE_PW }`")
        return nil
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
