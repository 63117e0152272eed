package de.stadtdialog.support.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Uses a page the way a person without a mouse does: Tab through the focus order until the
 * wanted control has focus, checking on the way that every focused element shows its focus, then
 * type, press Space or Enter.
 */
public class Keyboard {

    private static final int MAX_TABS = 150;

    private final ChromeDriver driver;

    public Keyboard(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Tabs forward from the current focus until the element has focus. */
    public Keyboard tabTo(By locator) {
        WebElement target = driver.findElement(locator);
        for (int i = 0; i < MAX_TABS; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return this;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            assertThat(focusVisible(focused)).as("focus is visible on %s", describe(focused)).isTrue();
        }
        throw new AssertionError("Could not reach " + locator + " with the Tab key within " + MAX_TABS + " steps");
    }

    /** Starts the focus order from the top of the page, as after loading it. */
    public Keyboard fromTop() {
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur();"
                + "window.getSelection().removeAllRanges();");
        return this;
    }

    public Keyboard type(String text) {
        new Actions(driver).sendKeys(text).perform();
        return this;
    }

    public Keyboard press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        return this;
    }

    public Keyboard enter() {
        return press(Keys.ENTER);
    }

    /** Presses Enter on a link or submit button and waits until the next page has replaced this one. */
    public Keyboard follow() {
        JavascriptExecutor js = driver;
        js.executeScript("window.stadtdialogPreviousPage = true;");
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return window.stadtdialogPreviousPage === undefined && document.readyState === 'complete';")));
        return this;
    }

    public Keyboard space() {
        return press(Keys.SPACE);
    }

    /** Tabs to a field and types into it. */
    public Keyboard fill(By field, String text) {
        return tabTo(field).type(text);
    }

    /** Types a date into a date field, in the order of the browser's interface language. */
    public Keyboard fillDate(By field, LocalDate date) {
        tabTo(field);
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return new Intl.DateTimeFormat().formatToParts(new Date(2020, 10, 30))
                    .map(p => p.type).filter(t => t === 'day' || t === 'month' || t === 'year');
                """);
        for (String part : order) {
            type(switch (part) {
                case "day" -> String.format("%02d", date.getDayOfMonth());
                case "month" -> String.format("%02d", date.getMonthValue());
                default -> String.valueOf(date.getYear());
            });
        }
        assertThat(driver.findElement(field).getDomProperty("value")).as("date typed into %s", field)
                .isEqualTo(date.toString());
        return this;
    }

    private boolean focusVisible(WebElement element) {
        Object visible = ((JavascriptExecutor) driver).executeScript("""
                const s = getComputedStyle(arguments[0]);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                """, element);
        return Boolean.TRUE.equals(visible);
    }

    private static String describe(WebElement element) {
        String text = element.getText();
        return "<" + element.getTagName() + "> " + (text.length() > 40 ? text.substring(0, 40) : text);
    }
}
