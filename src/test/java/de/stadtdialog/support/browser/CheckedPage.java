package de.stadtdialog.support.browser;

import java.time.Duration;
import java.util.function.Consumer;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page in one state worth checking: who looks, where, and what they do first (for example
 * sending a form empty to see its errors).
 *
 * @param name also the screenshot's file name
 * @param action null to check the page as loaded
 */
public record CheckedPage(String name, Role role, String path, Consumer<ChromeDriver> action) {

    public static CheckedPage page(String name, Role role, String path) {
        return new CheckedPage(name, role, path, null);
    }

    /** The page after its main form was sent as it is, or with the given fields filled in first. */
    public CheckedPage afterSubmitting(String... nameValuePairs) {
        return afterSubmittingWith(By.cssSelector("main form.form button[type=submit]"), nameValuePairs);
    }

    /**
     * The page after the form of the given submit button was sent with it, for pages with several
     * forms or several submit buttons, with the given fields of that form filled in first.
     */
    public CheckedPage afterSubmittingWith(By button, String... nameValuePairs) {
        return new CheckedPage(name, role, path, driver -> {
            WebElement submit = driver.findElement(button);
            WebElement form = submit.findElement(By.xpath("./ancestor::form"));
            for (int i = 0; i < nameValuePairs.length; i += 2) {
                WebElement field = form.findElement(By.name(nameValuePairs[i]));
                field.clear();
                field.sendKeys(nameValuePairs[i + 1]);
            }
            driver.executeScript("arguments[0].requestSubmit(arguments[1]);", form, submit);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));
        });
    }

    @Override
    public String toString() {
        return name + " (" + role.name().toLowerCase() + ", " + path + ")";
    }
}
