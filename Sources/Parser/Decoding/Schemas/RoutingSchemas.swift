/// Hunt groups and IVR menus.
extension Schemas {
    public static let huntGroup = ObjectSchema("a hunt group", [
        "id": .entityID.described("hunt group id; also a destination").required.examples("sales"),
        "name": .text("name").examples("Verkoop"),
        "extension": .extensionNumber,
        "number": .number.described("direct number; must be one of the customer's numbers"),
        "policy": .choice("how calls are offered to the members", HuntPolicy.self) {
            switch $0 {
            case .circular: "one at a time, starting after the last one offered a call"
            case .fixedOrder: "one at a time, always from the first"
            case .simultaneous: "all at once"
            case .uniform: "one at a time, the longest idle first"
            }
        }.default("simultaneous"),
        "members": .list(.text("a user id or extension", numeric: true), "members in order").examples(["jan", "piet"]),
        "next_member_after_rings": .rings.described("rings before the next member").default(4),
        "next_member": .boolean("false: the call stays with the first member that rings, until the overflow").default(true),
        "busy_tone": .boolean("callers hear the busy tone when no member can take the call").default(false),
        "no_internet": .destination.described("where calls go when none of the members' phones is registered"),
        "overflow": .anyOf([.destination, .object(overflow, "")],
                           "where unanswered calls go: a destination, or `{ after_seconds, to }`"),
        "night_mode": .entityNight,
    ])
    public static let overflow = ObjectSchema("an overflow", [
        "after_seconds": .seconds.described("seconds before overflowing").default(30),
        "to": .destination.required,
    ])

    public static let ivrMenu = ObjectSchema("an IVR menu", [
        "id": .entityID.described("menu id; also a destination").required.examples("main"),
        "name": .text("name").examples("Hoofdmenu"),
        "extension": .extensionNumber,
        "number": .number.described("direct number; must be one of the customer's numbers"),
        "office_hours": .name.described("schedule name: the open menu during these hours"),
        "holidays": .name.described("schedule name: the closed menu on these days"),
        "open": .object(menuState, "the menu during office hours"),
        "closed": .object(menuState, "the menu outside them"),
        "night_mode": .entityNight,
    ])
    public static let menuState = ObjectSchema("a menu state", [
        "greeting": .text("greeting audio file").examples("greetings/welcome.wav"),
        "options": .map(.anyOf([.destination, .object(ivrForward, "")], ""),
                        "keys 0-9, * and #: a destination, `repeat`, `reception`, `dial_by_name`, `dial_by_extension`, `hangup`, `none`, `{ to, announce }` or `{ play }`",
                        keys: "key", keyPattern: "^[0-9*#]$"),
        "reception": .destination.described("where a caller goes who makes no choice"),
        "timeout_seconds": .seconds.described("seconds to wait for a key").default(10),
        "to": .destination.described("no menu: calls go straight to this destination"),
    ])
    public static let ivrForward = ObjectSchema("an IVR option", [
        "to": .destination,
        "announce": .boolean("play \"you are being transferred\" first").default(false),
        "play": .text("audio file to play, then the menu again"),
    ])
}
