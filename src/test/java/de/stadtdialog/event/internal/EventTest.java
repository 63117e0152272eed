package de.stadtdialog.event.internal;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.event.EventDraft;
import de.stadtdialog.event.EventKind;
import de.stadtdialog.event.Events;
import de.stadtdialog.event.RegistrationStatus;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

@IntegrationTest
class EventTest {

    private static final String LINK = "https://konferenz.example.org/raum-42";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Events events;
    @Autowired
    EventRepository repository;
    @Autowired
    de.stadtdialog.notification.Notifications notifications;
    @Autowired
    EventReminders reminders;
    @Autowired
    Mailbox mailbox;

    private TestOrganisation organisation;

    private long event(String title, Long projectId, Integer capacity, Instant start) {
        organisation = organisation == null ? data.organisation() : organisation;
        return events.create(new EventDraft(organisation.id(), projectId, title,
                "Wir sprechen über den Platz; alle sind eingeladen.\n\nZweiter Absatz, mit Komma.", EventKind.HYBRID,
                start, start.plus(Duration.ofHours(2)), "Rathaus, Ratssaal", "Willy-Brandt-Platz 1, 67657 Kaiserslautern",
                49.4436, 7.7717, LINK, true, true, false, null, true, capacity));
    }

    private long event(Integer capacity) {
        return event(TestData.unique("Werkstatt "), null, capacity, Instant.now().plus(Duration.ofDays(10)));
    }

    @Test
    void whenSomeoneWithASeatWithdrawsTheFirstOnTheWaitingListMovesUpAndIsMailed() throws Exception {
        long id = event(1);
        TestAccount seated = data.account();
        TestAccount first = data.account();
        TestAccount second = data.account();
        assertThat(events.register(id, seated.id())).contains(RegistrationStatus.CONFIRMED);
        assertThat(events.register(id, first.id())).contains(RegistrationStatus.WAITING);
        assertThat(events.register(id, second.id())).contains(RegistrationStatus.WAITING);
        assertThat(mailbox.latestTo(first.email(), "Warteliste").body()).contains("ausgebucht");

        Browser browser = Browser.loggedIn(mvc, seated);
        browser.post("/veranstaltungen/" + id + "/abmelden");

        assertThat(repository.registration(id, first.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(repository.registration(id, second.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(repository.registration(id, seated.id())).isEmpty();
        Mailbox.Mail mail = mailbox.latestTo(first.email(), "Ein Platz ist frei geworden");
        assertThat(mail.body()).contains("nachgerückt", LINK, "http://localhost/veranstaltungen/" + id + ".ics");
        assertThat(body(Browser.loggedIn(mvc, second).get("/veranstaltungen/" + id)))
                .contains("Sie stehen auf Platz 1 der Warteliste");
    }

    @Test
    void theLastSeatGoesToOnlyOneOfManyPeopleRegisteringAtOnce() throws Exception {
        long id = event(3);
        events.register(id, data.account().id());
        events.register(id, data.account().id());
        List<TestAccount> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(data.account());
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            List<Callable<Optional<RegistrationStatus>>> calls = people.stream()
                    .<Callable<Optional<RegistrationStatus>>>map(p -> () -> events.register(id, p.id())).toList();
            List<RegistrationStatus> outcomes = new ArrayList<>();
            for (Future<Optional<RegistrationStatus>> future : pool.invokeAll(calls)) {
                outcomes.add(future.get().orElseThrow());
            }
            assertThat(outcomes).filteredOn(s -> s == RegistrationStatus.CONFIRMED).hasSize(1);
            assertThat(outcomes).filteredOn(s -> s == RegistrationStatus.WAITING).hasSize(7);
        } finally {
            pool.shutdown();
        }
        assertThat(repository.count(id, RegistrationStatus.CONFIRMED)).isEqualTo(3);
    }

    @Test
    void theOnlineLinkIsShownOnlyToPeopleWithASeat() throws Exception {
        long id = event(1);
        assertThat(body(new Browser(mvc).get("/veranstaltungen/" + id))).doesNotContain(LINK)
                .contains("Den Zugangslink zur Online-Teilnahme sehen angemeldete Teilnehmende");
        TestAccount person = data.account();
        Browser browser = Browser.loggedIn(mvc, person);
        assertThat(body(browser.get("/veranstaltungen/" + id))).doesNotContain(LINK);

        browser.post("/veranstaltungen/" + id + "/anmelden");

        assertThat(body(browser.get("/veranstaltungen/" + id))).contains(LINK, "Sie sind angemeldet.");
        assertThat(mailbox.latestTo(person.email(), "Anmeldung bestätigt").body()).contains(LINK);
        TestAccount waiting = data.account();
        Browser waitingBrowser = Browser.loggedIn(mvc, waiting);
        waitingBrowser.post("/veranstaltungen/" + id + "/anmelden");
        assertThat(body(waitingBrowser.get("/veranstaltungen/" + id))).doesNotContain(LINK)
                .contains("Platz 1 der Warteliste");
    }

    @Test
    void theCalendarFileIsValidICalendarWithTheEventsFields() throws Exception {
        String title = TestData.unique("Werkstatt; Stiftsplatz, mit einem sehr langen Titel über Ümläute und Kommas ");
        Instant start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        long id = event(title, null, null, start);

        MvcResult result = new Browser(mvc).get("/veranstaltungen/" + id + ".ics");

        assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        String text = body(result);
        assertThat(text.lines()).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
        assertThat(value(event, Property.UID)).isEqualTo("event-" + id + "@localhost");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(
                "Wir sprechen über den Platz; alle sind eingeladen.\n\nZweiter Absatz, mit Komma.");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Rathaus, Ratssaal, Willy-Brandt-Platz 1, 67657 Kaiserslautern");
        assertThat(value(event, Property.GEO)).isEqualTo("49.4436;7.7717");
        assertThat(value(event, Property.URL)).isEqualTo("http://localhost/veranstaltungen/" + id);
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start);
        assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
        assertThat(body(new Browser(mvc).get("/veranstaltungen/" + id))).doesNotContain(LINK);
    }

    @Test
    void theProjectAndPlatformFeedsListTheirEvents() throws Exception {
        organisation = data.organisation();
        var project = data.project(organisation).phase("Information", -1, 30).create();
        String title = TestData.unique("Bürgerversammlung ");
        long id = event(title, project.id(), null, Instant.now().plus(Duration.ofDays(3)));
        event(TestData.unique("Andere "), null, null, Instant.now().plus(Duration.ofDays(3)));

        Calendar feed = new CalendarBuilder()
                .build(new StringReader(body(new Browser(mvc).get(project.url() + "/veranstaltungen.ics"))));
        assertThat(feed.<VEvent>getComponents("VEVENT")).singleElement()
                .satisfies(e -> assertThat(value(e, Property.UID)).isEqualTo("event-" + id + "@localhost"));
        Calendar all = new CalendarBuilder()
                .build(new StringReader(body(new Browser(mvc).get("/veranstaltungen.ics"))));
        assertThat(all.<VEvent>getComponents("VEVENT")).anySatisfy(e -> assertThat(value(e, Property.SUMMARY)).isEqualTo(title));
        assertThat(body(new Browser(mvc).get(project.url()))).contains(title, "/veranstaltungen/" + id);
    }

    @Test
    void aProjectsEventsStandInItsTimelineBetweenThePhasesByDate() throws Exception {
        organisation = data.organisation();
        var project = data.project(organisation).phase("Information", -1, 5).phase("Auswertung", 10, 30).create();
        String title = TestData.unique("Werkstatt am Platz ");
        event(title, project.id(), null, Instant.now().plus(Duration.ofDays(7)));

        var timeline = org.jsoup.Jsoup.parse(body(new Browser(mvc).get(project.url()))).select("ol.timeline > li");
        assertThat(timeline).extracting(li -> li.selectFirst(".timeline__title").text())
                .containsExactly("Information", title, "Auswertung");
        assertThat(timeline.get(1).text()).contains("Veranstaltung", "Rathaus, Ratssaal");
    }

    @Test
    void aMapPointOffTheEarthIsRefusedNextToTheField() throws Exception {
        TestOrganisation org = data.organisation();
        TestAccount initiator = data.member(org, OrgRole.INITIATOR);
        String page = body(Browser.loggedIn(mvc, initiator).post("/verwaltung/veranstaltungen/neu",
                "organisationId", String.valueOf(org.id()), "title", "Werkstatt", "description", "Text",
                "kind", "IN_PERSON", "startsAt", "2030-05-12T10:00", "endsAt", "2030-05-12T12:00", "address",
                "Markt 1", "point", "91, 181"));
        assertThat(page).contains("id=\"point-error\"", "Bitte geben Sie den Kartenpunkt als Breite und Länge an");
    }

    @Test
    void anEndBeforeTheStartIsRefusedNextToTheField() throws Exception {
        TestOrganisation org = data.organisation();
        TestAccount initiator = data.member(org, OrgRole.INITIATOR);
        String page = body(Browser.loggedIn(mvc, initiator).post("/verwaltung/veranstaltungen/neu",
                "organisationId", String.valueOf(org.id()), "title", "Werkstatt", "description", "Text",
                "kind", "ONLINE", "startsAt", "2030-05-12T18:00", "endsAt", "2030-05-12T17:00", "onlineLink", ""));
        assertThat(page).contains("id=\"endsAt-error\"", "Das Ende muss nach dem Beginn liegen.",
                "id=\"onlineLink-error\"", "Bitte geben Sie den Zugangslink für die Online-Teilnahme an.");
    }

    @Test
    void anInitiatorCreatesAnEventAndAnotherOrganisationsInitiatorCannotEditIt() throws Exception {
        TestOrganisation org = data.organisation();
        TestAccount initiator = data.member(org, OrgRole.INITIATOR);
        MvcResult created = Browser.loggedIn(mvc, initiator).post("/verwaltung/veranstaltungen/neu",
                "organisationId", String.valueOf(org.id()), "title", "Infostand", "description", "Kommen Sie vorbei.",
                "kind", "IN_PERSON", "startsAt", "2030-05-12T10:00", "endsAt", "2030-05-12T12:00",
                "address", "Stiftsplatz, Kaiserslautern", "point", "49.4441, 7.7686");
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/verwaltung/veranstaltungen/");
        TestAccount stranger = data.member(data.organisation(), OrgRole.INITIATOR);
        assertThat(Browser.loggedIn(mvc, stranger).get(location.replace("?gespeichert=", "")).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void theReminderTheDayBeforeIsSentOnce() throws Exception {
        long id = event(TestData.unique("Morgen "), null, null, Instant.now().plus(Duration.ofHours(20)));
        TestAccount person = data.account();
        events.register(id, person.id());

        reminders.remindDue();
        reminders.remindDue();

        mailbox.latestTo(person.email(), "Erinnerung");
        assertThat(mailbox.to(person.email())).filteredOn(m -> m.subject().startsWith("Erinnerung")).hasSize(1);
        assertThat(repository.registration(id, person.id()).orElseThrow().remindedAt()).isNotNull();
    }

    @Test
    void registeredPeopleAreToldWhenTimeOrPlaceChangeButNotForANewDescription() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(10));
        long id = event(TestData.unique("Werkstatt "), null, 10, start);
        TestAccount registered = data.account();
        events.register(id, registered.id());
        Event event = repository.findById(id).orElseThrow();
        EventDraft draft = new EventDraft(event.organisationId(), null, event.title(), "Neue Beschreibung.",
                event.kind(), event.startsAt(), event.endsAt(), event.placeName(), event.address(), event.latitude(),
                event.longitude(), event.onlineLink(), true, true, false, null, true, 10);
        events.update(id, draft);
        assertThat(mailbox.to(registered.email())).noneMatch(mail -> mail.subject().startsWith("Geändert"));

        events.update(id, new EventDraft(event.organisationId(), null, event.title(), "Neue Beschreibung.",
                event.kind(), start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(3)), "Stadtbibliothek",
                event.address(), event.latitude(), event.longitude(), event.onlineLink(), true, true, false, null,
                true, 10));

        assertThat(mailbox.latestTo(registered.email(), "Geändert").body()).contains("Stadtbibliothek",
                "http://localhost/veranstaltungen/" + id + ".ics");
        assertThat(notifications.latest(registered.id(), 5)).extracting(n -> n.messageKey())
                .containsExactly("notification.event.changed");
    }

    @Test
    void cancellingAnEventTellsEveryoneRegistered() throws Exception {
        long id = event(1);
        TestAccount seated = data.account();
        TestAccount waiting = data.account();
        events.register(id, seated.id());
        events.register(id, waiting.id());

        assertThat(events.cancel(id, "Der Saal ist nicht verfügbar.")).isTrue();

        assertThat(mailbox.latestTo(seated.email(), "Abgesagt").body()).contains("Der Saal ist nicht verfügbar.");
        mailbox.latestTo(waiting.email(), "Abgesagt");
        assertThat(events.register(id, data.account().id())).isEmpty();
    }

    @Test
    void aPhotoWithoutAlternativeTextIsRefusedAndMinutesAndPhotosAppearOnTheEventPage() throws Exception {
        long id = event(null);
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        Browser browser = Browser.loggedIn(mvc, initiator);
        String url = "/verwaltung/veranstaltungen/" + id + "/dokumente";

        String refused = body(browser.upload(url, png(), "kind", "PHOTO", "title", ""));
        assertThat(refused).contains("id=\"upload-title-error\"");
        browser.upload(url, new MockMultipartFile("file", "protokoll.pdf", "application/pdf",
                "%PDF-1.4 Protokoll".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                "kind", "DOCUMENT", "title", "Protokoll der Werkstatt");
        browser.upload(url, png(), "kind", "PHOTO", "title", "Menschen diskutieren an Stellwänden");

        String page = body(new Browser(mvc).get("/veranstaltungen/" + id));
        assertThat(page).contains("Protokoll der Werkstatt", "alt=\"Menschen diskutieren an Stellwänden\"");
    }

    private static MockMultipartFile png() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return new MockMultipartFile("file", "foto.png", "image/png", out.toByteArray());
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
