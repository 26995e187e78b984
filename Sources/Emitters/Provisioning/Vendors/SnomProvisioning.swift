import Compiler
import Domain

/// Snom: with a setting server that names no file, a phone asks for `snom<model>.htm`
/// (pbxc's lists `snom<model>.xml`: NTP, time zone, language, setting server) and
/// `snom<model>-<MAC>.htm` (lists `<MAC>.xml`: account, passwords, keys). Settings are
/// `<settings>` with `<phone-settings>` (identity 1) and `<functionKeys>` (fkey 0 is
/// the line, so the user's keys start at 1).
enum SnomProvisioning: VendorEmitter {
    static let vendor = Vendor.snom
    static let format = TextFormat.xml

    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any] {
        profile.zoneNames[iana].map { ["tz_name": $0] } ?? [:]
    }

    static func deviceFiles(mac: String, model: DeviceCatalog.Model) -> [(name: String, template: String)] {
        [("snom\(model.name)-\(mac.uppercased()).htm", "snom-htm-device"), ("\(mac.uppercased()).xml", deviceTemplate(model))]
    }

    static func modelFiles(_ model: DeviceCatalog.Model) -> [(name: String, template: String)] {
        [("snom\(model.name).htm", "snom-htm-model"), ("snom\(model.name).xml", "snom-common")]
    }

    static func key(_ key: ProvisionedKey, plan: ProvisioningPlan) -> [String: Any] {
        switch key.kind {
        case .blf: ["function": "blf <sip:\(key.value)@\(plan.sipDomain)>"]
        case .speedDial: ["function": "speed \(key.value)"]
        case .line: ["function": "line"]
        }
    }

    static let templates = [
        "snom": """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- {{{model_name}}}, provisioned by pbxc -->
        <settings>
          <phone-settings e="2">
            <user_active idx="1" perm="R">on</user_active>
            <user_realname idx="1" perm="R">{{{display_name}}}</user_realname>
            <user_name idx="1" perm="R">{{{account}}}</user_name>
            <user_pname idx="1" perm="R">{{{auth_user}}}</user_pname>
            <user_pass idx="1" perm="R">{{{password}}}</user_pass>
            <user_host idx="1" perm="R">{{{registrar}}}</user_host>
            {{#outbound_proxy}}
            <user_outbound idx="1" perm="R">{{{outbound_proxy}}}</user_outbound>
            {{/outbound_proxy}}
            <user_mailbox idx="1" perm="R">{{{voicemail}}}</user_mailbox>
            <admin_mode_password perm="R">{{{admin_password}}}</admin_mode_password>
            <http_user perm="R">admin</http_user>
            <http_pass perm="R">{{{admin_password}}}</http_pass>
          </phone-settings>
          <functionKeys e="2">
            <fkey idx="0" context="1" label="{{{line_label}}}" perm="R">line</fkey>
            {{#keys}}
            <fkey idx="{{{index0}}}" context="1" label="{{{label}}}" perm="R">{{{function}}}</fkey>
            {{/keys}}
          </functionKeys>
        </settings>

        """,
        "snom-htm-model": """
        <?xml version="1.0" encoding="utf-8"?>
        <setting-files>
          <file url="{{{provisioning_url}}}snom{{{model_file_name}}}.xml"/>
        </setting-files>

        """,
        "snom-htm-device": """
        <?xml version="1.0" encoding="utf-8"?>
        <setting-files>
          <file url="{{{provisioning_url}}}{{{MAC}}}.xml"/>
        </setting-files>

        """,
        "snom-common": """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- settings shared by the Snom {{{model_name}}} phones, provisioned by pbxc -->
        <settings>
          <phone-settings e="2">
            <ntp_server perm="R">{{{ntp}}}</ntp_server>
            {{#tz_name}}
            <timezone perm="R">{{{tz_name}}}</timezone>
            {{/tz_name}}
            <language perm="R">{{{language}}}</language>
            <web_language perm="R">{{{language}}}</web_language>
            <setting_server perm="R">{{{provisioning_url}}}</setting_server>
          </phone-settings>
        </settings>

        """,
    ]
}
