package de.stadtdialog.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Register extracts as spreadsheets save them, and the spellings of one person that must match. */
class RegisterCsvTest {

    @Test
    void oneSpellingOfAPersonMatchesAnother() {
        LocalDate born = LocalDate.of(1990, 2, 3);
        String register = new Resident("Müller-Weiß", "Anna Lena", born, "67655").key();

        assertThat(new Resident("  MUELLER  weiss ", "anna-lena", born, " 67655 ").key()).isEqualTo(register);
        assertThat(new Resident("Mueller-Weiss", "Anna  Lena", born, "67655").key()).isEqualTo(register);
        assertThat(new Resident("Müller-Weiß", "Anna Lena", born.plusDays(1), "67655").key()).isNotEqualTo(register);
        assertThat(new Resident("Müller", "Anna Lena", born, "67655").key()).isNotEqualTo(register);
    }

    @Test
    void aSpreadsheetInWindows1252WithHeaderQuotesAndBothDateFormatsIsRead() {
        String csv = "Name;Vorname;Geburtsdatum;PLZ;Stadtteil\r\n"
                + "\"Groß; genannt Klein\";Jürgen;01.12.1960;67657;Betzenberg\r\n"
                + "Öztürk;Ayşe;1999-07-15;67655;\r\n"
                + "\r\n";

        RegisterCsv.Extract extract = RegisterCsv.read(csv.getBytes(Charset.forName("windows-1252")));

        assertThat(extract.invalid()).isEmpty();
        assertThat(extract.lines()).hasSize(2);
        assertThat(extract.lines().get(0).resident()).isEqualTo(
                new Resident("Groß; genannt Klein", "Jürgen", LocalDate.of(1960, 12, 1), "67657"));
        assertThat(extract.lines().get(0).district()).isEqualTo("Betzenberg");
        assertThat(extract.lines().get(1).district()).isNull();
    }

    @Test
    void linesWithoutACompletePersonAreNamedByNumber() {
        String csv = "Schmidt,Karl,30.11.1950,67657\nSchmidt,,30.11.1950,67657\nLehmann,Eva,31.02.1970,67657\n"
                + "Weber,Ida,01.01.1980,6765\n";

        RegisterCsv.Extract extract = RegisterCsv.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(extract.lines()).hasSize(1);
        assertThat(extract.invalid()).containsExactly(2, 3, 4);
    }
}
