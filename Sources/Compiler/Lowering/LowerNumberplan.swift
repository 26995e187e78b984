import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// Every held number → the entity that has it, else `unassigned`.
    func lowerNumbers(unassigned: String) -> [String: String] {
        var owners: [UInt64: String] = [:]
        for entity in c.entities.all {
            guard let number = entity.number, let phone = c.validPhone(number.value) else { continue }
            if owners[phone.digits] == nil { owners[phone.digits] = entityNode(entity) }
        }
        var numbers: [String: String] = [:]
        for range in c.heldRanges {
            for digits in range.first.digits...range.last.digits {
                let e164 = "+\(digits)"
                if numbers[e164] == nil { numbers[e164] = owners[digits] ?? unassigned }
            }
        }
        return numbers
    }

    /// Every extension → its entity, and the company voicemail's.
    func lowerExtensions() -> [String: String] {
        var extensions: [String: String] = [:]
        for entity in c.entities.all {
            guard let ext = entity.extensionNumber?.value, extensions[ext] == nil else { continue }
            extensions[ext] = entityNode(entity)
        }
        if c.companyVoicemailEnabled, extensions[c.companyVoicemailExtension] == nil {
            addCompanyVoicemail()
            extensions[c.companyVoicemailExtension] = NodeID.companyVoicemail
        }
        return extensions
    }
}
