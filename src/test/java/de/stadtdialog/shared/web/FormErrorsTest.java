package de.stadtdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.DirectFieldBindingResult;

class FormErrorsTest {

    /** A form as controllers bind them: public fields in the order of the page. */
    public static class Form {
        public String title = "";
        public String start = "";
        public String end = "";
    }

    @Test
    void errorsAreListedInTheOrderOfTheFormWhateverOrderTheyWereFoundIn() {
        DirectFieldBindingResult result = new DirectFieldBindingResult(new Form(), "form");
        result.rejectValue("end", "missing.end");
        result.reject("general");
        result.rejectValue("title", "missing.title");
        result.rejectValue("start", "missing.start");

        FormErrors errors = FormErrors.of(result, ui());

        assertThat(errors.fields().keySet()).containsExactly("title", "start", "end");
        assertThat(errors.fields().get("title")).isEqualTo("Bitte geben Sie einen Titel ein.");
        assertThat(errors.general()).containsExactly("Allgemeiner Fehler");
    }

    private static Ui ui() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("missing.title", Locale.GERMAN, "Bitte geben Sie einen Titel ein.");
        messages.addMessage("missing.start", Locale.GERMAN, "Beginn fehlt.");
        messages.addMessage("missing.end", Locale.GERMAN, "Ende fehlt.");
        messages.addMessage("general", Locale.GERMAN, "Allgemeiner Fehler");
        return new Ui(new MockHttpServletRequest(), messages, Locale.GERMAN, null, () -> false,
                new PlatformSettings("Stadtdialog", "Kaiserslautern", "http://localhost", "https://tiles.example/{z}/{x}/{y}.png",
                        "Tiles", "49.4,7.7"), () -> 0);
    }
}
