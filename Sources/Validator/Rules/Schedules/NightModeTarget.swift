import Diagnostics
import Domain
import Parser

/// `night-mode-target`: night mode must have somewhere to send calls.
enum NightModeTarget: CustomerRule {
    static let description = RuleDescription(
        id: "night-mode-target", severity: .error, section: .schedules,
        summary: "night mode can switch on but has nowhere to send calls",
        rationale: """
        "Als de nachtschakeling is ingeschakeld, moet er ook worden ingesteld naar welk intern of extern \
        nummer een inkomend gesprek moet worden doorgeschakeld". The default is the \
        company voicemail (999); when that is switched off, or the destination cannot take a call, night \
        mode has nowhere to go.
        """,
        bad: [Example.customer("", company: """
        company:
          number: "+31887654000"
          unassigned_numbers: "+31612345678"
          voicemail: false
          night_mode: ↓{ mode: on }
        """)],
        good: [Example.customer("", company: """
        company:
          number: "+31887654000"
          unassigned_numbers: "+31612345678"
          voicemail: false
          night_mode: { mode: on, to: "+31612345678" }
        """)])

    static func check(_ c: CustomerContext) {
        if let night = c.customer.company?.nightMode, night.mode?.value != .off {
            check(night.to, at: night.location, who: "the company night mode", c)
        }
        // A user, group or menu with night mode on or following the company; without
        // its own `to` it uses the company's destination.
        let companyFallbackOff = c.customer.company?.nightMode?.to == nil && !c.companyVoicemailEnabled
        let modes: [(EntityNightMode?, Entity.Kind, LString?)] =
            c.customer.users.map { ($0.nightMode, .user, $0.id) }
            + c.customer.huntGroups.map { ($0.nightMode, .huntGroup, $0.id) }
            + c.customer.ivrMenus.map { ($0.nightMode, .ivrMenu, $0.id) }
        for case let (mode?, kind, id) in modes where mode.mode.value != .off {
            let who = { "the night mode of \(kind.rawValue) `\(id?.value ?? "?")`" }
            if let to = mode.to {
                check(to, at: to.location, who: who(), c)
            } else if mode.mode.value == .on, companyFallbackOff {
                c.report(description, at: mode.mode.location,
                         "\(who()) is on and falls back to the company voicemail, which is switched off",
                         help: "give it `night_mode: { mode: on, to: … }`, or set `company.night_mode.to`")
            }
        }
    }

    private static func check(_ to: LString?, at location: SourceLocation, who: @autoclosure () -> String,
                              _ c: CustomerContext) {
        guard let to else {
            if !c.companyVoicemailEnabled {
                c.report(description, at: location, "\(who()) sends calls to the company voicemail, which is switched off",
                         help: "add `to:` (a user, group, menu or external number), or switch the company voicemail on")
            }
            return
        }
        if let problem = CallTarget.problem(c.resolve(to.value), c) {
            c.report(description, at: to.location, "\(who()) sends calls to \(problem)")
        }
    }
}
