import Compiler
import Domain

/// Grandstream: `cfg<mac>.xml`, `<gs_provision version="1">` with P-codes (account 1:
/// P271 active, P270 name, P47 server, P48 outbound proxy, P35 user, P36 auth user,
/// P34 password, P3 display name, P33 voicemail, P99 MWI subscribe; P2 admin password,
/// P30 NTP, P64 `customize` with the POSIX TZ string of the zone in P246, P1362 language). Keys are multi-purpose keys 1–7
/// (mode P323+, account P301+3n, name P302+3n, value P303+3n; mode 1 BLF, 0 speed dial):
/// further keys are not written (docs/provisioning.md).
enum GrandstreamProvisioning: VendorEmitter {
    static let vendor = Vendor.grandstream
    static let format = TextFormat.xml
    static let maxKeys = 7

    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any] {
        ["tz_posix": rules.posix]
    }

    static func key(_ key: ProvisionedKey, plan: ProvisioningPlan) -> [String: Any] {
        let n = key.index - 2  // the first user key is MPK 1
        guard n < maxKeys else { return ["skip": true] }
        return ["write": true, "p_mode": "P\(323 + n)", "p_account": "P\(301 + 3 * n)", "p_name": "P\(302 + 3 * n)",
                "p_value": "P\(303 + 3 * n)", "mode": key.kind == .blf ? "1" : "0"]
    }

    static let templates = [
        "grandstream": """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- {{{model_name}}}, provisioned by pbxc -->
        <gs_provision version="1">
          <mac>{{{mac}}}</mac>
          <config version="1">
            <P271>1</P271>
            <P270>{{{line_label}}}</P270>
            <P47>{{{registrar}}}</P47>
            {{#outbound_proxy}}
            <P48>{{{outbound_proxy}}}</P48>
            {{/outbound_proxy}}
            <P35>{{{account}}}</P35>
            <P36>{{{auth_user}}}</P36>
            <P34>{{{password}}}</P34>
            <P3>{{{display_name}}}</P3>
            <P33>{{{voicemail}}}</P33>
            <P99>1</P99>
            <P2>{{{admin_password}}}</P2>
            <P30>{{{ntp}}}</P30>
            <P64>customize</P64>
            <P246>{{{tz_posix}}}</P246>
            <P1362>{{{language}}}</P1362>
            {{#provisioning_url}}
            <P237>{{{provisioning_url}}}</P237>
            <P212>2</P212>
            {{/provisioning_url}}
            {{#keys}}
            {{#write}}
            <{{{p_mode}}}>{{{mode}}}</{{{p_mode}}}>
            <{{{p_account}}}>0</{{{p_account}}}>
            <{{{p_name}}}>{{{label}}}</{{{p_name}}}>
            <{{{p_value}}}>{{{value}}}</{{{p_value}}}>
            {{/write}}
            {{/keys}}
          </config>
        </gs_provision>

        """,
    ]
}
