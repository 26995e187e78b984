import Compiler
import Domain

/// Fanvil: `<mac>.cfg` holding a `<sysConf>` XML document: the SIP line, phone
/// settings and DSS keys (`Type` 1 memory key; value `<ext>@1/ba` for BLF,
/// `<number>@1/f` for speed dial).
enum FanvilProvisioning: VendorEmitter {
    static let vendor = Vendor.fanvil
    static let format = TextFormat.xml

    /// `TimeZone` is the offset in quarter hours (UTC+1 → 4); daylight saving by rule
    /// (`EnableDST` 2, `DSTFixedType` 2, as the reference's X-series template writes a
    /// rule of weeks): month, week (-1 the last), weekday (0 Sunday), hour, and the
    /// minutes it adds.
    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any] {
        var values: [String: Any] = ["tz_quarters": String(rules.standardMinutes / 15), "tz_display": "UTC\(rules.hours)",
                                     "dst": rules.hasDaylightSaving ? "2" : "0"]
        if let start = rules.start, let end = rules.end {
            func change(_ c: ZoneRules.Change) -> [String: String] {
                ["month": String(c.month), "week": c.week == 5 ? "-1" : String(c.week), "weekday": String(c.weekday),
                 "hour": String(c.hour)]
            }
            values["dst_rule"] = ["start": change(start), "end": change(end), "save": String(rules.saveMinutes)]
        }
        return values
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
              <TimeZone>{{{tz_quarters}}}</TimeZone>
              <TimeZoneName>{{{tz_display}}}</TimeZoneName>
              <EnableDST>{{{dst}}}</EnableDST>
              {{#dst_rule}}
              <DSTFixedType>2</DSTFixedType>
              <DSTMinOffset>{{{save}}}</DSTMinOffset>
              {{#start}}
              <DSTStartMon>{{{month}}}</DSTStartMon>
              <DSTStartWeek>{{{week}}}</DSTStartWeek>
              <DSTStartWday>{{{weekday}}}</DSTStartWday>
              <DSTStartHour>{{{hour}}}</DSTStartHour>
              {{/start}}
              {{#end}}
              <DSTEndMon>{{{month}}}</DSTEndMon>
              <DSTEndWeek>{{{week}}}</DSTEndWeek>
              <DSTEndWday>{{{weekday}}}</DSTEndWday>
              <DSTEndHour>{{{hour}}}</DSTEndHour>
              {{/end}}
              {{/dst_rule}}
            </date>
          </phone>
          <web>
            <account index="1">
              <Name>admin</Name>
              <Password>{{{admin_password}}}</Password>
              <Level>10</Level>
            </account>
          </web>
          {{#provisioning_url}}
          <ap>
            <DownloadDeviceConf>1</DownloadDeviceConf>
            <FlashServerIP>{{{provisioning_url}}}</FlashServerIP>
            <FlashFileName>$mac.cfg</FlashFileName>
          </ap>
          {{/provisioning_url}}
          <dsskey>
            <internal index="1">
              {{#keys}}
              <Fkey index="{{{index}}}">
                <Type>{{{dss_type}}}</Type>
                <Value>{{{dss}}}</Value>
                <Title>{{{label}}}</Title>
              </Fkey>
              {{/keys}}
            </internal>
          </dsskey>
        </sysConf>

        """,
    ]
}
