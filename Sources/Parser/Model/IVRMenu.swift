import Diagnostics

/// An IVR menu (seed 004 §6.8): an open menu during office hours, a closed one (or a
/// straight destination) outside them.
public struct IVRMenu: Sendable {
    public var id: LString?
    public var name: LString?
    public var extensionNumber: LString?
    public var number: LString?
    public var officeHours: LString?
    public var holidays: LString?
    public var open: MenuState?
    public var closed: MenuState?
    public var nightMode: EntityNightMode?
    public var location: SourceLocation

    public var states: [MenuState] { [open, closed].compactMap { $0 } }
}

public struct MenuState: Sendable {
    public var greeting: LString?
    public var options: [IVROption] = []
    public var reception: LString?
    public var timeoutSeconds: Located<Int>?
    /// No menu: send callers straight here.
    public var to: LString?
    public var location: SourceLocation
}

public struct IVROption: Sendable {
    public var key: LString
    public var action: IVRAction
}

public enum IVRKeyword: String, Sendable, CaseIterable {
    case `repeat`, reception, hangup, none
    case dialByName = "dial_by_name"
    case dialByExtension = "dial_by_extension"
}

public enum IVRAction: Sendable {
    /// Forward, with or without the "you are being transferred" announcement.
    case destination(LString, announce: Bool)
    case keyword(Located<IVRKeyword>)
    case play(LString)
}
