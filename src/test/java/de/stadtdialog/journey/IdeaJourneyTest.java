package de.stadtdialog.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.stadtdialog.support.browser.BrowserSession;
import de.stadtdialog.support.browser.BrowserTest;
import de.stadtdialog.support.browser.Chromium;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.Keyboard;
import de.stadtdialog.support.browser.Role;

/** The demo city's idea map, used with the keyboard alone, with the map, and by the city answering. */
@BrowserTest
class IdeaJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenWithOnlyAKeyboardSendsAnIdeaAtANamedPlaceSupportsItAndComments() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.as(Role.CITIZEN);

        session.open("/projekte/hitzeinseln-innenstadt");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Hitzeinseln und kühle Orte in der Innenstadt");
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
        driver.executeScript("arguments[0].click();", driver.findElement(By.id("categoryId")));
        driver.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
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
        DemoCity city = new DemoCity(jdbc);
        long idea = city.ideaId("Spielplatz in der Sonne");
        session.as(Role.INITIATOR);

        session.open("/verwaltung/phasen/" + city.phaseId("hitzeinseln-innenstadt", 1) + "/ideen/liste");
        keys.fromTop().tabTo(By.linkText("Spielplatz in der Sonne")).follow();
        keys.tabTo(By.id("statusId")).type("Angenommen");
        keys.fill(By.id("responseMd"), "Der Spielplatz bekommt **zwei Sonnensegel**.");
        keys.tabTo(By.xpath("//button[normalize-space()='Antwort speichern']")).follow();
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("benachrichtigt");

        session.as(Role.VISITOR);
        session.open("/projekte/hitzeinseln-innenstadt/ideen/" + idea);
        assertThat(driver.findElement(By.cssSelector(".response")).getText())
                .contains("Stellungnahme der Stadt", "Der Spielplatz bekommt zwei Sonnensegel.");
        assertThat(driver.findElement(By.cssSelector(".badge--status")).getText()).contains("Angenommen");
    }
}
