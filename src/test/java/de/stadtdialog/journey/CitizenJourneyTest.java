package de.stadtdialog.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.browser.BrowserSession;
import de.stadtdialog.support.browser.BrowserTest;
import de.stadtdialog.support.browser.Chromium;
import de.stadtdialog.support.browser.Keyboard;

/** A citizen with only a keyboard finds a running project, signs up, takes out their data and leaves. */
@BrowserTest
class CitizenJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Mailbox mailbox;

    @Test
    void aCitizenFindsAProjectRegistersConfirmsLogsInDownloadsTheirDataAndDeletesTheAccount() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.reset();

        session.open("/");
        keys.tabTo(By.linkText("Projekte")).follow();
        keys.tabTo(By.id("status")).type("Läuft");
        keys.tabTo(By.cssSelector("form.filters button[type=submit]")).enter();
        // The filter answers in place (htmx): wait until no request is running and the list shows the running projects only.
        waitFor(driver, """
                const results = document.querySelector('#results');
                return document.querySelectorAll('.htmx-request').length === 0 && results !== null
                    && results.textContent.includes('Hitzeinseln') && !results.textContent.includes('Fahrradstraßen im Westen');
                """);
        keys.tabTo(By.partialLinkText("Hitzeinseln")).follow();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hitzeinseln und kühle Orte in der Innenstadt");

        String username = TestData.unique("tastatur");
        String email = username + "@example.org";
        keys.fromTop().tabTo(By.linkText("Registrieren")).follow();
        keys.fill(By.id("username"), username)
                .fill(By.id("email"), email)
                .fill(By.id("password"), "Mit der Tastatur durch die Stadt");
        keys.tabTo(By.id("acceptTerms")).space();
        keys.tabTo(By.cssSelector("main form button[type=submit]")).follow();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Bitte bestätigen Sie");

        session.open(mailbox.latestTo(email).link());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ihr Konto ist bestätigt");

        keys.fromTop().tabTo(By.cssSelector("main a.button")).follow();
        keys.fill(By.id("login"), email).fill(By.id("password"), "Mit der Tastatur durch die Stadt").follow();
        assertThat(driver.findElement(By.cssSelector(".user-nav")).getText()).contains(username);

        keys.fromTop().tabTo(By.partialLinkText("Mein Konto")).follow();
        assertThat(driver.findElement(By.linkText("Meine Daten herunterladen")).getAttribute("download")).isNotNull();
        Object data = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/konto/daten.json', { credentials: 'same-origin' }).then(r => r.json()).then(done);
                """);
        assertThat(data.toString()).contains(username, email);

        keys.fill(By.id("delete-currentPassword"), "Mit der Tastatur durch die Stadt");
        keys.tabTo(By.id("delete-confirm")).space();
        keys.tabTo(By.cssSelector(".danger-zone button[type=submit]")).follow();
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("Ihr Konto wurde gelöscht");
        assertThat(driver.findElement(By.cssSelector(".user-nav")).getText()).contains("Anmelden");
    }

    static void waitFor(ChromeDriver driver, String condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(condition)));
    }
}
