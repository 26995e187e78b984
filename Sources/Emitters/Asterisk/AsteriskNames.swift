import Compiler

/// Context names of one customer. Every context starts with the customer id, so many
/// customers can share one Asterisk; the same names are used by every Asterisk file.
struct AsteriskNames {
    let customer: String

    var inbound: String { "\(customer)-inbound" }
    var phones: String { "\(customer)-phones" }
    var extensions: String { "\(customer)-extensions" }
    var dialByExtension: String { "\(customer)-dial-by-extension" }
    var outbound: String { "\(customer)-outbound" }
    var outboundAllowed: String { "\(customer)-outbound-allowed" }
    var nightMode: String { "\(customer)-nightmode" }
    var members: String { "\(customer)-members" }
    var external: String { "\(customer)-external" }
    var end: String { "\(customer)-end" }
    func open(_ schedule: String) -> String { "\(customer)-open-\(schedule)" }
    func closed(_ schedule: String) -> String { "\(customer)-closed-\(schedule)" }
    func menuState(_ menu: String, open: Bool) -> String { "\(customer)-menu-\(menu)-\(open ? "open" : "closed")" }
    func queue(_ group: String) -> String { "\(customer)-\(group)" }

    /// The context of a node with its own context (users, groups, menus, mailboxes).
    func context(_ node: String) -> String? {
        if node == NodeID.companyVoicemail { return "\(customer)-voicemail" }
        for prefix in ["user", "group", "menu", "voicemail"] where node.hasPrefix(prefix + ":") {
            return "\(customer)-\(prefix)-\(node.dropFirst(prefix.count + 1))"
        }
        return nil
    }

    /// `context,exten,priority` where a call enters a node from outside (night mode applies).
    func entry(_ node: String) -> String {
        if let context = context(node) { return "\(context),s,1" }
        if node.hasPrefix("external:") { return "\(external),\(node.dropFirst("external:".count)),1" }
        return "\(end),\(node),1"
    }

    /// Where an internal call to a node starts: past its night-mode check.
    func internalEntry(_ node: String) -> String {
        if node.hasPrefix("user:") || node.hasPrefix("group:") { return "\(context(node)!),s,ring" }
        if node.hasPrefix("menu:") { return "\(context(node)!),s,select" }
        return entry(node)
    }

    /// `PJSIP/a&PJSIP/b` for a list of endpoints.
    static func dialString(_ endpoints: [String]) -> String {
        endpoints.map { "PJSIP/\($0)" }.joined(separator: "&")
    }
}
