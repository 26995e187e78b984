import Compiler
import Domain

/// Fanvil: `<mac>.cfg` holding a `<sysConf>` XML document: the SIP line, phone
/// settings and DSS keys (`Type` 1 memory key; value `<ext>@1/ba` for BLF,
/// `<number>@1/f` for speed dial).
enum FanvilProvisioning: VendorEmitter {
    static let vendor = Vendor.fanvil
    static let format = TextFormat.xml

    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any] {
        ["tz_hours": rules.hours, "tz_display": "UTC\(rules.hours)", "dst": rules.daylightSaving == .none ? "0" : "2"]
    }

    static func key(_ key: ProvisionedKey, plan: ProvisioningPlan) -> [String: Any] {
        ["dss": key.kind == .blf ? "\(key.value)@1/ba" : key.kind == .line ? "SIP1" : "\(key.value)@1/f",
         "dss_type": key.kind == .line ? "2" : "1"]
    }

    static let templates = [
        "fanvil": """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- {{{model_name}}}, provisioned by pbxc -->
        <sysConf>
          <Version>2.0000000000</Version>
          <sip>
            <line index="1">
              <PhoneNumber>{{{account}}}</PhoneNumber>
              <DisplayName>{{{display_name}}}</DisplayName>
              <RegisterAddr>{{{registrar}}}</RegisterAddr>
              <RegisterPort>{{{registrar_port}}}</RegisterPort>
              <RegisterUser>{{{auth_user}}}</RegisterUser>
              <RegisterPswd>{{{password}}}</RegisterPswd>
              <EnableReg>1</EnableReg>
              <Transport>0</Transport>
              {{#outbound_proxy}}
              <ProxyAddr>{{{outbound_proxy}}}</ProxyAddr>
              <ProxyPort>5060</ProxyPort>
              {{/outbound_proxy}}
              <MWINum>{{{voicemail}}}</MWINum>
            </line>
          </sip>
          <phone>
            <MenuPassword>{{{admin_password}}}</MenuPassword>
            <display>
              <DefaultLanguage>{{{language}}}</DefaultLanguage>
            </display>
            <date>
              <EnableSNTP>1</EnableSNTP>
              <SNTPServer>{{{ntp}}}</SNTPServer>
              <TimeZone>{{{tz_hours}}}</TimeZone>
              <TimeZoneName>{{{tz_display}}}</TimeZoneName>
              <EnableDST>{{{dst}}}</EnableDST>
            </date>
          </phone>
          <web>
            <WebUser>admin</WebUser>
            <WebPassword>{{{admin_password}}}</WebPassword>
          </web>
          {{#provisioning_url}}
          <ap>
            <DownloadDeviceConf>1</DownloadDeviceConf>
            <FlashServerIP>{{{provisioning_url}}}</FlashServerIP>
            <FlashFileName>$mac.cfg</FlashFileName>
          </ap>
          {{/provisioning_url}}
          <dsskey>
            {{#keys}}
            <Fkey index="{{{index}}}">
              <Type>{{{dss_type}}}</Type>
              <Value>{{{dss}}}</Value>
              <Title>{{{label}}}</Title>
            </Fkey>
            {{/keys}}
          </dsskey>
        </sysConf>

        """,
    ]
}
