import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// Company night mode, to the company voicemail unless it names a destination.
    func lowerCompanyNightMode() -> CompanyNightMode {
        let night = c.company.nightMode
        let mode: CompanyNightMode.Mode = switch night.mode {
        case .on: .on
        case .auto: .auto
        case .off: .off
        }
        let to: String
        if let written = destination(night.to) {
            to = written
        } else {
            addCompanyVoicemail()
            to = NodeID.companyVoicemail
        }
        return CompanyNightMode(mode: mode, officeHours: night.officeHours, holidays: night.holidays, to: to,
                                featureCode: night.featureCode)
    }

    func lowerOutbound() -> OutboundPolicy {
        let barred = c.company.blockOutbound.map { OutboundPrefixes.barred($0, country: c.country) }
        return OutboundPolicy(companyNumber: c.company.number, showCompanyName: c.company.showName, companyName: c.name,
                              barred: barred.sorted { $0.name < $1.name })
    }
}
