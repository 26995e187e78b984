import Compiler
import Domain

/// Yealink: a phone asks for `<mac>.boot` first; pbxc's lists (`include:config`) the
/// model's common file `y000000000<code>.cfg` (NTP, time zone, language, provisioning
/// URL; no secrets) and then `<mac>.cfg` (account, keys, passwords). All `key = value`
/// with `#!version:1.0.0.1` first. Line key types: 15 line, 16 BLF, 13 speed dial.
/// DECT handsets (W73P) have no line keys: their template drops the block.
enum YealinkProvisioning: VendorEmitter {
    static let vendor = Vendor.yealink
    static let format = TextFormat.keyValue

    /// `month/week/weekday/hour`: week 5 is the last, weekday 1 Monday … 7 Sunday.
    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any] {
        var values: [String: Any] = ["tz_offset": rules.hours, "summer_time": rules.hasDaylightSaving ? "1" : "0"]
        if let start = rules.start, let end = rules.end {
            func when(_ c: ZoneRules.Change) -> String { "\(c.month)/\(c.week)/\(c.weekday == 0 ? 7 : c.weekday)/\(c.hour)" }
            values["dst"] = ["start": when(start), "end": when(end), "save": String(rules.saveMinutes)]
        }
        return values
    }

    static func deviceFiles(mac: String, model: DeviceCatalog.Model) -> [(name: String, template: String)] {
        [("\(mac).boot", "yealink-boot"), ("\(mac).cfg", deviceTemplate(model))]
    }

    static func modelFiles(_ model: DeviceCatalog.Model) -> [(name: String, template: String)] {
        profile.modelCodes[model.id].map { [("y000000000\($0).cfg", "yealink-common")] } ?? []
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
        "yealink-boot": """
        #!version:1.0.0.1
        ## the boot file of this phone, provisioned by pbxc
        include:config "y000000000{{{model_code}}}.cfg"
        include:config "{{{mac}}}.cfg"
        overwrite_mode = 1

        """,
        "yealink-common": """
        #!version:1.0.0.1
        ## settings shared by the Yealink {{{model_name}}} phones of {{{customer}}}, provisioned by pbxc
        local_time.manual_ntp_srv_prior = 1
        local_time.ntp_server1 = {{{ntp}}}
        local_time.time_zone = {{{tz_offset}}}
        local_time.summer_time = {{{summer_time}}}
        {{#dst}}
        local_time.dst_time_type = 1
        local_time.start_time = {{{start}}}
        local_time.end_time = {{{end}}}
        local_time.offset_time = {{{save}}}
        {{/dst}}
        lang.gui = {{{language}}}
        lang.wui = {{{language}}}
        {{#provisioning_url}}
        static.auto_provision.server.url = {{{provisioning_url}}}
        {{/provisioning_url}}

        """,
    ]
}
