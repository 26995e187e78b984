import Compiler
import Domain

/// Cisco IP Phone 6800/7800/8800 with multiplatform firmware (MPP/3PCC): `<mac>.xml`,
/// a `<flat-profile>` whose element names are the settings (`_1_` = line 1).
/// Programmable line keys 2… are `Extended_Function_N_` (`fnc=blf+sd+cp` or `fnc=sd`).
enum CiscoProvisioning: VendorEmitter {
    static let vendor = Vendor.cisco
    static let format = TextFormat.xml

    /// `start=month/day/weekday/time`: day -1 with a weekday is the last one; a positive
    /// day is the first such weekday on or after it; weekday 1 Monday … 7 Sunday.
    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any] {
        var values: [String: Any] = ["tz_gmt": rules.gmt, "dst": rules.hasDaylightSaving ? "Yes" : "No"]
        if let start = rules.start, let end = rules.end {
            func when(_ c: ZoneRules.Change) -> String {
                "\(c.month)/\(c.week == 5 ? -1 : (c.week - 1) * 7 + 1)/\(c.weekday == 0 ? 7 : c.weekday)/\(c.hour)"
            }
            let save = rules.saveMinutes
            values["dst_rule"] = "start=\(when(start));end=\(when(end));save=\(save / 60)\(save % 60 == 0 ? "" : ":\(save % 60)")"
        }
        return values
    }

    /// The factory profile rule asks for a per-model file (`8851-3PCC.xml`); pbxc's
    /// points the phone at `$MA.xml` (its MAC file) in the same resync.
    static func modelFiles(_ model: DeviceCatalog.Model) -> [(name: String, template: String)] {
        [("\(model.name)-3PCC.xml", "cisco-model")]
    }

    static func key(_ key: ProvisionedKey, plan: ProvisioningPlan) -> [String: Any] {
        // `;` and `=` separate the function's fields: a label keeps neither.
        let name = String(key.label.filter { $0 != ";" && $0 != "=" })
        switch key.kind {
        case .blf: return ["function": "fnc=blf+sd+cp;sub=\(key.value)@\(plan.sipDomain);nme=\(name)"]
        case .speedDial: return ["function": "fnc=sd;ext=\(key.value)@\(plan.sipDomain);nme=\(name)"]
        case .line: return ["function": ""]
        }
    }

    static let templates = [
        "cisco": """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- {{{model_name}}}, provisioned by pbxc -->
        <flat-profile>
          <Line_Enable_1_ ua="na">Yes</Line_Enable_1_>
          <Display_Name_1_ ua="na">{{{display_name}}}</Display_Name_1_>
          <Short_Name_1_ ua="na">{{{line_label}}}</Short_Name_1_>
          <User_ID_1_ ua="na">{{{account}}}</User_ID_1_>
          <Auth_ID_1_ ua="na">{{{auth_user}}}</Auth_ID_1_>
          <Use_Auth_ID_1_ ua="na">Yes</Use_Auth_ID_1_>
          <Password_1_ ua="na">{{{password}}}</Password_1_>
          <Proxy_1_ ua="na">{{{registrar}}}</Proxy_1_>
          {{#outbound_proxy}}
          <Use_Outbound_Proxy_1_ ua="na">Yes</Use_Outbound_Proxy_1_>
          <Outbound_Proxy_1_ ua="na">{{{outbound_proxy}}}</Outbound_Proxy_1_>
          {{/outbound_proxy}}
          <Voice_Mail_Number ua="na">{{{voicemail}}}</Voice_Mail_Number>
          <Admin_Password ua="na">{{{admin_password}}}</Admin_Password>
          <Primary_NTP_Server ua="na">{{{ntp}}}</Primary_NTP_Server>
          <Time_Zone ua="na">{{{tz_gmt}}}</Time_Zone>
          <Daylight_Saving_Time_Enable ua="na">{{{dst}}}</Daylight_Saving_Time_Enable>
          {{#dst_rule}}
          <Daylight_Saving_Time_Rule ua="na">{{{dst_rule}}}</Daylight_Saving_Time_Rule>
          {{/dst_rule}}
          {{#provisioning_url}}
          <Profile_Rule ua="na">{{{provisioning_url}}}$MA.xml</Profile_Rule>
          {{/provisioning_url}}
          {{#keys}}
          <Extension_{{{index}}}_ ua="na">Disabled</Extension_{{{index}}}_>
          <Extended_Function_{{{index}}}_ ua="na">{{{function}}}</Extended_Function_{{{index}}}_>
          {{/keys}}
        </flat-profile>

        """,
        "cisco-model": """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- the Cisco {{{model_name}}} phones: where their own profile is, provisioned by pbxc -->
        <flat-profile>
          <Resync_On_Reset ua="na">Yes</Resync_On_Reset>
          <Profile_Rule_B ua="na">{{{provisioning_url}}}$MA.xml</Profile_Rule_B>
        </flat-profile>

        """,
    ]
}
