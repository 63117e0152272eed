package de.stadtdialog.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.question.Questions;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.browser.BrowserSession;
import de.stadtdialog.support.browser.BrowserTest;
import de.stadtdialog.support.browser.Chromium;
import de.stadtdialog.support.browser.DemoCity;

/** At the citizens' meeting, a question asked in the hall reaches the live page and the projector without a reload. */
@BrowserTest
class LiveQuestionJourneyTest {

    private static final String BASE = "/projekte/fragen-klimaanpassung/fragen";

    @LocalServerPort
    int port;
    @Autowired
    Questions questions;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewQuestionAppearsLiveAndTheStageFollowsTheModerator() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        session.reset();
        long phase = new DemoCity(jdbc).phaseId("fragen-klimaanpassung", 0);
        long asker = accounts.findActiveIdByLogin("buergerin").orElseThrow();
        long previous = new DemoCity(jdbc).questionId("Was tut die Stadt für Menschen");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

        session.open(BASE + "/live");
        waitForStream(wait);
        String text = "Gibt es Schattenplätze am Hauptbahnhof? " + TestData.unique("");
        long asked = questions.ask(phase, asker, text, null);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-live-list]"), text));
        assertThat(driver.findElement(By.id("frage-" + asked)).getText()).contains("buergerin");

        session.open(BASE + "/buehne");
        waitForStream(wait);
        try {
            questions.putOnStage(asked);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".stage__question"), text));
        } finally {
            questions.putOnStage(previous);
        }
    }

    /** The page's script connects after loading; what happens before that the page shows on reload instead. */
    private static void waitForStream(WebDriverWait wait) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-live-connected]")));
    }
}
