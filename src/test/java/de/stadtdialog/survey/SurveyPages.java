package de.stadtdialog.survey;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

/**
 * The demo city's forms: the cycling survey (taking part, results, back office), the paged city-centre
 * survey with the newer question types, the design vote and the quiz.
 */
public class SurveyPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        long phase = city.phaseId("radverkehr-umfrage", 0);
        String survey = "/umfragen/" + phase;
        String setup = "/verwaltung/phasen/" + phase + "/umfrage";
        return List.of(
                page("survey-project", Role.VISITOR, "/projekte/radverkehr-umfrage"),
                page("survey-form-visitor", Role.VISITOR, survey),
                page("survey-form", Role.CITIZEN, survey),
                page("survey-form-errors", Role.CITIZEN, survey).afterSubmitting(),
                page("survey-thanks", Role.CITIZEN, survey + "/danke"),
                page("survey-results", Role.VISITOR, survey + "/ergebnisse"),
                page("survey-results-paper", Role.VISITOR, survey + "/ergebnisse?kanal=papier"),
                new CheckedPage("survey-results-breakdown", Role.VISITOR, survey + "/ergebnisse", driver -> {
                    WebElement by = driver.findElement(By.id("nach"));
                    new Select(by).selectByIndex(1);
                    by.submit();
                    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(by));
                }),
                page("survey-results-staff", Role.ADMIN, survey + "/ergebnisse"),
                page("survey-texts", Role.ADMIN, setup + "/texte"),
                page("survey-setup", Role.ADMIN, setup),
                page("survey-paper-entry", Role.ADMIN, setup + "/papier"),
                page("survey-paper-entry-errors", Role.ADMIN, setup + "/papier").afterSubmitting(),
                page("survey-paged-form", Role.CITIZEN, "/umfragen/" + city.phaseId("innenstadt-2035", 0)),
                page("survey-paged-form-errors", Role.CITIZEN, "/umfragen/" + city.phaseId("innenstadt-2035", 0))
                        .afterSubmitting(),
                new CheckedPage("survey-paged-form-page-2", Role.CITIZEN,
                        "/umfragen/" + city.phaseId("innenstadt-2035", 0), driver -> {
                            click(driver, driver.findElement(By.cssSelector("main form.survey input[type=radio]")));
                            driver.findElements(By.cssSelector("table.survey-matrix tbody tr"))
                                    .forEach(row -> click(driver, row.findElement(By.cssSelector("input[value='1']"))));
                            submit(driver, "weiter");
                        }),
                page("survey-paged-results", Role.VISITOR,
                        "/umfragen/" + city.phaseId("innenstadt-2035", 0) + "/ergebnisse"),
                page("survey-vote-results", Role.VISITOR,
                        "/umfragen/" + city.phaseId("stiftsplatz-abstimmung", 0) + "/ergebnisse"),
                page("survey-quiz-results", Role.VISITOR,
                        "/umfragen/" + city.phaseId("quiz-kaiserslautern", 0) + "/ergebnisse"),
                page("survey-vote", Role.CITIZEN, "/umfragen/" + city.phaseId("stiftsplatz-abstimmung", 0)),
                page("survey-vote-setup", Role.ADMIN,
                        "/verwaltung/phasen/" + city.phaseId("stiftsplatz-abstimmung", 0) + "/umfrage"),
                page("survey-quiz", Role.VISITOR, "/umfragen/" + city.phaseId("quiz-kaiserslautern", 0)),
                new CheckedPage("survey-quiz-solutions", Role.VISITOR,
                        "/umfragen/" + city.phaseId("quiz-kaiserslautern", 0), driver -> {
                            driver.findElements(By.cssSelector("main form.survey fieldset")).forEach(
                                    question -> click(driver, question.findElement(By.cssSelector("input"))));
                            submit(driver, "absenden");
                        }));
    }

    private static void click(ChromeDriver driver, WebElement element) {
        driver.executeScript("arguments[0].click();", element);
    }

    private static void submit(ChromeDriver driver, String action) {
        WebElement form = driver.findElement(By.cssSelector("main form.survey"));
        click(driver, form.findElement(By.cssSelector("button[value=" + action + "]")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));
    }
}
