package de.stadtdialog.support.browser;

import java.util.List;

/**
 * The pages a module contributes to the browser suite. Every implementation in the test tree is
 * found automatically, so a new format adds its pages by adding one class next to its tests.
 */
public interface PageSet {

    List<CheckedPage> pages(DemoCity city);
}
