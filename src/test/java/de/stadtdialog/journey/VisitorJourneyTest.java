package de.stadtdialog.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.browser.BrowserSession;
import de.stadtdialog.support.browser.BrowserTest;
import de.stadtdialog.support.browser.Chromium;
import de.stadtdialog.support.browser.Keyboard;

/** A visitor switches the language, reads the accessibility statement and reports a barrier. */
@BrowserTest
class VisitorJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Mailbox mailbox;

    @Test
    void aVisitorSwitchesTheLanguageAndReportsABarrierThatReachesTheAdministrators() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.reset();

        session.open("/");
        keys.tabTo(By.cssSelector("a.lang-switch")).follow();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector(".main-nav")).getText()).contains("Projects");
        session.open("/projekte");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as("remembered").isEqualTo("en");
        keys.tabTo(By.cssSelector("a.lang-switch")).follow();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");

        keys.fromTop().tabTo(By.linkText("Barrierefreiheit")).follow();
        String statement = driver.findElement(By.tagName("main")).getText();
        assertThat(statement).contains("Stand der Vereinbarkeit", "Nicht barrierefreie Inhalte", "Durchsetzungsverfahren");
        keys.tabTo(By.linkText("Barriere melden")).follow();
        String description = "Die Karte ist im Kontrastmodus schwer zu erkennen " + TestData.unique("");
        keys.fill(By.id("description"), description).fill(By.id("pageUrl"), "/projekte");
        keys.tabTo(By.cssSelector("main form button[type=submit]")).follow();
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("Vielen Dank");

        assertThat(mailbox.latestTo("admin@stadtdialog.example").body()).contains(description);
    }
}
