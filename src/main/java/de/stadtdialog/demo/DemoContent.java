package de.stadtdialog.demo;

import static java.util.stream.Collectors.joining;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.idea.Ideas;
import de.stadtdialog.question.Questions;
import de.stadtdialog.information.Information;
import de.stadtdialog.text.Documents;
import de.stadtdialog.verification.Verifications;
import de.stadtdialog.survey.Lotteries;
import de.stadtdialog.survey.QuestionType;
import de.stadtdialog.survey.Surveys;
import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.page.PageKey;
import de.stadtdialog.page.Pages;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.plan.PlanDraft;
import de.stadtdialog.plan.PlanStatus;
import de.stadtdialog.plan.Plans;
import de.stadtdialog.event.EventDraft;
import de.stadtdialog.event.EventKind;
import de.stadtdialog.event.Events;
import de.stadtdialog.permission.Requirement;
import de.stadtdialog.newsletter.Newsletters;
import de.stadtdialog.project.PhaseDraft;
import de.stadtdialog.project.ParticipationConcept;
import de.stadtdialog.project.ProjectDraft;
import de.stadtdialog.project.ProjectResults;
import de.stadtdialog.project.Projects;
import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.project.Visibility;
import de.stadtdialog.shared.pdf.PdfRenderer;

/**
 * Fills an empty database with a city modelled on Kaiserslautern. All dates are relative to
 * today, so whenever the demo starts, every project is in the state its story needs.
 */
@Component
@Profile("demo")
@Order(10)
public class DemoContent implements ApplicationRunner {

    public record DemoLogin(String username, String email, String role) {
    }

    public static final String PASSWORD = "demo-passwort-2026";

    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "admin@stadtdialog.example", "Plattform-Administration"),
            new DemoLogin("umwelt", "umwelt@stadtdialog.example", "Initiator:in im Referat Umwelt"),
            new DemoLogin("stadtentwicklung", "stadtentwicklung@stadtdialog.example",
                    "Initiator:in im Referat Stadtentwicklung, Moderator:in im Smart-City-Team"),
            new DemoLogin("smartcity", "smartcity@stadtdialog.example", "Initiator:in im Smart-City-Team"),
            new DemoLogin("moderation", "moderation@stadtdialog.example", "Moderator:in im Referat Umwelt"),
            new DemoLogin("buergerin", "buergerin@stadtdialog.example",
                    "Bürgerin, verifizierte Einwohnerin der Innenstadt-Ost, zum privaten Smart-City-Projekt eingeladen"));

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private static final String ADMIN = "admin";
    private static final String CITY_HALL = "Willy-Brandt-Platz 1, 67657 Kaiserslautern";
    private static final String WEBSITE = "https://www.kaiserslautern.de";

    private static final List<String> TOPICS = List.of("Umwelt und Klima", "Stadtentwicklung", "Mobilität",
            "Digitales", "Grün- und Freiflächen", "Soziales", "Kultur", "Sicherheit");

    /** The Ortsbezirke of Kaiserslautern: nine in the core town, nine outlying villages. */
    private static final List<String> DISTRICTS = List.of("Innenstadt-Ost", "Innenstadt-Südwest",
            "Innenstadt-West/Kotten", "Innenstadt-Nord/Kaiserberg", "Grübentälchen/Volkspark", "Betzenberg",
            "Lämmchesberg/Uniwohnstadt", "Bännjerrück/Karl-Pfaff-Siedlung", "Kaiserslautern-West", "Dansenberg",
            "Einsiedlerhof", "Erfenbach", "Erlenbach", "Erzhütten/Wiesenthalerhof", "Hohenecken", "Mölschbach",
            "Morlautern", "Siegelbach");

    private static final String RHINELAND_PALATINATE_ENFORCEMENT = """
            ## Durchsetzungsverfahren
            Wenn Sie auf Ihre Meldung innerhalb von sechs Wochen keine zufriedenstellende Antwort erhalten, \
            können Sie ein Schlichtungsverfahren bei der Schlichtungsstelle des Landesbeauftragten für die \
            Belange behinderter Menschen in Rheinland-Pfalz (Mainz) beantragen. Das Verfahren ist kostenlos; \
            Sie brauchen dafür keinen Rechtsbeistand.

            *Demo-Inhalt: Vor dem Betrieb Anschrift und Zuständigkeit der Schlichtungsstelle prüfen.*
            """;

    private static final String SMART_CITY_NETIQUETTE = """
            ## Netiquette des Smart-City-Teams
            - Bleiben Sie beim Thema und begründen Sie Ihre Meinung.
            - Begegnen Sie anderen mit Respekt, auch wenn Sie anderer Meinung sind.
            - Keine Werbung und keine persönlichen Daten anderer Menschen.

            Beiträge, die dagegen verstoßen, blenden wir aus und sagen Ihnen, warum.
            """;

    private final Accounts accounts;
    private final Organisations organisations;
    private final Taxonomy taxonomy;
    private final Projects projects;
    private final Information information;
    private final Ideas ideas;
    private final Surveys surveys;
    private final Lotteries lotteries;
    private final Pages pages;
    private final Clock clock;
    private final Plans plans;
    private final ProjectResults projectResults;
    private final PdfRenderer pdf;
    private final Newsletters newsletters;
    private final Events events;
    private final Questions questions;
    private final Documents documents;
    private final Verifications verifications;

    DemoContent(Accounts accounts, Organisations organisations, Taxonomy taxonomy, Projects projects,
            Information information, Ideas ideas, Surveys surveys, Lotteries lotteries, Pages pages, Clock clock, Plans plans,
            ProjectResults projectResults, PdfRenderer pdf, Newsletters newsletters, Events events, Questions questions,
            Documents documents, Verifications verifications) {
        this.documents = documents;
        this.verifications = verifications;
        this.newsletters = newsletters;
        this.events = events;
        this.questions = questions;
        this.projectResults = projectResults;
        this.pdf = pdf;
        this.ideas = ideas;
        this.surveys = surveys;
        this.lotteries = lotteries;
        this.accounts = accounts;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.projects = projects;
        this.information = information;
        this.pages = pages;
        this.clock = clock;
        this.plans = plans;
    }

    /** One transaction, so a failure leaves the database empty and the next start tries again. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!organisations.all().isEmpty()) {
            return;
        }
        List<Long> ids = accounts.createConfirmed(LOGINS.stream()
                .map(login -> new Accounts.NewAccount(login.username(), login.email(), ADMIN.equals(login.username())))
                .toList(), PASSWORD);
        Map<String, Long> people = new LinkedHashMap<>();
        for (int i = 0; i < LOGINS.size(); i++) {
            people.put(LOGINS.get(i).username(), ids.get(i));
        }
        Seed seed = new Seed(LocalDate.now(clock), people, createOrganisations(people),
                terms(TOPICS, taxonomy::addTopic), terms(DISTRICTS, taxonomy::addDistrict));
        heatIslands(seed);
        stiftsplatz(seed);
        cycleStreets(seed);
        digitalServices(seed);
        volkspark(seed);
        noiseActionPlan(seed);
        neighbourhoodFund(seed);
        cyclingSurvey(seed);
        cityCentre2035(seed);
        climateQuestions(seed);
        stiftsplatzVote(seed);
        cityQuiz(seed);
        participationBoardLottery(seed);
        advisoryBoard(seed);
        kottenDraft(seed);
        participationGuidelines(seed);
        plans(seed);
        events(seed);
        accessibilityStatementForRhinelandPalatinate();
        newsletter(seed);
        verifications.verifyInPerson(people.get(ADMIN), people.get("buergerin"), seed.districts().get("Innenstadt-Ost"),
                LocalDate.of(1988, 4, 12));
        log.info("Loaded the Kaiserslautern demo content; sign in with the password '{}' as {}", PASSWORD,
                LOGINS.stream().map(login -> login.username() + " (" + login.role() + ")").collect(joining(", ")));
    }

    /** The Vorhabenliste: what the departments plan, with and without participation, two of them not kept up. */
    private void plans(Seed seed) {
        plan(seed, "referat-stadtentwicklung", "Neugestaltung des Stiftsplatzes",
                "Der Stiftsplatz soll ein Platz zum Verweilen werden: mehr Schatten, Sitzgelegenheiten, ein Brunnen.",
                "Aufenthaltsqualität in der Innenstadt erhöhen", 2_400_000L, PlanStatus.DECIDED, true,
                "Werkstattverfahren und Abstimmung über die Entwürfe auf dieser Plattform.", true,
                polygon(at(7.7675, 49.4440), at(7.7700, 49.4440), at(7.7700, 49.4452), at(7.7675, 49.4452)),
                0, List.of("Stadtentwicklung"), List.of("Innenstadt-Ost"), "neugestaltung-stiftsplatz",
                "stiftsplatz-abstimmung");
        plan(seed, "referat-mobilitaet", "Radverkehrskonzept 2030",
                "Ein Netz sicherer Radrouten zwischen den Stadtteilen und der Innenstadt, mit Fahrradstraßen und Abstellanlagen.",
                "Radverkehrsanteil auf 15 Prozent steigern", 850_000L, PlanStatus.COUNCIL, true,
                "Online-Umfrage zum Radverkehr und Ortstermine in den Stadtteilen.", true, null, -20,
                List.of("Mobilität"), List.of("Kaiserslautern-West", "Innenstadt-West/Kotten"), "radverkehr-umfrage",
                "fahrradstrassen-im-westen");
        plan(seed, "referat-umwelt", "Hitzeaktionsplan für die Innenstadt",
                "Maßnahmen gegen Hitze: Trinkbrunnen, Baumpflanzungen, kühle Orte und ein Warnsystem für Hitzetage.",
                "Gesundheit bei Hitze schützen", 600_000L, PlanStatus.IMPLEMENTATION, true,
                "Hinweise der Bürgerinnen und Bürger auf der Ideenkarte zu Hitzeinseln.", false,
                point(7.7689, 49.4447), -5, List.of("Umwelt und Klima"), List.of("Innenstadt-Ost", "Innenstadt-Südwest"),
                "hitzeinseln-innenstadt");
        plan(seed, "smart-city", "Digitale Bürgerdienste im Bürgercenter",
                "Anträge wie Anwohnerparkausweis und Meldebescheinigung vollständig online.",
                "Wege ins Rathaus sparen", 320_000L, PlanStatus.COMPLETED, true,
                "Nutzertests mit Bürgerinnen und Bürgern.", false, null, -40, List.of("Digitales"), List.of(),
                "digitale-buergerdienste");
        plan(seed, "referat-umwelt", "Sanierung der Kanalisation in Erfenbach",
                "Erneuerung der Abwasserkanäle in der Ortsmitte von Erfenbach.", "Betriebssicherheit der Kanäle",
                1_900_000L, PlanStatus.DECIDED, false,
                "Keine Beteiligung: eine technische Pflichtaufgabe ohne Gestaltungsspielraum. Anliegende werden informiert.",
                false, point(7.7017, 49.4820), -12, List.of("Umwelt und Klima"), List.of("Erfenbach"));
        plan(seed, "referat-mobilitaet", "Barrierefreier Umbau von Bushaltestellen",
                "Zwölf Haltestellen erhalten hohe Bordsteine, Leitsysteme und Wetterschutz.",
                "Barrierefreier öffentlicher Nahverkehr", 720_000L, PlanStatus.IMPLEMENTATION, false,
                "Keine eigene Beteiligung: abgestimmt mit dem Beirat für Menschen mit Behinderungen.", true, null, -30,
                List.of("Mobilität", "Soziales"), List.of("Betzenberg", "Lämmchesberg/Uniwohnstadt"));
        plan(seed, "referat-stadtentwicklung", "Quartiersplatz im Kotten",
                "Der Platz an der Kottenstraße wird neu gestaltet, mit Spielbereich und Markttreff.",
                "Treffpunkt für die Nachbarschaft", 950_000L, PlanStatus.PREPARATION, true,
                "Beteiligung vor Ort und online ist für das kommende Jahr vorgesehen.", true,
                point(7.7560, 49.4420), -8, List.of("Stadtentwicklung", "Soziales"), List.of("Innenstadt-West/Kotten"));
        plan(seed, "referat-umwelt", "Renaturierung der Lauter am Volkspark",
                "Die Lauter wird auf 800 Metern aus ihrem Betonbett befreit und erhält naturnahe Ufer.",
                "Hochwasserschutz und Artenvielfalt", 3_100_000L, PlanStatus.PREPARATION, true,
                "Informationsabend und Ideensammlung zur Gestaltung der Uferwege.", false,
                point(7.7580, 49.4370), -60, List.of("Umwelt und Klima", "Grün- und Freiflächen"),
                List.of("Grübentälchen/Volkspark"));
        long openData = plan(seed, "smart-city", "Offene Daten-Plattform der Stadt",
                "Die Stadt veröffentlicht Verkehrs-, Umwelt- und Haushaltsdaten als offene Daten.",
                "Transparenz und neue Anwendungen ermöglichen", 180_000L, PlanStatus.IMPLEMENTATION, false,
                "Keine Beteiligung geplant: die Auswahl der Daten folgt dem Landestransparenzgesetz.", false, null, -15,
                List.of("Digitales"), List.of());
        plan(seed, "referat-mobilitaet", "Parkraumkonzept Innenstadt",
                "Neuordnung von Anwohnerparken, Kurzzeitparken und Lieferzonen in der Innenstadt.",
                "Weniger Parksuchverkehr", 90_000L, PlanStatus.COUNCIL, true,
                "Befragung von Anwohnenden und Gewerbetreibenden.", true, null, -3, List.of("Mobilität"),
                List.of("Innenstadt-Ost", "Innenstadt-Nord/Kaiserberg"));
        long school = plan(seed, "referat-stadtentwicklung", "Neubau der Grundschule Morlautern",
                "Ersatzneubau für die Grundschule mit Ganztagsbetreuung und Sporthalle.",
                "Ganztagsschule ermöglichen", 14_500_000L, PlanStatus.DECIDED, false,
                "Keine öffentliche Beteiligung: Schulgemeinschaft und Ortsbeirat planen mit.", false,
                point(7.7810, 49.4710), -25, List.of("Soziales"), List.of("Morlautern"));
        plan(seed, "referat-umwelt", "Baumpflanzprogramm 1000 Bäume",
                "In allen Stadtteilen werden bis 2030 tausend zusätzliche Straßenbäume gepflanzt.",
                "Stadtklima verbessern", 1_200_000L, PlanStatus.IMPLEMENTATION, true,
                "Bürgerinnen und Bürger schlagen Standorte vor und übernehmen Baumpatenschaften.", false, null, -2,
                List.of("Umwelt und Klima", "Grün- und Freiflächen"), List.of());
        plan(seed, "smart-city", "WLAN in Bürgerhäusern",
                "Freies WLAN in den Bürgerhäusern der Ortsbezirke.", "Digitale Teilhabe", 60_000L,
                PlanStatus.ON_HOLD, false,
                "Keine Beteiligung geplant: das Vorhaben ruht, bis Fördermittel bewilligt sind.", false, null, -300,
                List.of("Digitales"), List.of("Hohenecken", "Dansenberg", "Siegelbach"));
        plan(seed, "referat-stadtentwicklung", "Rahmenplan Pfaff-Areal",
                "Städtebaulicher Rahmenplan für das ehemalige Pfaff-Gelände mit Wohnen, Forschung und Grün.",
                "Ein neues, lebendiges Stadtquartier", null, PlanStatus.IMPLEMENTATION, true,
                "Bürgerforum und Planungswerkstätten in jeder Bauphase.", true,
                polygon(at(7.7600, 49.4480), at(7.7660, 49.4480), at(7.7660, 49.4510), at(7.7600, 49.4510)), -250,
                List.of("Stadtentwicklung"), List.of("Innenstadt-Nord/Kaiserberg"));
        plan(seed, "referat-mobilitaet", "Sanierung der Brücke Mainzer Straße",
                "Die Brücke über die Bahnstrecke wird saniert; zeitweise Vollsperrung.",
                "Verkehrssicherheit erhalten", 4_300_000L, PlanStatus.DECIDED, false,
                "Keine Beteiligung: gesetzlich vorgeschriebene Sanierung. Umleitungen werden früh bekannt gegeben.",
                false, point(7.7850, 49.4460), -10, List.of("Mobilität", "Sicherheit"), List.of("Innenstadt-Ost"));
        plan(seed, "referat-umwelt", "Kommunale Wärmeplanung",
                "Die Stadt plant, wie Gebäude bis 2040 klimaneutral beheizt werden: Fernwärme, Wärmepumpen, Quartierslösungen.",
                "Klimaneutrale Wärmeversorgung", 250_000L, PlanStatus.PREPARATION, true,
                "Online-Beteiligung zum Entwurf des Wärmeplans.", true, null, -1, List.of("Umwelt und Klima"),
                List.of());
        planRequests(seed, school, openData);
    }

    /**
     * Requests for participation (Anregung): one that reached the threshold and was answered, one still
     * collecting. The demo profile sets a small threshold, as the demo city has few accounts.
     */
    private void planRequests(Seed seed, long school, long openData) {
        plans.requestParticipation(school, seed.person("buergerin"), "Die Schule ist der Treffpunkt von "
                + "Morlautern. Eltern, Kinder und Vereine sollten bei den Außenanlagen und der Sporthalle mitreden, "
                + "die auch abends genutzt werden soll.");
        for (String name : List.of("Luise_vom_Betzenberg", "Omi_Hildegard", "Familie_Yilmaz", "Baumfreund")) {
            plans.supportRequest(school, accounts.findActiveIdByLogin(name).orElseThrow());
        }
        plans.answerRequest(school, true, "Wir planen eine Online-Umfrage zu den Außenanlagen und eine "
                + "Planungswerkstatt mit Eltern, Kindern, Vereinen und dem Ortsbeirat im Frühjahr.",
                seed.person("stadtentwicklung"));
        plans.requestParticipation(openData, accounts.findActiveIdByLogin("RadlerKai").orElseThrow(),
                "Welche Daten zuerst veröffentlicht werden, sollten auch die Bürger:innen mitbestimmen, "
                        + "die sie nutzen wollen, zum Beispiel Radzählstellen und Baustellen.");
        plans.supportRequest(openData, accounts.findActiveIdByLogin("Sonnenschirm").orElseThrow());
    }

    private long plan(Seed seed, String organisation, String title, String description, String goals, Long cost,
            PlanStatus status, boolean participation, String participationNote, boolean advisoryBoard, String area,
            int updatedDaysAgo, List<String> topics, List<String> districts, String... projectSlugs) {
        List<Long> projectIds = Stream.of(projectSlugs)
                .map(slug -> projects.findBySlug(slug).orElseThrow().id()).toList();
        PlanDraft draft = new PlanDraft(seed.org(organisation), title, description, goals, null, cost, status,
                "Planung " + seed.today().getYear() + ", Umsetzung ab " + (seed.today().getYear() + 1),
                status == PlanStatus.COMPLETED ? null : "Nächster Schritt: Vorlage im zuständigen Ausschuss.",
                participation, participationNote, advisoryBoard, null, null, null,
                "https://ratsinfo.stadtdialog.example/vorlage/" + Math.abs(title.hashCode() % 10000), area,
                seed.topicIds(topics.toArray(String[]::new)), seed.districtIds(districts.toArray(String[]::new)),
                projectIds);
        return plans.create(draft, seed.person(organisation.equals("smart-city") ? "smartcity"
                : organisation.equals("referat-umwelt") ? "umwelt"
                : organisation.equals("referat-mobilitaet") ? "admin" : "stadtentwicklung"),
                seed.day(updatedDaysAgo).atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    }

    /** The statement must name the enforcement body of the city's state: Rhineland-Palatinate here. */
    /**
     * Veranstaltungen: a hybrid workshop on the Stiftsplatz that is fully booked with a waiting list,
     * an information stand open to everyone, and a past walk whose minutes are published.
     */
    private void events(Seed seed) {
        long stiftsplatz = projects.findBySlug("neugestaltung-stiftsplatz").orElseThrow().id();
        long workshop = events.create(new EventDraft(seed.org("referat-stadtentwicklung"), stiftsplatz,
                "Werkstatt: Welcher Entwurf für den Stiftsplatz?",
                "Die drei Planungsbüros stellen ihre Entwürfe vor. Danach diskutieren wir in kleinen Gruppen, "
                        + "was Ihnen an den Entwürfen gefällt und was fehlt.\n\n"
                        + "Sie können vor Ort im Rathaus oder online per Videokonferenz teilnehmen. Die Plätze sind "
                        + "begrenzt, damit alle zu Wort kommen.",
                EventKind.HYBRID, at(seed, 9, 18, 0), at(seed, 9, 20, 30), "Rathaus, Großer Ratssaal",
                CITY_HALL, 49.4436, 7.7717, "https://konferenz.stadtdialog.example/stiftsplatz-werkstatt", true, true,
                true, "Der Ratssaal liegt im Erdgeschoss; barrierefreies WC im Foyer. Gebärdensprache bitte bis "
                        + "eine Woche vorher anmelden.", true, 3));
        for (String name : List.of("Luise_vom_Betzenberg", "RadlerKai", "Omi_Hildegard", "lautrer_jung",
                "Sonnenschirm")) {
            events.register(workshop, accounts.findActiveIdByLogin(name).orElseThrow());
        }
        long stand = events.create(new EventDraft(seed.org("referat-umwelt"), null,
                "Infostand Hitzeaktionsplan auf dem Wochenmarkt",
                "Am Infostand zeigen wir die Karte der Hitzeinseln und sammeln Ihre Hinweise auf Papierkarten. "
                        + "Kommen Sie vorbei, auch ohne Anmeldung – wir freuen uns auf Ihre Fragen.",
                EventKind.IN_PERSON, at(seed, 16, 9, 0), at(seed, 16, 13, 0), "Stiftsplatz, am Brunnen",
                "Stiftsplatz, 67655 Kaiserslautern", 49.4441, 7.7686, null, true, false, false, null, true, null));
        events.register(stand, seed.person("buergerin"));
        long walk = events.create(new EventDraft(seed.org("referat-stadtentwicklung"), stiftsplatz,
                "Platzspaziergang über den Stiftsplatz",
                "Gemeinsam mit dem Planungsamt gehen wir über den Platz und sammeln, was heute gut funktioniert "
                        + "und was fehlt.",
                EventKind.IN_PERSON, at(seed, -55, 17, 0), at(seed, -55, 18, 30), "Treffpunkt an der Stiftskirche",
                "Stiftsplatz, 67655 Kaiserslautern", 49.4443, 7.7689, null, true, false, false,
                "Der Weg ist eben; Sitzgelegenheiten gibt es an zwei Stationen.", false, null));
        events.addDocument(walk, "Protokoll des Platzspaziergangs", DemoDocuments.minutes(pdf,
                "Protokoll des Platzspaziergangs", List.of("Rund 40 Bürger:innen nahmen teil.",
                        "Gewünscht wurden vor allem Schatten, Bänke ohne Konsumzwang und ein Trinkbrunnen.",
                        "Der Wochenmarkt soll auf dem Platz bleiben.")));
    }

    private static java.time.Instant at(Seed seed, int dayOffset, int hour, int minute) {
        return seed.day(dayOffset).atTime(hour, minute).atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant();
    }

    private void accessibilityStatementForRhinelandPalatinate() {
        pages.find(PageKey.BARRIEREFREIHEIT).ifPresent(page -> {
            int start = page.bodyMd().indexOf("## Durchsetzungsverfahren");
            String general = start < 0 ? page.bodyMd() : page.bodyMd().substring(0, start);
            pages.update(PageKey.BARRIEREFREIHEIT, page.title(), general + RHINELAND_PALATINATE_ENFORCEMENT);
        });
    }

    private Map<String, Long> createOrganisations(Map<String, Long> people) {
        long environment = organisation("referat-umwelt", "Referat Umwelt",
                "Das Referat Umwelt kümmert sich um Klimaschutz und Klimaanpassung, Stadtgrün, Gewässer "
                        + "und Naturschutz in Kaiserslautern.", "umwelt@stadtdialog.example", "0631 365-1100", null);
        long planning = organisation("referat-stadtentwicklung", "Referat Stadtentwicklung",
                "Das Referat Stadtentwicklung plant Plätze, Quartiere und die Innenstadt von morgen – "
                        + "gemeinsam mit den Bürger:innen.",
                "stadtentwicklung@stadtdialog.example", "0631 365-1200", null);
        long smartCity = organisation("smart-city", "Smart-City-Team Lautrer Stadtdialog",
                "Das Smart-City-Team macht städtische Dienste digital und einfach nutzbar und erprobt neue Ideen "
                        + "für eine vernetzte Stadt.", "smartcity@stadtdialog.example", "0631 365-1300",
                SMART_CITY_NETIQUETTE);
        long mobility = organisation("referat-mobilitaet", "Referat Mobilität",
                "Das Referat Mobilität plant Rad- und Fußwege, Busverbindungen und den Straßenraum in Kaiserslautern.",
                "mobilitaet@stadtdialog.example", "0631 365-1400", null);
        organisations.addMember(environment, people.get("umwelt"), OrgRole.INITIATOR);
        organisations.addMember(environment, people.get("moderation"), OrgRole.MODERATOR);
        organisations.addMember(planning, people.get("stadtentwicklung"), OrgRole.INITIATOR);
        organisations.addMember(smartCity, people.get("smartcity"), OrgRole.INITIATOR);
        organisations.addMember(smartCity, people.get("stadtentwicklung"), OrgRole.MODERATOR);
        return Map.of("referat-umwelt", environment, "referat-stadtentwicklung", planning, "smart-city", smartCity,
                "referat-mobilitaet", mobility);
    }

    private void heatIslands(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("referat-umwelt"), "hitzeinseln-innenstadt",
                "Hitzeinseln und kühle Orte in der Innenstadt",
                "Wo wird es Ihnen im Sommer in der Innenstadt zu heiß, und wo finden Sie Schatten und Abkühlung? "
                        + "Ihre Hinweise fließen in das Klimaanpassungskonzept der Stadt ein.",
                """
                Heiße Sommer werden auch in Kaiserslautern häufiger. Versiegelte Plätze und Straßen \
                speichern die Wärme bis in die Nacht. Mit dem Klimaanpassungskonzept will die Stadt \
                gegensteuern: mit mehr Bäumen, Wasser und Schatten.

                Sie kennen die Innenstadt zu jeder Tageszeit. Sagen Sie uns:
                - Wo halten Sie es an heißen Tagen kaum aus?
                - Wo finden Sie Schatten, Trinkwasser oder einen kühlen Sitzplatz?
                """,
                """
                Im Sommer ist es in der Stadt oft sehr heiß.
                Das ist für viele Menschen schwer.
                Die Stadt will mehr Schatten und mehr Bäume.
                Dafür fragen wir Sie: Wo ist es zu heiß? Wo ist es schön kühl?
                """,
                null, null,
                polygon(at(7.7605, 49.4445), at(7.7650, 49.4482), at(7.7725, 49.4485), at(7.7790, 49.4452),
                        at(7.7765, 49.4405), at(7.7665, 49.4398)),
                "Jana Becker", "umwelt@stadtdialog.example", "0631 365-1101", Visibility.PUBLIC,
                seed.topicIds("Umwelt und Klima", "Grün- und Freiflächen"),
                seed.districtIds("Innenstadt-Ost", "Innenstadt-Südwest"),
                new ParticipationConcept(
                        "Wir wollen wissen, wo sich die Innenstadt im Sommer besonders aufheizt und wo Menschen "
                                + "Abkühlung finden. Ihre Hinweise ergänzen die Messdaten der Hitzekarte.",
                        "Alle, die in der Innenstadt wohnen, arbeiten oder einkaufen, besonders ältere Menschen, "
                                + "Familien mit kleinen Kindern und Menschen, die draußen arbeiten.",
                        "An welchen Orten die Stadt zuerst Bäume pflanzt, Trinkbrunnen aufstellt oder Schatten "
                                + "schafft.",
                        "Dass die Stadt ein Klimaanpassungskonzept erstellt, hat der Stadtrat beschlossen. Das "
                                + "Budget für die ersten Maßnahmen steht im Haushalt fest.",
                        "Zuerst informieren wir über das Konzept und die Hitzekarte.\n"
                                + "Danach sammeln wir vier Wochen lang Orte auf der Ideenkarte, online oder an unserem "
                                + "Stand auf dem Wochenmarkt.\n"
                                + "Anschließend werten wir alle Hinweise aus.",
                        "Das Referat Umwelt wertet alle Hinweise aus und legt sie dem Umweltausschuss mit dem "
                                + "Entwurf des Konzepts vor. Auf dieser Seite berichten wir, welche Orte in die "
                                + "Maßnahmenliste aufgenommen wurden und warum andere nicht.")));
        Long author = seed.person("umwelt");
        long inform = phase(id, "Information zum Klimaanpassungskonzept",
                "Wir stellen das Klimaanpassungskonzept und die Hitzekarte der Innenstadt vor.",
                seed.day(-40), seed.day(-11));
        information.publish(inform, "Die Beteiligung beginnt",
                "Ab heute informieren wir hier über das **Klimaanpassungskonzept**. In den nächsten Wochen "
                        + "erfahren Sie, welche Orte sich im Sommer besonders aufheizen und was die Stadt "
                        + "dagegen tun kann.",
                seed.day(-40), author);
        information.publish(inform, "Hitzekarte der Innenstadt veröffentlicht",
                "Die Hitzekarte zeigt, wie warm es an einem Sommerabend in der Innenstadt wird. Besonders heiß sind "
                        + "große versiegelte Flächen. Kühler ist es im Stadtpark und unter alten Bäumen.",
                seed.day(-24), author);
        information.publish(inform, "Jetzt Orte nennen",
                "Ab sofort sammeln wir Ihre Hinweise auf der **Ideenkarte**. Setzen Sie einen Punkt auf die Karte "
                        + "oder wählen Sie einen Ort aus der Liste, und sagen Sie uns, zu welcher Tageszeit es dort "
                        + "heiß ist.",
                seed.day(-10), author);
        ideaPhase(id, "Orte sammeln",
                "Nennen Sie uns Hitzeinseln und kühle Orte in der Innenstadt.", seed.day(-10), seed.day(20));
        heatIslandIdeas(id, seed);
        long evaluate = phase(id, "Auswertung",
                "Wir werten Ihre Hinweise aus und berichten, welche Maßnahmen folgen.", seed.day(21), seed.day(50));
        information.publish(evaluate, "So geht es nach der Sammlung weiter",
                "Nach der Sammelphase prüft das Referat Umwelt jeden Hinweis. Die Ergebnisse stellen wir hier vor.",
                seed.day(-1), author);
        publish(id);
    }

    private void stiftsplatz(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("referat-stadtentwicklung"), "neugestaltung-stiftsplatz",
                "Neugestaltung des Stiftsplatzes",
                "Der Stiftsplatz soll ein Platz zum Verweilen werden. Drei Entwürfe liegen vor – "
                        + "sagen Sie uns, was Ihnen gefällt und was fehlt.",
                """
                ## Ein Platz für alle
                Der Stiftsplatz an der Stiftskirche ist Marktplatz, Treffpunkt und Durchgang zugleich. \
                Heute fehlen dort Schatten, Sitzplätze und ein Spielangebot für Kinder.

                **Was bisher geschah:** Im ersten Schritt haben Bürger:innen Ideen gesammelt. \
                Drei Planungsbüros haben daraus Entwürfe entwickelt, die Sie jetzt kommentieren können.
                """, null, null, null, point(7.7686, 49.4441),
                "Markus Klein", "stadtentwicklung@stadtdialog.example", "0631 365-1201", Visibility.PUBLIC,
                seed.topicIds("Stadtentwicklung", "Kultur"), seed.districtIds("Innenstadt-Ost"),
                new ParticipationConcept(
                        "Der Stiftsplatz soll zum Verweilen einladen. Wir möchten wissen, welcher der drei "
                                + "Entwürfe dem am nächsten kommt und was ihm noch fehlt.",
                        "Alle Bürger*innen, besonders Anwohner*innen, Gewerbetreibende am Platz und Menschen, die "
                                + "den Platz täglich überqueren.",
                        "Sitzgelegenheiten, Bepflanzung, Wasserspiel, Beleuchtung und die Aufteilung der Flächen "
                                + "innerhalb der Entwürfe.",
                        "Der Wochenmarkt bleibt auf dem Platz, Feuerwehr und Lieferverkehr müssen zufahren "
                                + "können. Der Kostenrahmen von 1,8 Millionen Euro ist beschlossen.",
                        "Bestandsaufnahme und Ideen online und bei einem Platzspaziergang, danach Diskussion der "
                                + "drei Entwürfe.\n"
                                + "Über den Entwurf wird in einem eigenen Projekt abgestimmt.",
                        "Das Planungsbüro überarbeitet den gewählten Entwurf anhand Ihrer Hinweise. Der "
                                + "Bauausschuss entscheidet; wir dokumentieren hier, welche Hinweise übernommen wurden und "
                                + "warum andere nicht.")));
        Long author = seed.person("stadtentwicklung");
        long ideas = phase(id, "Bestandsaufnahme und Ideen",
                "Was schätzen Sie am Stiftsplatz, was stört Sie?", seed.day(-60), seed.day(-21));
        information.publish(ideas, "Auftakt am Stiftsplatz",
                "Rund 150 Bürger:innen kamen zum Auftakt auf den Platz. Viele wünschen sich Bäume, Bänke "
                        + "und einen Trinkbrunnen.",
                seed.day(-58), author);
        information.publish(ideas, "Was wir gehört haben",
                "Wir haben alle Ideen zusammengefasst:\n\n- mehr Schatten\n- Sitzplätze ohne Konsumzwang\n"
                        + "- Platz für den Wochenmarkt und für Feste",
                seed.day(-25), author);
        long drafts = phase(id, "Entwürfe diskutieren",
                "Drei Entwürfe stehen zur Diskussion.", seed.day(-20), seed.day(25));
        information.publish(drafts, "Drei Entwürfe online",
                "Die Entwürfe der Planungsbüros sind da. Ein Modell steht bis zum Ende der Phase "
                        + "im Foyer des Rathauses.",
                seed.day(-20), author);
        publish(id);
    }

    private void cycleStreets(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("referat-mobilitaet"), "fahrradstrassen-im-westen",
                "Fahrradstraßen im Westen",
                "Zwischen Innenstadt und Kaiserslautern-West sollen sichere Fahrradstraßen entstehen. "
                        + "Die Beteiligung beginnt in drei Wochen.",
                """
                ## Sicher mit dem Rad in den Westen
                Viele Wege zwischen dem Kotten, dem Pfaff-Areal und der Innenstadt sind kurz – ideal für das Rad. \
                Bisher fehlen aber sichere Verbindungen.

                In Fahrradstraßen haben Radfahrende Vorrang, Autos dürfen nur langsam fahren. \
                Wir stellen die geplanten Strecken vor und freuen uns auf Ihre Hinweise.
                """, null, null, null,
                polygon(at(7.7420, 49.4375), at(7.7420, 49.4490), at(7.7620, 49.4490), at(7.7620, 49.4375)),
                "Lena Schäfer", "mobilitaet@stadtdialog.example", "0631 365-1401", Visibility.PUBLIC,
                seed.topicIds("Mobilität", "Umwelt und Klima"),
                seed.districtIds("Kaiserslautern-West", "Innenstadt-West/Kotten"),
                new ParticipationConcept(
                        "Wir wollen die geplanten Fahrradstraßen zwischen Innenstadt und Kaiserslautern-West mit "
                                + "Ihrem Ortswissen verbessern, bevor sie gebaut werden.",
                        "Radfahrende, Anwohner*innen der betroffenen Straßen, Eltern von Schulkindern und "
                                + "Gewerbetreibende entlang der Strecken.",
                        "Wo Querungen, Parkplätze, Fahrradbügel und Verkehrszeichen liegen, und welche Stellen "
                                + "Sie für besonders gefährlich halten.",
                        "Die Routen der Fahrradstraßen hat der Stadtrat im Radverkehrsplan festgelegt. "
                                + "Anlieger*innen dürfen weiterhin mit dem Auto zufahren.",
                        "Drei Wochen Information zur Planung, danach vier Wochen Rückmeldungen online.\n"
                                + "Außerdem laden wir zu einer gemeinsamen Radtour entlang der Strecken ein (Termin unter "
                                + "Neuigkeiten).",
                        "Das Referat Mobilität prüft jede Rückmeldung und passt die Ausführungsplanung an, wo es "
                                + "rechtlich und technisch möglich ist. Das Ergebnis stellen wir hier vor, bevor die "
                                + "Bauarbeiten beginnen.")));
        // The department has no demo login of its own; the platform administration posts for it.
        Long author = seed.person(ADMIN);
        long inform = phase(id, "Information zur Planung",
                "Wir stellen die geplanten Fahrradstraßen vor.", seed.day(21), seed.day(45));
        information.publish(inform, "Beteiligung startet in drei Wochen",
                "Merken Sie sich den Termin vor: Ab dem Start der Phase finden Sie hier Pläne und Erläuterungen.",
                seed.day(-2), author);
        long feedback = phase(id, "Rückmeldungen zu den Entwürfen",
                "Sagen Sie uns, wo die Planung noch nicht passt.", seed.day(46), seed.day(75));
        information.publish(feedback, "Radtour entlang der geplanten Strecken",
                "In der Rückmeldephase laden wir zu einer gemeinsamen Radtour ein. Treffpunkt und Uhrzeit folgen.",
                seed.day(-2), author);
        publish(id);
    }

    private void digitalServices(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("smart-city"), "digitale-buergerdienste",
                "Digitale Bürgerdienste – Ihre Wünsche",
                "Welche Behördengänge möchten Sie online erledigen? Die Beteiligung ist abgeschlossen – "
                        + "lesen Sie, was die Stadt umsetzt.",
                """
                ## Weniger Wege ins Rathaus
                Wir wollten wissen, welche Dienste der Stadtverwaltung Sie digital nutzen möchten \
                und wo Sie heute Hilfe brauchen.

                Die Beteiligung ist beendet. Die Ergebnisse finden Sie unten.
                """,
                """
                Die Stadt hat Sie gefragt:
                Was wollen Sie im Internet bei der Stadt erledigen?
                Viele Menschen haben mitgemacht. Danke!

                Das macht die Stadt jetzt:
                - Sie können Termine im Bürger-Büro im Internet machen.
                - Viele Anträge gehen bald im Internet.
                - In der Stadt-Bibliothek hilft man Ihnen mit dem Internet.

                Das geht nicht:
                - Für einen Ausweis müssen Sie weiter ins Bürger-Büro kommen. Das sagt das Gesetz.
                """,
                null, null, point(7.7714, 49.4431),
                "Tobias Wagner", "smartcity@stadtdialog.example", "0631 365-1301", Visibility.PUBLIC,
                seed.topicIds("Digitales", "Soziales"), seed.districtIds("Innenstadt-Ost"),
                new ParticipationConcept(
                        "Wir wollten herausfinden, welche Behördengänge Bürger*innen zuerst online erledigen "
                                + "möchten.",
                        "Alle Einwohner*innen, auch Menschen, die bisher wenig online erledigen.",
                        "Welche Dienste zuerst digitalisiert werden und was bei ihrer Gestaltung wichtig ist.",
                        "Dienste, die das Onlinezugangsgesetz vorschreibt, kommen in jedem Fall. Termine vor Ort "
                                + "im Bürgercenter bleiben möglich.",
                        "Auftakt mit Information, vier Wochen Wünsche sammeln online und im Bürgercenter, danach "
                                + "Vorstellung der Ergebnisse.",
                        "Die zehn meistgenannten Wünsche gehen in die Umsetzungsplanung der "
                                + "Smart-City-Stabsstelle. Unter „Ergebnisse“ erklären wir, was umgesetzt wird und warum "
                                + "manches nicht.")));
        Long author = seed.person("smartcity");
        long kickoff = phase(id, "Auftakt und Information",
                "Was ist heute schon digital möglich?", seed.day(-150), seed.day(-121));
        information.publish(kickoff, "Welche Dienste gibt es schon online?",
                "Einen Überblick über die Online-Dienste der Stadt finden Sie auf kaiserslautern.de. "
                        + "Ab der nächsten Phase sammeln wir Ihre Wünsche.",
                seed.day(-150), author);
        ideaPhase(id, "Wünsche sammeln", "Nennen Sie uns die Dienste, die Sie online nutzen möchten.",
                seed.day(-120), seed.day(-91));
        digitalWishes(id, seed);
        long results = phase(id, "Ergebnisse", "Wir stellen vor, was die Stadt umsetzt.", seed.day(-90), seed.day(-60));
        information.publish(results, "Die Ergebnisse sind da",
                "Der Stadtrat hat die Umsetzung beschlossen. Was die Stadt umsetzt und was nicht, lesen Sie in den "
                        + "**Ergebnissen** dieses Projekts.",
                seed.day(-90), author);
        publish(id);
        projectResults.saveTexts(id, """
                Rund 480 Bürger*innen haben in vier Wochen Wünsche eingereicht, online und auf Papier in den \
                Bürgerbüros. Am häufigsten genannt:
                - Termine im Bürgerbüro online buchen
                - Anträge vollständig online stellen, ohne Ausdruck und Unterschrift auf Papier
                - Hilfe für Menschen, die nicht online sind
                """, """
                - **Online-Termine im Bürgerbüro:** Der häufigste Wunsch, und schnell machbar. Start im Frühjahr.
                - **Zehn häufige Anträge digital**, etwa Anwohnerparkausweis und Hundesteuer, weil sie viele \
                betreffen. Der Stadtrat hat die Mittel dafür im Haushalt bereitgestellt.
                - **Digital-Sprechstunde in der Stadtbibliothek**, damit niemand zurückbleibt: jeden Dienstag.
                """, """
                - **Personalausweis ohne Besuch im Bürgerbüro:** Das Bundesrecht verlangt, dass Sie persönlich \
                kommen.
                - **Eine eigene Stadt-App:** Wir verbessern stattdessen die Website für das Handy – sie erreicht \
                alle, und eine App wäre teuer zu pflegen.
                """);
        projectResults.addLink(id, "Beschluss des Stadtrats zur Umsetzung (Ratsinformationssystem)",
                "https://www.kaiserslautern.de/ratsinformation/digitale-buergerdienste");
        projectResults.addDocument(id, "Protokoll der Auftaktveranstaltung", DemoDocuments.minutes(pdf,
                "Protokoll der Auftaktveranstaltung „Digitale Bürgerdienste“",
                List.of("Ort: Stadtbibliothek Kaiserslautern, 42 Teilnehmende.",
                        "Die Smart-City-Abteilung stellte die heutigen Online-Dienste vor.",
                        "Viele Teilnehmende wünschten sich Online-Termine im Bürgerbüro und Hilfe für Menschen, "
                                + "die nicht online sind.")));
        projectResults.publish(id);
    }

    /** A newsletter with a few subscribers and one issue sent. */
    private void newsletter(Seed seed) {
        List.of("leserin@stadtdialog.example", "nachbarschaft-west@stadtdialog.example", "ortsbeirat@stadtdialog.example",
                "buergerin@stadtdialog.example").forEach(newsletters::subscribeConfirmed);
        long issue = newsletters.draft("Neues aus dem Lautrer Stadtdialog – November", """
                Guten Tag,

                das ist neu auf der Beteiligungsplattform:

                - Hitzeinseln in der Innenstadt: Noch drei Wochen können Sie auf der Ideenkarte Orte nennen.
                - Digitale Bürgerdienste: Die Ergebnisse sind veröffentlicht, mit einer Antwort auf jeden Wunsch.
                - Vorhabenliste: Die Stadt hat eine Anregung von Beteiligung beantwortet.

                Viele Grüße
                Ihre Koordinierungsstelle Bürgerbeteiligung
                """, seed.person(ADMIN));
        newsletters.send(issue);
        newsletters.queueAll();
    }

    /** Wishes for digital services, answered one by one: the results page and the report show them. */
    private void digitalWishes(long projectId, Seed seed) {
        ideas.setUp(projectId, List.of(new Ideas.NewCategory("Termine", "#0b5394", "kalender"),
                new Ideas.NewCategory("Anträge", "#6a1b9a", "formular"),
                new Ideas.NewCategory("Hilfe und Zugang", "#1b6e3a", "hand")), List.of());
        List<Long> supporters = List.of(seed.person("buergerin"), seed.person("umwelt"), seed.person("stadtentwicklung"),
                seed.person(ADMIN));
        record Wish(String title, String body, String category, int supports, String status, String response) {
        }
        List<Wish> wishes = List.of(
                new Wish("Termine im Bürgerbüro online buchen", "Ich möchte nicht morgens Schlange stehen, sondern "
                        + "einen Termin am Handy buchen.", "Termine", 4, "Angenommen",
                        "Kommt im Frühjahr: Alle Termine im Bürgerbüro können Sie dann online buchen."),
                new Wish("Anwohnerparkausweis online beantragen", "Jedes Jahr derselbe Papierantrag – das muss "
                        + "einfacher gehen.", "Anträge", 3, "Angenommen",
                        "Der Anwohnerparkausweis gehört zu den ersten zehn Anträgen, die vollständig online gehen."),
                new Wish("Hilfe für Menschen ohne Internet", "Meine Mutter hat keinen Computer. Wer hilft ihr?",
                        "Hilfe und Zugang", 3, "Angenommen",
                        "Ab sofort gibt es jeden Dienstag eine Digital-Sprechstunde in der Stadtbibliothek."),
                new Wish("Personalausweis per Post verlängern", "Warum muss ich dafür extra ins Rathaus?",
                        "Anträge", 2, "Abgelehnt",
                        "Das Bundesrecht verlangt, dass Sie für einen Ausweis persönlich kommen. Das kann die Stadt "
                                + "nicht ändern."),
                new Wish("Eine eigene Stadt-App", "Alle Dienste der Stadt in einer App auf dem Handy.",
                        "Hilfe und Zugang", 2, "Abgelehnt",
                        "Wir verbessern stattdessen die Website für das Handy: Sie erreicht alle, und eine App wäre "
                                + "teuer zu pflegen."),
                new Wish("Hundesteuer online an- und abmelden", "Das geht bisher nur mit Formular und Brief.",
                        "Anträge", 1, "Angenommen", "Auch die Hundesteuer kommt unter die ersten zehn Anträge."),
                new Wish("Sperrmüll online anmelden mit Wunschtermin", "Ein Termin, den ich selbst wähle, "
                        + "wäre toll.", "Termine", 1, "In Prüfung",
                        "Die Abfallwirtschaft prüft, ob Wunschtermine mit ihrer Tourenplanung vereinbar sind."),
                new Wish("Formulare in Leichter Sprache", "Viele Formulare verstehe ich nicht.", "Hilfe und Zugang",
                        1, null, null));
        // the neighbours who mapped the heat islands take part here too
        List<Long> authors = List.of("Omi_Hildegard", "lautrer_jung", "Familie_Yilmaz", "Marktfrau_Eva").stream()
                .map(login -> accounts.findActiveIdByLogin(login).orElseThrow()).toList();
        for (Wish wish : wishes) {
            long idea = ideas.add(projectId, authors.get(wishes.indexOf(wish) % authors.size()), wish.title(), wish.body(), wish.category(),
                    null, null, null);
            supporters.stream().limit(wish.supports()).forEach(account -> ideas.support(idea, account));
            if (wish.status() != null) {
                ideas.answer(idea, wish.status(), wish.response());
            }
        }
    }

    /** An idea collection open to guests: list only, no place asked, thumbs up and down, pre-moderated. */
    private void neighbourhoodFund(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("smart-city"), "buergerbudget-innenstadt-west",
                "Bürgerbudget Innenstadt-West: Ihre Vorschläge",
                "10.000 Euro für Ideen aus der Nachbarschaft: Schlagen Sie vor, wofür das Geld verwendet werden "
                        + "soll. Mitmachen geht auch ohne Konto.",
                """
                Der Ortsbeirat stellt in diesem Jahr 10.000 Euro für kleine Vorhaben aus der Nachbarschaft \
                bereit. Schlagen Sie vor, was Ihr Viertel schöner oder lebenswerter macht.

                Sie brauchen dafür kein Konto: Geben Sie einen Namen und Ihre E-Mail-Adresse an, und \
                bestätigen Sie Ihren Vorschlag über den Link, den wir Ihnen schicken. Vor der Veröffentlichung \
                prüft das Smart-City-Team jeden Vorschlag anhand der Netiquette.
                """,
                null, null, null, null, "Lea Wagner", "smartcity@stadtdialog.example", "0631 365-4400",
                Visibility.PUBLIC, seed.topicIds("Soziales"), seed.districtIds("Innenstadt-Südwest"),
                new ParticipationConcept(
                        "Die Nachbarschaft entscheidet mit, wofür 10.000 Euro in der Innenstadt-West verwendet "
                                + "werden.",
                        "Alle, die in der Innenstadt-West wohnen, arbeiten oder zur Schule gehen. Mitmachen geht "
                                + "auch ohne Konto.",
                        "Wofür das Geld verwendet wird: Vorschläge für Begegnung, Grün, Kinder und Jugend.",
                        "Das Budget beträgt 10.000 Euro. Vorschläge müssen im Stadtteil umgesetzt werden und "
                                + "dürfen keine laufenden Kosten verursachen.",
                        "Fünf Wochen Vorschläge sammeln, online oder auf einer Postkarte im Stadtteilbüro.\n"
                                + "Danach prüft die Verwaltung die Vorschläge.",
                        "Die Verwaltung prüft die Vorschläge auf Machbarkeit und Kosten. Der Ortsbeirat wählt aus "
                                + "den machbaren Vorschlägen aus; seine Begründung veröffentlichen wir hier.")));
        addPhase(id, new PhaseDraft("Vorschläge sammeln", "Vorschläge für das Bürgerbudget, auch ohne Konto.",
                seed.day(-5), seed.day(30), "idea", "collect", Requirement.GUEST));
        ideas.configure(id, new Ideas.Options(false, false, true, true));
        ideas.setUp(id, List.of(new Ideas.NewCategory("Begegnung", "#6a1b9a", "bank"),
                new Ideas.NewCategory("Grün", "#1b6e3a", "baum"),
                new Ideas.NewCategory("Kinder und Jugend", "#0b5394", "spielplatz")), List.of());
        long bookcase = ideas.add(id, seed.person("buergerin"), "Bücherschrank am Kotten",
                "Ein offener Bücherschrank, in den alle Bücher stellen und aus dem alle Bücher nehmen können.",
                "Begegnung", null, null, "Am Kotten");
        ideas.add(id, seed.person("smartcity"), "Hochbeete für die Kita Pfaffplatz",
                "Drei Hochbeete, in denen die Kinder Gemüse ziehen können.", "Kinder und Jugend", null, null, null);
        ideas.comment(bookcase, null, seed.person("stadtentwicklung"), "Ein schöner Vorschlag, den wir gerne "
                + "weitergeben.");
        publish(id);
    }

    /** A running survey with a condition, live results, and paper questionnaires from the info stand. */
    private void cyclingSurvey(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("referat-mobilitaet"), "radverkehr-umfrage",
                "Umfrage: Mit dem Rad in die Innenstadt",
                "Wie kommen Sie in die Innenstadt, und was hält Sie vom Radfahren ab? Zwölf Fragen, fünf Minuten.",
                """
                Für den Radverkehrsplan 2030 möchte das Referat Mobilität wissen, wie Sie in die Innenstadt \
                kommen und was sich ändern müsste, damit Sie öfter das Rad nehmen. Die Umfrage liegt auch auf \
                Papier im Bürgercenter aus; diese Fragebögen zählen wir hier mit.
                """,
                null, null, null, null, "Tobias Klein", "mobilitaet@stadtdialog.example", "0631 365-2200",
                Visibility.PUBLIC, seed.topicIds("Mobilität"), seed.districtIds("Innenstadt-Ost"),
                new ParticipationConcept(
                        "Wir wollen verstehen, wie Menschen in die Innenstadt kommen und was sie vom Radfahren "
                                + "abhält.",
                        "Alle, die in die Innenstadt kommen, mit und ohne Rad.",
                        "Welche Maßnahmen der Radverkehrsplan 2030 vorrangig angeht.",
                        "Dass es einen Radverkehrsplan 2030 gibt, ist beschlossen; seinen Rahmen und sein Budget "
                                + "legt der Stadtrat fest.",
                        "Eine Online-Umfrage mit zwölf Fragen, etwa vier Wochen lang. Papierbögen liegen im "
                                + "Bürgercenter aus.",
                        "Die Ergebnisse fließen in den Entwurf des Radverkehrsplans, den der Mobilitätsausschuss "
                                + "berät. Eine Zusammenfassung veröffentlichen wir hier.")));
        long phase = addPhase(id, new PhaseDraft("Umfrage", "Ihre Antworten helfen beim Radverkehrsplan 2030.",
                seed.day(-3), seed.day(25), "survey", "collect", Requirement.ACCOUNT));
        surveys.configure(phase, "Die Umfrage dauert etwa fünf Minuten. Alle Fragen außer den ersten drei "
                + "sind freiwillig.", true, true);
        long how = surveys.addQuestion(phase, Surveys.NewQuestion.choice(QuestionType.SINGLE,
                "Wie kommen Sie meistens in die Innenstadt?", true, "Zu Fuß", "Mit dem Rad", "Mit Bus oder Bahn",
                "Mit dem Auto"));
        long cycling = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.YES_NO,
                "Fahren Sie manchmal mit dem Rad in die Innenstadt?", null, true, List.of(), null, null, null, null,
                null, null));
        long obstacles = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.MULTIPLE,
                "Was hält Sie davon ab, öfter das Rad zu nehmen?", "Höchstens drei Antworten.", false,
                List.of("Fehlende Radwege", "Zu viel Autoverkehr", "Keine sicheren Abstellplätze", "Steigungen",
                        "Wetter"), null, 3, null, null, cycling, 1));
        long safety = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.SCALE,
                "Wie sicher fühlen Sie sich auf dem Rad in der Innenstadt?", null, true, List.of(), 1, 5,
                "sehr unsicher", "sehr sicher", null, null));
        surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.SECTION, "Zu Ihrer Person",
                "Diese Angaben sind freiwillig. Sie helfen uns zu sehen, ob wir alle Stadtteile und Altersgruppen "
                        + "erreichen.", false, List.of(), null, null, null, null, null, null));
        surveys.addQuestion(phase, Surveys.NewQuestion.choice(QuestionType.DROPDOWN,
                "In welchem Stadtteil wohnen Sie?", false, "Innenstadt", "Betzenberg", "Kaiserslautern-West",
                "Erfenbach", "Morlautern", "anderer Stadtteil", "außerhalb"));
        surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.NUMBER, "Wie alt sind Sie?",
                "Freiwillig; hilft uns, die Antworten einzuordnen.", false, List.of(), 14, 110, null, null, null,
                null));
        long wish = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.LONG_TEXT,
                "Was wünschen Sie sich für den Radverkehr?", null, false, List.of(), null, 2000, null, null, null,
                null));
        String[][] paper = { { "1", "0", "2", "Mehr Fahrradständer am Bahnhof." }, { "3", "1", "1", null },
            { "2", "1", "2", "Busspur für Räder öffnen." }, { "0", "0", "4", null }, { "1", "0", "3", null },
            { "3", "1", "1", "Sichere Kreuzung an der Fackelstraße." } };
        for (String[] answers : paper) {
            Map<Long, List<String>> response = new java.util.HashMap<>(Map.of(how, List.of(answers[0]), cycling,
                    List.of(answers[1]), safety, List.of(answers[2])));
            if ("1".equals(answers[1])) {
                response.put(obstacles, List.of("0", "1"));
            }
            if (answers[3] != null) {
                response.put(wish, List.of(answers[3]));
            }
            surveys.addResponse(phase, null, response);
        }
        surveys.addResponse(phase, seed.person("stadtentwicklung"), Map.of(how, List.of("1"), cycling,
                List.of("0"), safety, List.of("4")));
        publish(id);
    }

    /** The seven-minute city development survey: pages, a matrix, a ranking, a place on the map, "Sonstiges". */
    private void cityCentre2035(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("referat-stadtentwicklung"), "innenstadt-2035",
                "Umfrage: Innenstadt 2035",
                "Was macht die Innenstadt lebenswert, und wo fehlt etwas? Drei Seiten, etwa sieben Minuten.",
                """
                Das Referat Stadtentwicklung schreibt das Innenstadtkonzept fort. Ihre Antworten fließen in den \
                Entwurf ein, den der Stadtrat im Herbst berät. Zwischendurch können Sie Ihre Antworten speichern \
                und später weitermachen.
                """, null, null, null,
                polygon(at(7.7560, 49.4390), at(7.7560, 49.4500), at(7.7800, 49.4500), at(7.7800, 49.4390)),
                "Lea Hoffmann", "stadtentwicklung@stadtdialog.example", "0631 365-1201", Visibility.PUBLIC,
                seed.topicIds("Stadtentwicklung"), seed.districtIds("Innenstadt-Ost", "Innenstadt-Südwest"),
                new ParticipationConcept(
                        "Wir wollen wissen, was die Innenstadt heute lebenswert macht und was ihr für 2035 fehlt.",
                        "Alle Bürger*innen aus Kaiserslautern und der Region, die die Innenstadt nutzen.",
                        "Die Schwerpunkte des Innenstadtkonzepts 2035: Aufenthalt, Grün, Angebote und Sicherheit.",
                        "Die Fußgängerzone bleibt. Bauvorhaben privater Eigentümer*innen sind nicht Teil der "
                                + "Umfrage.",
                        "Eine Online-Umfrage über sieben Wochen, drei Seiten, etwa sieben Minuten.\n"
                                + "Im Anschluss vertiefen wir die Ergebnisse in zwei Workshops.",
                        "Die Ergebnisse gehen in das Innenstadtkonzept ein, das der Stadtrat beschließt. Wir "
                                + "berichten hier, welche Wünsche aufgenommen wurden.")));
        long phase = addPhase(id, new PhaseDraft("Umfrage", "Ihre Meinung zum Innenstadtkonzept.",
                seed.day(-10), seed.day(40), "survey", "collect", Requirement.ACCOUNT));
        surveys.configure(phase, "Die Umfrage hat drei Seiten. Pflichtfragen sind markiert, alle anderen "
                + "sind freiwillig.", true, true);
        long visit = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.SINGLE,
                "Wozu kommen Sie meistens in die Innenstadt?", null, true,
                List.of("Einkaufen", "Arbeit oder Ausbildung", "Essen und Ausgehen", "Kultur"), null, null, null,
                null, null, null, false, true, true, List.of(), List.of(), null));
        long matrix = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.MATRIX,
                "Wie sehr stimmen Sie diesen Aussagen zu?", null, true,
                List.of("stimme zu", "teils, teils", "stimme nicht zu"), null, null, null, null, null, null, false,
                false, false, List.of("Die Innenstadt ist sauber.", "Ich fühle mich abends sicher.",
                        "Es gibt genug Grün und Schatten."), List.of(), null));
        surveys.addQuestion(phase, Surveys.NewQuestion.page("Was zuerst?",
                "Das Budget reicht nicht für alles auf einmal. Helfen Sie uns bei der Reihenfolge."));
        long ranking = surveys.addQuestion(phase, Surveys.NewQuestion.choice(QuestionType.RANKING,
                "Was soll die Stadt zuerst angehen?", false, "Mehr Bäume und Schatten", "Mehr Sitzgelegenheiten",
                "Leerstand beleben", "Sichere Radwege"));
        long place = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.LOCATION,
                "Wo fehlt Ihnen in der Innenstadt ein schattiger Platz?", "Ein Ort genügt.", false,
                List.of("Stiftsplatz; 49.4445, 7.7690", "Schillerplatz; 49.4440, 7.7705",
                        "Fackelbrunnen; 49.4432, 7.7675"), null, null, null, null, null, null));
        surveys.addQuestion(phase, Surveys.NewQuestion.page("Zum Schluss", null));
        long wish = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.LONG_TEXT,
                "Was wünschen Sie sich für die Innenstadt 2035?", null, false, List.of(), null, 1000, null, null,
                null, null));
        String[][] answers = { { "0", "0", "1", "2", "0" }, { "2", "1", "1", "0", "1" }, { "other", "2", "2", "0", "2" },
            { "1", "0", "0", "1", "1" } };
        for (String[] a : answers) {
            Map<Long, List<String>> response = new java.util.HashMap<>();
            response.put(visit, List.of("other".equals(a[0]) ? "other:Arztbesuch" : a[0]));
            surveys.addResponse(phase, null, withMatrix(response, matrix, a, ranking, place, wish));
        }
        publish(id);
    }

    /**
     * A citizens' meeting on heat with a live Q&A: two experts of the city answer, one question is on
     * stage right now, and the questions before the evening were collected online.
     */
    private void climateQuestions(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("referat-umwelt"), "fragen-klimaanpassung",
                "Bürgerversammlung Hitze: Ihre Fragen",
                "Fragen Sie die Stadt zum Hitzeaktionsplan – vorab online und live bei der Bürgerversammlung.",
                """
                Am Donnerstagabend stellt das Referat Umwelt im Rathaus den Entwurf des Hitzeaktionsplans vor. \
                Stellen Sie Ihre Fragen schon vorab oder während der Veranstaltung. Die Moderation wählt Fragen \
                für das Podium aus; alle anderen beantworten unsere Expert:innen hier schriftlich.
                """, null, null, null, null,
                "Sabine Krämer", "umwelt@stadtdialog.example", "0631 365-1150", Visibility.PUBLIC,
                seed.topicIds("Umwelt und Klima"), seed.districtIds("Innenstadt-Ost", "Innenstadt-Südwest"),
                new ParticipationConcept(
                        "Wir wollen die Fragen der Bürger*innen zum Hitzeaktionsplan beantworten, bevor der Stadtrat "
                                + "ihn beschließt.",
                        "Alle Bürger*innen, besonders Ältere, Familien und Beschäftigte im Freien.",
                        "Welche Maßnahmen zuerst kommen und wo sie wirken.",
                        "Das Budget für dieses Jahr steht fest.",
                        "Fragen online vorab und live bei der Bürgerversammlung im Rathaus.",
                        "Häufige Fragen fließen in die Begründung des Hitzeaktionsplans ein.")));
        long phase = addPhase(id, new PhaseDraft("Bürgerversammlung im Rathaus",
                "Fragen vorab und live während der Veranstaltung.", seed.day(-3), seed.day(4), "question", "live",
                Requirement.ACCOUNT));
        questions.categories(phase, List.of("Schatten und Grün", "Trinkwasser", "Gesundheit"));
        long climate = seed.person("umwelt");
        long planning = seed.person("stadtentwicklung");
        questions.nameExpert(phase, climate, "Klimaanpassungsmanagerin, Referat Umwelt");
        questions.nameExpert(phase, planning, "Abteilung Stadtplanung, Referat Stadtentwicklung");
        List<Long> people = Stream.of("Omi_Hildegard", "RadlerKai", "Familie_Yilmaz", "Baumfreund", "Marktfrau_Eva",
                "lautrer_jung").map(name -> accounts.findActiveIdByLogin(name).orElseThrow()).toList();
        long shade = questions.ask(phase, people.get(0), "Wo finde ich an heißen Tagen in der Innenstadt einen "
                + "kühlen Raum, in dem ich mich hinsetzen kann?", "Gesundheit");
        long fountains = questions.ask(phase, people.get(1), "Wann kommen die Trinkbrunnen, und werden sie auch "
                + "im Herbst noch laufen?", "Trinkwasser");
        long trees = questions.ask(phase, people.get(3), "Warum werden in der Marktstraße keine Bäume gepflanzt, "
                + "sondern nur Kübel aufgestellt?", "Schatten und Grün");
        long playground = questions.ask(phase, people.get(2), "Bekommt der Spielplatz am Stiftsplatz ein "
                + "Sonnensegel vor den Sommerferien?", "Schatten und Grün");
        long workers = questions.ask(phase, people.get(4), "Was tut die Stadt für Menschen, die auf dem Wochenmarkt "
                + "den ganzen Tag in der Sonne arbeiten?", "Gesundheit");
        questions.ask(phase, people.get(5), "Kann man die Hitzewarnungen der Stadt auch per SMS bekommen?", null);
        people.forEach(person -> questions.markRelevant(trees, person));
        people.subList(0, 4).forEach(person -> questions.markRelevant(shade, person));
        people.subList(2, 5).forEach(person -> questions.markRelevant(fountains, person));
        questions.markRelevant(playground, people.get(0));
        questions.answer(shade, climate, """
                Ab Juli öffnen die Stadtbibliothek und das Foyer des Rathauses als **kühle Orte** mit Sitzplätzen \
                und Wasser, werktags von 10 bis 18 Uhr. Die Liste aller kühlen Orte steht im Hitzeaktionsplan.
                """);
        questions.answer(fountains, climate, """
                Die ersten drei Trinkbrunnen (Schillerplatz, Stiftsplatz, Fackelrondell) gehen im Juni in Betrieb. \
                Sie laufen von Mai bis Oktober; im Winter müssen wir sie wegen Frost abstellen.
                """);
        questions.answer(trees, planning, """
                Unter der Marktstraße liegen Fernwärme- und Stromleitungen, dort kann kein Baum wurzeln. Die Kübel \
                sind eine Übergangslösung; mit der Sanierung der Leitungen ab 2027 planen wir Baumstandorte mit \
                Wurzelräumen.
                """);
        questions.putOnStage(workers);
        publish(id);
    }

    private static Map<Long, List<String>> withMatrix(Map<Long, List<String>> response, long matrix, String[] a,
            long ranking, long place, long wish) {
        Map<Long, List<String>> all = new java.util.HashMap<>(response);
        all.put(matrix, List.of(a[1], a[2], a[3]));
        all.put(ranking, List.of(a[4]));
        all.put(place, List.of(a[4]));
        all.put(wish, List.of("Mehr Bänke im Schatten, bitte."));
        return all;
    }

    /** A vote between three designs for the Stiftsplatz, each a picture with its alternative text. */
    private void stiftsplatzVote(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("referat-stadtentwicklung"), "stiftsplatz-abstimmung",
                "Abstimmung: Welcher Entwurf für den Stiftsplatz?",
                "Drei Büros haben Entwürfe vorgelegt. Stimmen Sie ab, welcher gebaut werden soll.",
                """
                Aus dem Wettbewerb zur Neugestaltung des Stiftsplatzes sind drei Entwürfe in die engere Wahl \
                gekommen. Die Jury folgt dem Ergebnis der Abstimmung, wenn mindestens 500 Stimmen abgegeben werden. \
                Die Stimmkarten vom Infostand auf dem Wochenmarkt zählen mit.
                """, null, null, null, point(7.7690, 49.4445), "Lea Hoffmann",
                "stadtentwicklung@stadtdialog.example", "0631 365-1201", Visibility.PUBLIC,
                seed.topicIds("Stadtentwicklung", "Grün- und Freiflächen"), seed.districtIds("Innenstadt-Ost"),
                new ParticipationConcept(
                        "Sie entscheiden mit, welcher der drei Entwürfe für den Stiftsplatz weitergeplant wird.",
                        "Alle Bürger*innen mit einem Konto auf der Plattform.",
                        "Welcher der drei Entwürfe gewählt wird.",
                        "Zur Wahl stehen nur die drei Entwürfe aus dem Wettbewerb. Kostenrahmen, Wochenmarkt und "
                                + "Zufahrten stehen fest.",
                        "Drei Wochen Online-Abstimmung, eine Stimme pro Person. Stimmkarten auf Papier gibt es am "
                                + "Infostand auf dem Stiftsplatz.",
                        "Das Ergebnis ist eine Empfehlung an den Bauausschuss, der den Entwurf beschließt. Weicht "
                                + "er davon ab, begründet er das hier öffentlich.")));
        long phase = addPhase(id, new PhaseDraft("Abstimmung", "Eine Stimme pro Person.", seed.day(-4),
                seed.day(17), "survey", "collect", Requirement.ACCOUNT));
        surveys.configure(phase, "Sehen Sie sich die drei Entwürfe an und wählen Sie einen aus.", true, false);
        surveys.setPurpose(phase, "VOTE");
        long design = surveys.addQuestion(phase, Surveys.NewQuestion.choice(QuestionType.IMAGE_CHOICE,
                "Welcher Entwurf soll gebaut werden?", true, "Entwurf A: Baumhain", "Entwurf B: Wasserplatz",
                "Entwurf C: Marktplatz"));
        surveys.setOptionImage(design, 0, DesignDrawings.grove(), "Draufsicht: der Platz mit vielen Bäumen in "
                + "Reihen, Bänken im Schatten und einem schmalen Weg in der Mitte.");
        surveys.setOptionImage(design, 1, DesignDrawings.water(), "Draufsicht: eine große Wasserfläche mit "
                + "Fontänen in der Mitte, wenigen Bäumen am Rand und viel Pflaster.");
        surveys.setOptionImage(design, 2, DesignDrawings.market(), "Draufsicht: ein offener gepflasterter Platz "
                + "mit Reihen von Marktständen und vier Bäumen an den Ecken.");
        int[] cards = { 0, 0, 1, 0, 2, 1, 0 };
        for (int card : cards) {
            surveys.addResponse(phase, null, Map.of(design, List.of(String.valueOf(card))));
        }
        surveys.addResponse(phase, seed.person("smartcity"), Map.of(design, List.of("1")));
        publish(id);
    }

    /** A quiz open to everyone: a score and the explanations at the end. */
    private void cityQuiz(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("smart-city"), "quiz-kaiserslautern",
                "Quiz: Wie gut kennen Sie Kaiserslautern?",
                "Fünf Fragen zur Stadt, mit Auflösung und Erklärungen am Ende. Ohne Anmeldung.",
                """
                Zum Stadtjubiläum: Testen Sie Ihr Wissen über Kaiserslautern. Am Ende sehen Sie, wie viele Fragen Sie richtig beantwortet haben, und erfahren Hintergründe. Die Auswertung zeigt, welche Fragen am schwersten waren.
                """,
                null, null, null, null, "Tobias Wagner", "smartcity@stadtdialog.example", "0631 365-1301",
                Visibility.PUBLIC, seed.topicIds("Kultur"), seed.districtIds("Innenstadt-Ost"),
                new ParticipationConcept(
                        "Wissen über Kaiserslautern spielerisch vermitteln und auf die Beteiligungsplattform "
                                + "aufmerksam machen.",
                        "Alle Interessierten, ohne Anmeldung, besonders Neubürger*innen und Schulklassen.",
                        "Hier wird nichts entschieden. Fragen für das nächste Quiz können Sie uns gern per E-Mail "
                                + "vorschlagen.",
                        "Das Quiz ist ein Informationsangebot; die Antworten fließen in keine Entscheidung ein.",
                        "Ein Online-Quiz mit fünf Fragen, etwa zwei Minuten, zwei Monate lang.",
                        "Wir zählen nur, wie viele Fragen richtig beantwortet wurden, um unsere Informationen "
                                + "verständlicher zu machen.")));
        long phase = addPhase(id, new PhaseDraft("Quiz", "Fünf Fragen, etwa zwei Minuten.", seed.day(-7),
                seed.day(60), "survey", "collect", Requirement.GUEST));
        surveys.configure(phase, "Wählen Sie jeweils eine Antwort, bei Frage 3 auch mehrere.", true, false);
        surveys.setPurpose(phase, "QUIZ");
        long river = surveys.addQuestion(phase, Surveys.NewQuestion.choice(QuestionType.SINGLE,
                "Welcher Bach gab der Stadt ihren Namen?", true, "Die Lauter", "Die Alsenz", "Der Glan")
                .withSolution("Kaiserslautern liegt an der Lauter; der Kaiser im Namen ist Friedrich I. Barbarossa, "
                        + "der hier eine Pfalz baute.", 0));
        long emperor = surveys.addQuestion(phase, Surveys.NewQuestion.choice(QuestionType.SINGLE,
                "Welcher Kaiser ließ in Kaiserslautern eine Pfalz bauen?", true, "Karl der Große",
                "Friedrich I. Barbarossa", "Otto der Große")
                .withSolution("Friedrich I. Barbarossa ließ um 1160 die Kaiserpfalz errichten; Reste sind am "
                        + "Rathaus zu sehen.", 1));
        long twins = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.MULTIPLE,
                "Welche dieser Städte sind Partnerstädte von Kaiserslautern?", "Mehrere Antworten sind richtig.",
                true, List.of("Davenport (USA)", "Paris (Frankreich)", "Guimarães (Portugal)", "Ilmenau (Thüringen)"),
                null, null, null, null, null, null)
                .withSolution("Davenport, Guimarães und Ilmenau gehören zu den Partnerstädten; Paris nicht.", 0, 2, 3));
        long university = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.YES_NO,
                "Hat Kaiserslautern eine Technische Universität?", null, true, List.of(), null, null, null, null,
                null, null).withSolution("Ja: die RPTU Kaiserslautern-Landau, bis 2022 TU Kaiserslautern.", 0));
        long stadium = surveys.addQuestion(phase, Surveys.NewQuestion.choice(QuestionType.SINGLE,
                "Wie heißt das Stadion auf dem Betzenberg?", true, "Fritz-Walter-Stadion", "Waldstadion",
                "Pfalzstadion").withSolution("Das Fritz-Walter-Stadion ist nach dem Weltmeister von 1954 benannt.",
                        0));
        String[][] answers = { { "0", "1", "0,2,3", "0", "0" }, { "1", "1", "0,1", "0", "0" },
            { "0", "0", "0,2", "1", "0" }, { "0", "1", "0,2,3", "0", "1" }, { "2", "2", "1", "0", "0" } };
        for (String[] a : answers) {
            surveys.addResponse(phase, null, Map.of(river, List.of(a[0]), emperor, List.of(a[1]), twins,
                    List.of(a[2].split(",")), university, List.of(a[3]), stadium, List.of(a[4])));
        }
        publish(id);
    }

    private void volkspark(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("referat-umwelt"), "volkspark-spielplatz",
                "Volkspark: Wünsche für den Spielplatz",
                "Kinder, Eltern und Großeltern haben mitgeplant: So wird der Spielplatz im Volkspark neu gestaltet.",
                """
                ## Ein neuer Spielplatz im Volkspark
                Die alten Spielgeräte im Volkspark waren in die Jahre gekommen. \
                Gemeinsam mit Familien aus der Nachbarschaft hat das Referat Umwelt den neuen Spielplatz geplant.
                """,
                null, null, null,
                polygon(at(7.7800, 49.4365), at(7.7800, 49.4405), at(7.7880, 49.4405), at(7.7880, 49.4365)),
                "Jana Becker", "umwelt@stadtdialog.example", "0631 365-1101", Visibility.PUBLIC,
                seed.topicIds("Grün- und Freiflächen", "Soziales"), seed.districtIds("Grübentälchen/Volkspark"),
                new ParticipationConcept(
                        "Der Spielplatz im Volkspark wird erneuert. Kinder und Familien sollten mitplanen, was er "
                                + "bieten soll.",
                        "Kinder, Eltern und Großeltern sowie Kitas und Grundschulen in der Umgebung.",
                        "Spielgeräte, Schattenplätze, Sitzgelegenheiten und die Aufteilung für verschiedene "
                                + "Altersgruppen.",
                        "Lage und Größe des Spielplatzes sowie das Budget von 250.000 Euro.",
                        "Vier Wochen Wünsche sammeln, online und bei einer Malaktion im Park.\n"
                                + "Danach haben wir den Entwurf vorgestellt.",
                        "Das Referat Umwelt hat die Wünsche in den Entwurf übernommen, wo Sicherheit und Budget "
                                + "es erlaubten. Was nicht möglich war, erklären wir unter „Ergebnisse“.")));
        Long author = seed.person("umwelt");
        long wishes = phase(id, "Wünsche sammeln", "Was soll der neue Spielplatz bieten?",
                seed.day(-420), seed.day(-391));
        information.publish(wishes, "Malaktion im Volkspark",
                "Über 60 Kinder haben ihren Traumspielplatz gemalt. Die Bilder hängen jetzt im Stadtteilbüro.",
                seed.day(-410), author);
        long plan = phase(id, "Entwurf und Ergebnisse", "Der Entwurf für den neuen Spielplatz.",
                seed.day(-390), seed.day(-360));
        information.publish(plan, "Der Entwurf steht",
                "Wasserspielplatz und Kletterlandschaft kommen. Die Bauarbeiten beginnen nach der Ausschreibung.",
                seed.day(-385), author);
        publish(id);
        projectResults.saveTexts(id, """
                Über 60 Kinder haben ihren Traumspielplatz gemalt, 120 Familien haben online mitgemacht. \
                Am häufigsten wünschten sich die Kinder einen **Wasserspielplatz** und eine **Kletterlandschaft**.
                """, """
                Beides wird gebaut. Der neue Spielplatz ist inzwischen eröffnet.
                """, """
                Eine Seilbahn passt leider nicht auf die Fläche, weil die Sicherheitsabstände zu den alten Bäumen \
                zu groß wären.
                """);
        projectResults.publish(id);
        projects.archive(id);
    }

    /** Ended ten days ago and its results are not written yet: the state the results reminder is for. */
    private void noiseActionPlan(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("referat-umwelt"), "laermaktionsplan-innenstadt",
                "Lärmaktionsplan: Wo ist es Ihnen zu laut?",
                "Straßen, Plätze und Uhrzeiten, an denen Lärm Sie stört: Die Hinweise fließen in den Lärmaktionsplan "
                        + "der Stadt ein.",
                """
                ## Leiser leben in der Innenstadt
                Die Stadt schreibt ihren Lärmaktionsplan fort. Dafür haben wir Sie gefragt, wo und wann Lärm \
                Sie am meisten stört.
                """,
                null, null, null, point(7.7690, 49.4440),
                "Jana Becker", "umwelt@stadtdialog.example", "0631 365-1101", Visibility.PUBLIC,
                seed.topicIds("Umwelt und Klima", "Mobilität"), seed.districtIds("Innenstadt-Ost"),
                new ParticipationConcept(
                        "Wir wollten wissen, wo Lärm die Menschen in der Innenstadt am meisten stört.",
                        "Alle, die in der Innenstadt wohnen, arbeiten oder unterwegs sind.",
                        "Welche Orte der Lärmaktionsplan zuerst angeht und welche Maßnahmen dort sinnvoll sind.",
                        "Lärmgrenzwerte und Lärmkarten legt das Landesrecht fest.",
                        "Vier Wochen Hinweise sammeln, danach Auswertung durch das Referat Umwelt.",
                        "Die Hinweise gehen in den Entwurf des Lärmaktionsplans. Unter „Ergebnisse“ berichten wir, "
                                + "was daraus wird.")));
        ideaPhase(id, "Hinweise sammeln", "Wo und wann stört Sie Lärm?", seed.day(-40), seed.day(-10));
        ideas.setUp(id, List.of(new Ideas.NewCategory("Verkehr", "#0b5394", "bus"),
                new Ideas.NewCategory("Nachtruhe", "#6a1b9a", "bank")), List.of());
        ideas.add(id, seed.person("buergerin"), "Tempo 30 nachts in der Fackelstraße",
                "Nachts fahren hier viele Autos viel zu schnell, das hört man bis in die Schlafzimmer.", "Verkehr",
                null, null, "Fackelstraße");
        ideas.add(id, seed.person("stadtentwicklung"), "Lieferverkehr am Schillerplatz erst ab 7 Uhr",
                "Die Lieferwagen kommen schon um 5 Uhr morgens.", "Nachtruhe", null, null, "Schillerplatz");
        publish(id);
    }

    /**
     * Seats on the participation advisory board, drawn by lot among the eligible applicants: an ended
     * application form with rules (14 or older, living in Kaiserslautern) and a draw with age quotas.
     */
    private void participationBoardLottery(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("referat-stadtentwicklung"), "beteiligungsbeirat-bewerbung",
                "Beirat für Bürgerbeteiligung: Bewerbung um einen Sitz",
                "Sieben Sitze im Beteiligungsbeirat werden unter allen Bewerber:innen ab 14 Jahren ausgelost.",
                """
                Der Beirat für Bürgerbeteiligung begleitet die Leitlinien für Bürgerbeteiligung der Stadt \
                Kaiserslautern. Neben Vertreter:innen aus Politik und Verwaltung gehören ihm sieben \
                Einwohner:innen an, die unter allen Bewerbungen ausgelost werden: zwei Sitze für Menschen von \
                14 bis 29 Jahren, drei für 30 bis 59 Jahre und zwei für 60 Jahre und älter.

                Den Startwert der Auslosung hat die Koordinierungsstelle vorab angekündigt: die Lottozahlen \
                vom Samstag nach dem Ende der Bewerbungsfrist.
                """,
                null, null, null, null, "Markus Klein", "stadtentwicklung@stadtdialog.example",
                "0631 365-1201", Visibility.PUBLIC, seed.topicIds("Soziales", "Stadtentwicklung"), List.of(),
                new ParticipationConcept(
                        "Sieben Sitze im Beteiligungsbeirat werden mit Bürger*innen besetzt, die unter allen "
                                + "Bewerbungen ausgelost werden.",
                        "Alle Einwohner*innen ab 14 Jahren.",
                        "Ob Sie sich bewerben. Die Auslosung sorgt dafür, dass verschiedene Stadtteile und "
                                + "Altersgruppen vertreten sind.",
                        "Die Zahl der Sitze, das Mindestalter und das Losverfahren legen die Leitlinien für "
                                + "Bürgerbeteiligung fest.",
                        "Vier Wochen Bewerbung, online oder auf Papier im Bürgercenter.\n"
                                + "Danach öffentliche Auslosung.",
                        "Die Bewerbungen dienen nur der Auslosung. Die Namen der Ausgelosten veröffentlichen wir "
                                + "mit ihrem Einverständnis; alle anderen Angaben löschen wir nach sechs Monaten.")));
        long phase = addPhase(id, new PhaseDraft("Bewerbung", "Bewerben Sie sich um einen Sitz im Beirat.",
                seed.day(-40), seed.day(-10), "survey", "collect", Requirement.ACCOUNT));
        surveys.configure(phase, "Bewerben können sich alle Einwohner:innen von Kaiserslautern, die am Tag der "
                + "Auslosung mindestens 14 Jahre alt sind. Ihre Angaben sieht nur die Koordinierungsstelle.", false,
                false);
        long name = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.SHORT_TEXT,
                "Vor- und Nachname", null, true, List.of(), null, null, null, null, null, null));
        long birth = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.DATE, "Geburtsdatum",
                "Sie müssen am Tag der Auslosung mindestens 14 Jahre alt sein.", true, List.of(), null, null, null,
                null, null, null));
        long resident = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.YES_NO,
                "Wohnen Sie in Kaiserslautern?", null, true, List.of(), null, null, null, null, null, null));
        List<String> districts = List.of("Innenstadt-Ost", "Betzenberg", "Kaiserslautern-West", "Erfenbach",
                "Morlautern", "Hohenecken", "anderer Stadtteil");
        long district = surveys.addQuestion(phase, Surveys.NewQuestion.choice(QuestionType.DROPDOWN,
                "In welchem Stadtteil wohnen Sie?", false, districts.toArray(String[]::new)));
        long ageGroup = surveys.addQuestion(phase, Surveys.NewQuestion.choice(QuestionType.SINGLE,
                "Ihre Altersgruppe", true, "14 bis 29 Jahre", "30 bis 59 Jahre", "60 Jahre und älter"));
        long motivation = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.LONG_TEXT,
                "Warum möchten Sie im Beirat mitarbeiten?", null, false, List.of(), null, 2000, null, null, null,
                null));
        long consent = surveys.addQuestion(phase, new Surveys.NewQuestion(QuestionType.CONSENT,
                "Ich bin einverstanden, dass die Koordinierungsstelle meine Angaben für das Losverfahren verarbeitet.",
                null, true, List.of(), null, null, null, null, null, null));
        surveys.setPurpose(phase, "APPLICATION");
        // name, age in years (and days past the birthday), resident, district, motivation
        Object[][] applicants = { { "Lena Schmitt", 17, 40, true, 0, "Ich möchte, dass Jugendliche mitreden." },
            { "Jonas Becker", 22, 100, true, 2, null }, { "Aylin Demir", 19, 5, true, 1, "Mehr Grün im Viertel." },
            { "Tim Wagner", 28, 200, true, 3, null }, { "Mia Hoffmann", 13, 300, true, 4, "Ich bin fast 14!" },
            { "Noah Fischer", 25, 10, true, 0, null }, { "Sabine Klein", 45, 80, true, 1, null },
            { "Thomas Weber", 52, 150, true, 5, "Ich engagiere mich im Ortsbeirat." },
            { "Fatma Yılmaz", 38, 20, true, 2, null }, { "Michael Schulz", 41, 60, false, 6, null },
            { "Julia Koch", 33, 90, true, 0, "Beteiligung soll für alle einfach sein." },
            { "Andreas Richter", 57, 120, true, 3, null }, { "Katharina Wolf", 30, 2, true, 1, null },
            { "Stefan Neumann", 48, 33, true, 4, null }, { "Gisela Braun", 71, 70, true, 5, "Ich habe Zeit." },
            { "Hans Zimmermann", 66, 15, true, 0, null }, { "Ursula Krüger", 78, 250, true, 2, null },
            { "Peter Hartmann", 62, 180, true, 6, "Als Rentner möchte ich etwas zurückgeben." },
            { "Erika Lange", 84, 45, true, 1, null }, { "Dieter Schmitz", 69, 300, true, 3, null } };
        for (Object[] applicant : applicants) {
            int age = (Integer) applicant[1];
            Map<Long, List<String>> answers = new java.util.HashMap<>(Map.of(name, List.of((String) applicant[0]),
                    birth, List.of(seed.today().minusYears(age).minusDays((Integer) applicant[2]).toString()),
                    resident, List.of((Boolean) applicant[3] ? "0" : "1"),
                    district, List.of(String.valueOf(applicant[4])),
                    ageGroup, List.of(age < 30 ? "0" : age < 60 ? "1" : "2"), consent, List.of("0")));
            if (applicant[5] != null) {
                answers.put(motivation, List.of((String) applicant[5]));
            }
            surveys.addResponse(phase, null, answers);
        }
        surveys.addResponse(phase, seed.person("buergerin"), Map.of(name, List.of("Nadine Berger"), birth,
                List.of(seed.today().minusYears(35).minusDays(12).toString()), resident, List.of("0"), district,
                List.of("0"), ageGroup, List.of("1"), consent, List.of("0")));
        lotteries.addRule(phase, Lotteries.Rule.MIN_AGE, birth, 14);
        lotteries.addRule(phase, Lotteries.Rule.ANSWER, resident, 0);
        lotteries.draw(phase, seed.person("stadtentwicklung"), 7, ageGroup, Map.of(0, 2, 1, 3, 2, 2),
                "Lotto vom " + seed.day(-6) + ": 4 9 17 23 31 42, Superzahl 6");
        long result = phase(id, "Auslosung und Ergebnis", "Wer im Beirat mitarbeitet, und wie gelost wurde.",
                seed.day(-9), seed.day(30));
        information.publish(result, "Die Sitze im Beirat sind ausgelost",
                "21 Menschen haben sich beworben, 19 erfüllten die Voraussetzungen. Wie gelost wurde und welche "
                        + "Bewerbungsnummern einen Sitz erhalten haben, steht im [Protokoll des Losverfahrens]"
                        + "(/umfragen/" + phase + "/losverfahren). Die Ausgelosten haben wir per Post benachrichtigt.",
                seed.day(0), seed.person("stadtentwicklung"));
        publish(id);
    }

    private void advisoryBoard(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("smart-city"), "smart-city-beirat",
                "Smart-City-Beirat: interne Abstimmung",
                "Unterlagen und Abstimmung für die Mitglieder des Smart-City-Beirats. "
                        + "Nur für eingeladene Personen sichtbar.",
                """
                ## Für die Mitglieder des Beirats
                Hier finden Sie die Unterlagen zur nächsten Sitzung des Smart-City-Beirats. \
                Bitte lesen Sie die Unterlagen vorab.
                """, null, null, null, point(7.7714, 49.4431),
                "Tobias Wagner", "smartcity@stadtdialog.example", "0631 365-1301", Visibility.PRIVATE,
                seed.topicIds("Digitales"), seed.districtIds("Innenstadt-Ost"),
                new ParticipationConcept(
                        "Die Mitglieder des Smart-City-Beirats bereiten ihre Sitzungen vor und stimmen "
                                + "Empfehlungen ab.",
                        "Nur die eingeladenen Mitglieder des Beirats.",
                        "Die Empfehlungen des Beirats zu den Vorlagen der nächsten Sitzung.",
                        "Die Tagesordnung legt die Geschäftsstelle fest; entscheiden wird der Stadtrat.",
                        "Unterlagen online, Abstimmung vor der Sitzung, Beratung in der Sitzung.",
                        "Die Empfehlungen gehen mit dem Protokoll an den Stadtrat.")));
        long documents = phase(id, "Unterlagen zur Beiratssitzung",
                "Tagesordnung und Vorlagen der nächsten Sitzung.", seed.day(-5), seed.day(25));
        information.publish(documents, "Tagesordnung der nächsten Sitzung",
                "1. Stand der digitalen Bürgerdienste\n2. Offene Daten der Stadt\n3. Verschiedenes",
                seed.day(-5), seed.person("smartcity"));
        publish(id);
        projects.invite(id, seed.person("buergerin"));
    }

    /**
     * The city's participation guidelines as a commented draft: the second version rewrote two
     * paragraphs because of comments, which the comparison of versions names.
     */
    private void participationGuidelines(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("smart-city"), "leitlinien-buergerbeteiligung",
                "Leitlinien für Bürgerbeteiligung – Entwurf",
                "Wie soll Kaiserslautern seine Bürger:innen künftig beteiligen? Kommentieren Sie den Entwurf "
                        + "der Leitlinien Absatz für Absatz.",
                """
                ## Worum es geht
                Die Leitlinien legen fest, wann und wie die Stadt ihre Einwohner:innen an Vorhaben beteiligt. \
                Eine Arbeitsgruppe aus Bürgerschaft, Verwaltung und Stadtrat hat den Entwurf geschrieben. \
                Ihre Kommentare fließen in die Fassung ein, über die der Stadtrat entscheidet.
                """, null, null, null, point(7.7689, 49.4447),
                "Tobias Wagner", "smartcity@stadtdialog.example", "0631 365-1301", Visibility.PUBLIC,
                seed.topicIds("Digitales"), seed.districtIds("Innenstadt-Ost"),
                new ParticipationConcept(
                        "Die Leitlinien für Bürgerbeteiligung gemeinsam mit der Stadtgesellschaft fertigstellen.",
                        "Alle Einwohner:innen ab 14 Jahren, Vereine, Initiativen und der Beteiligungsbeirat.",
                        "Der Wortlaut der Leitlinien: Grundsätze, Verfahren und die Rolle des Beirats.",
                        "Die Gemeindeordnung und die Zuständigkeit des Stadtrats.",
                        "Vier Wochen Kommentare online, eine überarbeitete Fassung, eine Abschlussveranstaltung.",
                        "Die Arbeitsgruppe wertet alle Kommentare aus; der Stadtrat beschließt die Leitlinien.")));
        long phase = addPhase(id, new PhaseDraft("Entwurf kommentieren",
                "Kommentieren Sie einzelne Absätze und antworten Sie auf andere Kommentare.", seed.day(-21),
                seed.day(14), "text", "comment", Requirement.ACCOUNT));
        long author = seed.person("smartcity");
        documents.publish(phase, GUIDELINES_V1, null, author, List.of());
        long printed = documents.comment(phase, "1.3", seed.person("buergerin"),
                "Nicht alle sind online. Bitte legen Sie die Vorhabenliste auch im Bürgercenter und in den "
                        + "Ortsbeiräten gedruckt aus.", null);
        documents.comment(phase, "1.3", seed.person("umwelt"),
                "Das Referat Umwelt unterstützt das. Eine gedruckte Fassung pro Quartal wäre machbar.", printed);
        documents.rate(phase, printed, seed.person("stadtentwicklung"), 1);
        documents.rate(phase, printed, seed.person("moderation"), 1);
        long deadline = documents.comment(phase, "2.2", seed.person("stadtentwicklung"),
                "„Angemessene Frist“ ist zu unbestimmt. Bitte nennen Sie eine Mindestdauer, zum Beispiel vier Wochen.",
                null);
        documents.comment(phase, "2.2", seed.person("buergerin"),
                "Und in den Sommerferien bitte länger, sonst fehlen viele Familien.", deadline);
        documents.rate(phase, deadline, seed.person("buergerin"), 1);
        documents.comment(phase, "2.3", seed.person("moderation"),
                "Wer schreibt die Rückmeldung, wenn mehrere Referate beteiligt sind?", null);
        documents.comment(phase, "3.1", seed.person("buergerin"),
                "Wie werden die Mitglieder des Beirats ausgewählt? Ein Losverfahren fände ich fair.", null);
        documents.publish(phase, GUIDELINES_V2,
                "Die Vorhabenliste liegt jetzt auch gedruckt aus, und Beteiligungen dauern mindestens vier Wochen.",
                author, List.of(printed, deadline));
        documents.comment(phase, "2.2", seed.person("umwelt"), "Vier Wochen sind gut planbar. Danke!", null);
        publish(id);
    }

    private static final String GUIDELINES_V1 = """
            ## Grundsätze
            Bürgerbeteiligung in Kaiserslautern ist frühzeitig, offen und verständlich. Sie beginnt, solange \
            noch etwas entschieden werden kann.

            Alle Einwohner:innen können sich beteiligen, unabhängig von Alter, Herkunft und Staatsangehörigkeit.

            Die Stadt informiert über ihre Vorhaben in einer Vorhabenliste im Internet, die sie regelmäßig \
            aktualisiert.

            Beteiligung ersetzt keine Entscheidung des Stadtrats; sie gibt ihm Hinweise für seine Entscheidung.

            ## Verfahren
            Jede Beteiligung beginnt mit einem Beteiligungskonzept: Wer wird beteiligt, wie, wann, und was \
            ist noch offen?

            Die Stadt gibt für Beteiligungen eine angemessene Frist vor.

            Nach jeder Beteiligung erklärt die Verwaltung, welche Beiträge sie aufgenommen hat und warum \
            sie andere nicht aufnimmt.

            Bürger:innen können eine Beteiligung zu einem Vorhaben der Vorhabenliste anregen.

            ## Beteiligungsbeirat
            Ein Beteiligungsbeirat aus Bürgerschaft, Verwaltung und Politik begleitet die Umsetzung der \
            Leitlinien.

            Der Beirat berichtet dem Stadtrat einmal im Jahr, wie die Leitlinien wirken.
            """;

    private static final String GUIDELINES_V2 = GUIDELINES_V1
            .replace("die sie regelmäßig aktualisiert.",
                    "die sie regelmäßig aktualisiert und jedes "
                            + "Quartal gedruckt im Bürgercenter und in den Ortsbeiräten auslegt.")
            .replace("eine angemessene Frist vor.",
                    "eine Frist von mindestens vier Wochen vor; in den Schulferien verlängert sie die Frist um "
                            + "zwei Wochen.");

    /** Stays a draft, so initiators see an unpublished project in their overview. */
    private void kottenDraft(Seed seed) {
        long id = projects.create(new ProjectDraft(seed.org("referat-stadtentwicklung"), "quartiersplatz-kotten",
                "Entwurf: Quartiersplatz Kotten",
                "Im Kotten soll ein Quartiersplatz entstehen. Dieses Projekt ist noch in Vorbereitung.",
                "Die Beschreibung folgt, sobald der Vorentwurf abgestimmt ist.", null, null, null,
                polygon(at(7.7555, 49.4450), at(7.7555, 49.4475), at(7.7595, 49.4475), at(7.7595, 49.4450)),
                "Markus Klein", "stadtentwicklung@stadtdialog.example", "0631 365-1201", Visibility.PUBLIC,
                seed.topicIds("Stadtentwicklung", "Grün- und Freiflächen"),
                seed.districtIds("Innenstadt-West/Kotten"),
                new ParticipationConcept(
                        "Im Kotten soll ein Quartiersplatz entstehen. Wir möchten mit der Nachbarschaft klären, "
                                + "wie er genutzt werden soll.",
                        null,
                        null,
                        null,
                        null,
                        null)));
        long inform = phase(id, "Information zum Vorentwurf", "Wir stellen den Vorentwurf vor.",
                seed.day(60), seed.day(90));
        information.publish(inform, "Einladung zur Auftaktveranstaltung",
                "Termin und Ort der Auftaktveranstaltung im Kotten geben wir rechtzeitig bekannt.",
                seed.day(0), seed.person("stadtentwicklung"));
    }

    private long organisation(String slug, String name, String description, String email, String phone,
            String netiquetteMd) {
        return organisations.create(new Organisation(0, slug, name, description, null, null, email, phone,
                CITY_HALL, WEBSITE, null, null, netiquetteMd));
    }

    private static Map<String, Long> terms(List<String> names, ToLongFunction<String> add) {
        Map<String, Long> ids = new LinkedHashMap<>();
        names.forEach(name -> ids.put(name, add.applyAsLong(name)));
        return ids;
    }

    private long phase(long projectId, String title, String description, LocalDate startsOn, LocalDate endsOn) {
        return addPhase(projectId, new PhaseDraft(title, description, startsOn, endsOn, "information", "inform",
                Requirement.GUEST));
    }

    private long ideaPhase(long projectId, String title, String description, LocalDate startsOn, LocalDate endsOn) {
        return addPhase(projectId, new PhaseDraft(title, description, startsOn, endsOn, "idea", "collect",
                Requirement.ACCOUNT));
    }

    /** The idea map of the heat-island project: places, categories, ideas with supports, comments and an answer. */
    private void heatIslandIdeas(long projectId, Seed seed) {
        ideas.setUp(projectId,
                List.of(new Ideas.NewCategory("Hitzeinsel", "#b3261e", "sonne"),
                        new Ideas.NewCategory("Kühler Ort", "#0b5394", "baum"),
                        new Ideas.NewCategory("Trinkwasser", "#1b6e3a", "wasser")),
                List.of(new Ideas.NamedPlace("Stiftsplatz", 49.4443, 7.7694),
                        new Ideas.NamedPlace("Schillerplatz", 49.4431, 7.7716),
                        new Ideas.NamedPlace("Martinsplatz", 49.4428, 7.7662),
                        new Ideas.NamedPlace("Fackelrondell", 49.4449, 7.7662),
                        new Ideas.NamedPlace("Mainzer Tor", 49.4458, 7.7722)));
        List<Long> neighbours = accounts.createConfirmed(Stream.of("Luise_vom_Betzenberg", "RadlerKai",
                "Omi_Hildegard", "lautrer_jung", "Familie_Yilmaz", "Sonnenschirm", "Baumfreund", "Marktfrau_Eva")
                .map(name -> new Accounts.NewAccount(name, name.toLowerCase(java.util.Locale.ROOT)
                        + "@stadtdialog.example", false))
                .toList(), PASSWORD);
        long citizen = seed.person("buergerin");
        long stiftsplatz = ideas.add(projectId, neighbours.get(0), "Stiftsplatz braucht Schatten",
                "Mittags ist der Stiftsplatz eine einzige Steinfläche. Es gibt keinen Baum und keine Bank im "
                        + "Schatten.\n\nSonnensegel oder große Bäume in Kübeln würden sofort helfen.",
                "Hitzeinsel", 49.4443, 7.7694, "Stiftsplatz");
        long fountain = ideas.add(projectId, neighbours.get(2), "Trinkbrunnen am Schillerplatz",
                "Für ältere Menschen wie mich wäre ein Trinkbrunnen am Schillerplatz eine große Hilfe. "
                        + "Im Sommer muss ich sonst eine Flasche mitschleppen.",
                "Trinkwasser", 49.4431, 7.7716, null);
        long park = ideas.add(projectId, citizen, "Kühle Bank unter den Platanen",
                "Unter den Platanen an der Fruchthalle ist es auch bei 35 Grad angenehm. Mehr Bänke dort, bitte!",
                "Kühler Ort", 49.4437, 7.7673, "An der Fruchthalle");
        long busStop = ideas.add(projectId, neighbours.get(1), "Haltestelle ohne Dach",
                "An der Haltestelle Mainzer Tor steht man in der prallen Sonne. Ein Dach oder ein Baum fehlt.",
                "Hitzeinsel", 49.4458, 7.7722, null);
        ideas.add(projectId, neighbours.get(4), "Spielplatz in der Sonne",
                "Der kleine Spielplatz an der Steinstraße hat keinen Schatten. Die Rutsche wird so heiß, dass die "
                        + "Kinder sie nicht benutzen können.",
                "Hitzeinsel", 49.4417, 7.7641, "Steinstraße");
        ideas.add(projectId, neighbours.get(6), "Mehr Bäume in der Marktstraße",
                "Die Marktstraße heizt sich stark auf. Straßenbäume würden Schatten spenden und die Luft kühlen.",
                "Hitzeinsel", 49.4440, 7.7700, "Marktstraße");
        ideas.add(projectId, neighbours.get(7), "Wasserspiel auf dem Martinsplatz",
                "Ein kleines Wasserspiel auf dem Martinsplatz würde Kinder und Erwachsene abkühlen.",
                "Kühler Ort", 49.4428, 7.7662, "Martinsplatz");
        ideas.add(projectId, neighbours.get(3), "Trinkwasser in der Fußgängerzone",
                "Nachfüllstationen für Wasserflaschen in der Fußgängerzone, zum Beispiel in Geschäften mit "
                        + "Aufkleber \"Refill\".",
                "Trinkwasser", null, null, "Fußgängerzone");
        for (int i = 0; i < neighbours.size(); i++) {
            ideas.support(stiftsplatz, neighbours.get(i));
            if (i % 2 == 0) {
                ideas.support(fountain, neighbours.get(i));
            }
            if (i < 3) {
                ideas.support(busStop, neighbours.get(i));
            }
        }
        ideas.support(stiftsplatz, citizen);
        ideas.support(park, neighbours.get(5));
        long first = ideas.comment(stiftsplatz, null, neighbours.get(5), "Unbedingt! Im Juli war es dort nicht "
                + "auszuhalten.");
        long reply = ideas.comment(stiftsplatz, first, neighbours.get(0), "Danke! Vielleicht reichen schon "
                + "Sonnensegel für den Anfang.");
        ideas.comment(stiftsplatz, reply, neighbours.get(6), "Sonnensegel ja, aber langfristig bitte echte Bäume.");
        long evening = ideas.comment(stiftsplatz, null, citizen, "Auch abends speichert der Platz die Hitze noch "
                + "lange.");
        ideas.comment(stiftsplatz, evening, neighbours.get(4), "Stimmt, bis nach Mitternacht ist es dort warm.");
        ideas.comment(fountain, null, neighbours.get(3), "Gute Idee, auch für Radfahrende.");
        ideas.answer(fountain, "In Prüfung", """
                Vielen Dank für den Vorschlag. Die Stadtwerke prüfen gerade, an welchen Plätzen der Innenstadt \
                Trinkbrunnen an das Wassernetz angeschlossen werden können. Der Schillerplatz ist dabei.""");
        ideas.answer(busStop, "Angenommen", """
                Die Haltestelle Mainzer Tor bekommt im nächsten Jahr ein begrüntes Dach. Danke für den Hinweis!""");
    }

    private long addPhase(long projectId, PhaseDraft draft) {
        String title = draft.title();
        Projects.PhaseChange change = projects.addPhase(projectId, draft);
        if (!change.ok()) {
            throw new IllegalStateException("Demo phase '" + title + "' was rejected: " + change.problems().stream()
                    .map(problem -> problem.messageKey() + Arrays.toString(problem.args())).collect(joining("; ")));
        }
        return change.id();
    }

    private void publish(long projectId) {
        projects.publish(projectId).ifPresent(problem -> {
            throw new IllegalStateException("Demo project " + projectId + " could not be published: " + problem);
        });
    }

    private static double[] at(double lon, double lat) {
        return new double[] { lon, lat };
    }

    /** Closes the ring itself, as GeoJSON requires the first position to be repeated at the end. */
    private static String polygon(double[]... lonLat) {
        String ring = Stream.concat(Arrays.stream(lonLat), Stream.of(lonLat[0]))
                .map(DemoContent::position).collect(joining(","));
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }

    private static String point(double lon, double lat) {
        return "{\"type\":\"Point\",\"coordinates\":" + position(at(lon, lat)) + "}";
    }

    private static String position(double[] lonLat) {
        return "[" + lonLat[0] + "," + lonLat[1] + "]";
    }

    /** What the projects refer to; looking names up fails fast on a typo instead of filing a project nowhere. */
    private record Seed(LocalDate today, Map<String, Long> people, Map<String, Long> orgs, Map<String, Long> topics,
            Map<String, Long> districts) {

        LocalDate day(int offsetFromToday) {
            return today.plusDays(offsetFromToday);
        }

        long person(String username) {
            return lookUp(people, username);
        }

        long org(String slug) {
            return lookUp(orgs, slug);
        }

        List<Long> topicIds(String... names) {
            return Stream.of(names).map(name -> lookUp(topics, name)).toList();
        }

        List<Long> districtIds(String... names) {
            return Stream.of(names).map(name -> lookUp(districts, name)).toList();
        }

        private static long lookUp(Map<String, Long> ids, String name) {
            return Objects.requireNonNull(ids.get(name), () -> "Unknown demo name: " + name);
        }
    }
}
