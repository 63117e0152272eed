package de.stadtdialog.verification.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a resident register extract: one person per line with surname, first name, date of birth
 * (31.12.1990 or 1990-12-31), postcode and optionally the district, separated by semicolons or
 * commas, in UTF-8 or Windows-1252 as spreadsheets save it. A first line that is not a person is a
 * header.
 */
final class RegisterCsv {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    record Line(int number, Resident resident, String district) {
    }

    /** @param invalid numbers of the lines that name no complete person */
    record Extract(List<Line> lines, List<Integer> invalid) {
    }

    private RegisterCsv() {
    }

    static Extract read(byte[] bytes) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] rows = text.split("\r\n|\n|\r");
        char separator = rows.length > 0 && rows[0].indexOf(';') >= 0 ? ';' : ',';
        List<Line> lines = new ArrayList<>();
        List<Integer> invalid = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            Line line = line(i + 1, cells(rows[i], separator));
            if (line != null) {
                lines.add(line);
            } else if (!first) {
                invalid.add(i + 1);
            }
            first = false;
        }
        return new Extract(lines, invalid);
    }

    private static Line line(int number, List<String> cells) {
        if (cells.size() < 4 || Resident.name(cells.get(0)).isEmpty() || Resident.name(cells.get(1)).isEmpty()
                || Resident.digits(cells.get(3)).length() != 5) {
            return null;
        }
        LocalDate birthDate = date(cells.get(2));
        if (birthDate == null) {
            return null;
        }
        String district = cells.size() > 4 && !cells.get(4).isBlank() ? cells.get(4).strip() : null;
        return new Line(number, new Resident(cells.get(0), cells.get(1), birthDate, cells.get(3)), district);
    }

    static LocalDate date(String value) {
        String text = value == null ? "" : value.strip();
        try {
            return text.contains(".") ? LocalDate.parse(text, GERMAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> cells(String row, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
