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
                                     "dst": rules.hasDaylightSaving ? "1" : "0"]
        if let start = rules.start, let end = rules.end {
            // dayOfWeek 1 Sunday … 7 Saturday; `date` is the first day the n-th weekday can fall on.
            func change(_ c: ZoneRules.Change) -> [String: String] {
                ["month": String(c.month), "weekday": String(c.weekday + 1), "last": c.week == 5 ? "1" : "0",
                 "date": String(c.week == 5 ? 1 : (c.week - 1) * 7 + 1), "time": String(c.hour)]
            }
            values["dst_rule"] = ["start": change(start), "stop": change(end)]
        }
        return values
    }

    static func modelFiles(_ model: DeviceCatalog.Model) -> [(name: String, template: String)] {
        [("000000000000.cfg", "poly-common")]
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
          tcpIpApp.sntp.address.overrideDHCP="1"
          tcpIpApp.sntp.gmtOffset.overrideDHCP="1"
          tcpIpApp.sntp.gmtOffset="{{{gmt_offset}}}"
          tcpIpApp.sntp.daylightSavings.enable="{{{dst}}}"
          {{#dst_rule}}
          tcpIpApp.sntp.daylightSavings.fixedDayEnable="0"
          {{#start}}
          tcpIpApp.sntp.daylightSavings.start.month="{{{month}}}"
          tcpIpApp.sntp.daylightSavings.start.date="{{{date}}}"
          tcpIpApp.sntp.daylightSavings.start.dayOfWeek="{{{weekday}}}"
          tcpIpApp.sntp.daylightSavings.start.dayOfWeek.lastInMonth="{{{last}}}"
          tcpIpApp.sntp.daylightSavings.start.time="{{{time}}}"
          {{/start}}
          {{#stop}}
          tcpIpApp.sntp.daylightSavings.stop.month="{{{month}}}"
          tcpIpApp.sntp.daylightSavings.stop.date="{{{date}}}"
          tcpIpApp.sntp.daylightSavings.stop.dayOfWeek="{{{weekday}}}"
          tcpIpApp.sntp.daylightSavings.stop.dayOfWeek.lastInMonth="{{{last}}}"
          tcpIpApp.sntp.daylightSavings.stop.time="{{{time}}}"
          {{/stop}}
          {{/dst_rule}}
          lcl.ml.lang="{{{language}}}"
          {{#provisioning_url}}
          device.prov.serverName.set="1"
          device.prov.serverName="{{{provisioning_url}}}"
          {{/provisioning_url}}
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
