-- The accessibility statement in the structure BITV 2.0 asks for, and "So funktioniert's" with a
-- part in Leichte Sprache. Administrators complete the parts marked "Bitte ergänzen".
update page set version = version + 1, updated_at = current_timestamp, body_md =
'Die Stadt ist bemüht, diese Beteiligungsplattform im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. Diese Erklärung gilt für alle Seiten der Plattform.

## Stand der Vereinbarkeit

Die Plattform ist mit den Anforderungen der WCAG 2.1 auf Stufe AA weitgehend vereinbar. Alle Seiten lassen sich mit der Tastatur bedienen, funktionieren ohne Maus und ohne JavaScript, vergrößern sich ohne seitliches Scrollen bis auf 320 Pixel Breite und werden bei jeder Änderung automatisch mit axe-core und dem Nu Html Checker geprüft.

## Nicht barrierefreie Inhalte

- **Karten:** Die Kartenkacheln selbst sind Bilder ohne Textalternative. Jedes Gebiet und jedes Projekt ist deshalb zusätzlich als Text und in einer Liste beschrieben.
- **Dokumente:** Ältere PDF-Dokumente (z. B. Protokolle) sind teilweise nicht barrierefrei. Auf Anfrage senden wir Ihnen eine barrierefreie Fassung.
- **Beiträge von Bürger:innen:** Für Texte und Bilder, die Nutzer:innen einstellen, können wir Barrierefreiheit nur teilweise sicherstellen (Bilder verlangen immer einen Alternativtext).

## Erstellung dieser Erklärung

**Bitte ergänzen:** Datum der Erstellung, Datum der letzten Überprüfung und Methode der Bewertung (Selbstbewertung oder Prüfung durch Dritte).

## Feedback und Kontakt

Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Über das Formular „Barriere melden“ auf dieser Seite erreichen Sie die Administration der Plattform. Wir antworten innerhalb von zwei Wochen.

## Durchsetzungsverfahren

Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle Ihres Bundeslandes wenden. **Bitte ergänzen:** Name, Anschrift und Internetadresse der Schlichtungsstelle.'
where page_key = 'barrierefreiheit';

update page set version = version + 1, updated_at = current_timestamp, body_md =
'Auf dieser Plattform lädt die Stadt Sie ein, bei Vorhaben mitzureden.

1. **Projekt finden:** Auf der Startseite und unter „Projekte“ sehen Sie, welche Beteiligungen laufen, geplant oder abgeschlossen sind. Filter und Suche helfen beim Finden.
2. **Lesen:** Jedes Projekt zeigt seine Phasen in einer Zeitleiste. Zum Lesen brauchen Sie kein Konto, und es werden keine Cookies gesetzt.
3. **Mitmachen:** Für die meisten Beteiligungen registrieren Sie sich mit einem Benutzernamen und Ihrer E-Mail-Adresse. Ihr Benutzername ist öffentlich, Ihre E-Mail-Adresse nicht.
4. **Ergebnisse:** Nach dem Ende einer Beteiligung berichtet die Stadt, was aus den Beiträgen geworden ist.

## In Leichter Sprache

Die Stadt plant Dinge für alle Menschen in der Stadt.
Zum Beispiel: einen neuen Spielplatz.
Oder mehr Bäume in der Innenstadt.

Auf dieser Internet-Seite können Sie sagen, was Sie davon denken.

So geht das:

- Sie suchen ein Projekt aus.
- Sie lesen, worum es geht.
- Sie schreiben Ihre Meinung.
  Dafür brauchen Sie ein Konto.
  Ein Konto ist wie ein Ausweis für diese Internet-Seite.
- Die Stadt liest alle Meinungen.
- Danach schreibt die Stadt: Das haben wir gemacht.

Haben Sie Fragen?
Dann schreiben Sie der Stadt.
Die Adresse steht im Impressum.'
where page_key = 'so-funktionierts';
