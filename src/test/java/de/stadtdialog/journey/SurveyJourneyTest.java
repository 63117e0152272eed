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

/** Citizens answer the demo city's survey, vote and quiz with the keyboard alone. */
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

    private java.util.List<Long> questions(String slug) {
        return jdbc.sql("select q.id from survey_question q join phase p on p.id = q.phase_id join project r "
                + "on r.id = p.project_id where r.slug = ? and q.type <> 'SECTION' order by q.position").param(slug)
                .query(Long.class).list();
    }

    @Test
    void aCitizenVotesForADesignWithTheKeyboard() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.as(Role.CITIZEN);
        session.open("/projekte/stiftsplatz-abstimmung");
        keys.fromTop().tabTo(By.linkText("An der Umfrage teilnehmen")).follow();
        long design = questions("stiftsplatz-abstimmung").get(0);

        assertThat(driver.findElement(By.cssSelector("img[alt^='Draufsicht: eine große Wasserfläche']"))
                .isDisplayed()).isTrue();
        // the first design, then one further: the water square
        keys.tabTo(By.cssSelector("input[name=q" + design + "][value='0']")).press(Keys.ARROW_DOWN);
        keys.tabTo(By.xpath("//button[normalize-space()='Stimme abgeben']")).follow();

        assertThat(driver.findElement(By.tagName("main")).getText()).contains("ist gezählt");
        assertThat(jdbc.sql("select a.choice from survey_answer a where a.question_id = ? order by a.response_id "
                + "desc limit 1").param(design).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aVisitorPlaysTheQuizWithTheKeyboardAndLearnsTheAnswers() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.as(Role.VISITOR);
        session.open("/umfragen/" + jdbc.sql("select p.id from phase p join project r on r.id = p.project_id "
                + "where r.slug = 'quiz-kaiserslautern'").query(Long.class).single());
        java.util.List<Long> q = questions("quiz-kaiserslautern");

        keys.tabTo(By.cssSelector("input[name=q" + q.get(0) + "][value='0']")).space();
        keys.tabTo(By.cssSelector("input[name=q" + q.get(1) + "][value='0']")).space();
        keys.tabTo(By.cssSelector("input[name=q" + q.get(2) + "][value='0']")).space();
        keys.tabTo(By.cssSelector("input[name=q" + q.get(2) + "][value='2']")).space();
        keys.tabTo(By.cssSelector("input[name=q" + q.get(2) + "][value='3']")).space();
        keys.tabTo(By.cssSelector("input[name=q" + q.get(3) + "][value='0']")).space();
        keys.tabTo(By.cssSelector("input[name=q" + q.get(4) + "][value='0']")).space();
        keys.tabTo(By.xpath("//button[normalize-space()='Antworten senden']")).follow();

        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Sie haben 4 von 5 Fragen richtig beantwortet.", "Richtig wäre: Friedrich I. Barbarossa",
                "ließ um 1160 die Kaiserpfalz errichten");
    }

    @Test
    void aCitizenFillsAPagedSurveyWithMatrixRankingAndPlaceByKeyboard() {
        ChromeDriver driver = Chromium.driver();
        BrowserSession session = new BrowserSession(driver, port);
        Keyboard keys = new Keyboard(driver);
        session.as(Role.CITIZEN);
        session.open("/projekte/innenstadt-2035");
        keys.fromTop().tabTo(By.linkText("An der Umfrage teilnehmen")).follow();
        java.util.List<Long> q = questions("innenstadt-2035");

        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Seite 1 von 3");
        // the options are shuffled: the first one shown takes the focus
        keys.tabTo(By.cssSelector("input[name=q" + q.get(0) + "]")).space();
        for (int statement = 0; statement < 3; statement++) {
            keys.tabTo(By.cssSelector("input[name=q" + q.get(1) + "-s" + statement + "][value='0']")).space();
        }
        keys.tabTo(By.xpath("//button[normalize-space()='Weiter']")).follow();

        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Seite 2 von 3", "Was zuerst?");
        // ranks: the first option second, the fourth first; arrows choose in a closed list
        keys.tabTo(By.id("q" + q.get(2) + "-r0")).press(Keys.ARROW_DOWN).press(Keys.ARROW_DOWN);
        keys.tabTo(By.id("q" + q.get(2) + "-r3")).press(Keys.ARROW_DOWN);
        keys.tabTo(By.id("q" + q.get(3) + "-place")).press(Keys.ARROW_DOWN);
        keys.tabTo(By.xpath("//button[normalize-space()='Weiter']")).follow();

        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Seite 3 von 3");
        keys.fill(By.id("q" + q.get(4)), "Ein Wasserspiel für Kinder.");
        keys.tabTo(By.xpath("//button[normalize-space()='Antworten senden']")).follow();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Vielen Dank für Ihre Teilnahme!");
        long response = jdbc.sql("select max(response_id) from survey_answer where question_id = ?").param(q.get(4))
                .query(Long.class).single();
        assertThat(jdbc.sql("select choice || ':' || cast(number_value as integer) from survey_answer "
                + "where response_id = ? and question_id = ? order by number_value").params(response, q.get(2))
                .query(String.class).list()).containsExactly("3:1", "0:2");
        assertThat(jdbc.sql("select text_value from survey_answer where response_id = ? and question_id = ?")
                .params(response, q.get(3)).query(String.class).single()).isEqualTo("49.444500,7.769000");
    }
}
