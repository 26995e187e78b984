/// The words of the customer overview page in the languages pbxc has (nl, fr, de,
/// en; English for any other), as a partner's engineer would write them to a customer.
/// Placeholders: `{0}`, `{1}`.
struct PageText {
    let language: String

    init(_ language: String) {
        self.language = Self.table.keys.contains(language) ? language : "en"
    }

    subscript(_ key: String, _ args: String...) -> String {
        var text = Self.table[language]?[key] ?? Self.table["en"]![key] ?? key
        for (i, arg) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: arg) }
        return text
    }

    static let table: [String: [String: String]] = [
        "en": [
            "company_number": "company number {0}", "numberplan": "Numberplan",
            "held_caption": "Held numbers and where calls to them go", "numbers": "Numbers", "entry": "Entry",
            "open": "Open", "closed": "Closed", "holiday": "Holiday", "extensions": "Extensions", "extension": "Extension",
            "goes_to": "Goes to", "callflow": "Call flow", "diagram": "Call-flow diagram of {0}",
            "no_graphviz": "Graphviz was not installed when this page was built; the diagram in Mermaid ({0}):",
            "groups": "Hunt groups and menus",
            "groups_caption": "Hunt groups (policy, members in order, overflow) and menus (keys when open, closed branch)",
            "hunt_group": "Hunt group {0}", "menu": "Menu {0}", "name": "Name", "how": "How", "members": "Members / keys",
            "overflow": "Overflow / closed", "ring": "{0}; {1} s per member", "after": "after {0} s: {1}", "none": "none",
            "open_hours": "open: {0}", "always": "always", "closed_menu": "closed menu",
            "devices": "Devices", "devices_caption": "Phones, with the file each fetches", "user": "User", "model": "Model",
            "mac": "MAC", "provisioning_file": "Provisioning file",
            "porting": "Porting", "porting_caption": "Porting requests", "request": "Request", "status": "Status",
            "wanted": "Wanted", "earliest": "Earliest",
            "moves": "Moves between partners", "moves_caption": "Moves (customer offline during the move)", "move": "Move",
            "from_partner": "From partner", "date": "Date",
            "orders": "Orders", "order": "Order", "one_off": "One-off", "monthly": "Monthly",
            "files": "Documents and files", "files_caption": "Everything built for this customer", "file": "File",
            "label.hunt_group": "hunt group {0}", "label.menu": "menu {0}", "label.company_voicemail": "company voicemail",
            "label.mailbox": "mailbox of {0}", "label.night": "night mode: {0}", "label.closed_menu": "{0}, closed menu",
        ],
        "nl": [
            "company_number": "algemeen nummer {0}", "numberplan": "Nummerplan",
            "held_caption": "Nummers en waar gesprekken naartoe gaan", "numbers": "Nummers", "entry": "Eerste bestemming",
            "open": "Open", "closed": "Gesloten", "holiday": "Feestdag", "extensions": "Toestelnummers",
            "extension": "Toestel", "goes_to": "Gaat naar", "callflow": "Belstroom", "diagram": "Belstroomdiagram van {0}",
            "no_graphviz": "Graphviz was niet geïnstalleerd toen deze pagina werd gemaakt; het diagram in Mermaid ({0}):",
            "groups": "Belgroepen en keuzemenu's",
            "groups_caption": "Belgroepen (strategie, leden op volgorde, doorschakeling) en keuzemenu's (toetsen tijdens openingstijden, gesloten)",
            "hunt_group": "Belgroep {0}", "menu": "Keuzemenu {0}", "name": "Naam", "how": "Werking",
            "members": "Leden / toetsen", "overflow": "Doorschakeling / gesloten", "ring": "{0}; {1} s per lid",
            "after": "na {0} s: {1}", "none": "geen", "open_hours": "open: {0}", "always": "altijd",
            "closed_menu": "gesloten menu",
            "devices": "Toestellen", "devices_caption": "Telefoons, met het bestand dat elk ophaalt", "user": "Gebruiker",
            "model": "Model", "mac": "MAC", "provisioning_file": "Provisioningbestand",
            "porting": "Nummerbehoud", "porting_caption": "Overstapverzoeken", "request": "Verzoek", "status": "Status",
            "wanted": "Gewenst", "earliest": "Vroegst",
            "moves": "Verhuizingen tussen partners", "moves_caption": "Verhuizingen (klant onbereikbaar tijdens de verhuizing)",
            "move": "Verhuizing", "from_partner": "Van partner", "date": "Datum",
            "orders": "Bestellingen", "order": "Bestelling", "one_off": "Eenmalig", "monthly": "Per maand",
            "files": "Documenten en bestanden", "files_caption": "Alles wat voor deze klant is gemaakt", "file": "Bestand",
            "label.hunt_group": "belgroep {0}", "label.menu": "keuzemenu {0}", "label.company_voicemail": "algemene voicemail",
            "label.mailbox": "voicemail van {0}", "label.night": "nachtstand: {0}", "label.closed_menu": "{0}, gesloten menu",
        ],
        "fr": [
            "company_number": "numéro général {0}", "numberplan": "Plan de numérotation",
            "held_caption": "Numéros et destination des appels", "numbers": "Numéros", "entry": "Première destination",
            "open": "Ouvert", "closed": "Fermé", "holiday": "Jour férié", "extensions": "Numéros internes",
            "extension": "Poste", "goes_to": "Vers", "callflow": "Acheminement des appels",
            "diagram": "Schéma d'acheminement de {0}",
            "no_graphviz": "Graphviz n'était pas installé lors de la création de cette page ; le schéma en Mermaid ({0}) :",
            "groups": "Groupes d'appel et menus vocaux",
            "groups_caption": "Groupes d'appel (stratégie, membres dans l'ordre, débordement) et menus vocaux (touches pendant les heures d'ouverture, fermeture)",
            "hunt_group": "Groupe d'appel {0}", "menu": "Menu vocal {0}", "name": "Nom", "how": "Fonctionnement",
            "members": "Membres / touches", "overflow": "Débordement / fermé", "ring": "{0} ; {1} s par membre",
            "after": "après {0} s : {1}", "none": "aucun", "open_hours": "ouvert : {0}", "always": "toujours",
            "closed_menu": "menu fermé",
            "devices": "Appareils", "devices_caption": "Téléphones et fichier de configuration de chacun",
            "user": "Utilisateur", "model": "Modèle", "mac": "MAC", "provisioning_file": "Fichier de configuration",
            "porting": "Portabilité", "porting_caption": "Demandes de portage", "request": "Demande", "status": "Statut",
            "wanted": "Souhaitée", "earliest": "Au plus tôt",
            "moves": "Transferts entre partenaires", "moves_caption": "Transferts (client injoignable pendant le transfert)",
            "move": "Transfert", "from_partner": "Partenaire d'origine", "date": "Date",
            "orders": "Commandes", "order": "Commande", "one_off": "Frais uniques", "monthly": "Mensuel",
            "files": "Documents et fichiers", "files_caption": "Tout ce qui a été généré pour ce client", "file": "Fichier",
            "label.hunt_group": "groupe d'appel {0}", "label.menu": "menu vocal {0}",
            "label.company_voicemail": "messagerie générale", "label.mailbox": "messagerie de {0}",
            "label.night": "mode nuit : {0}", "label.closed_menu": "{0}, menu fermé",
        ],
        "de": [
            "company_number": "Zentrale {0}", "numberplan": "Rufnummernplan",
            "held_caption": "Rufnummern und wohin Anrufe gehen", "numbers": "Rufnummern", "entry": "Erstes Ziel",
            "open": "Geöffnet", "closed": "Geschlossen", "holiday": "Feiertag", "extensions": "Durchwahlen",
            "extension": "Durchwahl", "goes_to": "Ziel", "callflow": "Anruflenkung", "diagram": "Anruflenkung von {0}",
            "no_graphviz": "Graphviz war beim Erstellen dieser Seite nicht installiert; das Diagramm in Mermaid ({0}):",
            "groups": "Sammelrufgruppen und Sprachmenüs",
            "groups_caption": "Sammelrufgruppen (Strategie, Mitglieder in Reihenfolge, Überlauf) und Sprachmenüs (Tasten während der Öffnungszeiten, geschlossen)",
            "hunt_group": "Sammelrufgruppe {0}", "menu": "Sprachmenü {0}", "name": "Name", "how": "Funktionsweise",
            "members": "Mitglieder / Tasten", "overflow": "Überlauf / geschlossen", "ring": "{0}; {1} s je Mitglied",
            "after": "nach {0} s: {1}", "none": "keiner", "open_hours": "geöffnet: {0}", "always": "immer",
            "closed_menu": "geschlossenes Menü",
            "devices": "Endgeräte", "devices_caption": "Telefone und die Datei, die jedes abruft", "user": "Benutzer",
            "model": "Modell", "mac": "MAC", "provisioning_file": "Provisionierungsdatei",
            "porting": "Rufnummernportierung", "porting_caption": "Portierungsaufträge", "request": "Auftrag",
            "status": "Status", "wanted": "Wunschtermin", "earliest": "Frühestens",
            "moves": "Umzüge zwischen Partnern", "moves_caption": "Umzüge (Kunde während des Umzugs nicht erreichbar)",
            "move": "Umzug", "from_partner": "Vom Partner", "date": "Datum",
            "orders": "Bestellungen", "order": "Bestellung", "one_off": "Einmalig", "monthly": "Monatlich",
            "files": "Dokumente und Dateien", "files_caption": "Alles, was für diesen Kunden erstellt wurde", "file": "Datei",
            "label.hunt_group": "Sammelrufgruppe {0}", "label.menu": "Sprachmenü {0}", "label.company_voicemail": "Zentrale Mailbox",
            "label.mailbox": "Mailbox von {0}", "label.night": "Nachtschaltung: {0}", "label.closed_menu": "{0}, geschlossenes Menü",
        ],
    ]
}
