/// The languages a customer may name (`customer.language`, `defaults.language`): the
/// phones' menus and voice prompts. Documents are written in Dutch, French, German or
/// English (`DocumentLocale`); other languages get English documents.
public enum SupportedLanguages {
    public static let all: [(code: String, name: String)] = [
        ("nl", "Dutch"), ("fr", "French"), ("de", "German"), ("en", "English"), ("es", "Spanish"), ("it", "Italian"),
        ("pt", "Portuguese"), ("pl", "Polish"), ("da", "Danish"), ("sv", "Swedish"), ("nb", "Norwegian Bokmål"),
        ("fi", "Finnish"),
    ]
    public static let codes: Set<String> = Set(all.map { $0.code })
}
