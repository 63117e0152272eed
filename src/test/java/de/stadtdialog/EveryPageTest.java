package de.stadtdialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.stadtdialog.participation.FormatRegistry;
import de.stadtdialog.participation.ParticipationFormat;
import de.stadtdialog.support.browser.BrowserSession;
import de.stadtdialog.support.browser.BrowserTest;
import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.Chromium;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageQuality;
import de.stadtdialog.support.browser.PageSet;

/**
 * Every page type in every state the modules list: no axe violation of WCAG 2.0/2.1 A and AA, no
 * HTML error, no horizontal scrolling at 320 px, and screenshots at 320 and 1280 px.
 */
@BrowserTest
class EveryPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    FormatRegistry formats;

    @TestFactory
    Stream<DynamicTest> everyPagePassesAccessibilityValidityAndReflow() {
        List<CheckedPage> pages = allPages();
        assertThat(pages).hasSizeGreaterThan(50);
        BrowserSession session = new BrowserSession(Chromium.driver(), port);
        return pages.stream()
                .sorted(Comparator.comparing(CheckedPage::role))
                .map(page -> DynamicTest.dynamicTest(page.toString(), () -> check(session, page)));
    }

    /** A format cannot land without its pages: its setup page must be listed in some module's PageSet. */
    @Test
    void everyRegisteredFormatHasItsSetupPageInTheSuite() {
        List<CheckedPage> pages = allPages();
        for (ParticipationFormat format : formats.all()) {
            String setupPath = format.setupPath(424242).replace("424242", "\\d+");
            assertThat(pages).as("the setup page of the format '%s' is listed in a PageSet", format.descriptor().key())
                    .anyMatch(page -> page.path().matches(setupPath));
        }
    }

    private List<CheckedPage> allPages() {
        List<CheckedPage> pages = new ArrayList<>();
        for (PageSet set : pageSets()) {
            pages.addAll(set.pages(new DemoCity(jdbc)));
        }
        return pages;
    }

    private static void check(BrowserSession session, CheckedPage page) {
        ChromeDriver driver = session.driver();
        session.as(page.role());
        PageQuality.resize(driver, 1280);
        session.open(page.path());
        String html;
        if (page.action() == null) {
            html = PageQuality.servedHtml(driver);
        } else {
            page.action().accept(driver);
            html = "<!DOCTYPE html>\n" + ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.outerHTML;");
        }
        List<String> problems = new ArrayList<>();
        PageQuality.htmlErrors(html).forEach(error -> problems.add("HTML: " + error));
        PageQuality.accessibilityViolations(driver).forEach(violation -> problems.add("axe: " + violation));
        PageQuality.screenshot(driver, page.name(), 1280);
        PageQuality.resize(driver, 320);
        PageQuality.overflow(driver).forEach(element -> problems.add("reflow at 320 px: " + element
                + " is wider than the window"));
        PageQuality.screenshot(driver, page.name(), 320);
        PageQuality.resize(driver, 1280);
        if (page.path().contains("lang=")) {
            // The language choice is remembered; the next pages start in the browser's language again.
            session.reset();
        }
        assertThat(problems).as("%s has problems:%n%s", page, PageQuality.describe(problems)).isEmpty();
    }

    private static List<PageSet> pageSets() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(PageSet.class));
        return scanner.findCandidateComponents("de.stadtdialog").stream().map(definition -> {
            try {
                return (PageSet) Class.forName(definition.getBeanClassName()).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create " + definition.getBeanClassName(), e);
            }
        }).toList();
    }
}
