import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// Users, hunt groups and menus in the order their ids and extensions are claimed.
    private var entities: [(node: String, extensionNumber: String?, number: String?)] {
        c.users.map { (NodeID.user($0.id), $0.extensionNumber, $0.number) }
            + c.huntGroups.map { (NodeID.group($0.id), $0.extensionNumber, $0.number) }
            + c.menus.map { (NodeID.menu($0.id), $0.extensionNumber, $0.number) }
    }

    /// Every held number → the entity that has it, else `unassigned`.
    func lowerNumbers(unassigned: String) -> [String: String] {
        var owners: [String: String] = [:]
        for entity in entities {
            guard let number = entity.number, owners[number] == nil else { continue }
            owners[number] = entity.node
        }
        var numbers: [String: String] = [:]
        for range in c.heldRanges {
            for digits in range.first.digits...range.last.digits {
                let e164 = "+\(digits)"
                if numbers[e164] == nil { numbers[e164] = owners[e164] ?? unassigned }
            }
        }
        return numbers
    }

    /// Every extension → its entity, and the company voicemail's.
    func lowerExtensions() -> [String: String] {
        var extensions: [String: String] = [:]
        for entity in entities {
            guard let ext = entity.extensionNumber, extensions[ext] == nil else { continue }
            extensions[ext] = entity.node
        }
        let voicemail = c.company.voicemail
        if voicemail.enabled, extensions[voicemail.extensionNumber] == nil {
            addCompanyVoicemail()
            extensions[voicemail.extensionNumber] = NodeID.companyVoicemail
        }
        return extensions
    }
}
