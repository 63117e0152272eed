package de.stadtdialog.support.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The one headless Chromium all browser tests share, started on first use and closed when the
 * test JVM ends. Debian's packages are used directly, so nothing is downloaded.
 */
public final class Chromium {

    public static final File BROWSER = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    public static final File DRIVER = new File(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    private static ChromeDriver driver;

    private Chromium() {
    }

    public static boolean installed() {
        return BROWSER.canExecute() && DRIVER.canExecute();
    }

    public static synchronized ChromeDriver driver() {
        if (driver == null) {
            if (!installed()) {
                throw new IllegalStateException("Chromium is needed for the browser tests but " + BROWSER + " or "
                        + DRIVER + " is missing. Install Debian's packages: apt-get install chromium chromium-driver");
            }
            driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        return driver;
    }

    private static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900", "--lang=de-DE", "--user-data-dir=" + profile());
        // The demo city speaks German; journeys read the German pages, as most of its citizens would.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    private static String profile() {
        try {
            File dir = Files.createTempDirectory("stadtdialog-chromium").toFile();
            dir.deleteOnExit();
            return dir.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
