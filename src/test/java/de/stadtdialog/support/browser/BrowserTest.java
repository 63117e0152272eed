package de.stadtdialog.support.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import de.stadtdialog.support.DemoCityTest;

/** A test that drives the demo city in the shared headless Chromium. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DemoCityTest
@Tag("browser")
@ExtendWith(ChromiumCondition.class)
public @interface BrowserTest {
}
