/// A PIN code typed on a phone's keypad (the user's voicemail and app PIN): 4 to 8
/// ASCII digits.
public enum PINCode {
    public static func isValid(_ text: String) -> Bool {
        (4...8).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
