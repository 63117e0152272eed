package de.stadtdialog.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.stadtdialog.demo.DemoContent;
import de.stadtdialog.support.browser.BrowserSession;
import de.stadtdialog.support.browser.BrowserTest;
import de.stadtdialog.support.browser.Chromium;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.Keyboard;

/**
 * The coordination office annuls the demo city's advisory-board draw, draws again with the
 * announced seed and the age quotas, keyboard only, and gets the same seats; the public record shows
 * both draws without a single name.
 */
@BrowserTest
class LotteryJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private List<Long> order(long drawId) {
        return jdbc.sql("select response_id from survey_lottery_draw_entry where draw_id = ? order by place")
                .param(drawId).query(Long.class).list();
    }

    @Test
    void anInitiatorAnnulsAndRepeatsTheDrawWithTheKeyboardAndThePublicRecordShowsBoth() {
        long phase = new DemoCity(jdbc).phaseId("beteiligungsbeirat-bewerbung", 0);
        long demoDraw = jdbc.sql("select id from survey_lottery_draw where in_force_for = ?").param(phase)
                .query(Long.class).single();
        String seed = jdbc.sql("select seed from survey_lottery_draw where id = ?").param(demoDraw)
                .query(String.class).single();
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.reset();
        session.open("/anmelden");
        keys.fill(By.id("login"), "stadtentwicklung").fill(By.id("password"), DemoContent.PASSWORD).follow();

        session.open("/verwaltung/phasen/" + phase + "/umfrage/losverfahren");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("21 Bewerbungen, davon 19",
                "Jünger als 14 Jahre am Tag der Auslosung", "Lena Schmitt");
        keys.fill(By.id("grund"), "Probe für die Dokumentation: Dieselbe Ziehung wird wiederholt.");
        keys.tabTo(By.xpath("//button[normalize-space()='Ziehung annullieren']")).follow();
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("annulliert");

        // the quota question is chosen by typing its first letters into the focused list
        keys.tabTo(By.id("quotenfrage")).type("Ihre");
        keys.tabTo(By.xpath("//button[normalize-space()='Quotenfelder anzeigen']")).follow();
        keys.fill(By.id("seats"), "7");
        for (String[] quota : new String[][] { { "quota-0", "2" }, { "quota-1", "3" }, { "quota-2", "2" } }) {
            keys.tabTo(By.id(quota[0])).press(Keys.chord(Keys.CONTROL, "a")).type(quota[1]);
        }
        keys.fill(By.id("seed"), seed);
        keys.tabTo(By.xpath("//button[normalize-space()='Jetzt verbindlich auslosen']")).follow();

        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("Die Sitze sind ausgelost");
        long redrawn = jdbc.sql("select id from survey_lottery_draw where in_force_for = ?").param(phase)
                .query(Long.class).single();
        assertThat(redrawn).isNotEqualTo(demoDraw);
        assertThat(order(redrawn)).as("the same seed and applicants give the same order").isEqualTo(order(demoDraw));

        // after the draw the page opens at the result, and the keyboard goes on from there
        keys.tabTo(By.xpath("//section[@id='ergebnis']//a[normalize-space()='Öffentliches Protokoll ansehen']"))
                .follow();
        String record = driver.findElement(By.tagName("main")).getText();
        assertThat(record).contains(seed, "Annullierte Ziehungen", "Probe für die Dokumentation",
                "Quoten nach „Ihre Altersgruppe“", "stadtdialog-los-1").doesNotContain("Lena Schmitt", "Schmitt");
        // the program to re-run the draw scrolls sideways on small screens, so it takes the focus
        keys.tabTo(By.cssSelector("pre[role=region]"));
    }
}
