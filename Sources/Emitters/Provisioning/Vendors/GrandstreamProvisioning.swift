import Compiler
import Domain

/// Grandstream GRP261x and GXP2170: `cfg<mac>.xml`, `<gs_provision>` with
/// `<config version="2">` — settings by name (`<item name="account.1.sip.userid">`),
/// as the reference provisioning server writes these models and as Grandstream's
/// GRP templates name them. The two dialects (version 1 P-values, version 2 names)
/// exclude each other within a file. Keys are virtual multi-purpose keys
/// (`pks.vpk.N.*`, VPK 1 is the line) and, past the model's VPKs, its physical
/// multi-purpose keys (`pks.mpk.N.*`); modes by name (`BLF`, `SpeedDial`), which
/// avoids the number scales that differ between Grandstream's own documents.
enum GrandstreamProvisioning: VendorEmitter {
    static let vendor = Vendor.grandstream
    static let format = TextFormat.xml

    /// Virtual multi-purpose keys per model (the reference's `MODEL_FKEYS`).
    static let virtualKeys = ["grandstream-grp2612": 16, "grandstream-grp2614": 16, "grandstream-gxp2170": 48]

    /// The self-defined zone (`customize`) as a POSIX string: any zone, either hemisphere.
    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any] {
        ["tz_posix": rules.posixWithNames]
    }

    static func key(_ key: ProvisionedKey, plan: ProvisioningPlan) -> [String: Any] { [:] }

    static func key(_ key: ProvisionedKey, model: DeviceCatalog.Model, plan: ProvisioningPlan) -> [String: Any] {
        let virtual = virtualKeys[model.id] ?? model.lineKeys
        let mode = key.kind == .blf ? "BLF" : key.kind == .line ? "Line" : "SpeedDial"
        // A VPK names its account by number from 0, an MPK by name (`Account1`).
        return key.index <= virtual
            ? ["bank": "vpk", "slot": String(key.index), "mode": mode, "key_account": "0"]
            : ["bank": "mpk", "slot": String(key.index - virtual), "mode": mode, "key_account": "Account1"]
    }

    static let templates = [
        "grandstream": """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- {{{model_name}}}, provisioned by pbxc -->
        <gs_provision version="1">
          <mac>{{{mac}}}</mac>
          <config version="2">
            <item name="account.1.enable">Yes</item>
            <item name="account.1.name">{{{line_label}}}</item>
            <item name="account.1.sip.server.1.address">{{{registrar}}}</item>
            {{#outbound_proxy}}
            <item name="account.1.sip.outboundProxy.1.address">{{{outbound_proxy}}}</item>
            {{/outbound_proxy}}
            <item name="account.1.sip.userid">{{{account}}}</item>
            <item name="account.1.sip.subscriber.userid">{{{auth_user}}}</item>
            <item name="account.1.sip.subscriber.password">{{{password}}}</item>
            <item name="account.1.sip.subscriber.name">{{{display_name}}}</item>
            <item name="account.1.sip.registration">Yes</item>
            <item name="account.1.sip.transport">UDP</item>
            <item name="account.1.sip.voicemail.number">{{{voicemail}}}</item>
            <item name="account.1.sip.subscribe.forMwi">Yes</item>
            <item name="users.admin.password">{{{admin_password}}}</item>
            <item name="dateTime.ntp.server.1">{{{ntp}}}</item>
            <item name="dateTime.override.dhcp.allowOption42">No</item>
            <item name="dateTime.timezone">customize</item>
            <item name="dateTime.timezone.custom">{{{tz_posix}}}</item>
            <item name="dateTime.override.dhcp.allowOption2">No</item>
            <item name="language.gui">{{{language}}}</item>
            {{#provisioning_url}}
            <item name="provisioning.config.protocol">{{{provisioning_scheme}}}</item>
            <item name="provisioning.config.serverPath">{{{provisioning_path}}}</item>
            {{/provisioning_url}}
            {{#keys}}
            <item name="pks.{{{bank}}}.{{{slot}}}.keyMode">{{{mode}}}</item>
            <item name="pks.{{{bank}}}.{{{slot}}}.account">{{{key_account}}}</item>
            <item name="pks.{{{bank}}}.{{{slot}}}.description">{{{label}}}</item>
            <item name="pks.{{{bank}}}.{{{slot}}}.value">{{{value}}}</item>
            {{/keys}}
          </config>
        </gs_provision>

        """,
    ]
}
