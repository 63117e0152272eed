package de.stadtdialog.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.stadtdialog.support.browser.BrowserSession;
import de.stadtdialog.support.browser.BrowserTest;
import de.stadtdialog.support.browser.Chromium;
import de.stadtdialog.support.browser.Keyboard;
import de.stadtdialog.support.browser.Role;

/** A citizen answers the demo city's survey with the keyboard alone and reads the results. */
@BrowserTest
class SurveyJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenAnswersASurveyWithTheKeyboardAndSeesTheResults() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.as(Role.CITIZEN);
        session.open("/projekte/radverkehr-umfrage");
        keys.fromTop().tabTo(By.linkText("An der Umfrage teilnehmen")).follow();
        java.util.List<Long> questions = jdbc.sql("select q.id from survey_question q join phase p "
                + "on p.id = q.phase_id join project r on r.id = p.project_id where r.slug = 'radverkehr-umfrage' "
                + "and q.type <> 'SECTION' order by q.position").query(Long.class).list();

        // question 1: the first option, then one down: "Mit dem Rad"
        keys.tabTo(By.cssSelector("input[name=q" + questions.get(0) + "][value='0']")).press(Keys.ARROW_DOWN);
        // question 2: "Nein", which shows question 3
        keys.tabTo(By.cssSelector("input[name=q" + questions.get(1) + "][value='0']")).press(Keys.ARROW_DOWN);
        keys.tabTo(By.cssSelector("input[name=q" + questions.get(2) + "][value='1']")).space();
        // question 4, the scale: from 1 three steps to 4
        keys.tabTo(By.cssSelector("input[name=q" + questions.get(3) + "][value='1']"))
                .press(Keys.ARROW_RIGHT).press(Keys.ARROW_RIGHT).press(Keys.ARROW_RIGHT);
        keys.fill(By.id("q" + questions.get(6)), "Mehr Radbügel vor dem Rathaus.");
        keys.tabTo(By.xpath("//button[normalize-space()='Antworten senden']")).follow();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Vielen Dank für Ihre Teilnahme!");
        keys.fromTop().tabTo(By.linkText("Ergebnisse ansehen")).follow();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("8 Antworten",
                "Mehr Radbügel vor dem Rathaus.");
        assertThat(jdbc.sql("select a.number_value from survey_answer a where a.question_id = ? order by "
                + "a.response_id desc limit 1").param(questions.get(3)).query(Double.class).single()).isEqualTo(4.0);
    }
}
