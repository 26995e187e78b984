import Compiler
import Domain
import TestSupport
import Validator

/// Runs a generated dialplan the way Asterisk would for the applications pbxc emits,
/// with nobody answering: every `Dial` ends in NOANSWER, every device is idle, the
/// caller presses `keys` at `WaitExten`/`Read`, and time conditions see `at` in the
/// customer's zone. A stand-in for a real Asterisk (not installable on this machine),
/// used to check that the dialplan routes as `pbxc trace` says.
struct DialplanInterpreter {
    let dialplan: DialplanFile
    let at: LocalDateTime
    let zone: String
    var keys: [Character]

    struct Outcome {
        /// Endpoints in the order they first ring (Dial and queue members).
        var rung: [String] = []
        /// Where execution stopped: context and extension.
        var context = ""
        var exten = ""
        var problem: String?
    }

    private var variables: [String: String] = [:]
    private var stack: [(String, String, Int)] = []
    private var outcome = Outcome()
    /// Queue name → member endpoints (from queues.conf via the members context).
    let queues: [String: [String]]

    init(dialplan: DialplanFile, queues: [String: [String]], at: LocalDateTime, zone: String, keys: String) {
        self.dialplan = dialplan
        self.queues = queues
        self.at = at
        self.zone = zone
        self.keys = Array(keys)
    }

    mutating func run(context start: String, exten startExten: String) -> Outcome {
        var context = start, exten = startExten, index = 0
        variables["EXTEN"] = exten
        for _ in 0..<2000 {
            guard let priorities = dialplan.contexts[context]?.extensions[exten] else {
                return fail("no \(context)/\(exten)")
            }
            guard index < priorities.count else { return stop(context, exten) }  // fell off: hang up
            let p = priorities[index]
            let args = substitute(p.args)
            func jump(_ target: String) -> Bool {
                let parts = target.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                switch parts.count {
                case 1: break
                case 2: exten = parts[0]
                default: context = parts[0]; exten = parts[1]
                }
                variables["EXTEN"] = exten
                guard let list = dialplan.contexts[context]?.extensions[exten] else { return false }
                let label = parts.last!
                guard let found = list.firstIndex(where: { Int(label) == $0.number || $0.label == label }) else { return false }
                index = found
                return true
            }
            switch p.app {
            case "NoOp", "Answer", "Background", "Playback", "Wait":
                index += 1
            case "Set":
                let parts = args.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { variables[parts[0]] = parts[1] }
                index += 1
            case "Goto":
                if !jump(args) { return fail("Goto \(args)") }
            case "Gosub":
                stack.append((context, exten, index + 1))
                if !jump(args) { return fail("Gosub \(args)") }
            case "Return":
                variables["GOSUB_RETVAL"] = args
                guard let (c, e, i) = stack.popLast() else { return fail("Return without Gosub") }
                (context, exten, index) = (c, e, i)
                variables["EXTEN"] = exten
            case "GotoIf", "GotoIfTime":
                guard let (condition, targets) = DialplanFile.conditional(args) else { return fail("no ? in \(args)") }
                let truth = p.app == "GotoIf" ? evaluate(condition) : matchesTime(condition)
                let branch = truth ? targets.first : (targets.count > 1 ? targets[1] : nil)
                if let branch { if !jump(branch) { return fail("\(p.app) \(branch)") } } else { index += 1 }
            case "Dial":
                let devices = DialplanFile.split(args)[0].split(separator: "&").map(String.init)
                for device in devices where device.hasPrefix("PJSIP/") && !device.contains("@") {
                    let name = String(device.dropFirst(6))
                    if !outcome.rung.contains(name) { outcome.rung.append(name) }
                }
                // Only out through the trunk (a forward); with phones beside it, a simultaneous ring.
                if devices.allSatisfy({ $0.contains("@") }) { return stop(context, exten) }
                variables["DIALSTATUS"] = "NOANSWER"
                index += 1
            case "Queue":
                for name in queues[DialplanFile.split(args)[0]] ?? [] where !outcome.rung.contains(name) {
                    outcome.rung.append(name)
                }
                index += 1
            case "WaitExten":
                let key = keys.isEmpty ? "t" : String(keys.removeFirst())
                let target = dialplan.contexts[context]?.extensions[key] != nil ? key : "i"
                if !jump("\(target),1") { return fail("no \(target) in \(context)") }
            case "Hangup", "Busy", "VoiceMail", "VoiceMailMain", "Directory",
                 // dial by extension reads the extension a caller chooses, which
                 // `pbxc trace` does not follow (it ends at the menu), nor does this
                 "Read":
                return stop(context, exten)
            default:
                return fail("unknown application \(p.app)")
            }
        }
        return fail("more than 2000 steps: a loop")
    }

    private mutating func stop(_ context: String, _ exten: String) -> Outcome {
        outcome.context = context
        outcome.exten = exten
        return outcome
    }

    private mutating func fail(_ problem: String) -> Outcome {
        outcome.problem = problem
        return outcome
    }

    /// `${VAR}`, `${FUNC(args)}` and `${VAR:offset:length}`, innermost first.
    private func substitute(_ text: String) -> String {
        var s = text
        while let start = s.range(of: "${", options: .backwards) {
            guard let end = s[start.upperBound...].firstIndex(of: "}") else { break }
            let inner = String(s[start.upperBound..<end])
            s.replaceSubrange(start.lowerBound...end, with: value(inner))
        }
        return s
    }

    private func value(_ expression: String) -> String {
        var name = expression, slice: (Int, Int)?
        let parts = expression.split(separator: ":")
        if parts.count == 3, !expression.contains("("), let a = Int(parts[1]), let b = Int(parts[2]) {
            name = String(parts[0]); slice = (a, b)
        } else if parts.count == 3, let a = Int(parts[1]), let b = Int(parts[2]), expression.contains(")") {
            name = String(parts[0]); slice = (a, b)
        }
        var result: String
        if name.hasPrefix("STRFTIME(") {
            result = String(at.date.year)  // pbxc asks only for %Y
        } else if name.hasPrefix("DEVICE_STATE(") {
            result = "NOT_INUSE"
        } else if name.hasPrefix("CALLERID(num-pres)") {
            result = "allowed_not_screened"
        } else if name == "EPOCH" {
            result = "0"
        } else {
            result = variables[name] ?? ""
        }
        if let (offset, length) = slice { result = String(result.dropFirst(offset).prefix(length)) }
        return result
    }

    /// `$[a = b]` or `$[a != b]`, quotes ignored.
    private func evaluate(_ condition: String) -> Bool {
        var body = condition.trimmingCharacters(in: .whitespaces)
        if body.hasPrefix("$["), body.hasSuffix("]") { body = String(body.dropFirst(2).dropLast()) }
        func clean(_ s: Substring) -> String { s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\"", with: "") }
        if let r = body.range(of: " != ") { return clean(body[..<r.lowerBound]) != clean(body[r.upperBound...]) }
        if let r = body.range(of: " = ") { return clean(body[..<r.lowerBound]) == clean(body[r.upperBound...]) }
        return !(body.isEmpty || body == "0")
    }

    /// `times,weekdays,mdays,months,zone` as pbx_timing.c reads it (end minute included).
    private func matchesTime(_ spec: String) -> Bool {
        let f = DialplanFile.split(spec)
        guard f.count == 5, f[4] == zone else { return false }
        if f[0] != "*" {
            let ends = f[0].split(separator: "-").map { $0.split(separator: ":").map { Int($0)! } }
            let start = ends[0][0] * 60 + ends[0][1], end = ends[1][0] * 60 + ends[1][1]
            guard at.minute >= start && at.minute <= end else { return false }
        }
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        if f[1] != "*", !f[1].split(separator: "&").contains(where: { $0 == days[at.date.weekday] }) { return false }
        if f[2] != "*", Int(f[2]) != at.date.day { return false }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if f[3] != "*", f[3] != months[at.date.month - 1] { return false }
        return true
    }
}
