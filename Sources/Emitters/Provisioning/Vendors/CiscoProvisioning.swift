import Compiler
import Domain

/// Cisco IP Phone 6800/7800/8800 with multiplatform firmware (MPP/3PCC): `<mac>.xml`,
/// a `<flat-profile>` whose element names are the settings (`_1_` = line 1).
/// Programmable line keys 2… are `Extended_Function_N_` (`fnc=blf+sd+cp` or `fnc=sd`).
enum CiscoProvisioning: VendorEmitter {
    static let vendor = Vendor.cisco
    static let format = TextFormat.xml

    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any] {
        var values: [String: Any] = ["tz_gmt": rules.gmt, "dst": rules.daylightSaving == .none ? "No" : "Yes"]
        switch rules.daylightSaving {
        case .europe: values["dst_rule"] = "start=3/-1/7/2;end=10/-1/7/3;save=1"
        case .northAmerica: values["dst_rule"] = "start=3/8/7/2;end=11/1/7/2;save=1"
        case .none: break
        }
        return values
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
          <Language_Selection ua="na">{{{language}}}</Language_Selection>
          {{#provisioning_url}}
          <Profile_Rule ua="na">{{{provisioning_url}}}$MA.xml</Profile_Rule>
          {{/provisioning_url}}
          {{#keys}}
          <Extended_Function_{{{index}}}_ ua="na">{{{function}}}</Extended_Function_{{{index}}}_>
          {{/keys}}
        </flat-profile>

        """,
    ]
}
