package de.stadtdialog.survey;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

/** The demo city's cycling survey: taking part, results, and the back office. */
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
                page("survey-paper-entry-errors", Role.ADMIN, setup + "/papier").afterSubmitting());
    }
}
