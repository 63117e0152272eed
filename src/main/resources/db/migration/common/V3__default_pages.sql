-- Starting texts for the pages every installation needs. Administrators replace them in the back office.
insert into page (page_key, title, body_md, version, updated_at) values
('impressum', 'Impressum',
 'Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG).

**Bitte ergänzen:** Name und Anschrift der Stadtverwaltung, vertretungsberechtigte Person, Kontakt (E-Mail und Telefon), Umsatzsteuer-Identifikationsnummer und die für den Inhalt verantwortliche Person.

Beiträge von Bürger:innen geben die Meinung ihrer Verfasser:innen wieder.', 1, current_timestamp),
('datenschutz', 'Datenschutzerklärung',
 '## Wer ist verantwortlich?

Die Stadtverwaltung, die diese Plattform betreibt (siehe Impressum).

## Welche Daten verarbeiten wir?

- **Beim Lesen:** keine personenbezogenen Daten außer den technisch notwendigen Server-Protokollen. Es werden keine Cookies gesetzt, keine Inhalte von Dritten geladen und keine Nutzung ausgewertet.
- **Mit einem Konto:** ein selbst gewählter öffentlicher Benutzername, Ihre E-Mail-Adresse (nie öffentlich), Ihr Passwort (nur als sicherer Hash), Ihre Zustimmung zu Nutzungsbedingungen und Datenschutzerklärung mit Version und Zeitpunkt, und Ihre Beiträge. Beim Anmelden wird ein Sitzungs-Cookie gesetzt, das beim Abmelden endet.
- **Sprachwahl:** Wenn Sie die Sprache umschalten, merkt sich ein Cookie Ihre Wahl.

Beiträge zu Beteiligungen können politische Meinungen erkennen lassen. Wir verarbeiten sie nur für das jeweilige Beteiligungsverfahren und veröffentlichen sie nur unter Ihrem Benutzernamen.

## Ihre Rechte

Sie können unter „Mein Konto“ jederzeit alle über Sie gespeicherten Daten herunterladen (Auskunft und Datenübertragbarkeit), Ihre E-Mail-Adresse ändern und Ihr Konto löschen. Ihre Beiträge bleiben dann ohne Bezug zu Ihnen als „Gelöschtes Konto“ erhalten.

**Bitte ergänzen:** Kontakt der bzw. des Datenschutzbeauftragten und der Aufsichtsbehörde.', 1, current_timestamp),
('barrierefreiheit', 'Erklärung zur Barrierefreiheit',
 'Die Stadt ist bemüht, diese Plattform im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen.

## Stand der Vereinbarkeit

Diese Website soll die Anforderungen der WCAG 2.1 auf Stufe AA erfüllen. Alle Seiten sind per Tastatur bedienbar, funktionieren ohne Maus und ohne JavaScript und passen sich kleinen Bildschirmen an. Karten haben eine Alternative als Liste.

**Bitte ergänzen:** Datum der Erstellung und Methode der Bewertung (Selbstbewertung oder Prüfung).

## Barriere melden

Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie uns über das Formular auf dieser Seite.

## Schlichtungsverfahren

**Bitte ergänzen:** die zuständige Schlichtungsstelle Ihres Bundeslandes.', 1, current_timestamp),
('netiquette', 'Netiquette',
 'Damit alle gern mitdiskutieren, bitten wir um Folgendes:

- Bleiben Sie sachlich und respektvoll. Kritik an Ideen ist willkommen, Angriffe auf Personen nicht.
- Keine Beleidigungen, keine Diskriminierung, keine Werbung, keine persönlichen Daten anderer.
- Bleiben Sie beim Thema des Projekts.

Beiträge, die gegen diese Regeln verstoßen, können ausgeblendet werden.', 1, current_timestamp),
('nutzungsbedingungen', 'Nutzungsbedingungen',
 'Mit Ihrem Konto können Sie sich an Beteiligungsverfahren der Stadt beteiligen.

- Ihr Benutzername ist öffentlich; Ihre E-Mail-Adresse nicht.
- Sie sind für Ihre Beiträge verantwortlich und achten die Netiquette.
- Die Stadt darf Ihre Beiträge im Rahmen des Verfahrens veröffentlichen, auswerten und dokumentieren.
- Beiträge, die gegen Gesetze oder die Netiquette verstoßen, können ausgeblendet werden.', 1, current_timestamp),
('so-funktionierts', 'So funktioniert''s',
 'Auf dieser Plattform lädt die Stadt Sie ein, bei Vorhaben mitzureden.

1. **Projekt finden:** Auf der Startseite und unter „Projekte“ sehen Sie, welche Beteiligungen laufen, geplant oder abgeschlossen sind.
2. **Lesen:** Jedes Projekt zeigt seine Phasen in einer Zeitleiste. Zum Lesen brauchen Sie kein Konto.
3. **Mitmachen:** Für die meisten Beteiligungen registrieren Sie sich mit einem Benutzernamen und Ihrer E-Mail-Adresse.
4. **Ergebnisse:** Nach dem Ende einer Beteiligung berichtet die Stadt, was aus den Beiträgen geworden ist.', 1, current_timestamp);
