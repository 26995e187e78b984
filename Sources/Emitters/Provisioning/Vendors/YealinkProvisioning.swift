import Compiler
import Domain

/// Yealink: `<mac>.cfg` per phone and `y000000000000.cfg` shared, both `key = value`
/// with `#!version:1.0.0.1` first. Line key types: 15 line, 16 BLF, 13 speed dial.
/// DECT handsets (W73P) have no line keys: their template drops the block.
enum YealinkProvisioning: VendorEmitter {
    static let vendor = Vendor.yealink
    static let format = TextFormat.keyValue

    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any] {
        var values: [String: Any] = ["tz_offset": rules.hours, "summer_time": rules.daylightSaving == .none ? "0" : "2"]
        if let name = profile.zoneNames[iana] { values["tz_name"] = name }
        return values
    }

    static func key(_ key: ProvisionedKey, plan: ProvisioningPlan) -> [String: Any] {
        ["type": key.kind == .blf ? "16" : key.kind == .line ? "15" : "13"]
    }

    static let templates = [
        "yealink": """
        #!version:1.0.0.1
        ## {{{model_name}}} of {{{display_name}}} ({{{customer}}}), provisioned by pbxc
        account.1.enable = 1
        account.1.label = {{{line_label}}}
        account.1.display_name = {{{display_name}}}
        account.1.auth_name = {{{auth_user}}}
        account.1.user_name = {{{account}}}
        account.1.password = {{{password}}}
        account.1.sip_server.1.address = {{{registrar}}}
        account.1.sip_server.1.port = {{{registrar_port}}}
        account.1.sip_server.1.transport_type = 0
        {{#outbound_proxy}}
        account.1.outbound_proxy_enable = 1
        account.1.outbound_proxy.1.address = {{{outbound_proxy}}}
        account.1.outbound_proxy.1.port = 5060
        {{/outbound_proxy}}
        account.1.subscribe_mwi = 1
        voice_mail.number.1 = {{{voicemail}}}
        static.security.user_name.admin = admin
        static.security.user_password = admin:{{{admin_password}}}
        {{$linekeys}}
        linekey.1.type = 15
        linekey.1.line = 1
        linekey.1.label = {{{line_label}}}
        {{#keys}}
        linekey.{{{index}}}.type = {{{type}}}
        linekey.{{{index}}}.line = 1
        linekey.{{{index}}}.value = {{{value}}}
        linekey.{{{index}}}.label = {{{label}}}
        {{/keys}}
        {{/linekeys}}

        """,
        "yealink-w73p": """
        {{<yealink}}
        {{$linekeys}}
        ## a DECT handset: no line keys
        {{/linekeys}}
        {{/yealink}}
        """,
        "yealink-common": """
        #!version:1.0.0.1
        ## settings shared by the Yealink phones of {{{customer}}}, provisioned by pbxc
        local_time.ntp_server1 = {{{ntp}}}
        local_time.time_zone = {{{tz_offset}}}
        {{#tz_name}}
        local_time.time_zone_name = {{{tz_name}}}
        {{/tz_name}}
        local_time.summer_time = {{{summer_time}}}
        lang.gui = {{{language}}}
        lang.wui = {{{language}}}
        {{#provisioning_url}}
        static.auto_provision.server.url = {{{provisioning_url}}}
        {{/provisioning_url}}

        """,
    ]
}
