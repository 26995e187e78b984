import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// Company night mode; off when not written, to the company voicemail by default.
    func lowerCompanyNightMode() -> CompanyNightMode {
        let night = c.customer.company?.nightMode
        let mode: CompanyNightMode.Mode
        switch night?.mode?.value {
        case .on: mode = .on
        case .auto: mode = .auto
        case .off, nil: mode = .off
        }
        let to: String
        if let written = destination(night?.to) {
            to = written
        } else {
            addCompanyVoicemail()
            to = NodeID.companyVoicemail
        }
        return CompanyNightMode(mode: mode, officeHours: night?.officeHours?.value, holidays: night?.holidays?.value,
                                to: to)
    }

    func lowerOutbound() -> OutboundPolicy {
        let company = c.customer.company
        let number = company?.number.flatMap { c.validPhone($0.value)?.e164 } ?? ""
        let country = c.country ?? ""
        let barred = (company?.blockOutbound ?? []).map { OutboundPrefixes.barred($0.value, country: country) }
        return OutboundPolicy(
            companyNumber: number, showCompanyName: company?.showName?.value ?? false,
            companyName: c.customer.info?.name?.value ?? customerID,
            barred: barred.sorted { $0.name < $1.name })
    }
}
