package de.stadtdialog.support.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.stadtdialog.demo.DemoContent;

/** Opens pages of the running platform as a given role, logging in through the login form. */
public class BrowserSession {

    private final ChromeDriver driver;
    private final String baseUrl;
    private Role current = Role.VISITOR;

    public BrowserSession(ChromeDriver driver, int port) {
        this.driver = driver;
        this.baseUrl = "http://localhost:" + port;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    /** Starts as a fresh visitor: no session, no language choice. */
    public void reset() {
        driver.get(url("/impressum"));
        driver.manage().deleteAllCookies();
        current = Role.VISITOR;
    }

    public void as(Role role) {
        if (role == current) {
            return;
        }
        reset();
        if (role.demoLogin() != null) {
            login(role.demoLogin(), DemoContent.PASSWORD);
        }
        current = role;
    }

    public void login(String login, String password) {
        open("/anmelden");
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.executeScript("window.stadtdialogLoginPage = true;");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        // the next page must have replaced the login form before anything else is opened, or the login is lost
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.stadtdialogLoginPage === undefined && document.readyState === 'complete';")));
    }
}
