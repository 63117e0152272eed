-- "So funktioniert's" explains the idea map, unless the administrators have already rewritten the page.
update page set body_md = 'Auf dieser Plattform lädt die Stadt Sie ein, bei Vorhaben mitzureden.

1. **Projekt finden:** Auf der Startseite und unter „Projekte“ sehen Sie, welche Beteiligungen laufen, geplant oder abgeschlossen sind.
2. **Lesen:** Jedes Projekt zeigt seine Phasen in einer Zeitleiste. Zum Lesen brauchen Sie kein Konto.
3. **Mitmachen:** Für die meisten Beteiligungen registrieren Sie sich mit einem Benutzernamen und Ihrer E-Mail-Adresse.
4. **Ergebnisse:** Nach dem Ende einer Beteiligung berichtet die Stadt, was aus den Beiträgen geworden ist.

## Ideen einreichen und unterstützen

In einer Ideensammlung schlagen Sie vor, was sich ändern soll, und sagen, wo: Klicken oder tippen Sie in die Karte und verschieben Sie die Markierung, nutzen Sie „Mein Standort“, wählen Sie einen Ort aus der Liste, oder geben Sie Koordinaten oder eine Beschreibung wie „Ecke Fackelstraße / Marktstraße“ ein. Alles, was die Karte zeigt, steht mit dem Ort auch in der Liste.

Sie können jede Idee einmal unterstützen und die Unterstützung wieder zurücknehmen, Ideen kommentieren und auf Kommentare antworten. Wenn Ihnen jemand antwortet oder die Stadt zu Ihrer Idee Stellung nimmt, sehen Sie das unter „Benachrichtigungen“. Die Stellungnahme der Stadt steht hervorgehoben bei der Idee, zusammen mit ihrem Status (zum Beispiel „In Prüfung“ oder „Angenommen“).',
    version = 2, updated_at = current_timestamp
where page_key = 'so-funktionierts' and version = 1;
