import Compiler
import Domain

/// Poly (Polycom UC software): the phone asks for `<mac>.cfg`, then the master file
/// `000000000000.cfg`, which names the per-phone file `[PHONE_MAC_ADDRESS]-pbxc.cfg`:
/// one `<polycomConfig>` element with dotted attributes. BLF and speed-dial keys are
/// attendant resources (pressing a speed dial calls its address).
enum PolyProvisioning: VendorEmitter {
    static let vendor = Vendor.poly
    static let format = TextFormat.xml

    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any] {
        var values: [String: Any] = ["gmt_offset": String(rules.standardMinutes * 60),
                                     "dst": rules.daylightSaving == .none ? "0" : "1"]
        values["dst_europe"] = rules.daylightSaving == .europe
        return values
    }

    static func key(_ key: ProvisionedKey, plan: ProvisioningPlan) -> [String: Any] {
        ["address": "\(key.value)@\(plan.sipDomain)", "resource": String(key.index - 1)]
    }

    static let templates = [
        "poly": """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!-- {{{model_name}}}, provisioned by pbxc -->
        <polycomConfig
          reg.1.address="{{{account}}}"
          reg.1.auth.userId="{{{auth_user}}}"
          reg.1.auth.password="{{{password}}}"
          reg.1.displayName="{{{display_name}}}"
          reg.1.label="{{{line_label}}}"
          reg.1.server.1.address="{{{registrar}}}"
          reg.1.server.1.port="{{{registrar_port}}}"
          reg.1.server.1.transport="UDPOnly"
          {{#outbound_proxy}}
          reg.1.outboundProxy.address="{{{outbound_proxy}}}"
          {{/outbound_proxy}}
          msg.mwi.1.subscribe="{{{account}}}"
          msg.mwi.1.callBackMode="contact"
          msg.mwi.1.callBack="{{{voicemail}}}"
          device.set="1"
          device.auth.localAdminPassword.set="1"
          device.auth.localAdminPassword="{{{admin_password}}}"
          tcpIpApp.sntp.address="{{{ntp}}}"
          tcpIpApp.sntp.gmtOffset="{{{gmt_offset}}}"
          tcpIpApp.sntp.daylightSavings.enable="{{{dst}}}"
          {{#dst_europe}}
          tcpIpApp.sntp.daylightSavings.fixedDayEnable="0"
          tcpIpApp.sntp.daylightSavings.start.month="3"
          tcpIpApp.sntp.daylightSavings.start.dayOfWeek="1"
          tcpIpApp.sntp.daylightSavings.start.dayOfWeek.lastInMonth="1"
          tcpIpApp.sntp.daylightSavings.start.time="2"
          tcpIpApp.sntp.daylightSavings.stop.month="10"
          tcpIpApp.sntp.daylightSavings.stop.dayOfWeek="1"
          tcpIpApp.sntp.daylightSavings.stop.dayOfWeek.lastInMonth="1"
          tcpIpApp.sntp.daylightSavings.stop.time="3"
          {{/dst_europe}}
          lcl.ml.lang="{{{language}}}"
          {{#keys}}
          attendant.resourceList.{{{resource}}}.address="{{{address}}}"
          attendant.resourceList.{{{resource}}}.label="{{{label}}}"
          attendant.resourceList.{{{resource}}}.type="normal"
          {{/keys}}
        />

        """,
        "poly-common": """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!-- master configuration of the Poly phones, provisioned by pbxc -->
        <APPLICATION APP_FILE_PATH="" CONFIG_FILES="[PHONE_MAC_ADDRESS]-pbxc.cfg" MISC_FILES="" LOG_FILE_DIRECTORY="" OVERRIDES_DIRECTORY="" CONTACTS_DIRECTORY="" />

        """,
    ]
}
