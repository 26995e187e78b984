import Diagnostics
import Domain
import Parser

/// What a destination string names (config-language.md, Destinations).
public enum Destination: Sendable {
    case entity(Entity)
    /// `voicemail` or the company voicemail's extension.
    case companyVoicemail
    /// `voicemail:jan`
    case userVoicemail(Entity)
    /// An external number (valid or not: `number-format` reports invalid ones).
    case external(Result<PhoneNumber, PhoneNumberProblem>)
    /// Names nothing; with a did-you-mean when one is near.
    case unresolved(message: String, help: String?)
}

extension CustomerContext {
    /// Resolves a destination: `voicemail`, `voicemail:<user>`, an entity id, an
    /// extension (2–4 digits), or an external number (`+…` or national format).
    /// The extension the platform keeps for the company fax (the portal's "Bedrijf Fax").
    public static let companyFaxExtension = "998"

    public func resolve(_ text: String) -> Destination {
        if text == "voicemail" { return .companyVoicemail }
        if text.hasPrefix("voicemail:") {
            let user = String(text.dropFirst("voicemail:".count))
            if let e = entities.byID[user], e.kind == .user { return .userVoicemail(e) }
            let users = entities.all.filter { $0.kind == .user }.compactMap { $0.id?.value }
            return .unresolved(message: "`\(text)` names no user's mailbox: there is no user `\(user)`",
                               help: Suggestions.didYouMean(user, in: users).map { _ in
                                   "did you mean `voicemail:\(Suggestions.nearest(to: user, in: users)!)`?" })
        }
        if Self.looksLikeExtension(text) {
            if let e = entities.byExtension[text] { return .entity(e) }
            if text == companyVoicemailExtension, companyVoicemailEnabled { return .companyVoicemail }
            if text == Self.companyFaxExtension {
                // docs/decisions.md: the fax service is the platform's; pbxc routes no call to it.
                return .unresolved(message: "998 is the company fax, which the platform provides: pbxc sends no calls to it",
                                   help: "send the call to a user, hunt group, menu or voicemail; faxes go to the fax number the platform gives")
            }
            return .unresolved(message: "no user, hunt group or menu has extension \(text)",
                               help: Suggestions.didYouMean(text, in: entities.byExtension.keys.sorted()))
        }
        if let first = text.first, first == "+" || first.isNumber {
            return .external(phone(text))
        }
        if let e = entities.byID[text] { return .entity(e) }
        let names = entities.byID.keys.sorted() + ["voicemail"]
        return .unresolved(message: "`\(text)` names no user, hunt group or IVR menu",
                           help: Suggestions.didYouMean(text, in: names))
    }

    /// 2 to 4 digits: an extension, not an external number.
    static func looksLikeExtension(_ text: String) -> Bool {
        let utf8 = text.utf8
        return (2...4).contains(utf8.count) && utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
