/// A losing provider's blocking (refusal) code, as data: what it means in each
/// document language, what to do, and which part of the request it names — a blocked
/// request goes back to `requested` only after that part changed.
public struct BlockingCode: Sendable {
    public var code: String
    /// The parts of the request the code names: `holder`, `holder_name`,
    /// `holder_address`, `contract`, `numbers`, `billing_number`; empty when a
    /// correction of the request is not what the code asks for.
    public var fields: [String]
    /// What the code means, by language (nl, fr, de, en).
    public var meaning: [String: String]
    /// What to do, in English (diagnostics).
    public var fix: String

    public func meaning(in language: String) -> String { meaning[language] ?? meaning["en"] ?? code }

    /// The parts of a request a code can name, and how messages call them.
    public static let fieldNames: [String: String] = [
        "holder": "the holder", "holder_name": "the holder's name", "holder_address": "the holder's address",
        "contract": "the contract (account number)", "numbers": "the numbers", "billing_number": "the billing numbers",
    ]

    /// Seed 000 §3.6: code 22 — name and address (NAW) do not match the losing
    /// provider's records; other codes: ask the platform's administration.
    public static let netherlands: [BlockingCode] = [
        BlockingCode(code: "22", fields: ["holder"], meaning: [
            "nl": "naam en adres (NAW) komen niet overeen met de administratie van de huidige aanbieder",
            "fr": "le nom et l'adresse du titulaire ne correspondent pas aux données de l'opérateur actuel",
            "de": "Name und Anschrift stimmen nicht mit den Daten des abgebenden Anbieters überein",
            "en": "name and address do not match the losing provider's records",
        ], fix: "correct the holder exactly as on the losing provider's invoice, then request again"),
    ]

    /// The reasons of a Belgian refusal. The Belgian process publishes no code list;
    /// these are pbxc's names for the reasons the providers' messages give.
    public static let belgium: [BlockingCode] = [
        BlockingCode(code: "holder_mismatch", fields: ["holder"], meaning: [
            "nl": "de gegevens van de titularis komen niet overeen met die van de huidige operator",
            "fr": "les données du titulaire ne correspondent pas à celles de l'opérateur actuel",
            "de": "die Daten des Inhabers stimmen nicht mit denen des abgebenden Betreibers überein",
            "en": "the holder's data do not match the losing operator's",
        ], fix: "correct the holder as on the losing operator's invoice, then request again"),
        BlockingCode(code: "account_mismatch", fields: ["contract"], meaning: [
            "nl": "het klant- of contractnummer is onjuist", "fr": "le numéro de client ou de contrat est erroné",
            "de": "die Kunden- oder Vertragsnummer ist falsch", "en": "the customer or contract number is wrong",
        ], fix: "correct `contract.account`, then request again"),
        BlockingCode(code: "number_not_active", fields: ["numbers"], meaning: [
            "nl": "een nummer is niet actief bij de huidige operator", "fr": "un numéro n'est pas actif chez l'opérateur actuel",
            "de": "eine Rufnummer ist beim abgebenden Betreiber nicht aktiv", "en": "a number is not active at the losing operator",
        ], fix: "port only the active numbers, then request again"),
        BlockingCode(code: "range_split", fields: ["numbers"], meaning: [
            "nl": "een DDI-reeks zou worden opgesplitst", "fr": "une plage DDI serait divisée",
            "de": "ein DDI-Block würde geteilt", "en": "a DDI range would be split",
        ], fix: "port the whole range, then request again"),
        BlockingCode(code: "request_pending", fields: [], meaning: [
            "nl": "er loopt al een ander verzoek voor deze nummers", "fr": "une autre demande est en cours pour ces numéros",
            "de": "für diese Rufnummern läuft bereits ein anderer Auftrag", "en": "another request for these numbers is pending",
        ], fix: "wait for the other request, or have it cancelled"),
        BlockingCode(code: "other", fields: [], meaning: [
            "nl": "andere reden (zie de toelichting)", "fr": "autre raison (voir le motif)",
            "de": "anderer Grund (siehe Begründung)", "en": "another reason (see the reason given)",
        ], fix: "follow the instructions of the refusal message"),
    ]

    /// The Vorabstimmung's rejection codes (AKNN).
    public static let germany: [BlockingCode] = [
        BlockingCode(code: "RNG", fields: ["numbers"], meaning: [
            "nl": "nummer niet actief bij de huidige aanbieder", "fr": "numéro non actif chez l'opérateur actuel",
            "de": "Rufnummer beim abgebenden Anbieter nicht geschaltet", "en": "number not active at the losing provider",
        ], fix: "port only active numbers"),
        BlockingCode(code: "ADF", fields: ["holder_address"], meaning: [
            "nl": "adres onjuist", "fr": "adresse erronée", "de": "Adresse falsch", "en": "address wrong",
        ], fix: "correct the holder's address field by field"),
        BlockingCode(code: "AIF", fields: ["holder_name"], meaning: [
            "nl": "naam van de houder onjuist", "fr": "titulaire erroné", "de": "Anschlussinhaber falsch", "en": "holder wrong",
        ], fix: "correct the holder's name as on the contract"),
        BlockingCode(code: "WAI", fields: ["holder"], meaning: [
            "nl": "meer houders op het contract", "fr": "plusieurs titulaires sur le contrat",
            "de": "weitere Anschlussinhaber", "en": "more holders on the contract",
        ], fix: "name every holder"),
        BlockingCode(code: "KNI", fields: ["contract"], meaning: [
            "nl": "klant niet te identificeren", "fr": "client non identifiable",
            "de": "Kunde nicht identifizierbar", "en": "customer cannot be identified",
        ], fix: "add the customer/contract number"),
        BlockingCode(code: "VAE", fields: [], meaning: [
            "nl": "er loopt een verzoek van een andere aanbieder", "fr": "une demande d'un autre opérateur est en cours",
            "de": "Vorabstimmung eines anderen Anbieters läuft", "en": "another provider's request is pending",
        ], fix: "wait, or cancel the other request"),
        BlockingCode(code: "SON", fields: [], meaning: [
            "nl": "andere reden (zie de tekst)", "fr": "autre raison (voir le texte)",
            "de": "Sonstiges (siehe Text)", "en": "other reason (see the text)",
        ], fix: "read the losing provider's text"),
    ]

    /// The most frequent rejections of North American ports (seed 003; carriers'
    /// APIs): records that do not match exactly, a freeze, inactive numbers.
    public static let northAmerica: [BlockingCode] = [
        BlockingCode(code: "name_mismatch", fields: ["holder_name"], meaning: [
            "nl": "de naam komt niet overeen met de CSR of factuur", "fr": "le nom ne correspond pas au CSR ou à la facture",
            "de": "der Name stimmt nicht mit CSR oder Rechnung überein", "en": "the name does not match the CSR or invoice",
        ], fix: "write the name exactly as on the CSR"),
        BlockingCode(code: "address_mismatch", fields: ["holder_address"], meaning: [
            "nl": "het serviceadres komt niet overeen met de CSR of factuur",
            "fr": "l'adresse de service ne correspond pas au CSR ou à la facture",
            "de": "die Anschlussadresse stimmt nicht mit CSR oder Rechnung überein",
            "en": "the service address does not match the CSR or invoice",
        ], fix: "write the service address exactly as on the CSR"),
        BlockingCode(code: "account_mismatch", fields: ["contract"], meaning: [
            "nl": "het rekeningnummer is onjuist", "fr": "le numéro de compte est erroné",
            "de": "die Kontonummer ist falsch", "en": "the account number is wrong",
        ], fix: "correct `contract.account`"),
        BlockingCode(code: "btn_mismatch", fields: ["billing_number"], meaning: [
            "nl": "het factuurnummer (BTN) is onjuist of er is geen nieuw BTN",
            "fr": "le numéro de facturation (BTN) est erroné ou le nouveau BTN manque",
            "de": "die Abrechnungsnummer (BTN) ist falsch oder die neue fehlt",
            "en": "the billing telephone number (BTN) is wrong, or the new BTN is missing",
        ], fix: "correct `billing_number` / `new_billing_number`"),
        BlockingCode(code: "number_not_active", fields: ["numbers"], meaning: [
            "nl": "een nummer is niet actief", "fr": "un numéro n'est pas actif",
            "de": "eine Rufnummer ist nicht aktiv", "en": "a number is not active",
        ], fix: "port only active numbers"),
        BlockingCode(code: "freeze", fields: [], meaning: [
            "nl": "een blokkering of overstaprestrictie op het account", "fr": "un gel du service ou une restriction de changement de transporteur",
            "de": "eine Sperre oder Wechselsperre auf dem Konto", "en": "a service freeze or carrier-change restriction on the account",
        ], fix: "have the customer lift the freeze at the losing carrier, then request again"),
        BlockingCode(code: "other", fields: [], meaning: [
            "nl": "andere reden (zie de toelichting)", "fr": "autre raison (voir le motif)",
            "de": "anderer Grund (siehe Begründung)", "en": "another reason (see the reason given)",
        ], fix: "follow the carrier's message"),
    ]
}
