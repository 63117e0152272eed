package de.stadtdialog.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.stadtdialog.support.browser.BrowserSession;
import de.stadtdialog.support.browser.BrowserTest;
import de.stadtdialog.support.browser.Chromium;
import de.stadtdialog.support.browser.Keyboard;

/** A visitor follows a planned project from the Vorhabenliste to what became of its participation. */
@BrowserTest
class ResultsJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void aCitizenFollowsAPlannedProjectToItsResultsAndReportByKeyboard() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.reset();

        session.open("/vorhaben");
        keys.tabTo(By.linkText("Digitale Bürgerdienste im Bürgercenter")).follow();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Digitale Bürgerdienste im Bürgercenter");

        keys.tabTo(By.cssSelector("main a[href$='/projekte/digitale-buergerdienste']")).follow();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Digitale Bürgerdienste");

        keys.tabTo(By.linkText("Alle Ergebnisse, Rückmeldungen und den Ergebnisbericht ansehen")).follow();
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Ergebnisse");
        WebElement wish = driver.findElements(By.cssSelector("main .idea-card")).stream()
                .filter(card -> card.getText().contains("Termine im Bürgerbüro online buchen"))
                .findFirst().orElseThrow(() -> new AssertionError("the answered wish is listed"));
        assertThat(wish.getText()).contains("Angenommen", "Rückmeldung der Stadt",
                "Alle Termine im Bürgerbüro können Sie dann online buchen.");

        keys.tabTo(By.linkText("Ergebnisbericht (Druckansicht)")).follow();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Digitale Bürgerdienste");
        List<String> sections = driver.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText)
                .toList();
        assertThat(sections).containsSubsequence("Das Projekt", "Beteiligungskonzept", "Beteiligung in Zahlen",
                "Ergebnisse und Begründung", "Beiträge und Rückmeldungen");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Termine im Bürgerbüro online buchen",
                "Beschluss des Stadtrats zur Umsetzung");
    }
}
