package de.stadtdialog.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.stadtdialog.support.browser.BrowserSession;
import de.stadtdialog.support.browser.BrowserTest;
import de.stadtdialog.support.browser.Chromium;
import de.stadtdialog.support.browser.Keyboard;
import de.stadtdialog.support.browser.Role;

/** The demo city's idea map, used with the keyboard alone, with the map, and by the city answering. */
@BrowserTest
class IdeaJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void aCitizenWithOnlyAKeyboardSendsAnIdeaAtANamedPlaceSupportsItAndComments() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.as(Role.CITIZEN);

        session.open("/projekte/hitzeinseln-innenstadt");
        keys.fromTop().tabTo(By.linkText("Alle Ideen in Liste und Karte")).follow();
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Ideen:");
        keys.fromTop().tabTo(By.cssSelector("main a.button[href$='/ideen/neu']")).follow();

        keys.fill(By.id("title"), "Sonnensegel am Schillerplatz")
                .fill(By.id("body"), "Über den Bänken fehlt jeder Schatten.");
        keys.tabTo(By.id("categoryId")).space();
        keys.tabTo(By.id("namedPlace")).type("Schillerplatz");
        keys.tabTo(By.cssSelector("main form button[type=submit]")).follow();

        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("Ihre Idee ist veröffentlicht");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sonnensegel am Schillerplatz");
        assertThat(driver.findElement(By.id("place-title")).findElement(By.xpath("..")).getText())
                .contains("Schillerplatz");

        keys.fromTop().tabTo(By.xpath("//button[normalize-space()='Ich unterstütze diese Idee']")).follow();
        assertThat(driver.findElement(By.cssSelector(".rating__count")).getText())
                .contains("1 Person unterstützt diese Idee");

        keys.fromTop().fill(By.id("body"), "Gerne auch mit Pflanzkübeln.");
        keys.tabTo(By.xpath("//button[normalize-space()='Kommentar senden']")).follow();
        assertThat(driver.findElement(By.cssSelector(".comments")).getText()).contains("Gerne auch mit Pflanzkübeln.");
    }

    @Test
    void aCitizenPlacesAnIdeaByClickingTheMapAndFindsItsMarkerOnTheIdeaMap() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        session.as(Role.CITIZEN);
        session.open("/projekte/hitzeinseln-innenstadt/ideen/neu");
        WebElement map = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".map--picker.leaflet-container")));

        new Actions(driver).moveToElement(map).click().perform();

        String lat = driver.findElement(By.id("lat")).getDomProperty("value");
        String lon = driver.findElement(By.id("lon")).getDomProperty("value");
        assertThat(Double.parseDouble(lat)).isBetween(49.43, 49.46);
        assertThat(Double.parseDouble(lon)).isBetween(7.75, 7.79);
        assertThat(driver.findElement(By.id("map-status")).getText()).startsWith("Ort gesetzt:");
        driver.findElement(By.id("title")).sendKeys("Hier fehlt ein Baum");
        driver.findElement(By.id("body")).sendKeys("Genau an dieser Stelle.");
        driver.findElement(By.id("categoryId")).click();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("hinweis=gesendet"));

        session.open("/projekte/hitzeinseln-innenstadt/ideen");
        Object markers = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            Object count = ((JavascriptExecutor) d).executeScript(
                    "return document.querySelectorAll('.map--ideas path.leaflet-interactive').length;");
            return ((Number) count).intValue() > 0 ? count : null;
        });
        assertThat(((Number) markers).intValue()).isGreaterThanOrEqualTo(8);
        assertThat(driver.findElement(By.id("results")).getText()).contains("Hier fehlt ein Baum", "Ort: ");
    }

    @Test
    void theCityAnswersAnIdeaAndTheAnswerAppearsOnTheIdea() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.as(Role.INITIATOR);
        session.open("/projekte/hitzeinseln-innenstadt/ideen");
        String ideaUrl = driver.findElement(By.linkText("Spielplatz in der Sonne")).getDomAttribute("href");
        String id = ideaUrl.substring(ideaUrl.lastIndexOf('/') + 1);
        session.open("/verwaltung/projekte");
        session.open(driver.findElement(By.cssSelector("a[href='/verwaltung']")).getDomAttribute("href"));
        session.open("/projekte/hitzeinseln-innenstadt");

        String setupList = (String) ((JavascriptExecutor) driver).executeScript(
                "return location.origin;") + "";
        session.open(adminList(driver, session));
        keys.fromTop().tabTo(By.linkText("Spielplatz in der Sonne")).follow();
        keys.tabTo(By.id("statusId")).type("Angenommen");
        keys.fill(By.id("responseMd"), "Der Spielplatz bekommt **zwei Sonnensegel**.");
        keys.tabTo(By.xpath("//button[normalize-space()='Antwort speichern']")).follow();
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("benachrichtigt");

        session.open(ideaUrl);
        assertThat(driver.findElement(By.cssSelector(".response")).getText())
                .contains("Stellungnahme der Stadt", "Der Spielplatz bekommt zwei Sonnensegel.");
        assertThat(driver.findElement(By.cssSelector(".badge--status")).getText()).contains("Angenommen");
        assertThat(id).isNotBlank();
        assertThat(setupList).startsWith("http");
    }

    private static String adminList(ChromeDriver driver, BrowserSession session) {
        session.open("/verwaltung");
        String projectEdit = driver.findElement(By.partialLinkText("Hitzeinseln")).getDomAttribute("href");
        session.open(projectEdit.replaceAll("/?$", "") .replaceAll("(/verwaltung/projekte/\\d+).*", "$1")
                + "/phasen");
        String setup = driver.findElement(By.cssSelector("a[href$='/ideen']")).getDomAttribute("href");
        return setup + "/liste";
    }
}
