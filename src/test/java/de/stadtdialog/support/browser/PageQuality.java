package de.stadtdialog.support.browser;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import nu.validator.validation.SimpleDocumentValidator;

/** What every page must pass: axe's WCAG 2.0/2.1 A and AA rules, valid HTML, and reflow at 320 px. */
public final class PageQuality {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private PageQuality() {
    }

    /** @return one line per violated rule and element, empty when axe found nothing */
    public static List<String> accessibilityViolations(ChromeDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            return List.of("axe could not run: " + results.getErrorMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> problems.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                    + " — " + node.getTarget() + " " + node.getHtml() + " — " + rule.getHelpUrl()));
        }
        return problems;
    }

    /** The page as the server sent it, fetched by the browser with its own cookies. */
    public static String servedHtml(ChromeDriver driver) {
        Object html = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(location.href, { credentials: 'same-origin' }).then(r => r.text()).then(done, e => done(''));
                """);
        return String.valueOf(html);
    }

    /** @return the Nu Html Checker's errors, one per line, empty when the document is valid */
    public static synchronized List<String> htmlErrors(String html) {
        CollectingHandler handler = CollectingHandler.INSTANCE;
        handler.start(html);
        try {
            checker().checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            handler.errors.add("The checker failed: " + e);
        }
        return List.copyOf(handler.errors);
    }

    private static SimpleDocumentValidator checker;

    /** Loading the HTML schema takes seconds, so one checker serves every page. */
    private static SimpleDocumentValidator checker() throws Exception {
        if (checker == null) {
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", CollectingHandler.INSTANCE);
            validator.setUpValidatorAndParsers(CollectingHandler.INSTANCE, true, false);
            checker = validator;
        }
        return checker;
    }

    private static final class CollectingHandler implements ErrorHandler {

        static final CollectingHandler INSTANCE = new CollectingHandler();

        private final List<String> errors = new ArrayList<>();
        private String[] lines = new String[0];

        void start(String html) {
            errors.clear();
            lines = html.split("\n", -1);
        }

        @Override
        public void warning(SAXParseException e) {
            // Warnings are advice (e.g. on redundant roles); the suite fails on errors only.
        }

        @Override
        public void error(SAXParseException e) {
            int number = e.getLineNumber();
            String source = number >= 1 && number <= lines.length ? lines[number - 1].trim() : "";
            errors.add("line " + number + ":" + e.getColumnNumber() + " " + e.getMessage() + "\n    " + source);
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    /**
     * @return empty when the page fits the window's width without horizontal scrolling, otherwise
     *         the innermost elements that stick out
     */
    public static List<String> overflow(ChromeDriver driver) {
        Object found = ((JavascriptExecutor) driver).executeScript("""
                const root = document.documentElement;
                if (root.scrollWidth <= root.clientWidth) { return []; }
                const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) { return true; } }
                    return false; };
                const wide = [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1 && !clipped(e))
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > root.clientWidth + 1));
                return wide.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                    + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');
                """);
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    public static void resize(ChromeDriver driver, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
    }

    /** Saves the whole page at the given width into target/screenshots for people to look at. */
    public static void screenshot(ChromeDriver driver, String name, int width) {
        resize(driver, width);
        Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(width, Math.min(6000, ((Number) height).intValue())));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            resize(driver, width);
        }
    }

    public static String describe(List<String> problems) {
        return problems.stream().map(problem -> "  - " + problem).collect(Collectors.joining("\n"));
    }
}
