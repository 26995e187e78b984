import Compiler

/// Context names of one customer. Every context starts with the customer id, so many
/// customers can share one Asterisk; the same names are used by every Asterisk file.
/// Each is a `ContextName`, so a name from the configuration cannot change the
/// structure of the file it is written into.
struct AsteriskNames {
    let customer: String

    var inbound: ContextName { ContextName(customer: customer, "inbound") }
    var phones: ContextName { ContextName(customer: customer, "phones") }
    var extensions: ContextName { ContextName(customer: customer, "extensions") }
    var dialByExtension: ContextName { ContextName(customer: customer, "dial-by-extension") }
    var outbound: ContextName { ContextName(customer: customer, "outbound") }
    var outboundAllowed: ContextName { ContextName(customer: customer, "outbound-allowed") }
    var nightMode: ContextName { ContextName(customer: customer, "nightmode") }
    var members: ContextName { ContextName(customer: customer, "members") }
    var external: ContextName { ContextName(customer: customer, "external") }
    var end: ContextName { ContextName(customer: customer, "end") }
    /// The voicemail.conf context Directory reads (every user with an extension; the
    /// mailboxes themselves are in the context named by the customer id), and the
    /// customer's music-on-hold class.
    var directory: ContextName { ContextName(customer: customer, "directory") }
    var musicClass: ContextName { ContextName(customer: customer, "moh") }
    func open(_ schedule: String) -> ContextName { ContextName(customer: customer, "open", name: schedule) }
    func closed(_ schedule: String) -> ContextName { ContextName(customer: customer, "closed", name: schedule) }
    func menuState(_ menu: String, open: Bool) -> ContextName {
        open ? ContextName(customer: customer, "menu", name: menu, "open")
            : ContextName(customer: customer, "menu", name: menu, "closed")
    }
    func blocks(_ user: String) -> ContextName { ContextName(customer: customer, "blocks", name: user) }
    /// The custom device state of the manual night-mode switch (INUSE: on); its
    /// feature code's hint lights BLF keys.
    var nightSwitch: ContextName { ContextName(customer: customer, "nightswitch") }
    func queue(_ group: String) -> ContextName { ContextName(customer: customer, name: group) }

    /// The context of a node with its own context (users, groups, menus, mailboxes).
    func context(_ node: String) -> ContextName? {
        if node == NodeID.companyVoicemail { return ContextName(customer: customer, "voicemail") }
        let id = { (prefix: String) in String(node.dropFirst(prefix.count + 1)) }
        if node.hasPrefix("user:") { return ContextName(customer: customer, "user", name: id("user")) }
        if node.hasPrefix("group:") { return ContextName(customer: customer, "group", name: id("group")) }
        if node.hasPrefix("menu:") { return ContextName(customer: customer, "menu", name: id("menu")) }
        if node.hasPrefix("voicemail:") { return ContextName(customer: customer, "voicemail", name: id("voicemail")) }
        return nil
    }

    /// `context,exten,priority` where a call enters a node from outside (night mode applies).
    func entry(_ node: String) -> DialplanCode {
        if let context = context(node) { return DialplanCode(goto: context, "s", "1") }
        if node.hasPrefix("external:") { return DialplanCode(goto: external, String(node.dropFirst("external:".count)), "1") }
        return DialplanCode(goto: end, node, "1")
    }

    /// Where an internal call to a node starts: past its night-mode check.
    func internalEntry(_ node: String) -> DialplanCode {
        if node.hasPrefix("user:") || node.hasPrefix("group:"), let context = context(node) {
            return DialplanCode(goto: context, "s", "ring")
        }
        if node.hasPrefix("menu:"), let context = context(node) { return DialplanCode(goto: context, "s", "select") }
        return entry(node)
    }

    /// `PJSIP/a&PJSIP/b` for a list of endpoints.
    static func dialString(_ endpoints: [String]) -> DialplanCode {
        DialplanCode(dial: endpoints)
    }

    /// The phones and, through the trunk, external numbers rung at the same time.
    static func dialString(_ endpoints: [String], external: [String]) -> DialplanCode {
        DialplanCode(dial: endpoints, external: external)
    }
}
