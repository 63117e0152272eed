package de.stadtdialog.shared.export;

import java.io.IOException;
import java.util.List;

/**
 * A table written row by row to a download (CSV or XLSX), so an export never holds all its rows in
 * memory. Call {@link #row} for the header and every record, then {@link #finish}.
 */
public interface Table {

    void row(List<?> cells) throws IOException;

    void finish() throws IOException;
}
