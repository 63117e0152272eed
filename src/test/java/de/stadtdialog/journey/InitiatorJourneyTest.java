package de.stadtdialog.journey;

import static de.stadtdialog.journey.CitizenJourneyTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.stadtdialog.demo.DemoContent;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.browser.BrowserSession;
import de.stadtdialog.support.browser.BrowserTest;
import de.stadtdialog.support.browser.Chromium;
import de.stadtdialog.support.browser.Keyboard;

/** An initiator of Referat Umwelt puts a project with an area and two phases online, keyboard only. */
@BrowserTest
class InitiatorJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void anInitiatorCreatesAProjectWithAnAreaAndTwoPhasesPreviewsAndPublishesIt() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.reset();
        session.open("/anmelden");
        keys.fill(By.id("login"), "umwelt").fill(By.id("password"), DemoContent.PASSWORD).follow();

        keys.fromTop().tabTo(By.linkText("Verwaltung")).follow();
        keys.tabTo(By.linkText("Neues Projekt")).follow();
        String title = TestData.unique("Schattige Bänke am Gartenschaugelände ");
        keys.fill(By.id("title"), title)
                .fill(By.id("teaser"), "Wo fehlen Ihnen schattige Sitzplätze?")
                .fill(By.id("descriptionMd"), "Wir planen **30 neue Bänke** unter Bäumen.")
                .fill(By.id("conceptGoal"), "Die Standorte der neuen Bänke mit den Menschen vor Ort finden.")
                .fill(By.id("conceptOpenToInfluence"), "Wo die Bänke stehen und wie sie aussehen.")
                .fill(By.id("conceptFixed"), "Die Zahl der Bänke und das Budget.")
                .fill(By.id("conceptUseOfResults"), "Die meistgenannten Orte kommen in die Planung.")
                .fill(By.id("areaGeojson"), "{\"type\":\"Polygon\",\"coordinates\":[[[7.7530,49.4480],[7.7600,49.4480],"
                        + "[7.7600,49.4440],[7.7530,49.4440],[7.7530,49.4480]]]}");
        waitFor(driver, "return document.querySelectorAll('.map path.leaflet-interactive').length === 1;");
        keys.tabTo(By.cssSelector("main form button[type=submit]")).follow();
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("Das Projekt ist angelegt");

        LocalDate today = LocalDate.now();
        addPhase(keys, "Ideen sammeln", today.minusDays(1), today.plusDays(20));
        addPhase(keys, "Auswertung", today.plusDays(21), today.plusDays(40));
        assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("Ideen sammeln", "Auswertung");

        keys.fromTop().tabTo(By.linkText("Vorschau")).follow();
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("Vorschau");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        driver.navigate().back();

        keys.fromTop().tabTo(By.xpath("//button[normalize-space()='Veröffentlichen']")).follow();
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("veröffentlicht");

        session.open("/projekte");
        assertThat(driver.findElement(By.id("results")).getText()).contains(title);
        waitFor(driver, "return document.querySelectorAll('.map path.leaflet-interactive').length >= 1;");
        Object areas = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/projekte/karte.geojson').then(r => r.text()).then(done);
                """);
        assertThat(areas.toString()).as("the overview map shows the new area").contains(title, "7.753");
        session.open("/projekte/" + de.stadtdialog.shared.text.Slugs.slugify(title));
        assertThat(driver.findElement(By.cssSelector(".timeline")).getText()).contains("Ideen sammeln", "Auswertung");
        waitFor(driver, "return document.querySelectorAll('.map path.leaflet-interactive').length === 1;");
    }

    @Test
    void withAMouseAClickOnTheFormsMapSetsThePointOfTheArea() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        session.reset();
        session.login("umwelt", DemoContent.PASSWORD);
        session.open("/verwaltung/projekte/neu");
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("form .map")), 40, 20).click().perform();
        String area = driver.findElement(By.id("areaGeojson")).getDomProperty("value");
        assertThat(area).startsWith("{\"type\":\"Point\",\"coordinates\":[7.7");
        waitFor(driver, "return document.querySelectorAll('form .map .leaflet-marker-icon').length === 1;");
    }

    private static void addPhase(Keyboard keys, String title, LocalDate start, LocalDate end) {
        keys.fromTop().fill(By.id("title"), title)
                .fillDate(By.id("startsOn"), start)
                .fillDate(By.id("endsOn"), end);
        keys.tabTo(By.id("formatKind")).type("Information");
        keys.tabTo(By.id("requirement")).type("Alle");
        keys.tabTo(By.xpath("//button[normalize-space()='Phase hinzufügen']")).follow();
    }
}
