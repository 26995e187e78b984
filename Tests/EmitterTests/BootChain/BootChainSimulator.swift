import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A factory-reset phone: it knows only its vendor, model and MAC (and the device
/// configuration username and password typed into it or given by DHCP with the URL).
/// It asks for files in its vendor's documented order, follows every include and
/// profile rule the files name, and keeps the settings they set (later files win).
/// Written from the vendors' documentation (provisioning-boot-chains.md), not from the
/// emitter: no file name here comes from pbxc's code.
struct BootChainPhone {
    enum Vendor: String { case yealink, snom, poly, grandstream, fanvil, cisco }
    var vendor: Vendor
    /// As printed on the phone: `T54W`, `D785`, `VVX 450`, `GRP2614`, `X6U`, `8851`.
    var model: String
    /// Twelve lower-case hex digits.
    var mac: String
    /// The provisioning URL's base (what DHCP option 66 or the installer gives).
    var baseURL: String
    /// The provisioning URL as the files write it, when the test serves it elsewhere
    /// (nginx on 127.0.0.1): URLs below it are fetched from `baseURL`.
    var writtenURL: String? = nil

    /// Answers a request for a URL below `baseURL` by file name (nil: not found).
    typealias Fetch = (String) -> Data?

    struct Result {
        var requested: [String] = []
        var fetched: [String] = []
        var settings: [String: String] = [:]
    }

    /// Yealink's model codes in common file names (provisioning-boot-chains.md).
    static let yealinkCodes = ["T53W": "095", "T54W": "096", "T57W": "097", "T46U": "108", "T43U": "108", "W73P": "146"]

    func boot(_ fetch: Fetch) -> Result {
        var result = Result()
        func get(_ name: String) -> Data? {
            var file = name.hasPrefix(baseURL) ? String(name.dropFirst(baseURL.count)) : name
            if let writtenURL, file.hasPrefix(writtenURL) { file = String(file.dropFirst(writtenURL.count)) }
            result.requested.append(file)
            guard let data = fetch(file) else { return nil }
            result.fetched.append(file)
            return data
        }
        func merge(_ settings: [String: String]) { result.settings.merge(settings) { $1 } }
        switch vendor {
        case .yealink:
            let boot = get("\(mac).boot") ?? get("y000000000000.boot")
            if let boot {
                for line in String(decoding: boot, as: UTF8.self).split(separator: "\n") where line.hasPrefix("include:config") {
                    let name = line.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
                    if let data = get(name) { merge(Self.keyValue(data)) }
                }
            } else {
                for name in ["y000000000\(Self.yealinkCodes[model] ?? "000").cfg", "\(mac).cfg"] {
                    if let data = get(name) { merge(Self.keyValue(data)) }
                }
            }
        case .snom:
            for name in ["snom\(model).htm", "snom\(model)-\(mac.uppercased()).htm"] {
                guard let list = get(name) else { continue }
                let text = String(decoding: list, as: UTF8.self)
                let urls = text.components(separatedBy: "url=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
                for url in urls {
                    if let data = get(url) { merge(XMLFlattener.flatten(data)) }
                }
            }
        case .poly:
            for master in ["\(mac).cfg", "000000000000.cfg"] {
                guard let data = get(master) else { continue }
                let files = XMLFlattener.flatten(data)["APPLICATION@CONFIG_FILES"] ?? ""
                for name in files.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
                    if let cfg = get(name.replacingOccurrences(of: "[PHONE_MAC_ADDRESS]", with: mac)) { merge(XMLFlattener.flatten(cfg)) }
                }
                break
            }
        case .grandstream:
            if let data = get("cfg\(mac).xml") ?? get("cfg\(mac)") { merge(XMLFlattener.flatten(data)) }
        case .fanvil:
            if let data = get("\(mac).cfg") { merge(XMLFlattener.flatten(data)) }
        case .cisco:
            // The factory profile rule: a per-model file; then each profile rule the
            // settings name, in order ($MA is the MAC), within the same resync.
            if let data = get("\(model)-3PCC.xml") { merge(XMLFlattener.flatten(data)) }
            var done = Set<String>()
            for rule in ["Profile_Rule", "Profile_Rule_B", "Profile_Rule_C", "Profile_Rule_D"] {
                for _ in 0..<2 {
                    guard let url = result.settings["flat-profile/\(rule)"]?.replacingOccurrences(of: "$MA", with: mac),
                          !url.isEmpty, !done.contains(url) else { break }
                    done.insert(url)
                    if let data = get(url) { merge(XMLFlattener.flatten(data)) }
                }
            }
        }
        return result
    }

    /// `key = value` lines (Yealink).
    static func keyValue(_ data: Data) -> [String: String] {
        var settings: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            settings[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        return settings
    }
}

/// XML as `path = text` and `path@attribute = value`: an element's path is its
/// ancestors' names joined by `/`, with `[n]` where it has an `idx` or `index`
/// (Grandstream's `<item name="x">`: `item[x]`).
final class XMLFlattener: NSObject, XMLParserDelegate {
    var path: [String] = []
    var text = ""
    var settings: [String: String] = [:]

    static func flatten(_ data: Data) -> [String: String] {
        let flattener = XMLFlattener()
        let parser = XMLParser(data: data)
        parser.delegate = flattener
        _ = parser.parse()
        return flattener.settings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let index = attributes["idx"] ?? attributes["index"] ?? (name == "item" ? attributes["name"] : nil)
        path.append(index.map { "\(name)[\($0)]" } ?? name)
        for (key, value) in attributes where key != "idx" && key != "index" && !(name == "item" && key == "name") {
            settings[path.joined(separator: "/") + "@" + key] = value
        }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !value.isEmpty { settings[path.joined(separator: "/")] = value }
        text = ""
        path.removeLast()
    }
}

/// What a phone ended up with, in the same words for every vendor.
struct EffectiveSettings: Equatable {
    var server: String?, port: String?, transport: String?, user: String?, authUser: String?, secret: String?
    var displayName: String?, lineLabel: String?, ntp: String?, timezone: String?, language: String?
    var provisioningURL: String?, adminPassword: String?, mwi: String?
    /// Key position → `blf <ext>` or `speed <number>`.
    var keys: [String] = []

    /// Reads each vendor's documented setting names (pbx-anchors.md §5).
    init(_ vendor: BootChainPhone.Vendor, _ s: [String: String]) {
        switch vendor {
        case .yealink:
            server = s["account.1.sip_server.1.address"]; port = s["account.1.sip_server.1.port"]
            transport = ["0": "udp", "1": "tcp", "2": "tls"][s["account.1.sip_server.1.transport_type"] ?? ""]
            user = s["account.1.user_name"]; authUser = s["account.1.auth_name"]; secret = s["account.1.password"]
            displayName = s["account.1.display_name"]; lineLabel = s["account.1.label"]; ntp = s["local_time.ntp_server1"]
            timezone = s["local_time.time_zone"].map { "\($0) dst \(s["local_time.start_time"] ?? "-")..\(s["local_time.end_time"] ?? "-")" }
            language = s["lang.gui"]; provisioningURL = s["static.auto_provision.server.url"]
            adminPassword = s["static.security.user_password"]?.split(separator: ":", maxSplits: 1).last.map(String.init)
            mwi = s["account.1.subscribe_mwi"] == "1" ? s["voice_mail.number.1"] : nil
            for n in 2...30 {
                guard let type = s["linekey.\(n).type"], let value = s["linekey.\(n).value"] else { continue }
                keys.append(type == "16" ? "blf \(value)" : type == "13" ? "speed \(value)" : "\(type) \(value)")
            }
        case .snom:
            let p = "settings/phone-settings/"
            server = s[p + "user_host[1]"]; port = "5060"; transport = "udp"
            user = s[p + "user_name[1]"]; authUser = s[p + "user_pname[1]"]; secret = s[p + "user_pass[1]"]
            displayName = s[p + "user_realname[1]"]; lineLabel = s["settings/functionKeys/fkey[0]@label"]
            ntp = s[p + "ntp_server"]; timezone = s[p + "timezone"]; language = s[p + "language"]
            provisioningURL = s[p + "setting_server"]; adminPassword = s[p + "admin_mode_password"]; mwi = s[p + "user_mailbox[1]"]
            for n in 1...40 {
                guard let f = s["settings/functionKeys/fkey[\(n)]"] else { continue }
                keys.append(f.hasPrefix("blf <sip:") ? "blf " + f.dropFirst(9).prefix { $0 != "@" } : f)
            }
        case .poly:
            let a = { (k: String) -> String? in s["polycomConfig@" + k] }
            server = a("reg.1.server.1.address"); port = a("reg.1.server.1.port")
            transport = a("reg.1.server.1.transport") == "UDPOnly" ? "udp" : a("reg.1.server.1.transport")
            user = a("reg.1.address"); authUser = a("reg.1.auth.userId"); secret = a("reg.1.auth.password")
            displayName = a("reg.1.displayName"); lineLabel = a("reg.1.label")
            ntp = a("tcpIpApp.sntp.address.overrideDHCP") == "1" ? a("tcpIpApp.sntp.address") : nil
            timezone = a("tcpIpApp.sntp.gmtOffset").map { "\($0) dst \(a("tcpIpApp.sntp.daylightSavings.start.month") ?? "-")..\(a("tcpIpApp.sntp.daylightSavings.stop.month") ?? "-")" }
            language = a("lcl.ml.lang"); provisioningURL = a("device.prov.serverName")
            adminPassword = a("device.auth.localAdminPassword"); mwi = a("msg.mwi.1.callBack")
            for n in 1...40 { if let v = a("attendant.resourceList.\(n).address") { keys.append("resource \(v.prefix { $0 != "@" })") } }
        case .grandstream:
            // Config version 2 (settings by name); P-values would be `config/P<n>`.
            let i = { (k: String) -> String? in s["gs_provision/config/item[\(k)]"] }
            server = i("account.1.sip.server.1.address"); port = "5060"; transport = i("account.1.sip.transport")?.lowercased()
            user = i("account.1.sip.userid"); authUser = i("account.1.sip.subscriber.userid"); secret = i("account.1.sip.subscriber.password")
            displayName = i("account.1.sip.subscriber.name"); lineLabel = i("account.1.name")
            // DHCP options 42 and 2 would override NTP and the zone unless refused.
            ntp = i("dateTime.override.dhcp.allowOption42") == "No" ? i("dateTime.ntp.server.1") : nil
            let zone = i("dateTime.timezone") == "customize" ? i("dateTime.timezone.custom") : i("dateTime.timezone")
            timezone = i("dateTime.override.dhcp.allowOption2") == "No" ? zone : nil
            language = i("language.gui"); adminPassword = i("users.admin.password")
            provisioningURL = i("provisioning.config.protocol").flatMap { scheme in
                i("provisioning.config.serverPath").map { "\(scheme.lowercased())://\($0)" }
            }
            mwi = i("account.1.sip.subscribe.forMwi") == "Yes" ? i("account.1.sip.voicemail.number") : nil
            for bank in ["vpk", "mpk"] {
                for n in 1...48 {
                    guard let mode = i("pks.\(bank).\(n).keyMode"), let value = i("pks.\(bank).\(n).value") else { continue }
                    keys.append(mode == "BLF" ? "blf \(value)" : mode == "SpeedDial" ? "speed \(value)" : "\(mode) \(value)")
                }
            }
        case .fanvil:
            let l = { (k: String) -> String? in s["sysConf/sip/line[1]/" + k] }
            server = l("RegisterAddr"); port = l("RegisterPort"); transport = l("Transport") == "0" ? "udp" : l("Transport")
            user = l("PhoneNumber"); authUser = l("RegisterUser"); secret = l("RegisterPswd"); displayName = l("DisplayName")
            lineLabel = l("DisplayName"); ntp = s["sysConf/phone/date/SNTPServer"]
            // A rule of weeks is `EnableDST` 2 with `DSTFixedType` 2 (the reference's X-series template).
            let byWeek = s["sysConf/phone/date/EnableDST"] == "2" && s["sysConf/phone/date/DSTFixedType"] == "2"
            timezone = s["sysConf/phone/date/TimeZone"].map {
                "\($0) dst \(byWeek ? s["sysConf/phone/date/DSTStartMon"] ?? "-" : "-")..\(byWeek ? s["sysConf/phone/date/DSTEndMon"] ?? "-" : "-")"
            }
            language = s["sysConf/phone/display/DefaultLanguage"]; provisioningURL = s["sysConf/ap/FlashServerIP"]
            adminPassword = s["sysConf/web/account[1]/Password"]; mwi = l("MWINum")
            for n in 1...60 {
                guard let v = s["sysConf/dsskey/internal[1]/Fkey[\(n)]/Value"] else { continue }
                keys.append(v.hasSuffix("@1/ba") ? "blf " + v.dropLast(5) : v.hasSuffix("@1/f") ? "speed " + v.dropLast(4) : v)
            }
        case .cisco:
            let f = { (k: String) -> String? in s["flat-profile/" + k] }
            server = f("Proxy_1_"); port = "5060"; transport = "udp"; user = f("User_ID_1_")
            authUser = f("Use_Auth_ID_1_") == "Yes" ? f("Auth_ID_1_") : f("User_ID_1_"); secret = f("Password_1_")
            displayName = f("Display_Name_1_"); lineLabel = f("Short_Name_1_"); ntp = f("Primary_NTP_Server")
            timezone = f("Time_Zone").map { "\($0) dst \(f("Daylight_Saving_Time_Rule") ?? "-")" }
            language = f("Dictionary_Server_Script") == nil ? "English (built in)" : f("Language_Selection")
            provisioningURL = f("Profile_Rule"); adminPassword = f("Admin_Password"); mwi = f("Voice_Mail_Number")
            for n in 2...10 {
                guard let fn = f("Extended_Function_\(n)_"), f("Extension_\(n)_") == "Disabled" else { continue }
                var fields: [String: String] = [:]
                for part in fn.split(separator: ";") {
                    let kv = part.split(separator: "=", maxSplits: 1)
                    if kv.count == 2, fields[String(kv[0])] == nil { fields[String(kv[0])] = String(kv[1]) }
                }
                let target = (fields["sub"] ?? fields["ext"] ?? "").prefix { $0 != "@" }
                keys.append(fields["fnc"]?.contains("blf") == true ? "blf \(target)" : "speed \(target)")
            }
        }
    }
}
