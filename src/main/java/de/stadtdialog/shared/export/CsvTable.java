package de.stadtdialog.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as German spreadsheet programs open it: UTF-8 with byte order mark, semicolons, CRLF. Text
 * that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
public final class CsvTable implements Table {

    private final Writer writer;

    public CsvTable(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(';');
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    @Override
    public void finish() throws IOException {
        writer.flush();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
